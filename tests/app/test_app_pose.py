"""The camera a user turned the view to: URL text, frame conversion, app wiring and exports."""

from __future__ import annotations

import numpy as np
import pytest
from app_helpers import standin_source, still_pixels

from anatoflow.app.exports import export_bytes, output_name
from anatoflow.app.pose import POSE_LIMIT_MM, from_player_pose, parse_pose, pose_text, to_player_pose
from anatoflow.app.state import AppState
from anatoflow.app.urlstate import apply_query, to_query

FRONT = [0.0, -900.0, 150.0, 0.0, 0.0, 150.0]      # in front of the body (LPS: -y), looking at z = 150


def test_url_text_round_trips_and_bad_text_is_refused_with_a_notice():
    assert parse_pose(pose_text(FRONT)) == (FRONT, None)
    assert parse_pose("0,-900.4,150,0,0,150.6")[0] == [0.0, -900.0, 150.0, 0.0, 0.0, 151.0]
    for bad in ("1,2,3", "a,b,c,d,e,f", "0,0,0,0,0,nan", "<script>,1,2,3,4,5", ""):
        pose, notice = parse_pose(bad)
        assert pose == [] and notice.startswith("pose:") and "<" not in notice
    assert parse_pose("5,5,5,5,5,5") == ([], "pose: the eye is on the target, ignored")
    pose, notice = parse_pose("1e9,0,0,0,0,0")
    assert pose[0] == POSE_LIMIT_MM and "clamped" in notice


def test_state_url_round_trip_keeps_the_pose():
    state = AppState(camera="hiatus", pose=FRONT)
    query = to_query(state)
    assert query["pose"] == "0,-900,150,0,0,150"
    back = AppState()
    assert apply_query(back, {"camera": ["hiatus"], "pose": [query["pose"].encode()]}) == []
    assert back.pose == FRONT and back.camera == "hiatus"
    assert "pose" not in to_query(AppState())


def test_player_frame_conversion_is_the_glTF_frame_in_metres_and_inverts():
    player = to_player_pose(FRONT)
    assert player == [0.0, 0.15, 0.9, 0.0, 0.15, 0.0]            # glTF: +Y up, +Z anterior, metres
    assert from_player_pose(player) == FRONT
    assert from_player_pose([0, 0, 0, 0, 0]) == [] and from_player_pose([np.nan] * 6) == []
    assert from_player_pose([1e6, 0, 0, 0, 0, 0])[0] == POSE_LIMIT_MM


def test_the_app_passes_the_pose_both_ways_and_a_preset_or_story_step_clears_it():
    from anatoflow.app import create_app

    app = create_app(source=standin_source(), query={"pose": ["0,-900,150,0,0,150"]}).anatoflow
    assert app.view.pose == to_player_pose(FRONT)
    app.view.pose = [0.5, 0.2, 0.5, 0.0, 0.1, 0.0]               # the browser reports a turned view
    assert app.state.pose == [500.0, -500.0, 200.0, 0.0, 0.0, 100.0]      # LPS: anterior is -y
    app.state.camera = "hiatus"
    assert app.state.pose == [] and app.view.pose == []
    app.state.pose = FRONT
    app.state.story_step = 2
    assert app.state.pose == [] and app.view.pose == []


@pytest.mark.render
def test_png_and_html_exports_start_from_the_turned_view():
    stills = still_pixels(preset={}, front={"pose": FRONT}, side={"pose": [900.0, 0.0, 150.0, 0.0, 0.0, 150.0]})
    a, b, c = stills["preset"], stills["front"], stills["side"]
    assert np.mean(np.abs(b - c).max(axis=2) > 30) > 0.02          # another side: another picture
    assert np.mean(np.abs(a - c).max(axis=2) > 30) > 0.02
    built = standin_source().build(AppState())
    html = export_bytes("html", built.animation, language="nb", camera="anterior", time=0.0,
                        name=output_name("view", "html"), pose=FRONT).getvalue().decode()
    assert "Din visning" in html and '"camera": "view"' in html.replace('"camera":"view"', '"camera": "view"')
