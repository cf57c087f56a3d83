"""Milliseconds per frame of ``MotionRig.deform`` for the whole model, per shipped scenario.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_motion.py [--model meshes/] [--frames 300]

The physical floor printed beside each figure is the time to write every vertex of the model
once (float32) at about 10 GB/s. When a BodyParts3D model has been prepared (``anatoflow
fetch-anatomy``; ``$ANATOFLOW_CACHE`` picks the cache), it is timed too: its rig's build time
beside the time to load that rig from its cache (``anatoflow.motion.rig_cache``, saved in a
temporary folder here, the prepared model left as it is), and its figure printed on the line
before the last. The last line is the headline figure (the built-in model's slowest scenario).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
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


def _bench(model, frames: int) -> tuple[float, object, float]:
    """Print the per-scenario figures of one model; return the slowest median ms per frame, the
    rig and its build time (s)."""
    from anatoflow.motion.rig import MotionRig
    from anatoflow.motion.state import frame_times, sample
    from anatoflow.motion.timeline import load_timeline

    t0 = time.perf_counter()
    rig = MotionRig.build(model)
    build_s = time.perf_counter() - t0
    n_vertices = sum(m.n_vertices for m in model.meshes.values())
    floor_ms = n_vertices * 3 * 4 / BANDWIDTH * 1e3
    print(f"model {model.name}: {len(model.meshes)} structures, {n_vertices} vertices, "
          f"rig built in {build_s:.2f} s")
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
    return worst, rig, build_s


def _cached_load(model, rig, build_s: float) -> None:
    """Print the rig's build time beside the time to load it from its cache (a temporary folder)."""
    from anatoflow.motion.rig_cache import CACHE_NAME, cached_rig

    def refuse(_model):
        raise RuntimeError("the cached rig was not used")

    with tempfile.TemporaryDirectory() as folder:
        cached_rig(model, build=lambda _model: rig, folder=folder)  # saves the rig built above
        t0 = time.perf_counter()
        cached_rig(model, build=refuse, folder=folder)
        load_s = time.perf_counter() - t0
        size_mb = (Path(folder) / CACHE_NAME).stat().st_size / 1e6
    print(f"rig {model.name}: built in {build_s:.2f} s, loaded from its cache in {load_s:.3f} s "
          f"({size_mb:.1f} MB, {build_s / load_s:.0f}x faster)")


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
    builtin, _, _ = _bench(_model(args.model), args.frames)
    imported = _imported()
    if imported is not None:
        ms, rig, build_s = _bench(imported, args.frames)
        _cached_load(imported, rig, build_s)
        print(f"motion_ms_per_frame_bodyparts3d: {ms:.3f} ms")
    print(f"motion_ms_per_frame: {builtin:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
