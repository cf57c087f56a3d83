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
   shortfall. The distance is signed exactly (:class:`anatoflow.motion.surface.Surface`).
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

5. Last, a tensing muscle gives way to the still bones, and what lies on it to its bulge
   (:func:`give_way_to_tension`), at full tension alone, on the tension channels only.

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
from anatoflow.motion.surface import DEEPEST_INSIDE_MM, Surface

Array = NDArray[np.float64]
Bases = dict[str, Array]
MARGIN_MM = 0.3  # a vertex apart from its neighbour at rest keeps at least this much room
DEEP_MM = 2.0  # a vertex deeper than this inside a neighbour at rest marks a join: the pair is left to the rig
SPREAD_MM = 10.0  # width (sigma) of the envelope spreading a push over the structure
ITERATIONS = 3  # checks of each state against each neighbour
FREE_MM = (1.0, 6.0)  # a push fades out where the structure comes this close to another neighbour
SLACK = 1.25  # a vertex is checked if its largest motion relative to the neighbour, times this, could reach it
PART_WAY = (0.15, 0.35, 0.6)  # shares of the largest breath checked part way, with the bend channel
BEND = "breath_bend"  # the channel that carries what is found part way (zero at both ends of the breath)
PUSHED_SHARE = 0.25  # a muscle pushed less than this share of its largest push lies free (keep_volume)
#: The muscles' own shortening channels, each at its largest (:func:`give_way_to_tension`).
MUSCLE_TENSION: dict[str, float] = {c.name: c.high for c in CHANNELS if c.name.startswith(("psoas_", "iliacus_"))}


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
    tension = {**MUSCLE_TENSION, **{c.name: c.high for c in CHANNELS if c.name.startswith("iliac_compression_")}}
    states = [dict(top), ribs, domes, {**top, **tension}]
    if "ivc_calibre" in CHANNEL_INDEX:
        c = CHANNELS[CHANNEL_INDEX["ivc_calibre"]]
        states += [{**top, "ivc_calibre": c.low}, {**top, "ivc_calibre": c.high}]
    if {"dome_r_mm", "dome_l_mm"} <= set(domes):
        for share in PART_WAY:
            part = {n: share * w for n, w in domes.items()}
            weight = float(breath.bend(part["dome_r_mm"], part["dome_l_mm"]))
            states += [{**part, **{n: share * w for n, w in ribs.items()}, BEND: weight},
                       {**part, **ribs, BEND: weight}]
    return [s for s in states if s]


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
             states: Sequence[Mapping[str, float]], *, tree: cKDTree | None = None, free: Array | None = None,
             joined: bool = False) -> Bases:
    """``own`` bases of a structure (``rest`` vertices, ``faces``), added to where it would come
    closer to ``neighbour`` (rest vertices, faces, bases) than it may in any of ``states``.

    Only vertices that could reach the neighbour are checked: those within the largest motion of
    both (and one edge) of its nearest vertex, and then nearer its surface than their largest motion
    relative to the neighbour's point nearest them, with :data:`SLACK` to spare. A pair in which a
    vertex lies deeper than :data:`DEEP_MM` inside the neighbour at rest is joined (a vein entering
    the heart, an organ embedded in a muscle): the rig moves them together, and they are left so,
    unless ``joined`` is set: then only the vertices outside the neighbour at rest are checked, and
    kept out of it.
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
    if not joined and np.any((at_rest < -DEEP_MM) & (at_rest >= -DEEPEST_INSIDE_MM)):
        return own
    outside = at_rest >= (0.0 if joined else -DEEPEST_INSIDE_MM)  # deeper readings are across a hole of an open mesh
    rows, at_rest, nearest = rows[outside], at_rest[outside], nearest[outside]
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
            hit = (short > 0.01) & (now >= -DEEPEST_INSIDE_MM)
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
    boxes = _boxes(meshes, margin)
    for i, sid in enumerate(order):
        near = [above for above in order[:i] if sid not in firm and (out[sid] or out[above])
                and _meet(boxes[sid], boxes[above])]
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


def _boxes(meshes: Mapping[str, tuple[Array, NDArray[np.int64]]], margin: float) -> dict[str, tuple[Array, Array]]:
    """Each mesh's bounding box, widened by ``margin`` (mm)."""
    return {sid: (np.asarray(v).min(axis=0) - margin, np.asarray(v).max(axis=0) + margin) for sid, (v, _) in meshes.items()}


def _meet(a: tuple[Array, Array], b: tuple[Array, Array]) -> bool:
    return not (np.any(a[0] > b[1]) or np.any(b[0] > a[1]))


def _distinct(states: Sequence[Mapping[str, float]], *bases: Mapping[str, Array]) -> list[dict[str, float]]:
    """The states restricted to the channels that move either structure, each once."""
    out: list[dict[str, float]] = []
    for state in states:
        kept = {c: w for c, w in state.items() if w and (c == BEND or any(c in b for b in bases))}
        if set(kept) - {BEND} and kept not in out:
            out.append(kept)
    return out


