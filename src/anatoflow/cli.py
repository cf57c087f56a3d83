"""Command-line interface: a thin dispatcher. Each command lives in its own module.

Run ``anatoflow --help`` (or ``python -m anatoflow --help``) for the list.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

#: command name -> module that defines ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS: dict[str, str] = {
    "export-gltf": "anatoflow.export.cli_gltf",
    "export-html": "anatoflow.export.cli_html",
    "fetch-anatomy": "anatoflow.anatomy.bodyparts3d.command",
    "render": "anatoflow.export.render",
    "render-model": "anatoflow.export.render_model",
    "still": "anatoflow.export.still",
    "generate-meshes": "anatoflow.anatomy.builtin.cli",
    "serve": "anatoflow.app.command",
}


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered command."""
    parser = argparse.ArgumentParser(prog="anatoflow", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        doc = (module.__doc__ or name).strip().splitlines()[0]
        cmd = sub.add_parser(name, help=doc, description=doc)
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``anatoflow`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._module.run(args) or 0)
    except (ValueError, FileNotFoundError, PermissionError) as exc:
        print(f"anatoflow {args.command}: error: {exc}", file=sys.stderr)
        return 2
