"""The app's state in the URL, so a teacher can share one exact view.

``?scenario=deep-diaphragmatic&t=2.5&camera=hiatus&lang=nb&model=bodyparts3d&hide=bone,lung_l
&op=muscle:0.5&rate=6&psoas_l=0.8&hyp_psoas_crus_coupling=0&step=2&extra=FMA7197,FMA13365
&pose=0,-900,150,0,0,150``

``pose`` is the camera after the user turned the view (eye and target, LPS mm;
:mod:`anatoflow.app.pose`); without it the ``camera`` preset is shown.

``extra`` lists BodyParts3D elements added as static context; whether each is in the
installed archive is checked by the app (:func:`anatoflow.app.context.resolve_extras`).

Reading is forgiving and safe: a number out of range is clamped, an unknown choice or an
unreadable value is ignored, and every such fix adds a plain-text notice that names the
field only (never the value, so no user text reaches the page).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

from anatoflow.app.context import parse_extras
from anatoflow.app.pose import parse_pose, pose_text
from anatoflow.app.state import OVERRIDES, AppState, hypothesis_param
from anatoflow.hypotheses import HYPOTHESES

#: query name -> AppState parameter, for plain numbers and choices.
FIELDS: dict[str, str] = {
    "scenario": "scenario", "t": "time", "camera": "camera", "lang": "language", "model": "model",
    "speed": "speed", "step": "story_step", "rate": "breath_rate", "depth": "breath_depth",
    "pattern": "breath_pattern", "psoas_l": "psoas_l", "psoas_r": "psoas_r", "tone": "diaphragm_tone",
}
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_MAX_ITEMS = 200


def _first(value: Any) -> str:
    """One query value as text (Bokeh gives lists of bytes)."""
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value)


def _fix_number(state: AppState, name: str, text: str) -> str | None:
    """Set a Number/Integer parameter from text; returns a notice or None."""
    p = state.param[name]
    try:
        value = float(text)
    except ValueError:
        return f"{name}: not a number, ignored"
    if not math.isfinite(value):
        return f"{name}: not a finite number, ignored"
    lo, hi = p.bounds
    clamped = min(max(value, lo), hi)
    setattr(state, name, int(round(clamped)) if p.__class__.__name__ == "Integer" else clamped)
    return None if clamped == value else f"{name}: out of range {lo:g}..{hi:g}, clamped"


def _fix_choice(state: AppState, name: str, text: str) -> str | None:
    objects = [o for o in state.param[name].objects if o is not None]
    if text in objects:
        setattr(state, name, text)
        return None
    return f"{name}: unknown value ignored (allowed: {', '.join(objects)})"


def _ids(text: str) -> tuple[list[str], bool]:
    """Comma-separated identifiers; the flag says whether any item was dropped."""
    items = [item.strip() for item in text.split(",") if item.strip()]
    good = [item for item in items if _ID.match(item)][:_MAX_ITEMS]
    return good, len(good) != len(items)


def _opacities(text: str) -> tuple[dict[str, float], bool]:
    """``id:value`` pairs; values clamped to 0..1; the flag says whether anything was fixed."""
    out: dict[str, float] = {}
    fixed = False
    for item in [i for i in text.split(",") if i.strip()][:_MAX_ITEMS]:
        name, _, raw = item.partition(":")
        try:
            value = float(raw)
        except ValueError:
            fixed = True
            continue
        if not _ID.match(name.strip()) or not math.isfinite(value):
            fixed = True
            continue
        out[name.strip()] = min(max(value, 0.0), 1.0)
        fixed = fixed or out[name.strip()] != value
    return out, fixed


def _apply_field(state: AppState, name: str, text: str) -> str | None:
    if name in ("scenario", "camera", "language", "model", "breath_pattern"):
        return _fix_choice(state, name, text)
    return _fix_number(state, name, text)


def apply_query(state: AppState, query: Mapping[str, Any]) -> list[str]:
    """Set ``state`` from URL query parameters; return plain-text notices for what was fixed.

    Parameters
    ----------
    state : AppState
        Updated in place.
    query : mapping
        Query name -> value (text, bytes, or a list of them, as Bokeh's session arguments).

    Returns
    -------
    list of str
        One notice per ignored or clamped field (unknown query names are ignored silently).
    """
    notices: list[str] = []
    for key, name in FIELDS.items():
        if key in query:
            notices.append(_apply_field(state, name, _first(query[key])))
    for hyp in HYPOTHESES:
        key = hypothesis_param(hyp)
        if key in query:
            text = _first(query[key]).lower()
            if text in ("1", "true", "on", "0", "false", "off"):
                setattr(state, key, text in ("1", "true", "on"))
            else:
                notices.append(f"{key}: not on/off, ignored")
    if "hide" in query:
        hidden, dropped = _ids(_first(query["hide"]))
        state.hidden = hidden
        notices.append("hide: unreadable names ignored" if dropped else None)
    if "op" in query:
        opacity, fixed = _opacities(_first(query["op"]))
        state.opacity = opacity
        notices.append("op: unreadable or out-of-range values fixed" if fixed else None)
    if "extra" in query:
        extras, dropped = parse_extras(_first(query["extra"]))
        state.extras = extras
        notices.append("extra: unreadable, repeated or surplus ids ignored" if dropped else None)
    if "pose" in query:
        pose, notice = parse_pose(_first(query["pose"]))
        state.pose = pose
        notices.append(notice)
    if "playing" in query:
        state.playing = _first(query["playing"]) not in ("0", "false", "off")
    return [n for n in notices if n]


def _number_text(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def to_query(state: AppState, *, include: Iterable[str] | None = None) -> dict[str, str]:
    """The state as URL query parameters (only the values that differ from the defaults)."""
    out: dict[str, str] = {}
    for key, name in FIELDS.items():
        value = getattr(state, name)
        if value == state.param[name].default or value is None:
            continue
        out[key] = _number_text(value) if isinstance(value, float) else str(value)
    for hyp, h in HYPOTHESES.items():
        value = getattr(state, hypothesis_param(hyp))
        if value != h.default:
            out[hypothesis_param(hyp)] = "1" if value else "0"
    if state.hidden:
        out["hide"] = ",".join(state.hidden)
    if state.opacity:
        out["op"] = ",".join(f"{k}:{_number_text(v)}" for k, v in state.opacity.items())
    if state.extras:
        out["extra"] = ",".join(state.extras)
    if state.pose:
        out["pose"] = pose_text(state.pose)
    if not state.playing:
        out["playing"] = "0"
    if include is not None:
        keep = set(include)
        out = {k: v for k, v in out.items() if k in keep}
    return out


def query_string(state: AppState) -> str:
    """``"?scenario=...&t=..."`` for the state ("" when everything is default)."""
    query = to_query(state)
    return "?" + urlencode(query) if query else ""


__all__ = ["FIELDS", "OVERRIDES", "apply_query", "query_string", "to_query"]
