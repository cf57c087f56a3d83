"""Pure geometry for rigging real meshes: centrelines from cross-sections, boundary holes, tubes.

numpy, scipy and trimesh only. Every function takes plain arrays (vertices ``(N, 3)``, faces
``(F, 3)``) and returns new arrays; nothing is modified in place.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def principal_axis(points: Array) -> Array:
    """Unit direction of largest spread of ``points`` (sign: towards +z, or +x if level)."""
    centred = points - points.mean(axis=0)
    axis = np.linalg.svd(centred, full_matrices=False)[2][0]
    key = axis[2] if abs(axis[2]) > 1e-6 else axis[0]
    return axis if key >= 0 else -axis


def cross_section(vertices: Array, faces: NDArray[np.int64], origin: Array, normal: Array, *,
                  near: Array, reach: float) -> tuple[Array, float] | None:
    """Centroid and equivalent radius of the mesh cut by a plane, near one point.

    Only the cut segments within ``reach`` of ``near`` count, so one lumen is taken even when
    the plane also cuts other parts of the mesh. The radius is the length-weighted mean distance
    of the cut from its centroid. Returns None when the plane misses the mesh there.
    """
    import trimesh

    mesh = trimesh.Trimesh(vertices, faces, process=False)
    segments = trimesh.intersections.mesh_plane(mesh, normal, origin)
    if len(segments) == 0:
        return None
    mids = segments.mean(axis=1)
    lengths = np.linalg.norm(segments[:, 1] - segments[:, 0], axis=1)
    keep = np.linalg.norm(mids - near, axis=1) < reach
    if lengths[keep].sum() <= 1e-9:
        return None
    w = lengths[keep] / lengths[keep].sum()
    centre = (mids[keep] * w[:, None]).sum(axis=0)
    radius = float((np.linalg.norm(mids[keep] - centre, axis=1) * w).sum())
    return centre, radius


def _start(vertices: Array, faces: NDArray[np.int64], axis: Array, from_high: bool, step: float):
    t = vertices @ axis
    direction = -axis if from_high else axis
    end = t.max() - step if from_high else t.min() + step
    near = vertices[np.argmax(t)] if from_high else vertices[np.argmin(t)]
    origin = near + (end - near @ axis) * axis
    found = cross_section(vertices, faces, origin, direction, near=origin, reach=40.0)
    if found is None:
        raise ValueError("the tube's first cross-section is empty")
    return found, direction


def track_centreline(vertices: Array, faces: NDArray[np.int64], *, from_high: bool = False,
                     step: float = 2.0, max_gap: float = 20.0, max_length: float = 2500.0) -> tuple[Array, Array]:
    """Centreline and radius of a tubular mesh by marching cross-sections.

    Starts one ``step`` inside the end of the principal axis (the lower end, or the higher
    with ``from_high``), then repeatedly cuts the mesh with a plane normal to the current
    direction one ``step`` further on, takes the centroid of the cut near the current point and
    turns the direction towards it. A bent tube is followed round its bend. When the plane
    misses the mesh the march jumps up to ``max_gap`` mm straight on (the gap between two
    element files), then stops.

    Returns
    -------
    points : (P, 3) array
        Centroids in marching order.
    radius : (P,) array
        Equivalent radius of each cut.
    """
    vertices = np.asarray(vertices, dtype=float)
    (centre, radius), direction = _start(vertices, faces, principal_axis(vertices), from_high, step)
    points, radii = [centre], [radius]
    travelled = 0.0
    while travelled < max_length:
        found = None
        for jump in np.arange(step, max_gap + step, step):
            origin = centre + jump * direction
            found = cross_section(vertices, faces, origin, direction, near=origin, reach=max(2.5 * radius, 8.0))
            if found is not None:
                break
        if found is None:
            break
        new, r = found
        move = new - centre
        if np.linalg.norm(move) < 0.2 * step or move @ direction <= 0:
            break
        direction = direction + move / np.linalg.norm(move)
        direction /= np.linalg.norm(direction)
        travelled += float(np.linalg.norm(move))
        centre, radius = new, r
        points.append(centre)
        radii.append(radius)
    return np.array(points), np.array(radii)


def smooth_polyline(points: Array, *, window: int = 5, passes: int = 2) -> Array:
    """Moving-average smoothing that keeps both end points."""
    out = np.array(points, dtype=float)
    if len(out) <= 2 or window < 2:
        return out
    half = window // 2
    for _ in range(passes):
        padded = np.concatenate([out[:1].repeat(half, 0), out, out[-1:].repeat(half, 0)])
        kernel = np.ones(window) / window
        smoothed = np.stack([np.convolve(padded[:, k], kernel, mode="valid") for k in range(out.shape[1])], axis=1)
        smoothed[0], smoothed[-1] = out[0], out[-1]
        out = smoothed
    return out


def arc_length(points: Array) -> Array:
    """Cumulative arc length (mm), starting at 0."""
    return np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(points, axis=0), axis=1))])


def resample(points: Array, values: Array, *, spacing: float) -> tuple[Array, Array]:
    """Points and per-point values resampled at equal arc-length ``spacing``."""
    s = arc_length(points)
    n = max(int(np.ceil(s[-1] / spacing)) + 1, 2)
    t = np.linspace(0.0, s[-1], n)
    out = np.stack([np.interp(t, s, points[:, k]) for k in range(3)], axis=1)
    return out, np.interp(t, s, values)


def boundary_loops(faces: NDArray[np.int64]) -> list[NDArray[np.int64]]:
    """Closed loops of boundary edges (edges used by one face), as vertex index arrays.

    Where a vertex has more than two boundary edges the walk takes the first unused one.
    """
    edges = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    key = np.sort(edges, axis=1)
    uniq, inverse, counts = np.unique(key, axis=0, return_inverse=True, return_counts=True)
    single = edges[counts[inverse.ravel()] == 1]
    nexts: dict[int, list[int]] = {}
    for a, b in single:
        nexts.setdefault(int(a), []).append(int(b))
    loops, used = [], set()
    for a0, b0 in single:
        if (int(a0), int(b0)) in used:
            continue
        loop, a, b = [int(a0)], int(a0), int(b0)
        while (a, b) not in used:
            used.add((a, b))
            loop.append(b)
            options = [c for c in nexts.get(b, []) if (b, c) not in used]
            if not options:
                break
            a, b = b, options[0]
        if loop[-1] == loop[0] and len(loop) > 3:
            loops.append(np.array(loop[:-1]))
    return loops


def _point_in_polygon(point: Array, polygon: Array) -> bool:
    x, y = point
    px, py = polygon[:, 0], polygon[:, 1]
    qx, qy = np.roll(px, -1), np.roll(py, -1)
    crosses = (py > y) != (qy > y)
    xs = px + (y - py) * (qx - px) / np.where(qy == py, 1e-12, qy - py)
    return bool(np.count_nonzero(crosses & (x < xs)) % 2)


def line_through_loop(loop: Array, line: Array) -> Array | None:
    """Where a polyline passes through the inside of a closed loop, or None.

    The loop is flattened onto its best-fit plane; the first polyline segment crossing that
    plane inside the flattened loop gives the crossing point.
    """
    centre = loop.mean(axis=0)
    basis = np.linalg.svd(loop - centre, full_matrices=False)[2]
    normal = basis[2]
    flat = (loop - centre) @ basis[:2].T
    side = (line - centre) @ normal
    for i in np.nonzero(np.sign(side[:-1]) * np.sign(side[1:]) <= 0)[0]:
        if side[i] == side[i + 1]:
            continue
        f = side[i] / (side[i] - side[i + 1])
        hit = line[i] + f * (line[i + 1] - line[i])
        if _point_in_polygon((hit - centre) @ basis[:2].T, flat):
            return hit
    return None


def enclosure(points: Array, centre: Array, axis: Array, *, radius: float, sectors: int = 24) -> float:
    """Fraction of angular sectors round ``axis`` at ``centre`` that hold a point within ``radius``."""
    axis = axis / np.linalg.norm(axis)
    rel = points - centre
    along = rel @ axis
    flat = rel - along[:, None] * axis
    dist = np.linalg.norm(flat, axis=1)
    near = (np.abs(along) < 6.0) & (dist < radius)
    if not near.any():
        return 0.0
    u = np.cross(axis, [1.0, 0.0, 0.0] if abs(axis[0]) < 0.9 else [0.0, 1.0, 0.0])
    u /= np.linalg.norm(u)
    v = np.cross(axis, u)
    angle = np.arctan2(flat[near] @ v, flat[near] @ u)
    bins = np.floor((angle + np.pi) / (2 * np.pi) * sectors).astype(int) % sectors
    return len(np.unique(bins)) / sectors


def axis_centreline(vertices: Array, faces: NDArray[np.int64], *, n_slices: int = 40,
                    from_high: bool = True) -> tuple[Array, Array]:
    """Centreline and radius from ``n_slices`` cuts normal to the principal axis.

    For muscles: each cut's centroid (all of the cut) and equivalent radius, ordered from the
    high end of the axis (``from_high``) or the low end. Empty cuts are skipped.
    """
    vertices = np.asarray(vertices, dtype=float)
    axis = principal_axis(vertices)
    t = vertices @ axis
    margin = 0.01 * (t.max() - t.min())
    levels = np.linspace(t.min() + margin, t.max() - margin, n_slices)
    if from_high:
        levels = levels[::-1]
    points, radii = [], []
    for level in levels:
        origin = vertices.mean(axis=0) + (level - vertices.mean(axis=0) @ axis) * axis
        found = cross_section(vertices, faces, origin, axis, near=origin, reach=np.inf)
        if found is not None:
            points.append(found[0])
            radii.append(found[1])
    return np.array(points), np.array(radii)


class Surface:
    """A triangle surface for fast point distances.

    Triangles longer than ``max_edge`` are split first, so the triangle nearest a point is
    among those whose centroids are nearest it (the search looks at ``k`` of them).
    """

    def __init__(self, vertices: Array, faces: NDArray[np.int64], *, max_edge: float = 5.0) -> None:
        import trimesh
        from scipy.spatial import cKDTree

        vertices, faces = np.asarray(vertices, dtype=float), np.asarray(faces)
        tri = vertices[faces]
        if len(tri) and np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2).max() > max_edge:
            vertices, faces = trimesh.remesh.subdivide_to_size(vertices, faces, max_edge=max_edge)
        self.triangles = vertices[faces]
        self.tree = cKDTree(self.triangles.mean(axis=1))

    @classmethod
    def join(cls, parts: list[tuple[Array, NDArray[np.int64]]]) -> "Surface":
        """One surface of several ``(vertices, faces)`` parts."""
        offsets = np.cumsum([0] + [len(v) for v, _ in parts[:-1]])
        return cls(np.vstack([v for v, _ in parts]), np.vstack([f + o for (_, f), o in zip(parts, offsets)]))

    def closest(self, points: Array, *, k: int = 24) -> tuple[Array, Array, Array]:
        """Closest surface point, distance and signed side (+1 in front of the face, -1 behind)."""
        import trimesh

        points = np.atleast_2d(np.asarray(points, dtype=float))
        k = min(k, len(self.triangles))
        idx = self.tree.query(points, k=k)[1].reshape(len(points), k)
        rep = np.repeat(points, k, axis=0)
        near = trimesh.triangles.closest_point(self.triangles[idx.ravel()], rep).reshape(len(points), k, 3)
        dist = np.linalg.norm(near - points[:, None], axis=2)
        best = np.argmin(dist, axis=1)
        rows = np.arange(len(points))
        tri = self.triangles[idx[rows, best]]
        normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        side = np.where(np.einsum("ij,ij->i", points - near[rows, best], normal) >= 0, 1.0, -1.0)
        return near[rows, best], dist[rows, best], side

    def distance(self, points: Array, *, k: int = 24) -> Array:
        """Distance from each point to the surface (exact on the ``k`` triangles nearest by centroid)."""
        return self.closest(points, k=k)[1]


def mesh_gap(a_vertices: Array, a_faces: NDArray[np.int64], b_vertices: Array, b_faces: NDArray[np.int64], *,
             samples: int = 4000, seed: int = 0) -> float:
    """Smallest distance between two surfaces, sampled both ways (vertices plus area samples)."""
    import trimesh

    out = np.inf
    pairs = (((a_vertices, a_faces), (b_vertices, b_faces)), ((b_vertices, b_faces), (a_vertices, a_faces)))
    for (v, f), (w, h) in pairs:
        v, w = np.asarray(v, dtype=float), np.asarray(w, dtype=float)
        mesh = trimesh.Trimesh(v, f, process=False)
        pts = np.vstack([v, trimesh.sample.sample_surface(mesh, samples, seed=seed)[0]])
        lo, hi = w.min(axis=0) - 20.0, w.max(axis=0) + 20.0
        pts = pts[np.all((pts > lo) & (pts < hi), axis=1)]
        if len(pts):
            out = min(out, float(Surface(w, h).distance(pts).min()))
    return out
