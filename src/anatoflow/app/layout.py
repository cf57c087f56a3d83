"""The app: state, 3D view, controls, plots, annotations, story mode, URL and exports together.

:func:`create_app` returns one session's servable. Server round trips happen only when a
parameter the animation depends on changes; playback runs in the browser
(:mod:`anatoflow.app.viewer`).
"""

from __future__ import annotations

from typing import Any

from anatoflow import content
from anatoflow.app import texts as notes
from anatoflow.app.animations import AnimationSource, Built, player_camera
from anatoflow.app.context import resolve_extras
from anatoflow.app.exports import KINDS, default_stem, export_bytes, output_name, video_available
from anatoflow.app.pose import from_player_pose, to_player_pose
from anatoflow.app.session import after_first_view, served_document, soon
from anatoflow.app.state import OVERRIDES, AppState, hypothesis_param
from anatoflow.app.urlstate import apply_query, to_query
from anatoflow.hypotheses import HYPOTHESES

_REBUILD = ("scenario", "model", "extras", *OVERRIDES, *(hypothesis_param(n) for n in HYPOTHESES))
_CSS = """
.af-notice{background:#fdecea;border:1px solid #c62828;color:#7f1d1d;border-radius:4px;padding:2px 8px}
.af-note h4{margin:6px 0 2px} .af-note p{margin:2px 0} .af-story h3{margin:2px 0}
.af-footer{font-size:12px;color:#555}
"""


