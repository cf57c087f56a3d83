"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
                 "--enable-unsafe-swiftshader", "--mute-audio"]


def _shared_dir() -> Path | None:
    for candidate in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if (candidate / "reference").is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the clone; skips the test when it is absent."""
    found = _shared_dir()
    if found is None:
        pytest.skip("../shared is absent")
    return found


@pytest.fixture(scope="session")
def bodyparts3d_dir(shared_dir: Path) -> Path:
    """The BodyParts3D development subset; skips when absent."""
    path = shared_dir / "anatomy" / "bodyparts3d"
    if not (path / "isa_element_parts.txt").is_file():
        pytest.skip("../shared/anatomy/bodyparts3d is absent")
    return path


@pytest.fixture(scope="session")
def bodyparts3d_cache(bodyparts3d_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache root with the BodyParts3D model prepared once per session by ``fetch-anatomy``."""
    from anatoflow.cli import main

    root = tmp_path_factory.mktemp("bp3d_cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ANATOFLOW_CACHE", str(root))
        assert main(["fetch-anatomy", "--from", str(bodyparts3d_dir)]) == 0
        yield root


class Rigged(tuple):
    """``(model, rig)`` of the real model, with a short repr in test ids and tracebacks."""

    def __repr__(self) -> str:
        return "<rigged bodyparts3d>"


@pytest.fixture(scope="session")
def rigged(bodyparts3d_cache: Path) -> Rigged:
    """The BodyParts3D model and its motion rig, built once per session."""
    from anatoflow.anatomy.model import load_model
    from anatoflow.motion.rig import MotionRig

    model = load_model(bodyparts3d_cache / "bodyparts3d" / "model")
    return Rigged((model, MotionRig.build(model)))


@pytest.fixture(scope="session")
def states(rigged: Rigged) -> dict:
    """Full inspiration of a quiet breath (IVC wide) and of a deep breath (IVC narrow) on the real model."""
    from bodyparts3d_checks import DEEP_DEPTH, full_inspiration

    _, rig = rigged
    return {"quiet": rig.deform(full_inspiration(0.25, 0.2)), "deep": rig.deform(full_inspiration(DEEP_DEPTH, -0.5))}


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium in headless software WebGL, driven by Playwright (one per module)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (test extra)")
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is missing: apt-get install -y chromium (scripts/install.sh)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
