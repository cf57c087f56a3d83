"""Muscle tension: psoas shortening and vein compression, diaphragm tone, and the crus coupling.

All relations are teaching approximations (see ``../shared/reference/physiology.md``):

* **Psoas.** Tension 0..1 shortens the belly by up to :data:`PSOAS_MAX_SHORTENING` (10%) of its
  length; the rig thickens it at constant volume (muscle is nearly incompressible). Isometric
  tone is mostly thickening and stiffening, so the shortening is kept small. The iliacus shares
  the psoas tendon and is drawn shortening by :data:`ILIACUS_SHARE` of the psoas fraction.
* **Iliac veins.** A tense psoas bulges against the iliac veins on its medial border; they
  flatten antero-posteriorly by up to :data:`ILIAC_MAX_COMPRESSION`.
* **Diaphragm tone.** A stiff diaphragm descends less for the same effort: excursion is
  multiplied by ``1 - TONE_MAX_REDUCTION * tone``.
* **Hypothesis ``psoas_crus_coupling``** (the article's idea, not established physiology):
  the medial arcuate ligament arches over the upper psoas and is continuous with the crus of
  its side, so a tense psoas is taken to tether that crus and reduce the travel of the dome on
  the same side by up to :data:`COUPLING_MAX_REDUCTION`. Switch it off in a scenario's
  ``[hypotheses]`` table to see the body without it.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

PSOAS_MAX_SHORTENING = 0.10
ILIACUS_SHARE = 0.5
ILIAC_MAX_COMPRESSION = 0.25
TONE_MAX_REDUCTION = 0.35
COUPLING_MAX_REDUCTION = 0.15


def _unit(x: ArrayLike) -> NDArray[np.float64]:
    return np.clip(np.asarray(x, dtype=float), 0.0, 1.0)


def psoas_shortening(tension: ArrayLike) -> NDArray[np.float64]:
    """Return the psoas belly shortening fraction (0..0.10) for tension 0..1."""
    return PSOAS_MAX_SHORTENING * _unit(tension)


def iliacus_shortening(tension: ArrayLike) -> NDArray[np.float64]:
    """Return the iliacus shortening fraction that goes with psoas tension 0..1."""
    return ILIACUS_SHARE * psoas_shortening(tension)


def iliac_compression(tension: ArrayLike) -> NDArray[np.float64]:
    """Return the antero-posterior flattening fraction of the iliac veins (0..0.25)."""
    return ILIAC_MAX_COMPRESSION * _unit(tension)


def tone_factor(tone: ArrayLike) -> NDArray[np.float64]:
    """Return the factor on dome excursion for diaphragm tone 0..1 (1 .. 0.65)."""
    return 1.0 - TONE_MAX_REDUCTION * _unit(tone)


def crus_coupling_factor(psoas_tension: ArrayLike, *, enabled: bool) -> NDArray[np.float64]:
    """Return the factor on the same-side dome travel under the ``psoas_crus_coupling`` hypothesis.

    Parameters
    ----------
    psoas_tension : array_like
        Tension 0..1 of the psoas on the dome's side.
    enabled : bool
        Whether the hypothesis is switched on; when off the factor is 1.
    """
    tension = _unit(psoas_tension)
    if not enabled:
        return np.ones_like(tension)
    return 1.0 - COUPLING_MAX_REDUCTION * tension
