"""A 0-D (lumped-parameter) model of the thoraco-abdominal venous pump.

``simulate(states)`` turns the breath and tension state over time (any object with the
:class:`~anatoflow.motion.state.BodyStates` fields) into pressures and flows
(:class:`Haemodynamics`). Pressures are in **mmHg**, flows in **ml/s**.

The model (see docs/physiology.md for the equations and their limits):

* pleural pressure falls with lung volume and inspiratory flow; abdominal pressure rises with
  the part of the tidal volume taken by the abdomen (Konno-Mead share); right atrial pressure
  follows pleural pressure;
* each leg is a venous reservoir (compliance) fed by its bed and drained through the femoral
  valve (a diode with a small leak) and the iliac veins into one abdominal venous compartment;
* the abdominal compartment (pressure = abdominal pressure + its transmural pressure) drains
  through the hepatic-level IVC into the right atrium; pelvic, renal and splanchnic beds join it;
* the upper body and the azygos drain into the SVC against right atrial pressure;
* thoracic-duct lymph has a steady part and a valved part pumped by rises of the
  abdomino-thoracic pressure difference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.motion.channels import channel
from anatoflow.physiology.parameters import HYPOTHESIS_NAMES, Parameters, load_parameters
from anatoflow.physiology.solver import integrate, rest_state

#: Venous segments with a flow series, in the order of the blood's path.
SEGMENTS: tuple[str, ...] = (
    "femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "external_iliac_vein_r",
    "common_iliac_vein_l", "common_iliac_vein_r", "inferior_vena_cava",
    "inferior_vena_cava_hepatic", "azygos_vein", "superior_vena_cava",
)
#: Inflows that join the segments (so every junction balances).
TRIBUTARIES: tuple[str, ...] = (
    "internal_iliac_vein_l", "internal_iliac_vein_r", "renal_splanchnic", "brachiocephalic",
)
_STATE_FIELDS = ("times", "rate_per_min", "dome_r_mm", "dome_l_mm", "rib_lift",
                 "abdominal_share", "psoas_tension_l", "psoas_tension_r", "diaphragm_tone")


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=float)
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class Haemodynamics:
    """Pressures and flows over time (all arrays ``(T,)``, read-only).

    Attributes
    ----------
    times : numpy.ndarray
        Sample times (s).
    pleural_pressure, abdominal_pressure, right_atrial_pressure, abdominal_venous_pressure
        Pressures in mmHg (``pressure_unit``), relative to atmosphere.
    flows : Mapping[str, numpy.ndarray]
        Flow (ml/s, positive towards the heart) per segment in :data:`SEGMENTS`.
        ``inferior_vena_cava`` is the infrarenal IVC, ``inferior_vena_cava_hepatic`` the
        IVC at the liver, entering the thorax.
    tributaries : Mapping[str, numpy.ndarray]
        Inflows joining the segments (ml/s), see :data:`TRIBUTARIES`.
    thoracic_duct_flow : numpy.ndarray
        Lymph flow in the thoracic duct (ml/s).
    ivc_calibre : numpy.ndarray
        Relative change of the abdominal IVC radius: the ``ivc_calibre`` morph weight.
    iliac_resistance_l, iliac_resistance_r : numpy.ndarray
        External plus common iliac resistance (mmHg*s/ml).
    tidal_volume : numpy.ndarray
        Lung volume above end expiration (ml) as the model reads it from the body state.
    hypotheses : Mapping[str, bool]
        Which hypotheses were on.
    """

    times: np.ndarray
    pleural_pressure: np.ndarray
    abdominal_pressure: np.ndarray
    right_atrial_pressure: np.ndarray
    abdominal_venous_pressure: np.ndarray
    flows: Mapping[str, np.ndarray]
    tributaries: Mapping[str, np.ndarray]
    thoracic_duct_flow: np.ndarray
    ivc_calibre: np.ndarray
    iliac_resistance_l: np.ndarray
    iliac_resistance_r: np.ndarray
    tidal_volume: np.ndarray
    hypotheses: Mapping[str, bool]
    pressure_unit: str = "mmHg"
    flow_unit: str = "ml/s"

    def venous_return(self) -> np.ndarray:
        """Flow into the right atrium (hepatic-level IVC plus SVC), ml/s."""
        return self.flows["inferior_vena_cava_hepatic"] + self.flows["superior_vena_cava"]

    def vessel_flows(self) -> dict[str, np.ndarray]:
        """Flow (ml/s) per structure id of the model, for the flow arrows.

        The catalogue has one ``inferior_vena_cava``; its arrows use the hepatic-level flow,
        the flow that enters the thorax. ``cisterna_chyli`` carries the thoracic-duct flow.
        """
        out = {k: v for k, v in self.flows.items() if k != "inferior_vena_cava_hepatic"}
        out["inferior_vena_cava"] = self.flows["inferior_vena_cava_hepatic"]
        out["thoracic_duct"] = self.thoracic_duct_flow
        out["cisterna_chyli"] = self.thoracic_duct_flow
        return out


def resolve_hypotheses(params: Parameters, from_states: Mapping[str, bool] | None = None,
                       override: Mapping[str, bool] | None = None) -> dict[str, bool]:
    """Which hypotheses are on: file defaults, then the body state's mapping, then ``override``.

    Names in the body state's mapping that the pump model does not know are left alone (other
    layers may switch their own hypotheses there); an unknown name in ``override`` is an error.

    Raises
    ------
    KeyError
        For a hypothesis name in ``override`` that the model does not know.
    """
    on = {name: h.enabled for name, h in params.hypotheses.items()}
    for name, value in (from_states or {}).items():
        if name in on:
            on[name] = bool(value)
    for name, value in (override or {}).items():
        if name not in HYPOTHESIS_NAMES:
            raise KeyError(f"unknown hypothesis {name!r}; known: {HYPOTHESIS_NAMES}")
        on[name] = bool(value)
    return on


def _read_states(states: Any) -> dict[str, np.ndarray]:
    missing = [name for name in _STATE_FIELDS if not hasattr(states, name)]
    if missing:
        raise AttributeError(f"body states lack the fields {', '.join(missing)}")
    data = {name: np.asarray(getattr(states, name), dtype=float) for name in _STATE_FIELDS}
    n = data["times"].shape
    for name, arr in data.items():
        if arr.shape != n:
            raise ValueError(f"body states field {name!r} has shape {arr.shape}, times {n}")
    return data


def _rate(a: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Time derivative, second-order accurate at the ends too."""
    if t.size < 2:
        return np.zeros_like(a)
    return np.gradient(a, t, edge_order=2 if t.size > 2 else 1)


