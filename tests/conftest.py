"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


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
