"""Body states for the physiology tests: regular breaths with the fields of motion's BodyStates.

The breath itself is :func:`anatoflow.physiology.reference_breaths.regular_breath`; this module
keeps the tests' short keyword names and defaults.
"""

from __future__ import annotations

from collections.abc import Mapping

from anatoflow.physiology.reference_breaths import SyntheticStates, regular_breath

FakeStates = SyntheticStates


def breath(*, rate: float = 15.0, dome_mm: float = 18.0, rib_lift: float = 0.1,
           share: float = 0.6, seconds: float = 16.0, fps: float = 30.0,
           psoas_l: float = 0.0, psoas_r: float = 0.0, tone: float = 0.0,
           hypotheses: Mapping[str, bool] | None = None) -> SyntheticStates:
    """Regular breathing; ``dome_mm`` is the apex descent at full inspiration."""
    return regular_breath(rate=rate, dome_mm=dome_mm, rib_lift=rib_lift, share=share,
                          seconds=seconds, fps=fps, psoas_l=psoas_l, psoas_r=psoas_r, tone=tone,
                          hypotheses=hypotheses)
