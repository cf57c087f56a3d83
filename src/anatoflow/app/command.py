"""Serve the interactive app in the browser (Panel), on 127.0.0.1 by default."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("--port", type=int, default=5006, help="port (0: any free port)")
    parser.add_argument("--address", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--show", action=argparse.BooleanOptionalAction, default=True,
                        help="open a browser tab")


def run(args: argparse.Namespace) -> int:
    """Start the server and block until interrupted; returns 0."""
    if not 0 <= args.port <= 65535:
        raise ValueError(f"--port = {args.port} is outside 0..65535")
    from anatoflow.app.server import serve

    serve(port=args.port, address=args.address, show=args.show)
    return 0
