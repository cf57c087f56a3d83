"""Checked field readers shared by the content loaders.

Each reader takes the table, the key, the file path and the dotted field name used in
messages, and raises :class:`~anatoflow.anatomy.errors.DataError` naming all three.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from anatoflow.anatomy.errors import DataError
from anatoflow.content.model import LANGUAGES, Source, Text

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path``; a syntax error or a missing file becomes a DataError."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataError(path, "(file)", "is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(path, "(toml)", f"is not valid TOML: {exc}") from None


def table(data: Mapping[str, Any], key: str, path: Path, field: str) -> Mapping[str, Any]:
    """Return ``data[key]`` which must be a table."""
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise DataError(path, field, "must be a table")
    return value


def string(data: Mapping[str, Any], key: str, path: Path, field: str) -> str:
    """Return ``data[key]`` which must be a non-empty string."""
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(path, field, "must be a non-empty string")
    return value.strip()


def choice(data: Mapping[str, Any], key: str, allowed: Sequence[str], path: Path, field: str) -> str:
    """Return ``data[key]`` which must be one of ``allowed``."""
    value = data.get(key)
    if value not in allowed:
        raise DataError(path, field, f"= {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def text(data: Mapping[str, Any], key: str, path: Path, field: str) -> Text:
    """Return ``data[key]`` as a :class:`Text`: a table with non-empty ``nb`` and ``en``."""
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise DataError(path, field, f"must be a table with {' and '.join(LANGUAGES)} text")
    words = {}
    for language in LANGUAGES:
        item = value.get(language)
        if not isinstance(item, str) or not item.strip():
            raise DataError(path, f"{field}.{language}", "is missing or empty (languages: nb, en)")
        words[language] = " ".join(item.split())
    return Text(**words)


def text_list(data: Mapping[str, Any], key: str, path: Path, field: str, *, most: int) -> tuple[Text, ...]:
    """Return ``data[key]``: a table of ``nb`` and ``en`` lists of equal length 1..``most``."""
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise DataError(path, field, "must be a table with nb and en lists")
    lists = {}
    for language in LANGUAGES:
        items = value.get(language)
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise DataError(path, f"{field}.{language}", "must be a list of non-empty strings")
        lists[language] = [" ".join(i.split()) for i in items]
    sizes = {len(items) for items in lists.values()}
    if len(sizes) != 1 or not 1 <= sizes.pop() <= most:
        raise DataError(path, field, f"must hold 1..{most} items, as many in nb as in en")
    return tuple(Text(nb=nb, en=en) for nb, en in zip(lists["nb"], lists["en"], strict=True))


def str_list(data: Mapping[str, Any], key: str, path: Path, field: str, *, allowed: Sequence[str] | None = None,
             empty: bool = False) -> tuple[str, ...]:
    """Return ``data[key]`` as a tuple of strings, each in ``allowed`` when given."""
    value = data.get(key, [] if empty else None)
    if not isinstance(value, list) or not all(isinstance(i, str) for i in value) or (not value and not empty):
        raise DataError(path, field, "must be a list of strings" + ("" if empty else " with at least one item"))
    if allowed is not None:
        for index, item in enumerate(value):
            if item not in allowed:
                raise DataError(path, f"{field}[{index}]", f"= {item!r} is not one of {', '.join(allowed)}")
    return tuple(value)


def sources(data: Mapping[str, Any], key: str, known: Mapping[str, Source], path: Path,
            field: str) -> tuple[Source, ...]:
    """Resolve a list of source keys against ``known`` (at least one)."""
    keys = str_list(data, key, path, field)
    out = []
    for index, item in enumerate(keys):
        if item not in known:
            raise DataError(path, f"{field}[{index}]", f"= {item!r} is not a source in sources.toml")
        out.append(known[item])
    return tuple(out)


def parse_sources(path: Path) -> dict[str, Source]:
    """Read ``sources.toml``: ``[source.<key>]`` tables with ``citation`` and an http(s) ``url``."""
    data = read_toml(path)
    entries = table(data, "source", path, "source")
    out: dict[str, Source] = {}
    for key, entry in entries.items():
        field = f"source.{key}"
        if not isinstance(entry, Mapping):
            raise DataError(path, field, "must be a table")
        citation = string(entry, "citation", path, f"{field}.citation")
        url = entry.get("url")
        if not isinstance(url, str) or not _URL.match(url):
            raise DataError(path, f"{field}.url", f"= {url!r} must be an http(s) URL")
        out[key] = Source(key=key, citation=citation, url=url)
    return out
