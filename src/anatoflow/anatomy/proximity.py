"""Distances, containment and intersection between triangle meshes (numpy + scipy only).

Used by the tests of the built-in model and for checking imported models: surfaces are
sampled densely, candidate points are found with a KD-tree, and containment is decided
exactly with generalised winding numbers.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree


def surface_samples(vertices: np.ndarray, faces: np.ndarray, *, spacing: float = 1.5) -> np.ndarray:
    """Points covering a triangle mesh at about ``spacing`` mm (vertices plus barycentric grids).

    Deterministic: every face gets a regular barycentric grid fine enough for its longest edge.
    """
    return oriented_samples(vertices, faces, spacing=spacing)[0]


def oriented_samples(vertices: np.ndarray, faces: np.ndarray, *,
                     spacing: float = 1.5) -> tuple[np.ndarray, np.ndarray]:
    """Surface samples and their outward unit normals (face normals; area-weighted at vertices)."""
    v = np.asarray(vertices, dtype=float)
    f = np.asarray(faces)
    tri = v[f]
    fn = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    vn = np.zeros_like(v)
    for k in range(3):
        np.add.at(vn, f[:, k], fn)
    fn /= np.maximum(np.linalg.norm(fn, axis=1, keepdims=True), 1e-12)
    vn /= np.maximum(np.linalg.norm(vn, axis=1, keepdims=True), 1e-12)
    longest = np.max(np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2), axis=1)
    levels = np.clip(np.ceil(longest / spacing).astype(int), 1, 12)
    pts, nrm = [v], [vn]
    for k in np.unique(levels):
        if k < 2:
            continue
        ij = np.array([(i, j) for i in range(k + 1) for j in range(k + 1 - i)], dtype=float) / k
        bary = np.column_stack([1 - ij.sum(axis=1), ij])
        bary = bary[(bary > 1e-9).all(axis=1)] if k > 2 else bary
        sel = levels == k
        p = np.einsum("pk,fkd->fpd", bary, tri[sel])
        pts.append(p.reshape(-1, 3))
        nrm.append(np.repeat(fn[sel], len(bary), axis=0))
    return np.vstack(pts), np.vstack(nrm)


def winding_numbers(points: np.ndarray, vertices: np.ndarray, faces: np.ndarray, *,
                    chunk: int = 2_000_000) -> np.ndarray:
    """Generalised winding number of each point with respect to a closed mesh (1 inside, 0 outside)."""
    pts = np.asarray(points, dtype=float)
    tri = np.asarray(vertices, dtype=float)[np.asarray(faces)]
    out = np.zeros(len(pts))
    step = max(1, chunk // max(1, len(tri)))
    for s in range(0, len(pts), step):
        p = pts[s:s + step]
        a = tri[None, :, 0, :] - p[:, None, :]
        b = tri[None, :, 1, :] - p[:, None, :]
        c = tri[None, :, 2, :] - p[:, None, :]
        la, lb, lc = (np.linalg.norm(x, axis=2) for x in (a, b, c))
        det = np.einsum("pfi,pfi->pf", a, np.cross(b, c))
        den = (la * lb * lc + np.einsum("pfi,pfi->pf", a, b) * lc + np.einsum("pfi,pfi->pf", b, c) * la
               + np.einsum("pfi,pfi->pf", c, a) * lb)
        out[s:s + step] = np.arctan2(det, den).sum(axis=1) / (2 * np.pi)
    return out


def inside(points: np.ndarray, vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Boolean mask: which points lie inside the closed mesh."""
    pts = np.asarray(points, dtype=float)
    if len(pts) == 0:
        return np.zeros(0, dtype=bool)
    lo, hi = vertices.min(axis=0), vertices.max(axis=0)
    box = np.all((pts >= lo) & (pts <= hi), axis=1)
    mask = np.zeros(len(pts), dtype=bool)
    if box.any():
        mask[box] = winding_numbers(pts[box], vertices, faces) > 0.5
    return mask


def _boxes_overlap(a: np.ndarray, b: np.ndarray, margin: float) -> bool:
    return bool(np.all(a.min(axis=0) - margin <= b.max(axis=0)) and np.all(b.min(axis=0) - margin <= a.max(axis=0)))


