"""Camera presets for the exports' player: the scene's presets, converted for three.js.

A preset is ``{"position": [x, y, z], "focal_point": [x, y, z], "view_up": [x, y, z],
"view_angle": degrees, "label": {"en": ..., "nb": ...}}`` in the LPS frame (mm), as
:meth:`anatoflow.scene.cameras.CameraView.to_dict` gives (``target``/``up`` are accepted
too). :func:`to_player` converts presets to the glTF frame (metres) the player works in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from anatoflow.anatomy.frame import to_gltf

def ui_label(key: str, fallback: str) -> dict[str, str]:
    """``{"en": ..., "nb": ...}`` for a UI key of ``anatoflow.content`` (ui.toml), else ``fallback``."""
    from anatoflow.content import ui_text

    try:
        return {lang: ui_text(key, lang) for lang in ("en", "nb")}
    except KeyError:
        return {"en": fallback, "nb": fallback}


def default_cameras(model: Any, *, aspect: float = 16 / 9) -> dict[str, dict[str, Any]]:
    """The scene's presets (:func:`anatoflow.scene.cameras.all_presets`) with their UI labels.

    Stills, videos and the player then show the same seven views: anterior, posterior,
    left/right lateral, oblique, hiatus and pelvis, fitted to the model's own landmarks.
    """
    from anatoflow.scene.cameras import all_presets   # numpy only: no pyvista import

    presets = {}
    for name, view in all_presets(model, aspect=aspect).items():
        presets[name] = {**view, "label": ui_label(f"camera.{name}", name)}
    return presets


def to_player(cameras: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Convert LPS-mm presets to the player's glTF frame (metres, +Y up)."""
    out = {}
    for name, preset in cameras.items():
        try:
            pos = to_gltf(np.asarray(preset["position"], float))
            tgt = to_gltf(np.asarray(preset.get("focal_point", preset.get("target")), float))
            up = to_gltf(np.asarray(preset.get("view_up", preset.get("up", (0.0, 0.0, 1.0))), float)) * 1000.0
            if pos.shape != (3,) or tgt.shape != (3,) or up.shape != (3,):
                raise ValueError("not 3 numbers")
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"camera preset {name!r}: needs position, focal_point (and view_up) "
                             f"as 3 numbers ({exc})") from None
        entry = {"position": pos.round(5).tolist(), "target": tgt.round(5).tolist(), "up": up.round(5).tolist(),
                 "fov": float(preset.get("view_angle", 30.0))}
        if "label" in preset:
            entry["label"] = dict(preset["label"])
        out[str(name)] = entry
    return out
