"""Helpers for the motion tests on the real BodyParts3D meshes: breath states and edge crossings."""

from __future__ import annotations

import numpy as np
from geometry_checks import crossings

from anatoflow.anatomy.proximity import winding_numbers
from anatoflow.motion import breath
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNELS

#: "deep" in reference/physiology.md: 5-7+ cm (full inspiration of it: the ``states`` fixture). Folds are
#: checked over every depth up to maximal (85/90 mm).
DEPTH_GRID = np.linspace(0.0, 1.0, 201)
DEEP_DEPTH = float(np.interp(70.0, [breath.excursion_mm(d, "r") for d in DEPTH_GRID], DEPTH_GRID))  # right dome 70 mm


def full_inspiration(depth: float, ivc: float = 0.0) -> np.ndarray:
    """Weights of full inspiration at ``depth`` (0..1): both domes' excursion, the ribs fully lifted."""
    w = np.zeros(len(CHANNELS))
    w[CHANNEL_INDEX["dome_r_mm"]] = breath.excursion_mm(depth, "r")
    w[CHANNEL_INDEX["dome_l_mm"]] = breath.excursion_mm(depth, "l")
    w[CHANNEL_INDEX["rib_lift"]] = 1.0
    w[CHANNEL_INDEX["ivc_calibre"]] = ivc
    w[CHANNEL_INDEX["breath_bend"]] = breath.bend(w[CHANNEL_INDEX["dome_r_mm"]], w[CHANNEL_INDEX["dome_l_mm"]])
    return w


def quiet_diaphragmatic_top() -> np.ndarray:
    """Weights at the top of a quiet diaphragmatic breath as the scenarios play it: the domes 18 mm
    down (depth 0.25), the ribs at the depth times the pattern's rib gain (0.09), the IVC a little narrow."""
    w = full_inspiration(0.25, -0.1)
    w[CHANNEL_INDEX["rib_lift"]] = 0.25 * breath.PATTERN_MIX["diaphragmatic"][2]
    return w


def cropped(v: np.ndarray, f: np.ndarray, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The faces of (v, f) whose box overlaps the box of the points ``other`` (exact for crossings:
    an edge through a triangle lies in both boxes). Keeps the crossing counts fast."""
    lo, hi = other.min(axis=0), other.max(axis=0)
    tri = v[f]
    keep = np.all(tri.min(axis=1) <= hi, axis=1) & np.all(tri.max(axis=1) >= lo, axis=1)
    return v, f[keep]


def both_ways(va: np.ndarray, fa: np.ndarray, vb: np.ndarray, fb: np.ndarray) -> int:
    """Edges of A through triangles of B plus edges of B through triangles of A."""
    va, fa = cropped(va, fa, vb)
    vb, fb = cropped(vb, fb, va[np.unique(fa)] if len(fa) else va[:1])
    if len(fa) == 0 or len(fb) == 0:
        return 0
    return crossings(va, fa, vb, fb) + crossings(vb, fb, va, fa)


def boxes_meet(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.all(a.min(axis=0) <= b.max(axis=0)) and np.all(b.min(axis=0) <= a.max(axis=0)))


def crossings_gained(model, moved: dict, group: list, others: list) -> tuple[int, dict]:
    """Edge crossings between each structure of ``group`` and each of ``others`` whose boxes meet:
    their sum at rest, and the pairs that gained crossings in ``moved`` (structures missing from
    ``moved`` stand still), with how many."""
    at_rest, gained = 0, {}
    for sid in group:
        a = model.meshes[sid]
        for oid in others:
            b = model.meshes[oid]
            if not boxes_meet(a.vertices, b.vertices):
                continue
            before = both_ways(a.vertices, a.faces, b.vertices, b.faces)
            after = both_ways(np.asarray(moved.get(sid, a.vertices), float), a.faces,
                               np.asarray(moved.get(oid, b.vertices), float), b.faces)
            at_rest += before
            if after > before:
                gained[f"{sid}/{oid}"] = after - before
    return at_rest, gained


def touching_motion(model, moved: dict, sid: str, other: str, *, within: float) -> tuple:
    """Displacements of ``sid``'s vertices within ``within`` mm of ``other`` at rest, of the
    nearest ``other`` vertex to each, and their distances at rest."""
    from scipy.spatial import cKDTree

    rest, neighbour = model.meshes[sid].vertices, model.meshes[other].vertices
    dist, nearest = cKDTree(neighbour).query(rest, k=1)
    touching = dist < within
    assert touching.any(), f"{sid} does not touch {other}"
    own = moved[sid][touching].astype(float) - rest[touching]
    beside = moved[other][nearest[touching]].astype(float) - neighbour[nearest[touching]]
    return own, beside, dist[touching]


#: A vertex counts as entering a neighbour where its signed distance reads this far inside (mm).
ENTRY_MM = 0.3


def deepest_entries(model, moved: dict) -> dict[str, float]:
    """How deep (mm) the deepest vertex of one structure goes into another in ``moved``, among
    the vertices that lay outside it at rest, for every pair whose boxes meet ("a/b" -> mm, the
    deeper of the two ways; pairs under :data:`ENTRY_MM` are left out).

    Crossings count the surfaces that slide over each other inside an overlap BodyParts3D draws at
    rest (the renal vein 16 mm inside the kidney); this asks instead whether anything outside a
    neighbour passes into it. The depth is the exact signed distance
    (:class:`anatoflow.motion.surface.Surface`); the few meshes with holes or non-manifold edges
    (the diaphragm, the heart, the discs) can give it the wrong sign near them, so inside and
    outside are confirmed by the winding number (:func:`anatoflow.anatomy.proximity.winding_numbers`)."""
    from anatoflow.motion.surface import Surface

    ids = list(model.catalogue.ids)
    rest = {s: np.asarray(model.meshes[s].vertices, dtype=float) for s in ids}
    now = {s: np.asarray(moved.get(s, rest[s]), dtype=float) for s in ids}
    surfaces: dict[str, Surface] = {}
    out: dict[str, float] = {}
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if not (boxes_meet(rest[a], rest[b]) or boxes_meet(now[a], now[b])):
                continue
            deepest = 0.0
            for x, y in ((a, b), (b, a)):
                lo, hi = now[y].min(axis=0) - 1.0, now[y].max(axis=0) + 1.0
                near = np.flatnonzero(np.all((now[x] >= lo) & (now[x] <= hi), axis=1))
                if not len(near):
                    continue
                surface = surfaces.setdefault(y, Surface(model.meshes[y].faces, model.meshes[y].n_vertices))
                signed = surface.signed(now[x][near], now[y])[0]
                entered = signed < -ENTRY_MM
                if not entered.any():
                    continue
                faces = np.asarray(model.meshes[y].faces)
                points = near[entered]
                sure = ((winding_numbers(now[x][points], now[y], faces) > 0.5)
                        & (winding_numbers(rest[x][points], rest[y], faces) < 0.5))
                if sure.any():
                    deepest = max(deepest, float(-signed[entered][sure].min()))
            if deepest > 0.0:
                out[f"{a}/{b}"] = deepest
    return out
