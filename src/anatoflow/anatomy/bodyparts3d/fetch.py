"""Where BodyParts3D lives on this machine, how it is downloaded, and how its files are read.

Nothing is downloaded unless :func:`download` is called (by ``anatoflow fetch-anatomy``).
The cache folder is the user's cache directory (``platformdirs``, app ``anatoflow``), or
the folder named by the environment variable ``ANATOFLOW_CACHE``.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from anatoflow.anatomy.bodyparts3d import (
    ARCHIVE_NAME, ARCHIVE_SHA256, BASE_URL, ELEMENT_TABLE, OBJ_FOLDER,
)
from anatoflow.anatomy.bodyparts3d.elements import parse_element_table
from anatoflow.anatomy.errors import DataError

CACHE_ENV = "ANATOFLOW_CACHE"
_OBJ = re.compile(r"(?:^|/)(FJ\d+M?)\.obj$")


def cache_root() -> Path:
    """The anatoflow cache folder (not created here)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("anatoflow", appauthor=False))


def bodyparts3d_root(root: Path | None = None) -> Path:
    """``<cache>/bodyparts3d``: downloads and the prepared model."""
    return (root or cache_root()) / "bodyparts3d"


def model_dir(root: Path | None = None) -> Path:
    """Folder of the prepared BodyParts3D model (catalogue.toml, landmarks.toml, PLY meshes)."""
    return bodyparts3d_root(root) / "model"


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Source:
    """A readable copy of the BodyParts3D files: a zip archive or an unpacked folder.

    Attributes
    ----------
    path : pathlib.Path
        The zip file or the folder.
    table_path : pathlib.Path
        The element table (inside a folder, or beside / inside a zip).
    kind : str
        ``"zip"`` or ``"folder"``.
    sha256 : str
        The zip's checksum ("" for a folder).
    """

    path: Path
    table_path: Path
    kind: str
    sha256: str = ""

    def label(self, element: str) -> Path:
        """Path naming an element's OBJ file in errors."""
        if self.kind == "zip":
            return Path(f"{self.path}::{OBJ_FOLDER}/{element}.obj")
        return self.path / OBJ_FOLDER / f"{element}.obj"

    def read_table(self) -> str:
        """Text of the element table."""
        if self.kind == "zip" and not self.table_path.is_file():
            return self._read_member(self._members()[ELEMENT_TABLE], self.table_path).decode("utf-8", "replace")
        try:
            return self.table_path.read_bytes().decode("utf-8", "replace")
        except OSError as exc:
            raise DataError(self.table_path, "<file>", f"cannot be read: {exc}") from exc

    def elements(self) -> set[str]:
        """Element file ids present in the source."""
        if self.kind == "zip":
            return {k for k in self._members() if k != ELEMENT_TABLE}
        return {p.stem for p in (self.path / OBJ_FOLDER).glob("FJ*.obj")}

    def read_obj(self, element: str) -> bytes:
        """Bytes of one element's OBJ file; :class:`DataError` naming it when absent or corrupt."""
        label = self.label(element)
        if self.kind == "zip":
            member = self._members().get(element)
            if member is None:
                raise DataError(label, "element", "is missing from the archive")
            return self._read_member(member, label)
        if not label.is_file():
            raise DataError(label, "element", "is missing from the folder")
        return label.read_bytes()

    def _members(self) -> dict[str, str]:
        members = getattr(self, "_cache", None)
        if members is None:
            members = {}
            with _open_zip(self.path) as archive:
                for name in archive.namelist():
                    match = _OBJ.search(name)
                    if match:
                        members[match.group(1)] = name
                    elif name.rsplit("/", 1)[-1] == ELEMENT_TABLE:
                        members[ELEMENT_TABLE] = name
            object.__setattr__(self, "_cache", members)
        return members

    def _read_member(self, member: str, label: Path) -> bytes:
        try:
            with _open_zip(self.path) as archive:
                return archive.read(member)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise DataError(label, "<zip member>", f"is corrupted: {exc}") from exc


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise DataError(path, "<zip>", f"is not a readable zip archive (truncated or corrupted?): {exc}") from exc


