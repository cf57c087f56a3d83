"""Text drawn over a video: the teaching disclaimer at the start and the attribution card at the end.

Both are VTK text actors added once to the scene and switched on or off per frame; their
text comes from :mod:`anatoflow.content` (the disclaimer) and the model (its attribution).
:func:`overlay_spans` decides which frames show them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

#: Disclaimer and card font heights as fractions of the frame height.
DISCLAIMER_FRACTION = 0.034
CARD_FRACTION = 0.036
#: Average glyph width relative to the font size (for wrapping).
GLYPH_WIDTH = 0.56


@dataclass(frozen=True)
class OverlaySpans:
    """Frames that show each overlay: ``disclaimer`` is ``[0, n)``, ``end_card`` is ``[start, end)``.

    Attributes
    ----------
    disclaimer : int
        Number of leading frames with the disclaimer.
    end_card : int
        First frame of the attribution card (``n_frames`` when there is none).
    """

    disclaimer: int
    end_card: int


def overlay_spans(n_frames: int, fps: float, *, disclaimer_s: float, end_card_s: float,
                  attribution: bool) -> OverlaySpans:
    """Which frames carry the disclaimer and the end card.

    The disclaimer covers ``disclaimer_s`` seconds but at most half of a short video (and at
    least the first frame); the attribution card covers the last ``end_card_s`` seconds but at
    most a quarter of it (and at least the last frame).
    """
    n = int(n_frames)
    shown = min(max(1, round(disclaimer_s * fps)), max(1, n // 2))
    if not attribution:
        return OverlaySpans(disclaimer=shown, end_card=n)
    card = min(max(1, round(end_card_s * fps)), max(1, n // 4))
    return OverlaySpans(disclaimer=shown, end_card=n - card)


def wrap(text: str, *, width_px: int, font_px: int) -> str:
    """Break ``text`` into lines that fit ``width_px`` at ``font_px`` (an estimate)."""
    columns = max(12, int(width_px / (font_px * GLYPH_WIDTH)))
    return "\n".join(textwrap.wrap(" ".join(text.split()), columns))


def _text_actor(text: str, *, y: float, font_px: int, background: float, vertical: str) -> Any:
    import vtk

    actor = vtk.vtkTextActor()
    actor.SetInput(text)
    actor.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
    actor.SetPosition(0.5, y)
    prop = actor.GetTextProperty()
    prop.SetJustificationToCentered()
    getattr(prop, f"SetVerticalJustificationTo{vertical}")()
    prop.SetFontSize(font_px)
    prop.SetColor(0.08, 0.08, 0.08)
    prop.SetBackgroundColor(1.0, 0.97, 0.86)
    prop.SetBackgroundOpacity(background)
    prop.SetFrame(True)
    prop.SetFrameColor(0.55, 0.45, 0.2)
    prop.SetFrameWidth(max(1, font_px // 12))
    actor.SetVisibility(False)
    return actor


class VideoOverlays:
    """The disclaimer and attribution actors of one scene.

    Parameters
    ----------
    plotter : pyvista.Plotter
        The scene's plotter (actors are added once, here).
    size : tuple of int
        Frame ``(width, height)``.
    disclaimer : str
        Disclaimer text (one language).
    attribution : str
        The model's attribution; empty for none.
    """

    def __init__(self, plotter: Any, *, size: tuple[int, int], disclaimer: str, attribution: str) -> None:
        width, height = size
        font = max(9, round(height * DISCLAIMER_FRACTION))
        self.disclaimer_text = wrap(disclaimer, width_px=int(width * 0.6), font_px=font)
        self.disclaimer = _text_actor(self.disclaimer_text, y=0.97, font_px=font, background=0.9, vertical="Top")
        plotter.add_actor(self.disclaimer, name="video_disclaimer", reset_camera=False)
        self.card = None
        if attribution:
            card_font = max(9, round(height * CARD_FRACTION))
            text = wrap(attribution, width_px=int(width * 0.8), font_px=card_font)
            self.card = _text_actor(text, y=0.5, font_px=card_font, background=0.95, vertical="Centered")
            plotter.add_actor(self.card, name="video_attribution", reset_camera=False)
        self._state: tuple[bool, bool] | None = None

    def show(self, *, disclaimer: bool, card: bool) -> None:
        """Switch the overlays for the next render (no work when nothing changes)."""
        state = (bool(disclaimer), bool(card) and self.card is not None)
        if state == self._state:
            return
        self.disclaimer.SetVisibility(state[0])
        if self.card is not None:
            self.card.SetVisibility(state[1])
        self._state = state
