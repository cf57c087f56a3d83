"""Teaching content: bilingual structure notes, the article's claims with evidence levels,
the disclaimer, default 3D labels, UI strings and the captions of the shipped scenarios.

The content lives in TOML files beside this module (so it ships in the wheel); this package
reads and validates them with :mod:`tomllib` only. Every loader raises
:class:`~anatoflow.anatomy.errors.DataError` naming the file and the field at fault.

Examples
--------
>>> from anatoflow import content
>>> content.structure_notes()["psoas_major_l"].latin
'Musculus psoas major (sinister)'
>>> [step.number for step in content.story()]
[1, 2, 3, 4, 5, 6]
>>> content.ui_text("play", "nb")
'Spill av'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from anatoflow.anatomy.errors import DataError
from anatoflow.content import loader
from anatoflow.content._fields import parse_sources
from anatoflow.paths import animations_dir
from anatoflow.content.model import (
    ANCHOR_KINDS,
    CAMERAS,
    EVIDENCE_LEVELS,
    LANGUAGES,
    SCENARIOS,
    CaptionText,
    Claim,
    LabelSpec,
    Source,
    StoryStep,
    StructureNote,
    Text,
)

__all__ = [
    "ANCHOR_KINDS", "CAMERAS", "EVIDENCE_LEVELS", "LANGUAGES", "SCENARIOS",
    "CaptionText", "Claim", "DataError", "LabelSpec", "Source", "StoryStep", "StructureNote", "Text",
    "all_texts", "claims", "content_dir", "disclaimer", "hypothesis_text", "labels", "load",
    "scenario_captions", "sources", "story", "structure_notes", "ui_text",
]

_FILES = ("sources.toml", "structures.toml", "claims.toml", "disclaimer.toml", "labels.toml",
          "ui.toml")


@dataclass(frozen=True)
class Content:
    """Everything in one content folder, validated together."""

    folder: Path
    sources: Mapping[str, Source]
    structures: Mapping[str, StructureNote]
    story: tuple[StoryStep, ...]
    disclaimer: Mapping[str, Any]
    labels: Mapping[str, tuple[LabelSpec, ...]]
    ui: Mapping[str, Text]
    captions: Mapping[str, tuple[CaptionText, ...]]


def content_dir() -> Path:
    """Return the folder of the shipped content files (this package's folder)."""
    return Path(__file__).resolve().parent


def _check_ids(path: Path, field: str, ids: tuple[str, ...], known: Mapping[str, Any]) -> None:
    for index, sid in enumerate(ids):
        if sid not in known:
            raise DataError(path, f"{field}[{index}]", f"= {sid!r} is not a structure of structures.toml")


def _cross_check(c: Content) -> None:
    """Structure ids named by claims, steps and labels must have notes."""
    claims_path, labels_path = c.folder / "claims.toml", c.folder / "labels.toml"
    for i, step in enumerate(c.story):
        _check_ids(claims_path, f"step[{i}].structures", step.structures, c.structures)
        for j, claim in enumerate(step.claims):
            _check_ids(claims_path, f"step[{i}].claim[{j}].structures", claim.structures, c.structures)
    for camera, specs in c.labels.items():
        ids = tuple(spec.structure for spec in specs)
        _check_ids(labels_path, f"camera.{camera}.label", ids, c.structures)
        if len(set(ids)) != len(ids):
            raise DataError(labels_path, f"camera.{camera}.label", "names a structure twice")


@lru_cache(maxsize=4)
def _load(folder: Path) -> Content:
    known = parse_sources(folder / "sources.toml")
    content = Content(
        folder=folder,
        sources=known,
        structures=loader.parse_structures(folder / "structures.toml", known),
        story=loader.parse_story(folder / "claims.toml", known),
        disclaimer=loader.parse_disclaimer(folder / "disclaimer.toml"),
        labels=loader.parse_labels(folder / "labels.toml"),
        ui=loader.parse_ui(folder / "ui.toml"),
        captions=loader.parse_captions(animations_dir()),
    )
    _cross_check(content)
    return content


def load(folder: str | Path | None = None) -> Content:
    """Load and validate every content file of ``folder`` (default: the shipped content).

    Raises
    ------
    DataError
        Naming the file and the field at fault.
    """
    return _load(Path(folder).resolve() if folder is not None else content_dir())


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise KeyError(f"unknown language {language!r}; allowed: {', '.join(LANGUAGES)}")
    return language


def sources(*, folder: str | Path | None = None) -> Mapping[str, Source]:
    """Every citation, by key."""
    return load(folder).sources


def structure_notes(*, folder: str | Path | None = None) -> Mapping[str, StructureNote]:
    """Notes for every structure, by structure id."""
    return load(folder).structures


def story(*, folder: str | Path | None = None) -> tuple[StoryStep, ...]:
    """The six steps of story mode, in order."""
    return load(folder).story


def claims(*, folder: str | Path | None = None) -> tuple[Claim, ...]:
    """Every claim of every step, in story order."""
    return tuple(claim for step in load(folder).story for claim in step.claims)


def disclaimer(language: str, *, short: bool = False, folder: str | Path | None = None) -> str:
    """The teaching disclaimer in ``language``.

    Parameters
    ----------
    language : str
        ``"nb"`` or ``"en"``.
    short : bool
        The two-sentence form for the first seconds of a video, instead of the full text
        (title, body and the list of hypotheses) for the app.
    """
    data = load(folder).disclaimer
    lang = _language(language)
    if short:
        return data["short"].get(lang)
    items = "\n".join(f"- {text.get(lang)}" for text in data["hypotheses"].values())
    return f"{data['title'].get(lang)}\n\n{data['body'].get(lang)}\n\n{items}"


def hypothesis_text(name: str, language: str, *, folder: str | Path | None = None) -> str:
    """One sentence naming model hypothesis ``name`` as a hypothesis."""
    return load(folder).disclaimer["hypotheses"][name].get(_language(language))


def labels(camera: str, *, folder: str | Path | None = None) -> tuple[LabelSpec, ...]:
    """Default 3D labels for camera preset ``camera`` (one of :data:`CAMERAS`)."""
    specs = load(folder).labels
    if camera not in specs:
        raise KeyError(f"unknown camera preset {camera!r}; allowed: {', '.join(CAMERAS)}")
    return specs[camera]


def ui_text(key: str, language: str, *, folder: str | Path | None = None) -> str:
    """A short UI string (``"play"``, ``"level.established"``...) in ``language``."""
    ui = load(folder).ui
    if key not in ui:
        raise KeyError(f"unknown UI text {key!r}")
    return ui[key].get(_language(language))


def scenario_captions(*, folder: str | Path | None = None) -> Mapping[str, tuple[CaptionText, ...]]:
    """Captions of the shipped scenarios (from ``animations/*.toml``), by scenario name."""
    return load(folder).captions


def all_texts(*, folder: str | Path | None = None) -> Iterator[tuple[str, str, str]]:
    """Yield ``(where, language, text)`` for every sentence of the content (for checks)."""
    c = load(folder)

    def pairs(where: str, text: Text) -> Iterator[tuple[str, str, str]]:
        yield where, "nb", text.nb
        yield where, "en", text.en

    for sid, note in c.structures.items():
        for name in ("name", "what", "role"):
            yield from pairs(f"structures.{sid}.{name}", getattr(note, name))
        for i, point in enumerate(note.teaching):
            yield from pairs(f"structures.{sid}.teaching[{i}]", point)
    for step in c.story:
        yield from pairs(f"claims.{step.id}.title", step.title)
        yield from pairs(f"claims.{step.id}.intro", step.intro)
        for claim in step.claims:
            yield from pairs(f"claims.{claim.id}.statement", claim.statement)
            yield from pairs(f"claims.{claim.id}.why", claim.why)
    for key in ("title", "short", "body"):
        yield from pairs(f"disclaimer.{key}", c.disclaimer[key])
    for name, text in c.disclaimer["hypotheses"].items():
        yield from pairs(f"disclaimer.hypothesis.{name}", text)
    for camera, specs in c.labels.items():
        for spec in specs:
            yield from pairs(f"labels.{camera}.{spec.structure}", spec.text)
    for key, text in c.ui.items():
        yield from pairs(f"ui.{key}", text)
    for scenario, items in c.captions.items():
        for item in items:
            yield from pairs(f"captions.{scenario}@{item.t:g}", item.text)
