"""Time stepping of the pump model's three reservoirs (both legs, abdominal veins).

The states are the venous pressures of the left and right leg and the transmural pressure of
the abdominal venous compartment. Everything else in the model is algebraic and computed
vectorised in :mod:`anatoflow.physiology.pump`. The step is explicit Euler with sub-steps no
longer than ``numerics.max_step`` and inputs interpolated linearly between frames; the model's
time constants (2-4 s) are far longer, so the scheme is stable and accurate. Before the first
frame the first breath is repeated for ``numerics.warmup`` seconds, so the series start at a
periodic steady state.
"""

from __future__ import annotations

import math

import numpy as np

from anatoflow.anatomy.errors import DataError
from anatoflow.physiology.parameters import Parameters


def rest_state(p: Parameters) -> dict[str, float]:
    """Resting end-expiratory pressures and the bed conductances that give the resting flows.

    Returns
    -------
    dict
        Pressures ``pra``, ``pab``, ``pav``, ``pleg``, ``ptm`` (mmHg), ``p_up``, conductances
        ``g_ivc``, ``g_leg``, ``g_ii``, ``g_rs``, ``g_ub``, ``g_az`` (ml/s/mmHg), compliances
        ``c_leg``, ``c_av`` (ml/mmHg), ``leak`` (femoral valve) and ``back`` (IVC backflow).
    """
    pra, pab, p_up = (p["heart.right_atrial_end_expiratory"], p["abdominal.end_expiratory"],
                      p["beds.upstream_pressure"])
    q_leg, q_ii, q_rs = p["beds.leg_flow"], p["beds.internal_iliac_flow"], p["beds.renal_splanchnic_flow"]
    pav = pra + (2 * q_leg + 2 * q_ii + q_rs) * p["veins.ivc_resistance"]
    r_path = (p["veins.femoral_resistance"] + p["veins.external_iliac_resistance"]
              + p["veins.common_iliac_resistance"])
    pleg = pav + q_leg * r_path
    if p_up <= pleg + 1.0:
        raise DataError(p.path, "beds.upstream_pressure",
                        f"= {p_up:.3g} mmHg must exceed the resting leg venous pressure "
                        f"{pleg:.3g} mmHg by at least 1 mmHg")
    return {
        "pra": pra, "pab": pab, "pav": pav, "pleg": pleg, "ptm": pav - pab, "p_up": p_up,
        "g_ivc": 1.0 / p["veins.ivc_resistance"], "g_leg": q_leg / (p_up - pleg),
        "g_ii": q_ii / (p_up - pav), "g_rs": q_rs / (p_up - pav),
        "g_ub": p["beds.upper_body_flow"] / (p_up - pra), "g_az": p["beds.azygos_flow"] / (p_up - pra),
        "c_leg": p["beds.leg_venous_compliance"], "c_av": p["veins.abdominal_venous_compliance"],
        "leak": p["veins.valve_leak"], "back": p["veins.ivc_backflow"],
    }


def _run(inputs: tuple[list, ...], dts: list[float], x0: tuple[float, float, float],
         rest: dict[str, float], max_step: float) -> tuple[list, list, list]:
    """Step the reservoirs; returns the states at the start of every step."""
    pab_a, pab_b, pra_a, pra_b, gl_a, gr_a = inputs
    p_up, g_leg, g_ivc = rest["p_up"], rest["g_leg"], rest["g_ivc"]
    g_in = 2.0 * rest["g_ii"] + rest["g_rs"]
    c_leg, c_av, leak, back = rest["c_leg"], rest["c_av"], rest["leak"], rest["back"]
    pl, pr, ptm = x0
    out_l, out_r, out_m = [], [], []
    for k, dt in enumerate(dts):
        out_l.append(pl), out_r.append(pr), out_m.append(ptm)
        n = max(1, math.ceil(dt / max_step - 1e-9))
        h = dt / n
        ab0, dab, ra0, dra = pab_a[k], (pab_b[k] - pab_a[k]) / n, pra_a[k], (pra_b[k] - pra_a[k]) / n
        gl, gr = gl_a[k], gr_a[k]
        for j in range(n):
            pab, pra = ab0 + j * dab, ra0 + j * dra
            pav = pab + ptm
            dl, dr = pl - pav, pr - pav
            ql = dl * gl if dl > 0.0 else dl * gl * leak
            qr = dr * gr if dr > 0.0 else dr * gr * leak
            pl += h * ((p_up - pl) * g_leg - ql) / c_leg
            pr += h * ((p_up - pr) * g_leg - qr) / c_leg
            dv = pav - pra
            qv = dv * g_ivc if dv > 0.0 else dv * g_ivc * back
            ptm += h * (ql + qr + (p_up - pav) * g_in - qv) / c_av
    return out_l, out_r, out_m


