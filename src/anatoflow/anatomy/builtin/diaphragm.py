"""The diaphragm: muscular domes with the costal part, central tendon, crura and arcuate ligaments.

The openings are real holes: the caval opening is a hole in the central tendon, the
oesophageal hiatus a ring of right-crus fibres, and the aortic hiatus the arch between the
median arcuate ligament, the crura and the T12 body.
"""

from __future__ import annotations

import numpy as np

from anatoflow.anatomy.builtin.primitives import Part, merge, rotation_to, smooth_curve, sweep, thick_sheet
from anatoflow.anatomy.landmarks import Landmarks

THICKNESS = 4.0
#: Clear radius of the caval opening and semi-axes of the oesophageal hiatus (mm).
CAVAL_HOLE = 14.5
HIATUS_AXES = (13.5, 17.0)


def _tendon_points(lm: Landmarks) -> np.ndarray:
    """Control points (x, y) of the trefoil central tendon, placed from the caval opening."""
    cav = lm.get("opening.caval")
    pts = np.array([
        (0, -92), (24, -88), (42, -74), (50, -58), (42, -44), (28, -48), (16, -63), (8, -67),
        (-4, -38), (-20, -26), (-40, -24), (-52, -40), (-48, -66), (-30, -86),
    ], dtype=float)
    return pts + (cav[0] + 18.0, cav[1] + 50.0)


def tendon_outline(lm: Landmarks) -> np.ndarray:
    """Closed outline (x, y) of the central tendon, 200 points, counter-clockwise seen from above."""
    pts = _tendon_points(lm)
    closed = np.vstack([pts, pts[:1]])
    return smooth_curve(np.column_stack([closed, np.zeros(len(closed))]), 201)[:-1, :2]


def tendon_height(lm: Landmarks, xy: np.ndarray) -> np.ndarray:
    """Height of the central tendon mid-surface: tilted down to the left and forward."""
    cav = lm.get("opening.caval")
    dx = xy[..., 0] - cav[0]
    return cav[2] - 7.0 - 0.12 * dx - 0.2 * np.maximum(dx, 0.0) + 0.06 * (xy[..., 1] - cav[1])