def open_source(path: str | Path, *, verify: bool = True) -> Source:
    """Open a local copy given to ``fetch-anatomy --from``: a zip file or an unpacked folder.

    A folder holds ``isa_element_parts.txt`` and ``isa_BP3D_4.0_obj_99/FJxxxx.obj``. A zip holds
    the OBJ folder; its element table is inside it or beside the zip. A zip named like the
    official archive must carry the official checksum (checked unless ``verify`` is false,
    for a copy that was verified when it was imported).

    Raises
    ------
    DataError
        When the layout, the zip or the checksum is wrong, naming the file.
    """
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        table = path / ELEMENT_TABLE
        if not table.is_file():
            raise DataError(table, "<file>", "is missing: a BodyParts3D folder holds the element table")
        if not (path / OBJ_FOLDER).is_dir():
            raise DataError(path / OBJ_FOLDER, "<folder>", "is missing: it should hold the FJxxxx.obj files")
        return Source(path=path, table_path=table, kind="folder")
    if not path.is_file():
        raise DataError(path, "<file>", "does not exist")
    digest = ""
    if path.name == ARCHIVE_NAME and verify:
        digest = sha256_of(path)
        if digest != ARCHIVE_SHA256:
            raise DataError(path, "sha256", f"is {digest}, not the official {ARCHIVE_SHA256} (corrupted or truncated?)")
    source = Source(path=path, table_path=path.with_name(ELEMENT_TABLE), kind="zip", sha256=digest)
    members = source._members()
    if not source.table_path.is_file() and ELEMENT_TABLE not in members:
        raise DataError(source.table_path, "<file>", f"is missing: put {ELEMENT_TABLE} beside or inside the zip")
    if len(members) - (ELEMENT_TABLE in members) == 0:
        raise DataError(path, "<zip>", f"holds no {OBJ_FOLDER}/FJxxxx.obj files")
    if ELEMENT_TABLE in members and not source.table_path.is_file():
        object.__setattr__(source, "table_path", Path(f"{path}::{members[ELEMENT_TABLE]}"))
    return source


def download(root: Path | None = None, *, base_url: str = BASE_URL, archive_sha256: str = ARCHIVE_SHA256,
             progress: bool = True) -> Source:
    """Download the official archive and element table into the cache (pooch), and open them.

    The archive is checked against ``archive_sha256``; pooch writes to a temporary file and only
    moves it into place once complete and verified, so an interrupted download leaves nothing
    behind and the next run starts again cleanly. A file already present with the right
    checksum is not downloaded again. The element table has no published checksum: its format
    is checked instead.

    Raises
    ------
    DataError
        On a checksum mismatch or a malformed element table (which is then removed).
    """
    import pooch

    folder = bodyparts3d_root(root) / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / ARCHIVE_NAME
    try:
        pooch.retrieve(base_url + ARCHIVE_NAME, known_hash=f"sha256:{archive_sha256}", fname=ARCHIVE_NAME,
                       path=folder, progressbar=progress)
    except ValueError as exc:
        raise DataError(target, "sha256", f"does not match {archive_sha256}: {exc}") from exc
    except OSError as exc:  # requests' errors are OSErrors: connection lost, refused, HTTP status
        raise DataError(target, "download", f"failed ({exc}); nothing was kept, run it again to restart") from exc
    try:
        table = Path(pooch.retrieve(base_url + ELEMENT_TABLE, known_hash=None, fname=ELEMENT_TABLE,
                                    path=folder, progressbar=False))
    except OSError as exc:
        raise DataError(folder / ELEMENT_TABLE, "download", f"failed ({exc}); run it again") from exc
    try:
        parse_element_table(table.read_text(encoding="utf-8", errors="replace"), table)
    except DataError:
        table.unlink(missing_ok=True)
        raise
    return Source(path=target, table_path=table, kind="zip", sha256=archive_sha256)
