"""Camera presets: one list of names and view directions for every layer.

Pure data (numpy only). The scene (pyvista), the browser player, scenario files, story steps
and labels all name views from :data:`PRESETS`; their UI names are in
``anatoflow/content/ui.toml`` (``camera.<name>``). Directions point from the focal point towards
the camera in the LPS frame; an anterior view looks from the front (``-y``) with ``+z`` up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from anatoflow.anatomy.frame import ANTERIOR, LEFT, POSTERIOR, RIGHT, SUPERIOR


def _unit(v: np.ndarray) -> tuple[float, float, float]:
    u = v / np.linalg.norm(v)
    return (float(u[0]), float(u[1]), float(u[2]))


@dataclass(frozen=True)
class ViewPreset:
    """A named camera view.

    Attributes
    ----------
    name : str
        Preset name used in files, URLs and the UI.
    direction : tuple of float
        Unit vector from the focal point to the camera (LPS).
    zoom : float
        Distance factor relative to a whole-model view (smaller is closer).
    focus : tuple of str
        Landmarks whose mean is the focal point (empty: the model's centre).
    """

    name: str
    direction: tuple[float, float, float]
    zoom: float
    focus: tuple[str, ...]


PRESETS: Mapping[str, ViewPreset] = MappingProxyType({
    p.name: p
    for p in (
        ViewPreset("anterior", _unit(ANTERIOR), 1.0, ()),
        ViewPreset("posterior", _unit(POSTERIOR), 1.0, ()),
        ViewPreset("left_lateral", _unit(LEFT), 1.0, ()),
        ViewPreset("right_lateral", _unit(RIGHT), 1.0, ()),
        ViewPreset("oblique", _unit(ANTERIOR + 0.9 * LEFT + 0.3 * SUPERIOR), 1.0, ()),
        ViewPreset("hiatus", _unit(ANTERIOR + 0.6 * LEFT - 0.3 * SUPERIOR), 0.38,
                   ("opening.oesophageal", "opening.caval", "opening.aortic")),
        ViewPreset("pelvis", _unit(ANTERIOR + 0.15 * SUPERIOR), 0.5,
                   ("L4", "femoral_head_l", "femoral_head_r")),
    )
})

PRESET_NAMES: tuple[str, ...] = tuple(PRESETS)
