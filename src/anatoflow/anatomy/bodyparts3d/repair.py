"""Mesh repair and decimation for imported BodyParts3D elements (trimesh + fast-simplification)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import numpy as np

#: Triangle budget of the whole prepared model.
TRIANGLE_BUDGET = 400_000
#: Largest triangle count of one structure, by system: muscles and vessels are kept finest.
SYSTEM_CAPS: Mapping[str, int] = MappingProxyType({
    "muscle": 40_000, "tendon": 20_000, "vein": 40_000, "artery": 40_000, "lymph": 20_000,
    "nerve": 20_000, "organ": 10_000, "bone": 3_000,
})
#: Systems that are never decimated below their cap to meet the budget.
FINEST = ("muscle", "vein", "artery")


def repair(vertices: np.ndarray, faces: np.ndarray):
    """Return a repaired ``trimesh.Trimesh`` built from one structure's joined element arrays.

    Merges duplicate vertices, drops degenerate and duplicate faces and unused vertices, makes
    the winding consistent in each shell and turns each shell's normals outward (exact for closed
    shells; for open ones, away from the shell's centre on balance). The shells stay one mesh.
    """
    import trimesh

    mesh = trimesh.Trimesh(vertices, faces, process=False)
    mesh.merge_vertices()
    mesh.update_faces(mesh.nondegenerate_faces(height=1e-6))
    mesh.update_faces(mesh.unique_faces())
    mesh.remove_unreferenced_vertices()
    _orient_shells(mesh)
    return mesh


def _orient_shells(mesh) -> None:
    """Consistent winding per shell, then flip any shell whose signed volume is negative."""
    import trimesh

    trimesh.repair.fix_winding(mesh)
    labels = trimesh.graph.connected_component_labels(mesh.face_adjacency, node_count=len(mesh.faces))
    faces = mesh.faces.copy()
    tri = mesh.vertices[faces]
    for label in np.unique(labels):
        sel = labels == label
        apex = tri[sel].reshape(-1, 3).mean(axis=0)
        a, b, c = (tri[sel, k] - apex for k in range(3))
        if np.einsum("ij,ij->", a, np.cross(b, c)) < 0:
            faces[sel] = faces[sel][:, ::-1]
    mesh.faces = faces


def caps(systems: Mapping[str, str], counts: Mapping[str, int], overrides: Mapping[str, int],
         *, budget: int = TRIANGLE_BUDGET) -> dict[str, int]:
    """Triangle cap of each structure so that the model fits ``budget``.

    Parameters
    ----------
    systems : Mapping[str, str]
        System of each structure id.
    counts : Mapping[str, int]
        Current triangle count of each structure.
    overrides : Mapping[str, int]
        Per-structure caps (``max_faces`` in structures.toml); 0 means none.
    budget : int, keyword-only
        Triangle budget of the whole model.
    """
    cap = {k: min(counts[k], overrides.get(k) or SYSTEM_CAPS.get(systems[k], 10_000)) for k in counts}
    total = sum(cap.values())
    if total > budget:
        fixed = sum(v for k, v in cap.items() if systems[k] in FINEST)
        scale = max(budget - fixed, 0) / max(total - fixed, 1)
        for k in cap:
            if systems[k] not in FINEST:
                cap[k] = max(int(cap[k] * scale), 200)
    return cap


def decimate(mesh, face_count: int):
    """Quadric decimation to about ``face_count`` triangles, then re-orient (no-op when under)."""
    if len(mesh.faces) <= face_count:
        return mesh
    out = mesh.simplify_quadric_decimation(face_count=face_count)
    out.update_faces(out.nondegenerate_faces(height=1e-6))
    out.remove_unreferenced_vertices()
    _orient_shells(out)
    return out