class AnatoflowApp:
    """One browser session of the app.

    Parameters
    ----------
    source : AnimationSource
        Builds (and caches) the animation for the state.
    query : mapping, optional
        URL query parameters to restore (``pn.state.session_args`` when served).
    """

    def __init__(self, source: AnimationSource, *, query: dict[str, Any] | None = None) -> None:
        import panel as pn

        from anatoflow.app.controls import Controls
        from anatoflow.app.plots import LivePlots
        from anatoflow.app.search import ContextSearch
        from anatoflow.app.viewer import make_player_view

        self.source = source
        self.state = AppState()
        self.state.notices = apply_query(self.state, query or {})
        self.steps = content.story()
        if self.state.story_step:
            self._apply_step(self.state.story_step)
        try:
            model, _ = source.model_and_rig(self.state.model)
        except (OSError, ValueError, KeyError) as exc:       # e.g. BodyParts3D not prepared yet
            self.state.notices = [*self.state.notices, f"{self.state.model}: {exc}"]
            self.state.model = "builtin"
            model, _ = source.model_and_rig("builtin")
        self._check_extras()
        self.built: Built | None = None
        self.view = make_player_view(playing=self.state.playing, speed=self.state.speed,
                                     language=self.state.language, time=self.state.time,
                                     hidden=list(self.state.hidden), opacity=dict(self.state.opacity),
                                     highlight=list(self.state.highlight),
                                     pose=to_player_pose(self.state.pose))
        self.plots = LivePlots(language=self.state.language)
        self.controls = Controls(self.state, _structures(model))
        self.search = ContextSearch(self.state, source.context)
        self.notice = pn.pane.HTML(notes.notices_html(self.state.notices), sizing_mode="stretch_width", stylesheets=[_CSS])
        self.annotation = pn.pane.HTML("", sizing_mode="stretch_width", css_classes=["af-annotation"], stylesheets=[_CSS])
        self.disclaimer = pn.pane.HTML("", sizing_mode="stretch_width", stylesheets=[_CSS])
        self.story = pn.pane.HTML("", sizing_mode="stretch_width", css_classes=["af-story-pane"], stylesheets=[_CSS])
        self.footer = pn.pane.HTML("", sizing_mode="stretch_width", stylesheets=[_CSS])
        self._cards: dict[str, Any] = {}
        self.story_buttons = self._story_buttons()
        self.downloads = self._downloads()
        self._rebuild()
        self._wire()
        self._refresh_text()

    # -- building -----------------------------------------------------------------------------
    def _check_extras(self) -> None:
        """Drop context ids the installed archive cannot add (with a notice each)."""
        if not self.state.context_ids():
            return
        if not self.source.context.available():
            self.state.notices = [*self.state.notices, "extra: no BodyParts3D element table installed, ignored"]
            self.state.extras = []
            return
        keep, notices = resolve_extras(self.state.extras, self.source.context)
        self.state.notices = [*self.state.notices, *notices]
        self.state.extras = keep

    def _rebuild(self, *_: Any) -> None:
        """Build the cycle for the current state and send it to the browser once."""
        self._check_extras()
        try:
            built = self.source.build(self.state)
        except (OSError, ValueError, KeyError) as exc:       # e.g. BodyParts3D not prepared yet
            if self.state.context_ids():                     # e.g. the archive was moved: drop the context
                self.state.notify(f"extra: context elements could not be loaded ({exc}), removed")
                self.state.extras = []
                if self.built is None:                       # first build: nothing watches yet
                    self._rebuild()
                return
            if self.built is None or self.state.model == "builtin":
                raise
            self.state.notify(f"{self.state.model}: {exc}")
            self.state.model = "builtin"
            return
        self.built = built
        cameras = dict(built.player["cameras"])
        self.view.param.update(cameras=cameras, view=player_camera(self.state.camera, cameras) or "",
                               time=min(self.state.time, built.duration))
        self.view.glb = built.player["glb"]
        self.plots.set_series(built.series)
        self.plots.set_time(min(self.state.time, built.duration))
        attribution = built.player.get("attribution") or ""
        self.footer.object = (f'<p class="af-footer">{notes.escape(attribution)}</p>'
                              if self.state.model == "bodyparts3d" and attribution else "")

    def _wire(self) -> None:
        s, v = self.state, self.view
        s.param.watch(self._rebuild, list(_REBUILD))
        s.param.watch(lambda e: self._camera_preset(), "camera")
        s.param.watch(self._pose_to_view, "pose")
        v.param.watch(lambda e: setattr(s, "pose", from_player_pose(e.new)), "pose")
        s.param.watch(lambda e: setattr(v, "language", e.new), "language")
        s.param.watch(lambda e: setattr(v, "hidden", list(e.new)), "hidden")
        s.param.watch(lambda e: setattr(v, "opacity", dict(e.new)), "opacity")
        s.param.watch(lambda e: setattr(v, "highlight", list(e.new)), "highlight")
        s.param.watch(lambda e: setattr(v, "playing", e.new), "playing")
        v.param.watch(lambda e: setattr(s, "playing", e.new), "playing")
        v.param.watch(self._on_time, "time")
        s.param.watch(self._refresh_text, ["language", "highlight", "story_step", "notices", "model"])
        s.param.watch(lambda e: self.plots.set_language(e.new), "language")
        s.param.watch(lambda e: self._apply_step(e.new), "story_step")
        s.param.watch(self._sync_url, [*_REBUILD, "camera", "pose", "language", "hidden", "opacity", "story_step",
                                       "playing", "speed"])

    def _camera_preset(self) -> None:
        """Show the state's camera preset (a preset replaces any turned view)."""
        self.state.pose = []
        self.view.view = player_camera(self.state.camera, self.view.cameras) or ""

    def _pose_to_view(self, event: Any) -> None:
        self.view.pose = to_player_pose(event.new)
        if not event.new and event.old:        # back to the preset, even when its name is unchanged
            self.view.seek_camera(self.view.view)

    def _on_time(self, event: Any) -> None:
        t = float(event.new)
        self.state.time = min(max(t, 0.0), self.state.param["time"].bounds[1])
        self.plots.set_time(t)
        if not self.state.playing:
            self._sync_url()

    # -- story mode ---------------------------------------------------------------------------
    def _apply_step(self, number: int) -> None:
        if not number:
            self.state.highlight = []
            return
        step = self.steps[min(number, len(self.steps)) - 1]
        self.state.param.update(scenario=step.scenario, camera=step.camera, highlight=list(step.structures),
                                pose=[])

    def _story_buttons(self) -> Any:
        import panel as pn

        prev = pn.widgets.Button(label="◀", color="default", width=60, css_classes=["af-story-prev"])
        nxt = pn.widgets.Button(label="▶", color="primary", width=60, css_classes=["af-story-next"])
        start = pn.widgets.Button(label="", color="light", css_classes=["af-story-start"])
        n, doc = len(self.steps), served_document()

        def step(number: Any) -> None:
            # On the next tick: a step may rebuild the cycle, which must hold the document lock.
            soon(doc, lambda: setattr(self.state, "story_step", min(max(number(), 0), n)))

        prev.on_click(lambda _: step(lambda: self.state.story_step - 1))
        nxt.on_click(lambda _: step(lambda: self.state.story_step + 1))
        start.on_click(lambda _: step(lambda: 0 if self.state.story_step else 1))
        self._story_start = start
        return pn.Row(prev, nxt, start, margin=0)

    # -- text ---------------------------------------------------------------------------------
    def _refresh_text(self, *_: Any) -> None:
        s, lang = self.state, self.state.language
        self.notice.object = notes.notices_html(s.notices)
        self.disclaimer.object = notes.disclaimer_html(lang)
        step = s.story_step
        self.story.object = notes.story_html(self.steps[step - 1], lang, total=len(self.steps)) if step else ""
        heading = "Hva du ser på" if lang == "nb" else "What you are looking at"
        self.annotation.object = f"<h3>{notes.escape(heading)}</h3>" + notes.notes_html(s.highlight, lang)
        self._story_start.label = (content.ui_text("story", lang) if not step
                                  else ("Avslutt" if lang == "nb" else "Leave story"))
        for kind, button in self.downloads.items():
            button.filename = output_name(default_stem(s.scenario, lang), kind)
        self._retitle()

    def _retitle(self) -> None:
        lang = self.state.language
        titles = {"live": "Pust og spenning" if lang == "nb" else "Breathing and tension",
                  "hypotheses": content.ui_text("hypotheses", lang), "layers": content.ui_text("layers", lang),
                  "export": content.ui_text("export", lang),
                  "context": "Mer anatomi (BodyParts3D)" if lang == "nb" else "More anatomy (BodyParts3D)"}
        for key, card in self._cards.items():
            card.title = titles[key]

    # -- URL ----------------------------------------------------------------------------------
    def _sync_url(self, *_: Any) -> None:
        import panel as pn
        from urllib.parse import urlencode

        if pn.state.location is None:
            return
        query = to_query(self.state)
        if self.state.playing:
            query.pop("t", None)
        pn.state.location.search = "?" + urlencode(query) if query else ""

    # -- exports ------------------------------------------------------------------------------
    def _downloads(self) -> dict[str, Any]:
        import panel as pn

        labels = {"png": "PNG", "video": "Video (MP4)", "html": "HTML", "glb": "GLB"}
        out = {}
        for kind in KINDS:
            def callback(kind: str = kind) -> Any:
                s = self.state
                name = output_name(default_stem(s.scenario, s.language), kind)
                return export_bytes(kind, self.built.animation, language=s.language, camera=s.camera,
                                    time=s.time, name=name, hidden=tuple(s.hidden), opacity=dict(s.opacity),
                                    pose=tuple(s.pose))
            out[kind] = pn.widgets.FileDownload(callback=callback, label=labels[kind], color="default",
                                                filename=f"anatoflow{KINDS[kind]}", embed=False,
                                                disabled=kind == "video" and not video_available(),
                                                sizing_mode="stretch_width")
        return out

    # -- layout -------------------------------------------------------------------------------
    def panel(self) -> Any:
        """The page layout.

        The 3D view comes first: the sidebar's cards and the plots join the page once the
        browser has shown the first frame (:func:`~anatoflow.app.session.after_first_view`),
        in columns of fixed width, so the view does not resize when they arrive.
        """
        import panel as pn

        groups = self.controls.panels()
        self._cards = {
            "live": pn.Card(groups["live"], collapsed=False),
            "hypotheses": pn.Card(groups["hypotheses"], collapsed=True),
            "layers": pn.Card(groups["layers"], collapsed=True),
            "context": pn.Card(self.search.panel(), collapsed=self.state.model != "bodyparts3d",
                               css_classes=["af-context"]),
            "export": pn.Card(pn.Column(*self.downloads.values()), collapsed=True),
        }
        self._retitle()
        sidebar = pn.Column(pn.pane.HTML("<h2 style='margin:4px 0'>anatoflow</h2>"), groups["top"],
                            width=310, scroll=True, sizing_mode="stretch_height")
        centre = pn.Column(self.notice, self.view, self.footer, sizing_mode="stretch_both")
        plots = pn.Column(sizing_mode="stretch_width")
        right = pn.Column(self.story_buttons, self.story, plots, self.annotation, self.disclaimer,
                          width=400, scroll=True, sizing_mode="stretch_height")

        def rest() -> None:
            sidebar.extend(self._cards.values())
            plots.extend(self.plots.figures)

        after_first_view(self.view, rest)
        return pn.Row(sidebar, centre, right, sizing_mode="stretch_both", stylesheets=[_CSS])


def _structures(model: Any) -> list[tuple[str, str, str, str]]:
    return [(s.id, s.system, s.name_en, s.name_nb) for s in model.catalogue if s.id in model.meshes]


def create_app(*, source: AnimationSource | None = None, query: dict[str, Any] | None = None) -> Any:
    """The app's servable for one session.

    Parameters
    ----------
    source : AnimationSource, optional
        Where animations come from (default: the shipped models and the motion rig).
    query : mapping, optional
        URL query to restore; by default the session's request arguments.
    """
    import panel as pn

    pn.extension()
    if query is None and pn.state.curdoc is not None and pn.state.curdoc.session_context is not None:
        query = dict(pn.state.session_args or {})
    app = AnatoflowApp(source or AnimationSource(), query=query)
    layout = app.panel()
    layout.anatoflow = app
    return layout
