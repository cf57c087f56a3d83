"""Where two neighbours would pass into each other in a breath, the one less firmly held gives way.

The rig moves each structure by fields sampled at its own vertices: the diaphragm's field, the
ribs' turns, the slide along the psoas, the heart's ride. Neighbours moved by different fields
can still meet: a rib's cartilage turns into the sternum or the next rib, the aorta's arch comes
down onto the left bronchus, the abdominal wall's muscle onto a rib. This pass, run once when the
rig of the imported model is built, adds to the bases of the neighbour less firmly held the
motion that keeps it out (a corrective shape, in the animator's words):

1. Structures are ranked (:func:`ranked`) by a tier, what holds them (given by the rig: the still
   bones, the ribs in their joints, what the diaphragm moves by its one field, the muscles on
   their bones, the abdominal wall, the organs and vessels), then by volume: of two structures,
   the lower-ranked gives way. Those the rig names ``firm`` give way to none.
2. In the order of that ranking, each structure is checked against every higher-ranked neighbour
   in a few extreme states (:func:`check_states`: the largest breath, the ribs alone, the domes
   alone, with the largest tension, with the IVC at its narrowest and widest). Where a vertex
   ends up closer to the neighbour than ``min(its distance at rest, MARGIN_MM)`` (or, inside it
   at rest, deeper than it was), it is pushed out along the neighbour's outward direction by the
   shortfall. The distance is signed exactly (:class:`Surface`).
3. The push is shared among the channels by how much each moved the vertex into the neighbour,
   divided by the channel's weight in that state (so the sum of weighted bases carries exactly
   the push), and spread over the structure round the pushed vertices with a Gaussian envelope
   of width :data:`SPREAD_MM` (it is at least the push at each pushed vertex, and falls
   smoothly away from them), faded where the structure lies close to another neighbour (a push
   out of one must not go into the next). Each state is checked up to :data:`ITERATIONS` times.

4. Part way through a breath (:data:`PART_WAY`), a straight path per channel can still carry a
   curved surface through another whose ends of the path are clear (a bulge sweeping past). What
   is found there goes on the :data:`BEND` channel alone, whose weight
   (:func:`anatoflow.motion.breath.bend`) is zero at rest and at the largest breath: the ends
   of the path are kept and the path between them bends. Structures the rig names ``straight``
   (the schematic nerves, carried by what they lie on) take no bend.

The bases stay linear per channel (a fixed field added to a basis): they remain glTF morph
targets, and the per-frame path is unchanged. Pairs joined at rest (a vertex deeper than
:data:`DEEP_MM` inside the other: a vein entering the heart, the BodyParts3D kidneys embedded in
the psoas) are left to the rig."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.motion import breath
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNELS
from anatoflow.motion.fields import smoothstep

Array = NDArray[np.float64]
Bases = dict[str, Array]
MARGIN_MM = 0.3  # a vertex apart from its neighbour at rest keeps at least this much room
DEEP_MM = 2.0  # a vertex deeper than this inside a neighbour at rest marks a join: the pair is left to the rig
SPREAD_MM = 10.0  # width (sigma) of the envelope spreading a push over the structure
ITERATIONS = 3  # checks of each state against each neighbour
FREE_MM = (1.0, 6.0)  # a push fades out where the structure comes this close to another neighbour
SLACK = 1.25  # a vertex is checked if its largest motion relative to the neighbour, times this, could reach it
NEAREST_VERTICES = 3  # a first closest point is sought on the faces round this many nearest vertices
SPHERE_BINS_MM = (2.0, 4.0, 8.0, 16.0, 32.0)  # faces are grouped by the radius of their bounding sphere
BOUND_STEPS_MM = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, np.inf)  # points grouped by a first distance
PART_WAY = (0.15, 0.35, 0.6)  # shares of the largest breath checked part way, with the bend channel
BEND = "breath_bend"  # the channel that carries what is found part way (zero at both ends of the breath)
BARY_EPS = 1e-6  # a closest point with a barycentric coordinate below this lies on an edge or a corner


def volume(vertices: Array, faces: NDArray[np.int64]) -> float:
    """Enclosed volume (mm^3) of a closed mesh, by the divergence theorem (absolute value)."""
    tri = np.asarray(vertices, dtype=float)[np.asarray(faces)]
    return float(abs(np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum()) / 6.0)


def ranked(tiers: Mapping[str, int], volumes: Mapping[str, float]) -> list[str]:
    """Structure ids from the one that never gives way to the one that gives way to all: by tier
    (what holds the structure, highest first), then by volume (the larger first)."""
    return sorted(tiers, key=lambda sid: (-tiers[sid], -volumes[sid], sid))


def check_states(top: Mapping[str, float]) -> list[dict[str, float]]:
    """The states checked: the largest breath (``top``: dome travel and rib lift), the ribs alone,
    the domes alone; then the largest breath with every tension channel at its largest, and with
    the IVC at its narrowest and its widest. Last, part-way breaths (:data:`PART_WAY`: the domes
    at each share of their travel, the ribs at the same share and at their largest), with the
    :data:`BEND` channel's weight there (:func:`anatoflow.motion.breath.bend`)."""
    ribs = {n: w for n, w in top.items() if not n.startswith("dome_")}
    domes = {n: w for n, w in top.items() if n.startswith("dome_")}
    tension = {c.name: c.high for c in CHANNELS
               if c.name.startswith(("psoas_", "iliacus_", "iliac_compression_"))}
    states = [dict(top), ribs, domes, {**top, **tension}]
    if "ivc_calibre" in CHANNEL_INDEX:
        c = CHANNELS[CHANNEL_INDEX["ivc_calibre"]]
        states += [{**top, "ivc_calibre": c.low}, {**top, "ivc_calibre": c.high}]
    if BEND in CHANNEL_INDEX and {"dome_r_mm", "dome_l_mm"} <= set(domes):
        for share in PART_WAY:
            part = {n: share * w for n, w in domes.items()}
            weight = float(breath.bend(part["dome_r_mm"], part["dome_l_mm"]))
            states += [{**part, **{n: share * w for n, w in ribs.items()}, BEND: weight},
                       {**part, **ribs, BEND: weight}]
    return [s for s in states if s]


