"""The lungs: tall half-cones from the diaphragm domes up to a rounded apex above the first rib.

Each lung is a stack of horizontal sections around a moving centre. A section starts as a
rounded box (lateral, medial, anterior and posterior extents taken from a height table shaped
on the BodyParts3D thorax) and is then cut back, ray by ray from its centre, wherever it would
come within a clearance of a neighbour (heart, great vessels, oesophagus, nerves, vertebrae,
ribs). The cut is what gives the medial surface its impressions: the heart carves the cardiac
impression and, on the left, the cardiac notch. The lowest sections lie on the dome below.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import ndimage

from anatoflow.anatomy.builtin.primitives import Part, _pole_loft
from anatoflow.anatomy.landmarks import Landmarks

HeightFn = Callable[[np.ndarray], np.ndarray]

#: Height fraction (0: dome apex of that side, 1: lung apex) and section extents (mm, ``x``
#: towards the side of the lung): lateral, medial, anterior, posterior; then the polar centre.
PROFILE = np.array([
    # w,    lat,   med,  ant,   post,  cx,   cy
    (0.00, 114.0, 18.0, -108.0, 34.0, 88.0, -14.0),
    (0.10, 118.0, 18.0, -116.0, 44.0, 88.0, -12.0),
    (0.25, 119.0, 18.0, -118.0, 50.0, 84.0, -10.0),
    (0.40, 114.0, 18.0, -112.0, 50.0, 78.0, -8.0),
    (0.55, 104.0, 18.0, -98.0, 46.0, 70.0, -6.0),
    (0.70, 89.0, 20.0, -76.0, 40.0, 60.0, -3.0),
    (0.80, 76.0, 23.0, -56.0, 32.0, 52.0, 0.0),
    (0.88, 63.0, 27.0, -38.0, 25.0, 46.0, 2.0),
])
#: Height fraction where the rounded apical cap begins.
CAP_START = 0.88
#: Lung apex above the T1 body centre (mm); the cupola reaches the neck of the first rib.
APEX_ABOVE_T1 = 6.0
#: Gap kept from every neighbour (mm) and from the dome below.
CLEARANCE = 3.0
#: Deepest reach of the base below the dome apex of its side (mm): the costodiaphragmatic recess
#: stops short of the lower ribs.
RECESS_DEPTH = 40.0
SUPERELLIPSE = 2.2
N_AROUND = 72


def t1_level(lm: Landmarks) -> float:
    """Height of the T1 body centre, extrapolated upward from T4 with the T4/T5 spacing."""
    t4, t5 = lm.vertebra("T4")[2], lm.vertebra("T5")[2]
    return float(t4 + 3.0 * (t4 - t5))


def apex_height(lm: Landmarks) -> float:
    """Height of the lung apices (mm)."""
    return t1_level(lm) + APEX_ABOVE_T1


def _section(w: float, side: float, angles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Polar centre (x, y) and radius per angle of the uncut section at height fraction ``w``."""
    row = np.array([np.interp(min(w, CAP_START), PROFILE[:, 0], PROFILE[:, k]) for k in range(7)])
    _, lat, med, ant, post, cx, cy = row
    c, s = np.cos(angles), np.sin(angles)
    toward_side = c * side > 0
    a = np.where(toward_side, lat - cx, cx - med)
    b = np.where(s < 0, cy - ant, post - cy)
    r = (np.abs(c / a) ** SUPERELLIPSE + np.abs(s / b) ** SUPERELLIPSE) ** (-1.0 / SUPERELLIPSE)
    if w > CAP_START:  # the apical cap: a rounded dome that carries on the taper below it
        tau = (w - CAP_START) / (1.0 - CAP_START)
        r = r * np.sqrt(max(1.0 - tau * tau, 0.0)) * (1.0 - 0.3 * tau)
    return np.array([side * cx, cy]), r


def _heights(n_wall: int) -> np.ndarray:
    """Height fractions of the wall sections: dense near the base and near the apex."""
    u = np.linspace(0.0, 1.0, n_wall)
    w = u - 0.06 * np.sin(2 * np.pi * u)
    cap = CAP_START + (1.0 - CAP_START) * np.sin(0.5 * np.pi * np.linspace(0.0, 1.0, 9))[1:-1]
    return np.sort(np.concatenate([w[w < CAP_START * 0.97] * 1.0, [CAP_START], cap]))


