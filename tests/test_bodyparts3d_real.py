"""BodyParts3D imported from ../shared/anatomy/bodyparts3d (skips when absent).

One import per test session (about 6 s on 2 cores) through the real CLI command.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
import trimesh

from anatoflow.anatomy.bodyparts3d import ATTRIBUTION
from anatoflow.anatomy.bodyparts3d.elements import load_mapping
from anatoflow.anatomy.bodyparts3d.repair import TRIANGLE_BUDGET
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.model import AnatomyModel, load_named_model
from anatoflow.cli import main

#: The built-in model's fixed structure ids (docs/architecture.md).
BUILTIN_IDS = {
    "psoas_major_l", "psoas_major_r", "iliacus_l", "iliacus_r", "diaphragm", "right_crus", "left_crus",
    "central_tendon", "median_arcuate_ligament", "medial_arcuate_ligament_l", "medial_arcuate_ligament_r",
    "vagus_l", "vagus_r", "oesophageal_plexus", "anterior_vagal_trunk", "posterior_vagal_trunk",
    "femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "external_iliac_vein_r",
    "common_iliac_vein_l", "common_iliac_vein_r", "inferior_vena_cava", "azygos_vein", "superior_vena_cava",
    "cisterna_chyli", "thoracic_duct", "aorta", "common_iliac_artery_l", "common_iliac_artery_r",
    *(f"vertebra_t{i}" for i in range(6, 13)), *(f"vertebra_l{i}" for i in range(1, 6)), "sacrum",
    "hip_bone_l", "hip_bone_r", "femur_l", "femur_r", *(f"rib_{i:02d}_{s}" for i in range(7, 13) for s in "lr"),
    "lung_l", "lung_r", "heart", "oesophagus", "liver",
}


@pytest.fixture(scope="session")
def cache(bodyparts3d_cache: Path) -> Path:
    return bodyparts3d_cache


@pytest.fixture(scope="session")
def model(cache: Path) -> AnatomyModel:
    return load_named_model("bodyparts3d", root=cache)


@pytest.fixture(scope="session")
def catalogue_toml(cache: Path) -> dict:
    return tomllib.loads((cache / "bodyparts3d" / "model" / "catalogue.toml").read_text(encoding="utf-8"))


def test_every_builtin_structure_is_found_or_declared_absent(model: AnatomyModel) -> None:
    mapping = load_mapping()
    present = {s.id for s in mapping.structures if s.builtin}
    assert present | set(mapping.absent) == BUILTIN_IDS
    assert not present & set(mapping.absent)
    assert present <= set(model.catalogue.ids)


def test_each_structure_has_all_its_element_files(catalogue_toml: dict) -> None:
    elements = {s["id"]: s["elements"] for s in catalogue_toml["structure"]}
    assert elements["inferior_vena_cava"] == ["FJ3441", "FJ3659"]
    assert elements["aorta"] == ["FJ3413", "FJ3411", "FJ1931", "FJ1932"]
    assert elements["heart"] == ["FJ2439", "FJ2438", "FJ2428"]
    assert elements["external_iliac_vein_l"] == ["FJ3484", "FJ3522", "FJ3523", "FJ3524"]
    assert elements["psoas_major_l"] == ["FJ1431M"] and elements["psoas_major_r"] == ["FJ1431"]
    assert elements["rib_07_l"] == ["FJ3234", "FJ3255"]
    assert elements["diaphragm"] == ["FJ3131"]
    used = [e for files in elements.values() for e in files]
    assert len(used) == len(set(used)), "an element is used twice"


def test_meta_budget_and_attribution(model: AnatomyModel) -> None:
    assert model.attribution == ATTRIBUTION
    assert model.catalogue.meta["licence"] == "CC BY 4.0"
    assert model.n_triangles <= TRIANGLE_BUDGET
    # muscles and vessels kept at full resolution; bones decimated
    assert model.meshes["diaphragm"].n_faces > 30_000
    assert model.meshes["rib_07_l"].n_faces <= 3_000


def test_s1_endplate_is_the_origin(model: AnatomyModel) -> None:
    from scipy.spatial import cKDTree

    disc = model.meshes["disc_l5_s1"].vertices
    sacrum = model.meshes["sacrum"].vertices
    dist, _ = cKDTree(disc).query(sacrum)
    plate = sacrum[dist < dist.min() + 4.0]  # the sacrum's top plate, under the disc
    assert np.linalg.norm(plate.mean(axis=0)) < 3.0
    assert abs(sacrum[:, 2].max()) < 30.0 and disc[:, 2].min() < 0.0 < disc[:, 2].max()


def test_frame_is_lps(model: AnatomyModel) -> None:
    centre = {k: m.vertices.mean(axis=0) for k, m in model.meshes.items()}
    assert centre["heart"][0] > centre["inferior_vena_cava"][0] + 20  # heart to the patient's left
    assert centre["liver_caudate_lobe"][0] < 0 < centre["spleen"][0]
    assert centre["psoas_major_l"][0] > 0 > centre["psoas_major_r"][0]
    zs = [model.landmarks.vertebra(lv)[2] for lv in ("L5", "L4", "L3", "L2", "L1", "T12", "T10", "T8", "T6")]
    assert np.all(np.diff(zs) > 20)  # the spine runs up +z
    for vessel in ("aorta", "inferior_vena_cava"):  # great vessels in front of (-y) the bodies
        v = model.meshes[vessel].vertices
        for level in ("L2", "T12"):
            body = model.landmarks.vertebra(level)
            near = v[np.abs(v[:, 2] - body[2]) < 5]
            assert near[:, 1].mean() < body[1] - 15, (vessel, level)
    assert centre["sternum"][1] < centre["vertebra_t8"][1] - 100


def test_closed_meshes_face_outward(model: AnatomyModel) -> None:
    solid = [s.id for s in model.catalogue if s.solid]
    assert len(solid) > 60
    for sid in solid:
        mesh = model.meshes[sid]
        assert trimesh.Trimesh(mesh.vertices, mesh.faces, process=False).volume > 0, sid


def test_landmarks_are_sensible(model: AnatomyModel) -> None:
    lm = model.landmarks
    for level in ("T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5"):
        assert abs(lm.vertebra(level)[0]) < 5
    # the subject's own spacing (reference/anatomy.md: L3 +70, T12 +173, T8 +291 above L5)
    l5 = lm.vertebra("L5")[2]
    for level, rise in (("L3", 70), ("T12", 173), ("T8", 291)):
        assert lm.vertebra(level)[2] - l5 == pytest.approx(rise, abs=6)
    for s, sign in (("l", 1), ("r", -1)):
        head = lm.get(f"femoral_head_{s}")
        assert 85 < sign * head[0] < 105 and -115 < head[2] < -85
        troch = lm.get(f"lesser_trochanter_{s}")
        assert sign * (troch[0] - head[0]) > 0  # lateral to the head centre, not medial
        assert 50 < head[2] - troch[2] < 80
    assert lm.openings["caval"].position[2] > lm.openings["aortic"].position[2]
    assert lm.openings["caval"].position[0] < 0 < lm.openings["oesophageal"].position[0]
    assert lm.openings["caval"].level.startswith(("T8", "T9"))
    assert lm.get("right_dome_apex")[2] > lm.get("left_dome_apex")[2]


def test_status_and_report(cache: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANATOFLOW_CACHE", str(cache))
    assert main(["fetch-anatomy", "--status", "--report"]) == 0
    out = capsys.readouterr().out
    assert "CC BY 4.0" in out and ATTRIBUTION in out and "shared/anatomy/bodyparts3d" in out
    row = next(line for line in out.splitlines() if line.strip().startswith("T8 "))
    assert row.count("(") == 2  # measured beside the built-in value
    monkeypatch.setenv("ANATOFLOW_CACHE", str(cache / "empty"))
    assert main(["fetch-anatomy", "--status"]) == 1


def test_named_models(cache: Path) -> None:
    with pytest.raises(ValueError, match="is not one of"):
        load_named_model("atlas")
    with pytest.raises(FileNotFoundError, match="fetch-anatomy"):
        load_named_model("bodyparts3d", root=cache / "nothing")


def test_any_element_can_be_found_and_loaded_in_the_model_frame(cache: Path, model: AnatomyModel) -> None:
    from anatoflow.anatomy.bodyparts3d.extras import find_elements, load_concept

    hits = find_elements("kidney", root=cache)
    assert ("FMA7205", "Left kidney", ("FJ3145",)) in hits
    assert find_elements("fma10951", root=cache)[0][2] == ("FJ3441", "FJ3659")
    kidney = load_concept("FMA7205", root=cache)
    assert np.allclose(kidney.vertices.mean(axis=0), model.meshes["kidney_l"].vertices.mean(axis=0), atol=2.0)
    with pytest.raises(DataError, match="concept FMA1 is not in the element table"):
        load_concept("FMA1", root=cache)
