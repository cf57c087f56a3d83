"""The shipped built-in model: complete catalogue, closed outward meshes, landmarks, clear openings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import trimesh

from anatoflow.anatomy import measure, proximity
from anatoflow.anatomy.builtin import generate
from anatoflow.anatomy.model import AnatomyModel, load_model

REPO = Path(__file__).resolve().parents[1]
MESHES = REPO / "meshes"


def _fixed_ids() -> list[str]:
    ids = ["psoas_major_l", "psoas_major_r", "iliacus_l", "iliacus_r", "diaphragm", "right_crus", "left_crus",
           "central_tendon", "median_arcuate_ligament", "medial_arcuate_ligament_l", "medial_arcuate_ligament_r",
           "vagus_l", "vagus_r", "oesophageal_plexus", "anterior_vagal_trunk", "posterior_vagal_trunk",
           "femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "external_iliac_vein_r",
           "common_iliac_vein_l", "common_iliac_vein_r", "inferior_vena_cava", "azygos_vein",
           "superior_vena_cava", "cisterna_chyli", "thoracic_duct", "aorta", "common_iliac_artery_l",
           "common_iliac_artery_r", "sacrum", "hip_bone_l", "hip_bone_r", "femur_l", "femur_r",
           "lung_l", "lung_r", "heart", "oesophagus", "liver"]
    ids += [f"vertebra_t{n}" for n in range(6, 13)] + [f"vertebra_l{n}" for n in range(1, 6)]
    ids += [f"rib_{n:02d}_{s}" for s in ("l", "r") for n in range(7, 13)]
    return ids


@pytest.fixture(scope="module")
def model() -> AnatomyModel:
    return load_model(MESHES)


@pytest.fixture(scope="module")
def mesh_set(model: AnatomyModel) -> proximity.MeshSet:
    return proximity.MeshSet({k: (m.vertices, m.faces) for k, m in model.meshes.items()}, spacing=1.5)


def test_ids_are_the_fixed_list(model: AnatomyModel) -> None:
    assert len(_fixed_ids()) == 64
    assert sorted(model.catalogue.ids) == sorted(_fixed_ids())


def test_every_entry_is_complete(model: AnatomyModel) -> None:
    for s in model.catalogue:
        assert (MESHES / s.file).is_file(), s.id
        assert s.name_en and s.name_nb and s.name_la, s.id
        assert s.system and s.licence == "CC0-1.0" and s.schematic, s.id
        if s.system in ("vein", "artery", "lymph", "nerve") or s.id == "oesophagus":
            rig = s.rig
            assert len(rig["centreline"]) == len(rig["radius"]) >= 2, s.id
    assert model.catalogue.meta["frame"] == "LPS" and model.catalogue.meta["units"] == "mm"


def test_solids_are_watertight_and_outward(model: AnatomyModel) -> None:
    for sid, m in model.meshes.items():
        assert model.catalogue[sid].solid
        tm = trimesh.Trimesh(m.vertices, m.faces, process=False)
        assert tm.is_watertight, sid
        assert tm.is_winding_consistent, sid
        assert tm.volume > 0, sid


def test_landmarks_match_the_meshes(model: AnatomyModel) -> None:
    lm = model.landmarks
    guesses = {n: lm.get(n) for n in lm.names()}
    measured = measure.measure_landmarks({k: (m.vertices, m.faces) for k, m in model.meshes.items()}, guesses)
    assert set(measured) == set(guesses) - set(measure.UNMEASURED)
    errors = {n: float(np.linalg.norm(p - guesses[n])) for n, p in measured.items()}
    assert max(errors.values()) < 10.0, {n: round(e, 1) for n, e in errors.items() if e >= 10.0}


def test_right_dome_higher_than_left(model: AnatomyModel) -> None:
    v = model.meshes["diaphragm"].vertices
    assert measure.dome_apex(v, -1.0)[2] > measure.dome_apex(v, 1.0)[2] + 8.0


PASSAGES = {
    "inferior_vena_cava": ("opening.caval", ("central_tendon", "diaphragm", "right_crus")),
    "oesophagus": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "anterior_vagal_trunk": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "posterior_vagal_trunk": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "aorta": ("opening.aortic", ("right_crus", "left_crus", "median_arcuate_ligament", "diaphragm")),
    "thoracic_duct": ("opening.aortic", ("right_crus", "left_crus", "median_arcuate_ligament", "diaphragm")),
}


@pytest.mark.parametrize("tube", sorted(PASSAGES))
def test_tubes_pass_their_opening_without_touching(model: AnatomyModel, mesh_set: proximity.MeshSet,
                                                   tube: str) -> None:
    opening, walls = PASSAGES[tube]
    centre = model.landmarks.get(opening)
    line = np.asarray(model.catalogue[tube].rig["centreline"])
    assert line[:, 2].max() > centre[2] + 15 and line[:, 2].min() < centre[2] - 15, "does not cross the level"
    for wall in walls:
        gap = mesh_set.clearance(tube, wall)
        assert gap > 1.0, f"{tube} within {gap:.2f} mm of {wall}"


def test_no_unlisted_intersections(model: AnatomyModel, mesh_set: proximity.MeshSet) -> None:
    ids = model.catalogue.ids
    bad = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if b in model.catalogue[a].attaches or a in model.catalogue[b].attaches:
                continue
            if mesh_set.intersects(a, b):
                bad.append((a, b))
    assert not bad


def test_intersection_check_detects_overlap() -> None:
    from anatoflow.anatomy.builtin.primitives import ellipsoid

    a = ellipsoid((0, 0, 0), (10, 10, 10))
    b = ellipsoid((15, 0, 0), (10, 10, 10))
    c = ellipsoid((25, 0, 0), (3, 3, 3))
    inner = ellipsoid((0, 0, 0), (2, 2, 2))
    ms = proximity.MeshSet({k: (p.vertices, p.faces) for k, p in
                            {"a": a, "b": b, "c": c, "inner": inner}.items()}, spacing=1.0)
    assert ms.intersects("a", "b")
    assert not ms.intersects("a", "c")
    assert ms.intersects("a", "inner")
    assert 1.0 < ms.clearance("a", "c") < 13.0


def test_committed_files_equal_generator_output(model: AnatomyModel) -> None:
    gen = generate(MESHES / "landmarks.toml")
    assert (MESHES / "catalogue.toml").read_text(encoding="utf-8") == gen.catalogue_text
    for sid, m in model.meshes.items():
        np.testing.assert_array_equal(m.faces, gen.faces[sid])
        np.testing.assert_allclose(m.vertices, gen.vertices[sid], rtol=0, atol=1e-4)


def test_generator_is_deterministic_and_cli_writes_a_loadable_model(tmp_path: Path) -> None:
    from anatoflow.cli import main

    assert main(["generate-meshes", "--out", str(tmp_path), "--landmarks", str(MESHES / "landmarks.toml")]) == 0
    assert (tmp_path / "catalogue.toml").read_bytes() == (MESHES / "catalogue.toml").read_bytes()
    again = load_model(tmp_path)
    shipped = load_model(MESHES)
    for sid, m in again.meshes.items():
        np.testing.assert_array_equal(m.faces, shipped.meshes[sid].faces)
        np.testing.assert_allclose(m.vertices, shipped.meshes[sid].vertices, rtol=0, atol=1e-4)
    assert again.n_triangles <= 400_000


def test_centrelines_run_in_the_direction_of_flow(model: AnatomyModel) -> None:
    def z(sid: str) -> np.ndarray:
        return np.asarray(model.catalogue[sid].rig["centreline"])[:, 2]

    for rising in ("inferior_vena_cava", "thoracic_duct", "cisterna_chyli", "femoral_vein_l",
                   "external_iliac_vein_r", "azygos_vein"):
        assert z(rising)[-1] > z(rising)[0], rising
    for falling in ("aorta", "superior_vena_cava", "vagus_l", "vagus_r", "anterior_vagal_trunk", "oesophagus",
                    "psoas_major_r", "iliacus_l"):
        assert z(falling)[-1] < z(falling)[0], falling
    cat = model.catalogue
    assert cat["psoas_major_l"].rig["insertion"] == "lesser_trochanter_l"
    assert list(cat["psoas_major_r"].rig["origin"])[0] == "T12"
    for s in cat:
        for name in s.rig.get("origin", ()):
            model.landmarks.get(name)
