"""The shipped and the BodyParts3D models, rendered: handedness and render baselines.

Handedness (issue 9): in an anterior view the heart (and the aorta's arch) shows to the viewer's
right, the patient's left; the IVC and the liver to the viewer's left. Each structure is
rendered alone and found in the image; the spine gives the midline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from anatoflow.anatomy.model import AnatomyModel, load_builtin_model, load_named_model
from anatoflow.anatomy.frame import ANTERIOR
from anatoflow.cli import main
from anatoflow.scene.cameras import fit_camera
from anatoflow.scene.scene import Scene
from scene_baselines import verify_image

pytestmark = pytest.mark.render
SIZE = (400, 300)
SPINE = ("vertebra_t8", "vertebra_t9", "vertebra_t10", "vertebra_t11", "vertebra_t12",
         "vertebra_l1", "vertebra_l2", "vertebra_l3")


@pytest.fixture(scope="module")
def builtin_model() -> AnatomyModel:
    from anatoflow.paths import meshes_dir

    if not (meshes_dir() / "catalogue.toml").is_file():
        pytest.skip("the built-in model (meshes/catalogue.toml) is not generated yet")
    return load_builtin_model()


@pytest.fixture(scope="module")
def bodyparts3d_model(bodyparts3d_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnatomyModel]:
    root = tmp_path_factory.mktemp("bp3d_scene_cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ANATOFLOW_CACHE", str(root))
        assert main(["fetch-anatomy", "--from", str(bodyparts3d_dir)]) == 0
        yield load_named_model("bodyparts3d", root=root)


def _centroid_x(scene: Scene, ids: list[str]) -> float:
    scene.show_only(ids)
    image = scene.image()
    mask = np.any(image < 247, axis=2)
    assert mask.sum() > 30, f"{ids} not visible in the anterior view"
    return float(np.nonzero(mask)[1].mean())


def check_handedness(model: AnatomyModel) -> dict[str, float]:
    """Return the image x of each structure; assert the anterior-view sides.

    The whole model is rendered from the anterior preset first (the spine must be in the
    middle), then an anterior close-up framing the trunk organs measures the sides.
    """
    spine = [sid for sid in SPINE if sid in model.catalogue]
    assert len(spine) >= 4, "the model needs its thoracolumbar vertebrae for a midline"
    organs = [sid for sid in ("heart", "aorta", "inferior_vena_cava", "liver") if sid in model.catalogue]
    with Scene(model, window_size=SIZE, legend=False) as scene:
        scene.set_camera("anterior")
        assert abs(_centroid_x(scene, spine) - SIZE[0] / 2) < 0.1 * SIZE[0]  # centred on the body
        scene.show_only(spine + organs)
        box = scene.shown_bounds()
        scene.set_camera(fit_camera("trunk", box, ANTERIOR, aspect=SIZE[0] / SIZE[1]))
        xs = {"midline": _centroid_x(scene, spine)}
        xs.update({sid: _centroid_x(scene, [sid]) for sid in organs})
    assert xs["heart"] > xs["midline"] + 4, xs
    assert xs["aorta"] > xs["midline"], xs
    assert xs["inferior_vena_cava"] < xs["midline"] - 3, xs
    if "liver" in xs:
        assert xs["liver"] < xs["midline"] - 8, xs
    return xs


def test_builtin_handedness(builtin_model: AnatomyModel) -> None:
    xs = check_handedness(builtin_model)
    assert "liver" in xs


@pytest.mark.slow
def test_bodyparts3d_handedness(bodyparts3d_model: AnatomyModel) -> None:
    check_handedness(bodyparts3d_model)


@pytest.mark.parametrize("view", ["anterior", "left_lateral"])
def test_builtin_baselines(builtin_model: AnatomyModel, view: str, tmp_path: Path) -> None:
    with Scene(builtin_model, window_size=SIZE) as scene:
        scene.set_camera(view)
        verify_image(scene.image(), f"builtin-{view}", tmp_path)
