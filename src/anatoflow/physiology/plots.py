"""Standard figures of the pump model (matplotlib, imported lazily) and plain series for live plots."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from anatoflow.physiology.pump import Haemodynamics

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

#: Venous flows drawn in the standard figure: (segment, label, colour).
_FLOW_LINES = (
    ("femoral_vein_l", "femoral vein (L)", "#1f77b4"),
    ("common_iliac_vein_l", "common iliac vein (L)", "#17becf"),
    ("inferior_vena_cava", "IVC, infrarenal", "#9467bd"),
    ("inferior_vena_cava_hepatic", "IVC, hepatic level", "#d62728"),
    ("superior_vena_cava", "SVC", "#ff7f0e"),
)
_PRESSURE_LINES = (
    ("pleural_pressure", "pleural", "#2ca02c"),
    ("abdominal_pressure", "abdominal", "#8c564b"),
    ("right_atrial_pressure", "right atrial", "#d62728"),
)


def series(h: Haemodynamics, inspiring: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """The model's output as plain named arrays with units in the names (for live plots).

    Parameters
    ----------
    h : Haemodynamics
        Model output.
    inspiring : numpy.ndarray, optional
        Boolean ``(T,)`` inspiration flags (``BodyStates.inspiring``), passed through.

    Returns
    -------
    dict[str, numpy.ndarray]
        ``time_s``, pressures ``*_mmHg``, flows ``*_ml_s``, ``thoracic_duct_ml_h``,
        ``ivc_calibre`` and, when given, ``inspiring``.
    """
    out = {"time_s": np.asarray(h.times)}
    for attr, _, _ in _PRESSURE_LINES:
        out[f"{attr.removesuffix('_pressure')}_mmHg"] = np.asarray(getattr(h, attr))
    for name, arr in h.flows.items():
        out[f"{name}_ml_s"] = np.asarray(arr)
    out["thoracic_duct_ml_h"] = np.asarray(h.thoracic_duct_flow) * 3600.0
    out["ivc_calibre"] = np.asarray(h.ivc_calibre)
    if inspiring is not None:
        out["inspiring"] = np.asarray(inspiring, dtype=bool)
    return out


def _window(h: Haemodynamics, rate: float, cycles: float) -> np.ndarray:
    """Mask of the last ``cycles`` breaths of the series."""
    span = cycles * 60.0 / rate
    return h.times >= h.times[-1] - span


def _shade(ax: Any, t: np.ndarray, inspiring: np.ndarray) -> None:
    edges = np.flatnonzero(np.diff(np.r_[0, inspiring.astype(int), 0]))
    for a, b in zip(edges[::2], edges[1::2]):
        ax.axvspan(t[a], t[min(b, t.size - 1)], color="#cfe3f7", alpha=0.6, lw=0)


def _draw_column(axes: Sequence[Any], h: Haemodynamics, inspiring: np.ndarray, rate: float,
                 cycles: float) -> None:
    m = _window(h, rate, cycles)
    t = h.times[m] - h.times[m][0]
    for ax in axes:
        _shade(ax, t, np.asarray(inspiring)[m])
    for attr, label, colour in _PRESSURE_LINES:
        axes[0].plot(t, np.asarray(getattr(h, attr))[m], color=colour, label=label)
    for name, label, colour in _FLOW_LINES:
        axes[1].plot(t, np.asarray(h.flows[name])[m], color=colour, label=label)
    axes[1].axhline(0.0, color="0.5", lw=0.6)
    axes[2].plot(t, np.asarray(h.thoracic_duct_flow)[m] * 3600.0, color="#e6ab02",
                 label="thoracic duct lymph")
    axes[0].set_ylabel("pressure (mmHg)")
    axes[1].set_ylabel("venous flow (ml/s)")
    axes[2].set_ylabel("lymph (ml/h)")
    axes[2].set_xlabel("time (s); shaded: inspiration")


def comparison_figure(runs: Sequence[tuple[str, Haemodynamics, np.ndarray, float]], *,
                      cycles: float = 2.0) -> Figure:
    """Side-by-side standard panels for several scenarios with shared y axes.

    Parameters
    ----------
    runs : sequence of (title, Haemodynamics, inspiring, rate_per_min)
        One column per run; ``inspiring`` is the boolean inspiration series.
    cycles : float
        How many breaths (the last ones of each run) to draw.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.2 * len(runs), 8.0), layout="constrained")
    axes = fig.subplots(3, len(runs), sharey="row", squeeze=False)
    for col, (title, h, insp, rate) in enumerate(runs):
        _draw_column(axes[:, col], h, insp, rate, cycles)
        axes[0, col].set_title(title)
        if col:
            for ax in axes[:, col]:
                ax.set_ylabel("")
    for row in range(3):
        axes[row, -1].legend(loc="upper right", fontsize=7, framealpha=0.85)
    fig.suptitle("anatoflow pump model: pressures and flows over two breaths (teaching model)",
                 fontsize=11)
    return fig