def clip_radii(centre: np.ndarray, angles: np.ndarray, radii: np.ndarray, z: np.ndarray,
               obstacles: np.ndarray, *, clearance: float, slab: float) -> np.ndarray:
    """Shorten each ray from ``centre`` to stop ``clearance`` before the first obstacle point.

    Parameters
    ----------
    centre : (2,) array
        Start of the rays (x, y).
    angles, radii, z : (M,) arrays
        Direction, length and height of each ray.
    obstacles : (N, 3) array
        Points to keep clear of (dense surface samples).
    clearance : float
        Gap kept from the obstacles (mm).
    slab : float
        Obstacle points within this height of a ray count for it.
    """
    near = np.abs(obstacles[:, 2, None] - z[None, :]).min(axis=1) < slab
    pts = obstacles[near]
    if not len(pts):
        return radii
    d = pts[:, :2] - centre
    u = np.column_stack([np.cos(angles), np.sin(angles)])
    t = d @ u.T
    perp = np.abs(d[:, :1] * u[None, :, 1] - d[:, 1:] * u[None, :, 0])
    step = 2.0 * np.pi / len(angles)
    blocks = (t > 0) & (perp < clearance + 0.5 * step * t) & (np.abs(pts[:, 2, None] - z[None, :]) < slab)
    hit = np.where(blocks, t - clearance, np.inf).min(axis=0)
    return np.minimum(radii, np.maximum(hit, 2.0))


def _smooth_cut(uncut: np.ndarray, cut: np.ndarray, half: tuple[int, int]) -> np.ndarray:
    """Smooth a cut (rings, angles) radius table without making it longer anywhere.

    The kept share ``cut / uncut`` is eroded (minimum filter) and then averaged over a window
    no wider than the erosion, so the result never exceeds the cut and stays positive.
    """
    size = (2 * half[0] + 1, 2 * half[1] + 1)
    kept = ndimage.minimum_filter(cut / uncut, size=size, mode=("nearest", "wrap"))
    kept = ndimage.uniform_filter(kept, size=size, mode=("nearest", "wrap"))
    return np.minimum(uncut * kept, cut)


def lung(lm: Landmarks, side: float, floor: HeightFn, obstacles: np.ndarray) -> Part:
    """A lung of side ``side`` (+1 left, -1 right).

    Parameters
    ----------
    lm : Landmarks
        The landmark table.
    side : float
        +1 for the left lung, -1 for the right.
    floor : callable
        Height of the diaphragm's upper face over (x, y); the base lies just above it.
    obstacles : (N, 3) array
        Surface samples of the neighbours the lung must keep clear of.
    """
    apex_pt = lm.get("left_dome_apex" if side > 0 else "right_dome_apex")
    z_base, z_apex = float(apex_pt[2]), apex_height(lm)
    dome = floor

    def floor(q: np.ndarray) -> np.ndarray:
        return np.maximum(dome(q), z_base - RECESS_DEPTH)

    angles = np.linspace(0.0, 2 * np.pi, N_AROUND, endpoint=False)
    ws = _heights(34)
    centres, radii = zip(*(_section(w, side, angles) for w in ws))
    centres, radii = np.array(centres), np.array(radii)
    u = np.column_stack([np.cos(angles), np.sin(angles)])

    def rings_xyz(r: np.ndarray) -> np.ndarray:
        xy = centres[:, None, :] + r[..., None] * u[None]
        edge = floor(xy[0]) + CLEARANCE
        flat = z_base + ws * (z_apex - z_base)
        blend = np.clip(ws / 0.3, 0.0, 1.0)
        blend = blend * blend * (3 - 2 * blend)
        z = edge[None, :] + (flat[:, None] - edge[None, :]) * blend[:, None]
        lifted = floor(xy.reshape(-1, 2)).reshape(z.shape) + CLEARANCE
        return np.concatenate([xy, np.maximum(z, lifted)[..., None]], axis=-1)

    uncut = radii.copy()
    for _ in range(2):  # the base follows the dome, so its height changes with the cut
        rings = rings_xyz(radii)
        cut = np.array([clip_radii(centres[k], angles, uncut[k], rings[k, :, 2], obstacles,
                                   clearance=CLEARANCE, slab=6.0) for k in range(len(ws))])
        radii = _smooth_cut(uncut, cut, (0, 1))
    rings = rings_xyz(radii)
    return _close_lung(rings, floor, z_apex)


def _close_lung(wall: np.ndarray, floor: HeightFn, z_apex: float) -> Part:
    """Close the wall rings with a base lying on ``floor`` and a pole at the apex."""
    edge = wall[0]
    centre = edge[:, :2].mean(axis=0)
    base = []
    for s in (0.18, 0.4, 0.6, 0.78, 0.92):
        xy = centre + s * (edge[:, :2] - centre)
        base.append(np.column_stack([xy, floor(xy) + CLEARANCE]))
    bottom = np.array([[*centre, float(floor(centre[None])[0]) + CLEARANCE]] * len(edge))
    top = np.repeat(wall[-1].mean(axis=0, keepdims=True), len(edge), axis=0)
    top[:, 2] = z_apex
    return _pole_loft(np.concatenate([bottom[None], np.array(base), wall, top[None]]))
