"""The ``anatoflow render`` command: bad input fails clearly and leaves no file; a real render end to end."""

from __future__ import annotations

import importlib.util

import pytest

from anatoflow.cli import main
from anatoflow.paths import meshes_dir

SCENARIO = "deep-diaphragmatic"


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(("argv", "message"), [
    (["no-such-scenario", "-o", "{d}/a.mp4"], "no-such-scenario: no such scenario"),
    ([SCENARIO, "-o", "{d}/missing/a.mp4"], "does not exist"),
    ([SCENARIO, "-o", "{d}/plain.txt/a.mp4"], "does not exist"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--width", "0"], "--width = 0 is outside 16..3840"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--width", "100000"], "--width = 100000 is outside 16..3840"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--height", "100000"], "--height = 100000 is outside 16..3840"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--width", "161", "--height", "120"], "even width and height"),
    ([SCENARIO, "-o", "{d}/a.avi"], "output must end in .mp4, .webm, .gif"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--fps", "0"], "--fps = 0.0 is outside 1..60"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--duration", "99"], "--duration = 99 is outside 0..30"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--resolution", "720p", "--width", "640"], "either --resolution"),
    ([SCENARIO, "-o", "{d}/a.mp4", "--workers", "0"], "--workers = 0 is outside 1..16"),
])
def test_bad_input_is_refused_and_leaves_nothing(tmp_path, capsys, argv, message):
    (tmp_path / "plain.txt").write_text("not a folder")
    code = main(["render", *[a.format(d=tmp_path) for a in argv]])
    assert code == 2
    assert message in capsys.readouterr().err
    assert listing(tmp_path) == ["plain.txt"]


def test_bodyparts3d_missing_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ANATOFLOW_CACHE", str(tmp_path / "empty-cache"))
    code = main(["render", SCENARIO, "-o", str(tmp_path / "a.mp4"), "--model", "bodyparts3d",
                 "--width", "160", "--height", "120", "--quiet"])
    assert code == 2
    assert "fetch-anatomy" in capsys.readouterr().err
    assert not (tmp_path / "a.mp4").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part" or p.name.startswith(".")]


@pytest.mark.render
@pytest.mark.skipif(not (meshes_dir() / "catalogue.toml").is_file()
                    or importlib.util.find_spec("anatoflow.motion.rig") is None,
                    reason="the built-in meshes and the motion rig have not landed yet")
def test_render_builtin_model_end_to_end(tmp_path):
    """Deep breathing, anterior: full inspiration (t = 4 s) and end expiration (t = 9.67 s) differ at the domes."""
    import numpy as np

    from anatoflow.export.render import build_video_animation
    from anatoflow.export.video import make_scene
    from anatoflow.export.video_options import video_options
    from test_video_render import project, read_video

    out = tmp_path / "deep.mp4"
    code = main(["render", SCENARIO, "-o", str(out), "--width", "320", "--height", "180",
                 "--fps", "3", "--duration", "10", "--camera", "anterior", "--quiet"])
    assert code == 0
    meta, frames = read_video(out)
    assert meta["codec"] == "h264" and meta["pix_fmt"].startswith("yuv420p") and tuple(meta["size"]) == (320, 180)
    assert len(frames) == 30 and meta["fps"] == 3.0
    animation = build_video_animation(model="builtin", scenario=SCENARIO, fps=3)
    dome = animation.states.dome_r_mm[:30]
    insp, expi = int(np.argmax(dome)), 9 + int(np.argmin(dome[9:]))  # expiration after the disclaimer
    assert dome[insp] - dome[expi] > 40
    changed = np.abs(frames[insp].astype(int) - frames[expi].astype(int)).max(axis=-1) > 40
    changed[int(0.85 * 180):] = False  # the caption band: the scenario's caption changes at t = 8 s
    stage = make_scene(animation, video_options(size=(320, 180)))
    stage.scene.set_camera("anterior")
    pts = np.vstack([animation.rig.deform(animation.weights[i])["diaphragm"] for i in (insp, expi)])
    xy = project(stage.scene, pts)
    stage.close()
    (c0, r0), (c1, r1) = xy.min(axis=0), xy.max(axis=0)
    rows, cols = np.nonzero(changed)
    assert changed.sum() > 200
    inside = (rows >= r0) & (rows <= r1) & (cols >= c0) & (cols <= c1)
    box = (max(0, r1 - r0 + 1) * max(0, c1 - c0 + 1))
    density_in = inside.sum() / box
    density_out = (~inside).sum() / (changed.size - box)
    # the heart, lungs and flow arrows move too, but the change is concentrated at the domes
    assert inside.mean() > 0.6, f"only {inside.mean():.2f} of the change is at the diaphragm"
    assert density_in > 8 * density_out, (density_in, density_out)
