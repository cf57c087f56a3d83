"""Regenerate the built-in model (meshes and catalogue) from meshes/landmarks.toml."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``anatoflow generate-meshes``."""
    parser.add_argument("--out", default=None, help="output folder (default: the repository's meshes/)")
    parser.add_argument("--landmarks", default=None,
                        help="landmark table to build from (default: OUT/landmarks.toml, else the shipped one)")


def run(args: argparse.Namespace) -> int:
    """Generate every mesh and the catalogue; print a one-line summary."""
    from pathlib import Path

    from anatoflow.anatomy.builtin.writer import write_model
    from anatoflow.paths import meshes_dir

    out = Path(args.out) if args.out else meshes_dir()
    landmarks = args.landmarks
    if landmarks is None and not (out / "landmarks.toml").is_file():
        landmarks = meshes_dir() / "landmarks.toml"
    model = write_model(out, landmarks_path=landmarks)
    n_tri = sum(len(f) for f in model.faces.values())
    print(f"generate-meshes: wrote {len(model.faces)} structures, {n_tri} triangles to {out}")
    return 0
