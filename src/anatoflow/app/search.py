"""The sidebar's context search: find BodyParts3D elements by name or FMA id, add, remove.

Every piece of user text stays plain text: results and added elements are widget options and
chip labels (Bokeh sets them as text, never as HTML), and notices go through
:func:`anatoflow.app.texts.notices_html`, which escapes them.
"""

from __future__ import annotations

from typing import Any

from anatoflow.app.context import MAX_EXTRAS, ContextLibrary, resolve_extras
from anatoflow.app.session import served_document, soon
from anatoflow.app.state import AppState

_TEXT = {
    "en": {"search": "Find an element (name or FMA id)", "add": "Add as context", "needs":
           "Adding more anatomy needs the BodyParts3D model: run `anatoflow fetch-anatomy`, then choose it above.",
           "none": "No match", "full": f"At most {MAX_EXTRAS} context elements",
           "added": "Shown as context (x removes)"},
    "nb": {"search": "Finn en struktur (navn eller FMA-id)", "add": "Legg til som kontekst", "needs":
           "Mer anatomi krever BodyParts3D-modellen: kjør `anatoflow fetch-anatomy` og velg den over.",
           "none": "Ingen treff", "full": f"Høyst {MAX_EXTRAS} kontekststrukturer",
           "added": "Vist som kontekst (x fjerner)"},
}


class ContextSearch:
    """Search box, results, "Add" button and the added elements as chips (x removes one).

    Parameters
    ----------
    state : AppState
        Its ``extras`` list is what the buttons change.
    library : ContextLibrary
        Searches the installed element table.
    """

    def __init__(self, state: AppState, library: ContextLibrary) -> None:
        import panel as pn

        self.state = state
        self.library = library
        self.query = pn.widgets.TextInput(placeholder="kidney, FMA7204", css_classes=["af-context-query"])
        self.results = pn.widgets.Select(options={}, size=6, css_classes=["af-context-results"])
        self.add = pn.widgets.Button(color="primary", css_classes=["af-context-add"])
        self.note = pn.pane.Markdown("", css_classes=["af-context-note"], sizing_mode="stretch_width")
        self.added = pn.widgets.MultiChoice(options={}, value=[], css_classes=["af-context-added"],
                                            sizing_mode="stretch_width")
        self._doc = served_document()
        self.added.param.watch(lambda e: soon(self._doc, lambda: self.keep(e.new)), "value")
        self.query.param.watch(lambda e: self.find(e.new), "value_input")
        self.query.param.watch(lambda e: self.find(e.new), "value")
        self.add.on_click(lambda _: soon(self._doc, self.add_selected))
        state.param.watch(lambda e: self.refresh(), ["extras", "model", "language"])
        state.param.watch(lambda e: self.find(self.query.value), "extras")
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def find(self, text: str | None) -> None:
        """Fill the results with the concepts matching ``text``."""
        text = (text or "").strip()[:80]
        matches = self.library.search(text) if text and self.library.available() else []
        added = set(self.state.extras)
        self.results.options = {m.label() + (" – added" if m.fma in added else ""): m.fma for m in matches}
        self.results.value = next((m.fma for m in matches if not m.in_model and m.fma not in added), None)
        self.add.disabled = self.results.value is None or not self._enabled()
        t = _TEXT[self.state.language]
        self.note.object = "" if matches or not text else t["none"]

    def add_selected(self) -> None:
        """Add the selected result to the state's context elements (with a notice if refused)."""
        fma = self.results.value
        if not fma or fma in self.state.extras:
            return
        if len(self.state.extras) >= MAX_EXTRAS:
            self.state.notify(f"extra: {_TEXT['en']['full']}")
            return
        keep, notices = resolve_extras([fma], self.library)
        for notice in notices:
            self.state.notify(notice)
        if keep:
            self.state.extras = [*self.state.extras, *keep]

    def remove(self, fma: str) -> None:
        """Remove one context element."""
        self.keep([x for x in self.state.extras if x != fma])

    def keep(self, ids: list[str]) -> None:
        """Keep only ``ids`` of the added elements (the chips' x buttons remove one each)."""
        kept = [x for x in self.state.extras if x in set(ids)]
        if kept != self.state.extras:
            self.state.extras = kept

    # -- view ---------------------------------------------------------------------------------
    def _enabled(self) -> bool:
        return self.state.model == "bodyparts3d" and self.library.available()

    def refresh(self) -> None:
        """Labels, the enabled state and the list of added elements."""
        t = _TEXT[self.state.language]
        enabled = self._enabled()
        self.query.label = t["search"]
        self.add.label = t["add"]
        self.query.disabled = self.results.disabled = not enabled
        self.add.disabled = not enabled or self.results.value is None
        if not enabled:
            self.note.object = t["needs"]
        elif self.note.object == _TEXT["en"]["needs"] or self.note.object == _TEXT["nb"]["needs"]:
            self.note.object = ""
        names = self.library.table().names if enabled else {}
        self.added.label = t["added"]
        self.added.disabled = not enabled
        self.added.options = {f"{names.get(fma, fma)} ({fma})": fma for fma in self.state.extras}
        self.added.value = list(self.state.extras)

    def panel(self) -> Any:
        """The widgets in one column."""
        import panel as pn

        return pn.Column(self.note, self.query, self.results, self.add, self.added, margin=0)
