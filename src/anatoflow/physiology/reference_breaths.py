"""Regular synthetic breaths for the standard figures and the benchmark.

The scenarios of the app come from the motion layer (``animations/*.toml`` sampled into
``BodyStates``). The figures in the docs need fixed, reproducible breaths that do not depend
on a timeline file, so this module makes them: a raised-cosine lung-volume curve with
inspiration over 40% of the cycle (I:E about 1:1.5), dome descent and rib lift scaled by it.
The result has the ``BodyStates`` field names, so :func:`~anatoflow.physiology.pump.simulate`
accepts it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np


@dataclass(frozen=True)
class ReferenceBreath:
    """A regular breath pattern, parameters of :func:`reference_states`."""

    label: str
    rate_per_min: float
    dome_mm: float
    rib_lift: float
    abdominal_share: float


#: Named patterns. Quiet: 15/min, 18 mm dome excursion (Boussuges et al. 2009, quiet breathing).
#: Deep-slow: 6/min, 60 mm (within the deep-breathing range of the same study).
REFERENCE_BREATHS: Mapping[str, ReferenceBreath] = MappingProxyType({
    "quiet": ReferenceBreath("quiet, 15/min", 15.0, 18.0, 0.10, 0.6),
    "deep_slow": ReferenceBreath("deep diaphragmatic, 6/min", 6.0, 60.0, 0.50, 0.8),
    "shallow_chest": ReferenceBreath("shallow chest, 18/min", 18.0, 6.0, 0.25, 0.2),
})


@dataclass(frozen=True)
class SyntheticStates:
    """Body states over time with the ``BodyStates`` field names (arrays ``(T,)``)."""

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


def regular_breath(*, rate: float, dome_mm: float, rib_lift: float, share: float,
                   seconds: float = 20.0, fps: float = 30.0, psoas_l: float = 0.0,
                   psoas_r: float = 0.0, tone: float = 0.0,
                   hypotheses: Mapping[str, bool] | None = None) -> SyntheticStates:
    """Regular breathing with constant parameters: inspiration over 40 % of the cycle
    (I:E about 1:1.5), a raised-cosine volume curve, ``dome_mm`` apex descent at full inspiration.

    Returns
    -------
    SyntheticStates
    """
    t = np.arange(0.0, seconds, 1.0 / fps)
    phase = (t * rate / 60.0) % 1.0
    ti = 0.4
    insp = phase < ti
    vol = np.where(insp, 0.5 - 0.5 * np.cos(np.pi * phase / ti),
                   0.5 + 0.5 * np.cos(np.pi * (phase - ti) / (1.0 - ti)))
    one = np.ones_like(t)
    return SyntheticStates(
        times=t, rate_per_min=rate * one, phase=phase, inspiring=insp, volume=vol,
        dome_r_mm=dome_mm * vol, dome_l_mm=dome_mm * vol, rib_lift=rib_lift * vol,
        abdominal_share=share * one, psoas_tension_l=psoas_l * one,
        psoas_tension_r=psoas_r * one, diaphragm_tone=tone * one,
        hypotheses=MappingProxyType(dict(hypotheses or {})),
    )


def reference_states(name: str, *, seconds: float = 20.0, fps: float = 30.0,
                     psoas_tension: float = 0.0, diaphragm_tone: float = 0.0,
                     hypotheses: Mapping[str, bool] | None = None) -> SyntheticStates:
    """Sample the reference breath ``name`` (a key of :data:`REFERENCE_BREATHS`).

    Parameters
    ----------
    name : str
        ``"quiet"``, ``"deep_slow"`` or ``"shallow_chest"``.
    seconds, fps : float
        Duration and sampling rate.
    psoas_tension, diaphragm_tone : float
        Constant tension (0..1) on both psoas muscles and diaphragm tone.
    hypotheses : Mapping[str, bool], optional
        Passed through to the model.

    Returns
    -------
    SyntheticStates
    """
    try:
        b = REFERENCE_BREATHS[name]
    except KeyError:
        raise KeyError(f"no reference breath {name!r}; known: {sorted(REFERENCE_BREATHS)}") from None
    return regular_breath(rate=b.rate_per_min, dome_mm=b.dome_mm, rib_lift=b.rib_lift,
                          share=b.abdominal_share, seconds=seconds, fps=fps,
                          psoas_l=psoas_tension, psoas_r=psoas_tension, tone=diaphragm_tone,
                          hypotheses=hypotheses)