def _drivers(s: dict[str, np.ndarray], p: Parameters, on: Mapping[str, bool]) -> dict:
    """Pressures (mmHg) and iliac resistances from the body state, vectorised over time."""
    t = s["times"]
    vt = (p["breathing.tidal_volume_per_cm_dome"] * 0.5 * (s["dome_r_mm"] + s["dome_l_mm"])
          + p["breathing.rib_volume_at_full_lift"] * s["rib_lift"])
    dvdt = _rate(vt, t)
    damp = np.ones_like(vt)
    if on["tense_diaphragm_reduces_pressure_swings"]:
        damp = 1.0 - p["hypotheses.tense_diaphragm_reduces_pressure_swings.strength"] * np.clip(
            s["diaphragm_tone"], 0.0, 1.0)
    d_pl = -(p["pleural.lung_elastance"] * vt + p["pleural.airway_resistance"] * dvdt) * damp
    d_ab = p["abdominal.wall_elastance"] * np.clip(s["abdominal_share"], 0.0, 1.0) * vt * damp
    r_il = p["veins.external_iliac_resistance"] + p["veins.common_iliac_resistance"]
    k_ps = p["hypotheses.tense_psoas_raises_iliac_resistance.strength"]
    iliac = {}
    for side in "lr":
        tension = np.clip(s[f"psoas_tension_{side}"], 0.0, 1.0)
        rise = k_ps * tension if on["tense_psoas_raises_iliac_resistance"] else 0.0 * tension
        iliac[side] = r_il * (1.0 + rise)
    return {
        "vt": vt, "d_pl": d_pl, "d_ab": d_ab,
        "ppl": p["pleural.end_expiratory"] + d_pl,
        "pab": p["abdominal.end_expiratory"] + d_ab,
        "pra": p["heart.right_atrial_end_expiratory"] + p["heart.pleural_transmission"] * d_pl,
        "r_il_l": iliac["l"], "r_il_r": iliac["r"],
    }


def _diode(dp: np.ndarray, g: np.ndarray, leak: float) -> np.ndarray:
    return np.where(dp > 0.0, dp * g, dp * g * leak)


def _lymph(d: dict, t: np.ndarray, p: Parameters) -> np.ndarray:
    base = p["lymph.thoracic_duct_flow"]
    frac = p["lymph.breathing_fraction"]
    gain = base * frac / (p["lymph.reference_rate"] / 60.0 * p["lymph.reference_swing"])
    gradient = d["d_ab"] - d["d_pl"]
    rise = _rate(gradient, t)
    return base * (1.0 - frac) + gain * np.maximum(rise, 0.0)


def _calibre(pav: np.ndarray, pra: np.ndarray, pab: np.ndarray, rest: dict,
             p: Parameters) -> np.ndarray:
    f = p["ivc.pressure_point"]
    tm = pra + f * (pav - pra) - pab
    tm0 = rest["pra"] + f * (rest["pav"] - rest["pra"]) - rest["pab"]
    x = p["ivc.calibre_gain"] * (tm - tm0)
    ch = channel("ivc_calibre")
    lo, hi = -ch.low, ch.high
    return np.where(x < 0.0, lo * np.tanh(x / lo), hi * np.tanh(x / hi))


