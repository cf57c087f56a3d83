"""Geometric primitives of the built-in generator: splines, swept tubes, lofts, ellipsoids, sheets.

Every builder returns a :class:`Part` (float64 vertices, int64 faces) whose faces wind
counter-clockwise seen from outside, so closed parts have a positive signed volume.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.interpolate import CubicSpline


@dataclass(frozen=True)
class Part:
    """A triangle mesh under construction (LPS, mm)."""

    vertices: np.ndarray
    faces: np.ndarray


def merge(parts: Sequence[Part]) -> Part:
    """Concatenate parts into one mesh (components stay separate and closed)."""
    verts, faces, offset = [], [], 0
    for p in parts:
        verts.append(p.vertices)
        faces.append(p.faces + offset)
        offset += len(p.vertices)
    return Part(np.vstack(verts), np.vstack(faces).astype(np.int64))


def smooth_curve(points: Sequence[Sequence[float]], n: int) -> np.ndarray:
    """Resample a smooth interpolating spline through ``points`` at ``n`` points, even in arc length.

    Parameters
    ----------
    points : sequence of (x, y, z)
        Control points, in order.
    n : int
        Number of output points.
    """
    pts = np.asarray(points, dtype=float)
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    t = np.concatenate([[0.0], np.cumsum(seg)])
    spline = CubicSpline(t, pts, bc_type="natural")
    dense_t = np.linspace(0.0, t[-1], 20 * n)
    dense = spline(dense_t)
    arc = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(dense, axis=0), axis=1))])
    return spline(np.interp(np.linspace(0.0, arc[-1], n), arc, dense_t))


def arc_fraction(curve: np.ndarray) -> np.ndarray:
    """Cumulative arc length of a polyline, normalised to 0..1."""
    arc = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(curve, axis=0), axis=1))])
    return arc / arc[-1]


def frames(curve: np.ndarray, *, up: Sequence[float] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Parallel-transport frames (tangent, normal, binormal) along a polyline."""
    tan = np.gradient(curve, axis=0)
    tan /= np.linalg.norm(tan, axis=1, keepdims=True)
    ref = np.asarray(up if up is not None else (0.0, -1.0, 0.0), dtype=float)
    if abs(np.dot(ref, tan[0])) > 0.9:
        ref = np.array([1.0, 0.0, 0.0])
    nor = np.empty_like(curve)
    nor[0] = ref - np.dot(ref, tan[0]) * tan[0]
    nor[0] /= np.linalg.norm(nor[0])
    for i in range(1, len(curve)):
        v = nor[i - 1] - np.dot(nor[i - 1], tan[i]) * tan[i]
        nor[i] = v / np.linalg.norm(v)
    return tan, nor, np.cross(tan, nor)


def _ring_faces(n_rings: int, n_around: int, *, closed_ring: bool = True) -> np.ndarray:
    i = np.arange(n_rings - 1)[:, None]
    j = np.arange(n_around if closed_ring else n_around - 1)[None, :]
    jn = (j + 1) % n_around
    a, b = i * n_around + j, i * n_around + jn
    c, d = (i + 1) * n_around + jn, (i + 1) * n_around + j
    quads = np.stack([a, b, c, d], axis=-1).reshape(-1, 4)
    return np.vstack([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])


def loft(rings: np.ndarray, *, cap: bool = True) -> Part:
    """Skin ``(K, M, 3)`` rings into a tube, closing both ends with fans when ``cap``.

    Rings must run counter-clockwise about the direction from the first ring to the last
    (right-hand rule) so the outside faces outward.
    """
    k, m, _ = rings.shape
    verts = rings.reshape(-1, 3)
    faces = [_ring_faces(k, m)]
    if cap:
        c0, c1 = rings[0].mean(axis=0), rings[-1].mean(axis=0)
        i0, i1 = len(verts), len(verts) + 1
        verts = np.vstack([verts, c0, c1])
        j = np.arange(m)
        faces.append(np.stack([np.full(m, i0), (j + 1) % m, j], axis=1))
        last = (k - 1) * m
        faces.append(np.stack([np.full(m, i1), last + j, last + (j + 1) % m], axis=1))
    part = Part(verts, np.vstack(faces).astype(np.int64))
    return orient_outward(part)


