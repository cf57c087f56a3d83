"""Camera presets: computed from the model, the box fits the view, left is on the right in front."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from anatoflow.scene.cameras import PRESETS, box_of_interest, CameraView, all_presets, camera_preset, fit_camera, model_bounds


def _screen_axes(view: CameraView) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    forward = np.subtract(view.focal_point, view.position)
    forward /= np.linalg.norm(forward)
    up = np.asarray(view.view_up)
    return forward, up, np.cross(forward, up)


def test_anterior_puts_patient_left_on_viewer_right(synthetic_model) -> None:
    view = camera_preset("anterior", synthetic_model)
    forward, up, right = _screen_axes(view)
    np.testing.assert_allclose(forward, [0, 1, 0], atol=1e-9)  # looking from the front, +y
    np.testing.assert_allclose(up, [0, 0, 1], atol=1e-9)
    np.testing.assert_allclose(right, [1, 0, 0], atol=1e-9)  # +x = patient's left


def test_posterior_and_laterals(synthetic_model) -> None:
    _, _, right = _screen_axes(camera_preset("posterior", synthetic_model))
    np.testing.assert_allclose(right, [-1, 0, 0], atol=1e-9)
    forward, _, right = _screen_axes(camera_preset("left_lateral", synthetic_model))
    np.testing.assert_allclose(forward, [-1, 0, 0], atol=1e-9)
    np.testing.assert_allclose(right, [0, 1, 0], atol=1e-9)  # back on the right, face on the left
    forward, _, _ = _screen_axes(camera_preset("right_lateral", synthetic_model))
    np.testing.assert_allclose(forward, [1, 0, 0], atol=1e-9)
    assert camera_preset("right", synthetic_model).position == camera_preset("right_lateral", synthetic_model).position


@pytest.mark.parametrize("aspect", [0.5, 1.0, 16 / 9, 3.0])
@pytest.mark.parametrize("name", PRESETS)
def test_box_of_interest_fits_the_view(synthetic_model, name: str, aspect: float) -> None:
    view = camera_preset(name, synthetic_model, aspect=aspect)
    forward, up, right = _screen_axes(view)
    box = box_of_interest(name, synthetic_model)
    corners = np.array([[box[i, 0], box[j, 1], box[k, 2]] for i in (0, 1) for j in (0, 1) for k in (0, 1)])
    rel = corners - np.asarray(view.position)
    depth = rel @ forward
    tan_half = math.tan(math.radians(view.view_angle) / 2)
    assert np.all(depth > 0)
    assert np.all(np.abs(rel @ up) / depth <= tan_half + 1e-9)
    assert np.all(np.abs(rel @ right) / depth <= tan_half * aspect + 1e-9)
    # and it is not absurdly far: something touches 70% of the frame
    fill = max(np.max(np.abs(rel @ up) / depth) / tan_half, np.max(np.abs(rel @ right) / depth) / (tan_half * aspect))
    assert fill > 0.7


def test_close_ups_look_at_their_landmarks(synthetic_model) -> None:
    lm = synthetic_model.landmarks
    hiatus = camera_preset("hiatus", synthetic_model)
    openings = np.mean([o.position for o in lm.openings.values()], axis=0)
    np.testing.assert_allclose(hiatus.focal_point, openings, atol=1e-6)
    pelvis = camera_preset("pelvis", synthetic_model)
    z = pelvis.focal_point[2]
    assert lm.get("lesser_trochanter_l")[2] < z < lm.vertebra("L1")[2]
    whole = camera_preset("anterior", synthetic_model)
    assert np.linalg.norm(np.subtract(hiatus.position, hiatus.focal_point)) < 0.5 * np.linalg.norm(
        np.subtract(whole.position, whole.focal_point))


def test_serialisable_round_trip(synthetic_model) -> None:
    presets = all_presets(synthetic_model, aspect=4 / 3)
    assert set(presets) == set(PRESETS)
    text = json.dumps(presets)
    back = CameraView.from_dict(json.loads(text)["oblique"])
    assert back == camera_preset("oblique", synthetic_model, aspect=4 / 3)
    assert len(back.as_pyvista()) == 3


def test_unknown_preset_and_bad_aspect(synthetic_model) -> None:
    with pytest.raises(ValueError, match="not one of"):
        camera_preset("top", synthetic_model)
    with pytest.raises(ValueError, match="aspect"):
        fit_camera("x", model_bounds(synthetic_model), np.array([0, -1.0, 0]), aspect=0.0)