class Surface:
    """A closed triangle mesh whose vertices move; the signed distance to it from points.

    The closest point is exact: a first one is sought on the faces round the
    :data:`NEAREST_VERTICES` vertices nearest the point, and then on every face whose bounding
    sphere comes nearer than it (faces grouped by the sphere's radius, :data:`SPHERE_BINS_MM`).
    The first alone is not enough on meshes whose triangles differ much in size: the BodyParts3D
    psoas and oesophagus have triangles up to 54 and 64 mm long beside finer ones, and a point
    2 mm outside the psoas read as 11 mm inside it. The sign is the side of the
    angle-weighted pseudo-normal of the feature the closest point lies on: the face, the edge (the
    sum of its two faces' normals) or the corner (the normals of the faces round it weighted by
    their angles there), which is exact for a closed mesh (Baerentzen and Aanaes, 2005). Along an
    open border, the face's own normal.
    """

    def __init__(self, faces: NDArray[np.int64], n_vertices: int) -> None:
        self.faces = np.asarray(faces, dtype=np.int64)
        self.n_vertices = n_vertices
        self._pose: tuple | None = None  # the last vertices measured against (not to be changed in place)
        corner = self.faces.ravel()
        order = np.argsort(corner, kind="stable")
        counts = np.bincount(corner, minlength=n_vertices)
        width = max(int(counts.max()) if len(counts) else 1, 1)
        rank = np.arange(len(corner)) - np.repeat(np.cumsum(counts) - counts, counts)
        table = np.full((n_vertices, width), -1, dtype=np.int64)
        table[corner[order], rank] = order // 3
        self._around = np.where(table < 0, table[:, :1], table)  # pad with the first face
        # the face across each edge (corner k to corner k+1) of each face; the face itself on a border
        f = self.faces
        edges = np.stack([f, np.roll(f, -1, axis=1)], axis=2).reshape(-1, 2)
        key = np.minimum(edges[:, 0], edges[:, 1]) * n_vertices + np.maximum(edges[:, 0], edges[:, 1])
        order = np.argsort(key, kind="stable")
        same = np.flatnonzero(key[order][1:] == key[order][:-1])
        across = np.repeat(np.arange(len(f)), 3)
        across[order[same]], across[order[same + 1]] = order[same + 1] // 3, order[same] // 3
        self._across = across.reshape(-1, 3)

    def _pseudo_normals(self, vertices: Array) -> tuple[Array, Array]:
        """Unit face normals and angle-weighted corner normals of the mesh at ``vertices``."""
        tri = vertices[self.faces]
        normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-12)
        corner = np.zeros((self.n_vertices, 3))
        for k in range(3):
            u, w = tri[:, (k + 1) % 3] - tri[:, k], tri[:, (k + 2) % 3] - tri[:, k]
            cos = np.einsum("ij,ij->i", u, w) / np.maximum(np.linalg.norm(u, axis=1) * np.linalg.norm(w, axis=1), 1e-12)
            angle = np.arccos(np.clip(cos, -1.0, 1.0))
            for j in range(3):
                corner[:, j] += np.bincount(self.faces[:, k], angle * normal[:, j], minlength=self.n_vertices)
        return normal, corner

    def _closest(self, points: Array, vertices: Array, rows: NDArray[np.int64], faces: NDArray[np.int64]):
        """Per point of ``rows`` (candidate pairs of a point and a face, sorted by point), the face
        nearest it among its candidates, the closest point on it and the distance; and those points."""
        import trimesh

        closest = trimesh.triangles.closest_point(vertices[self.faces[faces]], points[rows])
        dist = np.linalg.norm(points[rows] - closest, axis=1)
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        least = np.minimum.reduceat(dist, starts)
        hit = np.flatnonzero(dist <= np.repeat(least, np.diff(np.r_[starts, len(rows)])))
        first = hit[np.r_[True, rows[hit][1:] != rows[hit][:-1]]]
        return rows[first], faces[first], closest[first], dist[first]

    def _nearest_face(self, points: Array, vertices: Array, tree: cKDTree,
                      spheres: list) -> tuple[NDArray[np.int64], Array, Array]:
        """Per point, the face nearest it, the closest point on it and the distance: first among
        the faces round its nearest vertices, then among every face whose bounding sphere comes
        nearer than that (``spheres``: :func:`_face_spheres`)."""
        n = len(points)
        k = min(NEAREST_VERTICES, len(vertices))
        near = tree.query(points, k=k)[1].reshape(n, k)
        cand = np.sort(self._around[near].reshape(n, -1), axis=1)
        once = np.ones(cand.shape, dtype=bool)
        once[:, 1:] = cand[:, 1:] != cand[:, :-1]
        _, face, where, length = self._closest(points, vertices, np.repeat(np.arange(n), once.sum(axis=1)), cand[once])
        rows, faces = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for lo, hi in zip(BOUND_STEPS_MM[:-1], BOUND_STEPS_MM[1:]):  # points grouped by that first distance
            group = np.flatnonzero((length >= lo) & (length < hi))
            if not len(group):
                continue
            grouped, reach = cKDTree(points[group]), min(hi, float(length[group].max()))
            for centres, ids, radius in spheres:
                pairs = grouped.sparse_distance_matrix(centres, reach + float(radius.max()), output_type="coo_matrix")
                ok = pairs.data - radius[pairs.col] < length[group][pairs.row]
                rows.append(group[pairs.row[ok]])
                faces.append(ids[pairs.col[ok]])
        rows, faces = np.concatenate(rows), np.concatenate(faces)
        if len(rows):
            order = np.argsort(rows, kind="stable")
            at, other, closer, dist = self._closest(points, vertices, rows[order], faces[order])
            better = dist < length[at]
            at = at[better]
            face[at], where[at], length[at] = other[better], closer[better], dist[better]
        return face, where, length

    def signed(self, points: Array, vertices: Array) -> tuple[Array, Array, NDArray[np.int64]]:
        """Signed distance (negative inside), unit outward direction at each point, and the index of
        the mesh vertex nearest each closest point."""
        import trimesh

        points = np.atleast_2d(np.asarray(points, dtype=float))
        vertices = np.asarray(vertices, dtype=float)
        if self._pose is None or self._pose[0] is not vertices:  # the same pose again: reuse its trees
            spheres = _face_spheres(vertices, self.faces)
            self._pose = (vertices, cKDTree(vertices), *self._pseudo_normals(vertices), spheres)
        _, tree, face_normal, corner_normal, spheres = self._pose
        n = len(points)
        if n == 0:
            return np.zeros(0), np.zeros((0, 3)), np.zeros(0, dtype=np.int64)
        face, where, length = self._nearest_face(points, vertices, tree, spheres)
        rows = np.arange(n)
        tri = vertices[self.faces[face]]
        bary = trimesh.triangles.points_to_barycentric(tri, where)
        zero = bary < BARY_EPS
        pseudo = face_normal[face].copy()
        on_corner = zero.sum(axis=1) >= 2
        at = np.argmax(bary, axis=1)
        pseudo[on_corner] = corner_normal[self.faces[face, at]][on_corner]
        on_edge = zero.sum(axis=1) == 1
        opposite = np.argmax(zero, axis=1)  # the edge opposite the zero corner: corners opposite+1, opposite+2
        other = self._across[face, (opposite + 1) % 3]
        pseudo[on_edge] = (face_normal[face] + face_normal[other])[on_edge]
        offset = points - where
        sign = np.where(np.einsum("ij,ij->i", offset, pseudo) >= 0.0, 1.0, -1.0)
        unit = pseudo / np.maximum(np.linalg.norm(pseudo, axis=1, keepdims=True), 1e-12)
        direction = np.where((length > 1e-9)[:, None], offset / np.maximum(length, 1e-12)[:, None] * sign[:, None], unit)
        corners = self.faces[face]
        nearest = corners[rows, np.argmin(np.linalg.norm(vertices[corners] - where[:, None], axis=2), axis=1)]
        return sign * length, direction, nearest