def orient_outward(part: Part) -> Part:
    """Flip all faces if the signed volume is negative."""
    v, f = part.vertices, part.faces
    vol = np.einsum("ij,ij->i", v[f[:, 0]], np.cross(v[f[:, 1]], v[f[:, 2]])).sum()
    if vol < 0:
        return Part(v, f[:, ::-1].copy())
    return part


def sweep(
    curve: np.ndarray,
    radius: np.ndarray | float,
    *,
    n_around: int = 16,
    aspect: np.ndarray | float = 1.0,
    up: Sequence[float] | None = None,
    twist: np.ndarray | float = 0.0,
    cap: bool = True,
    round_ends: bool = True,
) -> Part:
    """Sweep an elliptic section along ``curve``.

    Parameters
    ----------
    curve : (K, 3) array
        Centreline points.
    radius : float or (K,) array
        Section half-width along the normal.
    n_around : int
        Points per section.
    aspect : float or (K,) array
        Ratio of the binormal half-axis to ``radius`` (ellipse when not 1).
    up : (3,) sequence, optional
        Reference direction for the first normal.
    twist : float or (K,) array
        Extra rotation of the section, radians.
    cap : bool
        Close the ends.
    round_ends : bool
        Shrink the last sections so the ends are rounded rather than flat.
    """
    k = len(curve)
    r = np.broadcast_to(np.asarray(radius, dtype=float), (k,)).copy()
    asp = np.broadcast_to(np.asarray(aspect, dtype=float), (k,))
    tw = np.broadcast_to(np.asarray(twist, dtype=float), (k,))
    if round_ends and k > 6:
        r[0] *= 0.55
        r[-1] *= 0.55
        r[1] *= 0.88
        r[-2] *= 0.88
    tan, nor, bin_ = frames(curve, up=up)
    ang = np.linspace(0.0, 2 * np.pi, n_around, endpoint=False)[None, :] + tw[:, None]
    rings = (
        curve[:, None, :]
        + (r[:, None] * np.cos(ang))[..., None] * nor[:, None, :]
        + (r[:, None] * asp[:, None] * np.sin(ang))[..., None] * bin_[:, None, :]
    )
    return loft(rings, cap=cap)


