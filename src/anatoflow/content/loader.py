"""Parse and validate the content TOML files.

Every function reads one file of a content folder and returns frozen values, or raises
:class:`~anatoflow.anatomy.errors.DataError` naming the file, the field and what is allowed.
Nothing is half-loaded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from anatoflow.anatomy.errors import DataError
from anatoflow.content import _fields as f
from anatoflow.content.model import (
    ANCHOR_KINDS,
    CAMERAS,
    EVIDENCE_LEVELS,
    MODELS,
    SCENARIOS,
    CaptionText,
    Claim,
    LabelSpec,
    Source,
    StoryStep,
    StructureNote,
    Text,
)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CLAIM_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_LANDMARK = re.compile(r"^(opening\.)?[A-Za-z][A-Za-z0-9_]*$")


def parse_structures(path: Path, known: Mapping[str, Source]) -> Mapping[str, StructureNote]:
    """Read ``structures.toml``: one ``[structure.<id>]`` table per structure."""
    data = f.read_toml(path)
    entries = f.table(data, "structure", path, "structure")
    notes: dict[str, StructureNote] = {}
    for sid, entry in entries.items():
        field = f"structure.{sid}"
        if not _ID.match(sid) or not isinstance(entry, Mapping):
            raise DataError(path, field, "must be a snake_case id holding a table")
        notes[sid] = StructureNote(
            id=sid,
            latin=f.string(entry, "latin", path, f"{field}.latin"),
            name=f.text(entry, "name", path, f"{field}.name"),
            what=f.text(entry, "what", path, f"{field}.what"),
            role=f.text(entry, "role", path, f"{field}.role"),
            teaching=f.text_list(entry, "teaching", path, f"{field}.teaching", most=2),
            sources=f.sources(entry, "sources", known, path, f"{field}.sources"),
            schematic_in=f.str_list(entry, "schematic", path, f"{field}.schematic", allowed=MODELS, empty=True),
        )
    return MappingProxyType(notes)


def _claim(entry: Any, step: str, path: Path, field: str, known: Mapping[str, Source]) -> Claim:
    if not isinstance(entry, Mapping):
        raise DataError(path, field, "must be a table")
    cid = f.string(entry, "id", path, f"{field}.id")
    if not _CLAIM_ID.match(cid):
        raise DataError(path, f"{field}.id", f"= {cid!r} must be lower-case words joined by '-'")
    refs = entry.get("refs", [])
    if not isinstance(refs, list) or not all(isinstance(r, int) and 1 <= r <= 14 for r in refs):
        raise DataError(path, f"{field}.refs", "must be a list of fact-check rows 1..14")
    correction = entry.get("correction", False)
    if not isinstance(correction, bool):
        raise DataError(path, f"{field}.correction", "must be true or false")
    hypothesis = entry.get("hypothesis", "")
    if not isinstance(hypothesis, str) or (hypothesis and not _ID.match(hypothesis)):
        raise DataError(path, f"{field}.hypothesis", "must be a snake_case hypothesis name")
    return Claim(
        id=cid,
        step=step,
        refs=tuple(refs),
        correction=correction,
        statement=f.text(entry, "statement", path, f"{field}.statement"),
        level=f.choice(entry, "level", EVIDENCE_LEVELS, path, f"{field}.level"),
        why=f.text(entry, "why", path, f"{field}.why"),
        sources=f.sources(entry, "sources", known, path, f"{field}.sources"),
        structures=f.str_list(entry, "structures", path, f"{field}.structures"),
        scenario=f.choice(entry, "scenario", SCENARIOS, path, f"{field}.scenario"),
        camera=f.choice(entry, "camera", CAMERAS, path, f"{field}.camera"),
        hypothesis=hypothesis,
    )


def parse_story(path: Path, known: Mapping[str, Source]) -> tuple[StoryStep, ...]:
    """Read ``claims.toml``: ordered ``[[step]]`` tables, each with ``[[step.claim]]`` tables."""
    data = f.read_toml(path)
    steps_raw = data.get("step")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise DataError(path, "step", "must be an array of tables ([[step]])")
    steps: list[StoryStep] = []
    seen: set[str] = set()
    for index, entry in enumerate(steps_raw):
        field = f"step[{index}]"
        sid = f.string(entry, "id", path, f"{field}.id")
        claims_raw = entry.get("claim")
        if not isinstance(claims_raw, list) or not claims_raw:
            raise DataError(path, f"{field}.claim", "must hold at least one [[step.claim]]")
        claims = tuple(
            _claim(c, sid, path, f"{field}.claim[{j}]", known) for j, c in enumerate(claims_raw)
        )
        for j, claim in enumerate(claims):
            if claim.id in seen:
                raise DataError(path, f"{field}.claim[{j}].id", f"= {claim.id!r} is used twice")
            seen.add(claim.id)
        steps.append(StoryStep(
            id=sid,
            number=index + 1,
            title=f.text(entry, "title", path, f"{field}.title"),
            intro=f.text(entry, "intro", path, f"{field}.intro"),
            scenario=f.choice(entry, "scenario", SCENARIOS, path, f"{field}.scenario"),
            camera=f.choice(entry, "camera", CAMERAS, path, f"{field}.camera"),
            structures=f.str_list(entry, "structures", path, f"{field}.structures"),
            claims=claims,
        ))
    return tuple(steps)


def parse_disclaimer(path: Path) -> Mapping[str, Any]:
    """Read ``disclaimer.toml``: ``title``, ``short``, ``body`` and ``[hypothesis.<name>]`` texts."""
    data = f.read_toml(path)
    hyp_raw = f.table(data, "hypothesis", path, "hypothesis")
    hypotheses = {}
    for name, entry in hyp_raw.items():
        if not _ID.match(name) or not isinstance(entry, Mapping):
            raise DataError(path, f"hypothesis.{name}", "must be a snake_case name holding a table")
        hypotheses[name] = f.text(entry, "text", path, f"hypothesis.{name}.text")
    return MappingProxyType({
        "title": f.text(data, "title", path, "title"),
        "short": f.text(data, "short", path, "short"),
        "body": f.text(data, "body", path, "body"),
        "hypotheses": MappingProxyType(hypotheses),
    })


def parse_labels(path: Path) -> Mapping[str, tuple[LabelSpec, ...]]:
    """Read ``labels.toml``: ``[[camera.<preset>.label]]`` lists, 1..8 labels per preset."""
    data = f.read_toml(path)
    cameras = f.table(data, "camera", path, "camera")
    out: dict[str, tuple[LabelSpec, ...]] = {}
    for name, entry in cameras.items():
        field = f"camera.{name}"
        if name not in CAMERAS:
            raise DataError(path, field, f"is not a camera preset ({', '.join(CAMERAS)})")
        raw = entry.get("label") if isinstance(entry, Mapping) else None
        if not isinstance(raw, list) or not 1 <= len(raw) <= 8:
            raise DataError(path, f"{field}.label", "must hold 1..8 [[label]] tables")
        specs = []
        for j, item in enumerate(raw):
            lf = f"{field}.label[{j}]"
            structure = f.string(item, "structure", path, f"{lf}.structure")
            anchor = f.string(item, "anchor", path, f"{lf}.anchor")
            if anchor not in ANCHOR_KINDS and not _LANDMARK.match(anchor):
                raise DataError(path, f"{lf}.anchor", f"= {anchor!r} is not {', '.join(ANCHOR_KINDS)} or a landmark")
            specs.append(LabelSpec(structure=structure, anchor=anchor, text=f.text(item, "text", path, f"{lf}.text")))
        out[name] = tuple(specs)
    missing = [c for c in CAMERAS if c not in out]
    if missing:
        raise DataError(path, "camera", f"lacks presets {', '.join(missing)}")
    return MappingProxyType(out)


def parse_ui(path: Path) -> Mapping[str, Text]:
    """Read ``ui.toml``: ``[text]`` with one ``key = {nb, en}`` entry per UI string."""
    data = f.read_toml(path)
    entries = f.table(data, "text", path, "text")
    return MappingProxyType({key: f.text(entries, key, path, f"text.{key}") for key in entries})


def parse_captions(folder: Path) -> Mapping[str, tuple[CaptionText, ...]]:
    """Read the inline ``[[caption]]`` tables (``t``, ``nb``, ``en``) of the shipped scenarios.

    The captions live in the scenario files themselves (``animations/<name>.toml``), so the
    video, the player and the app show exactly what the timeline carries.
    """
    out: dict[str, tuple[CaptionText, ...]] = {}
    for scenario in SCENARIOS:
        path = folder / f"{scenario}.toml"
        raw = f.read_toml(path).get("caption")
        if not isinstance(raw, list) or not raw:
            raise DataError(path, "caption", "must be an array of caption tables ([[caption]] with t, nb, en)")
        items, last = [], -1.0
        for j, item in enumerate(raw):
            field = f"caption[{j}]"
            t = item.get("t") if isinstance(item, Mapping) else None
            if not isinstance(t, int | float) or isinstance(t, bool) or t <= last or t < 0:
                raise DataError(path, f"{field}.t", f"= {t!r} must be a number >= 0, after {last}")
            last = float(t)
            items.append(CaptionText(t=float(t), text=f.text({"x": item}, "x", path, field)))
        out[scenario] = tuple(items)
    return MappingProxyType(out)
