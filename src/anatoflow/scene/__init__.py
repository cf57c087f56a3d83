"""The render layer: one pyvista scene per model, built once and updated per frame.

Modules: ``scene`` (:class:`Scene`), ``cameras`` (presets from landmarks), ``styles``
(materials per system), ``glyphs`` (flow arrows), ``labels`` (labels with leader lines),
``legend``, ``frames`` (:class:`SceneFrame`), ``offscreen`` (headless EGL), ``imagefile``
(atomic PNG writes). Importing this package does not import pyvista; ``Scene`` and
``SceneFrame`` are loaded on first access.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ArrowFrame", "CameraView", "Scene", "SceneFrame", "camera_preset"]

_WHERE = {
    "Scene": "anatoflow.scene.scene",
    "SceneFrame": "anatoflow.scene.frames",
    "ArrowFrame": "anatoflow.scene.frames",
    "CameraView": "anatoflow.scene.cameras",
    "camera_preset": "anatoflow.scene.cameras",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'anatoflow.scene' has no attribute {name!r}")
