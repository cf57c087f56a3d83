"""The app's state: one :class:`AppState` (``param``) that every view reads and writes.

Nothing here imports Panel or Bokeh, so the state is tested without a browser. The URL
round trip (:meth:`AppState.to_query` / :meth:`AppState.apply_query`) lives in
:mod:`anatoflow.app.urlstate`.

Examples
--------
>>> state = AppState(scenario="deep-diaphragmatic", psoas_l=0.5)
>>> state.overrides()
{'tension.psoas_l': 0.5}
>>> state.build_key()[0]
'deep-diaphragmatic'
"""

from __future__ import annotations

from typing import Any

import param

from anatoflow.content.model import CAMERAS, LANGUAGES, MODELS, SCENARIOS
from anatoflow.hypotheses import HYPOTHESES
from anatoflow.motion.timeline import PATTERNS, RANGES

#: Playback speeds the player offers.
SPEED_BOUNDS = (0.25, 4.0)
#: Longest time the scrubber accepts (s); the real bound is the animation's duration.
TIME_BOUNDS = (0.0, 600.0)
#: app parameter -> timeline parameter it overrides (None = the scenario's own value).
OVERRIDES: dict[str, str] = {
    "breath_rate": "breath.rate",
    "breath_depth": "breath.depth",
    "breath_pattern": "breath.pattern",
    "psoas_l": "tension.psoas_l",
    "psoas_r": "tension.psoas_r",
    "diaphragm_tone": "tension.diaphragm",
}
#: Number of story steps (content/claims.toml has six); 0 means free exploration.
STORY_STEPS = 6


def hypothesis_param(name: str) -> str:
    """Name of the app parameter that switches hypothesis ``name``."""
    return f"hyp_{name}"


def _number(key: str, doc: str) -> param.Number:
    return param.Number(default=None, allow_None=True, bounds=RANGES[key], doc=doc)


class _AppStateBase(param.Parameterized):
    """Parameters shared by every view (the hypothesis switches are added below)."""

    scenario = param.Selector(default="quiet-breathing", objects=list(SCENARIOS), doc="Scenario shown")
    time = param.Number(default=0.0, bounds=TIME_BOUNDS, doc="Animation time (s)")
    playing = param.Boolean(default=True, doc="Whether the animation plays")
    speed = param.Number(default=1.0, bounds=SPEED_BOUNDS, doc="Playback speed factor")

    breath_rate = _number("breath.rate", "Breaths per minute (None: the scenario's)")
    breath_depth = _number("breath.depth", "Breath depth 0..1 (None: the scenario's)")
    breath_pattern = param.Selector(default=None, objects=[None, *PATTERNS], allow_None=True,
                                    doc="Breathing pattern (None: the scenario's)")
    psoas_l = _number("tension.psoas_l", "Left psoas tension 0..1 (None: the scenario's)")
    psoas_r = _number("tension.psoas_r", "Right psoas tension 0..1 (None: the scenario's)")
    diaphragm_tone = _number("tension.diaphragm", "Diaphragm tone 0..1 (None: the scenario's)")

    hidden = param.List(default=[], item_type=str, doc="Hidden systems and structure ids")
    opacity = param.Dict(default={}, doc="Opacity 0..1 by system or structure id")
    highlight = param.List(default=[], item_type=str, doc="Highlighted structure ids")
    camera = param.Selector(default="anterior", objects=list(CAMERAS), doc="Camera preset")
    pose = param.List(default=[], item_type=float,
                      doc="Camera the user turned the view to: eye and target, [x, y, z, x, y, z] in LPS mm "
                          "(empty: the camera preset; see anatoflow.app.pose)")
    language = param.Selector(default="en", objects=list(LANGUAGES), doc="Language of every text")
    model = param.Selector(default="builtin", objects=list(MODELS), doc="Anatomical model")
    story_step = param.Integer(default=0, bounds=(0, STORY_STEPS), doc="Story step (0: free exploration)")
    notices = param.List(default=[], item_type=str, doc="Messages for the user (plain text)")
    extras = param.List(default=[], item_type=str,
                        doc="FMA ids of BodyParts3D elements shown as static context (BodyParts3D model only)")

    def overrides(self) -> dict[str, Any]:
        """Timeline parameters the user has set, as ``{"breath.rate": 8.0, ...}``."""
        values = {key: getattr(self, name) for name, key in OVERRIDES.items()}
        return {key: value for key, value in values.items() if value is not None}

    def hypotheses(self) -> dict[str, bool]:
        """Every named hypothesis and whether it is on."""
        return {name: bool(getattr(self, hypothesis_param(name))) for name in HYPOTHESES}

    def build_key(self) -> tuple[Any, ...]:
        """Everything the animation depends on: equal keys share one built animation."""
        return (self.scenario, self.model, tuple(sorted(self.overrides().items())),
                tuple(sorted(self.hypotheses().items())))

    def context_ids(self) -> tuple[str, ...]:
        """The context elements drawn now: :attr:`extras` with the BodyParts3D model, else none."""
        return tuple(self.extras) if self.model == "bodyparts3d" else ()

    def is_visible(self, target: str, system: str | None = None) -> bool:
        """Whether a structure (or system) is shown: neither it nor its system is hidden."""
        return target not in self.hidden and (system is None or system not in self.hidden)

    def set_visible(self, target: str, visible: bool) -> None:
        """Show or hide a system or structure id."""
        rest = [name for name in self.hidden if name != target]
        self.hidden = rest if visible else [*rest, target]

    def set_opacity(self, target: str, value: float) -> None:
        """Set the opacity (clamped to 0..1) of a system or structure id."""
        self.opacity = {**self.opacity, target: min(max(float(value), 0.0), 1.0)}

    def notify(self, message: str) -> None:
        """Add a plain-text notice for the user."""
        self.notices = [*self.notices, str(message)]

    def reset_overrides(self) -> None:
        """Go back to the scenario's own breath and tension values."""
        self.param.update(**{name: None for name in OVERRIDES})


def _make_state_class() -> type[_AppStateBase]:
    switches = {
        hypothesis_param(name): param.Boolean(default=h.default, doc=f"Hypothesis {name} ({h.evidence})")
        for name, h in HYPOTHESES.items()
    }
    doc = ("The whole app state: scenario, playback, live parameters, one ``hyp_<name>`` switch "
           "per named hypothesis (:data:`anatoflow.hypotheses.HYPOTHESES`), layers, camera, "
           "language, model and story step.")
    return type("AppState", (_AppStateBase,), {"__doc__": doc, "__module__": __name__, **switches})


AppState = _make_state_class()
