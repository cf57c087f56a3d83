"""The heart: a blunt ventricular cone with its apex forward, down and to the left, the atria
behind it and to the right, and the stumps of the ascending aorta and pulmonary trunk on top.

Sizes and the long axis follow the BodyParts3D heart walls (long axis about 100 mm, pointing
(0.76, -0.43, -0.49) in LPS), moved forward to the built-in model's shallower mediastinum.
The heart lies on the central tendon: whatever would dip below the diaphragm's upper face is
lifted onto it, which flattens the diaphragmatic surface as in the real organ.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from anatoflow.anatomy.builtin.primitives import Part, _pole_loft, ellipsoid, merge, smooth_curve, sweep
from anatoflow.anatomy.landmarks import Landmarks

HeightFn = Callable[[np.ndarray], np.ndarray]

#: Gap kept above the diaphragm's upper face (mm).
FLOOR_GAP = 2.0


def _cone_frame(axis: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors across ``axis``: ``up`` (the part of +z across it) and ``side``."""
    up = np.array([0.0, 0.0, 1.0]) - axis[2] * axis
    up /= np.linalg.norm(up)
    return up, np.cross(axis, up)


def ventricles(base: np.ndarray, apex: np.ndarray, half_width: float, half_height: float) -> Part:
    """A blunt cone from a rounded base cap to a rounded apex, its section an ellipse wider across
    than up (the diaphragmatic surface is flatter)."""
    length = float(np.linalg.norm(apex - base))
    axis = (apex - base) / length
    up, side = _cone_frame(axis)
    s = np.concatenate([np.linspace(-0.2, 0.0, 6)[:-1], np.linspace(0.0, 1.0, 26)])
    shrink = np.where(s < 0, np.sqrt(np.clip(1.0 - (s / 0.2) ** 2, 0.0, 1.0)),
                      np.sqrt(np.clip(1.0 - np.abs(s) ** 2.4, 0.0, 1.0)) * (1.0 - 0.28 * np.clip(s, 0, 1)))
    phi = np.linspace(0.0, 2 * np.pi, 36, endpoint=False)
    across = half_width * np.cos(phi)[:, None] * side + half_height * np.sin(phi)[:, None] * up
    bulge = 0.18 * half_height * np.maximum(np.sin(phi), 0.0)[:, None] * up  # rounder sternocostal face
    rings = base + (s * length)[:, None, None] * axis + shrink[:, None, None] * (across + bulge)[None]
    return _pole_loft(rings)


def heart(lm: Landmarks, floor: HeightFn) -> Part:
    """The heart on the central tendon, placed from the caval opening."""
    cav = lm.get("opening.caval")
    o = np.array([cav[0], cav[1], cav[2]])
    base = o + (26.0, -28.0, 36.0)
    apex = o + (96.0, -62.0, -12.0)
    parts = [
        ventricles(base, apex, 46.0, 37.0),
        ellipsoid(o + (-13.0, -10.0, 29.0), (19, 22, 27), n_lat=16, n_lon=28),  # right atrium
        ellipsoid(o + (-2.0, -30.0, 51.0), (12, 9, 11), n_lat=10, n_lon=16),  # right auricle
        ellipsoid(o + (34.0, -6.0, 51.0), (28, 12, 15), n_lat=14, n_lon=28),  # left atrium
        ellipsoid(o + (60.0, -26.0, 52.0), (11, 9, 8), n_lat=10, n_lon=16),  # left auricle
        sweep(smooth_curve([o + (28, -24, 34), o + (28, -20, 64), o + (24, -16, 96)], 14), 12.5,
              n_around=24, up=(1, 0, 0)),  # ascending aorta
        sweep(smooth_curve([o + (44, -44, 30), o + (48, -36, 66), o + (46, -20, 92)], 14), 12.0,
              n_around=24, up=(1, 0, 0)),  # pulmonary trunk
    ]
    part = merge(parts)
    v = part.vertices.copy()
    v[:, 2] = np.maximum(v[:, 2], floor(v[:, :2]) + FLOOR_GAP)
    return Part(v, part.faces)
