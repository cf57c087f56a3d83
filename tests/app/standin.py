"""A stand-in model and rig for the app tests (light: four structures, three channels).

The model is the export tests' synthetic one (tests/export_synth.py) plus a psoas; the rig
follows the MotionRig contract (``bases``, ``deform(w)``, ``centrelines(w)``) with linear bases.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import numpy as np
from export_synth import _structure, make_animation, make_model, tube

from anatoflow.motion.channels import CHANNEL_NAMES

IVC_LINE = np.array([[-20.0, -40.0, z] for z in np.linspace(0.0, 300.0, 7)])


def standin_model(name: str = "builtin"):
    """Synthetic IVC, diaphragm dome, vertebra and left psoas; BodyParts3D attribution for
    ``name == "bodyparts3d"`` only."""
    base = make_animation().model
    psoas = tube((40.0, 20.0), -150.0, 150.0, 18.0, n_around=16, n_along=12)
    meshes = {sid: (m.vertices, m.faces) for sid, m in base.meshes.items()}
    meshes["psoas_major_l"] = psoas
    structures = [replace(s, rig=MappingProxyType({"centreline": IVC_LINE.tolist(), "radius": [12.0] * 7}))
                  if s.id == "inferior_vena_cava" else s for s in base.catalogue]
    structures.append(_structure("psoas_major_l", "muscle", "#b5523b", 1.0, False, "Left psoas major",
                                 "Venstre store lendemuskel"))
    attribution = base.attribution if name == "bodyparts3d" else ""
    return make_model(meshes, structures, attribution=attribution)


class StandinRig:
    """Linear morph bases over the stand-in model (a few channels)."""

    def __init__(self, model) -> None:
        bases = dict(make_animation().bases)
        psoas = model.meshes["psoas_major_l"].vertices
        bulge = np.zeros_like(psoas, dtype=np.float32)
        bulge[:, 0] = 8.0
        bases["psoas_major_l"] = {"psoas_l": bulge}
        self.model = model
        self.bases = bases

    def deform(self, weights) -> dict[str, np.ndarray]:
        out = {}
        for sid, mesh in self.model.meshes.items():
            v = np.asarray(mesh.vertices, float).copy()
            for channel, basis in self.bases.get(sid, {}).items():
                v += float(weights[CHANNEL_NAMES.index(channel)]) * basis
            out[sid] = v
        return out

    def centrelines(self, weights) -> dict[str, np.ndarray]:
        return {"inferior_vena_cava": IVC_LINE.copy()}
