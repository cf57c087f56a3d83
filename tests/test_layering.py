"""The pure-numpy layers never pull in a renderer or the app."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE = ["anatoflow", "anatoflow.anatomy", "anatoflow.motion", "anatoflow.physiology"]


@pytest.mark.parametrize("module", PURE)
def test_pure_layers_do_not_import_renderers(module: str, repo_dir) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({module!r})\n"
        "walk = pkg.__name__ != 'anatoflow'\n"
        "for info in pkgutil.walk_packages(pkg.__path__ if walk else [], pkg.__name__ + '.'):\n"
        "    if info.name.endswith(('.plots', '.cli')):\n"
        "        continue\n"
        "    importlib.import_module(info.name)\n"
        "bad = [m for m in ('pyvista', 'vtk', 'panel', 'bokeh') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=repo_dir, env={"PYTHONPATH": str(repo_dir / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "", f"{module} imported {out.stdout.strip()}"
