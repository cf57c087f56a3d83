"""Body states over time: ``sample(timeline, times) -> BodyStates`` and its channel weights.

``BodyStates`` is the contract read by physiology (fields listed in ``docs/architecture.md``).
Everything here is a pure, vectorised function of the timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

import numpy as np
from numpy.typing import ArrayLike, NDArray

from anatoflow.motion import breath, tension
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNEL_NAMES, CHANNELS
from anatoflow.motion.timeline import Timeline

#: Stand-in IVC calibre until physiology supplies it: relative radius change per unit of
#: ``volume`` (the abdominal IVC narrows in spontaneous inspiration as abdominal pressure
#: rises and the pressure inside falls).
IVC_NARROWING_PER_VOLUME = -0.45


def _largest_tidal() -> float:
    """Largest ``volume`` numerator in range (depth 1, no tone, best pattern)."""
    v = breath.VOLUME_FROM_DOMES
    return max(v * dome + (1.0 - v) * rib for _, dome, rib in breath.PATTERN_MIX.values())


@dataclass(frozen=True)
class BodyStates:
    """The body's breath and tension state at each sampled time (arrays of shape ``(T,)``).

    Attributes
    ----------
    times : numpy.ndarray
        Sample times (s).
    rate_per_min : numpy.ndarray
        Breath rate (/min).
    phase : numpy.ndarray
        Phase in the current breath, 0..1, 0 = start of inspiration.
    inspiring : numpy.ndarray
        True during inspiration (bool).
    volume : numpy.ndarray
        Lung volume above end expiration, as a fraction of the largest tidal volume in range.
    dome_r_mm, dome_l_mm : numpy.ndarray
        Apex descent of the right and left domes from end expiration (mm).
    rib_lift : numpy.ndarray
        Fraction of maximal lower-rib elevation, 0..1.
    abdominal_share : numpy.ndarray
        1 = purely diaphragmatic breathing, about 0.2 = shallow chest breathing.
    psoas_tension_l, psoas_tension_r, diaphragm_tone : numpy.ndarray
        Tensions 0..1.
    hypotheses : Mapping[str, bool]
        Named hypotheses in force (constant over the timeline), read-only.
    """

    times: NDArray[np.float64]
    rate_per_min: NDArray[np.float64]
    phase: NDArray[np.float64]
    inspiring: NDArray[np.bool_]
    volume: NDArray[np.float64]
    dome_r_mm: NDArray[np.float64]
    dome_l_mm: NDArray[np.float64]
    rib_lift: NDArray[np.float64]
    abdominal_share: NDArray[np.float64]
    psoas_tension_l: NDArray[np.float64]
    psoas_tension_r: NDArray[np.float64]
    diaphragm_tone: NDArray[np.float64]
    hypotheses: Mapping[str, bool]

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, np.ndarray):
                value.flags.writeable = False

    def __len__(self) -> int:
        return len(self.times)

    def weights(self) -> NDArray[np.float64]:
        """Return the ``(T, K)`` channel weights in ``CHANNEL_NAMES`` order.

        ``ivc_calibre`` is a stand-in (narrows with ``volume``); the pipeline replaces it with
        the physiology model's series.
        """
        w = np.zeros((len(self.times), len(CHANNEL_NAMES)))
        columns = {
            "dome_r_mm": self.dome_r_mm,
            "dome_l_mm": self.dome_l_mm,
            "rib_lift": self.rib_lift,
            "psoas_l": tension.psoas_shortening(self.psoas_tension_l),
            "psoas_r": tension.psoas_shortening(self.psoas_tension_r),
            "iliacus_l": tension.iliacus_shortening(self.psoas_tension_l),
            "iliacus_r": tension.iliacus_shortening(self.psoas_tension_r),
            "iliac_compression_l": tension.iliac_compression(self.psoas_tension_l),
            "iliac_compression_r": tension.iliac_compression(self.psoas_tension_r),
            "ivc_calibre": IVC_NARROWING_PER_VOLUME * self.volume,
            "breath_bend": breath.bend(self.dome_r_mm, self.dome_l_mm),
        }
        for name, column in columns.items():
            w[:, CHANNEL_INDEX[name]] = column
        low = np.array([c.low for c in CHANNELS])
        high = np.array([c.high for c in CHANNELS])
        return np.clip(w, low, high)


def dome_amplitude_mm(timeline: Timeline, times: ArrayLike, side: str) -> NDArray[np.float64]:
    """Return the requested apex descent at full inspiration (mm) on ``side`` ``"r"``/``"l"``.

    The depth's excursion, times the pattern's dome gain, the diaphragm tone factor and (when
    the hypothesis is on) the same-side psoas-crus coupling factor.
    """
    times = np.asarray(times, dtype=float)
    _, dome_gain, _ = breath.pattern_mix(timeline, times)
    depth = timeline.value_at("breath.depth", times)
    tone = timeline.value_at("tension.diaphragm", times)
    psoas = timeline.value_at(f"tension.psoas_{side}", times)
    coupled = bool(timeline.hypotheses.get("psoas_crus_coupling", True))
    return (breath.excursion_mm(depth, side) * dome_gain * tension.tone_factor(tone)
            * tension.crus_coupling_factor(psoas, enabled=coupled))


def sample(timeline: Timeline, times: ArrayLike) -> BodyStates:
    """Sample the timeline's body state at ``times`` (s).

    Parameters
    ----------
    timeline : Timeline
        A validated scenario.
    times : array_like
        1-D sample times (any order; values outside the duration hold the end values).
    """
    times = np.atleast_1d(np.asarray(times, dtype=float)).copy()
    phase = np.mod(breath.breaths_elapsed(timeline, times), 1.0)
    phase[phase >= 1.0] = 0.0  # np.mod(-tiny, 1) rounds to 1.0
    wave, inspiring = breath.waveform(phase, timeline.value_at("breath.ie_ratio", times))
    share, _, rib_gain = breath.pattern_mix(timeline, times)
    dome_r = dome_amplitude_mm(timeline, times, "r") * wave
    dome_l = dome_amplitude_mm(timeline, times, "l") * wave
    rib = np.clip(timeline.value_at("breath.depth", times) * rib_gain * wave, 0.0, 1.0)
    domes = 0.5 * (dome_r / breath.EXCURSION_R_MM[-1] + dome_l / breath.EXCURSION_L_MM[-1])
    v = breath.VOLUME_FROM_DOMES
    volume = np.clip((v * domes + (1.0 - v) * rib) / _largest_tidal(), 0.0, 1.0)
    return BodyStates(
        times=times,
        rate_per_min=timeline.value_at("breath.rate", times),
        phase=phase,
        inspiring=np.asarray(inspiring, dtype=bool),
        volume=volume,
        dome_r_mm=dome_r,
        dome_l_mm=dome_l,
        rib_lift=rib,
        abdominal_share=share,
        psoas_tension_l=timeline.value_at("tension.psoas_l", times),
        psoas_tension_r=timeline.value_at("tension.psoas_r", times),
        diaphragm_tone=timeline.value_at("tension.diaphragm", times),
        hypotheses=MappingProxyType(dict(timeline.hypotheses)),
        )


def frame_times(timeline: Timeline, *, fps: float | None = None) -> NDArray[np.float64]:
    """Return the frame times ``0, 1/fps, ...`` strictly before ``timeline.duration``."""
    fps = float(fps or timeline.fps)
    n = int(np.ceil(timeline.duration * fps - 1e-9))
    return np.arange(n) / fps


def cycle_period_s(timeline: Timeline, t: float = 0.0) -> float:
    """Return the breath period (s) at time ``t`` (from the rate there)."""
    return 60.0 / float(timeline.value_at("breath.rate", t))
