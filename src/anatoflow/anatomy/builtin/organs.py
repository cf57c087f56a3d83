"""Organs for context: lungs resting on the domes (lungs.py), heart on the central tendon (heart.py),
oesophagus, liver."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
from scipy.spatial import cKDTree

from anatoflow.anatomy.builtin import diaphragm as dia
from anatoflow.anatomy.builtin import routes
from anatoflow.anatomy.builtin.heart import heart
from anatoflow.anatomy.builtin.lungs import lung
from anatoflow.anatomy.builtin.primitives import Part, _pole_loft, smooth_curve, sweep
from anatoflow.anatomy.proximity import surface_samples
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


def oesophagus(lm: Landmarks) -> Part:
    """The oesophagus from the top of the model through the hiatus to the cardia of the stomach."""
    r = routes.oesophagus(lm)
    return sweep(r.points, r.radius, n_around=24, round_ends=True)


#: Neighbours the lungs keep clear of (besides the heart); the diaphragm is their floor instead.
LUNG_NEIGHBOURS = ("aorta", "superior_vena_cava", "inferior_vena_cava", "azygos_vein", "thoracic_duct",
                   "vagus_l", "vagus_r", "oesophageal_plexus", "right_crus", "left_crus",
                   *(f"vertebra_t{n}" for n in range(6, 13)),
                   *(f"rib_{n:02d}_{s}" for n in range(7, 13) for s in ("l", "r")))


def build_organs(lm: Landmarks, neighbours: Mapping[str, Part]) -> dict[str, Part]:
    """Organ meshes by structure id; ``neighbours`` holds the structures already built (the
    lungs are shaped around them)."""
    floor = dome_surface(lm, upper=True)
    gullet = oesophagus(lm)
    the_heart = heart(lm, floor)
    near = [the_heart, gullet, *(neighbours[k] for k in LUNG_NEIGHBOURS if k in neighbours)]
    samples = np.vstack([surface_samples(p.vertices, p.faces, spacing=2.0) for p in near])
    samples = samples[samples[:, 2] > float(lm.vertebra("T12")[2])]
    return {
        "lung_l": lung(lm, 1.0, floor, samples),
        "lung_r": lung(lm, -1.0, floor, samples),
        "heart": the_heart,
        "oesophagus": gullet,
        "liver": liver(lm),
    }
