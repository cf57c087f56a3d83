"""Flow arrows lie on the centrelines, point with the flow and move at flow / lumen area."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.physiology.arrows import arrow_tracks

FPS = 30.0


def _bent(n: int = 25) -> np.ndarray:
    """A quarter circle of radius 100 mm followed by a straight run (mm)."""
    a = np.linspace(0.0, np.pi / 2, n)
    arc = np.stack([100 * np.cos(a), np.zeros(n), 100 * np.sin(a)], axis=1)
    run = arc[-1] + np.outer(np.linspace(0, 80, 9)[1:], [-1.0, 0.0, 0.0])
    return np.vstack([arc, run])


def _distance_to_polyline(p: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Distance of points ``(..., 3)`` to the polyline ``(P, 3)``."""
    a, b = line[:-1], line[1:]
    ab = b - a
    t = np.clip(np.einsum("...kj,kj->...k", p[..., None, :] - a, ab) / (ab ** 2).sum(-1), 0, 1)
    closest = a + t[..., None] * ab
    return np.linalg.norm(p[..., None, :] - closest, axis=-1).min(axis=-1)


def _times(seconds: float = 4.0) -> np.ndarray:
    return np.arange(0.0, seconds, 1.0 / FPS)


def test_positions_lie_on_the_centreline_and_directions_follow_it() -> None:
    t = _times()
    line = _bent()
    flow = 5.0 + 3.0 * np.sin(2 * np.pi * t / 4.0)
    tr = arrow_tracks(t, {"femoral_vein_l": line}, {"femoral_vein_l": np.full(len(line), 5.0)},
                      {"femoral_vein_l": flow}, spacing_mm=20.0)
    assert tr.positions.shape[1] == round(np.linalg.norm(np.diff(line, axis=0), axis=1).sum() / 20)
    assert np.max(_distance_to_polyline(tr.positions, line)) < 1e-9
    assert np.allclose(np.linalg.norm(tr.directions, axis=-1), 1.0)
    # moving with the flow: the next position lies ahead along the direction
    step = tr.positions[1:] - tr.positions[:-1]
    moving = np.linalg.norm(step, axis=-1) < 5.0  # exclude wrap-around jumps
    assert np.all(np.einsum("tai,tai->ta", step, tr.directions[:-1])[moving] > 0)
    assert list(tr.kinds) == ["vein"] * tr.positions.shape[1]
    assert set(tr.vessels) == {"femoral_vein_l"}


def test_speed_is_flow_over_lumen_area() -> None:
    t = _times(2.0)
    line = np.stack([np.zeros(11), np.zeros(11), np.linspace(0, 200, 11)], axis=1)
    radius = np.linspace(4.0, 8.0, 11)  # widens along z
    flow = np.full(t.size, 6.0)  # ml/s
    tr = arrow_tracks(t, {"v": line}, {"v": radius}, {"v": flow}, spacing_mm=15.0)
    z = tr.positions[..., 2]
    area_here = np.interp(z, line[:, 2], np.pi * radius ** 2)  # area linear between points
    assert np.allclose(tr.speeds, 6.0 * 1000.0 / area_here, rtol=1e-9)
    # plug flow: displacement per frame matches the speed where the vessel barely tapers
    dz = np.diff(z, axis=0)
    ok = (dz > 0) & (dz < 20)
    mid_speed = 0.5 * (tr.speeds[1:] + tr.speeds[:-1])
    assert np.allclose(dz[ok] * FPS, mid_speed[ok], rtol=0.02)


def test_arrows_move_farther_per_frame_when_flow_is_higher() -> None:
    t = _times(1.0)
    line = np.stack([np.zeros(6), np.zeros(6), np.linspace(0, 500, 6)], axis=1)
    flows = {"slow": np.full(t.size, 2.0), "fast": np.full(t.size, 4.0)}
    tr = arrow_tracks(t, {"slow": line, "fast": line}, {"slow": np.full(6, 5.0), "fast": np.full(6, 5.0)},
                      flows, spacing_mm=100.0)
    z = tr.positions[..., 2]
    step = np.diff(z, axis=0)
    slow, fast = step[:, tr.vessels == "slow"], step[:, tr.vessels == "fast"]
    unwrapped = (slow > 0) & (fast > 0)
    assert np.allclose(fast[unwrapped], 2.0 * slow[unwrapped])
    # a time-varying flow: the arrow's step follows it
    q = np.linspace(1.0, 8.0, t.size)
    one = arrow_tracks(t, {"v": line}, {"v": np.full(6, 5.0)}, {"v": q}, spacing_mm=500.0)
    dz = np.diff(one.positions[:, 0, 2])
    assert np.all(np.diff(dz[dz > 0]) > 0)


def test_reversed_flow_turns_the_arrows_round_and_zero_flow_stops_them() -> None:
    t = _times(1.0)
    line = np.stack([np.zeros(5), np.zeros(5), np.linspace(0, 100, 5)], axis=1)
    q = np.where(t < 0.5, -3.0, 0.0)
    tr = arrow_tracks(t, {"v": line}, {"v": np.full(5, 5.0)}, {"v": q}, spacing_mm=25.0)
    back = t < 0.45
    assert np.all(tr.directions[back, :, 2] == -1.0)
    assert np.all(np.diff(tr.positions[:10, :, 2], axis=0)[np.abs(np.diff(tr.positions[:10, :, 2], axis=0)) < 50] < 0)
    still = t > 0.55
    assert np.ptp(tr.positions[still], axis=0).max() < 1e-9
    assert np.all(tr.speeds[still] == 0.0)


def test_deforming_centreline_and_lymph_kind() -> None:
    t = _times(2.0)
    base = np.stack([np.zeros(8), np.zeros(8), np.linspace(0, 140, 8)], axis=1)
    sway = 10.0 * np.sin(2 * np.pi * t / 2.0)
    moving = base[None] + sway[:, None, None] * np.array([1.0, 0.0, 0.0])
    moving[:, :, 2] *= (1.0 + 0.05 * np.sin(2 * np.pi * t / 2.0))[:, None]
    radius = np.full((t.size, 8), 2.0)
    tr = arrow_tracks(t, {"thoracic_duct": moving}, {"thoracic_duct": radius},
                      {"thoracic_duct": np.full(t.size, 100.0 / 3600.0)}, spacing_mm=35.0)
    assert set(tr.kinds) == {"lymph"}
    for k in range(t.size):
        assert _distance_to_polyline(tr.positions[k], moving[k]).max() < 1e-9
    assert tr.speeds == pytest.approx(100.0 / 3600.0 * 1000.0 / (np.pi * 4.0))


def test_only_vessels_with_both_centreline_and_flow_get_arrows_and_bad_shapes_are_named() -> None:
    t = _times(1.0)
    line = np.stack([np.zeros(4), np.zeros(4), np.linspace(0, 60, 4)], axis=1)
    tr = arrow_tracks(t, {"a": line, "aorta": line}, {"a": np.full(4, 5.0), "aorta": np.full(4, 5.0)},
                      {"a": np.ones(t.size), "b": np.ones(t.size)}, spacing_mm=20.0)
    assert set(tr.vessels) == {"a"}
    assert not tr.positions.flags.writeable
    with pytest.raises(ValueError, match=r"radii\['a'\] has shape"):
        arrow_tracks(t, {"a": line}, {"a": np.ones(3)}, {"a": np.ones(t.size)})
    with pytest.raises(ValueError, match=r"flows\['a'\] has shape"):
        arrow_tracks(t, {"a": line}, {"a": np.ones(4)}, {"a": np.ones(3)})
