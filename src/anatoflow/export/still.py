"""Write one PNG still of a model, up to 4K, optionally with a transparent background.

Example: ``anatoflow still --camera oblique --width 3840 --height 2160 -o still.png``.
Every option is checked before anything renders, and the PNG is written to a temporary file
and renamed, so a failure never leaves a half-written image.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

#: Largest still side (4K UHD width) and pixel count (3840 x 2160).
MAX_SIDE = 3840
MAX_PIXELS = 3840 * 2160
MIN_SIDE = 16
CAMERA_CHOICES = ("anterior", "posterior", "left_lateral", "right_lateral", "oblique", "hiatus", "pelvis")


def check_size(width: int, height: int, *, command: str = "still") -> tuple[int, int]:
    """Return ``(width, height)`` or raise ValueError naming the option and the allowed range."""
    for name, value in (("--width", width), ("--height", height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ValueError(f"{name} = {value} is outside {MIN_SIDE}..{MAX_SIDE}")
    if width * height > MAX_PIXELS:
        raise ValueError(f"{width}x{height} ({command}) has more pixels than 4K (3840x2160)")
    return width, height


def load_named_model(name: str) -> Any:
    """Load ``"builtin"``, ``"bodyparts3d"`` (prepared by ``fetch-anatomy``) or a model folder.

    Raises
    ------
    ValueError
        For any other name, or when BodyParts3D is not prepared yet.
    """
    from anatoflow.anatomy import model as models

    if name in models.MODEL_NAMES:
        return models.load_named_model(name)
    folder = Path(name).expanduser()
    if (folder / "catalogue.toml").is_file():
        return models.load_model(folder)
    raise ValueError(f"--model = {name!r}: expected one of {models.MODEL_NAMES} or a model folder "
                     "with a catalogue.toml")


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by the still and render-model commands."""
    parser.add_argument("--model", default="builtin", help="'builtin' (default), 'bodyparts3d' or a model folder")
    parser.add_argument("--language", choices=("en", "nb"), default="en", help="legend and label language")
    parser.add_argument("--no-legend", action="store_true", help="leave the legend out")
    parser.add_argument("--labels", action="store_true", help="add the curated labels of the view")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("-o", "--output", required=True, help="PNG file to write")
    parser.add_argument("--camera", default="oblique", choices=CAMERA_CHOICES, help="camera preset")
    parser.add_argument("--width", type=int, default=1920, help=f"pixels, {MIN_SIDE}..{MAX_SIDE}")
    parser.add_argument("--height", type=int, default=1080, help=f"pixels, {MIN_SIDE}..{MAX_SIDE}")
    parser.add_argument("--transparent", action="store_true", help="transparent background")
    add_model_arguments(parser)


def build_scene(model: Any, args: argparse.Namespace, size: tuple[int, int]) -> Any:
    """A scene with the legend the options ask for."""
    from anatoflow.scene.scene import Scene

    return Scene(model, window_size=size, language=args.language, legend=not args.no_legend)


def show_view(scene: Any, camera: str, args: argparse.Namespace) -> None:
    """Point the camera and, with ``--labels``, put up the curated labels of that view."""
    from anatoflow.scene.labels import labels_from_content

    scene.set_camera(camera)
    if args.labels:
        scene.set_labels(labels_from_content(scene.model, camera, language=args.language))


def run(args: argparse.Namespace) -> int:
    """Render the still; returns 0."""
    from anatoflow.scene.imagefile import check_writable

    size = check_size(args.width, args.height)
    target = check_writable(args.output)
    model = load_named_model(args.model)
    with build_scene(model, args, size) as scene:
        show_view(scene, args.camera, args)
        scene.screenshot(target, transparent=args.transparent)
    print(f"wrote {target} ({size[0]}x{size[1]}, camera {args.camera})")
    return 0
