"""Size and build time of the glTF and standalone HTML exports for a whole-model breath.

The headline is the HTML size for a stand-in of the whole model: 196k triangles in 40
structures, half of them morphed by three dense channels, one 4 s breath at 15 fps, 40 flow
arrows (tests/export_synth.py). With ``--bodyparts3d FOLDER`` (or ../shared present) it also
exports the BodyParts3D trunk subset as it comes (no decimation), one dense morph channel on
its muscles, veins and organs.

    python benchmarks/bench_export_size.py [--bodyparts3d ../shared/anatomy/bodyparts3d]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

import numpy as np  # noqa: E402
from export_synth import (  # noqa: E402
    BP3D_ATTRIBUTION, PERIOD_S, Animation, _structure, make_arrows, make_large_animation, make_model,
)

from anatoflow.export.gltf import export_gltf  # noqa: E402
from anatoflow.export.html import export_html  # noqa: E402
from anatoflow.motion.channels import CHANNEL_NAMES  # noqa: E402

SYSTEM_WORDS = {"bone": ("vertebra", "rib", "sacrum", "hip", "femur", "sternum", "cartilage", "disc"),
                "vein": ("vein", "cava", "azygos"), "artery": ("aort", "artery"),
                "muscle": ("psoas", "iliacus", "diaphragm", "oblique", "muscle")}
COLOURS = {"bone": "#e6dcc3", "vein": "#3f63c8", "artery": "#c83c3c", "muscle": "#b5523f", "organ": "#d9a07a"}


def bodyparts3d_animation(folder: Path) -> Animation:
    """The development subset as a model, centred, with one breathing channel."""
    import trimesh

    names = dict(line.split("\t")[2:0:-1] for line in (folder / "isa_element_parts.txt").read_text().splitlines()[1:])
    meshes, structures, bases = {}, [], {}
    for path in sorted((folder / "isa_BP3D_4.0_obj_99").glob("*.obj")):
        mesh = trimesh.load(path, force="mesh")
        name = names.get(path.stem, path.stem)
        system = next((s for s, words in SYSTEM_WORDS.items() if any(w in name.lower() for w in words)), "organ")
        meshes[path.stem.lower()] = (np.asarray(mesh.vertices), np.asarray(mesh.faces))
        structures.append(_structure(path.stem.lower(), system, COLOURS[system], 0.6 if system == "muscle" else 1.0,
                                     bool(mesh.is_watertight), name, name))
    centre = np.mean([np.concatenate([v for v, _ in meshes.values()]).min(0),
                      np.concatenate([v for v, _ in meshes.values()]).max(0)], axis=0)
    meshes = {k: (v - centre, f) for k, (v, f) in meshes.items()}
    for s in structures:
        if s.system in ("muscle", "vein", "organ"):
            v = meshes[s.id][0]
            bases[s.id] = {"dome_r_mm": (np.clip((v[:, 2] + 100) / 300, 0, 1)[:, None] * [0, 0, -1.0]).astype(np.float32)}
    times = np.arange(int(PERIOD_S * 15)) / 15
    weights = np.zeros((len(times), len(CHANNEL_NAMES)))
    weights[:, 0] = 30 * (1 - np.cos(2 * np.pi * times / PERIOD_S)) / 2
    return Animation(model=make_model(meshes, structures, attribution=BP3D_ATTRIBUTION), times=times,
                     weights=weights, bases=bases, arrows=make_arrows(times))


def measure(label: str, animation: Animation, folder: Path) -> float:
    """Export both formats; print sizes and times; return the HTML size in MB."""
    t0 = time.perf_counter()
    glb = export_gltf(animation, folder / f"{label}.glb")
    t1 = time.perf_counter()
    html = export_html(animation, folder / f"{label}.html", echo=None)
    t2 = time.perf_counter()
    tris = animation.model.n_triangles
    glb_mb, html_mb = glb.stat().st_size / 2**20, html.stat().st_size / 2**20
    print(f"{label}: {tris} triangles, glb {glb_mb:.2f} MB in {t1 - t0:.2f} s, html {html_mb:.2f} MB in {t2 - t1:.2f} s")
    return html_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()), REPO / "shared")
    parser.add_argument("--bodyparts3d", type=Path, default=shared / "anatomy" / "bodyparts3d")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if (args.bodyparts3d / "isa_element_parts.txt").is_file():
            measure("bodyparts3d_trunk_subset", bodyparts3d_animation(args.bodyparts3d), Path(tmp))
        headline = measure("synthetic_whole_model", make_large_animation(), Path(tmp))
    print(f"html_export_mb: {headline:.2f} MB")


if __name__ == "__main__":
    main()
