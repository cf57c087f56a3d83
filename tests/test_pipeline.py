"""The pipeline joins motion, physiology and the rig into one precomputed Animation."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.anatomy.model import load_builtin_model
from anatoflow.motion.channels import CHANNEL_INDEX
from anatoflow.motion.rig import MotionRig
from anatoflow.motion.timeline import load_timeline
from anatoflow.pipeline import build_animation


@pytest.fixture(scope="module")
def model_and_rig():
    model = load_builtin_model()
    return model, MotionRig.build(model)


def _animation(repo_dir, model_and_rig, name: str, **kwargs):
    model, rig = model_and_rig
    timeline = load_timeline(repo_dir / "animations" / f"{name}.toml")
    return build_animation(model, timeline, rig=rig, **kwargs)


def test_cycle_span_loops_one_breath(repo_dir, model_and_rig) -> None:
    anim = _animation(repo_dir, model_and_rig, "deep-diaphragmatic", span="cycle", fps=10)
    period = 60.0 / 6.0
    assert anim.n_frames == 100
    assert anim.times[-1] + (anim.times[1] - anim.times[0]) == pytest.approx(period)
    dome = anim.weights[:, CHANNEL_INDEX["dome_r_mm"]]
    assert dome.max() > 50.0 and dome.min() < 1.0


def test_ivc_calibre_comes_from_physiology(repo_dir, model_and_rig) -> None:
    anim = _animation(repo_dir, model_and_rig, "quiet-breathing", span="cycle", fps=10)
    column = anim.weights[:, CHANNEL_INDEX["ivc_calibre"]]
    assert np.array_equal(column, anim.haemodynamics.ivc_calibre)
    assert not np.array_equal(column, anim.states.weights()[:, CHANNEL_INDEX["ivc_calibre"]])


def test_frames_move_the_diaphragm_and_carry_arrows(repo_dir, model_and_rig) -> None:
    anim = _animation(repo_dir, model_and_rig, "deep-diaphragmatic", span="cycle", fps=10)
    dome = anim.weights[:, CHANNEL_INDEX["dome_r_mm"]]
    exp, insp = anim.frame(int(np.argmin(dome))), anim.frame(int(np.argmax(dome)))
    drop = exp.vertices["diaphragm"][:, 2].max() - insp.vertices["diaphragm"][:, 2].max()
    assert drop > 40.0
    assert np.array_equal(exp.vertices["vertebra_l3"], insp.vertices["vertebra_l3"])
    assert exp.arrow_positions.shape == insp.arrow_positions.shape and exp.arrow_positions.shape[0] > 20
    assert set(exp.arrow_kinds) == {"vein", "lymph"}
    assert not np.allclose(exp.arrow_positions, insp.arrow_positions)
    assert exp.caption is not None and exp.caption["nb"] and exp.caption["en"]


def test_full_span_matches_timeline_duration(repo_dir, model_and_rig) -> None:
    anim = _animation(repo_dir, model_and_rig, "shallow-chest-stress", fps=5)
    assert anim.n_frames == int(np.ceil(anim.timeline.duration * 5 - 1e-9))
    assert np.all(np.isfinite(anim.arrows.positions))
