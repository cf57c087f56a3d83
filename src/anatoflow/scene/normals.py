"""Smooth vertex normals that are cheap to refresh every frame.

The vertex-face incidence is a sparse matrix built once per mesh; a frame's normals are one
cross product per face and one sparse product, so deformed meshes stay smoothly shaded
without running a VTK filter (which would make a new mesh) on each frame.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy import sparse


class VertexNormals:
    """Area-weighted vertex normals of a fixed triangle connectivity.

    Parameters
    ----------
    faces : numpy.ndarray
        ``(M, 3)`` vertex indices, counter-clockwise seen from outside.
    n_vertices : int
        Number of vertices.
    """

    def __init__(self, faces: np.ndarray, n_vertices: int) -> None:
        faces = np.asarray(faces, dtype=np.int64)
        self._faces = faces
        # Flat indices of each face's nine coordinates: np.take on them gathers the corners
        # about ten times faster than indexing the rows with strided face columns.
        self._corner_coordinates = (faces[:, :, None] * 3 + np.arange(3)).reshape(len(faces), 9)
        rows = faces.ravel()
        cols = np.repeat(np.arange(len(faces)), 3)
        ones = np.ones(len(rows), dtype=np.float32)
        self._incidence = sparse.csr_matrix((ones, (rows, cols)), shape=(n_vertices, len(faces)))

    def __call__(self, points: np.ndarray) -> np.ndarray:
        """Return ``(N, 3)`` float32 unit normals for vertex positions ``points``.

        Vertices on no face (or on degenerate faces only) get ``(0, 0, 1)``.
        """
        p = np.ascontiguousarray(points, dtype=np.float32).reshape(-1)
        corners = np.take(p, self._corner_coordinates)
        u = corners[:, 3:6] - corners[:, 0:3]
        v = corners[:, 6:9] - corners[:, 0:3]
        face_normals = np.empty_like(u)  # u x v: length = 2 x area, so area weighting for free
        face_normals[:, 0] = u[:, 1] * v[:, 2] - u[:, 2] * v[:, 1]
        face_normals[:, 1] = u[:, 2] * v[:, 0] - u[:, 0] * v[:, 2]
        face_normals[:, 2] = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
        normals = np.asarray(self._incidence @ face_normals, dtype=np.float32)
        length = np.sqrt(np.einsum("ij,ij->i", normals, normals))
        bad = length < 1e-12
        normals[bad] = (0.0, 0.0, 1.0)
        length[bad] = 1.0
        normals /= length[:, None]
        return normals


class MeshSetNormals:
    """Vertex normals of several meshes in one call (one gather, one sparse product).

    Per-call overhead dominates for small meshes, so a video frame's moving structures are
    refreshed together rather than one by one.

    Parameters
    ----------
    meshes : Mapping[str, tuple[numpy.ndarray, int]]
        ``name -> (faces, n_vertices)`` for each mesh, in the order their points will be given.
    """

    def __init__(self, meshes: Mapping[str, tuple[np.ndarray, int]]) -> None:
        self.names = tuple(meshes)
        counts = [int(n) for _, n in meshes.values()]
        self._splits = np.cumsum(counts)[:-1]
        offsets = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        faces = [np.asarray(f, dtype=np.int64) + o for (f, _), o in zip(meshes.values(), offsets)]
        joined = np.concatenate(faces) if faces else np.zeros((0, 3), dtype=np.int64)
        self._normals = VertexNormals(joined, int(sum(counts)))

    def __call__(self, points: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        """``name -> (N, 3)`` float32 unit normals for the given ``name -> (N, 3)`` positions."""
        if not self.names:
            return {}
        joined = np.concatenate([np.asarray(points[name], dtype=np.float32) for name in self.names])
        return dict(zip(self.names, np.split(self._normals(joined), self._splits)))