def standard_figure(h: Haemodynamics, inspiring: np.ndarray, rate_per_min: float, *,
                    title: str = "", cycles: float = 2.0) -> Figure:
    """Pressures, venous flows and lymph flow over ``cycles`` breaths, inspiration shaded.

    Parameters
    ----------
    h : Haemodynamics
        Model output for the scenario.
    inspiring : numpy.ndarray
        Boolean ``(T,)`` inspiration flags of the same frames.
    rate_per_min : float
        Breathing rate, to choose the window of the last ``cycles`` breaths.
    title : str
        Column title.
    cycles : float
        Number of breaths to draw.

    Returns
    -------
    matplotlib.figure.Figure
    """
    return comparison_figure([(title, h, inspiring, rate_per_min)], cycles=cycles)


def scenario_run(timeline: Any, *, fps: float = 30.0) -> tuple[str, Haemodynamics, np.ndarray, float]:
    """Simulate a scenario timeline: ``(title, haemodynamics, inspiring, final rate)``.

    The timeline is sampled by the motion layer exactly as the app and the exports sample it.
    """
    from anatoflow.motion.state import frame_times, sample
    from anatoflow.physiology.pump import simulate

    states = sample(timeline, frame_times(timeline, fps=fps))
    rate = float(np.asarray(states.rate_per_min)[-1])
    return str(timeline.title_en), simulate(states), np.asarray(states.inspiring), rate


def scenario_figure(timeline: Any, *, cycles: float = 2.0) -> Figure:
    """The standard figure for a scenario: its last ``cycles`` breaths, inspiration shaded."""
    title, h, inspiring, rate = scenario_run(timeline)
    return standard_figure(h, inspiring, rate, title=title, cycles=cycles)


def write_quiet_vs_deep(path: str | Path, *, dpi: int = 110) -> Path:
    """Write the README figure from the shipped scenarios: quiet, deep diaphragmatic, shallow chest."""
    from anatoflow.motion.timeline import load_timeline
    from anatoflow.paths import animations_dir

    names = ("quiet-breathing", "deep-diaphragmatic", "shallow-chest-stress")
    runs = [scenario_run(load_timeline(animations_dir() / f"{name}.toml")) for name in names]
    fig = comparison_figure(runs)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi)
    return path


def arrow_frames_figure(tracks: Any, centrelines: dict[str, np.ndarray],
                        frames: Sequence[tuple[str, int]]) -> Figure:
    """Anterior views (x, z) of the arrows at chosen frames, for checking them by eye.

    Parameters
    ----------
    tracks : ArrowTracks
        From :func:`anatoflow.physiology.arrows.arrow_tracks`.
    centrelines : dict[str, numpy.ndarray]
        ``(P, 3)`` or ``(T, P, 3)`` per vessel, drawn as grey lines.
    frames : sequence of (title, frame index)
        One panel per frame.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.2 * len(frames), 6.0), layout="constrained")
    axes = fig.subplots(1, len(frames), squeeze=False)[0]
    vmax = float(np.percentile(tracks.speeds[:, tracks.kinds == "vein"], 99)) if tracks.speeds.size else 1.0
    for ax, (title, k) in zip(axes, frames):
        for line in centrelines.values():
            pts = line[k] if line.ndim == 3 else line
            # anterior view: patient's left (+x) on the viewer's right
            ax.plot(pts[:, 0], pts[:, 2], color="0.75", lw=6, solid_capstyle="round")
        pos, d = tracks.positions[k], tracks.directions[k]
        for kind, cmap in (("vein", "viridis"), ("lymph", "autumn")):
            m = tracks.kinds == kind
            scale = tracks.speeds[k, m] / vmax if kind == "vein" else np.full(m.sum(), 0.5)
            q = ax.quiver(pos[m, 0], pos[m, 2], d[m, 0] * (0.3 + scale), d[m, 2] * (0.3 + scale),
                          tracks.speeds[k, m], cmap=cmap, angles="xy", scale_units="xy",
                          scale=0.04, width=0.012, zorder=3,
                          clim=(0, vmax) if kind == "vein" else None)
            if kind == "vein":
                fig.colorbar(q, ax=ax, shrink=0.6, label="venous velocity (mm/s)")
        ax.set_title(title)
        ax.set_aspect("equal")
        ax.set_xlabel("x (mm, patient's left to the right)")
        ax.set_ylabel("z (mm)")
    return fig
