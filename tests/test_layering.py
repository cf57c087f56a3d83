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


def test_every_layer_accepts_the_shared_hypothesis_names(repo_dir) -> None:
    """A scenario's hypotheses reach physiology without tripping over motion's own ones."""
    import numpy as np

    from anatoflow.hypotheses import HYPOTHESES
    from anatoflow.motion.state import sample
    from anatoflow.motion.timeline import HYPOTHESES as TIMELINE_DEFAULTS
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.physiology.pump import simulate

    assert set(TIMELINE_DEFAULTS) == set(HYPOTHESES)
    timeline = load_timeline(repo_dir / "animations" / "chronic-tension.toml")
    states = sample(timeline, np.linspace(0.0, 5.0, 50))
    assert set(states.hypotheses) == set(HYPOTHESES)
    result = simulate(states)
    assert np.all(np.isfinite(result.flows["femoral_vein_l"]))
