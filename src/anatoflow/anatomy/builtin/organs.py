"""Organs for context: lungs resting on the domes, heart on the central tendon, oesophagus, liver."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.spatial import cKDTree

from anatoflow.anatomy.builtin import diaphragm as dia
from anatoflow.anatomy.builtin import routes
from anatoflow.anatomy.builtin.primitives import Part, _pole_loft, ellipsoid, merge, rotation_to, smooth_curve, sweep
from anatoflow.anatomy.landmarks import Landmarks

HeightFn = Callable[[np.ndarray], np.ndarray]


def dome_surface(lm: Landmarks, *, upper: bool, reach: float = 10.0) -> HeightFn:
    """Height of the diaphragm's upper (lower) face over any (x, y): the highest (lowest) point of
    the face within ``reach`` mm, so organs offset from it clear steep parts of the dome too."""
    grid = dia.dome_grid(lm)
    sheet = dia.thick_sheet(grid, dia.THICKNESS)
    tendon = dia.central_tendon(lm)
    pts = np.vstack([sheet.vertices, tendon.vertices])
    fill = dia.tendon_outline(lm)
    fill = np.vstack([fill, fill + 0.5 * (fill.mean(axis=0) - fill), fill.mean(axis=0)[None]])
    pts = np.vstack([pts, np.column_stack([fill, dia.tendon_height(lm, fill) + (1.5 if upper else -1.5)])])
    tree = cKDTree(pts[:, :2])
    sign = 1.0 if upper else -1.0

    def height(q: np.ndarray) -> np.ndarray:
        d, idx = tree.query(q, k=48, distance_upper_bound=reach)
        z = np.where(np.isfinite(d), pts[np.minimum(idx, len(pts) - 1), 2] * sign, -np.inf)
        best = z.max(axis=1)
        _, nearest = tree.query(q, k=1)
        return np.where(np.isfinite(best), best, pts[nearest, 2] * sign) * sign

    return height


def blob_between(outline: np.ndarray, bottom: HeightFn, top: HeightFn, *, n_t: int = 22,
                 power: float = 3.0) -> Part:
    """A closed organ between two height fields over a closed outline (x, y).

    Horizontal sections shrink towards both poles with a superellipse profile, so the base
    follows ``bottom`` (e.g. a dome) and the top is rounded.
    """
    centre = outline.mean(axis=0)
    t = np.linspace(-1.0, 1.0, n_t)
    s = (1.0 - np.abs(t) ** power) ** (1.0 / power)
    rings = []
    for tk, sk in zip(t, s):
        xy = centre + sk * (outline - centre)
        zb, zt = bottom(xy), top(xy)
        rings.append(np.column_stack([xy, zb + (zt - zb) * (tk + 1.0) / 2.0]))
    return _pole_loft(np.asarray(rings))


def _closed(points: list, n: int) -> np.ndarray:
    pts = np.asarray(points, dtype=float)
    closed = np.vstack([pts, pts[:1]])
    return smooth_curve(np.column_stack([closed, np.zeros(len(closed))]), n + 1)[:-1, :2]


def lung(lm: Landmarks, side: float) -> Part:
    """Lower part of a lung: its base sits just above the dome, its medial face clears the mediastinum."""
    if side < 0:
        ctrl = [(-110, -40), (-106, -76), (-86, -92), (-62, -90), (-54, -70), (-48, -38), (-32, -14),
                (-32, 2), (-48, 14), (-74, 28), (-98, 24), (-110, 2)]
    else:
        ctrl = [(110, -40), (106, -72), (98, -86), (88, -74), (80, -46), (44, -22), (40, 0),
                (48, 14), (74, 28), (98, 24), (110, 2)]
    ctrl = [(x, y + 0.0) for x, y in ctrl]
    outline = _closed(ctrl, 64)
    if side > 0:
        outline = outline[::-1]
    up = dome_surface(lm, upper=True)
    z_top = float(lm.vertebra("T4")[2]) + 30.0
    part = blob_between(outline, lambda q: up(q) + 3.0, lambda q: np.full(len(q), z_top), n_t=26)
    return part


def liver(lm: Landmarks) -> Part:
    """The liver region under the right dome (drawn translucent)."""
    ctrl = [(-116, -40), (-110, -80), (-88, -98), (-40, -104), (2, -100), (20, -92), (14, -82),
            (-6, -74), (-14, -62), (-36, -40), (-44, -22), (-70, -4), (-104, 0)]
    outline = _closed(ctrl, 60)
    low = dome_surface(lm, upper=False)
    z0 = float(lm.vertebra("L1")[2])

    def bottom(q: np.ndarray) -> np.ndarray:
        return z0 + 2.0 + 0.22 * (q[:, 0] + 120.0)

    return blob_between(outline, bottom, lambda q: low(q) - 2.0, n_t=22, power=4.0)


def heart(lm: Landmarks) -> Part:
    """The heart on the central tendon: ventricles pointing forward-left-down, atria behind and right."""
    cav = lm.get("opening.caval")
    base = np.array([cav[0] + 30.0, cav[1] - 32.0, cav[2] + 34.0])
    rot = rotation_to((0.62, -0.55, -0.56))
    ventricles = ellipsoid(base, (36, 32, 52), rotation=rot, n_lat=24, n_lon=32, power=0.9)
    right_atrium = ellipsoid((cav[0] - 4, cav[1] - 10, cav[2] + 44), (22, 22, 28), n_lat=16, n_lon=24)
    left_atrium = ellipsoid((cav[0] + 26, cav[1] + 2, cav[2] + 52), (26, 16, 18), n_lat=14, n_lon=22)
    return merge([ventricles, right_atrium, left_atrium])


def oesophagus(lm: Landmarks) -> Part:
    """The oesophagus from the top of the model through the hiatus to the cardia of the stomach."""
    r = routes.oesophagus(lm)
    return sweep(r.points, r.radius, n_around=24, round_ends=True)


def build_organs(lm: Landmarks) -> dict[str, Part]:
    """Organ meshes by structure id."""
    return {
        "lung_l": lung(lm, 1.0),
        "lung_r": lung(lm, -1.0),
        "heart": heart(lm),
        "oesophagus": oesophagus(lm),
        "liver": liver(lm),
    }
