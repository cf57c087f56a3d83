"""The article's ideas that anatoflow models as switchable, named hypotheses.

One registry for every layer, so a scenario's ``[hypotheses]`` table can switch any of them
and each layer reads only the ones it owns. None of these is established physiology: each is
on by default with a modest strength so the article's story can be shown, and off to see the
body without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Hypothesis:
    """A named modelling hypothesis.

    Attributes
    ----------
    name : str
        Key used in scenario files, URLs and the app.
    layer : str
        ``"motion"`` or ``"physiology"``: the layer that applies it.
    default : bool
        Whether it is on when a scenario does not say.
    evidence : str
        ``"plausible-unproven"`` for all three shipped hypotheses.
    claim : int
        Row of the fact-check (``reference/claims.md``) it models.
    """

    name: str
    layer: str
    default: bool
    evidence: str
    claim: int


HYPOTHESES: Mapping[str, Hypothesis] = MappingProxyType({
    h.name: h
    for h in (
        Hypothesis("psoas_crus_coupling", "motion", True, "plausible-unproven", 2),
        Hypothesis("tense_diaphragm_reduces_pressure_swings", "physiology", True, "plausible-unproven", 4),
        Hypothesis("tense_psoas_raises_iliac_resistance", "physiology", True, "plausible-unproven", 9),
    )
})


def names_for(layer: str) -> tuple[str, ...]:
    """Names of the hypotheses a layer applies."""
    return tuple(name for name, h in HYPOTHESES.items() if h.layer == layer)
