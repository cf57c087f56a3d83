"""A small synthetic Animation for the export tests (until the real pipeline lands).

It follows the Animation contract of docs/architecture.md with real anatomy types
(Structure, Catalogue, RestMesh, AnatomyModel): a vein tube (open), a diaphragm dome (open,
translucent) and a closed vertebra, with three channels animated over one 4 s breath and
five flow arrows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.anatomy.catalogue import Catalogue, Structure
from anatoflow.anatomy.landmarks import load_landmarks
from anatoflow.anatomy.meshes import RestMesh
from anatoflow.anatomy.model import AnatomyModel
from anatoflow.motion.channels import CHANNEL_NAMES
from anatoflow.paths import meshes_dir

PERIOD_S = 4.0
BP3D_ATTRIBUTION = (
    "BodyParts3D, © The Database Center for Life Science licensed under CC Attribution 4.0 International"
)


@dataclass(frozen=True)
class Arrows:
    positions: np.ndarray
    directions: np.ndarray
    speeds: np.ndarray
    kinds: np.ndarray
    vessels: np.ndarray


@dataclass(frozen=True)
class Animation:
    model: Any
    times: np.ndarray
    weights: np.ndarray
    bases: dict
    arrows: Any
    captions: list = field(default_factory=list)


def tube(centre_xy, z0, z1, radius, *, n_around=24, n_along=20):
    """Open cylinder along z (no caps), outward faces."""
    ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
    z = np.linspace(z0, z1, n_along)
    zz, aa = np.meshgrid(z, ang, indexing="ij")
    v = np.stack([centre_xy[0] + radius * np.cos(aa), centre_xy[1] + radius * np.sin(aa), zz], -1).reshape(-1, 3)
    faces = []
    for r in range(n_along - 1):
        for c in range(n_around):
            a, b = r * n_around + c, r * n_around + (c + 1) % n_around
            faces += [[a, b, a + n_around], [b, b + n_around, a + n_around]]
    return v, np.array(faces)


def sphere(centre, radius, *, n=16, cap=None):
    """UV sphere (closed), or the cap above polar angle ``cap`` (open)."""
    theta_max = np.pi if cap is None else cap
    rows = n
    th = np.linspace(0, theta_max, rows + 1)[1:]
    ph = np.linspace(0, 2 * np.pi, 2 * n, endpoint=False)
    tt, pp = np.meshgrid(th, ph, indexing="ij")
    ring = np.stack([np.sin(tt) * np.cos(pp), np.sin(tt) * np.sin(pp), np.cos(tt)], -1).reshape(-1, 3)
    pts = [[0, 0, 1.0]] + ring.tolist()
    m = 2 * n
    faces = [[0, 1 + c, 1 + (c + 1) % m] for c in range(m)]
    for r in range(rows - 1):
        for c in range(m):
            a, b = 1 + r * m + c, 1 + r * m + (c + 1) % m
            faces += [[a, a + m, b], [b, a + m, b + m]]
    if cap is None:
        pts.append([0, 0, -1.0])
        last = len(pts) - 1
        base = 1 + (rows - 1) * m
        faces += [[base + c, last, base + (c + 1) % m] for c in range(m)]
    return np.asarray(pts) * radius + np.asarray(centre, float), np.array(faces)


def _structure(sid, system, colour, opacity, solid, en, nb):
    return Structure(id=sid, name_en=en, name_nb=nb, name_la=en, fma="", system=system, side="midline",
                     colour=colour, opacity=opacity, file=f"{sid}.ply", source="synthetic test mesh",
                     licence="CC0-1.0", solid=solid)


def make_model(meshes: dict[str, tuple[np.ndarray, np.ndarray]], structures: list, *, attribution="") -> AnatomyModel:
    catalogue = Catalogue(path=Path("synthetic/catalogue.toml"), meta=MappingProxyType({"model": "synthetic"}),
                          structures=tuple(structures))
    rest = {sid: RestMesh(sid, np.asarray(v, float), np.asarray(f, np.int64)) for sid, (v, f) in meshes.items()}
    landmarks = load_landmarks(meshes_dir() / "landmarks.toml")   # the built-in table: camera presets use it
    return AnatomyModel(name="synthetic", catalogue=catalogue, meshes=MappingProxyType(rest),
                        landmarks=landmarks, attribution=attribution)


def make_animation(*, n_frames: int = 24, attribution: str = BP3D_ATTRIBUTION) -> Animation:
    """Three structures, three channels over one breath, five arrows."""
    ivc = tube((-20.0, -40.0), 0.0, 300.0, 12.0)
    dome = sphere((0.0, -20.0, 180.0), 120.0, cap=1.1)
    vert = sphere((0.0, 30.0, 200.0), 22.0, n=10)
    structures = [
        _structure("inferior_vena_cava", "vein", "#3b5bdb", 1.0, False, "Inferior vena cava", "Nedre hulvene"),
        _structure("diaphragm", "muscle", "#c0392b", 0.8, False, "Diaphragm", "Mellomgulv"),
        _structure("vertebra_l1", "bone", "#e8dcc0", 1.0, True, "L1 vertebra", "L1-virvel"),
    ]
    model = make_model({"inferior_vena_cava": ivc, "diaphragm": dome, "vertebra_l1": vert}, structures,
                       attribution=attribution)
    dv = dome[0]
    apex_w = np.clip((dv[:, 2] - 180.0) / 120.0, 0, 1) ** 2          # descent strongest at the apex
    radial = dv - [0.0, -20.0, dv[:, 2].min()]
    radial[:, 2] = 0
    iv = ivc[0]
    outward = iv - [-20.0, -40.0, 0.0]
    outward[:, 2] = 0
    outward *= (iv[:, 2] < 200)[:, None]                               # only the abdominal part widens
    bases = {
        "diaphragm": {
            "dome_r_mm": (np.outer(apex_w, [0, 0, -1.0])).astype(np.float32),
            "rib_lift": (radial * 0.08).astype(np.float32),
        },
        "inferior_vena_cava": {"ivc_calibre": outward.astype(np.float32)},
    }
    times = np.arange(n_frames) * (PERIOD_S / n_frames)
    phase = 2 * np.pi * times / PERIOD_S
    weights = np.zeros((n_frames, len(CHANNEL_NAMES)))
    weights[:, CHANNEL_NAMES.index("dome_r_mm")] = 30.0 * (1 - np.cos(phase)) / 2
    weights[:, CHANNEL_NAMES.index("rib_lift")] = 0.8 * (1 - np.cos(phase)) / 2
    weights[:, CHANNEL_NAMES.index("ivc_calibre")] = -0.3 * (1 - np.cos(phase)) / 2
    return Animation(model=model, times=times, weights=weights, bases=bases,
                     arrows=make_arrows(times), captions=[(0.0, {"en": "Breathing in", "nb": "Innpust"}),
                                                          (2.0, {"en": "Breathing out", "nb": "Utpust"})])


ARROW_Z0 = np.array([40.0, 100.0, 160.0, 220.0])


def arrow_laps(t: np.ndarray) -> np.ndarray:
    """``(T, 4)`` distance of each vein arrow from z = 20 mm in laps of the 240 mm run."""
    travel = 150.0 * t + 100.0 * PERIOD_S / (2 * np.pi) * (1 - np.cos(2 * np.pi * t / PERIOD_S))
    return (ARROW_Z0[None, :] - 20.0 + travel[:, None]) / 240.0


def make_arrows(times: np.ndarray) -> Arrows:
    """Four vein arrows climbing the IVC at their own speed (which peaks at inspiration) and
    starting again at its lower end when they reach z = 260 mm; one still lymph arrow."""
    t = np.asarray(times)
    n = len(t)
    pos = np.zeros((n, 5, 3))
    pos[:, :4, 0], pos[:, :4, 1] = -20.0, -40.0
    pos[:, :4, 2] = 20.0 + arrow_laps(t) % 1.0 * 240.0
    pos[:, 4] = [10.0, -10.0, 120.0]
    dirs = np.zeros((n, 5, 3))
    dirs[..., 2] = 1.0
    dirs[:, 4] = [0.0, 0.6, 0.8]
    speeds = np.zeros((n, 5))
    speeds[:, :4] = 150.0 + 100.0 * np.sin(2 * np.pi * t / PERIOD_S)[:, None]
    speeds[:, 4] = 2.0
    return Arrows(positions=pos, directions=dirs, speeds=speeds,
                  kinds=np.array(["vein"] * 4 + ["lymph"]),
                  vessels=np.array(["inferior_vena_cava"] * 4 + ["thoracic_duct"]))


def make_large_animation(*, n_structures: int = 40, n: int = 35, fps: float = 15.0,
                         moving_share: float = 0.5, n_arrows: int = 40) -> Animation:
    """A stand-in for the whole model: ``n_structures`` spheres of ``4 n^2`` triangles each
    (40 x 4900 = 196k), half of them morphed by three dense channels, one 4 s breath at
    ``fps``, ``n_arrows`` arrows. Sizes the HTML export for the real model."""
    systems = ["muscle", "vein", "bone", "organ", "nerve", "lymph", "tendon", "artery"]
    meshes, structures, bases = {}, [], {}
    rng = np.random.default_rng(7)
    for i in range(n_structures):
        sid = f"part_{i:02d}"
        centre = [(i % 8 - 3.5) * 45.0, (i // 8 - 2) * 30.0, 40.0 * (i % 5)]
        v, f = sphere(centre, 18.0 + i % 4, n=n)
        v = v + rng.normal(0.0, 0.3, v.shape)   # real scans are irregular: keep gzip honest
        meshes[sid] = (v, f)
        structures.append(_structure(sid, systems[i % len(systems)], "#%06x" % rng.integers(0, 2**24),
                                     0.7 if i % 3 == 0 else 1.0, True, f"Part {i}", f"Del {i}"))
        if i < moving_share * n_structures:
            radial = ((v - centre) / 18.0 * rng.uniform(0.9, 1.1, (len(v), 1))).astype(np.float32)
            bases[sid] = {"dome_r_mm": np.tile(np.float32([0, 0, -1]), (len(v), 1)),
                          "rib_lift": radial * 4.0, "ivc_calibre": radial * 2.0}
    model = make_model(meshes, structures, attribution=BP3D_ATTRIBUTION)
    times = np.arange(int(PERIOD_S * fps)) / fps
    phase = 2 * np.pi * times / PERIOD_S
    weights = np.zeros((len(times), len(CHANNEL_NAMES)))
    for name, amp in (("dome_r_mm", 30.0), ("rib_lift", 0.8), ("ivc_calibre", -0.3)):
        weights[:, CHANNEL_NAMES.index(name)] = amp * (1 - np.cos(phase)) / 2
    arrows = make_arrows(times)
    reps = -(-n_arrows // 5)
    arrows = Arrows(positions=np.tile(arrows.positions, (1, reps, 1))[:, :n_arrows],
                    directions=np.tile(arrows.directions, (1, reps, 1))[:, :n_arrows],
                    speeds=np.tile(arrows.speeds, (1, reps))[:, :n_arrows],
                    kinds=np.tile(arrows.kinds, reps)[:n_arrows], vessels=np.tile(arrows.vessels, reps)[:n_arrows])
    return Animation(model=model, times=times, weights=weights, bases=bases, arrows=arrows,
                     captions=[(0.0, {"en": "Breathing in", "nb": "Innpust"})])
