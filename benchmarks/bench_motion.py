"""Milliseconds per frame of ``MotionRig.deform`` for the whole model, per shipped scenario.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_motion.py [--model meshes/] [--frames 300]

The physical floor printed beside each figure is the time to write every vertex of the model
once (float32) at about 10 GB/s. When a BodyParts3D model has been prepared (``anatoflow
fetch-anatomy``; ``$ANATOFLOW_CACHE`` picks the cache), it is timed too and its figure printed on
the line before the last. The last line is the headline figure (the built-in model's slowest scenario).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = ("quiet-breathing", "deep-diaphragmatic", "shallow-chest-stress", "chronic-tension", "release")
BANDWIDTH = 10e9  # bytes per second


def _model(folder: str | None):
    from anatoflow.anatomy.model import load_model

    if folder:
        return load_model(folder)
    if (REPO / "meshes" / "catalogue.toml").is_file():
        return load_model(REPO / "meshes")
    sys.path.insert(0, str(REPO / "tests"))
    from motion_model import build_synthetic_model  # the built-in model is not there yet

    print("note: meshes/catalogue.toml not found, using the synthetic test trunk")
    return build_synthetic_model()


def _bench(model, frames: int) -> float:
    """Print the per-scenario figures of one model; return the slowest median ms per frame."""
    from anatoflow.motion.rig import MotionRig
    from anatoflow.motion.state import frame_times, sample
    from anatoflow.motion.timeline import load_timeline

    t0 = time.perf_counter()
    rig = MotionRig.build(model)
    n_vertices = sum(m.n_vertices for m in model.meshes.values())
    floor_ms = n_vertices * 3 * 4 / BANDWIDTH * 1e3
    print(f"model {model.name}: {len(model.meshes)} structures, {n_vertices} vertices, "
          f"rig built in {time.perf_counter() - t0:.2f} s")
    worst = 0.0
    for name in SCENARIOS:
        timeline = load_timeline(REPO / "animations" / f"{name}.toml")
        weights = sample(timeline, frame_times(timeline)).weights()[:frames]
        rig.deform(weights[0])  # warm up
        per_frame = []
        for w in weights:
            start = time.perf_counter()
            rig.deform(w)
            per_frame.append(time.perf_counter() - start)
        ms = float(np.median(per_frame) * 1e3)
        worst = max(worst, ms)
        print(f"{name:22s} {ms:7.3f} ms/frame  (floor {floor_ms:.3f} ms, {len(weights)} frames)")
    return worst


def _imported():
    """The prepared BodyParts3D model, or None (with a note) when it has not been prepared."""
    from anatoflow.anatomy.model import load_bodyparts3d_model

    try:
        return load_bodyparts3d_model()
    except FileNotFoundError as err:
        print(f"note: imported model skipped ({err})")
        return None


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model folder (default: the built-in model)")
    parser.add_argument("--frames", type=int, default=300, help="frames timed per scenario")
    args = parser.parse_args()
    builtin = _bench(_model(args.model), args.frames)
    imported = _imported()
    if imported is not None:
        ms = _bench(imported, args.frames)
        print(f"motion_ms_per_frame_bodyparts3d: {ms:.3f} ms")
    print(f"motion_ms_per_frame: {builtin:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
