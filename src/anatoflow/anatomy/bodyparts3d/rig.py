"""The rig of the prepared BodyParts3D model, derived from its shapes (never typed in).

:func:`build` is called by the importer after the meshes are in the LPS frame. It returns the
``[structure.rig]`` tables, the measured openings (replacing the landmark estimate), the
per-vertex region labels of the diaphragm (written as ``diaphragm_regions.npy``), and the
schematic structures BodyParts3D lacks, fitted to the real meshes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from anatoflow.anatomy.bodyparts3d import rig_diaphragm as rd
from anatoflow.anatomy.bodyparts3d import rig_geometry as g
from anatoflow.anatomy.bodyparts3d import rig_schematic as rs
from anatoflow.anatomy.bodyparts3d import rig_tubes as rt
from anatoflow.anatomy.bodyparts3d.measure import level_name

REGIONS_FILE = "diaphragm_regions.npy"
MUSCLES = ("psoas_major_l", "psoas_major_r", "iliacus_l", "iliacus_r")
SCHEMATIC_LICENCE = "CC0-1.0"
_NERVE, _LYMPH = "#e9c92f", "#4aa34a"
#: id -> (name_en, name_nb, name_la, fma, system, side, colour, motion, follow, attaches)
SCHEMATIC: dict[str, tuple] = {
    "vagus_l": ("Left vagus nerve", "venstre vagusnerve", "Nervus vagus sinister", "FMA6219", "nerve", "left",
                _NERVE, "follow", "oesophagus", ("oesophageal_plexus", "oesophagus", "aorta")),
    "vagus_r": ("Right vagus nerve", "høyre vagusnerve", "Nervus vagus dexter", "FMA6218", "nerve", "right",
                _NERVE, "follow", "oesophagus", ("oesophageal_plexus", "oesophagus", "azygos_vein")),
    "oesophageal_plexus": ("Oesophageal plexus", "spiserørsfletningen", "Plexus oesophageus", "", "nerve",
                           "midline", _NERVE, "follow", "oesophagus",
                           ("vagus_l", "vagus_r", "anterior_vagal_trunk", "posterior_vagal_trunk", "oesophagus", "aorta")),
    "anterior_vagal_trunk": ("Anterior vagal trunk", "fremre vagusstamme", "Truncus vagalis anterior", "",
                             "nerve", "midline", _NERVE, "follow", "oesophagus", ("oesophageal_plexus", "oesophagus", "aorta")),
    "posterior_vagal_trunk": ("Posterior vagal trunk", "bakre vagusstamme", "Truncus vagalis posterior", "",
                              "nerve", "midline", _NERVE, "follow", "oesophagus", ("oesophageal_plexus", "oesophagus", "aorta")),
    "cisterna_chyli": ("Cisterna chyli", "melkesaftcisternen (cisterna chyli)", "Cisterna chyli", "", "lymph",
                       "midline", _LYMPH, "vessel", None, ("thoracic_duct", "aorta", "inferior_vena_cava")),
    "thoracic_duct": ("Thoracic duct", "brystgangen", "Ductus thoracicus", "", "lymph", "midline", _LYMPH,
                      "vessel", None, ("cisterna_chyli", "brachiocephalic_vein_l", "aorta", "oesophagus")),
}


@dataclass(frozen=True)
class Rigged:
    """What :func:`build` derives: rig tables, openings, files to write, schematic meshes."""

    rigs: dict[str, dict]
    openings: dict[str, dict]
    files: dict[str, np.ndarray]
    schematic_meshes: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    schematic_entries: list[dict] = field(default_factory=list)


def _vertices(meshes: dict, sid: str) -> NDArray[np.float64]:
    return np.asarray(meshes[sid].vertices, dtype=float)


def _tubes(meshes: dict) -> tuple[dict, dict]:
    rigs, tubes = {}, {}
    for sid, start in rt.TUBES.items():
        if sid in meshes:
            line, radius = rt.tube_rig(_vertices(meshes, sid), np.asarray(meshes[sid].faces), start,
                                       keep=rt.SIDE_PIECES.get(sid, 0.0))
            tubes[sid] = (line, radius)
            rigs[sid] = rt.rounded(line, radius)
    ends = [tubes[f"common_iliac_vein_{s}"][0][-1] for s in "lr" if f"common_iliac_vein_{s}" in tubes]
    if len(ends) == 2 and "inferior_vena_cava" in rigs:
        rigs["inferior_vena_cava"]["confluence"] = [round(float(c), 1) for c in np.mean(ends, axis=0)]
    return rigs, tubes


def _muscles(meshes: dict, centres: dict, points: dict) -> dict:
    bones = {k: _vertices(meshes, k) for k in meshes if k.startswith(("vertebra_", "disc_", "femur_", "hip_bone_"))}
    out = {}
    for sid in MUSCLES:
        if sid not in meshes:
            continue
        side = sid[-1]
        troch = points.get(f"lesser_trochanter_{side}")
        out[sid] = rt.muscle_rig(_vertices(meshes, sid), np.asarray(meshes[sid].faces), bones=bones, centres=centres,
                                 trochanter=None if troch is None else np.array(troch["position"]),
                                 side=side, volume=abs(float(meshes[sid].volume)))
    return out


def _diaphragm(full: dict, final: dict, tubes: dict, centres: dict) -> tuple[dict, dict, np.ndarray, dict]:
    found = rd.openings(_vertices(full, "diaphragm"), tubes)
    table, summary = {}, {}
    for name, o in found.items():
        level = level_name(float(o.position[2]), centres)
        table[name] = {"level": level, "reference_level": rd.REFERENCE_LEVELS[name],
                       "position": [round(float(c), 1) for c in o.position], "passes": list(rd.OPENING_TUBES[name][1]),
                       "kind": o.kind, "enclosure": round(o.enclosure, 3),
                       "source": f"measured: {o.tube} centreline where the diaphragm surrounds it most ({o.kind})"}
        summary[name] = {k: table[name][k] for k in ("level", "position", "kind")}
    ribs = [k for k in full if k.startswith(("rib_", "sternum"))]
    bones = np.vstack([_vertices(full, k) for k in ribs]) if ribs else None
    spine_y = float(centres["T12"][1]) if "T12" in centres else 0.0
    labels = rd.regions(_vertices(final, "diaphragm"), spine_y=spine_y, found=found, costal_bones=bones,
                        faces=np.asarray(final["diaphragm"].faces))
    rig = {"regions": REGIONS_FILE, "region_names": list(rd.REGIONS),
           "region_counts": [int(c) for c in np.bincount(labels, minlength=len(rd.REGIONS))], "openings": summary}
    return table, rig, labels, found


def _schematic(full: dict, tubes: dict, found: dict, centres: dict) -> dict:
    out = {}
    def part(sid: str) -> tuple:
        return _vertices(full, sid), np.asarray(full[sid].faces)

    sweeps = {}
    if "oesophagus" in tubes and "oesophageal" in found:
        dia = g.Surface(*part("diaphragm"))
        hiatus_z = float(found["oesophageal"].position[2])
        out.update(rs.vagal_trunks(tubes["oesophagus"], hiatus_z, dia, wall=part("oesophagus")))
        slide = rs.oesophagus_axis(tubes["oesophagus"][0], hiatus_z)
        sweeps = {sid: rs.swept(part(by), slide, length) for sid, (by, length) in rs.SWEPT_BY.items() if by in full}
    if "aorta" in tubes and {"L1", "L2"} <= set(centres):
        crowd = [k for k in full if k.startswith("vertebra_") or k in ("diaphragm", "azygos_vein", "inferior_vena_cava")]
        bcv = _vertices(full, "brachiocephalic_vein_l") if "brachiocephalic_vein_l" in full else None
        angle = bcv[np.argmax(bcv[:, 2])] if bcv is not None else tubes["aorta"][0][0] + [0.0, 0.0, 60.0]
        out.update(rs.cisterna_and_duct(tubes["aorta"], centres, g.Surface.join([part(k) for k in crowd]), angle))
    attaches = {sid: [a for a in entry[-1] if a in SCHEMATIC] for sid, entry in SCHEMATIC.items()}  # the tubes it joins
    return rs.routed(out, {k: part(k) for k in full}, attaches, sweeps)


def _schematic_entry(sid: str, line: np.ndarray, radius: np.ndarray) -> dict:
    en, nb, la, fma, system, side, colour, motion, follow, attaches = SCHEMATIC[sid]
    rig = rt.rounded(line, radius)
    if follow:
        rig["follow"] = follow
    return {"id": sid, "name_en": en, "name_nb": nb, "name_la": la, "fma": fma, "system": system, "side": side,
            "colour": colour, "opacity": 1.0, "file": f"{sid}.ply",
            "source": "schematic: anatoflow bodyparts3d/rig_schematic.py, swept along a path fitted to the "
                      "BodyParts3D oesophagus, aorta and diaphragm",
            "licence": SCHEMATIC_LICENCE, "solid": True, "schematic": True, "attaches": list(attaches),
            "motion": motion, "builtin_id": True, "elements": [],
            "note": "Schematic: not in BodyParts3D; drawn by anatoflow beside the real neighbours.", "rig": rig}


def build(full: dict, final: dict, centres: dict, points: dict) -> Rigged:
    """Derive the whole rig.

    Parameters
    ----------
    full : dict
        ``trimesh.Trimesh`` by id before decimation (contacts and cuts use these).
    final : dict
        The meshes as written (the diaphragm labels index these vertices).
    centres : dict
        Vertebral body centres by level name (``"T12"``), LPS mm.
    points : dict
        The landmark ``point`` table (``lesser_trochanter_l`` ...).
    """
    rigs, tubes = _tubes(full)
    rigs.update(_muscles(full, centres, points))
    openings, files, found = {}, {}, {}
    if "diaphragm" in full:
        openings, rigs["diaphragm"], labels, found = _diaphragm(full, final, tubes, centres)
        files[REGIONS_FILE] = labels
    paths = _schematic(full, tubes, found, centres)
    meshes = {sid: rs.sweep_tube(line, radius) for sid, (line, radius) in paths.items()}
    entries = [_schematic_entry(sid, *paths[sid]) for sid in SCHEMATIC if sid in paths]
    return Rigged(rigs, openings, files, meshes, entries)
