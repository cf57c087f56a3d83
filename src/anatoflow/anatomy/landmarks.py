"""The landmark table: vertebral body centres, hip points and diaphragm openings (LPS, mm)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np

from anatoflow.anatomy.errors import DataError

#: Vertebral levels from cranial to caudal, as named in the table.
VERTEBRAL_LEVELS: tuple[str, ...] = (
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
    "L1", "L2", "L3", "L4", "L5", "S1",
)


@dataclass(frozen=True)
class Opening:
    """A diaphragm opening: its vertebral level, centre and the structures passing it."""

    name: str
    level: str
    position: np.ndarray
    passes: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Landmarks:
    """Named points of the model in the LPS frame (millimetres).

    Attributes
    ----------
    vertebrae : Mapping[str, numpy.ndarray]
        Vertebral body centres by level (``"T8"``, ``"L5"``, ``"S1"``...).
    points : Mapping[str, numpy.ndarray]
        Other named points (``"femoral_head_l"``, ``"lesser_trochanter_r"``...).
    openings : Mapping[str, Opening]
        Diaphragm openings by name (``"caval"``, ``"oesophageal"``, ``"aortic"``).
    sources : Mapping[str, str]
        Citation for each landmark, keyed like :meth:`get`.
    """

    vertebrae: Mapping[str, np.ndarray]
    points: Mapping[str, np.ndarray]
    openings: Mapping[str, Opening]
    sources: Mapping[str, str]

    def vertebra(self, level: str) -> np.ndarray:
        """Return the body centre of vertebra ``level`` (``"T12"``, ``"L3"``...)."""
        try:
            return self.vertebrae[level]
        except KeyError:
            raise KeyError(f"no vertebra {level!r}; known: {sorted(self.vertebrae)}") from None

    def get(self, name: str) -> np.ndarray:
        """Return any landmark by name: a level, a point or ``"opening.<name>"``."""
        if name in self.vertebrae:
            return self.vertebrae[name]
        if name in self.points:
            return self.points[name]
        if name.startswith("opening.") and name[8:] in self.openings:
            return self.openings[name[8:]].position
        raise KeyError(f"unknown landmark {name!r}")

    def names(self) -> list[str]:
        """Every landmark name that :meth:`get` accepts."""
        return [*self.vertebrae, *self.points, *(f"opening.{k}" for k in self.openings)]

    def interpolate_level(self, level_a: str, level_b: str, fraction: float) -> np.ndarray:
        """Point a ``fraction`` of the way from vertebra ``level_a`` to ``level_b``."""
        a, b = self.vertebra(level_a), self.vertebra(level_b)
        return a + (b - a) * float(fraction)


def _vector(value: object, path: Path, field: str) -> np.ndarray:
    arr = np.asarray(value, dtype=float) if isinstance(value, list) else None
    if arr is None or arr.shape != (3,) or not np.all(np.isfinite(arr)):
        raise DataError(path, field, f"must be three finite numbers [x, y, z] in mm, got {value!r}")
    arr.flags.writeable = False
    return arr


def load_landmarks(path: str | Path) -> Landmarks:
    """Read a landmark table (TOML).

    Parameters
    ----------
    path : str or pathlib.Path
        The ``landmarks.toml`` file.

    Returns
    -------
    Landmarks
        Read-only landmark arrays.

    Raises
    ------
    DataError
        When a field is missing or malformed; the message names the file and the field.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(path, "<file>", f"cannot read: {exc}") from exc
    vertebrae: dict[str, np.ndarray] = {}
    points: dict[str, np.ndarray] = {}
    openings: dict[str, Opening] = {}
    sources: dict[str, str] = {}
    for level, entry in data.get("vertebra", {}).items():
        if level not in VERTEBRAL_LEVELS:
            raise DataError(path, f"vertebra.{level}", f"unknown level; allowed {VERTEBRAL_LEVELS}")
        vertebrae[level] = _vector(entry.get("centre"), path, f"vertebra.{level}.centre")
        sources[level] = str(entry.get("source", ""))
    for name, entry in data.get("point", {}).items():
        points[name] = _vector(entry.get("position"), path, f"point.{name}.position")
        sources[name] = str(entry.get("source", ""))
    for name, entry in data.get("opening", {}).items():
        field = f"opening.{name}"
        level = entry.get("level")
        if not isinstance(level, str):
            raise DataError(path, f"{field}.level", "must be a vertebral level such as 'T10'")
        openings[name] = Opening(
            name=name,
            level=level,
            position=_vector(entry.get("position"), path, f"{field}.position"),
            passes=tuple(entry.get("passes", ())),
            source=str(entry.get("source", "")),
        )
        sources[field] = openings[name].source
    for key, src in sources.items():
        if not src:
            raise DataError(path, key, "every landmark needs a 'source'")
    ordered = {lv: vertebrae[lv] for lv in VERTEBRAL_LEVELS if lv in vertebrae}
    return Landmarks(
        vertebrae=MappingProxyType(ordered),
        points=MappingProxyType(points),
        openings=MappingProxyType(openings),
        sources=MappingProxyType(sources),
    )
