"""A small synthetic trunk for rig tests: every motion kind, built from simple shapes in code.

It lets the rig tests run without the shipped model; the same property tests also run on the
built-in model when ``meshes/catalogue.toml`` is present.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import numpy as np

from anatoflow.anatomy.catalogue import Catalogue, Structure
from anatoflow.anatomy.landmarks import Landmarks, Opening
from anatoflow.anatomy.meshes import RestMesh
from anatoflow.anatomy.model import AnatomyModel

OPENINGS = {  # name: (x, y, hole radius, passes)
    "caval": (-18.0, -50.0, 16.0, ("inferior_vena_cava",)),
    "oesophageal": (12.0, -36.0, 15.0, ("oesophagus", "anterior_vagal_trunk", "posterior_vagal_trunk")),
    "aortic": (4.0, -5.0, 16.0, ("aorta",)),
}


def dome_height(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Upper surface of the synthetic diaphragm (right dome higher than the left)."""
    bump = lambda cx, h: h * np.exp(-((x - cx) ** 2 + (y + 35.0) ** 2) / (2 * 45.0**2))  # noqa: E731
    return 210.0 + bump(-60.0, 90.0) + bump(60.0, 75.0)


def _grid_faces(nu: int, nv: int, *, wrap_v: bool) -> np.ndarray:
    faces = []
    for i in range(nu - 1):
        for j in range(nv if wrap_v else nv - 1):
            a, b = i * nv + j, i * nv + (j + 1) % nv
            c, d = (i + 1) * nv + j, (i + 1) * nv + (j + 1) % nv
            faces += [(a, c, b), (b, c, d)]
    return np.array(faces, dtype=np.int64)


