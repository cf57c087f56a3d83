"""The 3D view: anatoflow's browser player in a Panel ``JSComponent``.

The component's module is ``viewer.js``; the committed player bundle (three.js + player, the
same file the HTML export inlines) travels as a parameter and runs once per page as a classic
script (far quicker than passing its 730 kB through the ES-module shim). Both come over the
session's own connection, so nothing comes from a CDN and the app works offline. The animated GLB is
sent once per parameter change (``glb``, gzipped base64); playback, scrubbing and camera
moves then run in the browser. The browser reports the time back about four times a second
(for the plot cursors and the URL), and sends nothing per frame. Once the first frame of a GLB is
on screen it counts ``loaded`` up; the layout adds its slower parts then
(:func:`anatoflow.app.session.after_first_view`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import param


def _esm() -> str:
    return resources.files("anatoflow.app").joinpath("viewer.js").read_text("utf-8")


@lru_cache(maxsize=1)
def player_view_class() -> type:
    """The ``PlayerView`` component class (built on first use: it reads the bundle)."""
    from panel.custom import JSComponent

    from anatoflow.export.html import player_bundle

    class PlayerView(JSComponent):
        """anatoflow's player as a Panel component (see the module docstring)."""

        bundle = param.String(default=player_bundle(), doc="The player bundle, run once per page as a classic script")
        glb = param.String(default="", doc="Animated GLB, gzipped and base64-encoded")
        cameras = param.Dict(default={}, doc="Camera presets in the player's frame")
        view = param.String(default="", doc="Player camera preset shown")
        pose = param.List(default=[], doc="Camera the user turned to: eye and target, 6 numbers (glTF frame, m); "
                                          "empty: the preset")
        language = param.String(default="en")
        time = param.Number(default=0.0, doc="Time reported by the browser (s)")
        playing = param.Boolean(default=True)
        speed = param.Number(default=1.0)
        hidden = param.List(default=[])
        opacity = param.Dict(default={})
        highlight = param.List(default=[])
        loaded = param.Integer(default=0, doc="Counts GLBs the browser has loaded and drawn")

        _esm = _esm()

        def seek_camera(self, name: str) -> None:
            """Move the browser's camera to preset ``name`` (also when it is the preset shown)."""
            if name:
                self._send_msg({"camera": str(name)})

        def seek(self, t: float) -> None:
            """Move the browser's player to time ``t`` (s)."""
            self._send_msg({"seek": float(t)})

    return PlayerView


def make_player_view(**params: Any) -> Any:
    """A new :class:`PlayerView` (sized to fill its container)."""
    params.setdefault("sizing_mode", "stretch_both")
    params.setdefault("min_height", 420)
    return player_view_class()(**params)