def _face_spheres(vertices: Array, faces: NDArray[np.int64]) -> list[tuple[cKDTree, NDArray[np.int64], Array]]:
    """The faces' bounding spheres (centred on their centroids), grouped by radius
    (:data:`SPHERE_BINS_MM`): per group, a tree of the centres, the face indices and their radii."""
    tri = vertices[faces]
    centre = tri.mean(axis=1)
    radius = np.linalg.norm(tri - centre[:, None], axis=2).max(axis=1)
    group = np.searchsorted(SPHERE_BINS_MM, radius)
    return [(cKDTree(centre[group == g]), np.flatnonzero(group == g), radius[group == g]) for g in np.unique(group)]


def _moved(rest: Array, bases: Mapping[str, Array], state: Mapping[str, float], rows: NDArray[np.int64] | slice) -> Array:
    out = rest[rows].copy()
    for c, w in state.items():
        if c in bases and w:
            out += w * bases[c][rows]
    return out


def spread(tree: cKDTree, hits: NDArray[np.int64], pushes: Mapping[str, Array], *,
           sigma: float = SPREAD_MM) -> dict[str, tuple[NDArray[np.int64], Array]]:
    """Smooth fields over the vertices of ``tree`` that are each of ``pushes`` (name -> one vector
    per vertex of ``hits``) there and fall away from them: the largest Gaussian-weighted push
    length, in the Gaussian-weighted mean direction. Returns name -> (vertex rows, vectors)."""
    if not len(hits):
        return {}
    near = tree.sparse_distance_matrix(cKDTree(tree.data[hits]), 3.0 * sigma, output_type="coo_matrix")
    other = near.row != hits[near.col]  # each pushed vertex is added once with itself, weight 1
    rows = np.concatenate([near.row[other], hits])
    cols = np.concatenate([near.col[other], np.arange(len(hits))])
    weight = np.concatenate([np.exp(-0.5 * (near.data[other] / sigma) ** 2), np.ones(len(hits))])
    touched, slot = np.unique(rows, return_inverse=True)
    out = {}
    for name, push in pushes.items():
        envelope = np.zeros(len(touched))
        np.maximum.at(envelope, slot, weight * np.linalg.norm(push, axis=1)[cols])
        mean = np.stack([np.bincount(slot, weight * push[cols, k], minlength=len(touched)) for k in range(3)], axis=1)
        norm = np.linalg.norm(mean, axis=1)
        unit = np.where((norm > 1e-12)[:, None], mean / np.maximum(norm, 1e-12)[:, None], 0.0)
        out[name] = (touched, unit * envelope[:, None])
    return out


