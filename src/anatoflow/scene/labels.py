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
FONT_FRACTION = 0.02
#: Default labels longer than this drop their parenthesis.
SHORT_NAME = 24


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
        self._box: np.ndarray | None = None
        self._reserved = (0.0, 0.0)

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
        """Move anchors to the current vertices (``points`` by structure id); see :meth:`layout`."""
        for label, cap in zip(self.labels, self.actors):
            if label.structure in points:
                cap.SetAttachmentPoint(*map(float, points[label.structure][label.vertex]))

    def layout(self, *, box: np.ndarray | None = None, reserved: tuple[float, float] | None = None) -> None:
        """Lay the labels out in two columns beside the model, as in an anatomy atlas.

        Parameters
        ----------
        box : numpy.ndarray, optional
            ``(2, 3)`` world bounds of what is shown; the columns stand just outside its
            projection (defaults to the window's middle third).
        reserved : tuple of float, optional
            ``(left x, height)`` in pixels of a box kept free at the top right (the legend).

        Labels whose anchor is left of the view centre go in the left column, the others in
        the right; within a column they keep the anchors' vertical order without overlapping.
        Labels whose anchor is out of view are hidden.
        """
        if box is not None:
            self._box = np.asarray(box, dtype=float)
        if reserved is not None:
            self._reserved = (float(reserved[0]), float(reserved[1]))
        width, height = (int(v) for v in self._plotter.window_size)
        font = max(9, round(height * FONT_FRACTION))
        box_h, gap, margin = 1.45 * font, 0.25 * font, 0.5 * font
        x_lo, x_hi = self._projected_extent(width)
        columns: dict[bool, list[tuple[float, Any, float, float]]] = {True: [], False: []}
        right_top_cut = 0.0
        for cap in self.actors:
            x_px, y_px = self._to_display(cap.GetAttachmentPoint())
            cap.SetVisibility(0 <= x_px <= width and 0 <= y_px <= height and self._visible)
            box_w = (len(cap.GetCaption()) * 0.56 + 0.6) * font
            cap.GetCaptionTextProperty().SetFontSize(font)
            cap.SetWidth(box_w / width)
            cap.SetHeight(box_h / height)
            right = x_px >= (x_lo + x_hi) / 2
            x_abs = min(x_hi + 2 * font, width - margin - box_w) if right else max(margin, x_lo - 2 * font - box_w)
            columns[right].append((y_px - box_h / 2, cap, x_abs - x_px, y_px))
            if right and x_abs + box_w > self._reserved[0] and self._reserved[1]:
                right_top_cut = self._reserved[1]
        for right, entries in columns.items():
            top = height - margin - box_h - (right_top_cut if right else 0.0)
            self._stack(sorted(entries, key=lambda e: -e[0]), box_h + gap, top, margin)

    def _projected_extent(self, width: int) -> tuple[float, float]:
        if self._box is None:
            return width / 3, 2 * width / 3
        b = self._box
        xs = [self._to_display((b[i, 0], b[j, 1], b[k, 2]))[0] for i in (0, 1) for j in (0, 1) for k in (0, 1)]
        return max(min(xs), 0.0), min(max(xs), float(width))

    @staticmethod
    def _stack(entries: list[tuple[float, Any, float, float]], step: float, top: float, bottom: float) -> None:
        """Place boxes top to bottom at least ``step`` apart, within ``bottom..top``."""
        ys: list[float] = []
        for wanted, *_ in entries:
            ys.append(min(wanted, top, ys[-1] - step) if ys else min(wanted, top))
        for i in range(len(ys) - 1, -1, -1):  # push back up from the bottom edge
            floor = bottom if i == len(ys) - 1 else ys[i + 1] + step
            ys[i] = max(ys[i], floor)
        for y, (_, cap, x_rel, anchor_y) in zip(ys, entries):
            cap.SetPosition(x_rel, y - anchor_y)

    def _to_display(self, point: Sequence[float]) -> tuple[float, float]:
        renderer = self._plotter.renderer
        renderer.SetWorldPoint(*point, 1.0)
        renderer.WorldToDisplay()
        x, y, _ = renderer.GetDisplayPoint()
        return float(x), float(y)

    def clear(self) -> None:
        """Remove every label from the scene."""
        for k, label in enumerate(self.labels):
            self._plotter.remove_actor(f"label_{k}_{label.structure}", reset_camera=False)
        self.labels, self.actors = [], []

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
            text = model.catalogue[sid].name(language)
            if len(text) > SHORT_NAME:  # "Diaphragm (muscular domes and costal part)" -> "Diaphragm"
                text = text.split(" (")[0]
            labels.append(Label(sid, text, vertex))
    return labels


def labels_from_content(model: Any, camera: str, *, language: str = "en") -> list[Label]:
    """The curated labels of ``anatoflow.content`` for a camera preset, as vertex-anchored labels.

    Each spec's anchor (centroid, top, bottom or a landmark) is evaluated on the rest mesh and
    replaced by the nearest vertex of the structure, so the label then follows the deformation.
    Specs on structures (or landmarks) the model lacks are skipped.
    """
    from anatoflow import content
    from anatoflow.content.anchors import anchor_point
    from anatoflow.scene.cameras import ALIASES

    labels = []
    for spec in content.labels(ALIASES.get(camera, camera)):
        if spec.structure not in model.catalogue:
            continue
        vertices = np.asarray(model.meshes[spec.structure].vertices)
        try:
            point = anchor_point(spec.anchor, vertices, landmark=model.landmarks.get)
        except KeyError:
            continue
        vertex = int(np.argmin(np.linalg.norm(vertices - point, axis=1)))
        labels.append(Label(spec.structure, spec.text.get(language), vertex))
    return labels
