"""Psoas major and iliacus: spindle-shaped bellies swept along curved centrelines."""

from __future__ import annotations

import numpy as np

from anatoflow.anatomy.builtin import routes
from anatoflow.anatomy.builtin.primitives import Part, arc_fraction, sweep
from anatoflow.anatomy.landmarks import Landmarks

#: Fraction of the psoas length that is fleshy belly (the rest is tendon).
PSOAS_BELLY = (0.0, 0.78)
ILIACUS_BELLY = (0.0, 0.8)


def psoas(lm: Landmarks, side: float) -> Part:
    """Psoas major: an oval belly, widest at L4-L5, narrowing to its tendon."""
    r = routes.psoas(lm, side)
    t = arc_fraction(r.points)
    aspect = np.interp(t, [0, 0.3, 0.6, 0.85, 1.0], [0.9, 0.78, 0.8, 0.9, 1.0])
    return sweep(r.points, r.radius, n_around=36, aspect=aspect, up=(1.0, 0.0, 0.0))


def iliacus(lm: Landmarks, side: float) -> Part:
    """Iliacus: a flat fan in the iliac fossa converging on the psoas tendon."""
    r = routes.iliacus(lm, side)
    t = arc_fraction(r.points)
    aspect = np.interp(t, [0, 0.4, 0.7, 1.0], [0.28, 0.35, 0.7, 1.0])
    return sweep(r.points, r.radius, n_around=36, aspect=aspect, up=(side * 0.55, -0.83, 0.0))


def build_muscles(lm: Landmarks) -> dict[str, Part]:
    """Muscle meshes by structure id."""
    return {
        "psoas_major_l": psoas(lm, 1.0),
        "psoas_major_r": psoas(lm, -1.0),
        "iliacus_l": iliacus(lm, 1.0),
        "iliacus_r": iliacus(lm, -1.0),
    }