def tube(line, radius, *, n_around: int = 14, n_per: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """Capped tube swept along a polyline (refined), radius per input point."""
    line = np.asarray(line, float)
    radius = np.broadcast_to(np.asarray(radius, float), (len(line),))
    t = np.linspace(0, len(line) - 1, (len(line) - 1) * n_per + 1)
    pts = np.stack([np.interp(t, np.arange(len(line)), line[:, k]) for k in range(3)], axis=1)
    rad = np.interp(t, np.arange(len(line)), radius)
    tang = np.gradient(pts, axis=0)
    tang /= np.linalg.norm(tang, axis=1, keepdims=True)
    ref = np.where(np.abs(tang[:, 2:3]) < 0.9, [[0, 0, 1.0]], [[1.0, 0, 0]])
    n1 = np.cross(tang, ref)
    n1 /= np.linalg.norm(n1, axis=1, keepdims=True)
    n2 = np.cross(tang, n1)
    ang = np.linspace(0, 2 * np.pi, n_around, endpoint=False)
    rings = pts[:, None] + rad[:, None, None] * (np.cos(ang)[None, :, None] * n1[:, None] + np.sin(ang)[None, :, None] * n2[:, None])
    verts = np.concatenate([rings.reshape(-1, 3), pts[:1], pts[-1:]])
    faces = _grid_faces(len(pts), n_around, wrap_v=True)
    first, last = len(verts) - 2, len(verts) - 1
    off = (len(pts) - 1) * n_around
    caps = [(first, (j + 1) % n_around, j) for j in range(n_around)]
    caps += [(last, off + j, off + (j + 1) % n_around) for j in range(n_around)]
    faces = np.concatenate([faces, np.array(caps)])
    return _outward(verts, faces)


def ellipsoid(centre, radii, *, n: int = 20) -> tuple[np.ndarray, np.ndarray]:
    """Closed ellipsoid (UV sphere)."""
    th = np.linspace(0, np.pi, n + 1)[1:-1]
    ph = np.linspace(0, 2 * np.pi, 2 * n, endpoint=False)
    T, P = np.meshgrid(th, ph, indexing="ij")
    pts = np.stack([np.sin(T) * np.cos(P), np.sin(T) * np.sin(P), np.cos(T)], axis=-1).reshape(-1, 3)
    verts = np.concatenate([pts, [[0, 0, 1.0]], [[0, 0, -1.0]]]) * radii + centre
    faces = _grid_faces(len(th), 2 * n, wrap_v=True)
    top, bot, m = len(verts) - 2, len(verts) - 1, 2 * n
    off = (len(th) - 1) * m
    caps = [(top, j, (j + 1) % m) for j in range(m)] + [(bot, off + (j + 1) % m, off + j) for j in range(m)]
    return _outward(verts, np.concatenate([faces, np.array(caps)]))


def _outward(verts: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    tri = verts[faces]
    vol = np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum()
    return verts, (faces if vol > 0 else faces[:, ::-1].copy())


def diaphragm_sheet(step: float = 6.0) -> tuple[np.ndarray, np.ndarray]:
    """Two-layer dome sheet (4 mm thick) over an elliptic outline, with holes at the openings."""
    xs, ys = np.arange(-140, 141, step), np.arange(-120, 61, step)
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    top = np.stack([X, Y, dome_height(X, Y)], axis=-1).reshape(-1, 3)
    faces = _grid_faces(len(xs), len(ys), wrap_v=False)
    cen = top[faces].mean(axis=1)
    keep = (cen[:, 0] / 140) ** 2 + ((cen[:, 1] + 30) / 90) ** 2 <= 1.0
    for x, y, r, _ in OPENINGS.values():
        keep &= np.hypot(cen[:, 0] - x, cen[:, 1] - y) > r
    faces = faces[keep]
    bottom = top - [0, 0, 4.0]
    verts = np.concatenate([top, bottom])
    return verts, np.concatenate([faces[:, ::-1], faces + len(top)])


def _structure(sid: str, system: str, side: str, motion: str, rig: dict | None = None) -> Structure:
    return Structure(id=sid, name_en=sid, name_nb=sid, name_la=sid, fma="", system=system, side=side,
                     colour="#888888", opacity=1.0, file=f"{sid}.ply", source="synthetic", licence="CC0-1.0",
                     motion=motion, rig=MappingProxyType(rig or {}))


def build_synthetic_model() -> AnatomyModel:
    """Return the synthetic model (diaphragm, crura, ribs, lungs, heart, liver, tubes, psoas)."""
    parts: dict[str, tuple] = {}

    def add(sid, system, side, motion, mesh, rig=None):
        parts[sid] = (_structure(sid, system, side, motion, rig), mesh)

    add("diaphragm", "muscle", "midline", "diaphragm", diaphragm_sheet())
    for s, sx in (("r", -1.0), ("l", 1.0)):
        side = "right" if s == "r" else "left"
        crus = [[sx * 16, -32.0, dome_height(sx * 16, -32.0) - 6], [sx * 12, -28.0, 200.0], [sx * 10, -25.0, 130.0]]
        add(f"{side}_crus", "muscle", side, "diaphragm", tube(crus, 5.0))
        rib = [[sx * 25, 12, 236], [sx * 70, 8, 232], [sx * 128, -35, 222], [sx * 125, -95, 212], [sx * 70, -122, 204]]
        add(f"rib_10_{s}", "bone", side, "rib", tube(rib, 5.0))
        add(f"lung_{s}", "organ", side, "lung", ellipsoid([sx * 75, -20, 415], [55, 65, 95]))
        psoas = [[sx * 25, -22, 195], [sx * 42, -32, 100], [sx * 62, -45, 0], [sx * 86, -40, -90], [sx * 96, 4, -167]]
        add(f"psoas_major_{s}", "muscle", side, "muscle", tube(psoas, [8, 20, 18, 10, 5]),
            {"centreline": psoas, "radius": [8, 20, 18, 10, 5], "belly": [0.0, 0.75],
             "insertion": f"lesser_trochanter_{s}"})
        vein = [[sx * 55, -75, -70], [sx * 40, -68, -10], [sx * 22, -52, 22]]
        add(f"external_iliac_vein_{s}", "vein", side, "vessel", tube(vein, 6.0), {"centreline": vein, "radius": [6] * 3})
    add("heart", "organ", "midline", "follow", ellipsoid([25, -62, 365], [48, 38, 42]), {"follow": "diaphragm"})
    add("liver", "organ", "right", "follow", ellipsoid([-65, -40, 232], [60, 55, 38]), {"follow": "diaphragm"})
    ivc = [[-12, -42, 22], [-16, -47, 200], [-18, -50, dome_height(-18, -50)], [-18, -50, 318]]
    add("inferior_vena_cava", "vein", "right", "vessel", tube(ivc, 10.0), {"centreline": ivc, "radius": [10] * 4})
    oes = [[12, -36, 170], [12, -36, 300], [12, -36, 430]]
    add("oesophagus", "organ", "midline", "follow", tube(oes, 8.0), {"centreline": oes, "radius": [8] * 3, "follow": "diaphragm"})
    for name, dy in (("anterior_vagal_trunk", -10.5), ("posterior_vagal_trunk", 10.5)):
        line = [[12, -36 + dy, 200], [12, -36 + dy, 300], [12, -36 + dy, 400]]
        add(name, "nerve", "midline", "follow", tube(line, 1.5, n_around=8), {"centreline": line, "follow": "oesophagus"})
    aorta = [[4, -5, 420], [4, -5, 300], [4, -5, 200], [4, -20, 30]]
    add("aorta", "artery", "midline", "vessel", tube(aorta, 11.0), {"centreline": aorta, "radius": [11] * 4})
    add("vertebra_t12", "bone", "midline", "static", ellipsoid([0, 25, 200], [20, 15, 11]))

    structures = tuple(p[0] for p in parts.values())
    meshes = {sid: RestMesh(sid, np.asarray(v, float), np.asarray(f, np.int64)) for sid, (_, (v, f)) in parts.items()}
    openings = {}
    for name, (x, y, _, passes) in OPENINGS.items():
        z = 200.0 if name == "aortic" else float(dome_height(x, y)) - 2.0
        openings[name] = Opening(name, "", np.array([x, y, z]), passes, "synthetic")
    landmarks = Landmarks(
        vertebrae=MappingProxyType({"T10": np.array([0, 2.0, 257]), "T12": np.array([0, -14.0, 200])}),
        points=MappingProxyType({"lesser_trochanter_l": np.array([96, 4.0, -167]),
                                 "lesser_trochanter_r": np.array([-96, 4.0, -167])}),
        openings=MappingProxyType(openings), sources=MappingProxyType({}))
    catalogue = Catalogue(path=Path("synthetic/catalogue.toml"), meta=MappingProxyType({}), structures=structures)
    return AnatomyModel(name="synthetic", catalogue=catalogue, meshes=MappingProxyType(meshes), landmarks=landmarks)
