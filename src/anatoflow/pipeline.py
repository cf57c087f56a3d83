"""The one-way pipeline: model + timeline -> a precomputed :class:`Animation`.

``build_animation`` runs every layer once, vectorised over all frame times:

1. :func:`anatoflow.motion.state.sample` turns the timeline into body states and morph weights;
2. :func:`anatoflow.physiology.pump.simulate` turns the states into pressures and flows, and
   the IVC calibre weight replaces motion's stand-in;
3. the motion rig deforms the vessel centrelines, and :func:`anatoflow.physiology.arrows.arrow_tracks`
   advects the flow arrows along them.

Scene, video, HTML, glTF and the app consume the :class:`Animation`. Per frame only
``rig.deform(weights[i])`` runs: one matrix product for the whole model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

import numpy as np

from anatoflow.anatomy.model import AnatomyModel
from anatoflow.motion.channels import CHANNEL_INDEX
from anatoflow.motion.state import BodyStates, cycle_period_s, frame_times, sample
from anatoflow.motion.timeline import Timeline
from anatoflow.physiology.arrows import ArrowTracks, arrow_tracks
from anatoflow.physiology.pump import Haemodynamics, simulate


@dataclass(frozen=True)
class Frame:
    """Everything drawn at one instant.

    Attributes
    ----------
    index : int
        Frame number.
    time : float
        Time in the timeline (s).
    vertices : Mapping[str, numpy.ndarray]
        Deformed ``(N, 3)`` vertices per structure id (LPS, mm).
    arrow_positions, arrow_directions : numpy.ndarray
        ``(A, 3)`` flow-arrow positions (mm) and unit directions.
    arrow_speeds : numpy.ndarray
        ``(A,)`` local velocity (mm/s).
    arrow_kinds : numpy.ndarray
        ``(A,)`` ``"vein"`` or ``"lymph"``.
    caption : Mapping[str, str] or None
        Caption text by language (``"nb"``, ``"en"``) in force at this time.
    camera : str
        Camera preset in force at this time.
    """

    index: int
    time: float
    vertices: Mapping[str, np.ndarray]
    arrow_positions: np.ndarray
    arrow_directions: np.ndarray
    arrow_speeds: np.ndarray
    arrow_kinds: np.ndarray
    caption: Mapping[str, str] | None
    camera: str


@dataclass(frozen=True)
class Animation:
    """A scenario evaluated at every frame time for one model.

    Attributes
    ----------
    model : AnatomyModel
        The rest model.
    timeline : Timeline
        The scenario.
    times : numpy.ndarray
        ``(T,)`` frame times (s).
    states : BodyStates
        Body states at those times.
    weights : numpy.ndarray
        ``(T, K)`` morph weights, columns in ``CHANNEL_NAMES`` order.
    haemodynamics : Haemodynamics
        Pressures and flows at those times.
    arrows : ArrowTracks
        Flow arrows per frame.
    rig : Any
        The motion rig (``anatoflow.motion.rig.MotionRig``) that owns the morph bases.
    """

    model: AnatomyModel
    timeline: Timeline
    times: np.ndarray
    states: BodyStates
    weights: np.ndarray
    haemodynamics: Haemodynamics
    arrows: ArrowTracks
    rig: Any

    @property
    def n_frames(self) -> int:
        """Number of frames."""
        return int(self.times.size)

    @property
    def fps(self) -> float:
        """Frames per second of the sampling."""
        return float(1.0 / (self.times[1] - self.times[0])) if self.times.size > 1 else float(self.timeline.fps)

    @property
    def bases(self) -> Mapping[str, Mapping[str, np.ndarray]]:
        """Morph bases: structure id -> channel name -> ``(N, 3)`` float32 per unit weight."""
        return self.rig.bases

    @property
    def captions(self) -> list[tuple[float, dict[str, str]]]:
        """Captions as ``(t, {"nb": ..., "en": ...})`` in time order."""
        return [(c.t, {"nb": c.nb, "en": c.en}) for c in self.timeline.captions]

    @property
    def camera_keys(self) -> tuple[tuple[float, str], ...]:
        """Camera presets keyed by time."""
        return self.timeline.camera_keys()

    def vertices(self, index: int) -> dict[str, np.ndarray]:
        """Deformed vertices of every structure at frame ``index``."""
        return self.rig.deform(self.weights[index])

    def frame(self, index: int) -> Frame:
        """The complete :class:`Frame` at ``index``."""
        t = float(self.times[index])
        caption = self.timeline.caption_at(t)
        return Frame(
            index=index,
            time=t,
            vertices=MappingProxyType(self.vertices(index)),
            arrow_positions=self.arrows.positions[index],
            arrow_directions=self.arrows.directions[index],
            arrow_speeds=self.arrows.speeds[index],
            arrow_kinds=self.arrows.kinds,
            caption=None if caption is None else MappingProxyType({"nb": caption.nb, "en": caption.en}),
            camera=str(self.timeline.value_at("camera", t)),
        )


def _frame_times(timeline: Timeline, fps: float | None, span: str) -> np.ndarray:
    if span == "full":
        return frame_times(timeline, fps=fps)
    if span != "cycle":
        raise ValueError(f"span = {span!r} must be 'full' or 'cycle'")
    rate = float(fps or timeline.fps)
    period = cycle_period_s(timeline, 0.0)
    n = max(2, int(round(period * rate)))
    return np.arange(n) * (period / n)


def _vessel_geometry(model: AnatomyModel, rig: Any, weights: np.ndarray,
                     ivc_calibre: np.ndarray) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Deformed centrelines ``(T, P, 3)`` and lumen radii ``(T, P)`` of every rigged tube."""
    per_frame = [rig.centrelines(w) for w in weights]
    centrelines = {k: np.stack([f[k] for f in per_frame]) for k in per_frame[0]} if per_frame else {}
    radii: dict[str, np.ndarray] = {}
    for name in centrelines:
        r = np.asarray(model.catalogue[name].rig.get("radius", ()), dtype=float)
        scale = 1.0 + ivc_calibre if name == "inferior_vena_cava" else np.ones_like(ivc_calibre)
        radii[name] = scale[:, None] * r[None, :]
    return centrelines, radii


