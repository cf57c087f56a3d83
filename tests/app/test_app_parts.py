"""App parts without a browser: scenario overrides, the built cycle, escaped texts, export names."""

from __future__ import annotations

import numpy as np
import pytest
from app_helpers import standin_source, still_pixels

from anatoflow import content
from anatoflow.anatomy.errors import DataError
from anatoflow.app import texts
from anatoflow.app.animations import player_camera, scenario_timeline
from anatoflow.app.exports import export_bytes, output_name
from anatoflow.app.state import AppState, hypothesis_param


def test_overrides_hold_for_the_whole_timeline():
    base = scenario_timeline("deep-diaphragmatic")
    tl = scenario_timeline("deep-diaphragmatic", overrides={"breath.rate": 20.0, "tension.psoas_l": 0.6},
                           hypotheses={"psoas_crus_coupling": False})
    t = np.linspace(0, tl.duration, 50)
    assert np.allclose(tl.value_at("breath.rate", t), 20.0)
    assert np.allclose(tl.value_at("tension.psoas_l", t), 0.6)
    assert tl.hypotheses["psoas_crus_coupling"] is False
    assert list(tl.value_at("camera", t)) == list(base.value_at("camera", t))   # untouched keys stay
    with pytest.raises(DataError, match="breath.rate"):
        scenario_timeline("quiet-breathing", overrides={"breath.rate": 90.0})


def test_source_builds_one_cycle_and_caches_it():
    source = standin_source()
    state = AppState(scenario="deep-diaphragmatic")
    built = source.build(state)
    assert source.build(AppState(scenario="deep-diaphragmatic")) is built
    assert built.duration == pytest.approx(10.0, rel=0.02)           # 6 breaths per minute
    assert built.player["glb"] and "anterior" in built.player["cameras"]
    assert set(built.series) >= {"pleural", "abdominal", "ivc_flow", "femoral_flow", "duct_flow", "excursion"}
    assert built.series["excursion"].max() > 20.0                     # deep breath: domes sink cm
    setattr(state, hypothesis_param("tense_diaphragm_reduces_pressure_swings"), False)
    assert source.build(state) is not built
    assert player_camera("left", built.player["cameras"]) in built.player["cameras"]


def test_texts_escape_everything_and_show_levels_and_sources():
    html = texts.notices_html(['<img src=x onerror="alert(1)">'])
    assert "<img" not in html and "&lt;img" in html
    step = content.story()[0]
    story = texts.story_html(step, "nb", total=6)
    assert step.title.nb in story or texts.escape(step.title.nb) in story
    for claim in step.claims:
        assert f'data-level="{claim.level}"' in story
    assert 'href="https://' in story and 'rel="noopener noreferrer"' in story
    assert texts.notes_html(["diaphragm"], "en") != texts.notes_html(["diaphragm"], "nb")
    assert "javascript:" not in texts._link("javascript:alert(1)", "x")


def test_export_names_are_safe_and_glb_export_reads_back(tmp_path):
    assert output_name("../../etc/passwd", "png") == "etc_passwd.png"
    assert output_name("<script>", "html") == "script.html"
    assert output_name("", "glb") == "anatoflow.glb"
    built = standin_source().build(AppState())
    data = export_bytes("glb", built.animation, language="en", camera="anterior", time=0.0,
                        name=output_name("view", "glb")).getvalue()
    assert data[:4] == b"glTF"
    html = export_bytes("html", built.animation, language="nb", camera="hiatus", time=0.0,
                        name=output_name("view", "html")).getvalue()
    assert b"anatoflowPlayer" in html and b'lang="nb"' in html


def test_sliders_show_the_scenario_values_until_overridden():
    from anatoflow.app import create_app

    app = create_app(source=standin_source(), query={"scenario": ["deep-diaphragmatic"]}).anatoflow
    live = app.controls.live
    assert live["breath_rate"].value == 6.0 and live["breath_depth"].value == 0.8
    app.state.scenario = "chronic-tension"
    assert live["psoas_l"].value == 0.8 and live["diaphragm_tone"].value == 0.7
    app.state.psoas_l = 0.2
    assert live["psoas_l"].value == 0.2 and app.state.overrides() == {"tension.psoas_l": 0.2}
    app.state.language = "nb"
    assert app.controls.scenario.label == "Scenario" and live["breath_rate"].label == "Pustefrekvens"
    assert "Hva du ser på" in app.annotation.object


def test_the_breath_pattern_choice_names_the_scenario_pattern_in_the_language():
    from anatoflow.app import create_app
    from anatoflow.motion.timeline import PATTERNS

    app = create_app(source=standin_source(), query={"scenario": ["shallow-chest-stress"]}).anatoflow
    pattern = app.controls.pattern
    assert sorted(v for v in pattern.options.values() if v) == sorted(PATTERNS)
    first = next(iter(pattern.options))
    assert pattern.options[first] == "" and pattern.value == ""
    assert first == "As in the scenario (chest)"
    app.state.scenario = "deep-diaphragmatic"
    assert next(iter(pattern.options)) == "As in the scenario (deep, slow belly breathing)"
    app.state.language = "nb"
    assert next(iter(pattern.options)) == "Som i scenarioet (dyp, langsom magepust)"
    assert "Brystpust" in pattern.options
    assert app.controls.model.label == "Modell" and "Innebygd (skjematisk)" in app.controls.model.options
    pattern.value = "chest"
    assert app.state.breath_pattern == "chest" and app.state.overrides()["breath.pattern"] == "chest"
    app.state.reset_overrides()
    assert pattern.value == ""


@pytest.mark.render
def test_png_export_follows_hidden_layers():
    stills = still_pixels(shown={}, hidden={"hidden": ("muscle", "not_a_structure")})
    a, b = stills["shown"], stills["hidden"]
    assert a.shape == (800, 1280, 3)
    assert np.mean(np.abs(a - b).max(axis=2) > 30) > 0.01          # the muscles are gone


def test_a_missing_model_falls_back_to_the_built_in_one_with_a_notice():
    from standin import StandinRig, standin_model

    from anatoflow.app import create_app
    from anatoflow.app.animations import AnimationSource

    def load(name):
        if name == "bodyparts3d":
            raise FileNotFoundError("BodyParts3D is not prepared: run anatoflow fetch-anatomy")
        return standin_model(name)

    source = AnimationSource(load_model=load, build_rig=StandinRig)
    app = create_app(source=source, query={"model": ["bodyparts3d"]}).anatoflow
    assert app.state.model == "builtin" and "fetch-anatomy" in app.notice.object
    app.state.model = "bodyparts3d"
    assert app.state.model == "builtin" and len(app.state.notices) == 2
