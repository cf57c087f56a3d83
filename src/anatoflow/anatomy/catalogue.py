"""The structure catalogue: what each mesh is, what it is called and how it is drawn.

A catalogue is a TOML file with a ``[meta]`` table and one ``[[structure]]`` table per mesh.
Both models (built-in and BodyParts3D) are described by a catalogue of this form.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from anatoflow.anatomy.errors import DataError

SYSTEMS: tuple[str, ...] = ("muscle", "tendon", "nerve", "vein", "artery", "lymph", "bone", "organ")
SIDES: tuple[str, ...] = ("left", "right", "midline")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_REQUIRED_TEXT = ("id", "name_en", "name_nb", "name_la", "system", "side", "file", "source", "licence")


@dataclass(frozen=True)
class Structure:
    """One catalogue entry.

    Attributes
    ----------
    id : str
        Stable identifier, ``snake_case`` (``"psoas_major_l"``).
    name_en, name_nb, name_la : str
        Names in English, Norwegian bokmål and Latin.
    fma : str
        Foundational Model of Anatomy id (``"FMA22343"``), empty when none fits.
    system : str
        One of :data:`SYSTEMS`.
    side : str
        ``"left"``, ``"right"`` or ``"midline"`` (the patient's side).
    colour : str
        Display colour ``#rrggbb``.
    opacity : float
        Default opacity in ``[0, 1]``.
    file : str
        Mesh file name, relative to the catalogue's folder.
    source, licence : str
        Where the geometry comes from and under which licence.
    solid : bool
        True when the mesh is a closed (watertight) surface.
    schematic : bool
        True for structures drawn schematically rather than from a real subject.
    attaches : tuple of str
        Ids of structures this one is allowed to touch or intersect (attachments, junctions).
    motion : str
        How the deformation core moves it (``"static"``, ``"diaphragm"``, ``"muscle"``...).
    rig : Mapping
        Rig data for the deformation core and flow arrows (centrelines, radii, landmarks).
    """

    id: str
    name_en: str
    name_nb: str
    name_la: str
    fma: str
    system: str
    side: str
    colour: str
    opacity: float
    file: str
    source: str
    licence: str
    solid: bool = True
    schematic: bool = False
    attaches: tuple[str, ...] = ()
    motion: str = "static"
    rig: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def name(self, language: str) -> str:
        """Return the name in ``"en"``, ``"nb"`` or ``"la"``."""
        return {"en": self.name_en, "nb": self.name_nb, "la": self.name_la}[language]


@dataclass(frozen=True)
class Catalogue:
    """An ordered, read-only collection of :class:`Structure` entries."""

    path: Path
    meta: Mapping[str, Any]
    structures: tuple[Structure, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.id: s for s in self.structures})

    def __getitem__(self, structure_id: str) -> Structure:
        try:
            return self._by_id[structure_id]  # type: ignore[attr-defined]
        except KeyError:
            raise KeyError(f"{self.path}: no structure with id {structure_id!r}") from None

    def __contains__(self, structure_id: object) -> bool:
        return structure_id in self._by_id  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[Structure]:
        return iter(self.structures)

    def __len__(self) -> int:
        return len(self.structures)

    @property
    def ids(self) -> tuple[str, ...]:
        """Structure ids in catalogue order."""
        return tuple(s.id for s in self.structures)

    def by_system(self, system: str) -> tuple[Structure, ...]:
        """Structures of one system (``"vein"``, ``"muscle"``...)."""
        return tuple(s for s in self.structures if s.system == system)

    def mesh_path(self, structure_id: str) -> Path:
        """Absolute path of a structure's mesh file."""
        return self.path.parent / self[structure_id].file


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _parse_structure(entry: Any, index: int, path: Path) -> Structure:
    where = f"structure[{index}]"
    if not isinstance(entry, dict):
        raise DataError(path, where, "must be a table")
    if isinstance(entry.get("id"), str):
        where = f"structure[{index}] ({entry['id']})"
    for key in _REQUIRED_TEXT:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise DataError(path, f"{where}.{key}", f"is missing or empty (got {value!r})")
    if not _ID.match(entry["id"]):
        raise DataError(path, f"{where}.id", "must be snake_case: [a-z][a-z0-9_]*")
    if entry["system"] not in SYSTEMS:
        raise DataError(path, f"{where}.system", f"= {entry['system']!r} is not one of {SYSTEMS}")
    if entry["side"] not in SIDES:
        raise DataError(path, f"{where}.side", f"= {entry['side']!r} is not one of {SIDES}")
    colour = entry.get("colour", "")
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        raise DataError(path, f"{where}.colour", f"must be '#rrggbb', got {colour!r}")
    opacity = entry.get("opacity", 1.0)
    if not isinstance(opacity, (int, float)) or isinstance(opacity, bool) or not 0.0 <= opacity <= 1.0:
        raise DataError(path, f"{where}.opacity", f"= {opacity!r} is outside 0..1")
    fma = entry.get("fma", "")
    if not isinstance(fma, str) or (fma and not re.match(r"^FMA\d+$", fma)):
        raise DataError(path, f"{where}.fma", f"must be like 'FMA22343' or empty, got {fma!r}")
    attaches = entry.get("attaches", [])
    if not isinstance(attaches, list) or not all(isinstance(a, str) for a in attaches):
        raise DataError(path, f"{where}.attaches", "must be a list of structure ids")
    rig = entry.get("rig", {})
    if not isinstance(rig, dict):
        raise DataError(path, f"{where}.rig", "must be a table")
    for flag in ("solid", "schematic"):
        if not isinstance(entry.get(flag, False), bool):
            raise DataError(path, f"{where}.{flag}", "must be true or false")
    return Structure(
        id=entry["id"], name_en=entry["name_en"], name_nb=entry["name_nb"], name_la=entry["name_la"],
        fma=fma, system=entry["system"], side=entry["side"], colour=colour.lower(),
        opacity=float(opacity), file=entry["file"], source=entry["source"], licence=entry["licence"],
        solid=entry.get("solid", True), schematic=entry.get("schematic", False),
        attaches=tuple(attaches), motion=str(entry.get("motion", "static")), rig=_freeze(rig),
    )


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate a catalogue file.

    Parameters
    ----------
    path : str or pathlib.Path
        The catalogue TOML file. Mesh file names in it are relative to its folder.

    Returns
    -------
    Catalogue

    Raises
    ------
    DataError
        On any malformed entry, naming the file and the field; nothing is half-loaded.
    """
    path = Path(path).resolve()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(path, "<file>", f"cannot read: {exc}") from exc
    entries = data.get("structure")
    if not isinstance(entries, list) or not entries:
        raise DataError(path, "structure", "needs at least one [[structure]] table")
    structures = tuple(_parse_structure(e, i, path) for i, e in enumerate(entries))
    seen: set[str] = set()
    for s in structures:
        if s.id in seen:
            raise DataError(path, f"structure ({s.id}).id", "is duplicated")
        seen.add(s.id)
    for s in structures:
        for other in s.attaches:
            if other not in seen:
                raise DataError(path, f"structure ({s.id}).attaches", f"names unknown id {other!r}")
    return Catalogue(path=path, meta=_freeze(data.get("meta", {})), structures=structures)
