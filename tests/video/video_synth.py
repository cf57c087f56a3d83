"""A small synthetic model and a stand-in motion rig for the video tests.

The model has the real landmark table (so every camera preset works) and three structures:
a translucent diaphragm dome that sinks with ``dome_r_mm``/``dome_l_mm`` (the stand-in rig's
only bases), a static inferior vena cava with a centreline (for flow arrows) and a static
vertebra. The rig is a module-level class, so the animation can be pickled to render processes.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import numpy as np

from anatoflow.anatomy.catalogue import Catalogue, Structure
from anatoflow.anatomy.landmarks import load_landmarks
from anatoflow.anatomy.meshes import RestMesh
from anatoflow.anatomy.model import AnatomyModel
from anatoflow.motion.channels import CHANNEL_INDEX
from anatoflow.motion.timeline import parse_timeline

REPO = Path(__file__).resolve().parents[2]
DOME_CENTRE = np.array([0.0, -20.0, 200.0])
DOME_RADIUS = 120.0
IVC_LINE = np.array([[-25.0, -40.0, z] for z in np.linspace(20.0, 380.0, 10)])
ATTRIBUTION = "BodyParts3D, © The Database Center for Life Science licensed under CC Attribution 4.0 International"


def _cap(centre: np.ndarray, radius: float, theta_max: float, n: int = 18) -> tuple[np.ndarray, np.ndarray]:
    """Open spherical cap around +z, outward faces."""
    th = np.linspace(0.0, theta_max, n + 1)[1:]
    ph = np.linspace(0.0, 2 * np.pi, 2 * n, endpoint=False)
    tt, pp = np.meshgrid(th, ph, indexing="ij")
    ring = np.stack([np.sin(tt) * np.cos(pp), np.sin(tt) * np.sin(pp), np.cos(tt)], -1).reshape(-1, 3)
    pts = np.vstack([[0.0, 0.0, 1.0], ring]) * radius + centre
    m = 2 * n
    faces = [[0, 1 + c, 1 + (c + 1) % m] for c in range(m)]
    for r in range(n - 1):
        for c in range(m):
            a, b = 1 + r * m + c, 1 + r * m + (c + 1) % m
            faces += [[a, a + m, b], [b, a + m, b + m]]
    return pts, np.asarray(faces)


def _tube(line: np.ndarray, radius: float, n: int = 16) -> tuple[np.ndarray, np.ndarray]:
    ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ring = np.stack([np.cos(ang), np.sin(ang), np.zeros(n)], -1) * radius
    pts = (line[:, None, :] + ring[None]).reshape(-1, 3)
    faces = []
    for r in range(len(line) - 1):
        for c in range(n):
            a, b = r * n + c, r * n + (c + 1) % n
            faces += [[a, b, a + n], [b, b + n, a + n]]
    return pts, np.asarray(faces)


def _structure(sid: str, system: str, colour: str, opacity: float, *, solid: bool, rig: dict | None = None,
               motion: str = "static") -> Structure:
    return Structure(id=sid, name_en=sid.replace("_", " "), name_nb=sid, name_la=sid, fma="", system=system,
                     side="midline", colour=colour, opacity=opacity, file=f"{sid}.ply",
                     source="synthetic test shape", licence="CC0-1.0", solid=solid, motion=motion,
                     rig=MappingProxyType(rig or {}))


def make_model(*, attribution: str = "") -> AnatomyModel:
    """The three-structure synthetic model."""
    meshes = {
        "diaphragm": _cap(DOME_CENTRE, DOME_RADIUS, 1.15),
        "inferior_vena_cava": _tube(IVC_LINE, 12.0),
        "vertebra_l1": _tube(np.array([[0.0, 20.0, z] for z in np.linspace(120.0, 150.0, 3)]), 22.0),
    }
    structures = (
        _structure("diaphragm", "muscle", "#c0392b", 0.85, solid=False, motion="diaphragm"),
        _structure("inferior_vena_cava", "vein", "#3a5fb8", 1.0, solid=False, motion="vessel",
                   rig={"centreline": IVC_LINE.tolist(), "radius": [12.0] * len(IVC_LINE)}),
        _structure("vertebra_l1", "bone", "#e9e2cf", 1.0, solid=False),
    )
    catalogue = Catalogue(path=Path("synthetic/catalogue.toml"), meta=MappingProxyType({"model": "synthetic"}),
                          structures=structures)
    rest = {sid: RestMesh(sid, v.astype(float), f.astype(np.int64)) for sid, (v, f) in meshes.items()}
    return AnatomyModel(name="synthetic", catalogue=catalogue, meshes=MappingProxyType(rest),
                        landmarks=load_landmarks(REPO / "meshes" / "landmarks.toml"), attribution=attribution)


class StandInRig:
    """Linear bases like ``anatoflow.motion.rig.MotionRig``: only the dome moves (down, by its apex mm)."""

    def __init__(self, model: AnatomyModel) -> None:
        self.model = model
        v = model.meshes["diaphragm"].vertices
        apex = np.clip((v[:, 2] - v[:, 2].min()) / np.ptp(v[:, 2]), 0.0, 1.0)
        right = np.where(v[:, 0] < 0, 1.0, 0.3)
        down = np.zeros_like(v, dtype=np.float32)
        down[:, 2] = -apex
        self.bases = MappingProxyType({"diaphragm": MappingProxyType({
            "dome_r_mm": (down * right[:, None]).astype(np.float32),
            "dome_l_mm": (down * (1.3 - right)[:, None]).astype(np.float32),
        })})

    def deform(self, weights: np.ndarray) -> dict[str, np.ndarray]:
        """Vertices of every structure for one frame's weights."""
        out = {sid: np.asarray(m.vertices, dtype=np.float32).copy() for sid, m in self.model.meshes.items()}
        for sid, per in self.bases.items():
            for name, basis in per.items():
                out[sid] += np.float32(weights[CHANNEL_INDEX[name]]) * basis
        return out

    def centrelines(self, weights: np.ndarray) -> dict[str, np.ndarray]:
        """The (static) IVC centreline."""
        return {"inferior_vena_cava": IVC_LINE.copy()}


def timeline(*, duration: float = 4.0, fps: int = 6, camera: str = "anterior"):
    """Deep breathing at 30 breaths/min (one cycle per 2 s) with two captions."""
    return parse_timeline({
        "name": "synthetic", "title_nb": "Syntetisk", "title_en": "Synthetic", "duration": duration, "fps": fps,
        "defaults": {"breath": {"rate": 30.0, "depth": "maximal"}, "camera": camera},
        "caption": [{"t": 0.0, "nb": "Første tekst", "en": "First caption"},
                    {"t": duration / 2, "nb": "Andre tekst", "en": "Second caption"}],
    }, source="synthetic.toml")


def build_synthetic_animation(*, duration: float = 4.0, fps: int = 6, attribution: str = "",
                              camera: str = "anterior"):
    """The synthetic model animated by the stand-in rig through :func:`build_animation`."""
    from anatoflow.pipeline import build_animation

    model = make_model(attribution=attribution)
    return build_animation(model, timeline(duration=duration, fps=fps, camera=camera), rig=StandInRig(model))
