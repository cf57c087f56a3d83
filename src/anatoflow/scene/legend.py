"""A legend in the top-right corner: a colour swatch and a dark, readable name per row.

VTK's legend box paints the text in the entry colour, which makes pale systems (bone, tendon)
unreadable on white; this one draws swatches and text separately, sized from the window height.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

#: Text height as a fraction of the window height.
FONT_FRACTION = 0.022
#: Gap from the window edge, in font heights.
EDGE_FONTS = 0.8


def _quad(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0, 0.0], [x1, y0, 0.0], [x1, y1, 0.0], [x0, y1, 0.0]])


def _quads_actor(quads: list[np.ndarray], colours: list[Sequence[float]], opacity: float) -> Any:
    import pyvista as pv
    import vtk

    points = np.vstack(quads)
    faces = np.arange(len(points)).reshape(-1, 4)
    poly = pv.PolyData.from_regular_faces(points, faces)
    poly.cell_data["rgb"] = (np.asarray(colours) * 255).astype(np.uint8)
    mapper = vtk.vtkPolyDataMapper2D()
    mapper.SetInputData(poly)
    mapper.SetColorModeToDirectScalars()
    mapper.SetScalarModeToUseCellData()
    actor = vtk.vtkActor2D()
    actor.SetMapper(mapper)
    actor.GetProperty().SetOpacity(opacity)
    return actor


class Legend:
    """Legend actors for a list of ``(name, colour)`` rows.

    Parameters
    ----------
    plotter : pyvista.Plotter
        Where the actors go.
    rows : sequence of (str, str)
        Display name and ``#rrggbb`` colour, top to bottom.
    """

    def __init__(self, plotter: Any, rows: Sequence[tuple[str, str]]) -> None:
        self._plotter = plotter
        self.rows = list(rows)
        self.actors: list[Any] = []
        self.height_px = 0.0
        self.left_px = 0.0
        self._build()

    def _build(self) -> None:
        import pyvista as pv
        import vtk

        width, height = (int(v) for v in self._plotter.window_size)
        font = max(9, round(height * FONT_FRACTION))
        row_h = 1.45 * font
        longest = max((len(name) for name, _ in self.rows), default=0)
        box_w = font * (1.0 + 1.6 + 0.58 * longest)
        box_h = row_h * len(self.rows) + 0.6 * font
        right = width - EDGE_FONTS * font
        top = height - EDGE_FONTS * font
        left = right - box_w
        self.height_px = box_h + EDGE_FONTS * font
        self.left_px = left
        panel = _quads_actor([_quad(left, top - box_h, right, top)], [(1.0, 1.0, 1.0)], 0.8)
        swatches, colours = [], []
        for i, (_, colour) in enumerate(self.rows):
            y = top - 0.3 * font - row_h * (i + 1) + 0.25 * font
            swatches.append(_quad(left + 0.5 * font, y, left + 1.4 * font, y + 0.9 * font))
            colours.append(pv.Color(colour).float_rgb)
        self.actors = [panel]
        if swatches:
            self.actors.append(_quads_actor(swatches, colours, 1.0))
        for i, (name, _) in enumerate(self.rows):
            text = vtk.vtkTextActor()
            text.SetInput(name)
            prop = text.GetTextProperty()
            prop.SetFontSize(font)
            prop.SetColor(0.1, 0.1, 0.1)
            prop.SetVerticalJustificationToBottom()
            text.SetDisplayPosition(int(left + 1.9 * font), int(top - 0.3 * font - row_h * (i + 1) + 0.2 * font))
            self.actors.append(text)
        for k, actor in enumerate(self.actors):
            self._plotter.add_actor(actor, name=f"legend_{k}", reset_camera=False)

    def remove(self) -> None:
        """Take the legend out of the scene."""
        for k in range(len(self.actors)):
            self._plotter.remove_actor(f"legend_{k}", reset_camera=False)
        self.actors = []

    def set_visible(self, visible: bool) -> None:
        """Show or hide the legend."""
        for actor in self.actors:
            actor.SetVisibility(bool(visible))
