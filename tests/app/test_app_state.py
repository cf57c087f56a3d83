"""The app state without a browser: parameters, overrides, URL round trip and clamping."""

from __future__ import annotations

import pytest

from anatoflow.app.state import AppState, hypothesis_param
from anatoflow.app.urlstate import apply_query, query_string, to_query
from anatoflow.hypotheses import HYPOTHESES


def test_defaults_have_no_overrides_and_every_hypothesis_switch():
    state = AppState()
    assert state.overrides() == {}
    assert state.hypotheses() == {name: h.default for name, h in HYPOTHESES.items()}
    assert to_query(state) == {}


def test_overrides_and_build_key_follow_the_live_parameters():
    state = AppState()
    key = state.build_key()
    state.param.update(breath_rate=6.0, psoas_r=0.5, breath_pattern="chest")
    assert state.overrides() == {"breath.rate": 6.0, "tension.psoas_r": 0.5, "breath.pattern": "chest"}
    assert state.build_key() != key
    state.camera = "hiatus"                      # camera does not need a rebuild
    assert state.build_key() == AppState(breath_rate=6.0, psoas_r=0.5, breath_pattern="chest").build_key()
    state.reset_overrides()
    assert state.build_key() == key


def test_bounds_are_enforced_by_param():
    with pytest.raises(ValueError):
        AppState(psoas_l=7.0)
    with pytest.raises(ValueError):
        AppState(scenario="no-such-scenario")


def test_layers_visibility_and_opacity():
    state = AppState()
    state.set_visible("bone", False)
    state.set_visible("psoas_major_l", False)
    assert not state.is_visible("vertebra_l1", "bone")
    assert not state.is_visible("psoas_major_l", "muscle")
    state.set_visible("bone", True)
    assert state.is_visible("vertebra_l1", "bone") and state.hidden == ["psoas_major_l"]
    state.set_opacity("muscle", 1.7)
    assert state.opacity == {"muscle": 1.0}


def test_url_round_trip_restores_the_state():
    state = AppState(scenario="deep-diaphragmatic", time=2.5, camera="hiatus", language="nb",
                     model="bodyparts3d", breath_rate=6.0, psoas_l=0.8, story_step=3, playing=False,
                     hidden=["bone", "lung_l"], opacity={"muscle": 0.5})
    setattr(state, hypothesis_param("psoas_crus_coupling"), False)
    query = to_query(state)
    restored = AppState()
    assert apply_query(restored, query) == []
    assert to_query(restored) == query
    assert restored.build_key() == state.build_key()
    assert query_string(restored).startswith("?scenario=deep-diaphragmatic")


def test_bad_url_values_are_clamped_or_ignored_with_notices():
    state = AppState()
    script = "<script>alert(1)</script>"
    notices = apply_query(state, {
        "psoas_l": [b"7"], "scenario": [b"no-such-scenario"], "lang": [script.encode()], "t": ["nan"],
        "rate": ["1e9"], "hide": [f"bone,{script}"], "op": ["muscle:3,<b>:0.5"], "camera": ["x"],
        hypothesis_param("psoas_crus_coupling"): [script], "step": ["-4"], "unknown": ["whatever"],
    })
    assert state.psoas_l == 1.0 and state.breath_rate == 40.0 and state.story_step == 0
    assert state.scenario == "quiet-breathing" and state.language == "en" and state.camera == "anterior"
    assert state.hidden == ["bone"] and state.opacity == {"muscle": 1.0}
    fields = {n.split(":")[0] for n in notices}
    assert fields == {"psoas_l", "scenario", "language", "time", "breath_rate", "hide", "op", "camera",
                      hypothesis_param("psoas_crus_coupling"), "story_step"}
    assert not any("<" in n or "script" in n for n in notices)