def central_tendon(lm: Landmarks) -> Part:
    """The central tendon: a thin trefoil sheet with the caval opening as a hole."""
    cav = lm.get("opening.caval")
    outline = tendon_outline(lm)
    start = int(np.argmin(np.abs(np.arctan2(*(outline - cav[:2]).T[::-1]))))
    outline = np.roll(outline, -start, axis=0)
    n = 80
    outer = outline[(np.arange(n) * len(outline)) // n]
    psi = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    inner = cav[:2] + CAVAL_HOLE * np.column_stack([np.cos(psi), np.sin(psi)])
    v = np.linspace(0.0, 1.0, 12)
    xy = inner[:, None, :] + (outer - inner)[:, None, :] * v[None, :, None]
    for _ in range(150):  # relax the interior towards a harmonic map (no folds)
        avg = 0.25 * (np.roll(xy, 1, axis=0) + np.roll(xy, -1, axis=0))[:, 1:-1]
        avg += 0.25 * (xy[:, :-2] + xy[:, 2:])
        xy[:, 1:-1] = avg
    z = tendon_height(lm, xy)
    grid = np.concatenate([xy, z[..., None]], axis=-1)
    return thick_sheet(grid, 3.0, periodic_u=True)


def _outer_boundary(lm: Landmarks, n: int) -> np.ndarray:
    """Costal and lumbar attachment line from the right medial arcuate ligament round to the left."""
    l1, t12 = lm.vertebra("L1"), lm.vertebra("T12")
    z0 = l1[2] + 8.0
    right = [(-46, l1[1] + 17, z0), (-60, l1[1] + 30, z0 + 4), (-88, 30, z0 + 18), (-116, 14, z0 + 10),
             (-126, -22, z0 - 2), (-120, -66, z0 - 14), (-98, -102, z0 + 2), (-58, -116, z0 + 42)]
    left = [(-x, y, z - 6 if x < -80 else z) for x, y, z in reversed(right)]
    front = [(0, -120, t12[2] + 55)]
    return smooth_curve(np.array([*right, *front, *left], dtype=float), n)


def _inner_boundary(lm: Landmarks, n: int) -> np.ndarray:
    """The tendon edge the muscle joins: from its right-posterior corner, round the front, to the left."""
    pts = _tendon_points(lm)
    centre = pts.mean(axis=0)
    path = pts[[9, 10, 11, 12, 13, 0, 1, 2, 3, 4, 5]]
    inset = path + 6.0 * (centre - path) / np.linalg.norm(centre - path, axis=1, keepdims=True)
    return smooth_curve(np.column_stack([inset, tendon_height(lm, inset)]), n)


def dome_height(lm: Landmarks, xy: np.ndarray) -> np.ndarray:
    """Height field of the two domes (right higher), peaking at the dome apex landmarks."""
    out = None
    for name in ("right_dome_apex", "left_dome_apex"):
        apex = lm.get(name)
        d2 = ((xy[..., 0] - apex[0]) / 70.0) ** 2 + ((xy[..., 1] - apex[1]) / 85.0) ** 2
        z = apex[2] - 55.0 * d2
        out = z if out is None else np.maximum(out, z)
    return out


def dome_grid(lm: Landmarks, *, nu: int = 110, nv: int = 36) -> np.ndarray:
    """Mid-surface of the muscular diaphragm: tendon edge -> dome -> vertical costal wall."""
    inner, outer = _inner_boundary(lm, nu), _outer_boundary(lm, nu)
    fr = np.linspace(0.15, 0.7, 23)
    cand = inner[:, None, :2] + fr[None, :, None] * (outer[:, None, :2] - inner[:, None, :2])
    best = np.argmax(dome_height(lm, cand), axis=1)
    apex_xy = cand[np.arange(nu), best]
    z_apex = np.maximum(dome_height(lm, apex_xy), np.maximum(inner[:, 2] + 2.0, outer[:, 2] + 8.0))
    v = np.linspace(0.0, 1.0, nv)
    va = 0.4
    grid = np.empty((nu, nv, 3))
    for j, t in enumerate(v):
        if t <= va:
            s = t / va
            xy = inner[:, :2] + (apex_xy - inner[:, :2]) * s
            z = inner[:, 2] + (z_apex - inner[:, 2]) * np.sin(0.5 * np.pi * s)
        else:
            s = (t - va) / (1 - va)
            xy = apex_xy + (outer[:, :2] - apex_xy) * np.sin(0.5 * np.pi * s)
            z = outer[:, 2] + (z_apex - outer[:, 2]) * np.cos(0.5 * np.pi * s)
        grid[:, j, :2] = xy
        grid[:, j, 2] = z
    return grid


def diaphragm(lm: Landmarks) -> Part:
    """Muscular domes and costal part: a 4 mm thick sheet from the tendon to the ribs."""
    return thick_sheet(dome_grid(lm), THICKNESS)


def hiatus_frame(lm: Landmarks) -> tuple[np.ndarray, np.ndarray]:
    """Centre and rotation of the oesophageal hiatus (columns: across, front-to-back in plane, normal).

    The plane tilts so its back rim is lower, across the oblique course of the oesophagus.
    """
    centre = lm.get("opening.oesophageal")
    n = np.array([-0.2, 0.35, 1.0])
    n /= np.linalg.norm(n)
    back = np.array([0.0, 1.0, 0.0]) - n[1] * n
    back /= np.linalg.norm(back)
    return centre, np.stack([np.cross(back, n), back, n], axis=1)


def _ring(centre: np.ndarray, rot: np.ndarray, axes: tuple[float, float], width: float,
          thickness: float, n: int = 48) -> Part:
    psi = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    v = np.linspace(0.0, 1.0, 4)
    ax = axes[0] + width * v[None, :]
    ay = axes[1] + width * v[None, :]
    local = np.stack([ax * np.cos(psi)[:, None], ay * np.sin(psi)[:, None], np.zeros((n, 4))], axis=-1)
    grid = local @ rot.T + centre
    return thick_sheet(grid, thickness, periodic_u=True)


def _band(points: list, r0: float, r1: float, n: int) -> Part:
    return sweep(smooth_curve(np.asarray(points, dtype=float), n), np.linspace(r0, r1, n), n_around=16,
                 aspect=0.45, up=(1.0, 0.0, 0.0))


def crus(lm: Landmarks, side: float) -> Part:
    """A crus: a tendinous-muscular band from the lumbar bodies up to the tendon.

    The right crus (``side`` = -1) reaches L3, passes in front of the aorta and splits round
    the oesophageal hiatus (the ring) before joining the central tendon; the left reaches L2.
    """
    v = lm.vertebrae
    a = lm.get("opening.aortic")
    if side < 0:
        centre, rot = hiatus_frame(lm)
        w = HIATUS_AXES[1] + 4.0
        back, front = centre + rot[:, 1] * w, centre - rot[:, 1] * w
        low = [v["L3"] + (-9, -19, 0), v["L2"] + (-13, -18, 0), v["L1"] + (-16, -20, 0),
               (a[0] - 22, a[1] + 1, a[2]), (a[0] - 6, a[1] - 6, a[2] + 25), back + (0, -2, -4), back]
        tendon = np.array([front[0] - 2, front[1] + 4, 0.0])
        tendon[2] = tendon_height(lm, tendon[:2]) - 3.0
        top = [front, 0.5 * (front + tendon) + (0, -3, 2), tendon]
        return merge([_band(low, 4.5, 8.0, 40), _ring(centre, rot, HIATUS_AXES, 5.5, 7.0),
                      _band(top, 8.0, 9.0, 12)])
    corner = np.array([42.0, -44.0, 0.0]) + (lm.get("opening.caval")[0] + 18, lm.get("opening.caval")[1] + 50, 0)
    corner[2] = tendon_height(lm, corner[:2]) - 2
    low = [v["L2"] + (27, -16, 0), v["L1"] + (28, -17, 0), (a[0] + 21, a[1] + 3, a[2]),
           (a[0] + 26, a[1] + 2, a[2] + 25), (a[0] + 33, a[1] - 1, a[2] + 50), corner]
    return _band(low, 4.5, 8.0, 36)


def median_arcuate(lm: Landmarks) -> Part:
    """The median arcuate ligament: a fibrous arch joining the crura in front of the aorta at T12."""
    a = lm.get("opening.aortic")
    ang = np.linspace(np.radians(200), np.radians(-20), 20)
    r = 19.0
    pts = np.stack([a[0] + r * np.cos(ang), a[1] - r * np.sin(ang) * 0.9 - 1, a[2] + 4 + 3 * np.sin(ang)], axis=1)
    return sweep(pts, 3.2, n_around=12, aspect=1.8, up=(0, 0, 1))


def medial_arcuate(lm: Landmarks, side: float) -> Part:
    """A medial arcuate ligament: arch over the upper psoas from the L1 body to its transverse process."""
    l1 = lm.vertebra("L1")
    pts = [l1 + (side * 22, -16, 4), l1 + (side * 36, -16, 8), l1 + (side * 50, -4, 8),
           l1 + (side * 54, 26, 4)]
    return sweep(smooth_curve(pts, 20), 2.8, n_around=10, aspect=1.8, up=(0, 0, 1))


def build_diaphragm(lm: Landmarks) -> dict[str, Part]:
    """All parts of the diaphragm by structure id."""
    return {
        "diaphragm": diaphragm(lm),
        "right_crus": crus(lm, -1.0),
        "left_crus": crus(lm, 1.0),
        "central_tendon": central_tendon(lm),
        "median_arcuate_ligament": median_arcuate(lm),
        "medial_arcuate_ligament_l": medial_arcuate(lm, 1.0),
        "medial_arcuate_ligament_r": medial_arcuate(lm, -1.0),
    }