def simulate(states: Any, params: Parameters | None = None, *,
             hypotheses: Mapping[str, bool] | None = None) -> Haemodynamics:
    """Run the pump model over the body states, starting at a periodic steady state.

    Parameters
    ----------
    states : BodyStates or any object with its fields
        ``times`` (s, increasing), ``rate_per_min``, ``dome_r_mm``, ``dome_l_mm``, ``rib_lift``,
        ``abdominal_share``, ``psoas_tension_l/r``, ``diaphragm_tone`` (``(T,)`` arrays) and,
        optionally, ``hypotheses`` (mapping name -> bool).
    params : Parameters, optional
        Model parameters; the shipped file when omitted.
    hypotheses : Mapping[str, bool], optional
        Switch hypotheses on or off, over the file defaults and the states' own mapping.

    Returns
    -------
    Haemodynamics
    """
    p = params if params is not None else load_parameters()
    s = _read_states(states)
    on = resolve_hypotheses(p, getattr(states, "hypotheses", None), hypotheses)
    d = _drivers(s, p, on)
    rest = rest_state(p)
    g_l = 1.0 / (p["veins.femoral_resistance"] + d["r_il_l"])
    g_r = 1.0 / (p["veins.femoral_resistance"] + d["r_il_r"])
    x = integrate(s["times"], s["rate_per_min"], d["pab"], d["pra"], g_l, g_r, rest, p)
    pav = d["pab"] + x["ptm"]
    flows, trib = _venous_flows(x, pav, d["pra"], g_l, g_r, rest)
    fz = MappingProxyType
    return Haemodynamics(
        times=_frozen(s["times"]), pleural_pressure=_frozen(d["ppl"]),
        abdominal_pressure=_frozen(d["pab"]), right_atrial_pressure=_frozen(d["pra"]),
        abdominal_venous_pressure=_frozen(pav),
        flows=fz({k: _frozen(flows[k]) for k in SEGMENTS}),
        tributaries=fz({k: _frozen(v) for k, v in trib.items()}),
        thoracic_duct_flow=_frozen(_lymph(d, s["times"], p)),
        ivc_calibre=_frozen(_calibre(pav, d["pra"], d["pab"], rest, p)),
        iliac_resistance_l=_frozen(d["r_il_l"]), iliac_resistance_r=_frozen(d["r_il_r"]),
        tidal_volume=_frozen(d["vt"]), hypotheses=fz(dict(on)),
    )


def _venous_flows(x: dict[str, np.ndarray], pav: np.ndarray, pra: np.ndarray,
                  g_l: np.ndarray, g_r: np.ndarray, rest: dict[str, float]) -> tuple[dict, dict]:
    """Segment flows and tributaries (ml/s); every junction balances by construction."""
    q_l = _diode(x["pleg_l"] - pav, g_l, rest["leak"])
    q_r = _diode(x["pleg_r"] - pav, g_r, rest["leak"])
    trib = {
        "internal_iliac_vein_l": (rest["p_up"] - pav) * rest["g_ii"],
        "internal_iliac_vein_r": (rest["p_up"] - pav) * rest["g_ii"],
        "renal_splanchnic": (rest["p_up"] - pav) * rest["g_rs"],
        "brachiocephalic": (rest["p_up"] - pra) * rest["g_ub"],
    }
    ci_l = q_l + trib["internal_iliac_vein_l"]
    ci_r = q_r + trib["internal_iliac_vein_r"]
    az = (rest["p_up"] - pra) * rest["g_az"]
    flows = {
        "femoral_vein_l": q_l, "femoral_vein_r": q_r,
        "external_iliac_vein_l": q_l, "external_iliac_vein_r": q_r,
        "common_iliac_vein_l": ci_l, "common_iliac_vein_r": ci_r,
        "inferior_vena_cava": ci_l + ci_r,
        "inferior_vena_cava_hepatic": _diode(pav - pra, rest["g_ivc"], rest["back"]),
        "azygos_vein": az, "superior_vena_cava": trib["brachiocephalic"] + az,
    }
    return flows, trib


def breath_means(h: Haemodynamics, *, start: float, period: float) -> dict[str, float]:
    """Means over one breath ``[start, start + period)`` by the trapezoid rule on the samples.

    Returns a flat mapping: every segment and tributary flow (ml/s), ``thoracic_duct``,
    ``venous_return`` (ml/s) and the three pressures (mmHg).
    """
    t = h.times
    m = (t >= start - 1e-9) & (t <= start + period + 1e-9)
    if m.sum() < 2:
        raise ValueError(f"fewer than 2 samples in the breath starting at {start} s")
    tt = t[m]

    def mean(a: np.ndarray) -> float:
        y = a[m]
        return float(np.sum(0.5 * (y[1:] + y[:-1]) * np.diff(tt)) / (tt[-1] - tt[0]))

    out = {k: mean(v) for k, v in {**h.flows, **h.tributaries}.items()}
    out["thoracic_duct"] = mean(h.thoracic_duct_flow)
    out["venous_return"] = mean(h.venous_return())
    out["pleural_pressure"] = mean(h.pleural_pressure)
    out["abdominal_pressure"] = mean(h.abdominal_pressure)
    out["right_atrial_pressure"] = mean(h.right_atrial_pressure)
    return out