def _shares(own: Mapping[str, Array], other: Mapping[str, Array], rows: NDArray[np.int64], at: NDArray[np.int64],
            direction: Array, state: Mapping[str, float]) -> dict[str, Array]:
    """Per channel, the share of each pushed vertex's shortfall it caused (its weighted motion into
    the neighbour relative to the neighbour's, or failing any, its relative motion's length)."""
    into, length = {}, {}
    for c, w in state.items():
        if not w or (c not in own and c not in other):
            continue
        mine = own[c][rows] if c in own else 0.0
        theirs = other[c][at] if c in other else 0.0
        rel = w * (mine - theirs) * np.ones((len(rows), 3))
        into[c] = np.maximum(-np.einsum("ij,ij->i", rel, direction), 0.0)
        length[c] = np.linalg.norm(rel, axis=1)
    if not into:
        return {}
    total = sum(into.values())
    total_length = sum(length.values())
    return {c: np.where(total > 1e-9, into[c] / np.maximum(total, 1e-12),
                        length[c] / np.maximum(total_length, 1e-12)) for c in into}


def _largest_motion(rest: Array, bases: Mapping[str, Array], states: Sequence[Mapping[str, float]]) -> Array:
    """Per vertex, the longest displacement over ``states``."""
    out = np.zeros(len(rest))
    for state in states:
        out = np.maximum(out, np.linalg.norm(_moved(rest, bases, state, slice(None)) - rest, axis=1))
    return out


