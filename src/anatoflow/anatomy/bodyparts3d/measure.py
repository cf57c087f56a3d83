"""Landmarks measured on the BodyParts3D meshes themselves (pure numpy/scipy).

Every function takes vertex arrays (``(N, 3)``, mm) in one frame and returns points in the same
frame, so the origin can be measured in the native frame and the rest in the project's frame.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

#: Fraction of a vertebra's antero-posterior extent, from the front, taken as its body.
BODY_FRACTION = 0.35
#: Vertices this far (mm) beyond the closest pair count as contact between two meshes.
CONTACT_MM = 3.0


def _plane_midrange(points: np.ndarray) -> np.ndarray:
    """Centre of the extent of a roughly planar point set, in its own principal axes."""
    mean = points.mean(axis=0)
    _, _, axes = np.linalg.svd(points - mean, full_matrices=False)
    local = (points - mean) @ axes.T
    return mean + ((local.min(axis=0) + local.max(axis=0)) / 2.0) @ axes


def s1_endplate_centre(disc: np.ndarray, sacrum: np.ndarray) -> np.ndarray:
    """Centre of the S1 superior endplate, where the L5/S1 disc sits on the sacrum.

    The contact zone is the set of vertices of either mesh within :data:`CONTACT_MM` of the
    other (beyond their closest pair). When the meshes do not touch, the lower third of the
    disc along its thinnest axis is used instead.
    """
    d_sac, _ = cKDTree(disc).query(sacrum)
    d_disc, _ = cKDTree(sacrum).query(disc)
    if d_sac.min() < 2.0 * CONTACT_MM:
        contact = np.vstack([sacrum[d_sac < d_sac.min() + CONTACT_MM], disc[d_disc < d_disc.min() + CONTACT_MM]])
        if len(contact) >= 12:
            return _plane_midrange(contact)
    centred = disc - disc.mean(axis=0)
    normal = np.linalg.svd(centred, full_matrices=False)[2][2]
    normal = normal if normal[2] >= 0 else -normal
    height = centred @ normal
    return _plane_midrange(disc[height <= np.percentile(height, 33)])


def body_centre(vertebra: np.ndarray) -> np.ndarray:
    """Centre of a vertebral body: the convex hull centroid of the anterior part of the vertebra.

    The body is the front :data:`BODY_FRACTION` of the bone along ``y`` (anterior is ``-y``);
    the arch, pedicles and processes lie behind it.
    """
    y = vertebra[:, 1]
    body = vertebra[y <= y.min() + BODY_FRACTION * np.ptp(y)]
    return _hull_centroid(body)


def _hull_centroid(points: np.ndarray) -> np.ndarray:
    from scipy.spatial import ConvexHull

    hull = ConvexHull(points)
    apex = points[hull.vertices].mean(axis=0)
    tris = points[hull.simplices]
    vols = np.einsum("ij,ij->i", tris[:, 0] - apex, np.cross(tris[:, 1] - apex, tris[:, 2] - apex))
    vols = np.abs(vols)
    centres = (tris.sum(axis=1) + apex) / 4.0
    return (centres * vols[:, None]).sum(axis=0) / vols.sum()


def fit_sphere(points: np.ndarray) -> tuple[np.ndarray, float]:
    """Least-squares sphere through ``points``: ``(centre, radius)``."""
    a = np.hstack([2.0 * points, np.ones((len(points), 1))])
    b = (points**2).sum(axis=1)
    sol = np.linalg.lstsq(a, b, rcond=None)[0]
    centre = sol[:3]
    return centre, float(np.sqrt(sol[3] + centre @ centre))


def femoral_head(femur: np.ndarray, *, radius_guess: float = 24.0) -> tuple[np.ndarray, float]:
    """Centre and radius of the femoral head, by a sphere fit to the head's surface alone.

    Starts one radius lateral of the most medial point of the proximal femur, then refits to
    the vertices lying within 4 mm of the current sphere (so the neck drops out).
    """
    proximal = femur[femur[:, 2] > femur[:, 2].max() - 80.0]
    lateral = np.sign(np.median(femur[:, 0]))
    tip = proximal[np.argmin(proximal[:, 0] * lateral)]
    centre, radius = tip + np.array([lateral * radius_guess, 0.0, 0.0]), radius_guess
    for _ in range(8):
        dist = np.linalg.norm(femur - centre, axis=1)
        shell = femur[np.abs(dist - radius) < 4.0]
        if len(shell) < 10:
            break
        centre, radius = fit_sphere(shell)
    return centre, radius


def lesser_trochanter(femur: np.ndarray, head_centre: np.ndarray, psoas: np.ndarray | None = None) -> np.ndarray:
    """The lesser trochanter, where the psoas tendon meets the femur.

    With ``psoas``, the centroid of the femur's contact zone with it (within :data:`CONTACT_MM`
    of the closest pair, below the head); otherwise the most posteromedial bump of the femur
    40–110 mm below the head centre.
    """
    if psoas is not None:
        below = femur[femur[:, 2] < head_centre[2] - 30.0]
        dist, _ = cKDTree(psoas).query(below)
        if dist.min() < 2.0 * CONTACT_MM:
            return below[dist < dist.min() + CONTACT_MM].mean(axis=0)
    lateral = np.sign(head_centre[0])
    band = femur[(femur[:, 2] < head_centre[2] - 40.0) & (femur[:, 2] > head_centre[2] - 110.0)]
    slab = np.floor(band[:, 2] / 5.0)
    centres = np.zeros_like(band)
    for key in np.unique(slab):
        sel = slab == key
        centres[sel] = band[sel].mean(axis=0)
    direction = np.array([-lateral, 1.0, 0.0]) / np.sqrt(2.0)
    return band[np.argmax((band - centres) @ direction)]


def tube_centreline(vertices: np.ndarray, *, step: float = 2.0) -> np.ndarray:
    """A rough centreline of a mostly vertical tube: slab centroids along ``z`` (bottom to top)."""
    slab = np.floor(vertices[:, 2] / step)
    keys = np.unique(slab)
    return np.array([vertices[slab == k].mean(axis=0) for k in keys])


def opening_position(tube: np.ndarray, diaphragm: np.ndarray, *, sectors: int = 16) -> np.ndarray:
    """Where a tube passes up through the diaphragm.

    For each centreline point (bottom to top), the diaphragm vertices within 4 mm in ``z`` and
    8–35 mm horizontally are binned by angle around it. Below the diaphragm few bins are full;
    where the tube enters the ring of the opening most are. The opening is the lowest point
    whose count reaches 70 % of the largest (above it, the posterior slopes of the domes also
    surround a tube that runs up the back, so the largest count alone is not the opening).
    """
    line = tube_centreline(tube)
    cover = np.zeros(len(line))
    tree = cKDTree(diaphragm)
    for i, p in enumerate(line):
        near = diaphragm[tree.query_ball_point(p, 36.0)]
        d = near - p
        horiz = np.hypot(d[:, 0], d[:, 1])
        ring = near[(np.abs(d[:, 2]) < 4.0) & (horiz > 8.0) & (horiz < 35.0)] - p
        angles = np.floor((np.arctan2(ring[:, 1], ring[:, 0]) + np.pi) / (2 * np.pi) * sectors)
        cover[i] = len(np.unique(angles))
    return line[int(np.argmax(cover >= 0.7 * cover.max()))]


def dome_apex(diaphragm: np.ndarray, side: float) -> np.ndarray:
    """Highest point of the right (``side=-1``) or left (``side=+1``) dome, over 40 mm from the midline."""
    half = diaphragm[diaphragm[:, 0] * side > 40.0]
    top = half[half[:, 2] > half[:, 2].max() - 3.0]
    return top.mean(axis=0)


def confluence(vein_a: np.ndarray, vein_b: np.ndarray) -> np.ndarray:
    """Where two veins meet: the centroid of their mutual contact zone (or their closest pair)."""
    d_a, idx = cKDTree(vein_b).query(vein_a)
    close = d_a < d_a.min() + CONTACT_MM
    if close.sum() < 3:
        i = int(np.argmin(d_a))
        return (vein_a[i] + vein_b[idx[i]]) / 2.0
    return (vein_a[close].mean(axis=0) + vein_b[idx[close]].mean(axis=0)) / 2.0


def top_region(vertices: np.ndarray, *, depth: float = 10.0) -> np.ndarray:
    """Centroid of the uppermost ``depth`` mm of a mesh (the azygos arch, for example)."""
    return vertices[vertices[:, 2] > vertices[:, 2].max() - depth].mean(axis=0)


def level_name(z: float, centres: dict[str, np.ndarray]) -> str:
    """Vertebral level of height ``z``: ``"T10"``, or ``"T8/T9"`` near the middle between two bodies."""
    levels = sorted(centres, key=lambda k: centres[k][2])
    zs = np.array([centres[k][2] for k in levels])
    i = int(np.argmin(np.abs(zs - z)))
    j = i + 1 if z > zs[i] else i - 1
    if 0 <= j < len(levels):
        frac = abs(z - zs[i]) / abs(zs[j] - zs[i])
        if frac > 0.35:
            lower, upper = sorted((i, j))
            return f"{levels[upper]}/{levels[lower]}"
    return levels[i]
