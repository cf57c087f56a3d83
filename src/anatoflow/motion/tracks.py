"""Keyframe tracks: one parameter over time, interpolated and integrated exactly.

A track is a list of knots ``(t_k, v_k)``; the segment that *arrives* at knot ``k`` is shaped
by that knot's ``interp``:

* ``"linear"``: straight line from the previous knot;
* ``"smooth"``: smoothstep ``3u^2 - 2u^3`` (zero slope at both knots, so C1 across a chain of
  smooth keys);
* ``"step"``: hold the previous value until the knot's time, then jump.

Before the first knot the track holds ``v_0``; after the last it holds ``v_n``. The integral
``int_0^t v(s) ds`` is computed in closed form per segment, so a breath phase obtained from the
rate track is exact (no quadrature drift) and exactly periodic when the rate is constant.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

INTERPS: tuple[str, ...] = ("linear", "smooth", "step")
_LINEAR, _SMOOTH, _STEP = 0, 1, 2


def smoothstep(u: ArrayLike) -> NDArray[np.float64]:
    """Return ``3u^2 - 2u^3`` for ``u`` clipped to ``[0, 1]``."""
    u = np.clip(np.asarray(u, dtype=float), 0.0, 1.0)
    return u * u * (3.0 - 2.0 * u)


def _smoothstep_integral(u: NDArray[np.float64]) -> NDArray[np.float64]:
    """Return ``int_0^u smoothstep(x) dx = u^3 - u^4 / 2`` (``u`` in ``[0, 1]``)."""
    return u**3 - 0.5 * u**4


@dataclass(frozen=True)
class NumericTrack:
    """A float parameter over time.

    Attributes
    ----------
    times : numpy.ndarray
        Knot times (s), strictly increasing, read-only.
    values : numpy.ndarray
        Knot values, read-only.
    interps : tuple of str
        ``interps[k]`` shapes the segment arriving at knot ``k`` (``interps[0]`` is unused).
    """

    times: NDArray[np.float64]
    values: NDArray[np.float64]
    interps: tuple[str, ...]

    @classmethod
    def from_knots(cls, knots: list[tuple[float, float, str]]) -> NumericTrack:
        """Build a track from ``(t, value, interp)`` knots, strictly increasing ``t``, first at 0."""
        if not knots or knots[0][0] != 0.0:
            raise ValueError("a track's first knot must be at t = 0")
        times = np.array([k[0] for k in knots], dtype=float)
        values = np.array([k[1] for k in knots], dtype=float)
        for arr in (times, values):
            arr.flags.writeable = False
        return cls(times=times, values=values, interps=tuple(k[2] for k in knots))

    def _codes(self) -> NDArray[np.int64]:
        return np.array([INTERPS.index(i) for i in self.interps], dtype=np.int64)

    def _locate(self, t: NDArray[np.float64]) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """Return the index of the knot *arriving* (1..n) per time and the segment fraction u.

        Times before the first knot or at/after the last get index 0 / n+1 and u = 0.
        """
        k = np.searchsorted(self.times, t, side="right")  # 0 .. n
        n = len(self.times)
        inner = (k >= 1) & (k < n)
        kk = np.clip(k, 1, max(n - 1, 1))
        if n >= 2:
            t0, t1 = self.times[kk - 1], self.times[kk]
            u = np.where(inner, (t - t0) / (t1 - t0), 0.0)
        else:
            u = np.zeros_like(t)
        arriving = np.where(inner, kk, np.where(k < 1, 0, n + 1))
        return arriving, u

    def __call__(self, t: ArrayLike) -> NDArray[np.float64]:
        """Return the value at times ``t`` (any shape)."""
        t = np.asarray(t, dtype=float)
        flat = t.ravel()
        k, u = self._locate(flat)
        n = len(self.times)
        out = np.where(k == 0, self.values[0], self.values[-1]).astype(float)
        inner = (k >= 1) & (k <= n - 1)
        if np.any(inner):
            ki = k[inner]
            a, b = self.values[ki - 1], self.values[ki]
            code = self._codes()[ki]
            ui = u[inner]
            f = np.where(code == _LINEAR, ui, np.where(code == _SMOOTH, smoothstep(ui), 0.0))
            out[inner] = a + (b - a) * f
        return out.reshape(t.shape)

    def _cumulative(self) -> NDArray[np.float64]:
        """Integral from the first knot to each knot."""
        dt = np.diff(self.times)
        a, b = self.values[:-1], self.values[1:]
        code = self._codes()[1:]
        seg = np.where(code == _STEP, a * dt, 0.5 * (a + b) * dt)
        return np.concatenate([[0.0], np.cumsum(seg)])

    def integral(self, t: ArrayLike) -> NDArray[np.float64]:
        """Return ``int_0^t v(s) ds`` in closed form (negative for ``t < 0``)."""
        t = np.asarray(t, dtype=float)
        flat = t.ravel()
        cum = self._cumulative()
        t_first, t_last = self.times[0], self.times[-1]
        # The first knot is at t = 0, so the integral from it is the integral from 0.
        before = self.values[0] * (flat - t_first)
        after = cum[-1] + self.values[-1] * (flat - t_last)
        out = np.where(flat < t_first, before, after)
        k, u = self._locate(flat)
        n = len(self.times)
        inner = (k >= 1) & (k <= n - 1)
        if np.any(inner):
            ki, ui = k[inner], u[inner]
            a, b = self.values[ki - 1], self.values[ki]
            dt = self.times[ki] - self.times[ki - 1]
            code = self._codes()[ki]
            shape = np.where(code == _LINEAR, 0.5 * ui**2,
                             np.where(code == _SMOOTH, _smoothstep_integral(ui), 0.0))
            out[inner] = cum[ki - 1] + a * ui * dt + (b - a) * dt * shape
        return out.reshape(t.shape)


@dataclass(frozen=True)
class StepTrack:
    """A categorical parameter (pattern, camera) over time: always step-interpolated.

    Attributes
    ----------
    times : tuple of float
        Knot times (s), strictly increasing.
    values : tuple of str
        Value from each knot on.
    """

    times: tuple[float, ...]
    values: tuple[str, ...]

    def __call__(self, t: ArrayLike) -> NDArray[np.object_]:
        """Return the value at times ``t`` as an object array of ``str``."""
        t = np.asarray(t, dtype=float)
        k = np.searchsorted(np.asarray(self.times), t, side="right") - 1
        table = np.array(self.values, dtype=object)
        return table[np.clip(k, 0, len(self.values) - 1)]

    def intervals(self, value: str) -> list[tuple[float, float]]:
        """Return the ``(start, end)`` intervals during which the track equals ``value``."""
        out = []
        ends = list(self.times[1:]) + [float("inf")]
        for start, end, v in zip(self.times, ends, self.values):
            if v == value:
                out.append((start, end))
        return out