def build_animation(model: AnatomyModel, timeline: Timeline, *, fps: float | None = None,
                    span: Literal["full", "cycle"] = "full", rig: Any = None,
                    arrow_spacing_mm: float = 25.0) -> Animation:
    """Evaluate ``timeline`` on ``model`` at every frame time.

    Parameters
    ----------
    model : AnatomyModel
        The rest model (built-in or BodyParts3D).
    timeline : Timeline
        The scenario.
    fps : float, optional
        Frame rate; defaults to the timeline's.
    span : {"full", "cycle"}
        The whole timeline, or one breath cycle from ``t = 0`` that loops seamlessly
        (for glTF and HTML exports).
    rig : MotionRig, optional
        A rig already built for ``model`` (building one is the expensive step; without one it is
        built, or loaded from its cache beside the prepared BodyParts3D model).
    arrow_spacing_mm : float
        Distance between flow arrows along each vessel.

    Returns
    -------
    Animation
    """
    if rig is None:
        from anatoflow.motion.rig_cache import cached_rig

        rig = cached_rig(model)
    times = _frame_times(timeline, fps, span)
    states = sample(timeline, times)
    haemo = simulate(states)
    weights = np.array(states.weights(), dtype=float)
    weights[:, CHANNEL_INDEX["ivc_calibre"]] = haemo.ivc_calibre
    weights.flags.writeable = False
    centrelines, radii = _vessel_geometry(model, rig, weights, haemo.ivc_calibre)
    flows = {k: v for k, v in haemo.vessel_flows().items() if k in centrelines}
    arrows = arrow_tracks(times, centrelines, radii, flows, spacing_mm=arrow_spacing_mm)
    return Animation(model=model, timeline=timeline, times=times, states=states, weights=weights,
                     haemodynamics=haemo, arrows=arrows, rig=rig)
