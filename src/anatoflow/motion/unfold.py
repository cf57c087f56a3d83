"""The rig's last step: where a face would turn over in the largest breaths, smooth the motion there.

The bases of a structure are built from fields of space (the diaphragm's field, the hold near
the spine, the pad round the heart) sampled at its vertices. Each field is smooth, but a long,
thin face (a sliver a millimetre or two wide, common in the imported meshes) spans too little
to absorb the field's shear: in a maximal breath its corners can pass one another and the face
turns over.

:func:`unfold` checks the largest breath states (:func:`extreme_states`) and, where faces fold,
takes the vertices a few rings round them (wider each round) and tries three repairs of every
basis of the structure there: each folded face moved whole (a sliver), the umbrella operator
(flattens steep local gradients, but bends even an affine motion on an irregular mesh), and the
least-squares affine fit of the motion over the piece, blended into the motion round it (an
affine motion turns no face over). Each connected piece keeps the repair that leaves the fewest
folded faces round it, or the smoothing if none helps yet (the next round takes a wider piece). This
repeats until nothing folds or :data:`ROUNDS` is reached. Every repair is a fixed linear basis
per channel (one glTF morph target each). Structures that fold nowhere keep their bases exactly.

A face counts as folded when its normal turns by more than 90 degrees from rest *and* it then
faces against the faces round it although it faced with them at rest (a sliver that only swings
with its neighbours is not a fold); faces with almost no area at rest are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import coo_matrix, csr_matrix, diags

from anatoflow.motion import breath
from anatoflow.motion.anchor import BREATH_TOP

Array = NDArray[np.float64]
Bases = dict[str, Array]
RINGS = 2  # vertices this many edges round a folded face are repaired (one more each round)
ROUNDS = 20  # at most this many rounds of checking and repairing
ITERATIONS = 4  # umbrella steps per round
ALPHA = 0.5  # weight of the neighbours' mean in each step
STEPS = (0.25, 0.5, 0.75, 1.0)  # shares of the largest weights checked
BLEND_RINGS = 2.0  # an affine patch blends into the motion round it over this many rings
AFFINE_SHARE = 0.5  # no affine patch over more than this share of a structure's vertices
AREA_FLOOR = 1e-3  # faces below this share of the median area have no orientation to lose


def extreme_states(top: Mapping[str, float] = BREATH_TOP) -> list[dict[str, float]]:
    """Breath weights to check: the two domes together (every breath pattern moves them together)
    at a quarter, half, three quarters and all of their largest descent, each with the ribs still
    and at a quarter to all of their lift, and the ribs alone (the largest weights:
    :data:`~anatoflow.motion.anchor.BREATH_TOP`). A face may fold part of the way and unfold again
    (its normal is quadratic in the weights), so the way there is sampled too. With the domes part
    way, the ``breath_bend`` channel has the weight it has there (:func:`anatoflow.motion.breath.bend`)."""
    domes = {n: w for n, w in top.items() if n.startswith("dome_")}
    ribs = {n: w for n, w in top.items() if not n.startswith("dome_")}
    lifts = STEPS if ribs else ()
    states = [{n: lift * w for n, w in ribs.items()} for lift in lifts]
    for share in STEPS:
        part = {n: share * w for n, w in domes.items()}
        if {"dome_r_mm", "dome_l_mm"} <= set(part):
            bend = float(breath.bend(part["dome_r_mm"], part["dome_l_mm"]))
            part.update({"breath_bend": bend} if bend > 0.0 else {})
        states.append(part)
        states.extend({**part, **{n: lift * w for n, w in ribs.items()}} for lift in lifts)
    return states


def _normals(vertices: Array, faces: NDArray[np.int64]) -> Array:
    tri = vertices[faces]
    return np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])


def _face_neighbours(faces: NDArray[np.int64]) -> csr_matrix:
    """Face-to-face adjacency through shared vertices (entries: how many they share; 3 on the diagonal)."""
    n_faces, n_vertices = len(faces), int(faces.max()) + 1
    incidence = coo_matrix((np.ones(faces.size), (np.repeat(np.arange(n_faces), 3), faces.ravel())),
                           shape=(n_faces, n_vertices)).tocsr()
    return (incidence @ incidence.T).tocsr()


def folded(rest: Array, moved: Array, faces: NDArray[np.int64], neighbours: csr_matrix | None = None) -> NDArray[np.bool_]:
    """Per face, whether it folds from ``rest`` to ``moved`` (module docstring)."""
    neighbours = _face_neighbours(faces) if neighbours is None else neighbours
    return _Orientation.of(rest, faces, neighbours).folded(moved)


class _Orientation:
    """What a fold check needs from the rest shape, computed once: rest normals, which faces have
    an orientation to lose (area, facing with their neighbours) and the face adjacency."""

    def __init__(self, normals: Array, able: NDArray[np.bool_], faces: NDArray[np.int64], neighbours: csr_matrix) -> None:
        self.normals, self.able, self.faces, self.neighbours = normals, able, faces, neighbours

    @classmethod
    def of(cls, rest: Array, faces: NDArray[np.int64], neighbours: csr_matrix) -> _Orientation:
        a = _normals(rest, faces)
        area = np.linalg.norm(a, axis=1)
        with_rest = np.einsum("ij,ij->i", a, neighbours @ a - 3.0 * a) > 0.0
        return cls(a, (area > AREA_FLOOR * np.median(area)) & with_rest, faces, neighbours)

    def folded(self, moved: Array) -> NDArray[np.bool_]:
        b = _normals(moved, self.faces)
        out = self.able & (np.einsum("ij,ij->i", self.normals, b) <= 0.0)
        turned = np.flatnonzero(out)
        if len(turned):  # only the turned faces need their neighbours' normals
            against_now = np.einsum("ij,ij->i", b[turned], self.neighbours[turned] @ b - 3.0 * b[turned]) <= 0.0
            out[turned] = against_now
        return out


def _folded_anywhere(rest: Array, bases: Mapping[str, Array], states: Sequence[Mapping[str, float]],
                     orientation: _Orientation) -> NDArray[np.bool_]:
    out = np.zeros(len(orientation.faces), dtype=bool)
    for state in states:
        moved = rest + sum((w * bases[n] for n, w in state.items() if n in bases), np.zeros_like(rest))
        out |= orientation.folded(moved)
    return out


def unfold(vertices: Array, faces: NDArray[np.int64], bases: Mapping[str, Array], *,
           states: Sequence[Mapping[str, float]] | None = None) -> Bases:
    """Bases with the motion repaired round every face that folds in one of ``states`` (default:
    :func:`extreme_states`); the same bases (copied) where nothing folds."""
    out = {n: np.array(b, dtype=float) for n, b in bases.items()}
    states = extreme_states() if states is None else states
    if not any(n in out for s in states for n in s) or len(faces) == 0:
        return out
    rest = np.asarray(vertices, dtype=float)
    orientation = _Orientation.of(rest, faces, _face_neighbours(faces))
    n = len(rest)
    i = np.concatenate([faces[:, 0], faces[:, 1], faces[:, 2], faces[:, 1], faces[:, 2], faces[:, 0]])
    j = np.concatenate([faces[:, 1], faces[:, 2], faces[:, 0], faces[:, 0], faces[:, 1], faces[:, 2]])
    adjacency = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n)).tocsr()
    adjacency.data[:] = 1.0
    mean = diags(1.0 / np.maximum(np.asarray(adjacency.sum(axis=1)).ravel(), 1.0)) @ adjacency
    for rounds in range(ROUNDS):
        bad = _folded_anywhere(rest, out, states, orientation)
        if not bad.any():
            break
        region = np.zeros(n, dtype=bool)
        region[faces[bad].ravel()] = True
        for _ in range(RINGS + rounds):  # wider each round: a steep stretch of the field may be wider than a ring
            region |= (adjacency @ region.astype(float)) > 0
        pieces = _pieces(region, adjacency)
        candidates = [_rigid_faces(out, faces[bad]), _smoothed(out, region, mean),
                      _affine(rest, out, region, pieces, adjacency)]
        folds = [bad] + [_folded_anywhere(rest, c, states, orientation) for c in candidates]
        for inner, members in pieces:
            local = np.zeros(n, dtype=bool)
            local[members] = True
            local = local[faces].any(axis=1)
            counts = [int(f[local].sum()) for f in folds]
            best = int(np.argmin(counts[1:]))
            if counts[1 + best] >= counts[0]:
                best = 1  # nothing helps yet: smooth, and the next round takes a wider piece
            for name, b in out.items():
                b[inner] = candidates[best][name][inner]
    return out


def _rigid_faces(bases: Bases, faces: NDArray[np.int64]) -> Bases:
    """Each of ``faces`` moved whole, by the mean of its corners' motion (a thin sliver)."""
    out = {name: b.copy() for name, b in bases.items()}
    for face in faces:
        for name, b in out.items():
            b[face] = bases[name][face].mean(axis=0)
    return out


