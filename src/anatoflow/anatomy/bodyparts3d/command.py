"""Fetch BodyParts3D (CC BY 4.0) and prepare it as the 'bodyparts3d' model; --status says what is installed."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``anatoflow fetch-anatomy``."""
    parser.add_argument("--from", dest="source", metavar="PATH", type=Path,
                        help="local isa_BP3D_4.0_obj_99.zip or an unpacked folder with the same layout "
                             "(isa_element_parts.txt + isa_BP3D_4.0_obj_99/FJxxxx.obj): no download")
    parser.add_argument("--status", action="store_true", help="say what is installed, from where, and its licence")
    parser.add_argument("--report", action="store_true", help="with --status: each landmark beside the built-in value")
    parser.add_argument("--no-progress", action="store_true", help="no download progress bar")


def _status(*, report: bool) -> int:
    from anatoflow.anatomy.bodyparts3d import fetch
    from anatoflow.anatomy.bodyparts3d.landmarks import report as rows
    from anatoflow.anatomy.catalogue import load_catalogue
    from anatoflow.anatomy.landmarks import load_landmarks
    from anatoflow.paths import meshes_dir

    folder = fetch.model_dir()
    print(f"cache: {fetch.bodyparts3d_root()}")
    if not (folder / "catalogue.toml").is_file():
        print("BodyParts3D: not installed (run `anatoflow fetch-anatomy`, or `--from PATH` for a local copy)")
        return 1
    cat = load_catalogue(folder / "catalogue.toml")
    meta = cat.meta
    print(f"BodyParts3D: installed in {folder}")
    print(f"  from {meta.get('source_kind')} {meta.get('imported_from')} on {meta.get('imported_utc')}")
    print(f"  {len(cat)} structures, {meta.get('n_triangles')} triangles; origin (native frame) {list(meta.get('origin_native_mm', []))}")
    print(f"  licence: {meta.get('licence')} ({meta.get('licence_url')})")
    print(f"  attribution: {meta.get('attribution')}")
    print("  absent (kept from the built-in model): " + ", ".join(meta.get("absent", {})))
    if report:
        measured = load_landmarks(folder / "landmarks.toml")
        builtin = load_landmarks(meshes_dir() / "landmarks.toml")
        print(f"  {'landmark':<26}{'BodyParts3D (mm)':>26}{'built-in (mm)':>26}{'dist':>7}")
        for name, value, other, dist in rows(measured, builtin):
            fmt = lambda p: "(" + ", ".join(f"{c:6.1f}" for c in p) + ")" if p is not None else "-"  # noqa: E731
            print(f"  {name:<26}{fmt(value):>26}{fmt(other):>26}{dist:7.1f}")
        for name, opening in measured.openings.items():
            ref = builtin.openings.get(name)
            print(f"  {name} opening at {opening.level} (built-in: {ref.level if ref else '-'})")
    return 0


def run(args: argparse.Namespace) -> int:
    """Download or read BodyParts3D and prepare the model (or print the status)."""
    from anatoflow.anatomy.bodyparts3d import ATTRIBUTION, fetch
    from anatoflow.anatomy.bodyparts3d.importer import prepare_model

    if args.status or args.report:
        return _status(report=args.report)
    if args.source is not None:
        source = fetch.open_source(args.source)
        print(f"reading BodyParts3D from {source.path}")
    else:
        target = fetch.bodyparts3d_root() / "downloads"
        print(f"downloading BodyParts3D (143 MB) into {target}")
        source = fetch.download(progress=not args.no_progress)
    folder = prepare_model(source)
    print(f"BodyParts3D model ready in {folder}")
    print(f"Credit it wherever it is shown: {ATTRIBUTION}")
    return 0
