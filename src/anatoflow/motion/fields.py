"""Geometric building blocks of the motion rig: smooth spatial fields evaluated once per model.

Everything here runs at rig build time (numpy and scipy, no renderer). The per-frame path
never calls these functions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import coo_matrix, diags
from scipy.spatial import cKDTree

Array = NDArray[np.float64]


def smoothstep(u: Array) -> Array:
    """``3u^2 - 2u^3`` with ``u`` clipped to ``[0, 1]``."""
    u = np.clip(u, 0.0, 1.0)
    return u * u * (3.0 - 2.0 * u)


def project_on_polyline(points: Array, line: Array) -> tuple[Array, Array, Array]:
    """Project points on a polyline.

    Parameters
    ----------
    points : (N, 3) array
        Points to project.
    line : (P, 3) array
        Polyline vertices, ``P >= 2``.

    Returns
    -------
    s : (N,) array
        Arc length of the foot point from ``line[0]`` (mm).
    foot : (N, 3) array
        Foot points on the polyline.
    tangent : (N, 3) array
        Unit tangent of the segment holding each foot point.
    """
    a, b = line[:-1], line[1:]
    seg = b - a
    length = np.linalg.norm(seg, axis=1)
    cum = np.concatenate([[0.0], np.cumsum(length)])
    best_d = np.full(len(points), np.inf)
    best_s = np.zeros(len(points))
    best_foot = np.zeros_like(points)
    best_tan = np.zeros_like(points)
    for i in range(len(seg)):  # P is small (tens); N is vectorised
        u = np.clip((points - a[i]) @ seg[i] / max(length[i] ** 2, 1e-12), 0.0, 1.0)
        foot = a[i] + u[:, None] * seg[i]
        d = np.linalg.norm(points - foot, axis=1)
        better = d < best_d - 1e-9
        best_d = np.where(better, d, best_d)
        best_s = np.where(better, cum[i] + u * length[i], best_s)
        best_foot[better] = foot[better]
        best_tan[better] = seg[i] / max(length[i], 1e-12)
    return best_s, best_foot, best_tan


def arc_length(line: Array) -> Array:
    """Cumulative arc length along a polyline, starting at 0."""
    return np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(line, axis=0), axis=1))])


def idw(targets: Array, sources: Array, values: Array, *, k: int = 8, power: float = 2.0) -> Array:
    """Inverse-distance weighted interpolation of per-source ``values`` at ``targets``.

    ``values`` has shape ``(S, ...)``; the result has shape ``(N, ...)``.
    """
    k = min(k, len(sources))
    dist, idx = cKDTree(sources).query(targets, k=k)
    dist = dist.reshape(len(targets), k)
    idx = idx.reshape(len(targets), k)
    w = 1.0 / np.maximum(dist, 1e-6) ** power
    w /= w.sum(axis=1, keepdims=True)
    gathered = values[idx]  # (N, k, ...)
    return np.einsum("nk,nk...->n...", w, gathered)


def laplacian_smooth(values: Array, faces: NDArray[np.int64], *, iterations: int = 5,
                     alpha: float = 0.5) -> Array:
    """Smooth per-vertex ``values`` (``(N, ...)``) over the mesh edges (umbrella operator)."""
    n = len(values)
    i = np.concatenate([faces[:, 0], faces[:, 1], faces[:, 2], faces[:, 1], faces[:, 2], faces[:, 0]])
    j = np.concatenate([faces[:, 1], faces[:, 2], faces[:, 0], faces[:, 0], faces[:, 1], faces[:, 2]])
    adj = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n)).tocsr()
    adj.data[:] = 1.0
    degree = np.asarray(adj.sum(axis=1)).ravel()
    mean = diags(1.0 / np.maximum(degree, 1.0)) @ adj
    flat = values.reshape(n, -1)
    for _ in range(iterations):
        flat = (1.0 - alpha) * flat + alpha * (mean @ flat)
    return flat.reshape(values.shape)


@dataclass(frozen=True)
class DomeField:
    """Apex descent of the two hemidiaphragms as a smooth field: the domes flatten.

    ``phi(points)[:, s]`` is the descent (mm) of a point per mm of apex descent of dome ``s``
    (0 = right, 1 = left). It is the height of the dome's upper surface above the rim level
    at the point's (x, y), divided by the apex height, and split between the sides by a smooth
    right/left blend. Every column of the dome therefore sinks in proportion to its height:
    the apex moves the requested distance, the lower central tendon less, the rim (costal
    attachment) not at all, and the dome keeps its convex shape while it flattens. The field
    depends on x and y only, so the muscle keeps its thickness.

    Attributes
    ----------
    apex : (2, 3) array
        Right and left apex at end expiration.
    heights : (I, J) array
        Smoothed height (mm) of the dome surface above ``z_rim`` on a grid in x, y.
    origin : (2,) array
        (x, y) of grid cell (0, 0); ``cell`` is its spacing (mm).
    x_mid, half_width : float
        Midline x and the half width of the right/left blend (mm).
    z_rim, z_fix, z_full : float
        Rim level (zero height); spine-tied structures are fixed below ``z_fix``; openings
        at or above ``z_full`` move fully.
    """

    apex: Array
    heights: Array
    origin: Array
    cell: float
    x_mid: float
    half_width: float
    z_rim: float
    z_fix: float
    z_full: float
    rim: Array | None = None  # (a, b, c) of the rim plane z = a + b x + c y
    skin_mm: float = 15.0
    fade_mm: float = 110.0

    def top(self, points: Array) -> Array:
        """z of the dome's upper surface above the points' (x, y) (smoothed; ``z_rim`` outside)."""
        return self.z_rim + self.height(points)

    def column_gate(self, points: Array, *, fade_mm: float | None = None) -> Array:
        """1 within ``skin_mm`` under the dome surface (and above it), falling linearly to 0
        ``fade_mm`` further down: the lower, near-vertical parts of the diaphragm by the spine
        and the ribs (zone of apposition, lumbar part) stay where they are."""
        depth = self.top(points) - points[:, 2] - self.skin_mm
        return 1.0 - np.clip(depth / (fade_mm or self.fade_mm), 0.0, 1.0)

    def height(self, points: Array) -> Array:
        """Bilinear dome height (mm above ``z_rim``) at the points' (x, y)."""
        gi = (points[:, 0] - self.origin[0]) / self.cell
        gj = (points[:, 1] - self.origin[1]) / self.cell
        ni, nj = self.heights.shape
        gi, gj = np.clip(gi, 0, ni - 1.000001), np.clip(gj, 0, nj - 1.000001)
        i0, j0 = gi.astype(int), gj.astype(int)
        fi, fj = gi - i0, gj - j0
        h = self.heights
        return ((1 - fi) * (1 - fj) * h[i0, j0] + fi * (1 - fj) * h[i0 + 1, j0]
                + (1 - fi) * fj * h[i0, j0 + 1] + fi * fj * h[i0 + 1, j0 + 1])

    def rim_z(self, points: Array) -> Array:
        """z of the costal attachment under each point: a plane fitted to the rim (higher in
        front than at the back), so the field stays smooth everywhere."""
        if self.rim is None:
            return np.full(len(points), self.z_rim)
        a, b, c = self.rim
        z = a + b * points[:, 0] + c * points[:, 1]
        return np.clip(z, self.z_rim, self.apex[:, 2].min() - 40.0)

    def _raw(self, points: Array) -> Array:
        right = 1.0 - smoothstep((points[:, 0] - (self.x_mid - self.half_width)) / (2.0 * self.half_width))
        h = np.maximum(self.top(points) - self.rim_z(points), 0.0)
        return np.stack([right * h, (1.0 - right) * h], axis=1)

    def phi(self, points: Array, *, gate_top: float | None = None, gate_bottom: float | None = None,
            column: bool = True) -> Array:
        """Return ``(N, 2)`` descent per mm of right/left apex descent (1 at each apex).

        With ``gate_top`` the field also fades linearly in z from 0 at ``gate_bottom`` (default
        ``z_fix``) to 1 at ``gate_top``: for structures tied to the spine below (crura, arcuate
        ligaments, tubes through the aortic hiatus). ``column=False`` skips the
        :meth:`column_gate` (for the crura, which carry their own fade).
        """
        points = np.asarray(points, dtype=float)
        norm = np.diag(self._raw(self.apex))
        out = np.clip(self._raw(points) / norm, 0.0, 1.0)
        if column:
            out = out * self.column_gate(points)[:, None]
        if gate_top is not None:
            low = self.z_fix if gate_bottom is None else gate_bottom
            span = max(gate_top - low, 10.0)
            out = out * np.clip((points[:, 2] - low) / span, 0.0, 1.0)[:, None]
        return out

    @classmethod
    def fit(cls, vertices: Array, *, z_fix: float, z_full: float, x_mid: float = 0.0,
            hints: Array | None = None, cell: float = 5.0) -> DomeField:
        """Fit the field to the vertices of the domes and central tendon.

        Each apex is the highest vertex within 15 (else 35) mm horizontally of the landmark apex in
        ``hints`` (``(2, 3)``: right, left), or without hints the highest vertex more than
        20 mm to its side of ``x_mid``. The rim level lies 20 mm below ``z_fix`` (the aortic
        hiatus), so even a maximal breath leaves each dome some height.
        """
        apex = np.stack([_apex(vertices, s, x_mid, None if hints is None else hints[s]) for s in (0, 1)])
        z_rim = z_fix - 20.0
        origin = vertices[:, :2].min(axis=0) - 4 * cell
        shape = tuple(((vertices[:, :2].max(axis=0) + 4 * cell - origin) / cell).astype(int) + 2)
        top = np.zeros(shape)
        idx = ((vertices[:, :2] - origin) / cell).round().astype(int)
        np.maximum.at(top, (idx[:, 0], idx[:, 1]), np.maximum(vertices[:, 2] - z_rim, 0.0))
        heights = _blur(top, passes=10)
        rim = _rim_plane(vertices, apex[:, :2].mean(axis=0))
        for arr in (apex, heights, origin, rim):
            arr.flags.writeable = False
        return cls(apex=apex, heights=heights, origin=origin, cell=cell, x_mid=x_mid,
                   half_width=max(0.5 * abs(apex[1, 0] - apex[0, 0]), 10.0),
                   z_rim=z_rim, z_fix=z_fix, z_full=max(z_full, z_fix + 10.0), rim=rim)


