"""Scene behaviour on a synthetic model: points move without new actors, layers, arrows, labels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from anatoflow.scene.frames import ArrowFrame, SceneFrame
from anatoflow.scene.labels import Label, default_labels
from anatoflow.scene.scene import Scene
from scene_baselines import verify_image

SIZE = (400, 300)
pytestmark = pytest.mark.render


@pytest.fixture()
def scene(synthetic_model):
    with Scene(synthetic_model, window_size=SIZE, legend=False) as sc:
        yield sc


def foreground(image: np.ndarray, background: int = 255) -> np.ndarray:
    """Mask of pixels that differ from a white background."""
    return np.any(image[..., :3] < background - 8, axis=2)


def centroid_x(image: np.ndarray) -> float:
    mask = foreground(image)
    assert mask.sum() > 50, "structure not visible"
    return float(np.nonzero(mask)[1].mean())


def shifted(model, sid: str, offset: tuple[float, float, float]) -> np.ndarray:
    return model.meshes[sid].vertices + np.asarray(offset)


def test_handedness_in_an_anterior_view(scene: Scene) -> None:
    """Heart to the viewer's right (patient's left); liver and IVC to the viewer's left.

    The IVC lies only ~2 cm right of the midline, so it is compared with the spine's image
    position; heart and liver with the image centre too.
    """
    scene.set_camera("anterior")
    found = {}
    for sid in ("heart", "liver", "inferior_vena_cava", "bone"):
        scene.show_only([sid])
        found[sid] = centroid_x(scene.image())
    middle = SIZE[0] / 2
    assert found["heart"] > max(middle, found["bone"]) + 10, found
    assert found["liver"] < min(middle, found["bone"]) - 10, found
    assert found["inferior_vena_cava"] < found["bone"] - 2, found


def test_update_moves_points_without_adding_actors(scene: Scene, synthetic_model) -> None:
    before_img = scene.image()
    before_actors = scene.n_actors
    mesh_ids = {sid: id(mesh) for sid, mesh in scene.meshes.items()}
    moved = shifted(synthetic_model, "heart", (0.0, 0.0, -60.0))
    for _ in range(3):
        scene.update(SceneFrame(vertices={"heart": moved}))
    after_img = scene.image()
    assert scene.n_actors == before_actors
    assert {sid: id(mesh) for sid, mesh in scene.meshes.items()} == mesh_ids
    np.testing.assert_allclose(scene.meshes["heart"].points, moved, atol=1e-4)
    assert np.abs(after_img.astype(int) - before_img).sum(axis=2).astype(bool).sum() > 500
    normals = scene.meshes["heart"].point_data["Normals"]
    np.testing.assert_allclose(np.linalg.norm(normals, axis=1), 1.0, atol=1e-4)


def test_update_rejects_bad_frames(scene: Scene, synthetic_model) -> None:
    with pytest.raises(KeyError, match="spleen"):
        scene.update(SceneFrame(vertices={"spleen": np.zeros((3, 3))}))
    with pytest.raises(ValueError, match="shape"):
        scene.update(SceneFrame(vertices={"heart": np.zeros((3, 3))}))


def test_layer_toggles_change_pixels(scene: Scene) -> None:
    full = scene.image()
    scene.set_visible("muscle", False)
    no_muscle = scene.image()
    assert foreground(no_muscle).sum() < foreground(full).sum() - 500
    scene.set_visible("muscle", True)
    np.testing.assert_array_equal(scene.image(), full)
    scene.set_opacity("liver", 0.3)
    faded = scene.image()
    assert np.abs(faded.astype(int) - full).sum() > 10_000
    with pytest.raises(ValueError, match="neither a structure"):
        scene.set_visible("spleen", False)
    with pytest.raises(ValueError, match="outside 0..1"):
        scene.set_opacity("liver", 1.5)


def test_translucent_structures_render(scene: Scene) -> None:
    """Depth peeling is on and translucent surfaces still draw (MSAA would blank them)."""
    scene.set_camera("oblique")
    scene.show_only(["central_tendon"])  # opacity 0.6 in the catalogue
    assert foreground(scene.image()).sum() > 300
    assert scene.plotter.renderer.GetLastRenderingUsedDepthPeeling()


def test_blended_translucency_looks_like_depth_peeling(synthetic_model) -> None:
    """The videos' one-pass blending draws translucent surfaces nearly as peeling does."""
    images = {}
    for mode in ("peeling", "blended"):
        with Scene(synthetic_model, window_size=SIZE, legend=False, translucency=mode) as sc:
            sc.set_camera("oblique")
            images[mode] = sc.image().astype(int)
            used_peeling = sc.plotter.renderer.GetLastRenderingUsedDepthPeeling()
        assert used_peeling == (mode == "peeling")
    translucent = foreground(images["peeling"])
    assert translucent.sum() > 300
    assert np.abs(images["peeling"] - images["blended"]).mean() < 1.0


def test_unknown_translucency_is_refused(synthetic_model) -> None:
    with pytest.raises(ValueError, match="translucency"):
        Scene(synthetic_model, window_size=SIZE, translucency="sorted")


def _arrows(model, speed: float) -> ArrowFrame:
    ivc = np.linspace([-14.0, -42.0, 40.0], [-18.0, -52.0, 300.0], 8)
    duct = np.linspace([-4.0, -30.0, 160.0], [6.0, -20.0, 320.0], 5)
    up = np.tile([0.0, 0.0, 1.0], (13, 1))
    return ArrowFrame(positions=np.vstack([ivc, duct]), directions=up,
                      speeds=np.r_[np.full(8, speed * 25.0), np.full(5, speed)],
                      kinds=np.array(["vein"] * 8 + ["lymph"] * 5))


