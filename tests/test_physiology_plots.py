"""Standard figures: drawn from the model's series, inspiration shaded, written and read back."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.physiology.arrows import arrow_tracks
from anatoflow.physiology.plots import (
    arrow_frames_figure, series, standard_figure, write_quiet_vs_deep,
)
from anatoflow.physiology.pump import simulate
from anatoflow.physiology.reference_breaths import REFERENCE_BREATHS, reference_states

pytest.importorskip("matplotlib")


def test_series_are_plain_arrays_with_units() -> None:
    s = reference_states("quiet", seconds=8.0)
    h = simulate(s)
    out = series(h, s.inspiring)
    assert out["time_s"].shape == s.times.shape
    for key in ("pleural_mmHg", "abdominal_mmHg", "right_atrial_mmHg", "femoral_vein_l_ml_s",
                "inferior_vena_cava_hepatic_ml_s", "thoracic_duct_ml_h", "ivc_calibre", "inspiring"):
        assert isinstance(out[key], np.ndarray) and out[key].shape == s.times.shape, key
    assert out["thoracic_duct_ml_h"] == pytest.approx(h.thoracic_duct_flow * 3600.0)


def test_standard_figure_shows_two_breaths_with_inspiration_shaded() -> None:
    s = reference_states("deep_slow", seconds=30.0)
    h = simulate(s)
    fig = standard_figure(h, s.inspiring, 6.0, title="deep")
    axes = fig.axes
    assert len(axes) == 3
    t = axes[0].lines[0].get_xdata()
    assert t[-1] - t[0] == pytest.approx(20.0, abs=0.1)  # two 10 s breaths
    shaded = [p for p in axes[0].patches]
    assert len(shaded) == 2  # two inspirations
    width = sum(p.get_width() for p in shaded)
    assert width == pytest.approx(2 * 0.4 * 10.0, abs=0.2)
    assert {ln.get_label() for ln in axes[1].lines} >= {"femoral vein (L)", "IVC, hepatic level"}


def test_readme_figure_is_written(tmp_path) -> None:
    import matplotlib.image as mpimg

    path = write_quiet_vs_deep(tmp_path / "fig.png", dpi=40)
    img = mpimg.imread(path)
    assert img.shape[0] > 200 and img.shape[1] > 400
    assert img[..., :3].std() > 0.05  # not blank
    assert len(REFERENCE_BREATHS) == 3


def test_arrow_frames_figure_draws_both_kinds() -> None:
    s = reference_states("quiet", seconds=4.0)
    h = simulate(s)
    line = np.stack([np.zeros(6), np.zeros(6), np.linspace(0, 300, 6)], axis=1)
    cl = {"inferior_vena_cava": line, "thoracic_duct": line + [20.0, 0.0, 0.0]}
    tr = arrow_tracks(h.times, cl, {"inferior_vena_cava": np.full(6, 10.0),
                                    "thoracic_duct": np.full(6, 2.0)}, h.vessel_flows())
    fig = arrow_frames_figure(tr, cl, [("a", 10), ("b", 80)])
    assert len([a for a in fig.axes if a.get_title()]) == 2


def test_scenario_figure_draws_a_shipped_scenario(repo_dir) -> None:
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.physiology.plots import scenario_figure

    fig = scenario_figure(load_timeline(repo_dir / "animations" / "deep-diaphragmatic.toml"))
    t = fig.axes[0].lines[0].get_xdata()
    assert t[-1] - t[0] == pytest.approx(20.0, abs=0.2)  # two breaths at 6/min
    assert len(fig.axes[0].patches) == 2
    assert "six breaths" in fig.axes[0].get_title().lower()
