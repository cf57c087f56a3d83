"""Any element of the installed archive as static context: search by name or FMA id, then load.

The prepared model keeps a copy of the element table, so searching needs no archive. Loading
reads the element from the source the model was imported from (the downloaded zip, or the
``--from`` copy) and puts it into the model's frame with the same translation.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np

from anatoflow.anatomy.bodyparts3d import ELEMENT_TABLE
from anatoflow.anatomy.bodyparts3d.elements import ElementTable, parse_element_table
from anatoflow.anatomy.bodyparts3d.fetch import model_dir, open_source
from anatoflow.anatomy.bodyparts3d.repair import decimate, repair
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.meshes import RestMesh


def installed_table(root: Path | None = None) -> ElementTable:
    """The element table of the prepared model (``FileNotFoundError`` when none is prepared)."""
    path = model_dir(root) / ELEMENT_TABLE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no prepared BodyParts3D model; run `anatoflow fetch-anatomy`")
    return parse_element_table(path.read_text(encoding="utf-8"), path)


def find_elements(text: str, *, root: Path | None = None, limit: int = 50) -> list[tuple[str, str, tuple[str, ...]]]:
    """Concepts matching ``text`` (part of a name, or an FMA id): ``[(fma, name, element files)]``."""
    table = installed_table(root)
    return [(c, n, table.elements_of(c)) for c, n in table.find(text)[:limit]]


def load_concept(concept: str, *, root: Path | None = None, max_faces: int | None = None) -> RestMesh:
    """Mesh of one FMA concept (all its element files joined), in the prepared model's frame.

    ``max_faces`` decimates a larger mesh to about that many triangles (the importer's
    quadric decimation); None keeps every triangle.

    Raises
    ------
    DataError
        When the concept is unknown or the source the model came from is gone (both named).
    """
    table = installed_table(root)
    files = table.elements_of(concept)
    if not files:
        raise DataError(table.path, f"concept {concept}", "is not in the element table")
    catalogue = model_dir(root) / "catalogue.toml"
    meta = tomllib.loads(catalogue.read_text(encoding="utf-8"))["meta"]
    source = open_source(meta["imported_from"], verify=False)
    from anatoflow.anatomy.bodyparts3d.importer import read_joined

    mesh = repair(*read_joined(source, files))
    if max_faces is not None:
        mesh = decimate(mesh, int(max_faces))
    vertices = np.asarray(mesh.vertices) - np.asarray(meta["origin_native_mm"], dtype=float)
    return RestMesh(id=concept.lower(), vertices=vertices, faces=np.asarray(mesh.faces, dtype=np.int64))
