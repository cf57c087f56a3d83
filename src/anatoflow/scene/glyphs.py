"""Flow-arrow glyphs: one actor per arrow kind, built once, fed new point arrays each frame.

Each kind (``vein``, ``lymph``) is a ``vtkGlyph3DMapper`` over a small point set. A frame only
replaces that point set's coordinates and its ``direction``, ``scale`` and ``speed`` arrays;
the GPU mapper orients, scales and colours the arrows, so no geometry is rebuilt in Python.
Veins ramp from deep blue to cyan with speed, lymph from green to white, and lymph arrows are
drawn slimmer so the two read apart even in greyscale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.scene.frames import ARROW_KINDS
from anatoflow.scene.styles import ARROW_RAMPS


@dataclass(frozen=True)
class GlyphStyle:
    """Look of one arrow kind.

    Attributes
    ----------
    length_mm : float
        Arrow length at full speed (mm); slower arrows are shorter, still ones vanish.
    speed_full : float
        Speed (mm/s) drawn at full length and the light end of the colour ramp.
    shaft_radius, tip_radius : float
        Arrow proportions relative to its length.
    ramp : tuple of str
        Colours at zero and at full speed.
    """

    length_mm: float
    speed_full: float
    shaft_radius: float
    tip_radius: float
    ramp: tuple[str, str]


#: Defaults: venous speeds of the large veins are tens of cm/s, thoracic duct lymph mm/s.
DEFAULT_GLYPHS: Mapping[str, GlyphStyle] = MappingProxyType({
    "vein": GlyphStyle(length_mm=34.0, speed_full=250.0, shaft_radius=0.11, tip_radius=0.27,
                       ramp=ARROW_RAMPS["vein"]),
    "lymph": GlyphStyle(length_mm=24.0, speed_full=10.0, shaft_radius=0.07, tip_radius=0.2,
                        ramp=ARROW_RAMPS["lymph"]),
})
#: Arrows shorter than this fraction of full length are still drawn this long while moving.
MIN_VISIBLE_FRACTION = 0.25


def _ramp_table(ramp: tuple[str, str]) -> Any:
    import pyvista as pv
    import vtk

    lo, hi = (np.asarray(pv.Color(c).float_rgb) for c in ramp)
    table = vtk.vtkLookupTable()
    table.SetNumberOfTableValues(64)
    for i, u in enumerate(np.linspace(0.0, 1.0, 64)):
        r, g, b = lo + (hi - lo) * u
        table.SetTableValue(i, r, g, b, 1.0)
    table.SetRange(0.0, 1.0)
    table.Build()
    return table


class FlowGlyphs:
    """The flow-arrow actors of a scene.

    Parameters
    ----------
    plotter : pyvista.Plotter
        Where the actors go (added once, here).
    styles : Mapping[str, GlyphStyle], optional
        Per kind; defaults to :data:`DEFAULT_GLYPHS`.
    """

    def __init__(self, plotter: Any, *, styles: Mapping[str, GlyphStyle] = DEFAULT_GLYPHS) -> None:
        import pyvista as pv
        import vtk

        self.styles = dict(styles)
        self.points: dict[str, Any] = {}
        self.actors: dict[str, Any] = {}
        for kind in ARROW_KINDS:
            style = self.styles[kind]
            arrow = pv.Arrow(start=(0.0, 0.0, 0.0), direction=(1.0, 0.0, 0.0), tip_length=0.35,
                             tip_radius=style.tip_radius, shaft_radius=style.shaft_radius,
                             tip_resolution=16, shaft_resolution=12)
            cloud = pv.PolyData(np.zeros((0, 3), dtype=np.float32))
            mapper = vtk.vtkGlyph3DMapper()
            mapper.SetInputData(cloud)
            mapper.SetSourceData(arrow)
            mapper.SetOrientationArray("direction")
            mapper.SetOrientationModeToDirection()
            mapper.SetScaleArray("scale")
            mapper.SetScaleModeToScaleByMagnitude()
            mapper.SetScalarModeToUsePointFieldData()
            mapper.SelectColorArray("speed")
            mapper.SetLookupTable(_ramp_table(style.ramp))
            mapper.SetScalarRange(0.0, 1.0)
            mapper.ScalarVisibilityOn()
            actor = vtk.vtkActor()
            actor.SetMapper(mapper)
            actor.GetProperty().SetAmbient(0.35)  # a little glow: they must read inside vessels
            actor.GetProperty().SetSpecular(0.4)
            actor.GetProperty().SetSpecularPower(30.0)
            plotter.add_actor(actor, name=f"flow_{kind}", reset_camera=False)
            self.points[kind], self.actors[kind] = cloud, actor

    def update(self, arrows: Any) -> None:
        """Show the arrows of one frame (``None`` hides them all).

        Parameters
        ----------
        arrows : ArrowFrame-like or None
            ``positions (A, 3)``, ``directions (A, 3)``, ``speeds (A,)``, ``kinds (A,)``.
        """
        kinds = np.asarray(arrows.kinds, dtype=str) if arrows is not None else np.empty(0, dtype=str)
        for kind in ARROW_KINDS:
            mask = kinds == kind
            style = self.styles[kind]
            cloud = self.points[kind]
            if arrows is None or not mask.any():
                cloud.points = np.zeros((0, 3), dtype=np.float32)
                continue
            speed = np.clip(np.abs(np.asarray(arrows.speeds)[mask]) / style.speed_full, 0.0, 1.0)
            length = np.where(speed > 0.0, np.maximum(speed, MIN_VISIBLE_FRACTION), 0.0) * style.length_mm
            cloud.points = np.asarray(arrows.positions, dtype=np.float32)[mask]
            cloud.point_data["direction"] = np.asarray(arrows.directions, dtype=np.float32)[mask]
            cloud.point_data["scale"] = length.astype(np.float32)
            cloud.point_data["speed"] = speed.astype(np.float32)
            cloud.Modified()

    def count(self, kind: str) -> int:
        """Number of arrows of ``kind`` currently shown."""
        return int(self.points[kind].n_points)

    def set_visible(self, kind: str, visible: bool) -> None:
        """Show or hide every arrow of one kind."""
        if kind not in self.actors:
            raise ValueError(f"arrow kind {kind!r} is not one of {ARROW_KINDS}")
        self.actors[kind].SetVisibility(bool(visible))
