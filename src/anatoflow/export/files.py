"""Safe output files for every export: names kept inside a folder, all-or-nothing writes.

Exports never leave a half-written file: they write to a temporary file beside the target
and move it into place with :func:`os.replace` only once everything is written.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_output_path(folder: str | Path, name: str, *, suffixes: Iterable[str] | None = None) -> Path:
    """Return ``folder / name`` after checking that ``name`` stays inside ``folder``.

    Used by the app, where a user types the output name. Path separators, ``..`` and absolute
    names are refused (they would escape ``folder``); other odd characters become ``_``.

    Parameters
    ----------
    folder : str or pathlib.Path
        The allowed output folder.
    name : str
        The file name the user asked for.
    suffixes : iterable of str, optional
        Allowed extensions (``[".html", ".glb"]``); any other extension is refused.

    Returns
    -------
    pathlib.Path
        The resolved output path, a direct child of ``folder``.

    Raises
    ------
    ValueError
        If ``name`` is empty, escapes the folder or has an extension outside ``suffixes``.

    Examples
    --------
    >>> safe_output_path("/tmp/out", "breath cycle.html").name
    'breath_cycle.html'
    """
    base = Path(folder).resolve()
    text = str(name).strip()
    if not text:
        raise ValueError(f"output name is empty (folder {base})")
    if "/" in text or "\\" in text or text.startswith("..") or os.path.isabs(text) or "\x00" in text:
        raise ValueError(f"output name {name!r} must be a plain file name inside {base}, not a path")
    clean = _UNSAFE.sub("_", text).lstrip(".")
    if not clean or clean.strip("_") == "":
        raise ValueError(f"output name {name!r} has no usable characters (allowed: A-Z a-z 0-9 . _ -)")
    path = (base / clean).resolve()
    if path.parent != base:
        raise ValueError(f"output name {name!r} escapes the output folder {base}")
    if suffixes is not None:
        allowed = tuple(s.lower() for s in suffixes)
        if path.suffix.lower() not in allowed:
            raise ValueError(f"output name {name!r}: extension must be one of {', '.join(allowed)}")
    return path


def check_writable(path: str | Path) -> Path:
    """Check that ``path`` can be written before any work is done.

    Raises
    ------
    FileNotFoundError
        If the parent folder does not exist.
    PermissionError
        If the parent folder is not writable or ``path`` is a folder.
    """
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise FileNotFoundError(f"{path}: output folder {parent} does not exist")
    if path.is_dir():
        raise PermissionError(f"{path}: is a folder, expected a file name")
    if not os.access(parent, os.W_OK):
        raise PermissionError(f"{path}: output folder {parent} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(f"{path}: file exists and is not writable")
    return path


def atomic_write_bytes(path: str | Path, data: bytes | Iterable[bytes]) -> int:
    """Write ``data`` to ``path`` all at once: a temporary file, then :func:`os.replace`.

    Parameters
    ----------
    path : str or pathlib.Path
        Target file.
    data : bytes or iterable of bytes
        The content, whole or in pieces.

    Returns
    -------
    int
        Number of bytes written.
    """
    path = check_writable(path)
    chunks = [data] if isinstance(data, (bytes, bytearray, memoryview)) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise PermissionError(f"{path}: cannot create a file in {path.parent} ({exc.strerror})") from None
    written = 0
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                written += handle.write(chunk)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return written
