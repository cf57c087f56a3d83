"""Static context from the installed BodyParts3D archive: any element, by name or FMA id.

The app's search box finds concepts in the prepared model's element table
(:mod:`anatoflow.anatomy.bodyparts3d.extras`); an added concept becomes one more structure of
the model shown, grey and translucent, with no morph targets: it stands still while the
rigged structures breathe. Its id is the FMA id in lower case (``"fma7197"``), its system
``"organ"``, so the organ layer switch shows and hides it too.

Limits keep the page light and safe: at most :data:`MAX_EXTRAS` concepts, each decimated to
:data:`MAX_FACES` triangles, and concepts of more than :data:`MAX_FILES` element files (broad
ones such as "bone organ") are refused. A concept whose element files the model already shows
is refused as well: its moving copy is already on screen.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from anatoflow.anatomy.errors import DataError

#: Most context concepts shown at once.
MAX_EXTRAS = 12
#: Triangle cap of one context concept (larger meshes are decimated).
MAX_FACES = 20_000
#: Concepts with more element files than this are too broad to add.
MAX_FILES = 40
#: Look of a context structure: grey-blue, translucent.
CONTEXT_COLOUR = "#9aa5b1"
CONTEXT_OPACITY = 0.45
_FMA = re.compile(r"^FMA[0-9]{1,9}$")


def parse_extras(text: str) -> tuple[list[str], bool]:
    """FMA ids from ``"FMA7197,fma7204"``: upper-cased, unique, at most :data:`MAX_EXTRAS`.

    Returns
    -------
    ids : list of str
        The readable ids in order.
    fixed : bool
        Whether anything was dropped (unreadable, repeated or over the cap).
    """
    items = [item.strip().upper() for item in str(text).split(",") if item.strip()]
    good: list[str] = []
    for item in items:
        if _FMA.match(item) and item not in good:
            good.append(item)
    return good[:MAX_EXTRAS], len(good[:MAX_EXTRAS]) != len(items)


@dataclass(frozen=True)
class Match:
    """One search result: FMA id, name, number of element files, and the model's own
    structure that already shows it ("" when none)."""

    fma: str
    name: str
    n_files: int
    in_model: str = ""

    def label(self) -> str:
        """Plain-text label for a list of results."""
        note = f" – in the model ({self.in_model})" if self.in_model else ""
        return f"{self.name} ({self.fma}){note}"


class ContextLibrary:
    """Searches the prepared BodyParts3D model's element table and loads concepts (cached).

    Parameters
    ----------
    root : pathlib.Path, optional
        Cache root (default: anatoflow's cache, ``ANATOFLOW_CACHE`` when set).
    max_faces : int
        Triangle cap of one concept.
    """

    def __init__(self, *, root: Path | None = None, max_faces: int = MAX_FACES) -> None:
        self.root = root
        self.max_faces = int(max_faces)
        self._table: Any = None
        self._used: dict[str, str] | None = None
        self._loaded: dict[str, tuple[Any, Any]] = {}

    def table(self) -> Any:
        """The element table (``FileNotFoundError`` when no model is prepared)."""
        if self._table is None:
            from anatoflow.anatomy.bodyparts3d.extras import installed_table

            self._table = installed_table(self.root)
        return self._table

    def available(self) -> bool:
        """Whether a prepared model with its element table is installed."""
        try:
            self.table()
        except (OSError, DataError):
            return False
        return True

    def used_elements(self) -> dict[str, str]:
        """Element file id -> the model's structure id that already shows it."""
        if self._used is None:
            from anatoflow.anatomy.bodyparts3d.fetch import model_dir

            data = tomllib.loads((model_dir(self.root) / "catalogue.toml").read_text(encoding="utf-8"))
            self._used = {e: s["id"] for s in data.get("structure", []) for e in s.get("elements", [])}
        return self._used

    def _match(self, fma: str, name: str) -> Match:
        files = self.table().elements_of(fma)
        used = self.used_elements()
        owners = sorted({used[f] for f in files if f in used})
        shown = ", ".join(owners) if files and all(f in used for f in files) else ""
        return Match(fma=fma, name=name, n_files=len(files), in_model=shown)

    def search(self, text: str, *, limit: int = 30) -> list[Match]:
        """Concepts whose name or FMA id contains ``text`` (case-insensitive); [] for blank text."""
        if not str(text).strip():
            return []
        return [self._match(fma, name) for fma, name in self.table().find(str(text))[:limit]]

    def problem(self, fma: str) -> str | None:
        """Why ``fma`` cannot be added (plain text naming the id only), or None."""
        if not _FMA.match(fma):
            return "extra: an unreadable id was ignored"
        table = self.table()
        if fma not in table.names:
            return f"extra: {fma} is not in the installed element table, ignored"
        match = self._match(fma, table.names[fma])
        if match.n_files > MAX_FILES:
            return f"extra: {fma} has {match.n_files} element files (at most {MAX_FILES}), ignored"
        if match.in_model:
            return f"extra: {fma} is already shown by the model ({match.in_model}), ignored"
        return None

    def load(self, fma: str) -> tuple[Any, Any]:
        """``(Structure, RestMesh)`` of concept ``fma`` as static context (cached)."""
        if fma not in self._loaded:
            from anatoflow.anatomy.bodyparts3d.extras import load_concept

            mesh = load_concept(fma, root=self.root, max_faces=self.max_faces)
            self._loaded[fma] = (context_structure(fma, self.table().names[fma]), mesh)
        return self._loaded[fma]

    def with_context(self, model: Any, ids: Iterable[str]) -> Any:
        """``model`` plus the context concepts ``ids`` (same frame, appended to its catalogue)."""
        from dataclasses import replace

        from anatoflow.anatomy.catalogue import Catalogue

        pairs = [self.load(fma) for fma in list(ids)[:MAX_EXTRAS]]
        if not pairs:
            return model
        catalogue = Catalogue(path=model.catalogue.path, meta=model.catalogue.meta,
                              structures=(*model.catalogue.structures, *(s for s, _ in pairs)))
        meshes = {**model.meshes, **{s.id: m for s, m in pairs}}
        return replace(model, catalogue=catalogue, meshes=MappingProxyType(meshes))


def context_structure(fma: str, name: str) -> Any:
    """The catalogue entry of a context concept: static, grey, translucent, system ``organ``."""
    from anatoflow.anatomy.bodyparts3d import LICENCE
    from anatoflow.anatomy.catalogue import Structure

    return Structure(id=fma.lower(), name_en=name, name_nb=name, name_la="", fma=fma, system="organ",
                     side="midline", colour=CONTEXT_COLOUR, opacity=CONTEXT_OPACITY, file="",
                     source=f"BodyParts3D 4.0 ({fma}), added in the app as context", licence=LICENCE,
                     solid=False, motion="static")


def resolve_extras(ids: Iterable[str], library: ContextLibrary) -> tuple[list[str], list[str]]:
    """Split ``ids`` into the addable ones and plain-text notices for the rest."""
    keep: list[str] = []
    notices: list[str] = []
    for fma in ids:
        reason = library.problem(fma)
        if reason is None:
            keep.append(fma)
        else:
            notices.append(reason)
    return keep[:MAX_EXTRAS], notices
