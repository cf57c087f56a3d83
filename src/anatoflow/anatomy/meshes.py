"""Rest meshes: read-only vertex and face arrays, loaded through trimesh (OBJ, STL, PLY, GLB)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from anatoflow.anatomy.errors import DataError

#: A trunk structure measured in millimetres spans at least this much; smaller means metres.
MIN_EXTENT_MM = 2.0
#: Nothing in a human trunk model spans more than this many millimetres.
MAX_EXTENT_MM = 3000.0


@dataclass(frozen=True)
class RestMesh:
    """A triangle mesh at rest, in the LPS frame (mm). Arrays are read-only.

    Attributes
    ----------
    id : str
        The catalogue id.
    vertices : numpy.ndarray
        ``(N, 3)`` float64.
    faces : numpy.ndarray
        ``(M, 3)`` int64, counter-clockwise seen from outside (outward normals).
    """

    id: str
    vertices: np.ndarray
    faces: np.ndarray

    def __post_init__(self) -> None:
        for name in ("vertices", "faces"):
            arr = getattr(self, name)
            if arr.flags.writeable:
                arr = arr.copy()
                arr.flags.writeable = False
                object.__setattr__(self, name, arr)

    @property
    def n_vertices(self) -> int:
        return int(self.vertices.shape[0])

    @property
    def n_faces(self) -> int:
        return int(self.faces.shape[0])

    @property
    def bounds(self) -> np.ndarray:
        """``(2, 3)`` array: minimum and maximum corner."""
        return np.stack([self.vertices.min(axis=0), self.vertices.max(axis=0)])


def check_mesh(mesh_id: str, vertices: np.ndarray, faces: np.ndarray, path: str | Path) -> None:
    """Raise :class:`DataError` naming ``path`` if the arrays are not a usable mm mesh."""
    if vertices.ndim != 2 or vertices.shape[1] != 3 or len(vertices) == 0:
        raise DataError(path, f"{mesh_id}.vertices", f"is empty or not (N, 3): shape {vertices.shape}")
    if faces.ndim != 2 or faces.shape[1] != 3 or len(faces) == 0:
        raise DataError(path, f"{mesh_id}.faces", f"is empty or not triangles: shape {faces.shape}")
    if not np.all(np.isfinite(vertices)):
        bad = int(np.count_nonzero(~np.isfinite(vertices).all(axis=1)))
        raise DataError(path, f"{mesh_id}.vertices", f"has {bad} vertices with NaN or inf")
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise DataError(path, f"{mesh_id}.faces", "index vertices that do not exist")
    extent = float(np.ptp(vertices, axis=0).max())
    if extent < MIN_EXTENT_MM:
        raise DataError(
            path, f"{mesh_id}.vertices",
            f"span only {extent:.4g} units: expected millimetres (is the file in metres?)",
        )
    if extent > MAX_EXTENT_MM:
        raise DataError(path, f"{mesh_id}.vertices", f"span {extent:.4g} units: larger than a body in mm")


def load_mesh(path: str | Path, mesh_id: str | None = None) -> RestMesh:
    """Load one mesh file (any format trimesh reads) as a :class:`RestMesh`.

    Parameters
    ----------
    path : str or pathlib.Path
        Mesh file: OBJ, STL, PLY, GLB...
    mesh_id : str, optional
        Id to give the mesh; defaults to the file stem.

    Raises
    ------
    DataError
        When the file is missing, unreadable, empty, has NaN vertices or looks like metres.
    """
    import trimesh  # local: keeps import of this module light

    path = Path(path)
    mesh_id = mesh_id or path.stem
    if not path.is_file():
        raise DataError(path, f"{mesh_id}.file", "does not exist")
    try:
        loaded = trimesh.load(path, force="mesh", process=False)
    except Exception as exc:  # trimesh raises many types for bad files
        raise DataError(path, f"{mesh_id}.file", f"cannot be read as a mesh: {exc}") from exc
    vertices = np.asarray(getattr(loaded, "vertices", np.empty((0, 3))), dtype=np.float64)
    faces = np.asarray(getattr(loaded, "faces", np.empty((0, 3))), dtype=np.int64)
    check_mesh(mesh_id, vertices, faces, path)
    return RestMesh(id=mesh_id, vertices=vertices, faces=faces)
