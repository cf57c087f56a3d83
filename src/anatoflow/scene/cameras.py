"""Camera presets computed from the model's landmarks and bounds.

Every preset is a viewing direction in the LPS frame plus a box of interest taken from the
model (its bounds, or a box around landmarks). The camera distance is solved so that the whole
box fits the view for the given aspect ratio, so presets work for any model and window size.

Directions follow radiological habit: the anterior view puts the camera in front of the
patient (at ``-y``) with ``+z`` up, so the patient's left (``+x``) is on the viewer's right.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.anatomy.frame import SUPERIOR
from anatoflow.views import PRESET_NAMES
from anatoflow.views import PRESETS as VIEW_PRESETS

#: Vertical field of view of every preset (degrees); VTK's default.
VIEW_ANGLE_DEG = 30.0
#: Extra room around the box of interest (fraction of the tight fit).
FIT_MARGIN = 1.08
#: Half size of the box around the diaphragm openings (mm).
HIATUS_HALF_SIZE_MM = 75.0
#: Room around the lumbar spine and hips in the pelvis/psoas close-up (mm).
PELVIS_MARGIN_MM = 45.0


@dataclass(frozen=True)
class CameraView:
    """A serialisable camera: where it is, what it looks at and which way is up.

    Attributes
    ----------
    name : str
        Preset name (``"anterior"``...).
    position, focal_point, view_up : tuple of float
        LPS millimetres (``view_up`` is a unit vector).
    view_angle : float
        Vertical field of view in degrees.
    """

    name: str
    position: tuple[float, float, float]
    focal_point: tuple[float, float, float]
    view_up: tuple[float, float, float]
    view_angle: float = VIEW_ANGLE_DEG

    def as_pyvista(self) -> list[tuple[float, float, float]]:
        """The ``[position, focal_point, view_up]`` list ``Plotter.camera_position`` takes."""
        return [self.position, self.focal_point, self.view_up]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form, for the browser player and the app."""
        return {
            "name": self.name,
            "position": list(self.position),
            "focal_point": list(self.focal_point),
            "view_up": list(self.view_up),
            "view_angle": self.view_angle,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CameraView:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=str(data["name"]),
            position=_triple(data["position"]),
            focal_point=_triple(data["focal_point"]),
            view_up=_triple(data["view_up"]),
            view_angle=float(data.get("view_angle", VIEW_ANGLE_DEG)),
        )


def _triple(values: Any) -> tuple[float, float, float]:
    x, y, z = (float(v) for v in values)
    return (x, y, z)


#: Direction from the focal point towards the camera, per preset (from :mod:`anatoflow.views`).
DIRECTIONS: Mapping[str, np.ndarray] = MappingProxyType({
    name: np.asarray(view.direction, dtype=float) for name, view in VIEW_PRESETS.items()
})
PRESETS: tuple[str, ...] = PRESET_NAMES
#: Short names accepted for the lateral views.
ALIASES: Mapping[str, str] = MappingProxyType({"left": "left_lateral", "right": "right_lateral"})


def model_bounds(model: Any) -> np.ndarray:
    """``(2, 3)`` bounds (minimum and maximum corner) of every mesh of an AnatomyModel."""
    lows = np.array([m.vertices.min(axis=0) for m in model.meshes.values()])
    highs = np.array([m.vertices.max(axis=0) for m in model.meshes.values()])
    return np.stack([lows.min(axis=0), highs.max(axis=0)])


def box_of_interest(name: str, model: Any) -> np.ndarray:
    """``(2, 3)`` box the preset must show, from landmarks or bounds."""
    bounds = model_bounds(model)
    lm = model.landmarks
    if name == "hiatus":  # the three openings, centred on their mean (views.PRESETS focus)
        centre = np.mean([lm.get(f) for f in VIEW_PRESETS["hiatus"].focus], axis=0)
        return np.stack([centre - HIATUS_HALF_SIZE_MM, centre + HIATUS_HALF_SIZE_MM])
    if name == "pelvis":
        points = np.array([
            lm.vertebra("L1"), lm.vertebra("S1"),
            lm.get("lesser_trochanter_l"), lm.get("lesser_trochanter_r"),
            lm.get("femoral_head_l"), lm.get("femoral_head_r"),
        ])
        box = np.stack([points.min(axis=0), points.max(axis=0)])
        box[0] -= PELVIS_MARGIN_MM
        box[1] += PELVIS_MARGIN_MM
        return box
    return bounds


def fit_camera(
    name: str,
    box: np.ndarray,
    towards_camera: np.ndarray,
    *,
    aspect: float,
    view_up: np.ndarray = SUPERIOR,
    view_angle: float = VIEW_ANGLE_DEG,
    margin: float = FIT_MARGIN,
) -> CameraView:
    """Place a perspective camera so that the whole ``box`` fits the view.

    Parameters
    ----------
    name : str
        Name recorded in the result.
    box : numpy.ndarray
        ``(2, 3)`` minimum and maximum corner (mm).
    towards_camera : numpy.ndarray
        Direction from the box centre to the camera.
    aspect : float
        Window width / height.
    view_up : numpy.ndarray, optional
        Up direction; made orthogonal to the viewing direction.
    view_angle : float, optional
        Vertical field of view (degrees).
    margin : float, optional
        Factor of extra room (1 = tight).
    """
    if not aspect > 0:
        raise ValueError(f"camera {name}: aspect = {aspect} must be > 0")
    back = np.asarray(towards_camera, dtype=float)
    back = back / np.linalg.norm(back)
    up = view_up - np.dot(view_up, back) * back
    up = up / np.linalg.norm(up)
    right = np.cross(-back, up)
    centre = box.mean(axis=0)
    corners = np.array([[box[i, 0], box[j, 1], box[k, 2]] for i in (0, 1) for j in (0, 1) for k in (0, 1)])
    rel = corners - centre
    tan_half = math.tan(math.radians(view_angle) / 2.0)
    need = np.maximum(np.abs(rel @ up), np.abs(rel @ right) / aspect) * margin / tan_half
    distance = float(np.max(rel @ back + need))
    position = centre + back * distance
    return CameraView(name, _triple(position), _triple(centre), _triple(up), view_angle)


def camera_preset(name: str, model: Any, *, aspect: float = 16 / 9) -> CameraView:
    """Return the camera of a named preset for a model.

    Parameters
    ----------
    name : str
        One of :data:`PRESETS`: ``anterior``, ``posterior``, ``left_lateral`` (camera on the
        patient's left; ``left`` also works), ``right_lateral``, ``oblique`` (anterior-left, a
        little from above), ``hiatus`` (close-up of the diaphragm openings) or ``pelvis``
        (lumbar spine, psoas and hips). Directions come from :mod:`anatoflow.views`.
    model : AnatomyModel
        Gives the bounds and landmarks.
    aspect : float, optional
        Window width / height.

    Returns
    -------
    CameraView
    """
    name = ALIASES.get(name, name)
    if name not in DIRECTIONS:
        raise ValueError(f"camera = {name!r} is not one of {PRESETS}")
    return fit_camera(name, box_of_interest(name, model), DIRECTIONS[name], aspect=aspect)


def all_presets(model: Any, *, aspect: float = 16 / 9) -> dict[str, dict[str, Any]]:
    """Every preset in serialisable form, keyed by name (for the HTML player and the app)."""
    return {name: camera_preset(name, model, aspect=aspect).to_dict() for name in PRESETS}
