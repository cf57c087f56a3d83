"""Units of the pump model and conversions into them.

The model computes in one set of units, chosen to match clinical habit for the venous side:

* pressure: **mmHg** (respiratory figures quoted in cmH2O are converted on loading);
* flow: **ml/s**; volume: **ml**; time: **s**; length: **mm**;
* resistance: mmHg·s/ml; compliance: ml/mmHg; elastance: mmHg/ml.

``parameters.toml`` may state a value in any unit listed in :data:`TO_MODEL`; the loader
multiplies it by the factor found there.
"""

from __future__ import annotations

from types import MappingProxyType

#: 1 mmHg expressed in cmH2O (13.595 g/cm3 mercury over 1.000 g/cm3 water, standard gravity).
CMH2O_PER_MMHG: float = 1.35951

#: Factor that turns a value in the given unit into the model's unit.
TO_MODEL = MappingProxyType({
    "1": 1.0,
    "mmHg": 1.0,
    "cmH2O": 1.0 / CMH2O_PER_MMHG,
    "ml/s": 1.0,
    "ml/min": 1.0 / 60.0,
    "ml/h": 1.0 / 3600.0,
    "l/min": 1000.0 / 60.0,
    "ml": 1.0,
    "l": 1000.0,
    "ml/mm": 1.0,
    "ml/cm": 0.1,
    "ml/mmHg": 1.0,
    "l/cmH2O": 1000.0 * CMH2O_PER_MMHG,
    "cmH2O/l": 1.0 / (CMH2O_PER_MMHG * 1000.0),
    "mmHg/ml": 1.0,
    "cmH2O*s/l": 1.0 / (CMH2O_PER_MMHG * 1000.0),
    "mmHg*s/ml": 1.0,
    "1/mmHg": 1.0,
    "1/cmH2O": CMH2O_PER_MMHG,
    "s": 1.0,
    "1/min": 1.0,
})

#: The model unit each stated unit converts into (for documentation and checks).
MODEL_UNIT = MappingProxyType({
    "1": "1", "mmHg": "mmHg", "cmH2O": "mmHg", "ml/s": "ml/s", "ml/min": "ml/s",
    "ml/h": "ml/s", "l/min": "ml/s", "ml": "ml", "l": "ml", "ml/mm": "ml/mm",
    "ml/cm": "ml/mm", "ml/mmHg": "ml/mmHg", "l/cmH2O": "ml/mmHg", "cmH2O/l": "mmHg/ml",
    "mmHg/ml": "mmHg/ml", "cmH2O*s/l": "mmHg*s/ml", "mmHg*s/ml": "mmHg*s/ml",
    "1/mmHg": "1/mmHg", "1/cmH2O": "1/mmHg", "s": "s", "1/min": "1/min",
})


def to_model(value: float, unit: str) -> float:
    """Convert ``value`` stated in ``unit`` into the model's unit.

    Parameters
    ----------
    value : float
        The number as written.
    unit : str
        One of the keys of :data:`TO_MODEL`.

    Returns
    -------
    float
        The value in the model's unit (see :data:`MODEL_UNIT`).

    Examples
    --------
    >>> round(to_model(10.0, "cmH2O"), 3)
    7.356
    >>> to_model(360.0, "ml/h")
    0.1
    """
    try:
        return value * TO_MODEL[unit]
    except KeyError:
        raise KeyError(f"unknown unit {unit!r}; known: {sorted(TO_MODEL)}") from None


def mmhg_to_cmh2o(p_mmhg: float) -> float:
    """Convert a pressure from mmHg to cmH2O."""
    return p_mmhg * CMH2O_PER_MMHG


def ml_per_s_to_ml_per_h(q: float) -> float:
    """Convert a flow from ml/s to ml/h."""
    return q * 3600.0