def ellipsoid(
    centre: Sequence[float],
    radii: Sequence[float],
    *,
    rotation: np.ndarray | None = None,
    n_lat: int = 16,
    n_lon: int = 24,
    power: float = 1.0,
) -> Part:
    """A (super)ellipsoid: ``power`` < 1 makes it boxier, 1 is an ellipsoid."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, n_lat + 1)[1:-1]
    lon = np.linspace(0.0, 2 * np.pi, n_lon, endpoint=False)

    def sp(v: np.ndarray) -> np.ndarray:
        return np.sign(v) * np.abs(v) ** power

    cl, sl = sp(np.cos(lat))[:, None], sp(np.sin(lat))[:, None]
    x = cl * sp(np.cos(lon))[None, :]
    y = cl * sp(np.sin(lon))[None, :]
    z = np.broadcast_to(sl, x.shape)
    rings = np.stack([x, y, z], axis=-1) * np.asarray(radii, dtype=float)
    rings = np.vstack([[[0.0, 0.0, -radii[2]]] * n_lon, rings.reshape(-1, 3)])
    rings = np.vstack([rings, [[0.0, 0.0, radii[2]]] * n_lon]).reshape(n_lat + 1, n_lon, 3)
    part = _pole_loft(rings)
    verts = part.vertices
    if rotation is not None:
        verts = verts @ np.asarray(rotation).T
    return orient_outward(Part(verts + np.asarray(centre, dtype=float), part.faces))


def _pole_loft(rings: np.ndarray) -> Part:
    """Loft where the first and last rings are degenerate poles (collapsed to one vertex)."""
    k, m, _ = rings.shape
    body = rings[1:-1].reshape(-1, 3)
    verts = np.vstack([body, rings[0, :1], rings[-1, :1]])
    faces = [_ring_faces(k - 2, m)]
    j = np.arange(m)
    s, n = len(body), len(body) + 1
    faces.append(np.stack([np.full(m, s), (j + 1) % m, j], axis=1))
    last = (k - 3) * m
    faces.append(np.stack([np.full(m, n), last + j, last + (j + 1) % m], axis=1))
    return orient_outward(Part(verts, np.vstack(faces).astype(np.int64)))


def rotation_to(axis: Sequence[float]) -> np.ndarray:
    """Rotation matrix taking +z to ``axis`` (columns: new x, y, z)."""
    z = np.asarray(axis, dtype=float)
    z = z / np.linalg.norm(z)
    ref = np.array([0.0, -1.0, 0.0]) if abs(z[1]) < 0.9 else np.array([1.0, 0.0, 0.0])
    x = np.cross(ref, z)
    x /= np.linalg.norm(x)
    return np.stack([x, np.cross(z, x), z], axis=1)


def thick_sheet(grid: np.ndarray, thickness: np.ndarray | float, *, periodic_u: bool = False) -> Part:
    """Give a parametric surface ``(U, V, 3)`` thickness: a closed solid around it.

    Parameters
    ----------
    grid : (U, V, 3) array
        Mid-surface points.
    thickness : float or (U, V) array
        Full thickness (mm), offset half each way along the surface normal.
    periodic_u : bool
        The u direction wraps around (a ring); then only the v = 0 and v = end edges are walls.
    """
    nu, nv, _ = grid.shape
    if periodic_u:
        du = (np.roll(grid, -1, axis=0) - np.roll(grid, 1, axis=0))
    else:
        du = np.gradient(grid, axis=0)
    dv = np.gradient(grid, axis=1)
    nrm = np.cross(du, dv)
    nrm /= np.linalg.norm(nrm, axis=-1, keepdims=True)
    half = (np.broadcast_to(np.asarray(thickness, dtype=float), (nu, nv)) / 2)[..., None]
    top, bot = grid + half * nrm, grid - half * nrm
    if periodic_u:
        return _periodic_sheet(top, bot)
    loop = np.concatenate([
        [(i, 0) for i in range(nu - 1)], [(nu - 1, j) for j in range(nv - 1)],
        [(i, nv - 1) for i in range(nu - 1, 0, -1)], [(0, j) for j in range(nv - 1, 0, -1)],
    ])
    return _close_sheet(top, bot, loop)


def _close_sheet(top: np.ndarray, bot: np.ndarray, loop: np.ndarray) -> Part:
    nu, nv, _ = top.shape
    n = nu * nv
    verts = np.vstack([top.reshape(-1, 3), bot.reshape(-1, 3)])
    grid_faces = _ring_faces(nu, nv, closed_ring=False)
    faces = [grid_faces, grid_faces[:, ::-1] + n]
    idx = loop[:, 0] * nv + loop[:, 1]
    nxt = np.roll(idx, -1)
    faces.append(np.stack([idx, nxt, nxt + n], axis=1))
    faces.append(np.stack([idx, nxt + n, idx + n], axis=1))
    part = Part(verts, np.vstack(faces).astype(np.int64))
    return orient_outward(part)


def _periodic_sheet(top: np.ndarray, bot: np.ndarray) -> Part:
    nu, nv, _ = top.shape
    n = nu * nv
    verts = np.vstack([top.reshape(-1, 3), bot.reshape(-1, 3)])
    # treat u as the ring direction: transpose so rings run along u
    t_idx = np.arange(n).reshape(nu, nv)
    faces = []
    for a in (t_idx, t_idx + n):
        i = np.arange(nv - 1)[:, None]
        j = np.arange(nu)[None, :]
        jn = (j + 1) % nu
        p, q, r_, s = a[j, i], a[jn, i], a[jn, i + 1], a[j, i + 1]
        quads = np.stack([p, q, r_, s], axis=-1).reshape(-1, 4)
        f = np.vstack([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
        faces.append(f if a is t_idx else f[:, ::-1])
    for v_idx in (0, nv - 1):
        idx = t_idx[:, v_idx]
        nxt = np.roll(idx, -1)
        w = np.vstack([np.stack([idx, nxt + n, nxt], axis=1), np.stack([idx, idx + n, nxt + n], axis=1)])
        faces.append(w if v_idx == 0 else w[:, ::-1])
    return orient_outward(Part(verts, np.vstack(faces).astype(np.int64)))