def _relative_motion(rest: Array, own: Mapping[str, Array], n_rest: Array, n_bases: Mapping[str, Array],
                     states: Sequence[Mapping[str, float]], rows: NDArray[np.int64], at: NDArray[np.int64]) -> Array:
    """Per vertex ``rows``, its longest motion over ``states`` relative to the neighbour's vertex ``at``."""
    out = np.zeros(len(rows))
    for state in states:
        step = _moved(rest, own, state, rows) - rest[rows] - (_moved(n_rest, n_bases, state, at) - n_rest[at])
        out = np.maximum(out, np.linalg.norm(step, axis=1))
    return out


def give_way(rest: Array, faces: NDArray[np.int64], own: Bases,
             neighbour: tuple[Array, NDArray[np.int64], Mapping[str, Array]],
             states: Sequence[Mapping[str, float]], *, tree: cKDTree | None = None, free: Array | None = None) -> Bases:
    """``own`` bases of a structure (``rest`` vertices, ``faces``), added to where it would come
    closer to ``neighbour`` (rest vertices, faces, bases) than it may in any of ``states``.

    Only vertices that could reach the neighbour are checked: those within the largest motion of
    both (and one edge) of its nearest vertex, and then nearer its surface than their largest motion
    relative to the neighbour's point nearest them, with :data:`SLACK` to spare. A pair in which a
    vertex lies deeper than :data:`DEEP_MM` inside the neighbour at rest is joined (a vein entering
    the heart, an organ embedded in a muscle): the rig moves them together, and they are left so.
    """
    n_rest, n_faces, n_bases = neighbour
    tree = cKDTree(rest) if tree is None else tree
    reach = float(_largest_motion(rest, own, states).max(initial=0.0)
                  + _largest_motion(n_rest, n_bases, states).max(initial=0.0)) * SLACK + DEEP_MM + 1.0
    # the surface lies at most one edge nearer than its nearest vertex
    tri = n_rest[np.asarray(n_faces)]
    edge = float(np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2).max(initial=0.0))
    gap, nearest = cKDTree(n_rest).query(rest, k=1, distance_upper_bound=reach + edge)
    rows = np.flatnonzero(np.isfinite(gap))
    reach = _relative_motion(rest, own, n_rest, n_bases, states, rows, nearest[rows]) * SLACK + DEEP_MM + 1.0
    rows = rows[gap[rows] - edge <= reach]
    if not len(rows):
        return own
    surface = Surface(n_faces, len(n_rest))
    at_rest, _, nearest = surface.signed(rest[rows], n_rest)
    if np.any(at_rest < -DEEP_MM):
        return own
    keep = _relative_motion(rest, own, n_rest, n_bases, states, rows, nearest) * SLACK + 1.0 >= at_rest
    rows, at_rest = rows[keep], at_rest[keep]
    if not len(rows):
        return own
    allowed = np.minimum(at_rest, MARGIN_MM)
    out = {c: b.copy() for c, b in own.items()}
    for state in states:
        state = {c: w for c, w in state.items() if w and (c in out or c in n_bases or c == BEND)}
        if not set(state) - {BEND}:
            continue
        other = _moved(n_rest, n_bases, state, slice(None))
        for _ in range(ITERATIONS):
            now, direction, at = surface.signed(_moved(rest, out, state, rows), other)
            short = allowed - now
            hit = short > 0.01
            if not hit.any():
                break
            push = (short[hit] + 0.05)[:, None] * direction[hit]
            shares = ({BEND: np.ones(int(hit.sum()))} if BEND in state  # part way: on the bend alone
                      else _shares(out, n_bases, rows[hit], at[hit], direction[hit], state))
            fields = spread(tree, rows[hit], {c: push * (share / state[c])[:, None] for c, share in shares.items()})
            for c, (touched, field) in fields.items():
                if c not in out:
                    out[c] = np.zeros_like(rest)
                out[c][touched] += field if free is None else field * free[touched, None]
    return out


