"""Build the prepared BodyParts3D model folder: catalogue.toml, landmarks.toml, one PLY per structure.

Everything is read, checked, repaired and measured in memory first; the folder is then written
into a temporary folder beside its destination and renamed into place, so an error at any step
leaves nothing half-written in the cache.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from anatoflow.anatomy import bodyparts3d as bp
from anatoflow.anatomy.bodyparts3d import landmarks as lmk
from anatoflow.anatomy.bodyparts3d import rig as rigging
from anatoflow.anatomy.bodyparts3d.elements import MAPPING_PATH, Mapping3D, load_mapping, parse_element_table, select_elements
from anatoflow.anatomy.bodyparts3d.fetch import Source, bodyparts3d_root, model_dir
from anatoflow.anatomy.bodyparts3d.repair import TRIANGLE_BUDGET, caps, decimate, repair
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.meshes import check_mesh


def read_element(source: Source, element: str) -> tuple[np.ndarray, np.ndarray]:
    """Vertices and faces of one element OBJ, checked (NaN, empty, metres) with its file named."""
    import trimesh

    label = source.label(element)
    data = source.read_obj(element)
    try:
        loaded = trimesh.load(io.BytesIO(data), file_type="obj", force="mesh", process=False)
    except Exception as exc:  # trimesh raises many types for bad files
        raise DataError(label, "<file>", f"cannot be read as an OBJ mesh: {exc}") from exc
    vertices = np.asarray(getattr(loaded, "vertices", np.empty((0, 3))), dtype=np.float64).reshape(-1, 3)
    faces = np.asarray(getattr(loaded, "faces", np.empty((0, 3))), dtype=np.int64).reshape(-1, 3)
    check_mesh(element, vertices, faces, label)
    return vertices, faces


def read_joined(source: Source, elements: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Vertices and faces of several element OBJs joined into one array pair (shells kept)."""
    parts = [read_element(source, e) for e in elements]
    offsets = np.cumsum([0] + [len(v) for v, _ in parts[:-1]])
    return np.vstack([v for v, _ in parts]), np.vstack([f + o for (_, f), o in zip(parts, offsets)])


def load_structures(source: Source, mapping: Mapping3D, log: Callable[[str], None] = print) -> tuple[dict, dict]:
    """Read, join and repair every mapped structure (native frame).

    Returns
    -------
    meshes : dict
        Repaired ``trimesh.Trimesh`` by structure id.
    selected : dict
        Element file ids by structure id.
    """
    table = parse_element_table(source.read_table(), source.table_path)
    selected = select_elements(table, mapping)
    present = source.elements()
    for sid, files in selected.items():
        for element in files:
            if element not in present:
                raise DataError(source.label(element), "element", f"is missing (structure {sid!r} needs it)")
    meshes = {}
    for i, spec in enumerate(mapping.structures):
        meshes[spec.id] = repair(*read_joined(source, selected[spec.id]))
        if i % 20 == 0:
            log(f"  read {i + 1}/{len(mapping.structures)}: {spec.id}")
    return meshes, selected


def _entry(spec, mesh, files: tuple[str, ...]) -> dict:
    entry = {
        "id": spec.id, "name_en": spec.name_en, "name_nb": spec.name_nb, "name_la": spec.name_la,
        "fma": spec.fma, "system": spec.system, "side": spec.side, "colour": spec.colour,
        "opacity": spec.opacity, "file": f"{spec.id}.ply",
        "source": f"BodyParts3D 4.0 {'+'.join(files)} ({', '.join(spec.elements)})",
        "licence": bp.LICENCE, "solid": bool(mesh.is_watertight), "schematic": False,
        "motion": spec.motion, "elements": list(files), "builtin_id": spec.builtin,
    }
    if spec.note:
        entry["note"] = spec.note
    if spec.follow:
        entry["rig"] = {"follow": spec.follow}
    if spec.tethers:
        entry.setdefault("rig", {})["tethers"] = list(spec.tethers)
    return entry


def importer_fingerprint() -> str:
    """A short hash of this importer (its Python modules and ``structures.toml``).

    A prepared model records it; a model prepared by another version of the importer (other
    motion kinds, another rig derivation) is then refused with a request to prepare it again
    (:func:`anatoflow.anatomy.model.load_bodyparts3d_model`) rather than animated the old way.
    """
    import hashlib

    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), package / "structures.toml"]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _meta(source: Source, origin: np.ndarray, mapping: Mapping3D, n_triangles: int, seconds: float) -> dict:
    return {
        "importer": importer_fingerprint(),
        "model": "bodyparts3d", "frame": "LPS", "units": "mm", "licence": bp.LICENCE,
        "licence_url": bp.LICENCE_URL, "attribution": bp.ATTRIBUTION, "source_url": bp.BASE_URL,
        "source_kind": source.kind, "imported_from": str(source.path), "archive_sha256": source.sha256,
        "imported_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "origin_native_mm": [round(float(c), 3) for c in origin],
        "origin_method": "centre of the contact of the L5/S1 disc and the sacrum (S1 superior endplate)",
        "n_triangles": n_triangles, "import_seconds": round(seconds, 1),
        "absent": dict(mapping.absent),
    }


