"""Default 3D label sets: small, anchored to real structures and landmarks, not overlapping."""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import numpy as np
import pytest

from anatoflow import content
from anatoflow.anatomy.landmarks import load_landmarks
from anatoflow.content.anchors import anchor_point, anchor_vertex, screen_positions


def _views() -> dict[str, dict]:
    with open(content.content_dir() / "labels.toml", "rb") as handle:
        return {name: entry["view"] for name, entry in tomllib.load(handle)["camera"].items()}


def test_every_preset_has_five_to_eight_labels() -> None:
    for camera in content.CAMERAS:
        specs = content.labels(camera)
        assert 5 <= len(specs) <= 8, camera
        for spec in specs:
            assert spec.structure in content.structure_notes()
            assert spec.text.nb and spec.text.en
    with pytest.raises(KeyError, match="camera preset"):
        content.labels("feet")


def test_landmark_anchors_exist(repo_dir: Path) -> None:
    landmarks = load_landmarks(repo_dir / "meshes" / "landmarks.toml")
    names = set(landmarks.names())
    for camera in content.CAMERAS:
        for spec in content.labels(camera):
            if spec.anchor not in content.ANCHOR_KINDS:
                assert spec.anchor in names, f"{camera}: {spec.anchor}"


def test_anchor_point_kinds() -> None:
    vertices = np.array([[0.0, 0.0, 0.0], [2.0, 0.0, 4.0], [4.0, 3.0, -2.0]])
    assert anchor_point("centroid", vertices).tolist() == [2.0, 1.0, 2 / 3]
    assert anchor_point("top", vertices).tolist() == [2.0, 0.0, 4.0]
    assert anchor_point("bottom", vertices).tolist() == [4.0, 3.0, -2.0]
    assert anchor_point("T8", vertices, landmark=lambda name: [0, 14, 310]).tolist() == [0.0, 14.0, 310.0]
    with pytest.raises(ValueError, match="landmark"):
        anchor_point("T8", vertices)
    assert anchor_vertex("top", vertices) == 1 and anchor_vertex("bottom", vertices) == 2
    assert anchor_vertex("centroid", vertices) == 0  # the mean (2, 1, 0.67) is nearest to (0, 0, 0)
    assert anchor_vertex("X", vertices, landmark=lambda name: [3.5, 3.0, -1.0]) == 2


_SCENE_NAMES: dict[str, str] = {}


def test_label_views_match_the_scene_presets() -> None:
    cameras = pytest.importorskip("anatoflow.scene.cameras")
    for camera, view in _views().items():
        expected = cameras.DIRECTIONS[_SCENE_NAMES.get(camera, camera)]
        assert np.allclose(view["direction"], expected, atol=1e-3), camera


def _overlap(a: np.ndarray, b: np.ndarray, gap: float) -> bool:
    """Two labels clash when their anchors are closer than ``gap``, or side by side on
    one text line (vertical spacing under half a gap) within about one label width."""
    dx, dy = abs(a[0] - b[0]), abs(a[1] - b[1])
    return bool(np.hypot(dx, dy) < gap or (dy < 0.5 * gap and dx < 2.5 * gap))


def test_labels_do_not_overlap_in_default_views(repo_dir: Path) -> None:
    if not (repo_dir / "meshes" / "catalogue.toml").is_file():
        pytest.skip("the built-in model (meshes/catalogue.toml) is not on this branch yet")
    from anatoflow.anatomy.model import load_builtin_model

    model = load_builtin_model()
    landmarks = model.landmarks
    meshes = model.meshes
    cameras = pytest.importorskip("anatoflow.scene.cameras")
    clashes = []
    for camera, view in _views().items():
        specs = content.labels(camera)
        points = [anchor_point(s.anchor, meshes[s.structure].vertices, landmark=landmarks.get) for s in specs]
        box = cameras.box_of_interest(_SCENE_NAMES.get(camera, camera), model)
        for spec, point in zip(specs, points):
            if not np.all((point >= box[0] - 1.0) & (point <= box[1] + 1.0)):
                clashes.append(f"{camera}: {spec.structure}/{spec.anchor} is outside the view")
        screen = screen_positions(np.array(points), direction=view["direction"], up=view["up"])
        for (i, a), (j, b) in itertools.combinations(enumerate(screen), 2):
            if _overlap(a, b, float(view["min_gap_mm"])):
                clashes.append(f"{camera}: {specs[i].structure}/{specs[i].anchor} vs {specs[j].structure}/{specs[j].anchor}")
    assert not clashes, clashes
