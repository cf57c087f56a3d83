"""Build (and cache) what the app shows: one breath cycle for the current parameters.

The app rebuilds only when a parameter the animation depends on changes
(:meth:`~anatoflow.app.state.AppState.build_key`): then it builds the timeline with the
user's overrides, one seamless cycle (``span="cycle"``) through
:func:`anatoflow.pipeline.build_animation`, and the player's data (the animated GLB, gzipped)
through :func:`anatoflow.export.html.player_options`, exactly as the HTML export does.
"""

from __future__ import annotations

import tomllib
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from anatoflow.motion.timeline import Timeline, parse_timeline
from anatoflow.paths import animations_dir

#: Frame rate of the cycle sent to the browser (three.js interpolates between keys).
CYCLE_FPS = 15.0
#: App camera names that the player's presets spell differently.
CAMERA_ALIASES = {"left": "left_lateral", "right": "right_lateral"}


def scenario_timeline(scenario: str, *, overrides: Mapping[str, Any] | None = None,
                      hypotheses: Mapping[str, bool] | None = None) -> Timeline:
    """The shipped ``scenario`` with the user's breath/tension values and hypothesis switches.

    An override replaces the scenario's default for that parameter and removes the keys that
    would change it later, so the user's value holds for the whole timeline.

    Raises
    ------
    DataError
        If an override is outside the timeline's allowed range (message names the field).
    """
    path = animations_dir() / f"{scenario}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    overrides = dict(overrides or {})
    defaults = data.setdefault("defaults", {})
    for key, value in overrides.items():
        group, _, leaf = key.partition(".")
        defaults.setdefault(group, {})[leaf] = value
    keys = []
    for entry in data.get("key", []):
        for key in overrides:
            group, _, leaf = key.partition(".")
            entry.get(group, {}).pop(leaf, None)
            if entry.get(group) == {}:
                del entry[group]
        if set(entry) - {"t", "interp"}:
            keys.append(entry)
    data["key"] = keys
    if hypotheses:
        data["hypotheses"] = {**data.get("hypotheses", {}), **{k: bool(v) for k, v in hypotheses.items()}}
    return parse_timeline(data, source=path)


@dataclass(frozen=True)
class Built:
    """One built cycle: the animation, the player's options and the plot series."""

    animation: Any
    player: Mapping[str, Any]
    series: Mapping[str, np.ndarray]

    @property
    def duration(self) -> float:
        """Length of the cycle (s)."""
        times = self.animation.times
        return float(times[-1] + (times[1] - times[0])) if len(times) > 1 else 0.0


def plot_series(animation: Any) -> dict[str, np.ndarray]:
    """The live plots' series of ``animation``: time, pressures, flows, excursion."""
    h = animation.haemodynamics
    states = animation.states
    flows = h.flows
    return {
        "time": np.asarray(animation.times, float),
        "pleural": np.asarray(h.pleural_pressure, float),
        "abdominal": np.asarray(h.abdominal_pressure, float),
        "ivc_flow": np.asarray(flows["inferior_vena_cava_hepatic"], float),
        "femoral_flow": np.asarray(flows["femoral_vein_l"], float),
        "duct_flow": np.asarray(h.thoracic_duct_flow, float) * 3600.0,
        "excursion": (np.asarray(states.dome_r_mm, float) + np.asarray(states.dome_l_mm, float)) / 2.0,
    }


def _default_rig(model: Any) -> Any:
    from anatoflow.motion.rig_cache import cached_rig

    return cached_rig(model)  # the imported model's rig is built once, then loaded from beside it


def _default_model(name: str) -> Any:
    from anatoflow.anatomy.model import load_named_model

    return load_named_model(name)


class AnimationSource:
    """Loads models, builds rigs once per model and caches built cycles by parameters.

    Parameters
    ----------
    load_model : callable, optional
        ``name -> AnatomyModel`` (default :func:`anatoflow.anatomy.model.load_named_model`).
    build_rig : callable, optional
        ``model -> rig`` (default :func:`anatoflow.motion.rig_cache.cached_rig`: ``MotionRig.build``,
        cached beside the prepared BodyParts3D model).
    fps : float
        Frame rate of the cycle.
    cache_size : int
        How many built cycles to keep.
    context : ContextLibrary, optional
        Where static context elements come from (default: the installed BodyParts3D archive).
    """

    def __init__(self, *, load_model: Callable[[str], Any] | None = None,
                 build_rig: Callable[[Any], Any] | None = None, fps: float = CYCLE_FPS,
                 cache_size: int = 6, context: Any = None) -> None:
        self._load_model = load_model or _default_model
        self._build_rig = build_rig or _default_rig
        self.fps = float(fps)
        self._models: dict[str, tuple[Any, Any]] = {}
        self._built: OrderedDict[tuple, Built] = OrderedDict()
        self._animations: OrderedDict[tuple, Any] = OrderedDict()
        self._cache_size = int(cache_size)
        if context is None:
            from anatoflow.app.context import ContextLibrary

            context = ContextLibrary()
        self.context = context

    def model_and_rig(self, name: str) -> tuple[Any, Any]:
        """The model called ``name`` and its rig (each built once)."""
        if name not in self._models:
            model = self._load_model(name)
            self._models[name] = (model, self._build_rig(model))
        return self._models[name]

    def build(self, state: Any) -> Built:
        """The cycle for ``state`` (an :class:`~anatoflow.app.state.AppState`), cached.

        The animation depends on :meth:`~anatoflow.app.state.AppState.build_key` only; the
        context elements (:meth:`~anatoflow.app.state.AppState.context_ids`) are added to its
        model as static structures when the GLB is built, with the base model's cameras.
        """
        extras = tuple(state.context_ids())
        key = (state.build_key(), extras)
        if key in self._built:
            self._built.move_to_end(key)
            return self._built[key]
        from dataclasses import replace

        from anatoflow.export.cameras import default_cameras
        from anatoflow.export.html import player_options

        animation = self._animation(state)
        if extras:
            model = animation.model
            animation = replace(animation, model=self.context.with_context(model, extras))
            options = player_options(animation, language=state.language, autoplay=state.playing,
                                     cameras=default_cameras(model))
        else:
            options = player_options(animation, language=state.language, autoplay=state.playing)
        built = Built(animation=animation, player=options, series=plot_series(animation))
        self._built[key] = built
        while len(self._built) > self._cache_size:
            self._built.popitem(last=False)
        return built

    def _animation(self, state: Any) -> Any:
        """The animation of ``state`` without context elements (cached by its build key)."""
        key = state.build_key()
        if key not in self._animations:
            from anatoflow.pipeline import build_animation

            model, rig = self.model_and_rig(state.model)
            timeline = scenario_timeline(state.scenario, overrides=state.overrides(), hypotheses=state.hypotheses())
            self._animations[key] = build_animation(model, timeline, fps=self.fps, span="cycle", rig=rig)
            while len(self._animations) > self._cache_size:
                self._animations.popitem(last=False)
        self._animations.move_to_end(key)
        return self._animations[key]


def player_camera(name: str, presets: Mapping[str, Any]) -> str | None:
    """The player's preset for app camera ``name`` (``left`` -> ``left_lateral`` when needed)."""
    if name in presets:
        return name
    alias = CAMERA_ALIASES.get(name)
    return alias if alias in presets else next(iter(presets), None)