def _add_rig(rigged: rigging.Rigged, meshes: dict, landmark_table: dict, catalogue: dict) -> None:
    """Merge the derived rig into the entries, the openings and the meshes (in place, before writing)."""
    import trimesh

    for entry in catalogue["structure"]:
        if entry["id"] in rigged.rigs:
            entry.setdefault("rig", {}).update(rigged.rigs[entry["id"]])
    landmark_table["opening"].update(rigged.openings)
    for entry in rigged.schematic_entries:
        catalogue["structure"].append(entry)
        meshes[entry["id"]] = trimesh.Trimesh(*rigged.schematic_meshes[entry["id"]], process=False)
        if entry["id"] in catalogue["meta"]["absent"]:
            catalogue["meta"]["absent"][entry["id"]] += "; drawn schematically instead (schematic = true)"
    if "cisterna_chyli" in rigged.schematic_meshes:
        centre = np.asarray(rigged.schematic_meshes["cisterna_chyli"][0]).mean(axis=0)
        landmark_table["point"]["cisterna_chyli"] = {
            "position": [round(float(c), 1) for c in centre],
            "source": "schematic: centre of the cisterna chyli fitted beside the aorta (rig_schematic.py)"}


def build_model(source: Source, mapping: Mapping3D, *, budget: int = TRIANGLE_BUDGET,
                log: Callable[[str], None] = print) -> tuple[dict, dict, dict, dict]:
    """Everything of the prepared model, in memory: ``(meshes, landmarks, catalogue, files)``.

    Reads and repairs the structures, moves them so the S1 endplate centre is the origin,
    measures the landmarks on the full-resolution meshes, then decimates to ``budget`` and
    derives the rig (:mod:`.rig`); ``files`` maps extra file names (region labels) to arrays.
    """
    start = time.perf_counter()
    meshes, selected = load_structures(source, mapping, log)
    for need in ("disc_l5_s1", "sacrum"):
        if need not in meshes:
            raise DataError(MAPPING_PATH, need, "is needed to find the S1 endplate (the origin)")
    origin = lmk.origin(meshes)
    for mesh in meshes.values():
        mesh.apply_translation(-origin)
    landmark_table = lmk.measure_all(meshes)
    counts = {k: len(m.faces) for k, m in meshes.items()}
    systems = {s.id: s.system for s in mapping.structures}
    limits = caps(systems, counts, {s.id: s.max_faces for s in mapping.structures}, budget=budget)
    full = meshes
    meshes = {k: decimate(m, limits[k]) for k, m in meshes.items()}
    log("  rigging (centrelines, attachments, diaphragm regions and openings, schematic parts)")
    centres = {k: np.asarray(v["centre"], dtype=float) for k, v in landmark_table["vertebra"].items()}
    rigged = rigging.build(full, meshes, centres, landmark_table["point"])
    entries = [_entry(s, meshes[s.id], selected[s.id]) for s in mapping.structures]
    catalogue = {"meta": _meta(source, origin, mapping, 0, 0.0), "structure": entries}
    _add_rig(rigged, meshes, landmark_table, catalogue)
    catalogue["meta"]["n_triangles"] = sum(len(m.faces) for m in meshes.values())
    catalogue["meta"]["import_seconds"] = round(time.perf_counter() - start, 1)
    return meshes, landmark_table, catalogue, dict(rigged.files)


def prepare_model(source: Source, *, root: Path | None = None, mapping: Mapping3D | None = None,
                  budget: int = TRIANGLE_BUDGET, log: Callable[[str], None] = print) -> Path:
    """Import ``source`` into the prepared model folder in the cache and return its path.

    Parameters
    ----------
    source : Source
        From :func:`~anatoflow.anatomy.bodyparts3d.fetch.open_source` or ``download``.
    root : pathlib.Path, optional
        Cache root (default: :func:`~anatoflow.anatomy.bodyparts3d.fetch.cache_root`).
    mapping : Mapping3D, optional
        Element mapping (default: the shipped ``structures.toml``).
    budget : int, keyword-only
        Triangle budget of the whole model.
    log : callable
        Progress messages.

    Raises
    ------
    DataError
        On any bad input, naming the file; the cache is left as it was.
    """
    import tomli_w

    start = time.perf_counter()
    meshes, landmark_table, catalogue, files = build_model(source, mapping or load_mapping(), budget=budget, log=log)
    base = bodyparts3d_root(root)
    base.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".model-building-", dir=base))
    try:
        for sid, mesh in meshes.items():
            mesh.export(tmp / f"{sid}.ply", file_type="ply", encoding="binary")
        for name, array in files.items():
            np.save(tmp / name, array)
        (tmp / "landmarks.toml").write_text(lmk.HEADER + tomli_w.dumps(landmark_table), encoding="utf-8")
        (tmp / bp.ELEMENT_TABLE).write_text(source.read_table(), encoding="utf-8")  # for the search box
        (tmp / "catalogue.toml").write_text(tomli_w.dumps(catalogue), encoding="utf-8")
        _swap_into_place(tmp, model_dir(root))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    n_triangles = catalogue["meta"]["n_triangles"]
    log(f"prepared {len(meshes)} structures, {n_triangles} triangles in {time.perf_counter() - start:.1f} s")
    return model_dir(root)


def _swap_into_place(tmp: Path, final: Path) -> None:
    """Replace ``final`` with ``tmp`` by renames (the old model is removed only afterwards)."""
    old = None
    if final.exists():
        old = final.with_name(f".model-old-{time.time_ns()}")
        final.rename(old)
    try:
        tmp.rename(final)
    except BaseException:
        if old is not None:
            old.rename(final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
