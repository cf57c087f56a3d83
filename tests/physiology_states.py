"""Duck-typed body states for the physiology tests (the fields of motion's BodyStates).

Until ``anatoflow.motion.state.BodyStates`` is on main the tests build their own inputs with
exactly its field names. A breath: inspiration over 40% of the cycle (I:E about 1:1.5), a
raised-cosine volume curve, apex descent and rib lift split by the abdominal share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class FakeStates:
    times: np.ndarray
    rate_per_min: np.ndarray
    phase: np.ndarray
    inspiring: np.ndarray
    volume: np.ndarray
    dome_r_mm: np.ndarray
    dome_l_mm: np.ndarray
    rib_lift: np.ndarray
    abdominal_share: np.ndarray
    psoas_tension_l: np.ndarray
    psoas_tension_r: np.ndarray
    diaphragm_tone: np.ndarray
    hypotheses: Mapping[str, bool] = field(default_factory=dict)


def breath(*, rate: float = 15.0, dome_mm: float = 18.0, rib_lift: float = 0.1,
           share: float = 0.6, seconds: float = 16.0, fps: float = 30.0,
           psoas_l: float = 0.0, psoas_r: float = 0.0, tone: float = 0.0,
           hypotheses: Mapping[str, bool] | None = None) -> FakeStates:
    """Regular breathing; ``dome_mm`` is the apex descent at full inspiration."""
    t = np.arange(0.0, seconds, 1.0 / fps)
    period = 60.0 / rate
    phase = (t / period) % 1.0
    ti = 0.4
    insp = phase < ti
    vol = np.where(insp, 0.5 - 0.5 * np.cos(np.pi * phase / ti),
                   0.5 + 0.5 * np.cos(np.pi * (phase - ti) / (1 - ti)))
    one = np.ones_like(t)
    return FakeStates(
        times=t, rate_per_min=rate * one, phase=phase, inspiring=insp, volume=vol,
        dome_r_mm=dome_mm * vol, dome_l_mm=dome_mm * vol, rib_lift=rib_lift * vol,
        abdominal_share=share * one, psoas_tension_l=psoas_l * one,
        psoas_tension_r=psoas_r * one, diaphragm_tone=tone * one,
        hypotheses=dict(hypotheses or {}),
    )
