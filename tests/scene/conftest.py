"""Fixtures for render tests: a synthetic model, and a failure on any VTK error output."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from scene_synthetic import write_synthetic_model

#: What VTK prints on stderr (vtkLogger) or through its output window when something is wrong.
VTK_COMPLAINT = re.compile(r"(\bERR\||\bWARN\||ERROR: In |Warning: In |bad X server)")


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder holding the synthetic model."""
    return write_synthetic_model(tmp_path_factory.mktemp("synthetic"))


@pytest.fixture(scope="session")
def synthetic_model(synthetic_dir: Path):
    """The synthetic model, loaded through the project's loader."""
    from anatoflow.anatomy.model import load_model

    return load_model(synthetic_dir)


@pytest.fixture(autouse=True)
def no_vtk_complaints(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Fail the test when VTK reports an error or a warning (as pytest-pyvista does)."""
    from anatoflow.scene.offscreen import vtk_errors_raised

    with vtk_errors_raised() as catcher:
        yield
    out, err = capfd.readouterr()
    messages = [e for e in catcher.events]
    assert not messages, f"VTK reported: {messages}"
    found = VTK_COMPLAINT.findall(err + out)
    assert not found, f"VTK complained on stderr/stdout:\n{err}{out}"
