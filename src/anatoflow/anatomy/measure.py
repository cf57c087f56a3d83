"""Measure landmarks on meshes (LPS, mm): vertebral bodies, femoral heads, openings, domes, junctions.

Pure numpy/scipy, so the same functions measure the built-in model and imported ones
(BodyParts3D) and tests compare the results with the landmark table.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree


def vertebral_body_centre(vertices: np.ndarray, *, midline_halfwidth: float = 5.0,
                          min_gap: float = 5.0) -> np.ndarray:
    """Centre of a vertebral body: the anterior run of midline points before the spinal canal.

    Vertices within ``midline_halfwidth`` of the mesh's mid x are sorted front to back
    (increasing y, LPS); the first gap longer than ``min_gap`` is the vertebral canal.
    """
    v = np.asarray(vertices, dtype=float)
    mid_x = 0.5 * (v[:, 0].min() + v[:, 0].max())
    mid = v[np.abs(v[:, 0] - mid_x) < midline_halfwidth]
    ys = np.sort(mid[:, 1])
    gaps = np.nonzero(np.diff(ys) > min_gap)[0]
    y_back = ys[gaps[0]] if len(gaps) else ys[-1]
    body = mid[mid[:, 1] <= y_back]
    near = v[(v[:, 1] >= ys[0]) & (v[:, 1] <= y_back)]
    return np.array([
        0.5 * (near[:, 0].min() + near[:, 0].max()),
        0.5 * (ys[0] + y_back),
        0.5 * (body[:, 2].min() + body[:, 2].max()),
    ])


def vertex_normals(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Area-weighted unit vertex normals ``(N, 3)``; a vertex on no face (or only on faces
    without area) gets +Y."""
    tri = np.asarray(vertices, dtype=float)[faces]
    face_n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    corners = np.asarray(faces).reshape(-1)
    normals = np.stack([np.bincount(corners, np.repeat(face_n[:, k], 3), minlength=len(vertices))
                        for k in range(3)], axis=1)
    length = np.linalg.norm(normals, axis=1)
    normals[length == 0] = (0.0, 1.0, 0.0)
    length[length == 0] = 1.0
    return normals / length[:, None]


def fit_sphere(points: np.ndarray) -> tuple[np.ndarray, float]:
    """Least-squares sphere through points: (centre, radius)."""
    p = np.asarray(points, dtype=float)
    a = np.column_stack([2 * p, np.ones(len(p))])
    b = (p ** 2).sum(axis=1)
    sol, *_ = np.linalg.lstsq(a, b, rcond=None)
    centre = sol[:3]
    return centre, float(np.sqrt(sol[3] + centre @ centre))


def femoral_head_centre(vertices: np.ndarray, *, radius_guess: float = 24.0) -> tuple[np.ndarray, float]:
    """Sphere fit to the femoral head: start at the highest vertex, keep points on the fitted sphere."""
    v = np.asarray(vertices, dtype=float)
    top = v[np.argmax(v[:, 2])]
    centre = top - (0, 0, radius_guess)
    radius = radius_guess
    for _ in range(6):
        d = np.linalg.norm(v - centre, axis=1)
        keep = (np.abs(d - radius) < 0.15 * radius) & (v[:, 2] > centre[2] - 0.3 * radius)
        if keep.sum() < 10:
            break
        centre, radius = fit_sphere(v[keep])
    return centre, radius


def lesser_trochanter(vertices: np.ndarray, head_centre: np.ndarray, side: float) -> np.ndarray:
    """Tip of the lesser trochanter: the most medial femur point 40-110 mm below the head centre."""
    v = np.asarray(vertices, dtype=float)
    band = v[(v[:, 2] < head_centre[2] - 40) & (v[:, 2] > head_centre[2] - 110)]
    return band[np.argmin(side * band[:, 0])]


def dome_apex(vertices: np.ndarray, side: float, *, margin: float = 15.0) -> np.ndarray:
    """Top of a diaphragm dome: mean of the highest points on one side (``side`` +1 left, -1 right)."""
    v = np.asarray(vertices, dtype=float)
    half = v[side * v[:, 0] > margin]
    peak = half[np.argmax(half[:, 2])]
    top = half[(half[:, 2] > peak[2] - 1.5) & (np.hypot(*(half[:, :2] - peak[:2]).T) < 25.0)]
    return top.mean(axis=0)