def _first_breath(times: np.ndarray, rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Frame indices of the first breath and the step after each (wrapping to the start)."""
    t0 = float(times[0])
    period = 60.0 / float(rate[0]) if rate[0] > 0 else 4.0
    idx = np.flatnonzero(times < t0 + period - 1e-9)
    if idx.size < 1:
        idx = np.array([0])
    span = float(times[idx[-1]] - t0)
    step = float(np.median(np.diff(times))) if times.size > 1 else period
    last = period - span if times[-1] >= t0 + period - 1e-9 else step
    dts = np.append(np.diff(times[idx]), max(last, 1e-6))
    return idx, dts


def _periodic_start(warm: tuple[list, ...], dts: list[float], rest: dict[str, float],
                    p: Parameters) -> tuple[float, float, float]:
    """State at the start of the first breath that repeats after one breath (shooting).

    The map "state at the start -> state after one breath" is affine wherever the valves keep
    their state, so a few Newton steps with a finite-difference Jacobian find its fixed point.
    """
    max_step, tol = p["numerics.max_step"], p["numerics.periodic_tolerance"]

    def after_breath(x: np.ndarray) -> np.ndarray:
        return np.array(_step_end(warm, dts, tuple(x), rest, max_step))

    x = np.array([rest["pleg"], rest["pleg"], rest["ptm"]])
    step = None
    for _ in range(8):
        fx = after_breath(x)
        r = fx - x
        if np.max(np.abs(r)) < tol:
            break
        if step is None:  # the Jacobian once; later steps reuse it (the map is nearly affine)
            jac = np.empty((3, 3))
            for i in range(3):
                e = np.zeros(3)
                e[i] = 1e-3
                jac[:, i] = (after_breath(x + e) - fx) / 1e-3
            try:
                step = np.linalg.inv(np.eye(3) - jac)
            except np.linalg.LinAlgError:
                step = np.eye(3)
        x = x + step @ r
    return float(x[0]), float(x[1]), float(x[2])


def integrate(times: np.ndarray, rate: np.ndarray, pab: np.ndarray, pra: np.ndarray,
              g_fem_l: np.ndarray, g_fem_r: np.ndarray, rest: dict[str, float],
              p: Parameters) -> dict[str, np.ndarray]:
    """Integrate the reservoirs over ``times`` from a periodic steady state of the first breath.

    Parameters
    ----------
    times : numpy.ndarray
        Increasing sample times (s), ``(T,)``.
    rate : numpy.ndarray
        Breaths per minute, ``(T,)``; the first value sets the length of the first breath.
    pab, pra : numpy.ndarray
        Abdominal and right atrial pressure (mmHg), ``(T,)``.
    g_fem_l, g_fem_r : numpy.ndarray
        Forward conductance of the leg-to-abdomen path (ml/s/mmHg), ``(T,)``.
    rest : dict
        From :func:`rest_state`.
    p : Parameters
        For the numerical settings.

    Returns
    -------
    dict
        ``pleg_l``, ``pleg_r`` (mmHg) and ``ptm`` (abdominal venous transmural, mmHg), ``(T,)``.
    """
    if np.any(np.diff(times) <= 0):
        raise ValueError("body states: times must increase strictly")
    idx, cyc_dts = _first_breath(times, rate)
    series = (pab, pab, pra, pra, g_fem_l, g_fem_r)
    nxt = np.roll(idx, -1)
    warm = tuple(a[i].tolist() for a, i in zip(series, (idx, nxt, idx, nxt, idx, idx)))
    x0 = _periodic_start(warm, cyc_dts.tolist(), rest, p)
    k = np.arange(times.size)
    k1 = np.minimum(k + 1, times.size - 1)
    main = tuple(a[i].tolist() for a, i in zip(series, (k, k1, k, k1, k, k)))
    dts = np.append(np.diff(times), 0.0).tolist()
    ol, orr, om = _run(main, dts, x0, rest, p["numerics.max_step"])
    return {"pleg_l": np.array(ol), "pleg_r": np.array(orr), "ptm": np.array(om)}


def _step_end(inputs: tuple[list, ...], dts: list[float], x: tuple[float, float, float],
              rest: dict[str, float], max_step: float) -> tuple[float, float, float]:
    """The state after stepping through all of ``inputs`` from ``x``."""
    closed = tuple(a + a[-1:] for a in inputs)
    ol, orr, om = _run(closed, list(dts) + [0.0], x, rest, max_step)
    return ol[-1], orr[-1], om[-1]
