"""A small synthetic model (spheres and tubes) written to a folder, for scene tests.

It has the real landmark table and the catalogue schema of the built-in model, with a few
structures placed where their anatomy says: the heart to the patient's left (+x), the liver
and the inferior vena cava to the right (-x).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]

#: id -> (system, side, colour, opacity, shape, parameters)
STRUCTURES: dict[str, tuple] = {
    "heart": ("organ", "midline", "#b03a3a", 1.0, "ellipsoid", ((40.0, -70.0, 345.0), (55.0, 45.0, 50.0))),
    "liver": ("organ", "right", "#8a4b3a", 1.0, "ellipsoid", ((-85.0, -45.0, 255.0), (75.0, 60.0, 45.0))),
    "inferior_vena_cava": ("vein", "right", "#3a5fb8", 1.0, "tube", ((-14.0, -42.0, 22.0), (-18.0, -52.0, 330.0), 10.0)),
    "aorta": ("artery", "midline", "#c8282d", 1.0, "tube", ((8.0, -38.0, 40.0), (6.0, -30.0, 330.0), 11.0)),
    "psoas_major_l": ("muscle", "left", "#b5443c", 1.0, "tube", ((35.0, -20.0, 180.0), (96.0, -10.0, -160.0), 16.0)),
    "psoas_major_r": ("muscle", "right", "#b5443c", 1.0, "tube", ((-35.0, -20.0, 180.0), (-96.0, -10.0, -160.0), 16.0)),
    "vertebra_l3": ("bone", "midline", "#e9e2cf", 1.0, "tube", ((0.0, -26.0, 80.0), (0.0, -26.0, 108.0), 22.0)),
    "thoracic_duct": ("lymph", "midline", "#6cbf5a", 1.0, "tube", ((-4.0, -30.0, 150.0), (6.0, -20.0, 330.0), 3.0)),
    "vagus_l": ("nerve", "left", "#f2d049", 1.0, "tube", ((20.0, -45.0, 400.0), (14.0, -40.0, 255.0), 2.5)),
    "central_tendon": ("tendon", "midline", "#e8dfc8", 0.6, "tube", ((0.0, -60.0, 292.0), (0.0, -60.0, 298.0), 70.0)),
}


def _shape(kind: str, params: tuple):
    import trimesh

    if kind == "ellipsoid":
        centre, radii = params
        mesh = trimesh.creation.icosphere(subdivisions=3)
        mesh.vertices = mesh.vertices * np.asarray(radii) + np.asarray(centre)
        return mesh
    start, end, radius = params
    return trimesh.creation.cylinder(radius=radius, segment=[start, end], sections=24)


def _entry(sid: str, system: str, side: str, colour: str, opacity: float) -> str:
    return f"""
[[structure]]
id = "{sid}"
name_en = "{sid.replace('_', ' ').capitalize()}"
name_nb = "{sid} nb"
name_la = "{sid} la"
system = "{system}"
side = "{side}"
colour = "{colour}"
opacity = {opacity}
file = "{sid}.ply"
source = "synthetic test shape"
licence = "CC0-1.0"
"""


def write_synthetic_model(folder: Path) -> Path:
    """Write catalogue.toml, landmarks.toml and one PLY per structure into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    text = '[meta]\nmodel = "synthetic"\nframe = "LPS"\nunits = "mm"\n'
    for sid, (system, side, colour, opacity, kind, params) in STRUCTURES.items():
        _shape(kind, params).export(folder / f"{sid}.ply")
        text += _entry(sid, system, side, colour, opacity)
    (folder / "catalogue.toml").write_text(text, encoding="utf-8")
    shutil.copy(REPO / "meshes" / "landmarks.toml", folder / "landmarks.toml")
    return folder
