"""The pump model reproduces the documented phase and sign relations and conserves flow."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.physiology.parameters import load_parameters
from anatoflow.physiology.pump import SEGMENTS, breath_means, simulate
from anatoflow.physiology.units import CMH2O_PER_MMHG
from physiology_states import breath

PERIOD = 4.0  # 15/min


def _phases(s, h, start: float = 8.0):
    """Masks of inspiration and expiration in the breaths from ``start`` on."""
    late = s.times >= start
    return late & s.inspiring, late & ~s.inspiring


@pytest.fixture(scope="module")
def diaphragmatic():
    s = breath(share=1.0, dome_mm=20.0, rib_lift=0.05)
    return s, simulate(s)


@pytest.fixture(scope="module")
def chest():
    s = breath(share=0.2, dome_mm=20.0, rib_lift=0.05)  # same tidal volume, chest pattern
    return s, simulate(s)


def test_inspiration_lowers_pleural_and_raises_abdominal_pressure(diaphragmatic) -> None:
    s, h = diaphragmatic
    ins, exp = _phases(s, h)
    end_exp = np.argmin(np.abs(s.times - 12.0))
    assert h.pleural_pressure[ins].min() < h.pleural_pressure[end_exp] - 1.0
    assert h.abdominal_pressure[ins].max() > h.abdominal_pressure[end_exp] + 3.0
    # pleural pressure goes down as the lung fills, abdominal pressure up as the dome descends
    assert np.corrcoef(h.tidal_volume, h.pleural_pressure)[0, 1] < -0.7
    assert np.corrcoef(s.dome_r_mm, h.abdominal_pressure)[0, 1] > 0.99
    assert h.right_atrial_pressure[ins].mean() < h.right_atrial_pressure[exp].mean()


def test_gastric_swing_matches_miller(diaphragmatic, chest) -> None:
    """Miller et al. 2005: < 2 cmH2O in rib-cage breathing, > 5 cmH2O diaphragmatic."""
    def swing(h):
        return np.ptp(h.abdominal_pressure) * CMH2O_PER_MMHG
    assert swing(diaphragmatic[1]) > 5.0
    assert swing(chest[1]) < 2.0


def test_ivc_inflow_to_thorax_rises_with_inspiration(diaphragmatic, chest) -> None:
    for s, h in (diaphragmatic, chest):
        ins, exp = _phases(s, h)
        q = h.flows["inferior_vena_cava_hepatic"]
        assert q[ins].mean() > 1.2 * q[exp].mean()
        assert h.flows["superior_vena_cava"][ins].mean() > h.flows["superior_vena_cava"][exp].mean()


def test_leg_flow_falls_in_diaphragmatic_inspiration_and_rebounds(diaphragmatic) -> None:
    s, h = diaphragmatic
    ins, exp = _phases(s, h)
    for seg in ("femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "common_iliac_vein_r"):
        q = h.flows[seg]
        mean = q[s.times >= 8.0].mean()
        assert q[ins].mean() < 0.8 * mean, seg
        assert q[exp].mean() > 1.1 * mean, seg
        assert q[exp].max() > 1.4 * q[ins].mean(), seg
    assert h.flows["femoral_vein_l"][ins].min() < 0.25 * h.flows["femoral_vein_l"][exp].mean()


@pytest.mark.parametrize("dome_mm,rate", [(12.0, 15.0), (20.0, 15.0), (40.0, 8.0), (60.0, 6.0)])
def test_mean_femoral_flow_not_lower_in_diaphragmatic_breathing(dome_mm, rate) -> None:
    """Over a whole breath the expiratory rebound makes up for the inspiratory drop."""
    means = {}
    for share in (0.2, 0.6, 1.0):
        s = breath(share=share, dome_mm=dome_mm, rib_lift=0.1, rate=rate, seconds=3 * 60 / rate)
        means[share] = breath_means(simulate(s), start=60 / rate, period=60 / rate)
    for side in "lr":
        seg = f"femoral_vein_{side}"
        # equal when the valves never close (then the model is linear); else higher
        assert means[1.0][seg] >= means[0.6][seg] * (1 - 1e-10)
        assert means[0.6][seg] >= means[0.2][seg] * (1 - 1e-10)
        assert means[1.0][seg] > 4.0  # ml/s, about the resting 5 ml/s per leg


def test_deep_slow_breathing_gives_larger_swings_and_more_return() -> None:
    deep_s = breath(rate=6.0, dome_mm=60.0, rib_lift=0.5, share=0.8, seconds=30.0)
    chest_s = breath(rate=18.0, dome_mm=6.0, rib_lift=0.25, share=0.2, seconds=30.0)
    deep, chest_h = simulate(deep_s), simulate(chest_s)
    late_d, late_c = deep_s.times >= 10.0, chest_s.times >= 10.0
    for attr in ("pleural_pressure", "abdominal_pressure", "right_atrial_pressure"):
        assert np.ptp(getattr(deep, attr)[late_d]) > 2.0 * np.ptp(getattr(chest_h, attr)[late_c])
    md = breath_means(deep, start=10.0, period=10.0)
    mc = breath_means(chest_h, start=10.0, period=10.0)
    assert md["venous_return"] * 60.0 > mc["venous_return"] * 60.0 + 100.0  # ml/min
    assert md["femoral_vein_l"] > mc["femoral_vein_l"]
    assert md["thoracic_duct"] > mc["thoracic_duct"]


def test_thoracic_duct_flow_rises_with_depth() -> None:
    means = []
    for dome in (0.0, 10.0, 20.0, 40.0, 60.0):
        s = breath(dome_mm=dome, rib_lift=dome / 100.0, seconds=12.0)
        means.append(breath_means(simulate(s), start=4.0, period=PERIOD)["thoracic_duct"] * 3600)
    assert np.all(np.diff(means) > 0)
    params = load_parameters()
    no_breath = params.entries["lymph.thoracic_duct_flow"].value * (
        1 - params.entries["lymph.breathing_fraction"].value)
    assert means[0] == pytest.approx(no_breath)
    assert 60.0 < means[2] < 160.0  # about 100 ml/h for a quiet breath (Guyton)


def test_flow_is_conserved_at_every_junction(diaphragmatic) -> None:
    _, h = diaphragmatic
    f, t = h.flows, h.tributaries

    def close(a, b):
        scale = np.maximum(np.abs(a), np.abs(b)).max()
        assert np.max(np.abs(a - b)) <= 1e-9 * scale

    for side in "lr":
        close(f[f"femoral_vein_{side}"], f[f"external_iliac_vein_{side}"])
        close(f[f"external_iliac_vein_{side}"] + t[f"internal_iliac_vein_{side}"],
              f[f"common_iliac_vein_{side}"])
    close(f["common_iliac_vein_l"] + f["common_iliac_vein_r"], f["inferior_vena_cava"])
    close(t["brachiocephalic"] + f["azygos_vein"], f["superior_vena_cava"])


def test_abdominal_compartment_balances_over_a_breath(diaphragmatic) -> None:
    """What enters the abdominal veins over a breath leaves through the hepatic-level IVC."""
    _, h = diaphragmatic
    m = breath_means(h, start=8.0, period=PERIOD)
    inflow = m["inferior_vena_cava"] + m["renal_splanchnic"]
    assert m["inferior_vena_cava_hepatic"] == pytest.approx(inflow, rel=1e-3)


def test_starts_at_periodic_steady_state(diaphragmatic) -> None:
    s, h = diaphragmatic
    n = int(round(PERIOD * 30))
    for seg in SEGMENTS:
        q = h.flows[seg]
        # the first frames carry the one-sided time derivative at the series' edge
        assert np.max(np.abs(q[n:2 * n] - q[2 * n:3 * n])) < 1e-3 * np.abs(q).max(), seg
        assert np.max(np.abs(q[2:n] - q[n + 2:2 * n])) < 1e-2 * np.abs(q).max(), seg


def test_ivc_calibre_narrows_with_inspiration() -> None:
    swings = []
    for dome in (10.0, 20.0, 50.0):
        s = breath(dome_mm=dome, rib_lift=dome / 100.0)
        h = simulate(s)
        ins, exp = _phases(s, h)
        c = h.ivc_calibre
        assert -0.5 <= c.min() and c.max() <= 0.2
        rate = np.gradient(c, s.times)
        assert rate[ins].mean() < 0.0 < rate[exp].mean()  # narrows in inspiration, widens after
        narrowest = s.phase[8 * 30:][np.argmin(c[8 * 30:])]
        assert 0.3 < narrowest < 0.6  # about end inspiration (inspiration is phase 0..0.4)
        late = c[s.times >= 8.0]
        swings.append((late.max() - late.min()) / (1 + late.max()))
    assert swings[0] < swings[1] < swings[2]
    assert 0.1 < swings[1] < 0.5  # a quiet breath: partial collapse; Rudski: > 50% on a sniff


def test_units_stated_and_resting_values() -> None:
    s = breath(dome_mm=0.0, rib_lift=0.0)
    h = simulate(s)
    assert h.pressure_unit == "mmHg" and h.flow_unit == "ml/s"
    assert h.pleural_pressure == pytest.approx(-5.0 / CMH2O_PER_MMHG)
    assert h.abdominal_pressure == pytest.approx(4.0 / CMH2O_PER_MMHG)
    assert h.right_atrial_pressure == pytest.approx(3.0)
    assert h.flows["femoral_vein_l"] == pytest.approx(5.0, rel=1e-6)  # 300 ml/min per leg
    assert h.venous_return() * 60 == pytest.approx(5.0 * 60 * 2 + 5 * 60 + 2400 + 1800 + 180,
                                                   rel=1e-6)
    assert h.ivc_calibre == pytest.approx(0.0, abs=1e-9)


def test_outputs_are_read_only(diaphragmatic) -> None:
    _, h = diaphragmatic
    with pytest.raises(ValueError):
        h.flows["femoral_vein_l"][0] = 1.0
    with pytest.raises(TypeError):
        h.flows["femoral_vein_l"] = h.flows["femoral_vein_r"]


def test_bad_states_are_named() -> None:
    s = breath()
    with pytest.raises(AttributeError, match="diaphragm_tone"):
        simulate(type("S", (), {k: getattr(s, k) for k in ("times", "rate_per_min")})())
    from dataclasses import replace
    with pytest.raises(ValueError, match="rib_lift"):
        simulate(replace(s, rib_lift=s.rib_lift[:-1]))
    with pytest.raises(KeyError, match="unknown hypothesis"):
        simulate(s, hypotheses={"psoas_is_the_vagus": True})
