"""The breath held near the still bones (motion/anchor.py), on a small shape: a column of 'bone'."""

from __future__ import annotations

import numpy as np
import pytest
from motion_model import ellipsoid

from anatoflow.motion import anchor


@pytest.fixture(scope="module")
def column() -> anchor.Anchor:
    """A vertical 'vertebral column' (an ellipsoid 20 x 20 x 120 mm) held still."""
    v, f = ellipsoid([0.0, 0.0, 0.0], [20.0, 20.0, 120.0], n=32)
    found = anchor.Anchor.of([(v, f)], np.array([[-150.0, -150.0, -200.0], [150.0, 150.0, 250.0]]))
    assert found is not None
    return found


def test_soft_min_is_a_rounded_min_of_one_and_the_ratio() -> None:
    r = np.linspace(0.0, 3.0, 3001)
    f = anchor.soft_min_one(r)
    band = anchor.HOLD_BAND
    assert np.all(f <= np.minimum(1.0, r) + 1e-12)
    np.testing.assert_allclose(f[r <= 1.0 - band], r[r <= 1.0 - band])
    np.testing.assert_allclose(f[r >= 1.0 + band], 1.0)
    slope = np.diff(f) / np.diff(r)
    assert np.all(slope >= -1e-9) and np.abs(np.diff(slope)).max() < 0.01  # increasing, no corner


def test_no_bone_no_anchor() -> None:
    assert anchor.Anchor.of([], np.zeros((2, 3))) is None


def test_nothing_moves_on_the_bone_and_the_allowance_grows_faster_across_than_along(column) -> None:
    on_surface = np.array([[20.0, 0.0, 0.0], [0.0, -20.0, 30.0], [0.0, 0.0, 0.0]])
    np.testing.assert_allclose(column.allowed(on_surface), 0.0)
    beside = column.allowed(np.array([[20.0 + 40.0, 0.0, 0.0]]))[0]  # 40 mm to the side
    above = column.allowed(np.array([[0.0, 0.0, 120.0 + 40.0]]))[0]  # 40 mm above the top
    assert beside > 2.0 * above > 0.0
    assert beside < anchor.HOLD_ACROSS * 40.0  # no more than the slope allows
    assert column.touches(on_surface) and not column.touches(np.array([[80.0, 0.0, 0.0]]))


def test_hold_bounds_breath_travel_by_the_allowance_and_leaves_the_rest(column) -> None:
    x = np.linspace(20.0, 160.0, 200)
    points = np.column_stack([x, np.zeros_like(x), np.zeros_like(x)])
    down = np.tile([0.0, 0.0, -1.0], (len(x), 1))
    bases = {"dome_r_mm": down, "psoas_l": np.tile([1.0, 0.0, 0.0], (len(x), 1))}
    held = column.hold(points, bases)
    travel = anchor.BREATH_TOP["dome_r_mm"] * np.linalg.norm(held["dome_r_mm"], axis=1)
    allowed = column.allowed(points)
    assert np.all(travel <= (1.0 + anchor.HOLD_BAND) * allowed + 1e-9)
    assert travel[0] == 0.0  # on the bone
    np.testing.assert_allclose(held["dome_r_mm"][-1], [0.0, 0.0, -1.0])  # far enough: whole
    assert np.all(np.diff(travel) >= -1e-9)  # more travel further from the bone
    np.testing.assert_array_equal(held["psoas_l"], bases["psoas_l"])  # not a breath channel
    assert column.hold(points, {"psoas_l": bases["psoas_l"]})["psoas_l"] is bases["psoas_l"]
