"""Breath waveform and body states: smooth, periodic, finite, and meeting the requested excursion."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anatoflow.motion import breath, tension
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNEL_NAMES, CHANNELS
from anatoflow.motion.state import BodyStates, dome_amplitude_mm, frame_times, sample
from anatoflow.motion.timeline import PATTERNS, load_timeline, parse_timeline

FIELDS = ("times", "rate_per_min", "phase", "inspiring", "volume", "dome_r_mm", "dome_l_mm",
          "rib_lift", "abdominal_share", "psoas_tension_l", "psoas_tension_r", "diaphragm_tone")


def scenario(**defaults) -> dict:
    nested: dict = {}
    for dotted, value in defaults.items():
        group, name = dotted.split("__")
        nested.setdefault(group, {})[name] = value
    return {"name": "p", "title_nb": "p", "title_en": "p", "duration": 60.0, "fps": 30, "defaults": nested}


constant = st.fixed_dictionaries({
    "breath__rate": st.floats(2.0, 40.0),
    "breath__depth": st.floats(0.0, 1.0),
    "breath__ie_ratio": st.floats(0.5, 4.0),
    "breath__pattern": st.sampled_from(["diaphragmatic", "chest", "deep-slow"]),
    "tension__psoas_l": st.floats(0.0, 1.0),
    "tension__psoas_r": st.floats(0.0, 1.0),
    "tension__diaphragm": st.floats(0.0, 1.0),
})

keyed = st.lists(st.fixed_dictionaries({
    "dt": st.floats(0.1, 20.0),
    "interp": st.sampled_from(["linear", "smooth", "step"]),
    "breath": st.fixed_dictionaries({}, optional={
        "rate": st.floats(2.0, 40.0), "depth": st.floats(0.0, 1.0),
        "ie_ratio": st.floats(0.5, 4.0), "pattern": st.sampled_from(PATTERNS)}),
    "tension": st.fixed_dictionaries({}, optional={
        "psoas_l": st.floats(0.0, 1.0), "psoas_r": st.floats(0.0, 1.0), "diaphragm": st.floats(0.0, 1.0)}),
}), min_size=1, max_size=6)


def keyed_timeline(keys: list[dict], hypothesis: bool = True):
    t, rows = 0.0, []
    for k in keys:
        t += k["dt"]
        row = {"t": t, "interp": k["interp"], "breath": k["breath"], "tension": k["tension"]}
        if not k["breath"] and not k["tension"]:
            row["breath"] = {"rate": 12}
        rows.append(row)
    data = {"name": "k", "title_nb": "k", "title_en": "k", "duration": t + 5.0, "fps": 30, "key": rows,
            "hypotheses": {"psoas_crus_coupling": hypothesis}}
    return parse_timeline(data)


def test_waveform_is_c1_at_both_turns() -> None:
    for ie in (0.5, 1.0, 1.5, 3.0, 4.0):
        f_in = 1.0 / (1.0 + ie)
        h = 1e-7
        for turn in (0.0, f_in, 1.0):
            left, _ = breath.waveform(np.array([turn - 2 * h, turn - h]), ie)
            right, _ = breath.waveform(np.array([turn + h, turn + 2 * h]), ie)
            value_jump = abs(right[0] - left[1])
            slope_left, slope_right = (left[1] - left[0]) / h, (right[1] - right[0]) / h
            assert value_jump < 1e-6
            assert abs(slope_left) < 1e-3 and abs(slope_right) < 1e-3  # flat turn: no corner, no cusp
        w, insp = breath.waveform(np.linspace(0, 1, 2001), ie)
        assert w.min() >= 0.0 and w.max() <= 1.0 and abs(w[np.argmax(w)] - 1.0) < 1e-5
        assert abs(insp.mean() - f_in) < 1e-3
        assert np.max(np.abs(np.diff(w, 2))) < 1e-4  # bounded curvature everywhere


@settings(max_examples=60, deadline=None)
@given(params=constant, t0=st.floats(0.0, 40.0))
def test_cycle_repeats_exactly_after_one_period(params, t0) -> None:
    tl = parse_timeline(scenario(**params))
    period = 60.0 / params["breath__rate"]
    times = t0 + np.linspace(0.0, period, 37)
    a, b = sample(tl, times), sample(tl, times + period)
    for name in FIELDS[4:]:
        np.testing.assert_allclose(getattr(a, name), getattr(b, name), atol=1e-7, err_msg=name)
    wrap = np.abs(a.phase - b.phase)
    assert np.all(np.minimum(wrap, 1.0 - wrap) < 1e-9)
    f_in = 1.0 / (1.0 + params["breath__ie_ratio"])
    clear = np.minimum.reduce([np.abs(a.phase - f_in), a.phase, 1.0 - a.phase]) > 1e-9  # off the turns
    assert np.array_equal(a.inspiring[clear], b.inspiring[clear])
    np.testing.assert_allclose(a.weights(), b.weights(), atol=1e-7)


@settings(max_examples=60, deadline=None)
@given(params=constant, coupled=st.booleans())
def test_requested_dome_excursion_is_met(params, coupled) -> None:
    data = scenario(**params)
    data["hypotheses"] = {"psoas_crus_coupling": coupled}
    tl = parse_timeline(data)
    period = 60.0 / params["breath__rate"]
    times = np.linspace(0.0, period, 4001)
    s = sample(tl, times)
    _, gain, _ = breath.PATTERN_MIX[params["breath__pattern"]]
    for side, dome in (("r", s.dome_r_mm), ("l", s.dome_l_mm)):
        want = (breath.excursion_mm(params["breath__depth"], side) * gain
                * tension.tone_factor(params["tension__diaphragm"])
                * tension.crus_coupling_factor(params[f"tension__psoas_{side}"], enabled=coupled))
        np.testing.assert_allclose(dome.max(), want, rtol=1e-3, atol=1e-6)
        np.testing.assert_allclose(dome_amplitude_mm(tl, [0.0], side), want, rtol=1e-12)
        assert dome.min() >= 0.0 and dome.min() < 1e-3 * max(want, 1.0)


@pytest.mark.parametrize("depth,right,left", [("quiet", 18.0, 18.0), ("deep", 70.0, 75.0), ("maximal", 85.0, 90.0)])
def test_depth_anchors_match_reference_excursions(depth, right, left) -> None:
    tl = parse_timeline(scenario(breath__depth=depth, breath__rate=10))
    s = sample(tl, np.linspace(0, 6, 3001))
    assert abs(s.dome_r_mm.max() - right) <= 0.1 * right
    assert abs(s.dome_l_mm.max() - left) <= 0.1 * left
    assert 15.0 <= breath.excursion_mm(0.25, "r") <= 20.0  # quiet: 1.5-2 cm
    assert 50.0 <= breath.excursion_mm(0.8, "r") <= 70.0 <= breath.excursion_mm(0.8, "l")  # deep


def test_breath_bend_is_zero_at_rest_and_at_the_largest_breath_and_one_half_way() -> None:
    r, l = breath.EXCURSION_R_MM[-1], breath.EXCURSION_L_MM[-1]
    np.testing.assert_allclose(breath.bend([0.0, r, 0.5 * r, 0.25 * r, 2.0 * r], [0.0, l, 0.5 * l, 0.25 * l, 2.0 * l]),
                               [0.0, 0.0, 1.0, 0.75, 0.0], atol=1e-12)
    tl = parse_timeline(scenario(breath__rate=12.0, breath__depth=1.0, breath__pattern="diaphragmatic"))
    s = sample(tl, np.linspace(0.0, 10.0, 101))
    np.testing.assert_allclose(s.weights()[:, CHANNEL_INDEX["breath_bend"]], breath.bend(s.dome_r_mm, s.dome_l_mm))


@settings(max_examples=50, deadline=None)
@given(keys=keyed, coupled=st.booleans(), times=st.lists(st.floats(-5.0, 200.0), min_size=1, max_size=50))
def test_any_timeline_gives_finite_states_in_channel_ranges(keys, coupled, times) -> None:
    tl = keyed_timeline(keys, coupled)
    s = sample(tl, np.array(times))
    for name in FIELDS:
        arr = getattr(s, name)
        assert arr.shape == (len(times),) and np.all(np.isfinite(arr.astype(float))), name
    w = s.weights()
    assert w.shape == (len(times), len(CHANNEL_NAMES)) and np.all(np.isfinite(w))
    low = np.array([c.low for c in CHANNELS])
    high = np.array([c.high for c in CHANNELS])
    assert np.all(w >= low) and np.all(w <= high)
    assert np.all((s.phase >= 0) & (s.phase < 1)) and np.all((s.volume >= 0) & (s.volume <= 1))


@settings(max_examples=8, deadline=None)
@given(keys=keyed)
def test_breath_never_jumps_when_parameters_change_smoothly(keys) -> None:
    for k in keys:
        k["interp"] = "smooth" if k["interp"] == "step" else k["interp"]
        k["breath"].pop("pattern", None)
    tl = keyed_timeline(keys)
    end = min(tl.duration, 15.0)
    times = np.arange(0.0, end, 1e-3)
    fine = np.arange(0.0, end, 1e-4)
    s, f = sample(tl, times), sample(tl, fine)
    # a continuous curve has ten times smaller steps on a ten times finer grid; a jump does not
    for name in ("dome_r_mm", "dome_l_mm", "rib_lift", "volume"):
        coarse_step = np.max(np.abs(np.diff(getattr(s, name))))
        assert np.max(np.abs(np.diff(getattr(f, name)))) <= 0.2 * coarse_step + 1e-12, name
    cycles = breath.breaths_elapsed(tl, times)
    assert np.all(np.diff(cycles) > 0) and np.max(np.diff(cycles)) <= 40.0 / 60.0 * 1e-3 + 1e-12


def test_hold_freezes_the_breath_and_pattern_changes_blend() -> None:
    data = scenario(breath__rate=12, breath__depth=0.6)
    data["key"] = [{"t": 6.0, "interp": "step", "breath": {"pattern": "hold"}},
                   {"t": 12.0, "interp": "step", "breath": {"pattern": "chest"}}]
    tl = parse_timeline(data)
    s = sample(tl, np.array([6.0, 8.0, 11.9]))
    assert np.ptp(s.dome_r_mm) < 1e-9 and s.dome_r_mm[0] > 10.0
    ramp = sample(tl, np.arange(11.0, 15.0, 0.01))
    assert np.max(np.abs(np.diff(ramp.abdominal_share))) < 0.01
    assert ramp.abdominal_share[0] == pytest.approx(0.8) and ramp.abdominal_share[-1] == pytest.approx(0.2)


def test_tension_channels_and_coupling_hypothesis() -> None:
    base = scenario(breath__depth="deep", tension__psoas_l=1.0, tension__psoas_r=0.0)
    on = sample(parse_timeline(base), np.linspace(0, 5, 1001))
    off = sample(parse_timeline({**base, "hypotheses": {"psoas_crus_coupling": False}}), np.linspace(0, 5, 1001))
    assert on.dome_l_mm.max() < 0.9 * off.dome_l_mm.max()
    assert on.dome_r_mm.max() == pytest.approx(off.dome_r_mm.max())
    w = on.weights()
    assert np.allclose(w[:, CHANNEL_INDEX["psoas_l"]], 0.10) and np.allclose(w[:, CHANNEL_INDEX["psoas_r"]], 0.0)
    assert np.all(w[:, CHANNEL_INDEX["iliac_compression_l"]] > 0.2)
    ivc = w[:, CHANNEL_INDEX["ivc_calibre"]]
    assert ivc[np.argmax(on.volume)] < -0.2 and ivc[np.argmin(on.volume)] == pytest.approx(0.0, abs=1e-9)
    assert on.hypotheses["psoas_crus_coupling"] is True


def test_chronic_tension_reduces_excursion(repo_dir) -> None:
    def peak(name):
        tl = load_timeline(repo_dir / "animations" / f"{name}.toml")
        return sample(tl, frame_times(tl)).dome_r_mm.max()
    assert peak("chronic-tension") < 0.8 * peak("quiet-breathing")
    assert peak("deep-diaphragmatic") > 3.0 * peak("quiet-breathing")
    assert peak("shallow-chest-stress") < 0.5 * peak("quiet-breathing")


def test_states_are_read_only() -> None:
    s = sample(parse_timeline(scenario(breath__rate=12)), np.linspace(0, 5, 11))
    assert isinstance(s, BodyStates)
    with pytest.raises(ValueError):
        s.dome_r_mm[0] = 3.0
    with pytest.raises(TypeError):
        s.hypotheses["psoas_crus_coupling"] = False  # type: ignore[index]
