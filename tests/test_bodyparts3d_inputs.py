"""BodyParts3D import on tiny synthetic inputs (always run, no network, no ../shared).

A fake element table and three small OBJ meshes (a disc on a sacrum, and a two-element vein)
stand in for the archive. Every malformed input must raise a DataError naming the file and
leave nothing in the cache.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
import trimesh

from anatoflow.anatomy.bodyparts3d import ATTRIBUTION, ELEMENT_TABLE, OBJ_FOLDER
from anatoflow.anatomy.bodyparts3d.elements import Mapping3D, StructureSpec, parse_element_table
from anatoflow.anatomy.bodyparts3d.fetch import open_source
from anatoflow.anatomy.bodyparts3d.importer import prepare_model
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.model import load_model

TABLE = (
    "concept id\tname\telement file id\n"
    "FMA16037\tIntervertebral disk of fifth lumbar vertebra\tFJ0001\n"
    "FMA16202\tSacrum\tFJ0002\n"
    "FMA10951\tInferior vena cava\tFJ0003\n"
    "FMA10951\tInferior vena cava\tFJ0004\n"
    "FMA5018\tBone organ\tFJ0002\n"
)
#: Native-frame offset of the fake subject (like BodyParts3D's ~1 m above its own origin).
OFFSET = np.array([5.0, -80.0, 980.0])


def _spec(sid: str, fma: str, system: str) -> StructureSpec:
    return StructureSpec(id=sid, fma=fma, elements=(fma,), name_en=sid, name_nb=sid, name_la=sid,
                         system=system, side="midline", colour="#888888", opacity=1.0, motion="static",
                         builtin=True)


MAPPING = Mapping3D(
    structures=(_spec("disc_l5_s1", "FMA16037", "bone"), _spec("sacrum", "FMA16202", "bone"),
                _spec("inferior_vena_cava", "FMA10951", "vein")),
    absent={},
)


def _obj(mesh: trimesh.Trimesh) -> str:
    return trimesh.exchange.obj.export_obj(mesh, include_normals=False, include_texture=False)


def _meshes() -> dict[str, str]:
    disc = trimesh.creation.cylinder(radius=22.0, height=10.0, sections=24)
    disc.apply_translation(OFFSET + [0, 0, 5.0])
    sacrum = trimesh.creation.box(extents=[80.0, 60.0, 90.0])
    sacrum.apply_translation(OFFSET + [0, 10.0, -45.0])
    upper = trimesh.creation.cylinder(radius=10.0, height=80.0, sections=16)
    upper.apply_translation(OFFSET + [-20.0, -40.0, 140.0])
    lower = trimesh.creation.cylinder(radius=10.0, height=78.0, sections=16)
    lower.apply_translation(OFFSET + [-20.0, -40.0, 59.0])  # 2 mm below the upper segment
    return {"FJ0001": _obj(disc), "FJ0002": _obj(sacrum), "FJ0003": _obj(upper), "FJ0004": _obj(lower)}


def make_folder(base: Path, objs: dict[str, str] | None = None, table: str = TABLE) -> Path:
    """Write a fake BodyParts3D folder in the official layout."""
    folder = base / "bp3d"
    (folder / OBJ_FOLDER).mkdir(parents=True)
    (folder / ELEMENT_TABLE).write_text(table, encoding="utf-8")
    for element, text in (objs if objs is not None else _meshes()).items():
        (folder / OBJ_FOLDER / f"{element}.obj").write_text(text)
    return folder


def make_zip(base: Path, name: str = "fake_bp3d.zip", objs: dict[str, str] | None = None) -> Path:
    """Write a fake archive (OBJ folder inside, element table beside it)."""
    path = base / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for element, text in (objs if objs is not None else _meshes()).items():
            archive.writestr(f"{OBJ_FOLDER}/{element}.obj", text)
    (base / ELEMENT_TABLE).write_text(TABLE, encoding="utf-8")
    return path


def assert_cache_clean(cache: Path) -> None:
    left = [p for p in cache.rglob("*") if p.is_file()] if cache.exists() else []
    assert left == [], f"left in the cache: {left}"


def _prepare(path: Path, cache: Path) -> Path:
    return prepare_model(open_source(path), root=cache, mapping=MAPPING, log=lambda _: None)


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_good_fake_source_prepares_a_loadable_model(tmp_path: Path, kind: str) -> None:
    src = make_folder(tmp_path) if kind == "folder" else make_zip(tmp_path)
    folder = _prepare(src, tmp_path / "cache")
    model = load_model(folder)
    assert model.name == "bodyparts3d"
    assert model.attribution == ATTRIBUTION
    assert model.catalogue.meta["licence"] == "CC BY 4.0"
    # origin: the centre of the disc-on-sacrum contact, i.e. OFFSET in the native frame
    assert np.allclose(model.catalogue.meta["origin_native_mm"], OFFSET, atol=1.0)
    disc = model.meshes["disc_l5_s1"]
    assert abs(disc.vertices[:, 2].min()) < 0.5 and abs(disc.vertices[:, :2].mean(axis=0)).max() < 1.0
    ivc = model.meshes["inferior_vena_cava"]
    assert ivc.bounds[0, 2] == pytest.approx(20.0, abs=0.5) and ivc.bounds[1, 2] == pytest.approx(180.0, abs=0.5)
    assert trimesh.Trimesh(ivc.vertices, ivc.faces).split(only_watertight=False).__len__() == 2
    for mesh in model.meshes.values():  # closed shells point outward
        assert trimesh.Trimesh(mesh.vertices, mesh.faces).volume > 0
    assert model.landmarks.vertebra("S1") == pytest.approx([0, 0, 0])
    assert [p.name for p in (tmp_path / "cache" / "bodyparts3d").iterdir()] == ["model"]


def test_element_table_selects_by_specific_concept(tmp_path: Path) -> None:
    table = parse_element_table(TABLE, tmp_path / ELEMENT_TABLE)
    assert table.elements_of("FMA10951") == ("FJ0003", "FJ0004")
    assert table.elements_of("FMA16202") == ("FJ0002",)
    assert table.find("vena") == [("FMA10951", "Inferior vena cava")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("", "<file>"),
        ("id\tname\n", "line 1"),
        (TABLE + "FMA1\tbroken row\n", "line 7"),
        (TABLE.replace("FMA16202\t", "16202\t"), "line 3.concept id"),
        (TABLE.replace("FJ0002\n", "part 2\n", 1), "line 3.element file id"),
    ],
)
def test_malformed_element_table_names_the_line(tmp_path: Path, text: str, where: str) -> None:
    src = make_folder(tmp_path, table=text)
    with pytest.raises(DataError) as info:
        _prepare(src, tmp_path / "cache")
    assert ELEMENT_TABLE in str(info.value) and where in str(info.value)
    assert_cache_clean(tmp_path / "cache")


def _bad_obj(kind: str) -> str:
    if kind == "nan":
        return "v 0 0 0\nv nan 0 0\nv 0 50 0\nv 0 0 50\nf 1 2 3\nf 1 3 4\n"
    if kind == "empty":
        return "# no geometry\n"
    if kind == "metres":
        box = trimesh.creation.box(extents=[0.08, 0.06, 0.09])
        box.apply_translation(OFFSET / 1000.0)
        return _obj(box)
    return "v 1 2\nf 1 x\n"


@pytest.mark.parametrize(("kind", "message"), [("nan", "NaN"), ("empty", "empty"), ("metres", "metres")])
@pytest.mark.parametrize("layout", ["folder", "zip"])
def test_bad_obj_names_the_file(tmp_path: Path, kind: str, message: str, layout: str) -> None:
    objs = _meshes()
    objs["FJ0002"] = _bad_obj(kind)
    src = make_folder(tmp_path, objs) if layout == "folder" else make_zip(tmp_path, objs=objs)
    with pytest.raises(DataError) as info:
        _prepare(src, tmp_path / "cache")
    assert "FJ0002.obj" in str(info.value) and message in str(info.value)
    assert_cache_clean(tmp_path / "cache")


@pytest.mark.parametrize("layout", ["folder", "zip"])
def test_missing_element_names_the_file(tmp_path: Path, layout: str) -> None:
    objs = _meshes()
    del objs["FJ0004"]
    src = make_folder(tmp_path, objs) if layout == "folder" else make_zip(tmp_path, objs=objs)
    with pytest.raises(DataError, match=r"FJ0004\.obj.*missing.*inferior_vena_cava"):
        _prepare(src, tmp_path / "cache")
    assert_cache_clean(tmp_path / "cache")


def test_missing_concept_names_the_table(tmp_path: Path) -> None:
    src = make_folder(tmp_path, table=TABLE.replace("FMA16202", "FMA99999"))
    with pytest.raises(DataError, match=r"isa_element_parts\.txt: concept FMA16202 is missing"):
        _prepare(src, tmp_path / "cache")
    assert_cache_clean(tmp_path / "cache")


def test_truncated_zip_is_named(tmp_path: Path) -> None:
    path = make_zip(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError, match=r"fake_bp3d\.zip.*truncated or corrupted"):
        _prepare(path, tmp_path / "cache")
    assert_cache_clean(tmp_path / "cache")


def test_corrupted_zip_member_is_named(tmp_path: Path) -> None:
    path = make_zip(tmp_path, objs={**_meshes(), "FJ0002": "v 1 2 3\n" * 4000})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"{OBJ_FOLDER}/FJ0002.obj")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + 20
    data[start:start + 40] = bytes(40)  # damage the compressed stream of FJ0002
    path.write_bytes(bytes(data))
    with pytest.raises(DataError, match=r"FJ0002\.obj.*corrupted"):
        _prepare(path, tmp_path / "cache")
    assert_cache_clean(tmp_path / "cache")


def test_archive_with_official_name_needs_official_checksum(tmp_path: Path) -> None:
    path = make_zip(tmp_path, name="isa_BP3D_4.0_obj_99.zip")
    with pytest.raises(DataError, match=r"isa_BP3D_4\.0_obj_99\.zip: sha256 is [0-9a-f]{64}, not the official"):
        _prepare(path, tmp_path / "cache")
    assert_cache_clean(tmp_path / "cache")


def test_failed_rerun_keeps_the_previous_model(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = _prepare(make_folder(tmp_path), cache)
    before = sorted(p.name for p in folder.iterdir())
    objs = _meshes()
    objs["FJ0001"] = _bad_obj("nan")
    bad = make_folder(tmp_path / "second", objs)
    with pytest.raises(DataError):
        _prepare(bad, cache)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [p.name for p in (cache / "bodyparts3d").iterdir()] == ["model"]
    load_model(folder)


def test_caps_keep_muscles_and_vessels_and_meet_the_budget() -> None:
    from anatoflow.anatomy.bodyparts3d.repair import caps

    systems = {"diaphragm": "muscle", "ivc": "vein", "rib": "bone", "heart": "organ"}
    counts = {"diaphragm": 34_000, "ivc": 1_500, "rib": 5_000, "heart": 30_000}
    assert caps(systems, counts, {}) == {"diaphragm": 34_000, "ivc": 1_500, "rib": 3_000, "heart": 10_000}
    tight = caps(systems, counts, {"heart": 2_000}, budget=37_000)
    assert tight["diaphragm"] == 34_000 and tight["ivc"] == 1_500
    assert sum(tight.values()) <= 37_000 + 400 and tight["heart"] < 2_000 and tight["rib"] < 3_000


def test_zip_with_the_table_inside(tmp_path: Path) -> None:
    path = tmp_path / "inside.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(ELEMENT_TABLE, TABLE)
        for element, text in _meshes().items():
            archive.writestr(f"{OBJ_FOLDER}/{element}.obj", text)
    model = load_model(_prepare(path, tmp_path / "cache"))
    assert model.catalogue.ids == ("disc_l5_s1", "sacrum", "inferior_vena_cava")
    with zipfile.ZipFile(tmp_path / "no_table.zip", "w") as archive:
        archive.writestr(f"{OBJ_FOLDER}/FJ0001.obj", _meshes()["FJ0001"])
    with pytest.raises(DataError, match=r"isa_element_parts\.txt.*is missing"):
        open_source(tmp_path / "no_table.zip")


def test_mapping_reads_tethers_and_refuses_a_malformed_list(tmp_path: Path) -> None:
    """``tethers`` (the moving structures a vessel is bound to) reach the spec as a tuple; anything
    but a list of ids is refused, naming the file and the field."""
    from anatoflow.anatomy.bodyparts3d.elements import load_mapping

    entry = ('[[structure]]\nid = "renal_vein_l"\nfma = "FMA14336"\nelements = ["FMA14336"]\nname_en = "v"\n'
             'name_nb = "v"\nname_la = "v"\nsystem = "vein"\nside = "left"\ncolour = "#3a64b0"\nopacity = 1.0\n'
             'motion = "vessel"\nbuiltin = false\n')
    good = tmp_path / "good.toml"
    good.write_text(entry + 'tethers = ["kidney_l", "inferior_vena_cava"]\n', encoding="utf-8")
    assert load_mapping(good)["renal_vein_l"].tethers == ("kidney_l", "inferior_vena_cava")
    bad = tmp_path / "bad.toml"
    bad.write_text(entry + 'tethers = "kidney_l"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.toml.*renal_vein_l.*tethers"):
        load_mapping(bad)


def test_shipped_mapping_binds_the_renal_veins_to_kidney_and_ivc() -> None:
    from anatoflow.anatomy.bodyparts3d.elements import load_mapping

    mapping = load_mapping()
    for side in ("l", "r"):
        assert {f"kidney_{side}", "inferior_vena_cava"} <= set(mapping[f"renal_vein_{side}"].tethers)
    known = {s.id for s in mapping.structures}
    assert all(set(s.tethers) <= known for s in mapping.structures)
