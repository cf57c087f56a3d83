"""Standalone HTML export: one offline file with the player and the animated GLB inlined.

The file holds the bundled player (``player/player.bundle.js``: three.js + anatoflow's
player, no CDN), the GLB from :func:`anatoflow.export.gltf.build_glb` gzipped and base64-encoded
(the player gunzips it with the browser's DecompressionStream), and the
camera presets, captions and attribution as JSON. It needs no server: open it from disk, put
it in an ``<iframe>`` or a reveal.js slide.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from anatoflow.export.cameras import default_cameras, to_player, ui_label
from anatoflow.export.files import atomic_write_bytes, check_writable
from anatoflow.export.gltf import build_glb

LANGUAGES = ("en", "nb")
#: Player strings taken from anatoflow.content's ui.toml, so the app and the exports agree.
UI_KEYS = ("play", "pause", "speed", "time", "camera", "layers")
SYSTEMS = ("muscle", "tendon", "nerve", "vein", "artery", "lymph", "bone", "organ")
#: The issue's size target for one breath cycle of the whole model.
TARGET_BYTES = 10 * 1024 * 1024

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="anatoflow">
<title>{title}</title>
<style>html,body{{margin:0;height:100%;background:#0f141b}}#anatoflow{{height:100%}}</style>
</head>
<body>
<div id="anatoflow"></div>
<noscript><p style="color:#fff">{noscript}</p></noscript>
<script type="application/json" id="anatoflow-data">{data}</script>
<script type="application/octet-stream" id="anatoflow-glb">{glb}</script>
<script>{bundle}</script>
<script>
(function () {{
  var options = JSON.parse(document.getElementById("anatoflow-data").textContent);
  options.glb = document.getElementById("anatoflow-glb").textContent.trim();
  window.anatoflowView = anatoflowPlayer.createPlayer(document.getElementById("anatoflow"), options);
}})();
</script>
</body>
</html>
"""
_NOSCRIPT = {"en": "This animation needs JavaScript.", "nb": "Denne animasjonen trenger JavaScript."}


def player_bundle() -> str:
    """The committed player bundle (three.js + player), as text."""
    return resources.files("anatoflow.export").joinpath("player/player.bundle.js").read_text("utf-8")


def export_html(
    animation: Any,
    path: str | Path,
    *,
    language: str = "en",
    cameras: Mapping[str, Mapping[str, Any]] | None = None,
    camera: str = "anterior",
    title: str | None = None,
    autoplay: bool = True,
    echo: Callable[[str], None] | None = print,
) -> Path:
    """Write ``animation`` as one self-contained, offline HTML file.

    Parameters
    ----------
    animation : Animation
        The precomputed animation.
    path : str or pathlib.Path
        Output ``.html`` file, written atomically (nothing is left behind on error).
    language : {"en", "nb"}
        Language of the captions and controls at start.
    cameras : mapping, optional
        Camera presets in LPS mm (see :mod:`anatoflow.export.cameras`); defaults to
        :func:`~anatoflow.export.cameras.default_cameras` of the model.
    camera : str
        Preset shown first (the first preset when unknown).
    title : str, optional
        Page title; defaults to "anatoflow – <model name>".
    autoplay : bool
        Start playing when the page opens.
    echo : callable, optional
        Receives a line with the file size (``print`` by default; None for silence).

    Returns
    -------
    pathlib.Path
        The written file.
    """
    path = check_writable(path)
    text = render_html(animation, language=language, cameras=cameras, camera=camera, title=title, autoplay=autoplay)
    size = atomic_write_bytes(path, text.encode("utf-8"))
    if echo is not None:
        note = "" if size <= TARGET_BYTES else f" (over the {TARGET_BYTES / 2**20:.0f} MB target)"
        echo(f"wrote {path} ({size / 2**20:.2f} MB){note}")
    return path


def render_html(
    animation: Any,
    *,
    language: str = "en",
    cameras: Mapping[str, Mapping[str, Any]] | None = None,
    camera: str = "anterior",
    title: str | None = None,
    autoplay: bool = True,
) -> str:
    """Return the standalone HTML page of ``animation`` as text (see :func:`export_html`)."""
    options = player_options(animation, language=language, cameras=cameras, camera=camera, autoplay=autoplay)
    glb = options.pop("glb")
    bundle = player_bundle()
    if "</script" in bundle.lower():
        raise ValueError("player.bundle.js contains '</script' and cannot be inlined")
    return _PAGE.format(
        lang=language,
        title=html.escape(title or f"anatoflow – {getattr(animation.model, 'name', 'model')}"),
        noscript=_NOSCRIPT[language],
        data=script_json(options),
        glb=glb,
        bundle=bundle,
    )


def player_options(
    animation: Any,
    *,
    language: str = "en",
    cameras: Mapping[str, Mapping[str, Any]] | None = None,
    camera: str = "anterior",
    autoplay: bool = True,
) -> dict[str, Any]:
    """Options for the browser player's ``createPlayer(element, options)``, JSON-ready.

    The HTML export and the Panel app send the same data: ``glb`` (the animated GLB, gzipped
    and base64-encoded), ``cameras`` (presets in the glTF frame), ``camera``, ``language``,
    ``attribution``, ``autoplay`` and ``strings`` (interface text from ui.toml). Captions
    travel inside the GLB (scene extras).

    Raises
    ------
    ValueError
        If ``language`` is not one of :data:`LANGUAGES` or a camera preset is malformed.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language = {language!r} is not one of {', '.join(LANGUAGES)}")
    model = animation.model
    presets = to_player(cameras if cameras is not None else default_cameras(model))
    glb = gzip.compress(build_glb(animation), compresslevel=6, mtime=0)
    return {
        "glb": base64.b64encode(glb).decode("ascii"),
        "language": language,
        "cameras": presets,
        "camera": camera if camera in presets else next(iter(presets), None),
        "attribution": str(getattr(model, "attribution", "") or ""),
        "autoplay": bool(autoplay),
        "strings": player_strings(),
    }


def player_strings() -> dict[str, dict[str, Any]]:
    """The player's interface strings in en and nb, from ``anatoflow.content`` (ui.toml).

    Keys the content does not have keep the player's built-in text.
    """
    out: dict[str, dict[str, Any]] = {lang: {"systems": {}} for lang in LANGUAGES}
    for key in UI_KEYS:
        label = ui_label(key, "")
        for lang in LANGUAGES:
            if label[lang]:
                out[lang][key] = label[lang]
    for system in SYSTEMS:
        label = ui_label(f"system.{system}", "")
        for lang in LANGUAGES:
            if label[lang]:
                out[lang]["systems"][system] = label[lang]
    return out


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``<``, ``>`` or ``&`` left raw)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
