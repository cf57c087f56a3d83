"""A built :class:`~anatoflow.motion.rig.MotionRig` cached beside the prepared BodyParts3D model.

Building the rig of the imported model takes tens of seconds (the built-in model's about one);
:func:`cached_rig` builds it once and saves it as ``motion_rig.npz`` in the prepared model's
folder, so that later runs load it in a fraction of a second. The file holds plain arrays
(``numpy.savez``, read back without pickle) and a :func:`rig_fingerprint`: a hash of the motion
and anatomy code, of the model (its arrays, catalogue and landmarks, and the files of its folder)
and of the numpy (and scipy) version. A file with another fingerprint, or one that cannot be
read, is ignored and the rig is built again; a folder that cannot be written is left as it is.
The built-in model (shipped in ``meshes/``) is never cached: it is built every time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from anatoflow.motion.channels import CHANNEL_NAMES
from anatoflow.motion.rig import MotionRig

if TYPE_CHECKING:
    from anatoflow.anatomy.model import AnatomyModel

#: File name of the cached rig in the prepared model's folder.
CACHE_NAME = "motion_rig.npz"
#: Version of the file layout written by :func:`save_rig` (part of what :func:`load_rig` checks).
FORMAT = 1
_TMP_PREFIX = ".motion_rig-"
_TMP_SUFFIX = ".npz.tmp"
_PACKAGE = Path(__file__).resolve().parents[1]  # src/anatoflow
_CODE_FOLDERS = ("motion", "anatomy")


def _code_digest() -> str:
    """SHA-256 of every ``.py`` file of ``anatoflow/motion`` and ``anatoflow/anatomy``."""
    digest = hashlib.sha256()
    files = sorted((p.relative_to(_PACKAGE).as_posix(), p)
                   for folder in _CODE_FOLDERS for p in (_PACKAGE / folder).rglob("*.py"))
    for rel, path in files:
        digest.update(rel.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _versions() -> str:
    """numpy's major.minor version (and scipy's, which the rig's fields use, when installed)."""
    out = ["numpy " + ".".join(np.__version__.split(".")[:2])]
    try:
        out.append("scipy " + ".".join(metadata.version("scipy").split(".")[:2]))
    except metadata.PackageNotFoundError:
        pass
    return "; ".join(out)


