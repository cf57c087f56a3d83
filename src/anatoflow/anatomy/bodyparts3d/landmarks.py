"""The landmark table of the prepared BodyParts3D model, measured on its meshes.

Keys follow the built-in model's ``meshes/landmarks.toml``, so both load with
:func:`anatoflow.anatomy.landmarks.load_landmarks` and can be compared name by name.
"""

from __future__ import annotations

import numpy as np

from anatoflow.anatomy.bodyparts3d import measure as ms
from anatoflow.anatomy.landmarks import Landmarks, load_landmarks

HEADER = (
    "# Landmarks measured on the BodyParts3D meshes by anatoflow (bodyparts3d/landmarks.py).\n"
    "# Frame: LPS (x patient's left, y posterior, z superior), mm, origin at the S1 superior endplate.\n"
    "# One real subject: its own proportions, no scaling to the reference table.\n\n"
)
_LEVELS = [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)]


def _r(p: np.ndarray) -> list[float]:
    return [round(float(c), 1) for c in p]


def origin(meshes: dict) -> np.ndarray:
    """The S1 superior endplate centre, in the meshes' current frame."""
    return ms.s1_endplate_centre(np.asarray(meshes["disc_l5_s1"].vertices), np.asarray(meshes["sacrum"].vertices))


def _vertebrae(meshes: dict) -> dict:
    out = {}
    for level in _LEVELS:
        sid = f"vertebra_{level.lower()}"
        if sid in meshes:
            out[level] = {"centre": _r(ms.body_centre(np.asarray(meshes[sid].vertices))),
                          "source": f"measured: hull centre of the front {ms.BODY_FRACTION:.0%} of {sid}"}
    out["S1"] = {"centre": [0.0, 0.0, 0.0],
                 "source": "origin: centre of the contact of the L5/S1 disc and the sacrum"}
    return out


def _hip_points(meshes: dict) -> dict:
    out = {}
    for s in ("l", "r"):
        if f"femur_{s}" not in meshes:
            continue
        femur = np.asarray(meshes[f"femur_{s}"].vertices)
        centre, radius = ms.femoral_head(femur)
        out[f"femoral_head_{s}"] = {"position": _r(centre), "radius_mm": round(radius, 1),
                                    "source": f"measured: sphere fit to the head of femur_{s}"}
        psoas = np.asarray(meshes[f"psoas_major_{s}"].vertices) if f"psoas_major_{s}" in meshes else None
        out[f"lesser_trochanter_{s}"] = {"position": _r(ms.lesser_trochanter(femur, centre, psoas)),
                                         "source": f"measured: contact of psoas_major_{s} with femur_{s}"}
    return out


_OPENINGS = {
    "caval": ("inferior_vena_cava", ["inferior_vena_cava"]),
    "oesophageal": ("oesophagus", ["oesophagus", "anterior_vagal_trunk", "posterior_vagal_trunk"]),
    "aortic": ("aorta", ["aorta", "thoracic_duct"]),
}


def _openings(meshes: dict, centres: dict) -> dict:
    if "diaphragm" not in meshes or len(centres) < 2:
        return {}
    dia = np.asarray(meshes["diaphragm"].vertices)
    out = {}
    for name, (tube, passes) in _OPENINGS.items():
        if tube not in meshes:
            continue
        tube_v = np.asarray(meshes[tube].vertices)
        if tube == "aorta":  # the descending part only: the arch would confuse the slab centreline
            tube_v = tube_v[tube_v[:, 2] < dia[:, 2].max()]
        pos = ms.opening_position(tube_v, dia)
        out[name] = {"level": ms.level_name(float(pos[2]), centres), "position": _r(pos), "passes": passes,
                     "source": f"measured: where {tube} enters the ring of the diaphragm (approximate; issue 10 finds the holes)"}
    return out


def _soft_points(meshes: dict) -> dict:
    out = {}
    if "diaphragm" in meshes:
        dia = np.asarray(meshes["diaphragm"].vertices)
        for name, side in (("right_dome_apex", -1.0), ("left_dome_apex", 1.0)):
            out[name] = {"position": _r(ms.dome_apex(dia, side)), "source": "measured: top of the diaphragm dome"}
    if "common_iliac_vein_l" in meshes and "common_iliac_vein_r" in meshes:
        out["iliac_confluence"] = {
            "position": _r(ms.confluence(np.asarray(meshes["common_iliac_vein_l"].vertices),
                                         np.asarray(meshes["common_iliac_vein_r"].vertices))),
            "source": "measured: contact of the two common iliac veins"}
    if "azygos_vein" in meshes:
        out["azygos_arch"] = {"position": _r(ms.top_region(np.asarray(meshes["azygos_vein"].vertices))),
                              "source": "measured: top 10 mm of azygos_vein"}
    return out


def measure_all(meshes: dict, builtin: Landmarks | None = None) -> dict:
    """Every landmark of the built-in table that the meshes allow, as a TOML-ready mapping.

    Landmarks whose structures are absent (the cisterna chyli, always) keep the built-in
    table's value, with a source that says so.
    """
    vertebra = _vertebrae(meshes)
    centres = {k: np.array(v["centre"]) for k, v in vertebra.items()}
    point = {**_hip_points(meshes), **_soft_points(meshes)}
    if builtin is None:
        from anatoflow.paths import meshes_dir

        builtin = load_landmarks(meshes_dir() / "landmarks.toml")
    for name, value in builtin.points.items():
        if name not in point:
            point[name] = {"position": _r(value), "source": "built-in table (not measurable on these meshes)"}
    return {"vertebra": vertebra, "point": point, "opening": _openings(meshes, centres)}


def report(measured: Landmarks, builtin: Landmarks) -> list[tuple[str, np.ndarray, np.ndarray | None, float]]:
    """Rows ``(name, measured, built-in or None, distance mm)`` for every measured landmark."""
    rows = []
    for name in measured.names():
        value = measured.get(name)
        try:
            other = builtin.get(name)
        except KeyError:
            other = None
        rows.append((name, value, other, float(np.linalg.norm(value - other)) if other is not None else float("nan")))
    return rows
