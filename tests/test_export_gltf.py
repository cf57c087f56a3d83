"""Animated glTF export: validator, trimesh round trip, morphing, handedness, materials, arrows."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import trimesh
from export_synth import BP3D_ATTRIBUTION, PERIOD_S, Animation, make_animation, make_arrows, make_model, sphere
from gltf_reader import Glb

from anatoflow.anatomy.catalogue import Structure
from anatoflow.anatomy.frame import to_gltf
from anatoflow.export.gltf import build_glb, export_gltf, srgb_to_linear
from anatoflow.motion.channels import CHANNEL_NAMES

REPO = Path(__file__).resolve().parents[1]
VALIDATOR = REPO / "tools" / "gltf-validate"


@pytest.fixture(scope="module")
def animation() -> Animation:
    return make_animation()


@pytest.fixture(scope="module")
def glb_path(animation, tmp_path_factory) -> Path:
    return export_gltf(animation, tmp_path_factory.mktemp("gltf") / "breath.glb")


@pytest.fixture(scope="module")
def glb(glb_path) -> Glb:
    return Glb(glb_path.read_bytes())


def validate(path: Path) -> dict:
    """Run the Khronos validator through tools/gltf-validate; skip when it is not installed."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is missing: the Khronos glTF validator runs on node (apt-get install nodejs)")
    if not (VALIDATOR / "node_modules" / "gltf-validator").is_dir():
        pytest.skip("glTF validator not installed: run npm ci --prefix tools/gltf-validate (scripts/install.sh)")
    proc = subprocess.run([node, str(VALIDATOR / "validate.mjs"), str(path)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_glb_passes_the_khronos_validator(glb_path):
    report = validate(glb_path)
    issues = report["issues"]
    assert issues["numErrors"] == 0, json.dumps(issues["messages"], indent=1)
    assert issues["numWarnings"] == 0, json.dumps(issues["messages"], indent=1)
    assert report["info"]["animationCount"] == 1
    assert report["info"]["hasMorphTargets"] is True


def test_validator_catches_a_broken_file(glb_path, tmp_path):
    """The validator check can fail: a GLB with a wrong accessor bound is reported."""
    data = bytearray(glb_path.read_bytes())
    doc_len = int.from_bytes(data[12:16], "little")
    text = data[20 : 20 + doc_len].decode()
    doc = json.loads(text)
    doc["accessors"][1]["max"] = [9.0, 9.0, 9.0]
    new = json.dumps(doc, separators=(",", ":")).encode()
    new += b" " * (doc_len - len(new))
    assert len(new) == doc_len
    data[20 : 20 + doc_len] = new
    bad = tmp_path / "bad.glb"
    bad.write_bytes(bytes(data))
    assert validate(bad)["issues"]["numErrors"] > 0


def test_round_trip_through_trimesh(glb_path, animation):
    scene = trimesh.load(glb_path, force="scene")
    for sid, mesh in animation.model.meshes.items():
        geom = scene.geometry[sid]
        assert len(geom.vertices) == mesh.n_vertices
        assert len(geom.faces) == mesh.n_faces
        np.testing.assert_allclose(geom.vertices, to_gltf(mesh.vertices), atol=1e-6)
    arrows = [n for n in scene.graph.nodes_geometry if n.startswith("flow_arrow_")]
    assert len(arrows) == len(animation.arrows.kinds)


def test_morph_weights_move_exactly_the_based_vertices(glb, animation):
    t_rest, t_peak = 0.0, PERIOD_S / 2
    for sid, bases in animation.bases.items():
        rest = glb.morphed_positions(sid, t_rest)
        peak = glb.morphed_positions(sid, t_peak)
        moved = np.linalg.norm(peak - rest, axis=1) > 1e-6
        based = np.any([np.linalg.norm(b, axis=1) > 0 for b in bases.values()], axis=0)
        assert moved.any()
        np.testing.assert_array_equal(moved, based)


def test_glb_positions_match_the_rig_formula_at_any_time(glb, animation):
    """glTF vertices at time t = to_gltf(rest + sum_k w_k(t) basis_k), between key frames too."""
    for t in (0.0, 0.7, 1.55, 2.0, 3.3):
        weights = np.array([np.interp(t, animation.times, animation.weights[:, k]) for k in range(len(CHANNEL_NAMES))])
        for sid, bases in animation.bases.items():
            lps = np.asarray(animation.model.meshes[sid].vertices, float).copy()
            for name, basis in bases.items():
                lps += weights[CHANNEL_NAMES.index(name)] * basis
            np.testing.assert_allclose(glb.morphed_positions(sid, t), to_gltf(lps), atol=2e-6)


def test_cycle_is_closed_on_its_first_frame(glb, animation):
    index, _ = glb.node("diaphragm")
    end = glb.doc["accessors"][glb.doc["animations"][0]["samplers"][0]["input"]]["max"][0]
    assert end == pytest.approx(PERIOD_S)
    np.testing.assert_allclose(glb.sample(index, "weights", 0.0), glb.sample(index, "weights", end), atol=1e-7)


def test_handedness_left_is_plus_x_anterior_is_plus_z():
    markers = {"marker_left": (100.0, 0.0, 0.0), "marker_anterior": (0.0, -100.0, 0.0), "marker_up": (0.0, 0.0, 100.0)}
    meshes = {name: sphere(centre, 10.0, n=6) for name, centre in markers.items()}
    structures = [Structure(id=n, name_en=n, name_nb=n, name_la=n, fma="", system="bone", side="midline",
                            colour="#ffffff", opacity=1.0, file=f"{n}.ply", source="test", licence="CC0-1.0")
                  for n in markers]
    model = make_model(meshes, structures)
    times = np.array([0.0, 1.0])
    anim = Animation(model=model, times=times, weights=np.zeros((2, len(CHANNEL_NAMES))), bases={},
                     arrows=None)
    scene = trimesh.load(trimesh.util.wrap_as_stream(build_glb(anim)), file_type="glb", force="scene")
    centres = {n: scene.geometry[n].bounds.mean(axis=0) for n in markers}
    assert centres["marker_left"][0] == pytest.approx(0.1, abs=1e-3)      # patient's left -> +X
    assert centres["marker_anterior"][2] == pytest.approx(0.1, abs=1e-3)  # anterior -> +Z (front)
    assert centres["marker_up"][1] == pytest.approx(0.1, abs=1e-3)        # superior -> +Y (up)
    for n in markers:
        transform, _ = scene.graph[n]
        np.testing.assert_allclose(transform, np.eye(4))


def test_materials_nodes_and_asset(glb, animation):
    doc = glb.doc
    assert doc["asset"]["generator"] == "anatoflow"
    assert doc["asset"]["copyright"] == BP3D_ATTRIBUTION
    materials = {m["name"]: m for m in doc["materials"]}
    dome, ivc, bone = materials["diaphragm"], materials["inferior_vena_cava"], materials["vertebra_l1"]
    assert dome["alphaMode"] == "BLEND" and dome["pbrMetallicRoughness"]["baseColorFactor"][3] == 0.8
    assert dome.get("doubleSided") and ivc.get("doubleSided")        # open surfaces
    assert "doubleSided" not in bone and "alphaMode" not in bone      # closed, opaque
    assert ivc["pbrMetallicRoughness"]["baseColorFactor"][:3] == srgb_to_linear("#3b5bdb")
    _, node = glb.node("diaphragm")
    assert node["extras"]["system"] == "muscle"
    assert node["extras"]["names"]["nb"] == "Mellomgulv"
    extras = doc["meshes"][node["mesh"]]["extras"]
    assert extras["targetNames"] == ["dome_r_mm", "rib_lift"]
    assert doc["scenes"][0]["extras"]["captions"][1] == {"t": 2.0, "nb": "Utpust", "en": "Breathing out"}


def test_partial_bases_are_stored_sparse(glb):
    _, node = glb.node("inferior_vena_cava")
    target = glb.doc["meshes"][node["mesh"]]["primitives"][0]["targets"][0]["POSITION"]
    acc = glb.doc["accessors"][target]
    assert "sparse" in acc and "bufferView" not in acc
    assert 0 < acc["sparse"]["count"] < acc["count"]


def test_arrows_point_along_the_flow_and_scale_with_speed(glb, animation):
    arrows = animation.arrows
    for a, t in ((0, 1.0), (4, 0.0), (2, 3.0)):
        index, _ = glb.node(f"flow_arrow_{a:03d}")
        x, y, z, w = glb.sample(index, "rotation", t)
        q = np.array([x, y, z])
        pointing = np.array([0.0, 1.0, 0.0])
        pointing = pointing + 2 * np.cross(q, np.cross(q, pointing) + w * pointing)
        frame = int(round(t / (PERIOD_S / len(animation.times))))
        expected = to_gltf(arrows.directions[frame, a])
        np.testing.assert_allclose(pointing / np.linalg.norm(pointing), expected / np.linalg.norm(expected), atol=1e-4)
        np.testing.assert_allclose(glb.sample(index, "translation", t), to_gltf(arrows.positions[frame, a]), atol=1e-6)
    index, _ = glb.node("flow_arrow_000")
    slow, fast = glb.sample(index, "scale", 3.0)[1], glb.sample(index, "scale", 1.0)[1]
    assert fast > 2 * slow > 0


def test_export_without_arrows_or_bases_still_valid(tmp_path):
    anim = make_animation()
    still = Animation(model=anim.model, times=anim.times, weights=np.zeros_like(anim.weights), bases={},
                      arrows=make_arrows(anim.times))
    path = export_gltf(still, tmp_path / "still.glb", arrows=False)
    doc = Glb(path.read_bytes()).doc
    assert "animations" not in doc and "targets" not in json.dumps(doc["meshes"])
    assert validate(path)["issues"]["numErrors"] == 0


@pytest.mark.parametrize("times", [np.array([0.0]), np.array([0.0, 1.0, 1.0]), np.array([1.0, 0.0])])
def test_bad_times_raise_and_leave_no_file(tmp_path, times):
    anim = make_animation(n_frames=len(times))
    bad = Animation(model=anim.model, times=times, weights=anim.weights, bases=anim.bases, arrows=None)
    target = tmp_path / "bad.glb"
    with pytest.raises(ValueError, match="animation.times"):
        export_gltf(bad, target)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_are_refused(tmp_path, animation):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        export_gltf(animation, tmp_path / "missing" / "x.glb")
    with pytest.raises(PermissionError, match="is a folder"):
        export_gltf(animation, tmp_path)
    with pytest.raises(PermissionError, match="anatoflow_export_test.glb"):
        export_gltf(animation, Path("/proc/anatoflow_export_test.glb"))   # unwritable, even for root
    assert not Path("/proc/anatoflow_export_test.glb").exists()


def test_a_failed_export_keeps_the_previous_file(tmp_path, animation):
    target = tmp_path / "breath.glb"
    target.write_bytes(b"previous")
    bad = Animation(model=animation.model, times=animation.times[::-1], weights=animation.weights,
                    bases=animation.bases, arrows=None)
    with pytest.raises(ValueError):
        export_gltf(bad, target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["breath.glb"]
