"""Geometric checks for rig tests: triangle orientation, volume, edge-through-triangle crossings."""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree


def face_normals(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Unnormalised face normals (twice the area vector)."""
    tri = vertices[faces]
    return np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])


def _neighbour_sum(normals: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Sum of the (area-weighted) normals of the faces sharing a vertex with each face."""
    n_vertices = int(faces.max()) + 1
    at_vertex = np.zeros((n_vertices, 3))
    for k in range(3):
        np.add.at(at_vertex, faces[:, k], normals)
    return at_vertex[faces].sum(axis=1) - 3.0 * normals


def flipped_faces(rest: np.ndarray, moved: np.ndarray, faces: np.ndarray) -> int:
    """Number of faces turned over.

    A face counts when its normal turns by more than 90 degrees from rest *and* it now faces
    against the faces around it although it faced with them at rest. A thin sliver that only
    swings with its neighbours is not counted; a fold is. Faces with (almost) no area at rest
    (collinear corners, below 1e-3 of the median area) have no orientation to lose.
    """
    a, b = face_normals(rest, faces), face_normals(moved, faces)
    area = np.linalg.norm(a, axis=1)
    turned = (np.einsum("ij,ij->i", a, b) <= 0.0) & (area > 1e-3 * np.median(area))
    with_rest = np.einsum("ij,ij->i", a, _neighbour_sum(a, faces)) > 0.0
    against_now = np.einsum("ij,ij->i", b, _neighbour_sum(b, faces)) <= 0.0
    return int(np.count_nonzero(turned & with_rest & against_now))


def turned_faces(rest: np.ndarray, moved: np.ndarray, faces: np.ndarray) -> int:
    """Stricter: faces whose normal turns by more than 90 degrees from rest (any reason)."""
    a, b = face_normals(rest, faces), face_normals(moved, faces)
    area = np.linalg.norm(a, axis=1)
    ok = area > 1e-6 * area.max()
    return int(np.count_nonzero(np.einsum("ij,ij->i", a, b)[ok] <= 0.0))


def volume(vertices: np.ndarray, faces: np.ndarray) -> float:
    """Signed volume of a closed mesh (divergence theorem)."""
    tri = vertices[faces]
    return float(np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6.0)


def _edges(faces: np.ndarray) -> np.ndarray:
    e = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    return np.unique(np.sort(e, axis=1), axis=0)


def crossings(va: np.ndarray, fa: np.ndarray, vb: np.ndarray, fb: np.ndarray) -> int:
    """Count edges of mesh A that pass through a triangle of mesh B (Moller-Trumbore, pruned)."""
    edges = _edges(fa)
    p0, p1 = va[edges[:, 0]], va[edges[:, 1]]
    tri = vb[fb]
    centre = tri.mean(axis=1)
    tri_r = np.linalg.norm(tri - centre[:, None], axis=2).max()
    mid = 0.5 * (p0 + p1)
    edge_r = 0.5 * np.linalg.norm(p1 - p0, axis=1)
    pairs = cKDTree(centre).query_ball_point(mid, r=tri_r + edge_r + 1e-6)
    ei = np.repeat(np.arange(len(edges)), [len(p) for p in pairs])
    if len(ei) == 0:
        return 0
    ti = np.concatenate([np.asarray(p, dtype=np.int64) for p in pairs])
    o, d = p0[ei], p1[ei] - p0[ei]
    t0, t1, t2 = tri[ti, 0], tri[ti, 1], tri[ti, 2]
    e1, e2 = t1 - t0, t2 - t0
    h = np.cross(d, e2)
    det = np.einsum("ij,ij->i", e1, h)
    ok = np.abs(det) > 1e-12
    inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
    s = o - t0
    u = inv * np.einsum("ij,ij->i", s, h)
    q = np.cross(s, e1)
    v = inv * np.einsum("ij,ij->i", d, q)
    t = inv * np.einsum("ij,ij->i", e2, q)
    hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t >= 0) & (t <= 1)
    return int(np.count_nonzero(hit))


def min_distance(a: np.ndarray, b: np.ndarray) -> float:
    """Smallest distance between two point sets."""
    return float(cKDTree(b).query(a, k=1)[0].min())


def distance_to_every_face(points: np.ndarray, vertices: np.ndarray, faces: np.ndarray, *,
                           chunk: int = 200) -> np.ndarray:
    """Distance from each point to the mesh, by the closest point on every one of its faces."""
    import trimesh

    tri = np.asarray(vertices, dtype=float)[np.asarray(faces)]
    out = []
    for part in np.array_split(np.asarray(points, dtype=float), max(1, int(np.ceil(len(points) / chunk)))):
        closest = trimesh.triangles.closest_point(np.tile(tri, (len(part), 1, 1)), np.repeat(part, len(tri), axis=0))
        out.append(np.linalg.norm(closest.reshape(len(part), len(tri), 3) - part[:, None], axis=2).min(axis=1))
    return np.concatenate(out) if out else np.zeros(0)
