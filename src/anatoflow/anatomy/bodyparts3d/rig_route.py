"""Routes for schematic tubes through the free space between the real meshes.

The schematic nerves and lymph vessels (:mod:`anatoflow.anatomy.bodyparts3d.rig_schematic`) are
first drawn as wished-for paths: on the oesophagus's front and back, beside the aorta. The real
organs round them touch and press on each other (the heart lies on the oesophagus, the aorta
beside it), so a wished-for path can run through one of them. :func:`route` finds the nearest
path that does not: the shortest path over a voxel grid in a corridor round the wish, through
the voxels with room for the tube (:class:`Obstacles`), where straying from the wish costs extra.

Pure numpy and scipy (trimesh for the closest points).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from anatoflow.anatomy.bodyparts3d import rig_geometry as g

Array = NDArray[np.float64]
CELL_MM = 1.0  # voxel of the routing grid
CORRIDOR_MM = 16.0  # a route stays this close to its wish
STRAY_COST = 4.0  # extra cost per mm of path, per corridor width of distance from the wish
SNUG_MM = 1.5  # a route pays extra where it has less than this much room beyond its clearance
EDGE_MM = 3.0  # obstacle triangles are split to at most this edge length
NEAREST = 12  # the room at a point is measured to the surfaces of its this many nearest triangles
_NEIGHBOURS = np.array([(i, j, k) for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)
                        if (i, j, k) > (0, 0, 0)])  # 13 of the 26 neighbours: each edge once


class Obstacles:
    """Closed surfaces that a schematic tube must not enter, with the room (signed distance) round them.

    The surfaces' triangles are split to at most :data:`EDGE_MM` and their centroids put in one
    k-d tree; the room at a point is the smallest signed distance to a surface among those whose
    triangles are among its :data:`NEAREST` nearest, each measured exactly to its nearest triangle
    there (negative behind it: inside). A point further than ``within`` from every centroid is
    inside or outside as its nearest centroid's face says (well away from a closed surface, the
    nearest face faces the point from outside).

    Parameters
    ----------
    parts : Mapping[str, tuple]
        Id -> ``(vertices, faces)`` of a closed, outward-wound mesh.
    """

    def __init__(self, parts: Mapping[str, tuple[Array, NDArray[np.int64]]]) -> None:
        self._pieces: dict[str, Array] = {}
        for sid, (v, f) in parts.items():
            self._pieces[sid] = g.Surface(np.asarray(v, dtype=float), np.asarray(f), max_edge=EDGE_MM).triangles
        self._index()

    def _index(self) -> None:
        ids = list(self._pieces)
        tri = [self._pieces[k] for k in ids]
        self._triangles = np.concatenate(tri) if tri else np.zeros((0, 3, 3))
        self._owner = np.repeat(np.arange(len(ids)), [len(t) for t in tri])
        self._ids = ids
        normal = np.cross(self._triangles[:, 1] - self._triangles[:, 0], self._triangles[:, 2] - self._triangles[:, 0])
        self._normals = normal / np.maximum(np.linalg.norm(normal, axis=1), 1e-12)[:, None]
        self._tree = cKDTree(self._triangles.mean(axis=1)) if len(self._triangles) else None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._ids)

    def room(self, points: Array, *, within: float = 30.0) -> Array:
        """Signed distance (mm) from each point to the nearest obstacle: negative inside one,
        ``+-within`` where none is closer."""
        import trimesh

        points = np.atleast_2d(np.asarray(points, dtype=float))
        out = np.full(len(points), float(within))
        if self._tree is None:
            return out
        k = min(NEAREST, len(self._triangles))
        first, nearest = self._tree.query(points, k=k, workers=-1)
        first, nearest = first.reshape(len(points), k), nearest.reshape(len(points), k)
        far = first[:, 0] > within + EDGE_MM  # nothing within reach: only inside or out matters
        behind = np.einsum("ij,ij->i", points[far] - self._triangles[nearest[far, 0]].mean(axis=1),
                           self._normals[nearest[far, 0]])
        out[far] = np.where(behind < 0.0, -within, within)
        near = np.flatnonzero(~far)
        for chunk in np.array_split(near, max(1, len(near) // 20000)):
            if not len(chunk):
                continue
            p = points[chunk]
            idx = nearest[chunk]
            closest = trimesh.triangles.closest_point(self._triangles[idx.ravel()], np.repeat(p, k, axis=0))
            offset = p[:, None, :] - closest.reshape(len(p), k, 3)
            dist = np.linalg.norm(offset, axis=2)
            side = np.einsum("nkj,nkj->nk", offset, self._normals[idx])
            owner = self._owner[idx]
            same = owner[:, :, None] == owner[:, None, :]
            # a closest point on an edge or a corner is shared by its faces: their normals vote together
            tied = same & (np.abs(dist[:, :, None] - dist[:, None, :]) < 1e-6 * np.maximum(dist[:, :, None], 1.0))
            signed = np.where(np.einsum("nkl,nl->nk", tied, side) >= 0.0, dist, -dist)
            beaten = (same & (dist[:, None, :] < dist[:, :, None])).any(axis=2)
            out[chunk] = np.minimum(np.where(beaten, np.inf, signed).min(axis=1), within)
        return out


class Together:
    """Several :class:`Obstacles` as one: the room is the least of theirs."""

    def __init__(self, *members: Obstacles) -> None:
        self.members = members

    def room(self, points: Array, *, within: float = 30.0) -> Array:
        rooms = [m.room(points, within=within) for m in self.members]
        return np.minimum.reduce(rooms) if rooms else np.full(len(np.atleast_2d(points)), float(within))


def route(wish: Array, obstacles: Obstacles | Together, *, tube: float, clear: float, thinnest: float | None = None,
          corridor: float = CORRIDOR_MM, cell: float = CELL_MM) -> tuple[Array, Array]:
    """The path nearest ``wish`` (a polyline) along which a tube keeps ``clear`` mm of room from
    every obstacle, and the tube's radius along it: ``tube`` where there is room for it, thinner
    (down to ``thinnest``, default ``tube``) where there is not.

    The shortest path over the grid voxels within ``corridor`` of the wish that have room for the
    thinnest tube, from the free voxel nearest the wish's start to the reachable voxel nearest its
    end (so a wish that ends inside an organ stops at its surface), where each step costs its
    length times ``1 + STRAY_COST * d / corridor`` (``d``: its distance from the wish), more where
    the room is snug for the full tube. The voxel path is lightly smoothed where that keeps the
    room. Returns the wish itself (radius ``tube``) when no voxel has room.
    """
    thinnest = tube if thinnest is None else min(thinnest, tube)
    wanted = tube
    wish = np.asarray(wish, dtype=float)
    dense, _ = g.resample(wish, np.zeros(len(wish)), spacing=0.5 * cell)
    origin = dense.min(axis=0) - corridor - cell
    shape = tuple(np.ceil((dense.max(axis=0) + corridor + cell - origin) / cell).astype(int) + 1)
    axes = [origin[k] + cell * np.arange(n) for k, n in enumerate(shape)]
    centres = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, 3)
    stray = cKDTree(dense).query(centres, k=1, distance_upper_bound=corridor)[0]
    inside = np.isfinite(stray)
    room = np.full(len(centres), -np.inf)
    room[inside] = obstacles.room(centres[inside], within=wanted + clear + SNUG_MM + cell) - thinnest
    free = inside & (room >= clear)
    if not free.any():
        return wish, np.full(len(wish), wanted)
    index = np.full(len(centres), -1)
    index[free] = np.arange(int(free.sum()))
    grid = index.reshape(shape)
    rows, cols, weights = [], [], []
    for step in _NEIGHBOURS:
        a = grid[tuple(slice(max(0, -s), n - max(0, s)) for s, n in zip(step, shape))]
        b = grid[tuple(slice(max(0, s), n - max(0, -s)) for s, n in zip(step, shape))]
        ok = (a >= 0) & (b >= 0)
        rows.append(a[ok])
        cols.append(b[ok])
        weights.append(np.full(int(ok.sum()), cell * float(np.linalg.norm(step))))
    rows, cols, length = np.concatenate(rows), np.concatenate(cols), np.concatenate(weights)
    node_stray, node_room = stray[free], room[free] + thinnest - wanted - clear  # room beyond the full tube's
    cost = 1.0 + STRAY_COST * node_stray / corridor + 2.0 * np.clip(1.0 - node_room / SNUG_MM, 0.0, 1.0)
    graph = coo_matrix((length * 0.5 * (cost[rows] + cost[cols]), (rows, cols)), shape=(len(cost),) * 2).tocsr()
    points = centres[free]
    start = int(np.argmin(np.linalg.norm(points - wish[0], axis=1)))
    dist, previous = dijkstra(graph, directed=False, indices=start, return_predecessors=True)
    reached = np.isfinite(dist)
    to_end = np.where(reached, np.linalg.norm(points - wish[-1], axis=1), np.inf)
    node = int(np.argmin(to_end))
    chain = [node]
    while chain[-1] != start:
        chain.append(int(previous[chain[-1]]))
    path = _relaxed(points[chain[::-1]], obstacles, tube=thinnest, clear=clear)
    room_left = obstacles.room(path, within=wanted + clear + 1.0) - clear
    return path, np.clip(room_left, thinnest, wanted)


def _relaxed(path: Array, obstacles: Obstacles | Together, *, tube: float, clear: float) -> Array:
    """The voxel path smoothed (its stair steps rounded off) wherever the smoothing keeps the room."""
    out = path.copy()
    for _ in range(6):
        smooth = g.smooth_polyline(out, window=5, passes=1)
        smooth[[0, -1]] = out[[0, -1]]
        keep = obstacles.room(smooth) - tube >= clear
        out[keep] = smooth[keep]
    return out
