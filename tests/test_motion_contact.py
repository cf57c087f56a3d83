"""The one-mesh diaphragm's spatial field and the carriage of its neighbours, on small shapes."""

from __future__ import annotations

import numpy as np
import pytest
from motion_model import diaphragm_sheet, dome_height, ellipsoid
from scipy.spatial import cKDTree

from anatoflow.motion import contact
from anatoflow.motion.fields import DomeField


def _no_ribs(points: np.ndarray) -> np.ndarray:
    return np.zeros_like(points)


@pytest.fixture(scope="module")
def sheet():
    """The synthetic two-layer dome sheet with a band of 'crus' labels at its back, its field,
    and the k-d tree of its surface."""
    v, f = diaphragm_sheet()
    dome = DomeField.fit(v[v[:, 2] > 200.0], z_fix=200.0, z_full=260.0)
    labels = np.where((v[:, 1] > 20.0) & (np.abs(v[:, 0]) < 40.0), 3, 0)
    field = contact.SheetField.fit(v, labels, dome, _no_ribs, (3, 4))
    return v, f, dome, field, contact.surface_samples(v, f)


def test_limit_keeps_the_top_and_bounds_the_squeeze() -> None:
    z = np.linspace(0.0, 1.0, 40)
    profile = np.zeros((2, 1, 40))
    profile[0, 0] = np.clip((z - 0.7) * 10.0, 0.0, 1.0)  # a steep rise near the top
    profile[1, 0] = z  # already gentle
    amplitude = np.array([[90.0], [90.0]])
    out = contact.limit_vertical_stretch(profile, amplitude, 4.0, limit=0.6)
    assert np.all(out >= profile)
    assert out[0, 0, -1] == profile[0, 0, -1]
    assert np.all(np.diff(out[0, 0]) * 90.0 <= 0.6 * 4.0 + 1e-9)
    np.testing.assert_allclose(out[1], profile[1])


def test_spread_share_is_a_smooth_share_of_space() -> None:
    rng = np.random.default_rng(1)
    points = rng.uniform(-50.0, 50.0, size=(2000, 3))
    share = (points[:, 0] > 0.0).astype(float)
    grid = contact.spread_share(points, share, sigma_mm=5.0)
    inside, outside, far = grid(np.array([[30.0, 0, 0]])), grid(np.array([[-30.0, 0, 0]])), grid(np.array([[400.0, 0, 0]]))
    assert inside[0] > 0.95 and outside[0] < 0.05 and far[0] > 0.95
    values = grid(rng.uniform(-80.0, 80.0, size=(500, 3)))
    assert np.all((values >= -1e-9) & (values <= 1.0 + 1e-9))


def test_sheet_field_moves_each_apex_by_the_weight_and_holds_the_crura(sheet) -> None:
    v, _, dome, field, _ = sheet
    for side, channel in enumerate(("dome_r_mm", "dome_l_mm")):
        np.testing.assert_allclose(field.bases(dome.apex[side:side + 1])[channel][0], [0.0, 0.0, -1.0], atol=1e-6)
    low_crus = np.array([[0.0, 40.0, 150.0]])  # under the back, below the aortic level (z_fix)
    assert np.linalg.norm(field.bases(low_crus)["dome_r_mm"]) < 0.05


def test_sheet_field_never_squeezes_a_column_by_more_than_the_limit(sheet) -> None:
    _, _, dome, field, _ = sheet
    travel = np.array([contact.BREATH_MAX["dome_r_mm"], contact.BREATH_MAX["dome_l_mm"]])
    for x, y in ((-60.0, -35.0), (60.0, -35.0), (0.0, -30.0), (0.0, 30.0)):
        column = np.column_stack([np.full(200, x), np.full(200, y), np.linspace(100.0, 320.0, 200)])
        b = field.bases(column)
        descent = -(travel[0] * b["dome_r_mm"][:, 2] + travel[1] * b["dome_l_mm"][:, 2])
        squeeze = np.diff(descent) / np.diff(column[:, 2])
        assert squeeze.max() <= contact.STRETCH_LIMIT + 0.05, (x, y, squeeze.max())


def test_a_neighbour_moves_with_the_sheet_where_it_touches_and_keeps_its_own_motion_away(sheet) -> None:
    v, _, dome, field, tree = sheet
    under = float(dome_height(np.array(-60.0), np.array(-35.0))) - 4.0  # the sheet's lower face at the apex
    pv, pf = ellipsoid([-60.0, -35.0, under - 1.0 - 30.0], [20.0, 20.0, 30.0], n=16)  # 1 mm under it
    # it descends whole with the right dome (as an organ under it), and has a channel the sheet lacks
    own = {"dome_r_mm": np.tile([0.0, 0.0, -1.0], (len(pv), 1)), "psoas_l": np.tile([1.0, 0.0, 0.0], (len(pv), 1))}
    out = contact.carry(pv, pf, own, field, tree)
    touching = contact.face_contact(pv, pf, tree, within=contact.CONTACT_MM) < contact.CONTACT_MM
    assert touching.any()
    carried = field.bases(pv[touching])
    for name in ("dome_r_mm", "dome_l_mm", "rib_lift"):
        np.testing.assert_allclose(out[name][touching], carried[name], atol=1e-9)
    np.testing.assert_allclose(out["psoas_l"][touching], 0.0, atol=1e-9)  # the sheet has no such channel
    lowest = np.argmin(pv[:, 2])  # 60 mm from the sheet: its own motion
    np.testing.assert_allclose(out["psoas_l"][lowest], [1.0, 0.0, 0.0])
    np.testing.assert_allclose(out["dome_r_mm"][lowest], [0.0, 0.0, -1.0])


def test_a_structure_away_from_the_sheet_keeps_its_bases(sheet) -> None:
    *_, field, tree = sheet
    pv, pf = ellipsoid([0.0, -30.0, 0.0], [10.0, 10.0, 10.0], n=8)
    own = {"dome_r_mm": np.full_like(pv, 0.5)}
    assert contact.carry(pv, pf, own, field, tree) == own


def test_reach_grows_with_the_closing_motion_more_than_with_sliding() -> None:
    dist = np.linspace(3.0, 200.0, 400)
    assert contact.carriage_reach(dist, np.zeros(400), np.zeros(400)) == contact.MIN_REACH_MM
    closing = contact.carriage_reach(dist, np.full(400, 40.0), np.zeros(400))
    sliding = contact.carriage_reach(dist, np.zeros(400), np.full(400, 40.0))
    assert contact.MIN_REACH_MM < sliding < closing
    assert closing < contact.carriage_reach(dist, np.full(400, 80.0), np.zeros(400))


def test_face_contact_brings_both_ends_of_a_long_edge_into_contact() -> None:
    tree = cKDTree(np.array([[0.0, 0.0, 1.0]]))  # a one-point 'sheet' 1 mm above the long edge's middle
    verts = np.array([[-20.0, 0.0, 0.0], [20.0, 0.0, 0.0], [0.0, 30.0, 0.0]])
    faces = np.array([[0, 1, 2]])
    d = contact.face_contact(verts, faces, tree, within=10.0)
    np.testing.assert_allclose(d[:2], 1.0, atol=1e-9)
    assert d[2] == 10.0  # its own faces pass no closer than 10 mm... capped at ``within``
