"""The BodyParts3D element table, and which elements make up each anatoflow structure.

The element table (``isa_element_parts.txt``) is tab-separated: ``concept id``, ``name``,
``element file id``. One concept can own several element files (the inferior vena cava is
FJ3441 plus FJ3659), and the official table also lists every broader concept of an element
("bone organ" and so on). Structures are therefore chosen by their *specific* FMA concepts,
listed in ``structures.toml`` beside this module.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from anatoflow.anatomy.catalogue import SIDES, SYSTEMS
from anatoflow.anatomy.errors import DataError

MAPPING_PATH = Path(__file__).with_name("structures.toml")
_CONCEPT = re.compile(r"^FMA\d+$")
_ELEMENT = re.compile(r"^FJ\d+M?$")
_HEADER = ("concept id", "name", "element file id")


@dataclass(frozen=True)
class ElementTable:
    """The parsed element table.

    Attributes
    ----------
    path : pathlib.Path
        Where it was read from (for error messages).
    files : Mapping[str, tuple of str]
        Element file ids (``"FJ3441"``) by concept id (``"FMA10951"``), in table order.
    names : Mapping[str, str]
        Concept name by concept id.
    """

    path: Path
    files: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str]

    def elements_of(self, concept: str) -> tuple[str, ...]:
        """Element file ids of one concept; empty when the table lacks it."""
        return self.files.get(concept, ())

    def find(self, text: str) -> list[tuple[str, str]]:
        """Concepts whose id or name contains ``text`` (case-insensitive): ``[(id, name), ...]``."""
        needle = text.strip().lower()
        return [(c, n) for c, n in self.names.items() if needle in c.lower() or needle in n.lower()]


def parse_element_table(text: str, path: str | Path) -> ElementTable:
    """Parse and check the element table.

    Parameters
    ----------
    text : str
        The file's content.
    path : str or pathlib.Path
        Its path (named in errors).

    Raises
    ------
    DataError
        When the header, a column count, a concept id (``FMA<digits>``) or an element file id
        (``FJ<digits>`` with an optional ``M``) is malformed, naming the line.
    """
    path = Path(path)
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise DataError(path, "<file>", "is empty: expected the BodyParts3D element table")
    header = tuple(cell.strip().lower() for cell in lines[0].split("\t"))
    if len(header) != 3 or "concept" not in header[0] or "element" not in header[2]:
        raise DataError(path, "line 1", f"header must be {'<tab>'.join(_HEADER)!r}, got {lines[0][:80]!r}")
    files: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 3:
            raise DataError(path, f"line {number}", f"has {len(cells)} tab-separated columns, expected 3")
        concept, name, element = cells
        if not _CONCEPT.match(concept):
            raise DataError(path, f"line {number}.concept id", f"must be like 'FMA10951', got {concept!r}")
        if not _ELEMENT.match(element):
            raise DataError(path, f"line {number}.element file id", f"must be like 'FJ3441', got {element!r}")
        names.setdefault(concept, name)
        if element not in files.setdefault(concept, []):
            files[concept].append(element)
    if not files:
        raise DataError(path, "<file>", "has a header but no element rows")
    frozen = {c: tuple(v) for c, v in files.items()}
    return ElementTable(path=path, files=MappingProxyType(frozen), names=MappingProxyType(names))


@dataclass(frozen=True)
class StructureSpec:
    """How one anatoflow structure is made from BodyParts3D elements (a row of structures.toml)."""

    id: str
    fma: str
    elements: tuple[str, ...]
    name_en: str
    name_nb: str
    name_la: str
    system: str
    side: str
    colour: str
    opacity: float
    motion: str
    builtin: bool
    follow: str = ""
    tethers: tuple[str, ...] = ()
    max_faces: int = 0
    note: str = ""


@dataclass(frozen=True)
class Mapping3D:
    """The whole mapping: structure specs in catalogue order and the built-in ids BodyParts3D lacks."""

    structures: tuple[StructureSpec, ...]
    absent: Mapping[str, str]

    def __getitem__(self, structure_id: str) -> StructureSpec:
        for spec in self.structures:
            if spec.id == structure_id:
                return spec
        raise KeyError(f"{MAPPING_PATH.name}: no structure {structure_id!r}")


def _spec(entry: dict, index: int, path: Path) -> StructureSpec:
    where = f"structure[{index}] ({entry.get('id', '?')})"
    elements = entry.get("elements")
    if not isinstance(elements, list) or not elements or not all(_CONCEPT.match(str(e)) for e in elements):
        raise DataError(path, f"{where}.elements", "must be a non-empty list of ids like 'FMA10951'")
    if entry.get("system") not in SYSTEMS or entry.get("side") not in SIDES:
        raise DataError(path, f"{where}.system/side", f"must be one of {SYSTEMS} / {SIDES}")
    tethers = entry.get("tethers", [])
    if not isinstance(tethers, list) or not all(isinstance(x, str) and x for x in tethers):
        raise DataError(path, f"{where}.tethers", "must be a list of structure ids")
    try:
        return StructureSpec(
            id=entry["id"], fma=entry["fma"], elements=tuple(elements), name_en=entry["name_en"],
            name_nb=entry["name_nb"], name_la=entry["name_la"], system=entry["system"], side=entry["side"],
            colour=entry["colour"], opacity=float(entry["opacity"]), motion=entry["motion"],
            builtin=bool(entry["builtin"]), follow=entry.get("follow", ""), tethers=tuple(tethers),
            max_faces=int(entry.get("max_faces", 0)), note=entry.get("note", ""),
        )
    except KeyError as exc:
        raise DataError(path, f"{where}.{exc.args[0]}", "is missing") from None


def load_mapping(path: str | Path = MAPPING_PATH) -> Mapping3D:
    """Read ``structures.toml`` (the element-to-structure mapping shipped with the package)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(path, "<file>", f"cannot read: {exc}") from exc
    specs = tuple(_spec(e, i, path) for i, e in enumerate(data.get("structure", [])))
    absent = {a["id"]: a["reason"] for a in data.get("absent", [])}
    return Mapping3D(structures=specs, absent=MappingProxyType(absent))


def select_elements(table: ElementTable, mapping: Mapping3D) -> dict[str, tuple[str, ...]]:
    """Element file ids of every structure, by structure id.

    Raises
    ------
    DataError
        When the table lacks a concept a structure needs (the table file and the concept named).
    """
    selected: dict[str, tuple[str, ...]] = {}
    for spec in mapping.structures:
        files: list[str] = []
        for concept in spec.elements:
            found = table.elements_of(concept)
            if not found:
                raise DataError(
                    table.path, f"concept {concept}",
                    f"is missing: structure {spec.id!r} needs it (is this the IS-A element table?)",
                )
            files.extend(f for f in found if f not in files)
        selected[spec.id] = tuple(files)
    return selected
