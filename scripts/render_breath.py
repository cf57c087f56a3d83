"""Render the model from the right side at full expiration and full inspiration (deep breath).

    PYTHONPATH=src python scripts/render_breath.py [--model meshes/] [--out docs/images]

Writes ``breath-expiration.png`` and ``breath-inspiration.png``. In the inspiration image the
diaphragm's end-expiration position is drawn as a thin dark outline for comparison.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    """Render both frames."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(REPO / "meshes"))
    parser.add_argument("--out", default=str(REPO / "docs" / "images"))
    args = parser.parse_args()
    import pyvista as pv

    from anatoflow.anatomy.model import load_model
    from anatoflow.motion.rig import MotionRig
    from anatoflow.motion.state import sample
    from anatoflow.motion.timeline import load_timeline

    model = load_model(args.model)
    rig = MotionRig.build(model)
    timeline = load_timeline(REPO / "animations" / "deep-diaphragmatic.toml")
    states = sample(timeline, np.linspace(0.0, 10.0, 1001))
    weights = states.weights()
    frames = {"expiration": weights[np.argmin(states.volume)], "inspiration": weights[np.argmax(states.volume)]}
    rest = rig.deform(np.zeros(weights.shape[1]))
    for label, w in frames.items():
        verts = rig.deform(w)
        pl = pv.Plotter(off_screen=True, window_size=(900, 1000))
        pl.set_background("white")
        for s in model.catalogue:
            faces = np.hstack([np.full((model.meshes[s.id].n_faces, 1), 3), model.meshes[s.id].faces]).ravel()
            mesh = pv.PolyData(np.asarray(verts[s.id], dtype=float), faces)
            opacity = {"bone": 0.2}.get(s.system, 1.0)
            if s.id in ("lung_l", "lung_r", "liver", "heart"):
                opacity = 0.3
            pl.add_mesh(mesh, color=s.colour, opacity=opacity, smooth_shading=True)
            if label == "inspiration" and s.motion == "diaphragm":
                ghost = pv.PolyData(np.asarray(rest[s.id], dtype=float), faces)
                pl.add_mesh(ghost.extract_feature_edges(feature_angle=60), color="black", line_width=1)
        pl.add_text(f"{label} (deep diaphragmatic breath), right side", font_size=11, color="black")
        pl.camera_position = [(-900.0, -60.0, 180.0), (0.0, -60.0, 180.0), (0.0, 0.0, 1.0)]
        pl.camera.parallel_projection = True
        pl.camera.parallel_scale = 330.0
        out = Path(args.out) / f"breath-{label}.png"
        pl.screenshot(str(out))
        pl.close()
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
