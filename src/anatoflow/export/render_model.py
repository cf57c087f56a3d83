"""Render the whole model to PNGs: anterior, left lateral and oblique views, with a legend.

Example: ``anatoflow render-model -o renders/`` writes ``renders/model-anterior.png``,
``renders/model-lateral.png`` and ``renders/model-oblique.png``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from anatoflow.export.still import MAX_SIDE, MIN_SIDE, add_model_arguments, check_size

#: Output file suffix -> camera preset.
VIEWS: dict[str, str] = {"anterior": "anterior", "lateral": "left_lateral", "oblique": "oblique"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("-o", "--output", required=True, help="folder for the PNGs (made if missing)")
    parser.add_argument("--width", type=int, default=1600, help=f"pixels, {MIN_SIDE}..{MAX_SIDE}")
    parser.add_argument("--height", type=int, default=1200, help=f"pixels, {MIN_SIDE}..{MAX_SIDE}")
    add_model_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Render the three views; returns 0."""
    from anatoflow.export.still import build_scene, load_named_model, show_view
    from anatoflow.scene.imagefile import check_writable

    size = check_size(args.width, args.height, command="render-model")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"render-model: -o {folder} is a file, expected a folder")
    folder.mkdir(parents=True, exist_ok=True)
    targets = {name: check_writable(folder / f"model-{name}.png") for name in VIEWS}
    model = load_named_model(args.model)
    with build_scene(model, args, size) as scene:
        for name, camera in VIEWS.items():
            show_view(scene, camera, args)
            scene.screenshot(targets[name])
            print(f"wrote {targets[name]}")
    return 0
