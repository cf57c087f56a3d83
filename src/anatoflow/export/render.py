"""Render a scenario to a teaching video (MP4, WebM or GIF) with captions and the disclaimer.

Example: ``anatoflow render animations/deep-diaphragmatic.toml -o deep.mp4 --resolution 1080p``.
Every option, the scenario and the output folder are checked before anything renders; the
video is written to a temporary file and renamed when complete, so a failure leaves nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from anatoflow.export.video_options import RESOLUTIONS, SCENE_CAMERAS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("scenario", help="scenario file (animations/*.toml) or a shipped scenario name")
    parser.add_argument("-o", "--output", required=True, help="video file: .mp4 (H.264), .webm (VP9) or .gif")
    parser.add_argument("--resolution", choices=tuple(RESOLUTIONS), help="named size (default 720p)")
    parser.add_argument("--width", type=int, help="pixels, 16..3840 (instead of --resolution)")
    parser.add_argument("--height", type=int, help="pixels, 16..3840 (instead of --resolution)")
    parser.add_argument("--fps", type=float, help="frames per second, 1..60 (default: the scenario's)")
    parser.add_argument("--language", choices=("nb", "en"), default="en", help="captions, disclaimer, legend")
    parser.add_argument("--no-captions", action="store_true", help="leave the scenario captions out")
    parser.add_argument("--no-legend", action="store_true", help="leave the legend out")
    parser.add_argument("--camera", choices=SCENE_CAMERAS,
                        help="one camera preset for the whole video (default: the scenario's)")
    parser.add_argument("--model", default="builtin", choices=("builtin", "bodyparts3d"), help="anatomy model")
    parser.add_argument("--duration", type=float, help="stop after this many seconds")
    parser.add_argument("--workers", type=int,
                        help="render processes, 1..16 (default: 2 on two or more cores for clips of 120 frames or more, else 1)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def build_video_animation(*, model: str, scenario: str, fps: float | None) -> Any:
    """Load ``model`` and ``scenario`` and build the animation."""
    from anatoflow.anatomy.model import load_named_model
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.pipeline import build_animation

    return build_animation(load_named_model(model), load_timeline(scenario), fps=fps)


def scenario_path(name: str) -> Path:
    """The scenario file for a path or a shipped name; FileNotFoundError lists the shipped ones."""
    from anatoflow.paths import animations_dir

    path = Path(name).expanduser()
    if path.is_file():
        return path.absolute()
    shipped = animations_dir() / f"{path.stem if path.suffix == '.toml' else path.name}.toml"
    if path.parent == Path(".") and shipped.is_file():
        return shipped
    names = ", ".join(sorted(p.stem for p in animations_dir().glob("*.toml")))
    raise FileNotFoundError(f"{name}: no such scenario file or shipped scenario (shipped: {names})")


def check_request(args: argparse.Namespace) -> tuple[Any, Path, Path]:
    """Options, output path and scenario file, all checked before any heavy work."""
    from anatoflow.export.files import check_writable
    from anatoflow.export.video_options import parse_size, video_format, video_options

    size = parse_size(resolution=args.resolution, width=args.width, height=args.height)
    options = video_options(size=size, fps=args.fps, language=args.language, captions=not args.no_captions,
                            camera=args.camera, duration=args.duration, legend=not args.no_legend)
    output = Path(args.output).expanduser().absolute()
    video_format(output, size)
    check_writable(output)
    scenario = scenario_path(args.scenario)
    if options.duration is not None:
        from anatoflow.motion.timeline import load_timeline

        length = load_timeline(scenario).duration
        if options.duration > length:
            raise ValueError(f"--duration = {options.duration:g} is outside 0..{length:g} (the length of {scenario})")
    return options, output, scenario


def run(args: argparse.Namespace) -> int:
    """Render the video; returns 0."""
    from anatoflow.export.video import render_video
    from anatoflow.export.video_encoder import check_encoder
    from anatoflow.export.video_options import video_format
    from anatoflow.export.video_workers import render_workers

    render_workers(args.workers)  # checks the range before any work
    options, output, scenario = check_request(args)
    check_encoder(video_format(output, options.size))
    animation = build_video_animation(model=args.model, scenario=str(scenario), fps=options.fps)
    report = render_video(animation, output, options=options, progress=not args.quiet,
                          workers=args.workers)
    size_mb = output.stat().st_size / 1e6
    print(f"wrote {report.path} ({report.size[0]}x{report.size[1]}, {report.n_frames} frames at "
          f"{report.fps:g} fps, {size_mb:.1f} MB) in {report.seconds:.1f} s "
          f"({report.frames_per_second:.2f} frames/s)")
    return 0
