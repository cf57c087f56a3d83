"""Breath motion slides along a still muscle's surface (motion/slide.py), on a small shape."""

from __future__ import annotations

import numpy as np
import pytest
from motion_model import ellipsoid

from anatoflow.motion import slide


@pytest.fixture(scope="module")
def muscle() -> slide.Slide:
    """A vertical 'psoas' (an ellipsoid 20 x 20 x 120 mm) that does not breathe."""
    v, f = ellipsoid([0.0, 0.0, 0.0], [20.0, 20.0, 120.0], n=48)
    found = slide.Slide.of([(v, f)])
    assert found is not None
    return found


def test_no_muscle_no_slide() -> None:
    assert slide.Slide.of([]) is None


def test_motion_into_the_surface_is_removed_on_it_and_kept_far_away(muscle) -> None:
    points = np.array([[20.5, 0.0, 0.0], [20.0 + slide.SLIDE_CONTACT_MM + slide.SLIDE_REACH_MM + 5.0, 0.0, 0.0]])
    into = np.array([[-1.0, 0.0, -1.0], [-1.0, 0.0, -1.0]])  # towards the muscle and down
    out = muscle.apply(points, {"dome_r_mm": into})["dome_r_mm"]
    np.testing.assert_allclose(out[0], [0.0, 0.0, -1.0], atol=0.02)  # slides down along it
    np.testing.assert_allclose(out[1], into[1])  # far away: unchanged


def test_the_slide_fades_with_distance_and_spares_other_channels(muscle) -> None:
    x = 20.0 + np.linspace(0.0, slide.SLIDE_CONTACT_MM + slide.SLIDE_REACH_MM + 2.0, 40)
    points = np.stack([x, np.zeros_like(x), np.zeros_like(x)], axis=1)
    into = np.tile([-1.0, 0.0, 0.0], (len(x), 1))
    out = muscle.apply(points, {"rib_lift": into, "psoas_l": into})
    kept = -out["rib_lift"][:, 0]  # the share of the motion into the muscle that is kept
    assert kept[0] < 0.02 and kept[-1] == pytest.approx(1.0)
    assert np.all(np.diff(kept) >= -1e-9)  # never more removed farther away
    np.testing.assert_array_equal(out["psoas_l"], into)  # tension is not a breath motion


def test_touches_only_within_contact(muscle) -> None:
    assert muscle.touches(np.array([[21.0, 0.0, 0.0], [80.0, 0.0, 0.0]]))
    assert not muscle.touches(np.array([[20.0 + slide.SLIDE_CONTACT_MM + 2.0, 0.0, 0.0]]))


def test_motion_inside_a_coarse_muscle_keeps_its_depth() -> None:
    """On a muscle drawn with long triangles (the BodyParts3D psoas has some 54 mm long), a point
    inside it slides along the face nearest it: moving along the slid motion keeps its depth."""
    v, f = ellipsoid([0.0, 0.0, 0.0], [20.0, 20.0, 120.0], n=5)
    coarse = slide.Slide.of([(v, f)])
    z = np.linspace(-40.0, 40.0, 9)
    points = np.stack([np.full_like(z, 13.0), np.full_like(z, 3.0), z], axis=1)  # a few mm inside one side
    before, _ = coarse.distance(points)
    assert np.all(before < -1.0)
    down = np.tile([0.3, 0.2, -1.0], (len(z), 1))  # down and a little outwards, as a kidney is carried
    out = coarse.apply(points, {"dome_r_mm": down})["dome_r_mm"]
    after, _ = coarse.distance(points + 2.0 * out)
    np.testing.assert_allclose(after, before, atol=0.05)
    assert np.all(np.linalg.norm(out, axis=1) > 0.5)  # it does move
