"""The parameter file: every entry has a unit, a range, a source; the loader names bad fields."""

from __future__ import annotations

import math
import re

import pytest

from anatoflow.anatomy.errors import DataError
from anatoflow.physiology.parameters import (
    DEFAULT_PATH, HYPOTHESIS_NAMES, load_parameters,
)
from anatoflow.physiology.units import (
    CMH2O_PER_MMHG, MODEL_UNIT, TO_MODEL, ml_per_s_to_ml_per_h, mmhg_to_cmh2o, to_model,
)


def test_every_parameter_has_unit_range_and_source() -> None:
    params = load_parameters()
    assert len(params.entries) >= 25
    for name, p in params.entries.items():
        assert p.unit in MODEL_UNIT, name
        assert p.low <= p.value <= p.high, name
        assert len(p.source.strip()) > 10, f"{name} has no real source"
        if p.approx:
            assert p.note.strip(), f"{name} is approx. but does not say how it was derived"
        assert p.url == "" or p.url.startswith("https://"), name


def test_the_model_reads_every_parameter() -> None:
    """No orphans: each parameter name appears in the model code."""
    import anatoflow.physiology as pkg
    from pathlib import Path

    code = "".join(f.read_text() for f in Path(pkg.__file__).parent.glob("*.py"))
    params = load_parameters()
    for name in params.entries:
        if name.startswith("hypotheses."):
            short = name.split(".")[1]
            assert short in code, name
        else:
            assert f'"{name}"' in code, f"{name} is never used"


def test_hypotheses_are_named_unproven_and_modest() -> None:
    params = load_parameters()
    assert set(params.hypotheses) == set(HYPOTHESIS_NAMES)
    for h in params.hypotheses.values():
        assert h.evidence == "plausible-unproven"
        assert "no measurement" in h.strength.source.lower()
        assert 0.0 < h.strength.value <= 0.5
        assert h.description


def _rewrite(tmp_path, old: str, new: str):
    text = DEFAULT_PATH.read_text()
    assert old in text
    path = tmp_path / "parameters.toml"
    path.write_text(text.replace(old, new, 1))
    return path


def test_value_outside_range_names_file_field_and_range(tmp_path) -> None:
    path = _rewrite(tmp_path, "value = 0.08", "value = 0.9")
    with pytest.raises(DataError) as err:
        load_parameters(path)
    msg = str(err.value)
    assert "parameters.toml" in msg and "veins.valve_leak.value" in msg and "0..0.3" in msg


def test_missing_source_is_rejected(tmp_path) -> None:
    text = DEFAULT_PATH.read_text()
    head, tail = text.split("[pleural.lung_elastance]", 1)
    tail = re.sub(r'source = "[^"]*"', 'source = " "', tail, count=1)
    path = tmp_path / "parameters.toml"
    path.write_text(head + "[pleural.lung_elastance]" + tail)
    with pytest.raises(DataError, match=r"pleural.lung_elastance.source must name a source"):
        load_parameters(path)


def test_unknown_unit_is_rejected(tmp_path) -> None:
    path = _rewrite(tmp_path, 'unit = "ml/mmHg"', 'unit = "furlong"')
    with pytest.raises(DataError, match=r"\.unit = 'furlong' is not one of"):
        load_parameters(path)


def test_with_values_validates_and_converts() -> None:
    params = load_parameters()
    changed = params.with_values(pleural__end_expiratory=-8.0)
    assert changed["pleural.end_expiratory"] == pytest.approx(-8.0 / CMH2O_PER_MMHG)
    assert params["pleural.end_expiratory"] == pytest.approx(-5.0 / CMH2O_PER_MMHG)
    with pytest.raises(DataError, match="pleural.end_expiratory.value = 3"):
        params.with_values(pleural__end_expiratory=3.0)


def test_unit_conversions() -> None:
    assert to_model(10.0, "cmH2O") == pytest.approx(7.3556, abs=1e-4)
    assert mmhg_to_cmh2o(to_model(4.0, "cmH2O")) == pytest.approx(4.0)
    assert to_model(100.0, "ml/h") == pytest.approx(100.0 / 3600.0)
    assert ml_per_s_to_ml_per_h(to_model(100.0, "ml/h")) == pytest.approx(100.0)
    assert to_model(3.0, "l/min") == pytest.approx(50.0)
    # lung compliance 0.2 l/cmH2O is an elastance of 5 cmH2O/l = 1/(0.2*1000*1.35951) mmHg/ml
    assert to_model(5.0, "cmH2O/l") == pytest.approx(1.0 / to_model(0.2, "l/cmH2O"))
    assert to_model(2.0, "cmH2O*s/l") == pytest.approx(2.0 / 1.35951 / 1000.0)
    assert set(TO_MODEL) == set(MODEL_UNIT)
    assert math.isclose(CMH2O_PER_MMHG, 13.5951 / 10.0)
    with pytest.raises(KeyError):
        to_model(1.0, "parsec")
