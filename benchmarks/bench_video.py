"""Video throughput: the naive render loop against the project's pipeline, same scenario, one run.

Run: ``PYTHONPATH=src python benchmarks/bench_video.py [--seconds 30] [--size 640x360]``.

* naive: one scene as the stills use it (translucency by depth peeling); per frame
  ``animation.frame(i)`` (deform every structure), push points and normals of every structure,
  render, screenshot, ``imageio`` ``append_data`` -- all sequential.
* pipeline, 1 process: :func:`anatoflow.export.video.render_frames` (deform and normals of the
  moving structures on a worker thread, encoding on another, VTK on the calling thread, one-pass
  blended translucency).
* pipeline, default: what ``anatoflow render`` does by default (on two or more cores and a clip
  of 120 frames or more, this process plus one spawned helper that claim blocks of frames; the
  helper's start-up is timed).

The headline ``video_speedup`` is the default path against the naive loop. Every path writes an
MP4 with the same encoder settings; the frames are compared at the end. The machine may be
shared, so the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np

SCENARIO = "deep-diaphragmatic"


def naive(animation, options, plan, path: Path, translucency: str = "peeling") -> float:
    """The sequential loop; returns its wall time (s)."""
    import imageio.v2 as imageio

    from anatoflow.export.video import make_scene
    from anatoflow.export.video_options import FORMATS
    from anatoflow.export.video_overlay import overlay_spans
    from anatoflow.scene.frames import ArrowFrame, SceneFrame

    fmt = FORMATS[".mp4"]
    stage = make_scene(animation, options, translucency=translucency)
    spans = overlay_spans(plan.n_frames, plan.fps, disclaimer_s=options.disclaimer_s,
                          end_card_s=options.end_card_s, attribution=bool(animation.model.attribution))
    start = time.perf_counter()
    writer = imageio.get_writer(str(path), format="FFMPEG", fps=plan.fps, codec=fmt.codec, quality=None,
                                pixelformat=fmt.pix_fmt, macro_block_size=2,
                                output_params=list(fmt.output_params))
    camera = None
    for i in range(plan.n_frames):
        frame = animation.frame(i)
        arrows = ArrowFrame.from_tracks(animation.arrows, i)
        stage.scene.update(SceneFrame(dict(frame.vertices), arrows), caption=plan.captions[i])
        if plan.cameras[i] != camera:  # not counted against the naive loop
            camera = stage.scene.set_camera(plan.cameras[i]).name
        stage.overlays.show(disclaimer=i < spans.disclaimer, card=i >= spans.end_card)
        writer.append_data(stage.scene.image())
    writer.close()
    seconds = time.perf_counter() - start
    stage.close()
    return seconds


def frames_of(path: Path) -> list[np.ndarray]:
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    w, h = next(reader)["size"]
    return [np.frombuffer(f, dtype=np.uint8).reshape(h, w, 3) for f in reader]


def mean_difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference of two frames, in grey levels of 255."""
    return float(np.abs(a.astype(int) - b.astype(int)).mean())


def main() -> None:
    """Print each path's frames per second and the ratio; the headline figure is the last line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=None,
                        help="length of the clip rendered (default: the whole scenario)")
    parser.add_argument("--size", default="640x360")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from anatoflow.export.render import build_video_animation, scenario_path
    from anatoflow.export.video import plan_frames, render_video
    from anatoflow.export.video_options import video_options
    from anatoflow.export.video_workers import render_workers

    t0 = time.perf_counter()
    animation = build_video_animation(model="builtin", scenario=str(scenario_path(SCENARIO)), fps=None)
    print(f"model + rig + animation: {time.perf_counter() - t0:.1f} s")
    options = video_options(size=(width, height), duration=args.seconds)
    plan = plan_frames(animation, options)
    n = plan.n_frames
    workers = render_workers(n_frames=n)
    print(f"{SCENARIO}: {n} frames at {width}x{height}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} before the run")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t_naive = naive(animation, options, plan, folder / "naive.mp4")
        print(f"naive loop:             {n / t_naive:6.2f} frames/s ({t_naive:.1f} s)")
        one = render_video(animation, folder / "one.mp4", options=options, progress=False, workers=1)
        print(f"pipeline, 1 process:    {one.frames_per_second:6.2f} frames/s ({one.seconds:.1f} s)")
        many = render_video(animation, folder / "many.mp4", options=options, progress=False)
        print(f"pipeline, default ({workers} processes): {many.frames_per_second:6.2f} frames/s "
              f"({many.seconds:.1f} s, start-up included)")
        naive_frames, one_frames = frames_of(folder / "naive.mp4"), frames_of(one.path)
        blending = [mean_difference(a, b) for a, b in zip(naive_frames, one_frames)]
        split = max(mean_difference(a, b) for a, b in zip(one_frames, frames_of(many.path)))
        worst = int(np.argmax(blending))
        print(f"mean pixel difference, blended vs peeled translucency: {np.mean(blending):.2f} on average, "
              f"{blending[worst]:.2f} at most (frame {worst}, of 255)")
        print(f"largest mean pixel difference, 1 process vs {workers}: {split:.2f} (of 255)")
    print(f"load average after the run: {os.getloadavg()[0]:.1f}")
    print(f"pipeline, 1 process vs naive: {t_naive / one.seconds:.2f} x")
    print(f"video_speedup: {t_naive / many.seconds:.2f} x")


if __name__ == "__main__":
    main()
