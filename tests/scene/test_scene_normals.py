"""Vertex normals refreshed per frame: one mesh, and several meshes in one call."""

from __future__ import annotations

import numpy as np

from anatoflow.scene.normals import MeshSetNormals, VertexNormals


def _sphere(n: int = 12, radius: float = 10.0, centre=(0.0, 0.0, 0.0)) -> tuple[np.ndarray, np.ndarray]:
    """A UV sphere with outward, counter-clockwise faces."""
    theta = np.linspace(0, np.pi, n + 1)[1:-1]
    phi = np.linspace(0, 2 * np.pi, 2 * n, endpoint=False)
    t, p = np.meshgrid(theta, phi, indexing="ij")
    ring = np.stack([np.sin(t) * np.cos(p), np.sin(t) * np.sin(p), np.cos(t)], axis=-1).reshape(-1, 3)
    points = np.vstack([[0, 0, 1], ring, [0, 0, -1]]) * radius + np.asarray(centre)
    m, faces = 2 * n, []
    for j in range(m):
        faces.append([0, 1 + j, 1 + (j + 1) % m])
    for i in range(n - 2):
        for j in range(m):
            a, b = 1 + i * m + j, 1 + i * m + (j + 1) % m
            faces += [[a, a + m, b], [b, a + m, b + m]]
    last = len(points) - 1
    base = 1 + (n - 2) * m
    for j in range(m):
        faces.append([base + j, last, base + (j + 1) % m])
    return points.astype(np.float32), np.asarray(faces)


def test_sphere_normals_point_outward_and_are_unit() -> None:
    points, faces = _sphere(centre=(5.0, -3.0, 2.0))
    normals = VertexNormals(faces, len(points))(points)
    radial = points - np.array([5.0, -3.0, 2.0])
    radial /= np.linalg.norm(radial, axis=1)[:, None]
    assert np.allclose(np.linalg.norm(normals, axis=1), 1.0, atol=1e-5)
    assert (np.einsum("ij,ij->i", normals, radial) > 0.98).all()


def test_normals_follow_a_rotation() -> None:
    points, faces = _sphere()
    squash = points * np.array([1.0, 1.0, 0.3], dtype=np.float32)
    angle = 0.7
    rotation = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]])
    normals = VertexNormals(faces, len(points))
    rotated = normals(squash @ rotation.T)
    assert np.allclose(rotated, normals(squash) @ rotation.T, atol=1e-5)


def test_a_mesh_set_gives_each_mesh_its_own_normals() -> None:
    a_points, a_faces = _sphere(8, centre=(0.0, 0.0, 0.0))
    b_points, b_faces = _sphere(10, radius=4.0, centre=(30.0, 0.0, 0.0))
    b_points = b_points * np.array([1.0, 2.0, 0.5], dtype=np.float32)
    joint = MeshSetNormals({"a": (a_faces, len(a_points)), "b": (b_faces, len(b_points))})
    result = joint({"b": b_points, "a": a_points})
    assert set(result) == {"a", "b"}
    assert np.array_equal(result["a"], VertexNormals(a_faces, len(a_points))(a_points))
    assert np.allclose(result["b"], VertexNormals(b_faces, len(b_points))(b_points), atol=1e-6)
    assert MeshSetNormals({})({}) == {}
