"""The scene consumes the pipeline's Animation frames on the built-in model."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.scene.scene import Scene

pytestmark = pytest.mark.render


def test_pipeline_frames_move_the_diaphragm_and_arrows(repo_dir) -> None:
    from anatoflow.anatomy.model import load_builtin_model
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.pipeline import build_animation

    if not (repo_dir / "meshes" / "catalogue.toml").is_file():
        pytest.skip("the built-in model is not generated yet")
    model = load_builtin_model()
    anim = build_animation(model, load_timeline(repo_dir / "animations" / "deep-diaphragmatic.toml"),
                           fps=2, span="cycle")
    volume = np.asarray(anim.states.volume)
    low, high = int(np.argmin(volume)), int(np.argmax(volume))
    with Scene(model, window_size=(320, 240), legend=False) as scene:
        scene.set_camera("left_lateral")
        scene.emphasise_flow()
        scene.update(anim.frame(low))
        actors = scene.n_actors
        expiration = scene.image()
        kinds = np.asarray(anim.arrows.kinds)
        assert scene.glyphs.count("vein") == int((kinds == "vein").sum()) > 0
        assert scene.glyphs.count("lymph") == int((kinds == "lymph").sum())
        frame = anim.frame(high)
        scene.update(frame)
        inspiration = scene.image()
        assert scene.n_actors == actors
        np.testing.assert_allclose(scene.meshes["diaphragm"].points, frame.vertices["diaphragm"], atol=1e-3)
        if frame.caption is not None:
            assert scene.caption == frame.caption["en"]
    changed = np.abs(inspiration.astype(int) - expiration).sum(axis=2) > 30
    assert changed.sum() > 300, "inspiration and expiration frames should differ where the diaphragm is"