def _smoothed(bases: Bases, region: NDArray[np.bool_], mean: csr_matrix) -> Bases:
    """The umbrella operator over ``region`` (:data:`ITERATIONS` steps of weight :data:`ALPHA`)."""
    out = {name: b.copy() for name, b in bases.items()}
    for b in out.values():
        for _ in range(ITERATIONS):
            b[region] = (1.0 - ALPHA) * b[region] + ALPHA * (mean @ b)[region]
    return out


def _affine(rest: Array, bases: Bases, region: NDArray[np.bool_], pieces: list, adjacency: csr_matrix) -> Bases:
    """On each piece, the least-squares affine fit of each basis over the piece and a ring round
    it (an affine motion turns no face over), blended into the motion round it over
    :data:`BLEND_RINGS` rings."""
    fitted = {name: b.copy() for name, b in bases.items()}
    for inner, members in pieces:
        if len(inner) > AFFINE_SHARE * len(rest):
            continue  # most of the structure: an affine motion would lose the shape of its motion
        centre = rest[members].mean(axis=0)
        design = np.hstack([rest[members] - centre, np.ones((len(members), 1))])
        target = np.hstack([rest[inner] - centre, np.ones((len(inner), 1))])
        for b in fitted.values():
            coef, *_ = np.linalg.lstsq(design, b[members], rcond=None)
            b[inner] = target @ coef
    share = np.clip(_depth(region, adjacency) / BLEND_RINGS, 0.0, 1.0)[:, None]
    return {name: share * fitted[name] + (1.0 - share) * b for name, b in bases.items()}


def _depth(region: NDArray[np.bool_], adjacency: csr_matrix) -> Array:
    """Per vertex, how many rings deep inside ``region`` it lies (1 on its edge, 0 outside;
    infinite on a piece of the mesh that ``region`` covers whole)."""
    depth = np.zeros(len(region))
    inside = region.copy()
    while inside.any():
        depth += inside
        deeper = inside & ((adjacency @ (~inside).astype(float)) == 0)
        if np.count_nonzero(deeper) == np.count_nonzero(inside):  # a whole piece of the mesh: no edge
            depth[inside] = np.inf
            break
        inside = deeper
    return depth


def _pieces(region: NDArray[np.bool_], adjacency: csr_matrix) -> list[tuple[NDArray[np.int64], NDArray[np.int64]]]:
    """The connected pieces of ``region``: per piece, its vertices and those with one ring round them."""
    from scipy.sparse.csgraph import connected_components

    support = region | ((adjacency @ region.astype(float)) > 0)
    idx = np.flatnonzero(support)
    count, label = connected_components(adjacency[idx][:, idx], directed=False)
    out = []
    for k in range(count):
        members = idx[label == k]
        inner = members[region[members]]
        if len(inner):
            out.append((inner, members))
    return out