def opening_centre(points: np.ndarray, guess: np.ndarray, *, slab: float = 10.0, search: float = 12.0,
                   step: float = 0.5) -> tuple[np.ndarray, float]:
    """Centre and clear radius of a roughly horizontal opening among the walls' points.

    Points within ``slab`` mm of the guess's height are projected on the horizontal plane;
    the point within ``search`` mm of the guess farthest from all of them is the centre.
    """
    p = np.asarray(points, dtype=float)
    g = np.asarray(guess, dtype=float)
    near = p[np.abs(p[:, 2] - g[2]) < slab]
    tree = cKDTree(near[:, :2])
    ax = np.arange(-search, search + step / 2, step)
    gx, gy = np.meshgrid(ax, ax, indexing="ij")
    cand = g[:2] + np.column_stack([gx.ravel(), gy.ravel()])
    cand = cand[np.hypot(*(cand - g[:2]).T) <= search]
    d, _ = tree.query(cand, k=1)
    best = cand[int(np.argmax(d))]
    ring = near[tree.query_ball_point(best, float(d.max()) + 3.0)]
    z = float(ring[:, 2].mean()) if len(ring) else float(g[2])
    return np.array([best[0], best[1], z]), float(d.max())


def junction(vertices_a: np.ndarray, vertices_b: np.ndarray, *, reach: float = 6.0) -> np.ndarray:
    """Where two tubes meet: centroid of the vertices of each within ``reach`` mm of the other."""
    a, b = np.asarray(vertices_a, dtype=float), np.asarray(vertices_b, dtype=float)
    da, _ = cKDTree(b).query(a, k=1)
    db, _ = cKDTree(a).query(b, k=1)
    pts = np.vstack([a[da < reach], b[db < reach]])
    return pts.mean(axis=0)


def top_point(vertices: np.ndarray, *, depth: float = 3.0) -> np.ndarray:
    """Mean of the vertices within ``depth`` mm of the highest one."""
    v = np.asarray(vertices, dtype=float)
    return v[v[:, 2] > v[:, 2].max() - depth].mean(axis=0)


#: Landmarks placed only to route tubes above the model's top; no mesh measures them.
UNMEASURED = ("T4", "T5")


def measure_landmarks(meshes: dict[str, tuple[np.ndarray, np.ndarray]], guesses: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Measure every landmark of a model with the built-in ids from its mesh vertices.

    Parameters
    ----------
    meshes : dict
        ``(vertices, faces)`` by structure id.
    guesses : dict
        Landmark table values by name (``"T8"``, ``"opening.caval"``...); openings are searched
        near them, everything else is measured without them.

    Returns
    -------
    dict
        Measured position by landmark name (names in :data:`UNMEASURED` are left out).
    """
    from anatoflow.anatomy.proximity import surface_samples

    out: dict[str, np.ndarray] = {}
    verts = {k: np.asarray(m[0], dtype=float) for k, m in meshes.items()}
    for name, guess in guesses.items():
        if name in UNMEASURED:
            continue
        if name[0] in "TL" and name[1:].isdigit():
            out[name] = vertebral_body_centre(surface_samples(*meshes[f"vertebra_{name.lower()}"], spacing=2.0))
        elif name == "S1":
            sac = verts["sacrum"]
            out[name] = top_point(sac[np.abs(sac[:, 0]) < 15.0])
        elif name.startswith("femoral_head_"):
            out[name] = femoral_head_centre(verts[f"femur_{name[-1]}"])[0]
        elif name.startswith("lesser_trochanter_"):
            tag = name[-1]
            head = femoral_head_centre(verts[f"femur_{tag}"])[0]
            out[name] = lesser_trochanter(verts[f"femur_{tag}"], head, 1.0 if tag == "l" else -1.0)
        elif name.startswith("opening."):
            walls = {"opening.caval": ("central_tendon",), "opening.oesophageal": ("right_crus",),
                     "opening.aortic": ("median_arcuate_ligament", "right_crus", "left_crus",
                                        "vertebra_t12")}[name]
            out[name] = opening_centre(np.vstack([verts[w] for w in walls]), guess)[0]
        elif name.endswith("_dome_apex"):
            out[name] = dome_apex(verts["diaphragm"], -1.0 if name.startswith("right") else 1.0)
        elif name == "iliac_confluence":
            out[name] = junction(verts["common_iliac_vein_l"], verts["common_iliac_vein_r"])
        elif name == "cisterna_chyli":
            out[name] = verts["cisterna_chyli"].mean(axis=0)
        elif name == "azygos_arch":
            out[name] = top_point(verts["azygos_vein"])
        elif name.startswith("iliac_fossa_"):
            out[name] = top_point(verts[f"iliacus_{name[-1]}"], depth=12.0)
    return out