def _rim_plane(vertices: Array, centre: Array, bins: int = 36) -> Array:
    """Plane ``z = a + b x + c y`` through the rim: per angular bin about ``centre``, the
    lowest of the outermost vertices (within 10 mm of the farthest)."""
    d = vertices[:, :2] - centre
    rho = np.hypot(d[:, 0], d[:, 1])
    b = (np.mod(np.arctan2(d[:, 1], d[:, 0]), 2 * np.pi) / (2 * np.pi) * bins).astype(int) % bins
    far = np.zeros(bins)
    np.maximum.at(far, b, rho)
    outer = np.flatnonzero(rho >= far[b] - 10.0)
    lowest = {}
    for i in outer:
        if b[i] not in lowest or vertices[i, 2] < vertices[lowest[b[i]], 2]:
            lowest[b[i]] = i
    pts = vertices[list(lowest.values())]
    design = np.column_stack([np.ones(len(pts)), pts[:, 0], pts[:, 1]])
    return np.linalg.lstsq(design, pts[:, 2], rcond=None)[0]


def _shift_max(g: Array, sign: float) -> Array:
    """3x3 grey-scale dilation (``sign`` 1) or erosion (``sign`` -1)."""
    padded = np.pad(sign * g, 1, mode="edge")
    n, m = g.shape
    return sign * np.max([padded[1 + i:n + 1 + i, 1 + j:m + 1 + j] for i in (-1, 0, 1) for j in (-1, 0, 1)], axis=0)


