"""The winding number decides what is inside a mesh, and keeps its side beside a hole (synthetic)."""

from __future__ import annotations

import numpy as np
import trimesh

from anatoflow.anatomy.proximity import winding_numbers


def _sphere() -> tuple[np.ndarray, np.ndarray]:
    mesh = trimesh.creation.icosphere(4, 10.0)
    return np.asarray(mesh.vertices, dtype=float), np.asarray(mesh.faces)


def test_winding_number_keeps_its_side_beside_a_hole() -> None:
    """With a cap of faces removed round the top (a hole of about 4 mm radius), points inside still
    read above a half and points outside below, though the mesh is no longer closed: the deepest
    entry of the real-mesh tests relies on it (the BodyParts3D diaphragm, heart and discs have a
    few holes). Inward-facing, the sign turns."""
    vertices, faces = _sphere()
    holed = faces[vertices[faces].mean(axis=1)[:, 2] < 9.0]
    assert 0 < len(faces) - len(holed) < 0.05 * len(faces)
    inside = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 6.0], [6.0, 0.0, 0.0], [0.0, 0.0, 8.5]])
    outside = np.array([[0.0, 0.0, 12.0], [0.0, 0.0, -12.0], [14.0, 0.0, 0.0], [0.0, 0.0, 10.5]])
    np.testing.assert_allclose(winding_numbers(inside, vertices, faces), 1.0, atol=1e-9)
    np.testing.assert_allclose(winding_numbers(outside, vertices, faces), 0.0, atol=1e-9)
    assert np.all(winding_numbers(inside, vertices, holed) > 0.5)
    assert np.all(winding_numbers(outside, vertices, holed) < 0.5)
    assert np.all(winding_numbers(inside, vertices, holed[:, ::-1]) < -0.5)


def test_winding_number_is_chunked_without_changing_it() -> None:
    vertices, faces = _sphere()
    points = np.random.default_rng(0).uniform(-15.0, 15.0, (60, 3))
    whole = winding_numbers(points, vertices, faces)
    np.testing.assert_allclose(winding_numbers(points, vertices, faces, chunk=1000), whole, atol=1e-12)
    radius = np.linalg.norm(points, axis=1)
    clear = np.abs(radius - 10.0) > 0.2  # the icosphere's faces lie within 0.2 mm inside the sphere
    np.testing.assert_array_equal((whole > 0.5)[clear], (radius < 10.0)[clear])
