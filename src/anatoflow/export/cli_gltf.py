"""Write an animated glTF 2.0 binary (.glb) of a scenario: one breath cycle, looping.

Example: ``anatoflow export-gltf quiet-breathing -o breath.glb``. The file plays in glTF
viewers and PowerPoint's 3D models; it is written to a temporary file and renamed, so a
failure never leaves a half-written file.
"""

from __future__ import annotations

import argparse
from typing import Any

FPS_RANGE = (1.0, 60.0)


def add_common_arguments(parser: argparse.ArgumentParser, *, suffix: str) -> None:
    """Options shared by export-gltf and export-html."""
    parser.add_argument("scenario", help="scenario name (quiet-breathing...) or a scenario TOML file")
    parser.add_argument("-o", "--output", required=True, help=f"{suffix} file to write")
    parser.add_argument("--model", default="builtin", help="'builtin' (default) or a model folder")
    parser.add_argument("--fps", type=float, default=15.0,
                        help=f"key frames per second, {FPS_RANGE[0]:g}..{FPS_RANGE[1]:g} (default 15)")
    parser.add_argument("--span", choices=("cycle", "full"), default="cycle",
                        help="one breath cycle that loops (default) or the whole timeline")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    add_common_arguments(parser, suffix=".glb")
    parser.add_argument("--no-arrows", action="store_true", help="leave the flow arrows out")
    parser.add_argument("--dense", action="store_true",
                        help="no sparse accessors (larger file, for viewers that cannot read them)")


def build_from_args(args: argparse.Namespace) -> Any:
    """Check ``--fps``, load the scenario and the model, and build the Animation."""
    from anatoflow.export.still import load_named_model
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.paths import animations_dir
    from anatoflow.pipeline import build_animation

    if not FPS_RANGE[0] <= args.fps <= FPS_RANGE[1]:
        raise ValueError(f"--fps = {args.fps:g} is outside {FPS_RANGE[0]:g}..{FPS_RANGE[1]:g}")
    try:
        timeline = load_timeline(args.scenario)
    except FileNotFoundError:
        known = ", ".join(sorted(p.stem for p in animations_dir().glob("*.toml")))
        raise ValueError(f"scenario {args.scenario!r} not found: give a TOML file or one of {known}") from None
    model = load_named_model(args.model)
    return build_animation(model, timeline, fps=args.fps, span=args.span)


def run(args: argparse.Namespace) -> int:
    """Export the GLB; returns 0."""
    from anatoflow.export.files import check_writable
    from anatoflow.export.gltf import export_gltf

    target = check_writable(args.output)
    animation = build_from_args(args)
    export_gltf(animation, target, arrows=not args.no_arrows, sparse=not args.dense)
    print(f"wrote {target} ({target.stat().st_size / 2**20:.2f} MB, {animation.model.n_triangles} triangles, "
          f"{float(animation.times[-1] - animation.times[0]):.1f} s)")
    return 0
