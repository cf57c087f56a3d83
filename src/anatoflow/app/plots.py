"""Live plots of the pump model with a cursor at the animation time (Bokeh).

Six small figures share one time axis: pleural and abdominal pressure, IVC and femoral
flow, thoracic-duct flow and diaphragm excursion. New data replaces the sources' columns;
the cursor is a :class:`bokeh.models.Span` moved to the time the browser reports. It is drawn on
the figures' overlay layer, so moving it during playback repaints only that layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import numpy as np

from anatoflow.content import ui_text

#: (series key, UI text key, colour) for each figure, top to bottom.
PLOTS: tuple[tuple[str, str, str], ...] = (
    ("pleural", "plot.pleural", "#2ca02c"),
    ("abdominal", "plot.abdominal", "#8c564b"),
    ("ivc_flow", "plot.ivc_flow", "#9467bd"),
    ("femoral_flow", "plot.femoral_flow", "#1f77b4"),
    ("duct_flow", "plot.duct_flow", "#e6a100"),
    ("excursion", "plot.excursion", "#c0392b"),
)
#: Units of the series whose UI label has none.
UNITS = {"pleural": "mmHg", "abdominal": "mmHg", "ivc_flow": "ml/s", "femoral_flow": "ml/s",
         "duct_flow": "ml/h", "excursion": "mm"}


def plot_title(key: str, text_key: str, language: str) -> str:
    """The figure title in ``language``, with the unit the series carries."""
    label = ui_text(text_key, language)
    label = label.split(" (")[0]
    return f"{label} ({UNITS[key]})"


@contextmanager
def _patching() -> Iterator[None]:
    """Change Bokeh models from any callback of a served session.

    A browser event may run Python callbacks without Bokeh's document lock (a click that
    arrives while a change of the same page is pending); changing a model there raises
    "_pending_writes should be non-None". Panel's ``unlocked`` sends such changes itself.
    """
    from panel.io.document import unlocked

    with unlocked():
        yield


class LivePlots:
    """The six figures, their data sources and their cursors.

    The figures are made on first use of :attr:`figures` (the page adds them after the first
    3D frame); data, time and language set before then apply when they are made.

    Parameters
    ----------
    language : str
        Language of the titles.
    """

    def __init__(self, *, language: str = "en") -> None:
        from bokeh.models import ColumnDataSource

        self.source = ColumnDataSource({"time": [], **{key: [] for key, _, _ in PLOTS}})
        self.language = language
        self.time = 0.0
        self.cursors: list[Any] = []
        self._figures: list[Any] | None = None

    @property
    def figures(self) -> list[Any]:
        """The figures, top to bottom (made on first use)."""
        if self._figures is None:
            self._figures = self._make_figures()
        return self._figures

    def _make_figures(self) -> list[Any]:
        from bokeh.models import Span
        from bokeh.plotting import figure

        figures: list[Any] = []
        for i, (key, text_key, colour) in enumerate(PLOTS):
            shared = {"x_range": figures[0].x_range} if figures else {}
            fig = figure(height=118, sizing_mode="stretch_width", toolbar_location=None,
                         title=plot_title(key, text_key, self.language), tools="", **shared)
            fig.line("time", key, source=self.source, line_width=2, color=colour)
            # "overlay" level: moving the cursor repaints only the figure's overlay layer.
            cursor = Span(location=self.time, dimension="height", line_color="#d0021b", line_width=2,
                          level="overlay")
            fig.add_layout(cursor)
            fig.title.text_font_size = "11px"
            fig.xaxis.visible = i == len(PLOTS) - 1
            fig.min_border_left = 48
            figures.append(fig)
            self.cursors.append(cursor)
        return figures

    def set_series(self, series: Mapping[str, np.ndarray]) -> None:
        """Replace the plotted data (one breath cycle)."""
        with _patching():
            self.source.data = {k: np.asarray(series[k], float) for k in ("time", *(key for key, _, _ in PLOTS))}

    def set_time(self, t: float) -> None:
        """Move every cursor to time ``t`` (s)."""
        self.time = float(t)
        with _patching():
            for cursor in self.cursors:
                cursor.location = self.time

    def set_language(self, language: str) -> None:
        """Retitle the figures in ``language``."""
        self.language = language
        with _patching():
            for fig, (key, text_key, _) in zip(self._figures or [], PLOTS, strict=False):
                fig.title.text = plot_title(key, text_key, language)
