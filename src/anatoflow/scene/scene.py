"""The one render path: actors built once from the rest model, then only points and arrays move.

``Scene`` is used by the stills, the videos, the app and the HTML exporter alike::

    scene = Scene(model, window_size=(1280, 720))
    scene.set_camera("oblique")
    for i in range(len(animation.times)):
        scene.update(animation.frame(i), caption=...)
        image = scene.image()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from anatoflow.scene import imagefile
from anatoflow.scene.cameras import CameraView, camera_preset
from anatoflow.scene.frames import ARROW_KINDS, arrows_of
from anatoflow.scene.labels import Label
from anatoflow.scene.offscreen import prefer_egl
from anatoflow.scene.styles import ARROW_NAMES, LANGUAGES, SYSTEM_COLOURS, material_for, system_name

#: Caption height as a fraction of the window height.
CAPTION_FRACTION = 0.03
#: Attribution footer height as a fraction of the window height.
FOOTER_FRACTION = 0.018
#: Depth-peeling passes: 4 gives the same image as 6 on the built-in model (mean pixel
#: difference 2e-5) in about 70% of the time.
DEPTH_PEELS = 4
#: How translucent surfaces are composited: exact depth peeling (stills, the default) or
#: VTK's single-pass weighted blending (videos: on the built-in model it differs from peeling by
#: about 0.03 of 255 per pixel on average, and a frame renders in about 60% of the time).
TRANSLUCENCY = ("peeling", "blended")


class Scene:
    """Actors for every structure of a model, plus flow arrows, labels, legend and caption.

    Parameters
    ----------
    model : AnatomyModel
        The rest model; one actor per structure is built here, once.
    window_size : tuple of int, optional
        ``(width, height)`` in pixels.
    off_screen : bool, optional
        Render without a window (the default; there is no display on a server).
    background : str, optional
        Background colour.
    language : str, optional
        ``"en"`` or ``"nb"``, for the legend and labels.
    legend : bool, optional
        Draw the legend of systems present in the model.
    depth_peeling : bool, optional
        Composite translucent surfaces at all (False draws them in plain submission order).
    translucency : str, optional
        ``"peeling"`` (exact, for stills) or ``"blended"`` (one pass, for videos); see
        :data:`TRANSLUCENCY`.
    """

    def __init__(
        self,
        model: Any,
        *,
        window_size: tuple[int, int] = (1280, 720),
        off_screen: bool = True,
        background: str = "white",
        language: str = "en",
        legend: bool = True,
        depth_peeling: bool = True,
        translucency: str = "peeling",
    ) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language = {language!r} is not one of {LANGUAGES}")
        if translucency not in TRANSLUCENCY:
            raise ValueError(f"translucency = {translucency!r} is not one of {TRANSLUCENCY}")
        if off_screen:
            prefer_egl()
        import pyvista as pv

        from anatoflow.scene.glyphs import FlowGlyphs
        from anatoflow.scene.labels import LabelLayer

        self.model = model
        self.language = language
        self.plotter = pv.Plotter(off_screen=off_screen, window_size=[int(v) for v in window_size],
                                  lighting="light_kit")
        self.plotter.set_background(background)
        # Multisampling breaks depth peeling on Mesa/EGL (translucent surfaces vanish): use FXAA.
        self.plotter.render_window.SetMultiSamples(0)
        self.plotter.renderer.SetUseFXAA(True)
        self.plotter.renderer.SetUseOIT(depth_peeling and translucency == "blended")
        if depth_peeling and translucency == "peeling":
            self.plotter.enable_depth_peeling(number_of_peels=DEPTH_PEELS, occlusion_ratio=0.0)
        self.meshes: dict[str, Any] = {}
        self.actors: dict[str, Any] = {}
        self._normals: dict[str, Any] = {}
        for structure in model.catalogue:
            self._add_structure(structure)
        self.glyphs = FlowGlyphs(self.plotter)
        self.labels = LabelLayer(self.plotter)
        self._caption = self._add_text("caption", x=0.5, y=0.05 if getattr(model, "attribution", "") else 0.025, align="centre", fraction=CAPTION_FRACTION)
        self.footer = None
        if getattr(model, "attribution", ""):
            self.footer = self._add_text("attribution", x=0.005, y=0.005, align="left",
                                         fraction=FOOTER_FRACTION, fit=model.attribution)
            self.footer.SetInput(model.attribution)
        self._legend_arrows = False
        self.legend: Any = None
        if legend:
            self.show_legend()
        self.camera = self.set_camera("anterior")

    # -- building ---------------------------------------------------------------------------
    def _add_structure(self, structure: Any) -> None:
        import pyvista as pv

        from anatoflow.scene.normals import VertexNormals

        rest = self.model.meshes[structure.id]
        mesh = pv.PolyData.from_regular_faces(np.asarray(rest.vertices, dtype=np.float32),
                                              np.asarray(rest.faces))
        normals = VertexNormals(rest.faces, rest.n_vertices)
        mesh.point_data["Normals"] = normals(mesh.points)
        mesh.point_data.active_normals_name = "Normals"
        actor = self.plotter.add_mesh(mesh, name=structure.id, smooth_shading=False,
                                      reset_camera=False, **material_for(structure).mesh_kwargs())
        self.meshes[structure.id] = actor.mapper.dataset
        self.actors[structure.id] = actor
        self._normals[structure.id] = normals

    def _add_text(self, name: str, *, x: float, y: float, align: str, fraction: float,
                  fit: str = "") -> Any:
        """A 2D text actor placed in normalised viewport coordinates, sized from the window.

        With ``fit``, the font is also made small enough for that text to fit the window's width.
        """
        import vtk

        actor = vtk.vtkTextActor()
        actor.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
        actor.SetPosition(x, y)
        prop = actor.GetTextProperty()
        {"centre": prop.SetJustificationToCentered, "left": prop.SetJustificationToLeft}[align]()
        prop.SetVerticalJustificationToBottom()
        width, height = self.plotter.window_size
        size = height * fraction
        if fit:  # an average glyph is about 0.55 font sizes wide
            size = min(size, 0.97 * width / (0.55 * len(fit)))
        prop.SetFontSize(max(8, round(size)))
        prop.SetColor(0.1, 0.1, 0.1)
        prop.SetBackgroundColor(1.0, 1.0, 1.0)
        prop.SetBackgroundOpacity(0.7)
        self.plotter.add_actor(actor, name=name, reset_camera=False)
        return actor

    @property
    def n_actors(self) -> int:
        """Number of actors in the renderer (structures, arrows, labels, legend, caption)."""
        return self.plotter.renderer.GetViewProps().GetNumberOfItems()

    # -- per frame --------------------------------------------------------------------------
    def update(self, frame: Any, *, caption: str | None = None,
               normals: Mapping[str, np.ndarray] | None = None) -> None:
        """Show one frame: move vertices, refresh normals, arrows, label anchors and caption.

        Parameters
        ----------
        frame : SceneFrame or anatoflow.pipeline.Frame
            ``frame.vertices`` maps structure id -> ``(N, 3)`` points (structures left out stay
            where they are). Arrows come from ``frame.arrows`` (an ArrowFrame-like object or
            None) or from the pipeline's ``arrow_positions/directions/speeds/kinds``.
        caption : str, optional
            Caption text. When None, a pipeline frame's ``caption`` (by language) is used, and a
            frame without captions keeps the current one.
        normals : Mapping[str, numpy.ndarray], optional
            Vertex normals already computed for some structures (by :meth:`vertex_normals`,
            e.g. on a worker thread); the others are computed here.
        """
        given = normals or {}
        for sid, points in frame.vertices.items():
            self._move(sid, points, given.get(sid))
        self.glyphs.update(arrows_of(frame))
        if self.labels.labels:
            self.labels.update({lab.structure: self.meshes[lab.structure].points for lab in self.labels.labels})
        if caption is None and hasattr(frame, "caption"):
            caption = "" if frame.caption is None else str(frame.caption.get(self.language, ""))
        if caption is not None:
            self.set_caption(caption)

    def _move(self, sid: str, points: np.ndarray, normals: np.ndarray | None = None) -> None:
        mesh = self.meshes.get(sid)
        if mesh is None:
            raise KeyError(f"frame has vertices for unknown structure {sid!r}")
        if np.shape(points) != (mesh.n_points, 3):
            raise ValueError(f"frame.vertices[{sid!r}] has shape {np.shape(points)}, "
                             f"expected ({mesh.n_points}, 3)")
        mesh.points[:] = points
        mesh.point_data["Normals"][:] = self._normals[sid](points) if normals is None else normals
        mesh.Modified()

    def vertex_normals(self, structure: str, points: np.ndarray) -> np.ndarray:
        """Smooth vertex normals of ``structure`` at ``points`` (numpy only: safe off the render thread)."""
        return self._normals[structure](points)

    @property
    def caption(self) -> str:
        """The caption text shown now."""
        return str(self._caption.GetInput() or "")

    def set_caption(self, text: str) -> None:
        """Replace the caption text at the bottom of the view."""
        self._caption.SetInput(str(text))

    # -- layers -----------------------------------------------------------------------------
    def _targets(self, target: str) -> list[str]:
        if target in self.actors:
            return [target]
        ids = [s.id for s in self.model.catalogue.by_system(target)]
        if ids:
            return ids
        systems = sorted({s.system for s in self.model.catalogue})
        raise ValueError(f"layer {target!r} is neither a structure id of model "
                         f"{self.model.name!r} nor one of its systems {systems}")

    def set_visible(self, target: str, visible: bool) -> None:
        """Show or hide a structure (by id) or a whole system (``"vein"``...)."""
        for sid in self._targets(target):
            self.actors[sid].SetVisibility(bool(visible))

    def set_opacity(self, target: str, opacity: float) -> None:
        """Set the opacity (0..1) of a structure (by id) or a whole system."""
        if not 0.0 <= float(opacity) <= 1.0:
            raise ValueError(f"opacity = {opacity} is outside 0..1")
        for sid in self._targets(target):
            self.actors[sid].GetProperty().SetOpacity(float(opacity))

    def show_only(self, targets: Iterable[str]) -> None:
        """Hide everything except the given structures/systems (arrows and labels untouched)."""
        keep = {sid for t in targets for sid in self._targets(t)}
        for sid, actor in self.actors.items():
            actor.SetVisibility(sid in keep)

    def emphasise_flow(self, *, opacity: float = 0.4) -> None:
        """Make veins and lymph vessels translucent so the flow arrows inside them show."""
        for system in ("vein", "lymph"):
            if self.model.catalogue.by_system(system):
                self.set_opacity(system, opacity)

    def set_arrows_visible(self, kind: str, visible: bool) -> None:
        """Show or hide the flow arrows of one kind (``"vein"`` or ``"lymph"``)."""
        self.glyphs.set_visible(kind, visible)

    # -- annotations ------------------------------------------------------------------------
    def add_labels(self, labels: Sequence[Label]) -> None:
        """Add labels with leader lines; each follows its anchor vertex as the mesh moves."""
        for label in labels:
            mesh = self.meshes.get(label.structure)
            if mesh is None:
                raise KeyError(f"label on unknown structure {label.structure!r}")
            if not 0 <= label.vertex < mesh.n_points:
                raise ValueError(f"label vertex {label.vertex} is outside 0..{mesh.n_points - 1} "
                                 f"for {label.structure!r}")
            self.labels.add(label, mesh.points[label.vertex])

    def set_labels(self, labels: Sequence[Label]) -> None:
        """Replace every label (e.g. the curated set of a new camera preset)."""
        self.labels.clear()
        self.add_labels(labels)

    def legend_entries(self) -> list[tuple[str, str]]:
        """``(name, colour)`` for each system in the model (catalogue order), then arrow kinds."""
        entries: dict[str, str] = {}
        for s in self.model.catalogue:
            entries.setdefault(s.system, s.colour or SYSTEM_COLOURS[s.system])
        rows = [(system_name(k, self.language), c) for k, c in entries.items()]
        if self._legend_arrows:
            from anatoflow.scene.glyphs import DEFAULT_GLYPHS

            rows += [(ARROW_NAMES[k][self.language], DEFAULT_GLYPHS[k].ramp[0]) for k in ARROW_KINDS]
        return rows

    def show_legend(self, *, arrows: bool | None = None) -> None:
        """Draw (or redraw) the legend; ``arrows=True`` adds the flow-arrow entries."""
        if arrows is not None:
            self._legend_arrows = bool(arrows)
        from anatoflow.scene.legend import Legend

        if self.legend is not None:
            self.legend.remove()
        self.legend = Legend(self.plotter, self.legend_entries())

    # -- camera and output ------------------------------------------------------------------
    def set_camera(self, view: str | CameraView | Mapping[str, Any]) -> CameraView:
        """Point the camera at a preset name, a :class:`CameraView` or its dict form."""
        if isinstance(view, str):
            width, height = self.plotter.window_size
            view = camera_preset(view, self.model, aspect=width / height)
        elif isinstance(view, Mapping):
            view = CameraView.from_dict(view)
        self.plotter.camera_position = view.as_pyvista()
        self.plotter.camera.view_angle = view.view_angle
        self.plotter.renderer.ResetCameraClippingRange()
        self.camera = view
        return view

    def shown_bounds(self) -> np.ndarray:
        """``(2, 3)`` bounds of the visible structures (all of them when none is visible)."""
        shown = [sid for sid, actor in self.actors.items() if actor.GetVisibility()] or list(self.actors)
        b = np.array([self.meshes[sid].bounds for sid in shown])
        return np.array([[b[:, 0].min(), b[:, 2].min(), b[:, 4].min()],
                         [b[:, 1].max(), b[:, 3].max(), b[:, 5].max()]])

    def image(self, *, transparent: bool = False, scale: int = 1) -> np.ndarray:
        """Render and return the image: ``(H, W, 3)`` uint8, or ``(H, W, 4)`` when transparent.

        ``scale`` multiplies the window size for this image (integer, 1..4).
        """
        if int(scale) != scale or not 1 <= scale <= 4:
            raise ValueError(f"scale = {scale} is outside 1..4 (integer)")
        self.plotter.renderer.ResetCameraClippingRange()
        if self.labels.actors:
            legend = (self.legend.left_px, self.legend.height_px) if self.legend is not None else (0.0, 0.0)
            self.labels.layout(box=self.shown_bounds(), reserved=legend)
        self.plotter.render()  # pyvista renders by itself only for the first screenshot
        return np.asarray(self.plotter.screenshot(None, transparent_background=transparent,
                                                  return_img=True, scale=int(scale)))

    def screenshot(self, path: str | Path, *, transparent: bool = False, scale: int = 1) -> Path:
        """Render to a PNG at ``path``; written to a temporary file then renamed (never partial)."""
        target = imagefile.check_writable(path)
        return imagefile.write_png(target, self.image(transparent=transparent, scale=scale))

    def close(self) -> None:
        """Release the render window."""
        self.plotter.close()

    def __enter__(self) -> Scene:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
