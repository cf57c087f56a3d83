"""The camera a user has turned the view to, as the URL and the player hold it.

The app keeps it as six numbers, the eye and the point looked at, ``[x, y, z, x, y, z]`` in the
model's LPS frame (mm, whole millimetres), so a shared URL reads in the model's own terms
(``pose=0,-900,150,0,0,150``: in front of the body, looking at a point 15 cm above S1). The
browser's player works in glTF metres; :func:`to_player_pose` and :func:`from_player_pose`
convert between the two. An empty list means "the camera preset".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from anatoflow.anatomy.frame import from_gltf, to_gltf

#: Farthest a pose may lie from the origin along any axis (mm).
POSE_LIMIT_MM = 5000.0


def to_player_pose(pose_mm: Sequence[float]) -> list[float]:
    """``[eye, target]`` in LPS mm -> the player's glTF metres (``[]`` stays ``[]``)."""
    if len(pose_mm) != 6:
        return []
    return [round(float(v), 3) for v in to_gltf(np.reshape(np.asarray(pose_mm, float), (2, 3))).ravel()]


def from_player_pose(values: Sequence[float]) -> list[float]:
    """The player's ``[eye, target]`` (glTF metres) -> LPS whole millimetres, clamped to
    :data:`POSE_LIMIT_MM`; ``[]`` for anything that is not six finite numbers."""
    try:
        points = np.asarray(values, float).reshape(2, 3)
    except (TypeError, ValueError):
        return []
    if not np.isfinite(points).all():
        return []
    mm = np.clip(np.round(from_gltf(points)), -POSE_LIMIT_MM, POSE_LIMIT_MM)
    return [float(v) + 0.0 for v in mm.ravel()]


def parse_pose(text: str) -> tuple[list[float], str | None]:
    """A pose from URL text ``"x,y,z,x,y,z"`` (mm) and a plain-text notice when it was fixed.

    Returns ``([], notice)`` for text that is not six finite numbers or puts the eye on the
    target; values beyond :data:`POSE_LIMIT_MM` are clamped, with a notice.
    """
    parts = text.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return [], "pose: not six numbers, ignored"
    if len(values) != 6 or not all(math.isfinite(v) for v in values):
        return [], "pose: not six numbers, ignored"
    clamped = [float(round(min(max(v, -POSE_LIMIT_MM), POSE_LIMIT_MM))) + 0.0 for v in values]
    if clamped[:3] == clamped[3:]:
        return [], "pose: the eye is on the target, ignored"
    limit = f"{POSE_LIMIT_MM:g}"
    fixed = any(abs(v) > POSE_LIMIT_MM for v in values)
    return clamped, (f"pose: beyond ±{limit} mm, clamped" if fixed else None)


def pose_text(pose: Sequence[float]) -> str:
    """``"x,y,z,x,y,z"`` for the URL (whole millimetres)."""
    return ",".join(f"{int(round(v))}" for v in pose)
