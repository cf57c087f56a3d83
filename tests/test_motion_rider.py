"""An organ that rides whole on the sheet (motion/rider.py), on small shapes."""

from __future__ import annotations

import numpy as np
from motion_model import ellipsoid
from scipy.spatial import cKDTree

from anatoflow.motion import contact, rider


def _flat_sheet(z: float = 0.0) -> np.ndarray:
    x, y = np.meshgrid(np.linspace(-80.0, 80.0, 41), np.linspace(-80.0, 80.0, 41))
    return np.column_stack([x.ravel(), y.ravel(), np.full(x.size, z)])


def _organ() -> tuple[np.ndarray, np.ndarray]:
    return ellipsoid([0.0, 0.0, 50.5], [30.0, 30.0, 50.0], n=16)  # its base 0.5 mm above the sheet


def test_slide_direction_is_straight_down_without_bones_and_along_a_sloping_wall() -> None:
    v, _ = _organ()
    np.testing.assert_allclose(rider.slide_direction(v, None), [0.0, 0.0, -1.0])
    # a wall behind the organ (y > 0) leaning back as it rises: y = 40 + 0.25 z
    z = np.linspace(-50.0, 150.0, 81)
    xw, zw = np.meshgrid(np.linspace(-40.0, 40.0, 21), z)
    wall = np.column_stack([xw.ravel(), 40.0 + 0.25 * zw.ravel(), zw.ravel()])
    d = rider.slide_direction(v, cKDTree(wall), within=20.0)
    assert d[2] == -1.0
    assert -0.3 < d[1] < -0.15  # it comes forward as it descends, nearly as the wall does (0.25 per mm)
    assert abs(d[0]) < 0.05


def test_rider_translates_by_the_mean_motion_of_the_sheet_under_it_and_barely_stretches() -> None:
    v, f = _organ()
    sheet = _flat_sheet()
    descent = 0.5 + 0.005 * sheet[:, 0]  # a sheet that descends unevenly under the organ
    bases = {"dome_r_mm": descent[:, None] * contact.DOWN}
    found = rider.Rider.fit(v, contact.surface_samples(v, f), sheet, bases, None, {"dome_r_mm": 90.0})
    assert found is not None
    under = np.linalg.norm(sheet[:, :2], axis=1) < 5.0  # where it rests (it touches only near its base)
    np.testing.assert_allclose(found.translation["dome_r_mm"][2], -descent[under].mean(), atol=0.02)
    moved = v + 90.0 * found.bases(v)["dome_r_mm"]
    growth = np.ptp(moved[:, 2]) - np.ptp(v[:, 2])
    np.testing.assert_allclose(growth, rider.ELONGATION * np.ptp(v[:, 2]), rtol=1e-6)  # the bound at the largest weight

    def lengths(p: np.ndarray) -> np.ndarray:
        return np.linalg.norm(p[f] - np.roll(p[f], 1, axis=1), axis=2)

    edges = lengths(moved) / lengths(v)
    assert edges.min() > 1.0 - 1e-9 and edges.max() < 1.0 + rider.ELONGATION + 1e-9  # it lengthens a little, never more


def test_an_organ_off_the_sheet_is_no_rider() -> None:
    v, f = ellipsoid([0.0, 0.0, 80.0], [20.0, 20.0, 20.0], n=12)
    sheet = _flat_sheet()
    bases = {"dome_r_mm": np.tile(contact.DOWN, (len(sheet), 1))}
    assert rider.Rider.fit(v, contact.surface_samples(v, f), sheet, bases, None, {"dome_r_mm": 90.0}) is None


def test_pad_is_full_at_the_rider_and_fades_away_from_it_from_the_bones_and_from_the_apexes() -> None:
    v, f = _organ()
    sheet = _flat_sheet()
    bases = {"dome_r_mm": np.tile(0.5 * contact.DOWN, (len(sheet), 1))}
    found = rider.Rider.fit(v, contact.surface_samples(v, f), sheet, bases, None, {"dome_r_mm": 90.0})
    points = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, -rider.REST_MM - rider.PAD_REACH_MM - 1.0]])
    rests = contact.Grid(np.ones((2, 2, 2)), np.array([-500.0, -500.0, -500.0]), 1000.0)  # all "tendon"
    sheet_there = {"dome_r_mm": np.tile(0.5 * contact.DOWN, (2, 1))}
    far_apex = np.array([[500.0, 0.0, 0.0], [-500.0, 0.0, 0.0]])
    g = found.pad(points, sheet_there, rests=rests, allowed=None, largest={"dome_r_mm": 90.0}, apexes=far_apex)
    np.testing.assert_allclose(g, [1.0, 0.0])
    held = found.pad(points[:1], sheet_there, rests=rests, allowed=np.zeros(1), largest={"dome_r_mm": 90.0},
                     apexes=far_apex)
    assert held[0] == 0.0  # on a still bone the sheet keeps its held motion
    at_apex = found.pad(points[:1], sheet_there, rests=rests, allowed=None, largest={"dome_r_mm": 90.0},
                        apexes=np.zeros((2, 3)))
    assert at_apex[0] == 0.0  # a dome apex keeps its full travel
    # off the tendon, a sheet that falls away faster than the rider keeps its own motion (a gap opens)
    nowhere = contact.Grid(np.zeros((2, 2, 2)), np.array([-500.0, -500.0, -500.0]), 1000.0)
    falling = {"dome_r_mm": np.tile(2.0 * contact.DOWN, (1, 1))}
    g = found.pad(points[:1], falling, rests=nowhere, allowed=None, largest={"dome_r_mm": 90.0}, apexes=far_apex)
    assert g[0] == 0.0
