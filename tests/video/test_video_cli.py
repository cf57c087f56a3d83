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
    import imageio_ffmpeg

    out = tmp_path / "deep.mp4"
    code = main(["render", SCENARIO, "-o", str(out), "--width", "160", "--height", "120",
                 "--fps", "10", "--duration", "0.5", "--quiet", "--workers", "1"])
    assert code == 0
    meta = next(imageio_ffmpeg.read_frames(str(out)))
    assert meta["codec"] == "h264" and tuple(meta["size"]) == (160, 120)
    assert imageio_ffmpeg.count_frames_and_secs(str(out))[0] == 5
