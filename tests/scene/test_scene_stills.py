"""The still and render-model commands: real PNGs read back, clear errors, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import imageio.v3 as iio
import numpy as np
import pytest

from anatoflow.cli import main
from anatoflow.scene import imagefile
from anatoflow.scene.offscreen import EGL_WINDOW, WINDOW_VARIABLE, prefer_egl

pytestmark = pytest.mark.render


def test_still_writes_png_with_transparent_background(synthetic_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "still.png"
    rc = main(["still", "--model", str(synthetic_dir), "--camera", "pelvis", "--width", "320",
               "--height", "200", "--transparent", "--labels", "-o", str(out)])
    assert rc == 0
    image = iio.imread(out)
    assert image.shape == (200, 320, 4)
    alpha = image[..., 3]
    assert alpha[0, 0] == 0 and (alpha == 255).sum() > 1000
    assert [p.name for p in tmp_path.iterdir()] == ["still.png"]


def test_render_model_writes_three_views(synthetic_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "renders" / "nested"
    assert main(["render-model", "--model", str(synthetic_dir), "--width", "240", "--height", "180",
                 "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["model-anterior.png", "model-lateral.png", "model-oblique.png"]
    images = [iio.imread(out / n) for n in names]
    assert all(im.shape == (180, 240, 3) for im in images)
    assert np.abs(images[0].astype(int) - images[1]).mean() > 1.0  # different views


@pytest.mark.parametrize(
    ("size", "message"),
    [(("0", "1080"), "--width = 0 is outside 16..3840"),
     (("1920", "100000"), "--height = 100000 is outside 16..3840"),
     (("3840", "3840"), "more pixels than 4K")],
)
def test_bad_resolution_is_refused_before_rendering(synthetic_dir: Path, tmp_path: Path, capfd,
                                                     size: tuple[str, str], message: str) -> None:
    out = tmp_path / "still.png"
    rc = main(["still", "--model", str(synthetic_dir), "--width", size[0], "--height", size[1], "-o", str(out)])
    assert rc == 2
    assert message in capfd.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_paths_and_bad_model(synthetic_dir: Path, tmp_path: Path, capfd) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["still", "--model", str(synthetic_dir), "-o", str(blocker / "still.png")]) == 2
    assert "does not exist" in capfd.readouterr().err
    assert main(["still", "--model", str(synthetic_dir), "-o", str(tmp_path / "still.jpg")]) == 2
    assert "must end in .png" in capfd.readouterr().err
    assert main(["still", "--model", str(tmp_path / "nowhere"), "-o", str(tmp_path / "s.png")]) == 2
    assert "--model" in capfd.readouterr().err
    assert main(["render-model", "--model", str(synthetic_dir), "-o", str(blocker)]) == 2
    assert "is a file" in capfd.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "still.png"
    old = np.full((4, 4, 3), 7, dtype=np.uint8)
    imagefile.write_png(target, old)

    def broken(path, image, **kwargs):  # writes a partial file, then fails like a full disk
        Path(path).write_bytes(b"\x89PNG partial")
        raise OSError("No space left on device")

    monkeypatch.setattr(iio, "imwrite", broken)
    with pytest.raises(OSError, match="No space"):
        imagefile.write_png(target, np.zeros((4, 4, 3), dtype=np.uint8))
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["still.png"]
    np.testing.assert_array_equal(iio.imread(target), old)


def test_prefer_egl_only_without_display() -> None:
    env: dict[str, str] = {}
    assert prefer_egl(env) and env[WINDOW_VARIABLE] == EGL_WINDOW
    env = {"DISPLAY": ":0"}
    assert not prefer_egl(env) and WINDOW_VARIABLE not in env
    env = {WINDOW_VARIABLE: "vtkOSOpenGLRenderWindow"}
    assert not prefer_egl(env) and env[WINDOW_VARIABLE] == "vtkOSOpenGLRenderWindow"


def test_headless_render_is_silent(synthetic_dir: Path, tmp_path: Path, repo_dir: Path) -> None:
    """A fresh process with no DISPLAY renders through EGL without VTK's X-server warning."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", WINDOW_VARIABLE)}
    env["PYTHONPATH"] = str(repo_dir / "src")
    out = tmp_path / "s.png"
    proc = subprocess.run(
        [sys.executable, "-m", "anatoflow", "still", "--model", str(synthetic_dir), "--width", "160",
         "--height", "120", "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "bad X server" not in proc.stderr and "WARN" not in proc.stderr, proc.stderr
    assert iio.imread(out).shape == (120, 160, 3)


def test_written_png_has_the_usual_file_mode(tmp_path: Path) -> None:
    target = imagefile.write_png(tmp_path / "a.png", np.zeros((4, 4, 3), dtype=np.uint8))
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
