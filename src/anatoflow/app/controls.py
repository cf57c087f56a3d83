"""Sidebar widgets: scenario, live parameters, hypotheses, layers and camera presets.

Widgets write straight into the :class:`~anatoflow.app.state.AppState`; their labels follow
the language (:meth:`Controls.relabel`) without a reload.
"""

from __future__ import annotations

from typing import Any

from anatoflow.anatomy.catalogue import SYSTEMS
from anatoflow.app.state import OVERRIDES, AppState, hypothesis_param
from anatoflow.content import ui_text
from anatoflow.content.model import CAMERAS, MODELS, SCENARIOS
from anatoflow.hypotheses import HYPOTHESES
from anatoflow.motion.timeline import PATTERNS, RANGES

LAYER_LABEL_PX = 165  # one width for every layer's check box, so that the opacity sliders line up

#: app parameter -> UI text key of its slider.
_LIVE_TEXT = {"breath_rate": "breath.rate", "breath_depth": "breath.depth", "psoas_l": "tension.psoas_l",
              "psoas_r": "tension.psoas_r", "diaphragm_tone": "tone.diaphragm"}


def scenario_value(scenario: str, name: str) -> float:
    """The scenario's own value of live parameter ``name`` at ``t = 0`` (shown until overridden)."""
    from anatoflow.app.animations import scenario_timeline

    return float(scenario_timeline(scenario).value_at(OVERRIDES[name], 0.0))


def _options(keys: tuple[str, ...], prefix: str, language: str) -> dict[str, str]:
    return {ui_text(f"{prefix}.{key}", language): key for key in keys}


def pattern_options(scenario: str, language: str) -> dict[str, str]:
    """Breath pattern choices in ``language``: first "as in the scenario (its pattern)" (no
    override, value ``""``), then every pattern by name."""
    from anatoflow.app.animations import scenario_timeline

    own = str(scenario_timeline(scenario).value_at("breath.pattern", 0.0))
    first = f"{ui_text('pattern.scenario', language)} ({ui_text(f'pattern.{own}', language).lower()})"
    return {first: "", **_options(PATTERNS, "pattern", language)}


def _hypothesis_label(name: str, language: str) -> str:
    from anatoflow.content import hypothesis_text

    try:
        return hypothesis_text(name, language)
    except KeyError:
        return name.replace("_", " ")