def _blur(grid: Array, *, passes: int, close: int = 4) -> Array:
    """Fill empty cells and pits narrower than ``2 * close`` cells (the openings for the IVC and
    the oesophagus), then smooth with a 3x3 binomial kernel ``passes`` times."""
    g = grid.copy()
    for _ in range(close):
        g = np.where(g > 0, g, _shift_max(g, 1.0))
    closed = g
    for _ in range(close):
        closed = _shift_max(closed, 1.0)
    for _ in range(close):
        closed = _shift_max(closed, -1.0)
    g = np.maximum(g, np.where(g > 0, closed, 0.0))
    k = np.array([0.25, 0.5, 0.25])
    for _ in range(passes):
        g = np.apply_along_axis(lambda r: np.convolve(np.pad(r, 1, mode="edge"), k, mode="valid"), 0, g)
        g = np.apply_along_axis(lambda r: np.convolve(np.pad(r, 1, mode="edge"), k, mode="valid"), 1, g)
    return g


def _apex(vertices: Array, side: int, x_mid: float, hint: Array | None) -> Array:
    if hint is not None:
        for radius in (15.0, 35.0):
            near = np.hypot(vertices[:, 0] - hint[0], vertices[:, 1] - hint[1]) < radius
            if near.any():
                cand = vertices[near]
                return cand[np.argmax(cand[:, 2])]
    sel = vertices[:, 0] < x_mid - 20.0 if side == 0 else vertices[:, 0] > x_mid + 20.0
    cand = vertices[sel] if sel.any() else vertices
    return cand[np.argmax(cand[:, 2])]
