"""The signed distance from points to a closed triangle mesh whose vertices move, exactly.

Used by the corrective pass (:mod:`anatoflow.motion.yielding`) to find where a vertex has come
too close to, or into, its neighbour, and in which direction it must go to get out.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

Array = NDArray[np.float64]
NEAREST_VERTICES = 3  # a first closest point is sought on the faces round this many nearest vertices
SPHERE_BINS_MM = (2.0, 4.0, 8.0, 16.0, 32.0)  # faces are grouped by the radius of their bounding sphere
BOUND_STEPS_MM = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, np.inf)  # points grouped by a first distance
BARY_EPS = 1e-6  # a closest point with a barycentric coordinate below this lies on an edge or a corner
#: No structure of the models lies deeper than this (mm) inside another (the BodyParts3D kidneys lie
#: up to 13 mm inside the psoas). A deeper reading is a point seen across a hole or past the free edge
#: of an open mesh (the repaired muscles, the one-layer abdominal wall), which reads as deep inside:
#: the slide and the corrective pass take such a point as outside.
DEEPEST_INSIDE_MM = 20.0


class Surface:
    """A closed triangle mesh whose vertices move; the signed distance to it from points.

    The closest point is exact: a first one is sought on the faces round the
    :data:`NEAREST_VERTICES` vertices nearest the point, and then on every face whose bounding
    sphere comes nearer than it (faces grouped by the sphere's radius, :data:`SPHERE_BINS_MM`).
    The first alone is not enough on meshes whose triangles differ much in size: the BodyParts3D
    psoas and oesophagus have triangles up to 54 and 64 mm long beside finer ones, and a point
    2 mm outside the psoas read as 11 mm inside it. The sign is the side of the
    angle-weighted pseudo-normal of the feature the closest point lies on: the face, the edge (the
    sum of its two faces' normals) or the corner (the normals of the faces round it weighted by
    their angles there), which is exact for a closed mesh (Baerentzen and Aanaes, 2005). Along an
    open border, the face's own normal.
    """

    def __init__(self, faces: NDArray[np.int64], n_vertices: int) -> None:
        self.faces = np.asarray(faces, dtype=np.int64)
        self.n_vertices = n_vertices
        self._pose: tuple | None = None  # the last vertices measured against (not to be changed in place)
        corner = self.faces.ravel()
        order = np.argsort(corner, kind="stable")
        counts = np.bincount(corner, minlength=n_vertices)
        width = max(int(counts.max()) if len(counts) else 1, 1)
        rank = np.arange(len(corner)) - np.repeat(np.cumsum(counts) - counts, counts)
        table = np.full((n_vertices, width), -1, dtype=np.int64)
        table[corner[order], rank] = order // 3
        self._around = np.where(table < 0, table[:, :1], table)  # pad with the first face
        # the face across each edge (corner k to corner k+1) of each face; the face itself on a border
        f = self.faces
        edges = np.stack([f, np.roll(f, -1, axis=1)], axis=2).reshape(-1, 2)
        key = np.minimum(edges[:, 0], edges[:, 1]) * n_vertices + np.maximum(edges[:, 0], edges[:, 1])
        order = np.argsort(key, kind="stable")
        same = np.flatnonzero(key[order][1:] == key[order][:-1])
        across = np.repeat(np.arange(len(f)), 3)
        across[order[same]], across[order[same + 1]] = order[same + 1] // 3, order[same] // 3
        self._across = across.reshape(-1, 3)

    def _pseudo_normals(self, vertices: Array) -> tuple[Array, Array]:
        """Unit face normals and angle-weighted corner normals of the mesh at ``vertices``."""
        tri = vertices[self.faces]
        normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-12)
        corner = np.zeros((self.n_vertices, 3))
        for k in range(3):
            u, w = tri[:, (k + 1) % 3] - tri[:, k], tri[:, (k + 2) % 3] - tri[:, k]
            cos = np.einsum("ij,ij->i", u, w) / np.maximum(np.linalg.norm(u, axis=1) * np.linalg.norm(w, axis=1), 1e-12)
            angle = np.arccos(np.clip(cos, -1.0, 1.0))
            for j in range(3):
                corner[:, j] += np.bincount(self.faces[:, k], angle * normal[:, j], minlength=self.n_vertices)
        return normal, corner

    def _closest(self, points: Array, vertices: Array, rows: NDArray[np.int64], faces: NDArray[np.int64]):
        """Per point of ``rows`` (candidate pairs of a point and a face, sorted by point), the face
        nearest it among its candidates, the closest point on it and the distance; and those points."""
        import trimesh

        closest = trimesh.triangles.closest_point(vertices[self.faces[faces]], points[rows])
        dist = np.linalg.norm(points[rows] - closest, axis=1)
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        least = np.minimum.reduceat(dist, starts)
        hit = np.flatnonzero(dist <= np.repeat(least, np.diff(np.r_[starts, len(rows)])))
        first = hit[np.r_[True, rows[hit][1:] != rows[hit][:-1]]]
        return rows[first], faces[first], closest[first], dist[first]

    def _nearest_face(self, points: Array, vertices: Array, tree: cKDTree,
                      spheres: list) -> tuple[NDArray[np.int64], Array, Array]:
        """Per point, the face nearest it, the closest point on it and the distance: first among
        the faces round its nearest vertices, then among every face whose bounding sphere comes
        nearer than that (``spheres``: :func:`_face_spheres`)."""
        n = len(points)
        k = min(NEAREST_VERTICES, len(vertices))
        near = tree.query(points, k=k)[1].reshape(n, k)
        cand = np.sort(self._around[near].reshape(n, -1), axis=1)
        once = np.ones(cand.shape, dtype=bool)
        once[:, 1:] = cand[:, 1:] != cand[:, :-1]
        _, face, where, length = self._closest(points, vertices, np.repeat(np.arange(n), once.sum(axis=1)), cand[once])
        rows, faces = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for lo, hi in zip(BOUND_STEPS_MM[:-1], BOUND_STEPS_MM[1:]):  # points grouped by that first distance
            group = np.flatnonzero((length >= lo) & (length < hi))
            if not len(group):
                continue
            grouped, reach = cKDTree(points[group]), min(hi, float(length[group].max()))
            for centres, ids, radius in spheres:
                pairs = grouped.sparse_distance_matrix(centres, reach + float(radius.max()), output_type="coo_matrix")
                ok = pairs.data - radius[pairs.col] < length[group][pairs.row]
                rows.append(group[pairs.row[ok]])
                faces.append(ids[pairs.col[ok]])
        rows, faces = np.concatenate(rows), np.concatenate(faces)
        if len(rows):
            order = np.argsort(rows, kind="stable")
            at, other, closer, dist = self._closest(points, vertices, rows[order], faces[order])
            better = dist < length[at]
            at = at[better]
            face[at], where[at], length[at] = other[better], closer[better], dist[better]
        return face, where, length

    def signed(self, points: Array, vertices: Array) -> tuple[Array, Array, NDArray[np.int64]]:
        """Signed distance (negative inside), unit outward direction at each point, and the index of
        the mesh vertex nearest each closest point."""
        import trimesh

        points = np.atleast_2d(np.asarray(points, dtype=float))
        vertices = np.asarray(vertices, dtype=float)
        if self._pose is None or self._pose[0] is not vertices:  # the same pose again: reuse its trees
            spheres = _face_spheres(vertices, self.faces)
            self._pose = (vertices, cKDTree(vertices), *self._pseudo_normals(vertices), spheres)
        _, tree, face_normal, corner_normal, spheres = self._pose
        n = len(points)
        if n == 0:
            return np.zeros(0), np.zeros((0, 3)), np.zeros(0, dtype=np.int64)
        face, where, length = self._nearest_face(points, vertices, tree, spheres)
        rows = np.arange(n)
        tri = vertices[self.faces[face]]
        bary = trimesh.triangles.points_to_barycentric(tri, where)
        zero = bary < BARY_EPS
        pseudo = face_normal[face].copy()
        on_corner = zero.sum(axis=1) >= 2
        at = np.argmax(bary, axis=1)
        pseudo[on_corner] = corner_normal[self.faces[face, at]][on_corner]
        on_edge = zero.sum(axis=1) == 1
        opposite = np.argmax(zero, axis=1)  # the edge opposite the zero corner: corners opposite+1, opposite+2
        other = self._across[face, (opposite + 1) % 3]
        pseudo[on_edge] = (face_normal[face] + face_normal[other])[on_edge]
        offset = points - where
        sign = np.where(np.einsum("ij,ij->i", offset, pseudo) >= 0.0, 1.0, -1.0)
        unit = pseudo / np.maximum(np.linalg.norm(pseudo, axis=1, keepdims=True), 1e-12)
        direction = np.where((length > 1e-9)[:, None], offset / np.maximum(length, 1e-12)[:, None] * sign[:, None], unit)
        corners = self.faces[face]
        nearest = corners[rows, np.argmin(np.linalg.norm(vertices[corners] - where[:, None], axis=2), axis=1)]
        return sign * length, direction, nearest


def _face_spheres(vertices: Array, faces: NDArray[np.int64]) -> list[tuple[cKDTree, NDArray[np.int64], Array]]:
    """The faces' bounding spheres (centred on their centroids), grouped by radius
    (:data:`SPHERE_BINS_MM`): per group, a tree of the centres, the face indices and their radii."""
    tri = vertices[faces]
    centre = tri.mean(axis=1)
    radius = np.linalg.norm(tri - centre[:, None], axis=2).max(axis=1)
    group = np.searchsorted(SPHERE_BINS_MM, radius)
    return [(cKDTree(centre[group == g]), np.flatnonzero(group == g), radius[group == g]) for g in np.unique(group)]
