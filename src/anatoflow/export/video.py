"""Render an :class:`~anatoflow.pipeline.Animation` to MP4, WebM or GIF as a three-stage pipeline.

While VTK renders frame ``i`` on the calling thread (VTK stays on one thread), a worker
thread deforms frame ``i + 1`` (``rig.deform``, vertex normals, flow arrows: numpy and scipy,
which release the GIL) and the encoder thread hands frame ``i - 1`` to ffmpeg. Per frame the
render thread only copies the points of structures that move (those with non-zero morph
bases), switches the camera and caption when they change, renders and reads the pixels.

The first seconds carry the teaching disclaimer (from :mod:`anatoflow.content`), and when the
model has an attribution (BodyParts3D), the last seconds carry it as an end card.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from anatoflow.export.video_options import VideoOptions, scene_camera, video_format
from anatoflow.scene.frames import ArrowFrame, SceneFrame


@dataclass(frozen=True)
class VideoReport:
    """What :func:`render_video` wrote.

    Attributes
    ----------
    path : pathlib.Path
        The video file.
    n_frames : int
        Frames written.
    fps : float
        Frame rate of the file.
    size : tuple of int
        ``(width, height)``.
    seconds : float
        Wall time of the render and encode.
    """

    path: Path
    n_frames: int
    fps: float
    size: tuple[int, int]
    seconds: float

    @property
    def frames_per_second(self) -> float:
        """Rendering throughput."""
        return self.n_frames / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True)
class FramePlan:
    """Per-frame choices made once before rendering.

    Attributes
    ----------
    n_frames : int
        Frames to render (after any ``duration`` cut).
    fps : float
        Frame rate.
    cameras : tuple of str
        Scene camera preset per frame.
    captions : tuple of str
        Caption text per frame in the chosen language (``""`` for none).
    """

    n_frames: int
    fps: float
    cameras: tuple[str, ...]
    captions: tuple[str, ...]


def plan_frames(animation: Any, options: VideoOptions) -> FramePlan:
    """Frame count, camera and caption of every frame, for ``options``."""
    times = np.asarray(animation.times, dtype=float)
    timeline = animation.timeline
    if options.duration is not None:
        if options.duration > timeline.duration + 1e-9:
            raise ValueError(f"--duration = {options.duration:g} is outside 0..{timeline.duration:g} "
                             f"(the length of {timeline.source})")
        times = times[times < options.duration - 1e-9] if options.duration < timeline.duration else times
    n = max(1, int(times.size))
    times = times[:n]
    if options.camera is not None:
        cameras = (options.camera,) * n
    else:
        cameras = tuple(scene_camera(str(c)) for c in np.atleast_1d(timeline.value_at("camera", times)))
    captions = []
    for t in times:
        caption = timeline.caption_at(float(t)) if options.captions else None
        captions.append("" if caption is None else getattr(caption, options.language))
    return FramePlan(n_frames=n, fps=animation.fps, cameras=cameras, captions=tuple(captions))


@dataclass(frozen=True)
class PreparedFrame:
    """One frame computed off the render thread: moving points, their normals, the arrows."""

    points: dict[str, np.ndarray]
    normals: dict[str, np.ndarray]
    arrows: ArrowFrame


def moving_structures(animation: Any, scene: Any) -> tuple[str, ...]:
    """Structures of the scene that have a non-zero morph basis (the only ones that move)."""
    return tuple(sid for sid in animation.bases if sid in scene.meshes and len(animation.bases[sid]))


def frame_preparer(animation: Any, scene: Any) -> Callable[[int], PreparedFrame]:
    """A function ``i -> PreparedFrame`` that touches only numpy (safe on a worker thread)."""
    from anatoflow.scene.normals import MeshSetNormals

    moving = moving_structures(animation, scene)
    rig, weights, tracks = animation.rig, animation.weights, animation.arrows
    meshes = animation.model.meshes
    normals_of = MeshSetNormals({sid: (meshes[sid].faces, meshes[sid].n_vertices) for sid in moving})

    def prepare(index: int) -> PreparedFrame:
        deformed = rig.deform(weights[index])
        points = {sid: deformed[sid] for sid in moving}
        return PreparedFrame(points, normals_of(points), ArrowFrame.from_tracks(tracks, index))

    return prepare


def grab(scene: Any) -> np.ndarray:
    """Render the scene and return its pixels ``(H, W, 3)`` uint8, top row first.

    The result is a flipped view of a fresh buffer (the encoder thread makes it contiguous).
    """
    import vtk

    plotter = scene.plotter
    plotter.renderer.ResetCameraClippingRange()
    window = plotter.render_window
    window.Render()
    width, height = window.GetSize()
    data = vtk.vtkUnsignedCharArray()
    window.GetPixelData(0, 0, width - 1, height - 1, 0, data, 0)
    pixels = np.frombuffer(data, dtype=np.uint8).reshape(height, width, 3)
    return pixels[::-1]


class _Shown:
    """Camera and caption currently in the scene, so they change only when the plan says so."""

    def __init__(self, scene: Any) -> None:
        self.scene, self.camera, self.caption = scene, None, None

    def set(self, camera: str, caption: str) -> None:
        if camera != self.camera:
            self.scene.set_camera(camera)
            self.camera = camera
        if caption != self.caption:
            self.scene.set_caption(caption)
            self.caption = caption


def _progress(total: int, label: str, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="frame", disable=not enabled, dynamic_ncols=True,
                bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}]")


@dataclass(frozen=True)
class VideoScene:
    """A :class:`~anatoflow.scene.scene.Scene` with the video's disclaimer and end-card overlays."""

    scene: Any
    overlays: Any

    def close(self) -> None:
        """Release the render window."""
        self.scene.close()