class Controls:
    """The sidebar's widgets, bound to ``state``.

    Parameters
    ----------
    state : AppState
        The app state the widgets read and write.
    structures : list of (id, system, name_en, name_nb)
        The model's structures, for the per-structure layer controls.
    """

    def __init__(self, state: AppState, structures: list[tuple[str, str, str, str]]) -> None:
        import panel as pn

        self.state = state
        self.structures = structures
        lang = state.language
        self.language = pn.widgets.RadioButtonGroup(options={"Norsk": "nb", "English": "en"}, value=lang,
                                                    color="primary", variant="outline")
        self.scenario = pn.widgets.Select(options=_options(SCENARIOS, "scenario", lang), value=state.scenario)
        self.model = pn.widgets.Select(options=_options(MODELS, "model", lang), value=state.model)
        self.camera = pn.widgets.Select(options=_options(CAMERAS, "camera", lang), value=state.camera)
        self.live = {name: pn.widgets.FloatSlider(start=RANGES[key][0], end=RANGES[key][1],
                                                  step=1.0 if name == "breath_rate" else 0.05,
                                                  value=self._live_value(name))
                     for name, key in OVERRIDES.items() if name != "breath_pattern"}
        self.pattern = pn.widgets.Select(options=pattern_options(state.scenario, lang), value=state.breath_pattern or "")
        self.reset = pn.widgets.Button(color="light")
        self.hypotheses = {name: pn.widgets.Checkbox(value=getattr(state, hypothesis_param(name)))
                           for name in HYPOTHESES}
        self.systems = {s: pn.widgets.Checkbox(value=state.is_visible(s), label=s, width=LAYER_LABEL_PX,
                                            css_classes=[f"af-layer-{s}"]) for s in SYSTEMS}
        self.system_opacity = {s: pn.widgets.FloatSlider(start=0, end=1, step=0.05, value=state.opacity.get(s, 1.0),
                                                         show_value=False, width=90, margin=(0, 4))
                               for s in SYSTEMS}
        self.structure = pn.widgets.Select(options={}, value=None)
        self.structure_visible = pn.widgets.Checkbox(value=True)
        self.structure_opacity = pn.widgets.FloatSlider(start=0, end=1, step=0.05, value=1.0)
        self._set_structure_options(lang)
        self._wire()
        self.relabel(lang)

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        s = self.state
        self.language.param.watch(lambda e: setattr(s, "language", e.new), "value")
        self.scenario.param.watch(lambda e: setattr(s, "scenario", e.new), "value")
        self.model.param.watch(lambda e: setattr(s, "model", e.new), "value")
        self.camera.param.watch(lambda e: setattr(s, "camera", e.new), "value")
        for name, widget in self.live.items():
            widget.param.watch(lambda e, n=name: setattr(s, n, float(e.new)), "value_throttled")
        self.pattern.param.watch(lambda e: setattr(s, "breath_pattern", e.new or None), "value")
        self.reset.on_click(lambda _: s.reset_overrides())
        for name, box in self.hypotheses.items():
            box.param.watch(lambda e, n=name: setattr(s, hypothesis_param(n), bool(e.new)), "value")
        for system, box in self.systems.items():
            box.param.watch(lambda e, n=system: s.set_visible(n, bool(e.new)), "value")
            self.system_opacity[system].param.watch(lambda e, n=system: s.set_opacity(n, e.new), "value_throttled")
        self.structure.param.watch(lambda e: self._show_structure(), "value")
        self.structure_visible.param.watch(
            lambda e: self.structure.value and s.set_visible(self.structure.value, bool(e.new)), "value")
        self.structure_opacity.param.watch(
            lambda e: self.structure.value and s.set_opacity(self.structure.value, e.new), "value_throttled")
        s.param.watch(self._from_state, ["scenario", "camera", "model", "language", "hidden",
                                         *OVERRIDES, *(hypothesis_param(n) for n in HYPOTHESES)])

    def _from_state(self, *events: Any) -> None:
        """Keep widgets in step when the state changes elsewhere (URL, story mode)."""
        s = self.state
        self.scenario.value, self.camera.value, self.model.value = s.scenario, s.camera, s.model
        self.language.value = s.language
        for name, widget in self.live.items():
            widget.value = self._live_value(name)
        self.pattern.options = pattern_options(s.scenario, s.language)
        self.pattern.value = s.breath_pattern or ""
        for name, box in self.hypotheses.items():
            box.value = getattr(s, hypothesis_param(name))
        for system, box in self.systems.items():
            box.value = s.is_visible(system)
        self._show_structure()
        if any(e.name == "language" for e in events):
            self.relabel(s.language)

    def _live_value(self, name: str) -> float:
        value = getattr(self.state, name)
        return float(value) if value is not None else scenario_value(self.state.scenario, name)

    def _show_structure(self) -> None:
        sid = self.structure.value
        if sid:
            self.structure_visible.value = sid not in self.state.hidden
            self.structure_opacity.value = float(self.state.opacity.get(sid, 1.0))

    def _set_structure_options(self, language: str) -> None:
        index = 3 if language == "nb" else 2
        options = {entry[index]: entry[0] for entry in sorted(self.structures, key=lambda e: e[index].lower())}
        current = self.structure.value
        self.structure.options = options
        self.structure.value = current if current in options.values() else next(iter(options.values()), None)

    # -- language -----------------------------------------------------------------------------
    def relabel(self, language: str) -> None:
        """Set every label in ``language``."""
        t = lambda key: ui_text(key, language)  # noqa: E731
        self.scenario.label = t("scenario")
        self.scenario.options = _options(SCENARIOS, "scenario", language)
        self.model.label = t("model")
        self.model.options = _options(MODELS, "model", language)
        self.camera.label = t("camera")
        self.camera.options = _options(CAMERAS, "camera", language)
        self.language.label = t("language")
        for name, widget in self.live.items():
            widget.label = t(_LIVE_TEXT[name])
        self.pattern.label = t("breath.pattern")
        self.pattern.options = pattern_options(self.state.scenario, language)
        self.reset.label = "↺ " + ("Scenarioets verdier" if language == "nb" else "Scenario's values")
        for name, box in self.hypotheses.items():
            box.label = _hypothesis_label(name, language)
        for system, box in self.systems.items():
            box.label = t(f"system.{system}")
        self.structure.label = t("layers")
        self.structure_visible.label = "Vis" if language == "nb" else "Show"
        self.structure_opacity.label = t("opacity")
        self._set_structure_options(language)

    # -- layout -------------------------------------------------------------------------------
    def panels(self) -> dict[str, Any]:
        """Named groups of widgets for the layout."""
        import panel as pn

        layers = [pn.Row(self.systems[s], self.system_opacity[s], margin=0) for s in SYSTEMS]
        return {
            "top": pn.Column(self.language, self.scenario, self.camera, self.model, margin=0),
            "live": pn.Column(*self.live.values(), self.pattern, self.reset, margin=0),
            "hypotheses": pn.Column(*self.hypotheses.values(), margin=0),
            "layers": pn.Column(*layers, self.structure, pn.Row(self.structure_visible, self.structure_opacity),
                                margin=0),
        }
