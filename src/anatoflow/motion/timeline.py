"""Scenario timelines: the TOML format of ``animations/*.toml`` and its strict loader.

A scenario file looks like this::

    name = "quiet-breathing"
    title_nb = "Rolig pust"
    title_en = "Quiet breathing"
    duration = 15.0            # s, 0 < duration <= 600
    fps = 30                   # 1..120

    [defaults]                 # starting values; anything left out takes DEFAULTS below
    breath.rate = 12           # breaths per minute, 2..40
    breath.depth = "quiet"     # 0..1, or "quiet" (0.25), "deep" (0.8), "maximal" (1.0)
    breath.ie_ratio = 1.5      # exhale time / inhale time, 0.5..4
    breath.pattern = "diaphragmatic"   # diaphragmatic | chest | deep-slow | hold (always step)
    tension.psoas_l = 0.0      # 0..1
    tension.psoas_r = 0.0
    tension.diaphragm = 0.0    # diaphragm tone, 0..1
    layers.bone.opacity = 0.4  # any system or structure id, 0..1 (default 1)
    camera = "anterior"        # a preset in CAMERA_PRESETS (always step)

    [hypotheses]
    psoas_crus_coupling = true

    [[key]]                    # keys in strictly increasing t, 0 <= t <= duration
    t = 8.0
    interp = "smooth"          # how to arrive at this key: linear | smooth (default) | step
    breath.depth = "deep"

    [[caption]]                # shown from t until the next caption
    t = 0.0
    nb = "..."
    en = "..."

Every track starts at ``t = 0`` from its default and arrives at each key that sets it.
Loading is all-or-nothing: any fault raises :class:`~anatoflow.anatomy.errors.DataError`
naming the file, the field and the allowed range.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from anatoflow.anatomy.errors import DataError
from anatoflow.hypotheses import HYPOTHESES as _REGISTRY
from anatoflow.views import PRESET_NAMES
from anatoflow.motion.tracks import INTERPS, NumericTrack, StepTrack

PATTERNS: tuple[str, ...] = ("diaphragmatic", "chest", "deep-slow", "hold")
CAMERA_PRESETS: tuple[str, ...] = PRESET_NAMES
DEPTH_ANCHORS: Mapping[str, float] = MappingProxyType({"quiet": 0.25, "deep": 0.8, "maximal": 1.0})

#: parameter -> (low, high) for numbers; categorical parameters are in CHOICES.
RANGES: Mapping[str, tuple[float, float]] = MappingProxyType({
    "breath.rate": (2.0, 40.0),
    "breath.depth": (0.0, 1.0),
    "breath.ie_ratio": (0.5, 4.0),
    "tension.psoas_l": (0.0, 1.0),
    "tension.psoas_r": (0.0, 1.0),
    "tension.diaphragm": (0.0, 1.0),
})
CHOICES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "breath.pattern": PATTERNS,
    "camera": CAMERA_PRESETS,
})
DEFAULTS: Mapping[str, float | str] = MappingProxyType({
    "breath.rate": 12.0, "breath.depth": 0.25, "breath.ie_ratio": 1.5,
    "breath.pattern": "diaphragmatic", "tension.psoas_l": 0.0, "tension.psoas_r": 0.0,
    "tension.diaphragm": 0.0, "camera": "anterior",
})
HYPOTHESES: Mapping[str, bool] = MappingProxyType({h.name: h.default for h in _REGISTRY.values()})
OPACITY_RANGE = (0.0, 1.0)
_LAYER = re.compile(r"^layers\.([a-z][a-z0-9_]*)\.opacity$")
_TOP = ("name", "title_nb", "title_en", "duration", "fps", "defaults", "hypotheses", "key", "caption")


@dataclass(frozen=True)
class Key:
    """One keyframe: the time, the parameters it sets and how to arrive at them."""

    t: float
    values: Mapping[str, float | str]
    interp: str


@dataclass(frozen=True)
class Caption:
    """A bilingual caption shown from ``t`` until the next caption."""

    t: float
    nb: str
    en: str


@dataclass(frozen=True)
class Timeline:
    """A validated scenario.

    Attributes
    ----------
    name, title_nb, title_en : str
        Identifier and titles.
    duration : float
        Length (s).
    fps : int
        Frames per second for exports.
    defaults : Mapping
        Value of every parameter at ``t = 0`` unless a key at 0 sets it.
    keys : tuple of Key
        Keyframes in strictly increasing time.
    captions : tuple of Caption
        Captions in strictly increasing time.
    hypotheses : Mapping[str, bool]
        Named modelling hypotheses (see :data:`HYPOTHESES`).
    source : str
        Where the timeline came from (a file path or ``"<dict>"``), for messages.
    """

    name: str
    title_nb: str
    title_en: str
    duration: float
    fps: int
    defaults: Mapping[str, float | str]
    keys: tuple[Key, ...]
    captions: tuple[Caption, ...]
    hypotheses: Mapping[str, bool]
    source: str = "<dict>"

    @property
    def parameters(self) -> tuple[str, ...]:
        """Every parameter with a value in this timeline (defaults and keys)."""
        names = dict.fromkeys(self.defaults)
        for key in self.keys:
            names.update(dict.fromkeys(key.values))
        return tuple(names)

    def _knots(self, param: str) -> list[tuple[float, float | str, str]]:
        _check_param(param, self.source, param)
        default = self.defaults.get(param, 1.0 if _LAYER.match(param) else None)
        knots: list[tuple[float, float | str, str]] = [(0.0, default, "step")]
        for key in self.keys:
            if param in key.values:
                if key.t == 0.0:
                    knots[0] = (0.0, key.values[param], "step")
                else:
                    knots.append((key.t, key.values[param], key.interp))
        return knots

    def track(self, param: str) -> NumericTrack | StepTrack:
        """Return the interpolating track of ``param``."""
        knots = self._knots(param)
        if param in CHOICES:
            return StepTrack(tuple(k[0] for k in knots), tuple(str(k[1]) for k in knots))
        return NumericTrack.from_knots([(t, float(v), i) for t, v, i in knots])

    def value_at(self, param: str, t: ArrayLike) -> NDArray[Any]:
        """Return ``param`` at times ``t`` (vectorised; object array for categorical ones)."""
        return self.track(param)(t)

    def integral(self, param: str, t: ArrayLike) -> NDArray[np.float64]:
        """Return ``int_0^t param(s) ds`` in closed form (numeric parameters only)."""
        track = self.track(param)
        if not isinstance(track, NumericTrack):
            raise TypeError(f"{param} is categorical and cannot be integrated")
        return track.integral(t)

    def caption_at(self, t: float) -> Caption | None:
        """Return the caption showing at ``t`` (None before the first)."""
        shown = None
        for caption in self.captions:
            if caption.t <= t:
                shown = caption
        return shown

    def camera_keys(self) -> tuple[tuple[float, str], ...]:
        """Return the camera preset changes as ``(t, preset)`` pairs, the first at 0."""
        track = self.track("camera")
        return tuple(zip(track.times, track.values))


def _check_param(param: str, source: str, field: str) -> None:
    if param in RANGES or param in CHOICES or _LAYER.match(param):
        return
    allowed = ", ".join([*RANGES, *CHOICES, "layers.<id>.opacity"])
    raise DataError(source, field, f"is not a known parameter (allowed: {allowed})")


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in table.items():
        dotted = f"{prefix}{name}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, dotted + "."))
        else:
            out[dotted] = value
    return out


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_value(param: str, value: Any, source: str, field: str) -> float | str:
    """Validate one parameter value; return it normalised (depth anchors -> float)."""
    _check_param(param, source, field)
    if param in CHOICES:
        if not isinstance(value, str) or value not in CHOICES[param]:
            raise DataError(source, field, f"= {value!r} is not one of {', '.join(CHOICES[param])}")
        return value
    if param == "breath.depth" and isinstance(value, str):
        if value not in DEPTH_ANCHORS:
            raise DataError(source, field, f"= {value!r} is not a number in 0..1 nor one of "
                            f"{', '.join(DEPTH_ANCHORS)}")
        return DEPTH_ANCHORS[value]
    low, high = RANGES.get(param, OPACITY_RANGE)
    if not _is_number(value):
        raise DataError(source, field, f"= {value!r} must be a number in {low:g}..{high:g}")
    if not low <= float(value) <= high:
        raise DataError(source, field, f"= {value!r} is outside {low:g}..{high:g}")
    return float(value)


def _require(table: Mapping[str, Any], name: str, kind: type, source: str, field: str) -> Any:
    if name not in table:
        raise DataError(source, field, "is missing")
    value = table[name]
    ok = _is_number(value) if kind is float else isinstance(value, kind) and not isinstance(value, bool)
    if not ok:
        raise DataError(source, field, f"= {value!r} must be of type {kind.__name__}")
    return value


def _parse_header(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    for name in data:
        if name not in _TOP:
            raise DataError(source, name, f"is not a known top-level field (allowed: {', '.join(_TOP)})")
    out = {n: _require(data, n, str, source, n) for n in ("name", "title_nb", "title_en")}
    for n in ("name", "title_nb", "title_en"):
        if not out[n].strip():
            raise DataError(source, n, "must not be empty")
    duration = _require(data, "duration", float, source, "duration")
    if not 0.0 < duration <= 600.0:
        raise DataError(source, "duration", f"= {duration!r} is outside 0..600 (s, > 0)")
    fps = _require(data, "fps", int, source, "fps")
    if not 1 <= fps <= 120:
        raise DataError(source, "fps", f"= {fps!r} is outside 1..120")
    out.update(duration=float(duration), fps=int(fps))
    return out


def _parse_defaults(data: Mapping[str, Any], source: str) -> dict[str, float | str]:
    table = data.get("defaults", {})
    if not isinstance(table, Mapping):
        raise DataError(source, "defaults", "must be a table")
    values = dict(DEFAULTS)
    for param, value in _flatten(table).items():
        values[param] = _check_value(param, value, source, f"defaults.{param}")
    return values


def _parse_hypotheses(data: Mapping[str, Any], source: str) -> dict[str, bool]:
    table = data.get("hypotheses", {})
    if not isinstance(table, Mapping):
        raise DataError(source, "hypotheses", "must be a table")
    out = dict(HYPOTHESES)
    for name, value in table.items():
        field = f"hypotheses.{name}"
        if name not in HYPOTHESES:
            raise DataError(source, field, f"is not a known hypothesis (allowed: {', '.join(HYPOTHESES)})")
        if not isinstance(value, bool):
            raise DataError(source, field, f"= {value!r} must be true or false")
        out[name] = value
    return out


def _parse_times(entries: Any, what: str, source: str, duration: float) -> list[Mapping[str, Any]]:
    """Check an array of tables has numeric ``t`` in 0..duration, strictly increasing."""
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise DataError(source, what, "must be an array of tables ([[" + what + "]])")
    last = -1.0
    for i, entry in enumerate(entries):
        t = _require(entry, "t", float, source, f"{what}[{i}].t")
        if not 0.0 <= t <= duration:
            raise DataError(source, f"{what}[{i}].t", f"= {t!r} is outside 0..{duration:g} (the duration)")
        if t <= last:
            raise DataError(source, f"{what}[{i}].t",
                            f"= {t!r} is out of time order (must be > {last:g}, the previous {what})")
        last = float(t)
    return entries


def _parse_keys(data: Mapping[str, Any], source: str, duration: float) -> tuple[Key, ...]:
    keys = []
    for i, entry in enumerate(_parse_times(data.get("key", []), "key", source, duration)):
        interp = entry.get("interp", "smooth")
        if interp not in INTERPS:
            raise DataError(source, f"key[{i}].interp", f"= {interp!r} is not one of {', '.join(INTERPS)}")
        params = _flatten({k: v for k, v in entry.items() if k not in ("t", "interp")})
        if not params:
            raise DataError(source, f"key[{i}]", "sets no parameter")
        values = {p: _check_value(p, v, source, f"key[{i}].{p}") for p, v in params.items()}
        keys.append(Key(float(entry["t"]), MappingProxyType(values), interp))
    return tuple(keys)


def _parse_captions(data: Mapping[str, Any], source: str, duration: float) -> tuple[Caption, ...]:
    captions = []
    for i, entry in enumerate(_parse_times(data.get("caption", []), "caption", source, duration)):
        for name in entry:
            if name not in ("t", "nb", "en"):
                raise DataError(source, f"caption[{i}].{name}", "is not a caption field (allowed: t, nb, en)")
        nb = _require(entry, "nb", str, source, f"caption[{i}].nb")
        en = _require(entry, "en", str, source, f"caption[{i}].en")
        captions.append(Caption(float(entry["t"]), nb, en))
    return tuple(captions)


def parse_timeline(data: Mapping[str, Any], *, source: str | Path = "<dict>") -> Timeline:
    """Validate a scenario given as a (TOML-shaped) mapping and return the :class:`Timeline`.

    Raises
    ------
    DataError
        On any fault, naming ``source``, the field and the allowed values.
    """
    source = str(source)
    header = _parse_header(data, source)
    return Timeline(
        **header,
        defaults=MappingProxyType(_parse_defaults(data, source)),
        keys=_parse_keys(data, source, header["duration"]),
        captions=_parse_captions(data, source, header["duration"]),
        hypotheses=MappingProxyType(_parse_hypotheses(data, source)),
        source=source,
    )


def load_timeline(path: str | Path) -> Timeline:
    """Read and validate a scenario TOML file.

    Parameters
    ----------
    path : str or pathlib.Path
        The file, or the bare name of a shipped scenario (``"quiet-breathing"``).
    """
    path = Path(path)
    if not path.suffix and not path.exists():
        from anatoflow.paths import animations_dir

        path = animations_dir() / f"{path.name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(path, "(file)", f"is not valid TOML: {exc}") from exc
    return parse_timeline(data, source=path)
