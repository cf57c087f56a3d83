"""The diaphragm's rig, found on its real shape: regions per vertex, costal attachment, openings.

The BodyParts3D diaphragm is one closed, thick sheet (its two faces joined at the rim), so its
openings are tunnels through it rather than boundary loops. An opening is found where a tube's
centreline is surrounded by the sheet: fully (a hole, like the caval foramen) or partly (a gap
between the crura, like the aortic hiatus behind the median arcuate ligament).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.bodyparts3d import rig_geometry as g

Array = NDArray[np.float64]

#: Region codes stored per vertex (``rig.regions`` file, array ``labels``).
REGIONS: tuple[str, ...] = ("dome_r", "dome_l", "central_tendon", "crus_r", "crus_l", "costal")
#: Reference levels (reference/anatomy.md) of the openings.
REFERENCE_LEVELS = {"caval": "T8", "oesophageal": "T10", "aortic": "T12"}
#: The tube passing each opening, and the structures that pass with it.
OPENING_TUBES = {
    "caval": ("inferior_vena_cava", ("inferior_vena_cava",)),
    "oesophageal": ("oesophagus", ("oesophagus", "anterior_vagal_trunk", "posterior_vagal_trunk")),
    "aortic": ("aorta", ("aorta", "thoracic_duct")),
}
COSTAL_MM = 8.0


@dataclass(frozen=True)
class Opening:
    """One opening of the diaphragm, found on the meshes."""

    name: str
    kind: str  # "hole" (fully surrounded) or "gap" (partly surrounded)
    position: Array  # centreline point of the passing tube at the opening
    enclosure: float  # fraction of the directions round the tube in which the sheet lies
    clearance_mm: float  # gap between the tube's surface and the nearest diaphragm vertex
    tube: str


def find_opening(sheet: Array, centreline: Array, radius: Array, *, margin: float = 15.0,
                 hole_at: float = 0.95, gap_at: float = 0.6) -> tuple[str, int, float] | None:
    """Where a tube passes a sheet: ``(kind, index of the centreline point, enclosure)``.

    The enclosure of each centreline point is the fraction of angular sectors, in the plane
    normal to the tube, holding sheet vertices within ``radius + margin`` of it. The opening is
    the middle of the longest run of points at the highest enclosure; it is a ``"hole"`` at or
    above ``hole_at`` and a ``"gap"`` at or above ``gap_at``; below that the tube does not pass.
    """
    tangents = np.gradient(centreline, axis=0)
    enc = np.array([g.enclosure(sheet, c, t, radius=r + margin) for c, t, r in zip(centreline, tangents, radius)])
    best = enc.max()
    if best < gap_at:
        return None
    top = enc >= best - 1e-9
    runs, start = [], None
    for i, flag in enumerate(np.append(top, False)):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((i - start, start, i - 1))
            start = None
    _, lo, hi = max(runs)
    return ("hole" if best >= hole_at else "gap"), (lo + hi) // 2, float(best)


def openings(diaphragm: Array, tubes: dict[str, tuple[Array, Array]]) -> dict[str, Opening]:
    """Each opening of :data:`OPENING_TUBES` whose tube is given as ``(centreline, radius)``."""
    tree = cKDTree(diaphragm)
    out = {}
    for name, (tube, _) in OPENING_TUBES.items():
        if tube not in tubes:
            continue
        line, radius = tubes[tube]
        found = find_opening(diaphragm, line, radius)
        if found is None:
            continue
        kind, i, enc = found
        clearance = float(tree.query(line[i])[0] - radius[i])
        out[name] = Opening(name, kind, line[i], enc, clearance, tube)
    return out


def smooth_mask(mask: NDArray[np.bool_], faces: NDArray[np.int64], *, rounds: int = 4) -> NDArray[np.bool_]:
    """A vertex mask with specks removed and pits filled: neighbour averaging, then a 0.5 threshold."""
    from scipy.sparse import coo_matrix

    edges = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    n = len(mask)
    adj = coo_matrix((np.ones(2 * len(edges)), (np.r_[edges[:, 0], edges[:, 1]], np.r_[edges[:, 1], edges[:, 0]])),
                     shape=(n, n)).tocsr()
    adj.data[:] = 1.0
    degree = np.maximum(np.asarray(adj.sum(axis=1)).ravel(), 1.0)
    value = mask.astype(float)
    for _ in range(rounds):
        value = 0.5 * value + 0.5 * (adj @ value) / degree
    return value >= 0.5


def regions(diaphragm: Array, *, spine_y: float, found: dict[str, Opening], costal_bones: Array | None,
            faces: NDArray[np.int64] | None = None) -> NDArray[np.uint8]:
    """Region code per vertex (indices into :data:`REGIONS`).

    * costal: within ``COSTAL_MM`` of the ribs, costal cartilages or sternum (the attachment),
      smoothed over the mesh when ``faces`` are given;
    * crura: the bands behind and below the oesophageal opening, near the spine, running down
      below the aortic opening;
    * central tendon: the flat middle top, in front of the spine, between the domes;
    * domes: the rest, right (x < midline) and left.
    """
    v = diaphragm
    mid = float(found["aortic"].position[0]) if "aortic" in found else 0.0
    z_aortic = float(found["aortic"].position[2]) if "aortic" in found else float(np.percentile(v[:, 2], 10))
    z_oes = float(found["oesophageal"].position[2]) if "oesophageal" in found else z_aortic + 50.0
    labels = np.where(v[:, 0] < mid, 0, 1).astype(np.uint8)
    top = v[:, 2].max()
    tendon = (np.abs(v[:, 0] - mid) < 55.0) & (v[:, 2] > top - 0.22 * (top - z_aortic)) & (v[:, 1] < spine_y - 25.0)
    labels[tendon] = 2
    crus = (np.abs(v[:, 0] - mid) < 50.0) & (v[:, 1] > spine_y - 55.0) & (v[:, 2] < 0.5 * (z_aortic + z_oes))
    labels[crus] = np.where(v[crus, 0] < mid, 3, 4)
    if costal_bones is not None and len(costal_bones):
        near = cKDTree(costal_bones).query(v, distance_upper_bound=COSTAL_MM)[0] < COSTAL_MM
        if faces is not None:
            near = smooth_mask(near, faces)
        labels[near & ~crus] = 5
    return labels


def run_lengths(labels: NDArray[np.uint8]) -> list[list[int]]:
    """``[[code, count], ...]`` runs of a label array (a compact TOML form)."""
    change = np.flatnonzero(np.diff(labels.astype(np.int64))) + 1
    starts = np.concatenate([[0], change])
    counts = np.diff(np.concatenate([starts, [len(labels)]]))
    return [[int(labels[s]), int(c)] for s, c in zip(starts, counts)]