def make_scene(animation: Any, options: VideoOptions, *, translucency: str = "blended") -> VideoScene:
    """The scene and its overlays for ``options`` (disclaimer text from :mod:`anatoflow.content`).

    Videos composite translucent organs in one weighted-blended pass (``"blended"``), which
    looks the same as depth peeling on the anatomy at a fraction of the cost; see
    :data:`anatoflow.scene.scene.TRANSLUCENCY`.
    """
    from anatoflow import content
    from anatoflow.export.video_overlay import VideoOverlays
    from anatoflow.scene.scene import Scene

    scene = Scene(animation.model, window_size=options.size, language=options.language,
                  legend=options.legend, translucency=translucency)
    overlays = VideoOverlays(scene.plotter, size=options.size,
                             disclaimer=content.disclaimer(options.language, short=True),
                             attribution=animation.model.attribution)
    return VideoScene(scene, overlays)


def render_frames(animation: Any, stage: VideoScene, plan: FramePlan, options: VideoOptions,
                  write: Callable[[np.ndarray], None], *, progress: Any = None,
                  indices: Iterable[int] | None = None) -> None:
    """Render planned frames through the pipeline and pass each image to ``write``.

    ``indices`` (default: every frame, in order) lets a render process take only some frames;
    it is read lazily, one frame ahead, so it may claim work as it goes.
    """
    from anatoflow.export.video_overlay import overlay_spans

    spans = overlay_spans(plan.n_frames, plan.fps, disclaimer_s=options.disclaimer_s,
                          end_card_s=options.end_card_s, attribution=bool(animation.model.attribution))
    scene = stage.scene
    shown = _Shown(scene)
    prepare = frame_preparer(animation, scene)
    order = iter(range(plan.n_frames) if indices is None else indices)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="anatoflow-deform") as pool:
        i = next(order, None)
        upcoming = pool.submit(prepare, i) if i is not None else None
        while i is not None:
            ready = upcoming.result()
            following = next(order, None)
            if following is not None:
                upcoming = pool.submit(prepare, following)
            scene.update(SceneFrame(ready.points, ready.arrows), normals=ready.normals)
            shown.set(plan.cameras[i], plan.captions[i])
            stage.overlays.show(disclaimer=i < spans.disclaimer, card=i >= spans.end_card)
            write(grab(scene))
            if progress is not None:
                progress.update(1)
            i = following


def render_video(animation: Any, path: str | Path, *, options: VideoOptions, progress: bool = True,
                 workers: int | None = None, stage: VideoScene | None = None) -> VideoReport:
    """Render ``animation`` to ``path`` (.mp4, .webm or .gif) and return a :class:`VideoReport`.

    Parameters
    ----------
    animation : Animation
        From :func:`anatoflow.pipeline.build_animation`.
    path : str or pathlib.Path
        Output file; written to a temporary file and renamed when complete.
    options : VideoOptions
        Size, language, captions, camera override, cut.
    progress : bool, optional
        Show a progress bar (frames, fps, time left) on stderr.
    workers : int, optional
        Render processes, this one included (default: chosen by
        :func:`anatoflow.export.video_workers.render_workers` from the cores and the clip
        length). ``animation`` is pickled to the helpers, so its rig must be picklable.
    stage : VideoScene, optional
        A scene made by :func:`make_scene` with the same options, to reuse (one process).
    """
    from anatoflow.export.video_encoder import check_encoder
    from anatoflow.export.video_workers import ParallelFrames, render_workers

    fmt = video_format(path, options.size)
    plan = plan_frames(animation, options)
    check_encoder(fmt)
    n = 1 if stage is not None else min(render_workers(workers, n_frames=plan.n_frames), plan.n_frames)
    start = time.perf_counter()
    if n > 1:
        source = ParallelFrames(animation, plan, options, n)
        try:
            target = _encode(path, fmt, plan, options, progress, lambda write, bar: source.run(
                lambda: make_scene(animation, options), write, bar))
        finally:
            source.close()
    else:
        local = make_scene(animation, options) if stage is None else None
        try:
            target = _encode(path, fmt, plan, options, progress, lambda write, bar: render_frames(
                animation, stage or local, plan, options, write, progress=bar))
        finally:
            if local is not None:
                local.close()
    return VideoReport(target, plan.n_frames, plan.fps, options.size, time.perf_counter() - start)


def _encode(path: str | Path, fmt: Any, plan: FramePlan, options: VideoOptions, progress: bool,
            produce: Callable[[Callable[[np.ndarray], None], Any], None]) -> Path:
    """Open the writer and the progress bar, let ``produce(write, bar)`` fill them, finish the file."""
    from anatoflow.export.video_encoder import VideoWriter

    with VideoWriter(path, size=options.size, fps=plan.fps, fmt=fmt) as writer, \
            _progress(plan.n_frames, Path(path).name, progress) as bar:
        produce(writer.write, bar)
        return writer.finish()
