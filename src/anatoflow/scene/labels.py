"""3D labels with leader lines, anchored to a vertex of a structure so they follow it.

Each label is a ``vtkCaptionActor2D``: a text box in screen space joined by a leader line to an
attachment point in the world. The attachment point is a vertex of the structure's mesh, so when
the mesh deforms the leader follows. The text box is pushed outward, away from the centre of the
view, so labels do not cover the model's middle.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Label text height as a fraction of the window height.
FONT_FRACTION = 0.026
#: Offset of the text box from its anchor, in font heights (outward, upward).
OFFSET_FONTS = (2.5, 1.2)


@dataclass(frozen=True)
class Label:
    """A label on one structure.

    Attributes
    ----------
    structure : str
        Structure id it points at.
    text : str
        What it says.
    vertex : int
        Index of the anchor vertex in that structure's mesh.
    """

    structure: str
    text: str
    vertex: int


def anchor_vertex(vertices: np.ndarray, *, towards: np.ndarray | None = None) -> int:
    """Pick a good anchor vertex: on the surface, near the middle, facing ``towards``.

    Parameters
    ----------
    vertices : numpy.ndarray
        ``(N, 3)`` rest vertices.
    towards : numpy.ndarray, optional
        Direction the anchor should face (e.g. anterior, to be visible in front views).
    """
    v = np.asarray(vertices, dtype=float)
    centre = v.mean(axis=0)
    extent = float(np.ptp(v, axis=0).max()) or 1.0
    score = np.linalg.norm(v - centre, axis=1) / extent
    if towards is not None:
        score -= 0.3 * ((v - centre) @ np.asarray(towards, dtype=float)) / extent
    return int(np.argmin(score))


class LabelLayer:
    """Caption actors for a set of labels.

    Parameters
    ----------
    plotter : pyvista.Plotter
        Where the actors go (added once, here).
    """

    def __init__(self, plotter: Any) -> None:
        self._plotter = plotter
        self.labels: list[Label] = []
        self.actors: list[Any] = []
        self._visible = True

    def add(self, label: Label, anchor: np.ndarray) -> Any:
        """Add one label whose leader starts at ``anchor`` (LPS mm); returns its actor."""
        import vtk

        cap = vtk.vtkCaptionActor2D()
        cap.SetCaption(label.text)
        cap.BorderOff()
        cap.LeaderOn()
        cap.ThreeDimensionalLeaderOff()
        cap.GetTextActor().SetTextScaleModeToNone()
        prop = cap.GetCaptionTextProperty()
        prop.ShadowOff()
        prop.BoldOff()
        prop.ItalicOff()
        prop.SetColor(0.08, 0.08, 0.08)
        prop.SetFrame(False)
        prop.SetBackgroundColor(1.0, 1.0, 1.0)
        prop.SetBackgroundOpacity(0.75)
        cap.GetProperty().SetColor(0.15, 0.15, 0.15)
        cap.GetProperty().SetLineWidth(1.5)
        cap.SetAttachmentPoint(*map(float, anchor))
        self._plotter.add_actor(cap, name=f"label_{len(self.actors)}_{label.structure}", reset_camera=False)
        self.labels.append(label)
        self.actors.append(cap)
        return cap

    def update(self, points: Mapping[str, np.ndarray]) -> None:
        """Move anchors to the current vertices (``points`` by structure id) and lay out boxes."""
        for label, cap in zip(self.labels, self.actors):
            if label.structure in points:
                cap.SetAttachmentPoint(*map(float, points[label.structure][label.vertex]))
        self.layout()

    def layout(self) -> None:
        """Size the text for the window, put each box outward from the view centre, and keep
        boxes on one side from overlapping and inside the window. Labels whose anchor is out
        of view are hidden."""
        width, height = (int(v) for v in self._plotter.window_size)
        font = max(10, round(height * FONT_FRACTION))
        box_h = 1.5 * font
        sides: dict[bool, list[tuple[float, Any, float, float]]] = {True: [], False: []}
        for cap in self.actors:
            x_px, y_px = self._to_display(cap.GetAttachmentPoint())
            inside = 0 <= x_px <= width and 0 <= y_px <= height
            cap.SetVisibility(inside and self._visible)
            box_w = (len(cap.GetCaption()) * 0.58 + 0.8) * font
            cap.GetCaptionTextProperty().SetFontSize(font)
            cap.SetWidth(box_w / width)
            cap.SetHeight(box_h / height)
            right = x_px >= width / 2
            dx = OFFSET_FONTS[0] * font
            x0 = min(dx, width - x_px - box_w) if right else max(-dx - box_w, -x_px)
            sides[right].append((y_px + OFFSET_FONTS[1] * font, cap, x0, y_px))
        for entries in sides.values():
            self._stack(sorted(entries, key=lambda e: -e[0]), box_h * 1.15, height - box_h)

    @staticmethod
    def _stack(entries: list[tuple[float, Any, float, float]], gap: float, top: float) -> None:
        """Place boxes top to bottom so each is at least ``gap`` below the previous one."""
        previous = top + gap
        for wanted, cap, x0, anchor_y in entries:
            y = max(min(wanted, previous - gap, top), 0.0)
            cap.SetPosition(x0, y - anchor_y)
            previous = y

    def _to_display(self, point: Sequence[float]) -> tuple[float, float]:
        renderer = self._plotter.renderer
        renderer.SetWorldPoint(*point, 1.0)
        renderer.WorldToDisplay()
        x, y, _ = renderer.GetDisplayPoint()
        return float(x), float(y)

    def set_visible(self, visible: bool) -> None:
        """Show or hide every label."""
        self._visible = bool(visible)
        self.layout()


def default_labels(model: Any, ids: Sequence[str], *, language: str = "en") -> list[Label]:
    """Labels for the given structure ids that the model has, anchored facing the viewer."""
    from anatoflow.anatomy.frame import ANTERIOR

    labels = []
    for sid in ids:
        if sid in model.catalogue:
            vertex = anchor_vertex(model.meshes[sid].vertices, towards=ANTERIOR)
            labels.append(Label(sid, model.catalogue[sid].name(language), vertex))
    return labels