def give_way_all(meshes: Mapping[str, tuple[Array, NDArray[np.int64]]], order: Sequence[str], bases: Mapping[str, Bases],
                 states: Sequence[Mapping[str, float]], *, firm: Collection[str] = (),
                 straight: Collection[str] = (), margin: float = 10.0) -> dict[str, Bases]:
    """Every structure of ``order`` (highest ranked first) given way to each higher-ranked
    neighbour whose box, widened by ``margin``, meets its own, where either of them moves; those of
    ``firm`` give way to none, those of ``straight`` only in the states without the :data:`BEND`
    channel (at both ends of the breath)."""
    out = {sid: dict(bases.get(sid, {})) for sid in order}
    boxes = {sid: (np.asarray(v).min(axis=0) - margin, np.asarray(v).max(axis=0) + margin) for sid, (v, _) in meshes.items()}
    for i, sid in enumerate(order):
        lo, hi = boxes[sid]
        near = [above for above in order[:i] if sid not in firm and (out[sid] or out[above])
                and not (np.any(boxes[above][0] > hi) or np.any(lo > boxes[above][1]))]
        v, f = meshes[sid]
        v = np.asarray(v, dtype=float)
        if not near:
            continue
        gaps = np.stack([cKDTree(np.asarray(meshes[a][0], dtype=float)).query(v, k=1, distance_upper_bound=FREE_MM[1])[0]
                         for a in near])
        gaps = np.minimum(gaps, FREE_MM[1])
        tree = cKDTree(v)
        for j, above in enumerate(near):
            others = np.delete(gaps, j, axis=0)
            free = smoothstep((others.min(axis=0) - FREE_MM[0]) / (FREE_MM[1] - FREE_MM[0])) if len(others) else None
            n_v, n_f = meshes[above]
            checked = [s for s in states if BEND not in s] if sid in straight else states
            out[sid] = give_way(v, f, out[sid], (np.asarray(n_v, dtype=float), n_f, out[above]),
                                _distinct(checked, out[sid], out[above]), tree=tree, free=free)
    return {sid: per for sid, per in out.items() if per}


def _distinct(states: Sequence[Mapping[str, float]], *bases: Mapping[str, Array]) -> list[dict[str, float]]:
    """The states restricted to the channels that move either structure, each once."""
    out: list[dict[str, float]] = []
    for state in states:
        kept = {c: w for c, w in state.items() if w and (c == BEND or any(c in b for b in bases))}
        if set(kept) - {BEND} and kept not in out:
            out.append(kept)
    return out
