"""Write one self-contained HTML file that plays a scenario offline (no CDN, no server).

Example: ``anatoflow export-html quiet-breathing -o view.html --language nb``. Open it in a
browser, an iframe or a reveal.js slide. The file size is printed.
"""

from __future__ import annotations

import argparse

from anatoflow.export.cli_gltf import add_common_arguments

CAMERAS = ("anterior", "posterior", "left_lateral", "right_lateral", "oblique", "hiatus", "pelvis")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    add_common_arguments(parser, suffix=".html")
    parser.add_argument("--language", choices=("en", "nb"), default="en", help="captions and controls")
    parser.add_argument("--camera", choices=CAMERAS, default="anterior", help="first camera preset")
    parser.add_argument("--no-autoplay", action="store_true", help="start paused")


def run(args: argparse.Namespace) -> int:
    """Export the HTML file; returns 0."""
    from anatoflow.export.cli_gltf import build_from_args
    from anatoflow.export.files import check_writable
    from anatoflow.export.html import export_html

    target = check_writable(args.output)
    animation = build_from_args(args)
    export_html(animation, target, language=args.language, camera=args.camera, autoplay=not args.no_autoplay)
    return 0