def _feed(digest: Any, value: Any) -> None:
    """Feed an exact, type-tagged encoding of ``value`` to ``digest``."""
    if isinstance(value, np.ndarray | np.generic):
        arr = np.ascontiguousarray(value)
        digest.update(f"A{arr.dtype.str}{arr.shape}".encode())
        if arr.dtype.hasobject:
            for item in arr.ravel():
                _feed(digest, item)
        else:
            digest.update(arr.tobytes())
    elif isinstance(value, Mapping):
        digest.update(f"M{len(value)}".encode())
        for key, item in value.items():
            _feed(digest, key)
            _feed(digest, item)
    elif isinstance(value, list | tuple):
        digest.update(f"L{len(value)}".encode())
        for item in value:
            _feed(digest, item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        digest.update(f"D{type(value).__qualname__}".encode())
        for f in dataclasses.fields(value):
            if f.name != "path":  # where a catalogue lies does not change the rig (its folder's files are hashed)
                _feed(digest, f.name)
                _feed(digest, getattr(value, f.name))
    elif isinstance(value, float):
        digest.update(b"F" + value.hex().encode())
    elif isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        digest.update(f"S{len(data)}:".encode() + data)
    else:  # bool, int, None and anything else by its repr
        digest.update(f"{type(value).__qualname__}:{value!r};".encode())


def _folder_digest(folder: Path) -> str:
    """SHA-256 of the files of a model folder (relative path and bytes), the cache files left out."""
    digest = hashlib.sha256()
    files = sorted((p.relative_to(folder).as_posix(), p) for p in folder.rglob("*") if p.is_file())
    for rel, path in files:
        name = rel.rsplit("/", 1)[-1]
        if name == CACHE_NAME or (name.startswith(_TMP_PREFIX) and name.endswith(_TMP_SUFFIX)):
            continue
        digest.update(rel.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def rig_fingerprint(model: AnatomyModel) -> str:
    """Return a hash of everything that could change the rig built for ``model``.

    Parameters
    ----------
    model : AnatomyModel
        The rest model.

    Returns
    -------
    str
        Hex SHA-256 of: the source of every ``.py`` file of ``anatoflow/motion`` and
        ``anatoflow/anatomy`` (sorted by relative path), the model's content (the vertices and
        faces of every structure, the catalogue with its meta and rig data, the landmarks), the
        files of the model's folder (the catalogue, landmarks, meshes and side files such as the
        diaphragm's region labels), numpy's (and scipy's) major.minor version and the cache's
        :data:`FORMAT`.

    Raises
    ------
    OSError
        When a file of the code or of the model's folder cannot be read.
    """
    digest = hashlib.sha256()
    digest.update(f"anatoflow motion rig cache {FORMAT}\0{_versions()}\0{_code_digest()}\0".encode())
    digest.update(_folder_digest(model.catalogue.path.parent).encode() + b"\0")
    _feed(digest, model)
    return digest.hexdigest()


def rig_cache_path(model: AnatomyModel) -> Path | None:
    """Return where the rig of ``model`` is cached, or None when it is not cached.

    Only the prepared BodyParts3D model is cached: a model whose catalogue meta carries the
    ``importer`` fingerprint (:func:`anatoflow.anatomy.bodyparts3d.importer.importer_fingerprint`),
    in the folder of its catalogue. The built-in model is not (its folder ships with anatoflow).

    Parameters
    ----------
    model : AnatomyModel
        The rest model.

    Returns
    -------
    pathlib.Path or None
        ``<model folder>/motion_rig.npz``, or None.
    """
    if not model.catalogue.meta.get("importer"):
        return None
    return Path(model.catalogue.path).parent / CACHE_NAME


def _arrays(rig: MotionRig, fingerprint: str) -> dict[str, NDArray]:
    """The rig's fields as named arrays, with a JSON header of its ids, mappings and fingerprint."""
    arrays: dict[str, NDArray] = {
        "dome_apex": np.asarray(rig.dome_apex), "rest": rig._rest, "matrix": rig._matrix, "spans": rig._spans,
    }
    bases = []
    for sid, per in rig.bases.items():
        for channel, basis in per.items():
            arrays[f"basis_{len(bases)}"] = basis
            bases.append([sid, channel])
    lines = []
    for sid, (line, basis) in rig._lines.items():
        arrays[f"line_{len(lines)}"] = line
        arrays[f"line_basis_{len(lines)}"] = basis
        lines.append(sid)
    slices = [[sid, s.start, s.stop, s.step] for sid, s in rig._slices.items()]
    header = {"format": FORMAT, "fingerprint": fingerprint, "ids": list(rig.ids), "bases": bases,
              "slices": slices, "lines": lines}
    arrays["header"] = np.array(json.dumps(header))
    return arrays


def save_rig(rig: MotionRig, path: str | Path, fingerprint: str) -> None:
    """Write ``rig`` to ``path`` (``numpy.savez``, no pickle) atomically.

    The arrays go to a temporary file in the same folder, which then replaces ``path``
    (``os.replace``): a reader sees the old file or the whole new one, never a part.

    Parameters
    ----------
    rig : MotionRig
        The built rig.
    path : str or pathlib.Path
        The cache file.
    fingerprint : str
        :func:`rig_fingerprint` of the model the rig was built for (checked by :func:`load_rig`).

    Raises
    ------
    OSError
        When the folder cannot be written (the temporary file is removed).
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **_arrays(rig, fingerprint))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _frozen(arr: NDArray, dtype: type, ndim: int) -> NDArray:
    if arr.dtype != np.dtype(dtype) or arr.ndim != ndim:
        raise ValueError(f"expected a {ndim}-d {np.dtype(dtype)} array, got {arr.ndim}-d {arr.dtype}")
    arr.flags.writeable = False
    return arr


def _rig_from(data: Mapping[str, NDArray], fingerprint: str) -> MotionRig | None:
    """Rebuild a rig from the arrays of :func:`_arrays`, or None when the fingerprint differs."""
    header = json.loads(str(data["header"][()]))
    if header.get("format") != FORMAT or header.get("fingerprint") != fingerprint:
        return None
    ids = tuple(str(s) for s in header["ids"])
    rest = _frozen(data["rest"], np.float32, 1)
    matrix = _frozen(data["matrix"], np.float32, 2)
    spans = _frozen(data["spans"], np.int64, 2)
    dome_apex = _frozen(data["dome_apex"], np.float64, 2)
    if matrix.shape[0] != len(CHANNEL_NAMES) or spans.shape != (len(CHANNEL_NAMES), 2):
        raise ValueError("the channels differ")
    slices = {str(sid): slice(start, stop, step) for sid, start, stop, step in header["slices"]}
    if tuple(slices) != ids or any(s.stop > rest.shape[0] for s in slices.values()):
        raise ValueError("the slices do not match the ids")
    bases: dict[str, dict[str, NDArray]] = {}
    for i, (sid, channel) in enumerate(header["bases"]):
        basis = _frozen(data[f"basis_{i}"], np.float32, 2)
        if basis.size != slices[sid].stop - slices[sid].start:
            raise ValueError(f"the basis {sid}/{channel} does not match its structure")
        bases.setdefault(str(sid), {})[str(channel)] = basis
    lines = {str(sid): (_frozen(data[f"line_{i}"], np.float64, 2), _frozen(data[f"line_basis_{i}"], np.float64, 3))
             for i, sid in enumerate(header["lines"])}
    return MotionRig(ids, dome_apex, MappingProxyType({s: MappingProxyType(p) for s, p in bases.items()}),
                     rest, matrix, spans, MappingProxyType(slices), MappingProxyType(lines))


def load_rig(path: str | Path, fingerprint: str) -> MotionRig | None:
    """Load a rig saved by :func:`save_rig`, or None when it cannot be used.

    Parameters
    ----------
    path : str or pathlib.Path
        The cache file.
    fingerprint : str
        :func:`rig_fingerprint` of the model the rig is wanted for.

    Returns
    -------
    MotionRig or None
        The rig (read-only arrays, read-only mappings, as :meth:`MotionRig.build` makes them), or
        None when the file is missing, unreadable, truncated or corrupt, of another layout, or
        saved with another fingerprint.
    """
    try:
        with np.load(Path(path), allow_pickle=False) as npz:
            data = {name: npz[name] for name in npz.files}
        return _rig_from(data, fingerprint)
    except Exception:  # any unreadable file (zip, npy, JSON, shape or key errors) is simply not a cache
        return None


def _matches(rig: MotionRig, model: AnatomyModel) -> bool:
    """A cheap check that a loaded rig covers exactly the structures and vertices of ``model``."""
    if set(rig.ids) != set(model.catalogue.ids):
        return False
    return all(rig._slices[s].stop - rig._slices[s].start == 3 * model.meshes[s].n_vertices for s in rig.ids)


def cached_rig(model: AnatomyModel, *, build: Callable[[AnatomyModel], MotionRig] = MotionRig.build,
               folder: str | Path | None = None) -> MotionRig:
    """Return the rig of ``model``: loaded from its cache file when it is current, else built.

    Only the prepared BodyParts3D model is cached (:func:`rig_cache_path`); any other model is
    just built. A cache that is stale, corrupt or unreadable is built again and replaced; one
    that cannot be written (a read-only folder) is skipped without a word.

    Parameters
    ----------
    model : AnatomyModel
        The rest model.
    build : callable, optional
        ``model -> MotionRig`` when the cache cannot be used (default :meth:`MotionRig.build`).
    folder : str or pathlib.Path, optional
        Keep the cache file in this folder instead, for any model (the fingerprint still
        covers the model's own folder).

    Returns
    -------
    MotionRig
    """
    path = Path(folder) / CACHE_NAME if folder is not None else rig_cache_path(model)
    if path is None:
        return build(model)
    try:
        fingerprint = rig_fingerprint(model)
    except OSError:
        return build(model)
    rig = load_rig(path, fingerprint)
    if rig is not None and _matches(rig, model):
        return rig
    rig = build(model)
    try:
        save_rig(rig, path, fingerprint)
    except Exception:  # a read-only or full folder: the rig is used without a cache
        pass
    return rig
