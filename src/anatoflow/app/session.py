"""Scheduling on a served session: next-tick actions and work deferred past the first view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Seconds after the page has loaded when deferred parts come even if no 3D frame was reported.
FALLBACK_S = 3.0


def served_document() -> Any:
    """The current session's Bokeh document, or None outside a served session."""
    import panel as pn

    doc = pn.state.curdoc
    return doc if doc is not None and doc.session_context is not None else None


def soon(doc: Any, action: Callable[[], None]) -> None:
    """Run ``action`` now, or on the next tick of the session's document ``doc`` when served.

    A click that arrives while a change event of the same page is pending runs after Panel
    awaited that change, without Bokeh's document lock; the rebuild it starts then fails on
    the plots' data sources ("_pending_writes should be non-None"). A next-tick callback always
    holds the lock.
    """
    if doc is not None and doc.session_context is not None:
        doc.add_next_tick_callback(action)
    else:
        action()


def after_first_view(view: Any, action: Callable[[], None], *, fallback_s: float = FALLBACK_S) -> None:
    """Run ``action`` once, after the browser has shown the first 3D frame.

    The player view counts the GLBs the browser has loaded (``view.loaded``); the first count
    starts ``action`` on the session's next tick. Should no count arrive (no WebGL, say),
    ``action`` runs ``fallback_s`` seconds after the page has loaded. Outside a served session
    it runs at once.
    """
    import panel as pn

    doc = served_document()
    if doc is None:
        action()
        return
    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            action()

    view.param.watch(lambda _: soon(doc, once), "loaded")
    pn.state.onload(lambda: doc.add_timeout_callback(once, int(fallback_s * 1000)))
