"""Flow arrows that ride along the vessel centrelines at the local blood (or lymph) velocity.

Each arrow is a fluid marker. With plug flow in a tube of lumen area ``A(s)`` a marker moves at
``v = Q / A``, so the lumen *volume* upstream of it grows by exactly ``Q dt`` per step. The
arrows are therefore advected in the volume coordinate (fraction of the vessel's lumen volume),
which is one cumulative sum over time, and mapped back to points on the (possibly deforming)
centreline every frame. Between two centreline points the lumen area varies linearly. Arrows speed up where the vessel narrows and when the flow rises, stop
when the flow stops, turn round when it reverses, and wrap from the vessel's end to its start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

#: Structure ids drawn as lymph (the others are veins).
LYMPH_VESSELS: frozenset[str] = frozenset({"thoracic_duct", "cisterna_chyli"})


@dataclass(frozen=True)
class ArrowTracks:
    """Arrow glyph data per frame (read-only arrays).

    Attributes
    ----------
    positions : numpy.ndarray
        ``(T, A, 3)`` arrow positions on the centrelines (mm, LPS).
    directions : numpy.ndarray
        ``(T, A, 3)`` unit vectors pointing with the flow.
    speeds : numpy.ndarray
        ``(T, A)`` local velocity, flow divided by lumen area (mm/s, >= 0).
    kinds : numpy.ndarray
        ``(A,)`` ``"vein"`` or ``"lymph"``.
    vessels : numpy.ndarray
        ``(A,)`` structure id of each arrow's vessel.
    """

    positions: np.ndarray
    directions: np.ndarray
    speeds: np.ndarray
    kinds: np.ndarray
    vessels: np.ndarray

    @property
    def n_frames(self) -> int:
        """Number of frames ``T``."""
        return self.positions.shape[0]


def _as_series(name: str, what: str, a: np.ndarray, n_t: int, tail: tuple[int, ...]) -> np.ndarray:
    """``a`` as ``(1, *tail)`` when constant or ``(T, *tail)`` when it varies over time."""
    a = np.asarray(a, dtype=float)
    if a.shape == tail:
        return a[None]
    if a.shape == (n_t, *tail):
        return a
    raise ValueError(f"arrows: {what}[{name!r}] has shape {a.shape}, expected {tail} or {(n_t, *tail)}")


def _gather(a: np.ndarray, j: np.ndarray) -> np.ndarray:
    """``a[t, j[t, k]]`` for ``a`` with one row (constant) or one row per frame."""
    if a.shape[0] == 1:
        return a[0][j]
    return a[np.arange(j.shape[0])[:, None], j]


def _vessel_geometry(c: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, ...]:
    """Segment vectors and lengths, cumulative arc length and lumen volume (1 or T rows)."""
    seg = np.diff(c, axis=1)                                   # (Tc, P-1, 3)
    seglen = np.linalg.norm(seg, axis=-1)
    area = np.pi * r ** 2                                      # (Tr, P)
    segvol = seglen * 0.5 * (area[:, :-1] + area[:, 1:])       # (max(Tc, Tr), P-1)
    cumlen = np.concatenate([np.zeros((seglen.shape[0], 1)), np.cumsum(seglen, axis=1)], axis=1)
    cumvol = np.concatenate([np.zeros((segvol.shape[0], 1)), np.cumsum(segvol, axis=1)], axis=1)
    return seg, seglen, cumlen, cumvol


def _segment_index(vol_frac: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Index of the centreline segment holding each volume fraction ``f`` ``(T, A)``."""
    if vol_frac.shape[0] == 1:
        return np.searchsorted(vol_frac[0, 1:-1], f, side="right")
    return (vol_frac[:, None, 1:-1] <= f[:, :, None]).sum(axis=-1)


