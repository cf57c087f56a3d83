"""The breath cycle: phase from the rate, a smooth waveform, and depth -> dome excursion.

* **Phase.** The number of breaths since ``t = 0`` is ``int rate/60 dt`` minus the time spent
  in ``"hold"``, computed in closed form from the rate track, so a rate change never makes
  the breath jump and a constant rate is exactly periodic. ``phase`` is its fractional part,
  0 at the start of inspiration.
* **Waveform.** Inspiration takes the fraction ``1 / (1 + ie_ratio)`` of the cycle. Each half is
  a raised cosine from 0 to 1 (inspiration) and back (expiration); the slope is zero at both
  turns, so the waveform is C1 (no corner, no cusp) and symmetric in shape, with the pace set
  by the ie ratio.
* **Excursion.** ``breath.depth`` maps to the apex descent of each dome, piecewise linear
  through anchors taken from M-mode ultrasound in healthy standing men (Boussuges, Gole &
  Blanc, CHEST 2009; review PMC7322428): quiet (0.25) 18 mm both sides, deep (0.8) 70 mm right
  and 75 mm left, maximal (1.0) 85 / 90 mm (teaching extrapolation).
* **Patterns.** A pattern sets how the effort is shared between the diaphragm and the rib
  cage (:data:`PATTERN_MIX`). Pattern changes blend over :data:`PATTERN_BLEND_S` seconds so the
  domes never jump; ``"hold"`` keeps the mix of the pattern before it and freezes the phase.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from anatoflow.motion.tracks import smoothstep

if TYPE_CHECKING:
    from anatoflow.motion.timeline import Timeline

#: depth anchors and dome apex descent in mm (men, standing; see module docstring).
DEPTH_KNOTS: NDArray[np.float64] = np.array([0.0, 0.25, 0.8, 1.0])
EXCURSION_R_MM: NDArray[np.float64] = np.array([0.0, 18.0, 70.0, 85.0])
EXCURSION_L_MM: NDArray[np.float64] = np.array([0.0, 18.0, 75.0, 90.0])
for _a in (DEPTH_KNOTS, EXCURSION_R_MM, EXCURSION_L_MM):
    _a.flags.writeable = False

#: pattern -> (abdominal_share, dome_gain, rib_gain).
#: abdominal_share: 1 = purely diaphragmatic (read by physiology for the abdominal pressure swing);
#: dome_gain scales the depth's dome excursion; rib_gain scales rib lift (rib_lift = depth * gain).
PATTERN_MIX: Mapping[str, tuple[float, float, float]] = MappingProxyType({
    "diaphragmatic": (0.8, 1.0, 0.35),
    "deep-slow": (0.85, 1.0, 0.3),
    "chest": (0.2, 0.35, 1.0),
})
PATTERN_BLEND_S = 2.0

#: Share of tidal volume from dome descent versus rib lift, for ``volume``
#: (the diaphragm gives roughly two thirds of a quiet tidal breath; approx.).
VOLUME_FROM_DOMES = 0.65


def excursion_mm(depth: ArrayLike, side: str) -> NDArray[np.float64]:
    """Return the dome apex descent (mm) for ``depth`` in 0..1 on ``side`` ``"r"`` or ``"l"``."""
    table = {"r": EXCURSION_R_MM, "l": EXCURSION_L_MM}[side]
    return np.interp(np.asarray(depth, dtype=float), DEPTH_KNOTS, table)


def bend(dome_r_mm: ArrayLike, dome_l_mm: ArrayLike) -> NDArray[np.float64]:
    """Return the weight of the ``breath_bend`` channel: ``4 s (1 - s)``, ``s`` the domes' mean
    share of their largest descent (:data:`EXCURSION_R_MM`, :data:`EXCURSION_L_MM`), in 0..1.

    It is 0 at rest and at the largest breath, and 1 half way. The rig's linear bases carry the
    motion along a straight path per channel; this one bends the path where neighbours would meet
    part way (:mod:`anatoflow.motion.yielding`).
    """
    share = 0.5 * (np.asarray(dome_r_mm, dtype=float) / EXCURSION_R_MM[-1]
                   + np.asarray(dome_l_mm, dtype=float) / EXCURSION_L_MM[-1])
    share = np.clip(share, 0.0, 1.0)
    return 4.0 * share * (1.0 - share)


def waveform(phase: ArrayLike, ie_ratio: ArrayLike) -> tuple[NDArray[np.float64], NDArray[np.bool_]]:
    """Return the breath waveform (0 end expiration .. 1 end inspiration) and the inspiring flag.

    Parameters
    ----------
    phase : array_like
        Phase in the breath, 0..1 (values outside wrap).
    ie_ratio : array_like
        Exhale time over inhale time (> 0), broadcast with ``phase``.
    """
    phase = np.mod(np.asarray(phase, dtype=float), 1.0)
    f_in = 1.0 / (1.0 + np.asarray(ie_ratio, dtype=float))
    inspiring = phase < f_in
    u = np.where(inspiring, phase / f_in, (phase - f_in) / (1.0 - f_in))
    rising = 0.5 * (1.0 - np.cos(np.pi * u))
    return np.where(inspiring, rising, 1.0 - rising), inspiring


def breaths_elapsed(timeline: Timeline, times: ArrayLike) -> NDArray[np.float64]:
    """Return the number of breaths since ``t = 0`` (rate integrated, holds excluded)."""
    times = np.asarray(times, dtype=float)
    total = timeline.integral("breath.rate", times)
    for start, end in timeline.track("breath.pattern").intervals("hold"):
        a = timeline.integral("breath.rate", np.minimum(times, start))
        b = timeline.integral("breath.rate", np.minimum(times, end))
        total = total - (b - a)
    return total / 60.0


def pattern_mix(timeline: Timeline, times: ArrayLike) -> tuple[NDArray[np.float64], ...]:
    """Return ``(abdominal_share, dome_gain, rib_gain)`` arrays at ``times``.

    Each pattern change ramps the mix over :data:`PATTERN_BLEND_S` seconds (smoothstep);
    ``"hold"`` keeps the mix in force before it.
    """
    times = np.asarray(times, dtype=float)
    track = timeline.track("breath.pattern")
    current = np.array(PATTERN_MIX["diaphragmatic"])
    mix = np.zeros((3,) + times.shape)
    for i, (t0, name) in enumerate(zip(track.times, track.values)):
        target = current if name == "hold" else np.array(PATTERN_MIX[name])
        if i == 0:
            mix = mix + target.reshape((3,) + (1,) * times.ndim)
        else:
            ramp = smoothstep((times - t0) / PATTERN_BLEND_S)
            delta = (target - current).reshape((3,) + (1,) * times.ndim)
            mix = mix + delta * ramp
        current = target
    return mix[0], mix[1], mix[2]
