"""Time per frame of the pump model plus the flow arrows (60 s at 30 fps, deforming centrelines).

Run: ``PYTHONPATH=src python benchmarks/bench_physiology.py``. The last line is the headline:
``physiology_ms_per_frame: <value> ms``.
"""

from __future__ import annotations

import time

import numpy as np

from anatoflow.physiology.arrows import arrow_tracks
from anatoflow.physiology.pump import simulate
from anatoflow.physiology.reference_breaths import reference_states

SECONDS, FPS, POINTS, REPEATS = 60.0, 30.0, 30, 5


def _centrelines(times: np.ndarray, flows: dict[str, np.ndarray]) -> tuple[dict, dict]:
    """One deforming 250 mm tube per vessel (the rig's centrelines move every frame)."""
    sway = 5.0 * np.sin(2 * np.pi * times / 4.0)
    lines, radii = {}, {}
    for i, name in enumerate(flows):
        base = np.stack([np.full(POINTS, 30.0 * i), np.zeros(POINTS), np.linspace(0, 250, POINTS)], 1)
        lines[name] = base[None] + sway[:, None, None] * np.array([0.0, 1.0, 0.2])
        radii[name] = np.full(POINTS, 2.0 if "duct" in name or "chyli" in name else 6.0)
    return lines, radii


def main() -> float:
    states = reference_states("quiet", seconds=SECONDS, fps=FPS)
    n = states.times.size
    best_model, best_arrows = np.inf, np.inf
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        h = simulate(states)
        t1 = time.perf_counter()
        flows = h.vessel_flows()
        lines, radii = _centrelines(h.times, flows)
        radii["inferior_vena_cava"] = np.outer(1.0 + h.ivc_calibre, np.full(POINTS, 10.0))
        t2 = time.perf_counter()
        tracks = arrow_tracks(h.times, lines, radii, flows, spacing_mm=25.0)
        t3 = time.perf_counter()
        best_model, best_arrows = min(best_model, t1 - t0), min(best_arrows, t3 - t2)
    per_frame = (best_model + best_arrows) * 1000.0 / n
    print(f"frames: {n} ({SECONDS:.0f} s at {FPS:.0f} fps), vessels: {len(flows)}, "
          f"arrows: {tracks.positions.shape[1]}")
    print(f"model (simulate): {best_model * 1000:.1f} ms total, {best_model * 1000 / n:.4f} ms/frame")
    print(f"arrows: {best_arrows * 1000:.1f} ms total, {best_arrows * 1000 / n:.4f} ms/frame")
    print(f"physiology_ms_per_frame: {per_frame:.4f} ms")
    return per_frame


if __name__ == "__main__":
    main()
