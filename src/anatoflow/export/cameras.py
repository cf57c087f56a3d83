"""Camera presets for the exports' player, from the model's own bounds and landmarks.

A preset is ``{"position": [x, y, z], "target": [x, y, z], "up": [x, y, z],
"label": {"en": ..., "nb": ...}}`` in the LPS frame (mm). :func:`to_player` converts
presets to the glTF frame (metres) that the browser player works in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from anatoflow.anatomy.frame import to_gltf

#: name -> (direction from the target to the camera in LPS, distance factor, label en, label nb)
_VIEWS: dict[str, tuple[tuple[float, float, float], float, str, str]] = {
    "anterior": ((0.0, -1.0, 0.0), 1.0, "Anterior", "Forfra"),
    "posterior": ((0.0, 1.0, 0.0), 1.0, "Posterior", "Bakfra"),
    "left_lateral": ((1.0, 0.0, 0.0), 1.0, "Left side", "Venstre side"),
    "right_lateral": ((-1.0, 0.0, 0.0), 1.0, "Right side", "Høyre side"),
    "oblique": ((0.55, -0.8, 0.3), 1.0, "Oblique", "Skrått forfra"),
    "hiatus": ((0.35, -0.85, 0.55), 0.38, "Hiatus close-up", "Nærbilde av hiatus"),
    "pelvis": ((0.3, -0.9, 0.25), 0.5, "Pelvis and psoas", "Bekken og psoas"),
}


def _landmark(model: Any, names: tuple[str, ...]) -> np.ndarray | None:
    """Mean of the named landmarks the model has, or None."""
    found = []
    for name in names:
        try:
            found.append(np.asarray(model.landmarks.get(name), float))
        except (AttributeError, KeyError):
            continue
    return np.mean(found, axis=0) if found else None


def model_bounds(model: Any) -> np.ndarray:
    """``(2, 3)`` LPS bounds of every rest mesh of ``model``."""
    points = np.concatenate([np.asarray(m.vertices, float) for m in model.meshes.values()])
    return np.stack([points.min(axis=0), points.max(axis=0)])


def default_cameras(model: Any, *, fov_deg: float = 35.0) -> dict[str, dict[str, Any]]:
    """Anterior, posterior, left/right lateral, oblique, hiatus and pelvis presets (LPS mm).

    The whole-body views frame the model's bounds; the hiatus view looks at the oesophageal
    opening and the pelvis view at the femoral heads and L5, when the model has those
    landmarks (else at the upper and lower thirds of the bounds).
    """
    lo, hi = model_bounds(model)
    centre = (lo + hi) / 2
    size = float(np.linalg.norm(hi - lo))
    distance = 0.5 * size / np.tan(np.radians(fov_deg) / 2) * 1.05
    hiatus = _landmark(model, ("opening.oesophageal",))
    pelvis = _landmark(model, ("femoral_head_l", "femoral_head_r", "L5"))
    targets = {
        "hiatus": hiatus if hiatus is not None else centre + [0, 0, (hi[2] - lo[2]) / 4],
        "pelvis": pelvis if pelvis is not None else centre - [0, 0, (hi[2] - lo[2]) / 3],
    }
    presets = {}
    for name, (direction, factor, en, nb) in _VIEWS.items():
        target = np.asarray(targets.get(name, centre), float)
        unit = np.asarray(direction) / np.linalg.norm(direction)
        presets[name] = {
            "position": (target + unit * distance * factor).round(2).tolist(),
            "target": target.round(2).tolist(),
            "up": [0.0, 0.0, 1.0],
            "label": {"en": en, "nb": nb},
        }
    return presets


def to_player(cameras: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Convert LPS-mm presets to the player's glTF frame (metres, +Y up)."""
    out = {}
    for name, preset in cameras.items():
        try:
            pos, tgt = (to_gltf(np.asarray(preset[k], float)) for k in ("position", "target"))
            up = to_gltf(np.asarray(preset.get("up", (0.0, 0.0, 1.0)), float)) * 1000.0
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"camera preset {name!r}: needs position, target (and up) as 3 numbers ({exc})") from None
        entry = {"position": pos.round(5).tolist(), "target": tgt.round(5).tolist(), "up": up.round(5).tolist()}
        if "label" in preset:
            entry["label"] = dict(preset["label"])
        out[str(name)] = entry
    return out