def min_distance(samples_a: np.ndarray, samples_b: np.ndarray) -> float:
    """Smallest distance between two sample sets (mm)."""
    d, _ = cKDTree(samples_b).query(samples_a, k=1)
    return float(d.min())


def _confirm(points: np.ndarray, vertices: np.ndarray, faces: np.ndarray, limit: int = 64) -> np.ndarray:
    """Exact winding-number test of up to ``limit`` evenly spread candidates (the rest marked like them)."""
    if len(points) <= limit:
        return winding_numbers(points, vertices, faces) > 0.5
    pick = np.linspace(0, len(points) - 1, limit).astype(int)
    hit = winding_numbers(points[pick], vertices, faces) > 0.5
    out = np.zeros(len(points), dtype=bool)
    out[pick] = hit
    return out


class MeshSet:
    """Closed meshes by id with cached surface samples and KD-trees, for many pairwise queries."""

    def __init__(self, meshes: dict[str, tuple[np.ndarray, np.ndarray]], *, spacing: float = 1.5) -> None:
        self.meshes = meshes
        self.spacing = spacing
        self._samples: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._trees: dict[str, cKDTree] = {}

    def samples(self, key: str) -> np.ndarray:
        """Surface samples of one mesh (cached)."""
        return self._oriented(key)[0]

    def _oriented(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        if key not in self._samples:
            self._samples[key] = oriented_samples(*self.meshes[key], spacing=self.spacing)
        return self._samples[key]

    def _inside(self, points: np.ndarray, key: str) -> np.ndarray:
        """Containment: nearest-sample normal test, confirmed with exact winding numbers."""
        if len(points) == 0:
            return np.zeros(0, dtype=bool)
        s, n = self._oriented(key)
        _, idx = self.tree(key).query(points, k=1)
        maybe = np.einsum("ij,ij->i", points - s[idx], n[idx]) < 0.05 * self.spacing
        out = np.zeros(len(points), dtype=bool)
        if maybe.any():
            out[maybe] = _confirm(points[maybe], *self.meshes[key])
        return out

    def tree(self, key: str) -> cKDTree:
        """KD-tree of a mesh's samples (cached)."""
        if key not in self._trees:
            self._trees[key] = cKDTree(self.samples(key))
        return self._trees[key]

    def intersects(self, a: str, b: str) -> bool:
        """True when meshes ``a`` and ``b`` overlap in volume or one contains the other."""
        (va, fa), (vb, fb) = self.meshes[a], self.meshes[b]
        if not _boxes_overlap(va, vb, self.spacing):
            return False
        for own, other in ((a, b), (b, a)):
            pts = self.samples(own)
            v, f = self.meshes[other]
            lo, hi = v.min(axis=0) - self.spacing, v.max(axis=0) + self.spacing
            pts = pts[np.all((pts >= lo) & (pts <= hi), axis=1)]
            if len(pts):
                d, _ = self.tree(other).query(pts, k=1, distance_upper_bound=2.0 * self.spacing)
                pts = pts[np.isfinite(d)]
            cand = np.vstack([pts, self.meshes[own][0][:1]])
            if self._inside(cand, other).any():
                return True
        return False

    def clearance(self, a: str, b: str) -> float:
        """Gap between two meshes (mm), -1 when they overlap."""
        if self.intersects(a, b):
            return -1.0
        d, _ = self.tree(b).query(self.samples(a), k=1)
        return float(d.min())


def intersects(mesh_a: tuple[np.ndarray, np.ndarray], mesh_b: tuple[np.ndarray, np.ndarray], *,
               spacing: float = 1.5) -> bool:
    """True when two closed meshes overlap in volume (or one contains the other)."""
    return MeshSet({"a": mesh_a, "b": mesh_b}, spacing=spacing).intersects("a", "b")


def clearance(mesh_a: tuple[np.ndarray, np.ndarray], mesh_b: tuple[np.ndarray, np.ndarray], *,
              spacing: float = 1.0) -> float:
    """Gap between two closed meshes (mm): -1 when they overlap, else the sampled minimum distance."""
    return MeshSet({"a": mesh_a, "b": mesh_b}, spacing=spacing).clearance("a", "b")