def give_way_to_tension(meshes: Mapping[str, tuple[Array, NDArray[np.int64]]], bases: Mapping[str, Bases],
                        muscles: Sequence[str], still: Collection[str], state: Mapping[str, float],
                        *, margin: float = 10.0) -> dict[str, Bases]:
    """Bases in which a tensing muscle neither passes into the still bones nor into what lies on it.

    A muscle's own tension channels (``state``: each at its largest) shorten it and thicken it by
    a field of its own (:func:`anatoflow.motion.kinds.muscle_bases`), which knows nothing of its
    neighbours: the BodyParts3D psoas went up to 6.3 mm into the 3rd lumbar vertebra and 4.7 mm
    into the right kidney at full tension. For each muscle of ``muscles``, in that state alone:

    1. it gives way to each still bone (``still``) whose box meets its own;
    2. each other structure whose box meets its own gives way to it, on the tension channels only
       (it takes the muscle's bulge: the kidney is pushed off the psoas), and the muscle then gives
       way to it where its coarse faces still pass into it (the psoas's triangles are up to 54 mm long).

    The pairs are joined at rest here (the muscle arises from the vertebrae, the kidneys lie up to
    13 mm inside it), so only the vertices outside the neighbour at rest are kept out
    (:func:`give_way` with ``joined``). The breath channels are left as they are.
    """
    out = {sid: dict(per) for sid, per in bases.items()}
    boxes = _boxes(meshes, margin)

    def meet(a: str, b: str) -> bool:
        return _meet(boxes[a], boxes[b])

    for muscle in muscles:
        own = {c: w for c, w in state.items() if c in out.get(muscle, {})}
        if not own:
            continue
        m_v, m_f = meshes[muscle]
        for bone in still:
            if meet(muscle, bone):
                b_v, b_f = meshes[bone]
                out[muscle] = give_way(m_v, m_f, out[muscle], (b_v, b_f, out.get(bone, {})), [own], joined=True)
        for sid in meshes:
            if sid == muscle or sid in still or sid in muscles or not meet(muscle, sid):
                continue
            v, f = meshes[sid]  # the state holds the muscle's channels only: the pushes go on them
            out[sid] = give_way(v, f, out.get(sid, {}), (m_v, m_f, out[muscle]), [own], joined=True)
            out[muscle] = give_way(m_v, m_f, out[muscle], (v, f, out[sid]), [own], joined=True)
        near = [meshes[sid][0] for sid in meshes if sid != muscle and meet(muscle, sid)]
        out[muscle] = keep_volume(m_v, m_f, out[muscle], bases[muscle], own, near)
    return {sid: per for sid, per in out.items() if per}


def keep_volume(rest: Array, faces: NDArray[np.int64], bases: Bases, before: Mapping[str, Array],
                state: Mapping[str, float], near: Sequence[Array], *, rounds: int = 3) -> Bases:
    """A muscle's bases in ``state`` brought back to the volume it had there with its bases ``before``
    the pushes: what the pushes took off is added along the outward normals where the muscle lies
    free, at least :data:`FREE_MM` (the far end) from every one of ``near`` (vertex arrays) and hardly
    pushed (less than :data:`PUSHED_SHARE` of the largest push, in that state), spread on the channels of ``state`` by
    their weights. The volume is taken about the rest centroid (the repaired BodyParts3D psoas
    meshes are open, with a few small holes, so it depends a little on the origin)."""
    from anatoflow.anatomy.measure import vertex_normals

    names = [c for c in state if c in bases]
    if not names:
        return bases
    rest = np.asarray(rest, dtype=float)
    centre = rest.mean(axis=0)
    target = volume(_moved(rest, before, state, slice(None)) - centre, faces)
    pushed = np.linalg.norm(_moved(rest, bases, state, slice(None)) - _moved(rest, before, state, slice(None)), axis=1)
    gap = np.full(len(rest), np.inf)
    for points in near:
        gap = np.minimum(gap, cKDTree(np.asarray(points, dtype=float)).query(rest, k=1)[0])
    calm = 1.0 - smoothstep(pushed / max(PUSHED_SHARE * float(pushed.max(initial=0.0)), 1e-9))
    free = smoothstep((np.minimum(gap, FREE_MM[1] * 2) - FREE_MM[1]) / FREE_MM[1]) * calm
    out = {c: b.copy() for c, b in bases.items()}
    total = sum(state[c] for c in names)
    for _ in range(rounds):
        moved = _moved(rest, out, state, slice(None))
        shortfall = target - volume(moved - centre, faces)
        tri = moved[np.asarray(faces)]
        area = np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1) / 6.0
        per_vertex = np.bincount(np.asarray(faces).ravel(), np.repeat(area, 3), minlength=len(rest))
        reach = float((free * per_vertex).sum())
        if reach <= 0.0 or abs(shortfall) < 1e-3 * abs(target):
            break
        lift = (shortfall / reach) * free[:, None] * vertex_normals(moved, np.asarray(faces))
        for c in names:  # the channels share it by their weights; their weighted sum carries it all
            out[c] = out[c] + lift / total
    return out