def test_flow_glyphs_appear_scale_and_hide(scene: Scene, synthetic_model) -> None:
    scene.show_only([])
    empty = foreground(scene.image()).sum()
    actors = scene.n_actors
    scene.update(SceneFrame(arrows=_arrows(synthetic_model, 8.0)))
    fast = scene.image()
    assert scene.glyphs.count("vein") == 8 and scene.glyphs.count("lymph") == 5
    assert foreground(fast).sum() > empty + 150
    blue = (fast[..., 2].astype(int) - fast[..., 0]) > 60
    assert blue.sum() > 100, "vein arrows should be blue to cyan"
    scene.update(SceneFrame(arrows=_arrows(synthetic_model, 3.0)))
    slow = scene.image()
    assert foreground(slow).sum() < foreground(fast).sum()
    assert scene.n_actors == actors
    scene.set_arrows_visible("vein", False)
    assert foreground(scene.image()).sum() < foreground(slow).sum()
    scene.update(SceneFrame(arrows=None))
    assert scene.glyphs.count("vein") == 0 and foreground(scene.image()).sum() == empty


def test_labels_follow_their_anchor_vertex(scene: Scene, synthetic_model) -> None:
    labels = default_labels(synthetic_model, ["heart", "psoas_major_l", "no_such_structure"])
    assert [lab.structure for lab in labels] == ["heart", "psoas_major_l"]
    scene.add_labels(labels)
    heart = scene.labels.actors[0]
    vertex = labels[0].vertex
    np.testing.assert_allclose(heart.GetAttachmentPoint(), synthetic_model.meshes["heart"].vertices[vertex], atol=1e-3)
    moved = shifted(synthetic_model, "heart", (30.0, 0.0, -40.0))
    scene.update(SceneFrame(vertices={"heart": moved}))
    np.testing.assert_allclose(heart.GetAttachmentPoint(), moved[vertex], atol=1e-3)
    with pytest.raises(ValueError, match="outside"):
        scene.add_labels([Label("heart", "x", 10**7)])


def test_caption_changes_pixels(scene: Scene) -> None:
    blank = scene.image()
    scene.update(SceneFrame(), caption="Inspiration")
    shown = scene.image()
    bottom = slice(int(SIZE[1] * 0.8), None)
    assert np.abs(shown[bottom].astype(int) - blank[bottom]).sum() > 1000


@pytest.mark.parametrize("view", ["anterior", "left_lateral"])
def test_synthetic_baselines(synthetic_model, view: str, tmp_path: Path) -> None:
    with Scene(synthetic_model, window_size=SIZE) as sc:
        sc.set_camera(view)
        verify_image(sc.image(), f"synthetic-{view}", tmp_path)


def test_label_boxes_do_not_overlap_and_stay_in_the_window(scene: Scene, synthetic_model) -> None:
    ids = list(synthetic_model.catalogue.ids)
    scene.add_labels(default_labels(synthetic_model, ids))
    scene.set_camera("anterior")
    scene.image()
    width, height = SIZE
    boxes = []
    for cap in scene.labels.actors:
        scene.plotter.renderer.SetWorldPoint(*cap.GetAttachmentPoint(), 1.0)
        scene.plotter.renderer.WorldToDisplay()
        ax, ay, _ = scene.plotter.renderer.GetDisplayPoint()
        px, py = cap.GetPosition()
        boxes.append((ax + px, ay + py, cap.GetWidth() * width, cap.GetHeight() * height))
    assert len(boxes) == len(ids)
    for i, (x, y, w, h) in enumerate(boxes):
        assert -1 <= x and x + w <= width + 1 and -1 <= y and y + h <= height + 1, boxes[i]
        for x2, y2, w2, h2 in boxes[i + 1:]:
            overlap_x = min(x + w, x2 + w2) - max(x, x2)
            overlap_y = min(y + h, y2 + h2) - max(y, y2)
            assert overlap_x <= 0.5 or overlap_y <= 0.5, (boxes[i], (x2, y2, w2, h2))


def test_attribution_footer_is_drawn(synthetic_model) -> None:
    import dataclasses

    credited = dataclasses.replace(synthetic_model, attribution="Test credit line, CC BY 4.0")
    with Scene(synthetic_model, window_size=SIZE, legend=False) as plain, \
            Scene(credited, window_size=SIZE, legend=False) as sc:
        corner = (slice(int(SIZE[1] * 0.9), None), slice(0, SIZE[0] // 2))
        assert sc.footer is not None and sc.footer.GetInput() == credited.attribution
        assert foreground(sc.image()[corner]).sum() > foreground(plain.image()[corner]).sum() + 50


def test_curated_content_labels_follow_vertices(scene: Scene, synthetic_model) -> None:
    from anatoflow.scene.labels import labels_from_content

    labels = labels_from_content(synthetic_model, "anterior")
    by_id = {lab.structure: lab for lab in labels}
    assert {"heart", "inferior_vena_cava", "psoas_major_l"} <= set(by_id)
    assert "diaphragm" not in by_id  # the synthetic model has none
    assert by_id["heart"].text == "Heart"
    assert labels_from_content(synthetic_model, "anterior", language="nb")[0].text != labels[0].text
    scene.set_labels(labels)
    actors = scene.n_actors
    scene.set_labels(labels_from_content(synthetic_model, "left_lateral"))
    assert scene.n_actors == actors - len(labels) + len(scene.labels.labels)
    assert all(0 <= lab.vertex < synthetic_model.meshes[lab.structure].n_vertices for lab in scene.labels.labels)
