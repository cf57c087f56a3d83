"""Smooth vertex normals that are cheap to refresh every frame.

The vertex-face incidence is a sparse matrix built once per mesh; a frame's normals are one
cross product per face and one sparse product, so deformed meshes stay smoothly shaded
without running a VTK filter (which would make a new mesh) on each frame.
"""

from __future__ import annotations

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
        rows = faces.ravel()
        cols = np.repeat(np.arange(len(faces)), 3)
        ones = np.ones(len(rows), dtype=np.float32)
        self._incidence = sparse.csr_matrix((ones, (rows, cols)), shape=(n_vertices, len(faces)))

    def __call__(self, points: np.ndarray) -> np.ndarray:
        """Return ``(N, 3)`` float32 unit normals for vertex positions ``points``.

        Vertices on no face (or on degenerate faces only) get ``(0, 0, 1)``.
        """
        p = np.asarray(points, dtype=np.float32)
        a, b, c = p[self._faces[:, 0]], p[self._faces[:, 1]], p[self._faces[:, 2]]
        face_normals = np.cross(b - a, c - a)  # length = 2 x area: area weighting for free
        normals = np.asarray(self._incidence @ face_normals, dtype=np.float32)
        length = np.linalg.norm(normals, axis=1)
        bad = length < 1e-12
        normals[bad] = (0.0, 0.0, 1.0)
        length[bad] = 1.0
        normals /= length[:, None]
        return normals
