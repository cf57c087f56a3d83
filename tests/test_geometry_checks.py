"""The test helpers that decide what is inside a mesh, checked on shapes with known answers."""

from __future__ import annotations

import numpy as np
import pyvista as pv
from geometry_checks import winding_numbers


def _sphere(radius: float = 10.0) -> tuple[np.ndarray, np.ndarray]:
    mesh = pv.Sphere(radius=radius, theta_resolution=32, phi_resolution=32).triangulate().clean()
    return np.asarray(mesh.points, dtype=float), mesh.faces.reshape(-1, 4)[:, 1:]


def test_winding_number_is_one_inside_a_closed_mesh_and_zero_outside() -> None:
    vertices, faces = _sphere()
    inside = np.array([[0.0, 0.0, 0.0], [5.0, 3.0, -2.0], [0.0, 0.0, 9.0]])
    outside = np.array([[0.0, 0.0, 11.0], [20.0, 0.0, 0.0], [-7.5, -7.5, 0.0]])
    np.testing.assert_allclose(winding_numbers(inside, vertices, faces), 1.0, atol=1e-6)
    np.testing.assert_allclose(winding_numbers(outside, vertices, faces), 0.0, atol=1e-6)


def test_winding_number_keeps_its_side_beside_a_hole() -> None:
    """With a cap of faces removed, points inside still read above a half and points outside below,
    though the mesh is no longer closed; the faces' orientation decides the sign."""
    vertices, faces = _sphere()
    centres = vertices[faces].mean(axis=1)
    holed = faces[centres[:, 2] < 9.0]  # a hole of about 4 mm radius round the top
    assert len(holed) < len(faces)
    inside = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 6.0], [6.0, 0.0, 0.0]])
    outside = np.array([[0.0, 0.0, 12.0], [0.0, 0.0, -12.0], [14.0, 0.0, 0.0]])
    assert np.all(winding_numbers(inside, vertices, holed) > 0.5)
    assert np.all(winding_numbers(outside, vertices, holed) < 0.5)
    assert np.all(winding_numbers(inside, vertices, holed[:, ::-1]) < -0.5)  # inward-facing: negative


def test_winding_number_is_chunked_without_changing_it() -> None:
    vertices, faces = _sphere()
    points = np.random.default_rng(0).uniform(-15.0, 15.0, (50, 3))
    whole = winding_numbers(points, vertices, faces)
    np.testing.assert_allclose(winding_numbers(points, vertices, faces, pairs_per_chunk=1000), whole, atol=1e-12)
    np.testing.assert_array_equal(whole > 0.5, np.linalg.norm(points, axis=1) < 9.9)