def _vessel_tracks(times: np.ndarray, c: np.ndarray, r: np.ndarray, q: np.ndarray,
                   spacing: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions, directions and speeds of one vessel's arrows."""
    seg, seglen, cumlen, cumvol = _vessel_geometry(c, r)
    total_vol = cumvol[:, -1]
    if np.any(total_vol <= 0):
        raise ValueError("arrows: a vessel has zero length or zero radius")
    n_arrows = max(1, int(round(cumlen[0, -1] / spacing)))
    arc0 = (np.arange(n_arrows) + 0.5) / n_arrows
    vol_frac = cumvol / total_vol[:, None]                      # rows increase 0..1
    f0 = np.interp(arc0, cumlen[0] / cumlen[0, -1], vol_frac[0])
    rate = q * 1000.0 / np.broadcast_to(total_vol, q.shape)     # volume fractions per second
    shift = np.concatenate([[0.0], np.cumsum(0.5 * (rate[1:] + rate[:-1]) * np.diff(times))])
    f = (f0[None, :] + shift[:, None]) % 1.0                    # (T, A)
    j = _segment_index(vol_frac, f)
    lo, hi = _gather(vol_frac, j), _gather(vol_frac, j + 1)
    w = np.clip((f - lo) / np.maximum(hi - lo, 1e-300), 0.0, 1.0)  # share of segment volume
    a0, a1 = np.pi * _gather(r, j) ** 2, np.pi * _gather(r, j + 1) ** 2
    # lumen area is linear along a segment, so the volume up to u is quadratic in u: invert it
    u = w * (a0 + a1) / (a0 + np.sqrt(a0 ** 2 + w * (a1 ** 2 - a0 ** 2)))
    d = _gather(seg, j)
    pos = _gather(c, j) + u[..., None] * d
    sign = np.where(q < 0.0, -1.0, 1.0)[:, None, None]
    direc = sign * d / np.maximum(_gather(seglen, j)[..., None], 1e-300)
    speed = np.abs(q)[:, None] * 1000.0 / ((1.0 - u) * a0 + u * a1)
    return pos, direc, speed


def _inputs(name: str, line: np.ndarray, radius: np.ndarray | None, flow: np.ndarray,
            n_t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Check and shape one vessel's centreline, radii and flow."""
    pts = np.asarray(line, dtype=float)
    n_p = pts.shape[-2] if pts.ndim >= 2 else 0
    if n_p < 2:
        raise ValueError(f"arrows: centrelines[{name!r}] needs at least 2 points")
    if radius is None:
        raise ValueError(f"arrows: radii[{name!r}] is missing")
    q = np.asarray(flow, dtype=float)
    if q.shape != (n_t,):
        raise ValueError(f"arrows: flows[{name!r}] has shape {q.shape}, expected {(n_t,)}")
    c = _as_series(name, "centrelines", pts, n_t, (n_p, 3))
    return c, _as_series(name, "radii", radius, n_t, (n_p,)), q


def arrow_tracks(times: np.ndarray, centrelines: Mapping[str, np.ndarray],
                 radii: Mapping[str, np.ndarray], flows: Mapping[str, np.ndarray], *,
                 spacing_mm: float = 25.0,
                 kinds: Mapping[str, str] | None = None) -> ArrowTracks:
    """Build arrow tracks for every vessel that has both a centreline and a flow.

    Parameters
    ----------
    times : numpy.ndarray
        ``(T,)`` frame times (s), increasing.
    centrelines : Mapping[str, numpy.ndarray]
        Per structure id, ``(P, 3)`` or ``(T, P, 3)`` points (mm), ordered in the direction
        of flow (towards the heart; the thoracic duct upwards).
    radii : Mapping[str, numpy.ndarray]
        Per structure id, lumen radius ``(P,)`` or ``(T, P)`` (mm).
    flows : Mapping[str, numpy.ndarray]
        Per structure id, flow ``(T,)`` in ml/s (positive along the centreline), e.g.
        :meth:`~anatoflow.physiology.pump.Haemodynamics.vessel_flows`.
    spacing_mm : float
        Distance between arrows along each vessel at the first frame.
    kinds : Mapping[str, str], optional
        ``"vein"`` or ``"lymph"`` per id; by default ids in :data:`LYMPH_VESSELS` are lymph.

    Returns
    -------
    ArrowTracks
    """
    if spacing_mm <= 0:
        raise ValueError(f"arrows: spacing_mm = {spacing_mm} must be > 0")
    times = np.asarray(times, dtype=float)
    n_t = times.size
    parts: list[tuple[np.ndarray, ...]] = []
    kind_list, vessel_list = [], []
    for name in flows:
        if name not in centrelines:
            continue
        c, r, q = _inputs(name, centrelines[name], radii.get(name), flows[name], n_t)
        pos, direc, speed = _vessel_tracks(times, c, r, q, spacing_mm)
        parts.append((pos, direc, speed))
        kind = (kinds or {}).get(name, "lymph" if name in LYMPH_VESSELS else "vein")
        kind_list += [kind] * pos.shape[1]
        vessel_list += [name] * pos.shape[1]
    if parts:
        arrays = [np.concatenate([p[i] for p in parts], axis=1) for i in range(3)]
    else:
        arrays = [np.zeros((n_t, 0, 3)), np.zeros((n_t, 0, 3)), np.zeros((n_t, 0))]
    out = [*arrays, np.array(kind_list, dtype=str), np.array(vessel_list, dtype=str)]
    for a in out:
        a.flags.writeable = False
    return ArrowTracks(*out)
