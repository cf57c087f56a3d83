"""Animated glTF export: validator, trimesh round trip, morphing, handedness, materials, arrows."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import trimesh
from export_synth import (BP3D_ATTRIBUTION, PERIOD_S, Animation, arrow_laps, make_animation, make_arrows, make_model,
                          sphere)
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
    _, ivc = glb.node("inferior_vena_cava")
    assert doc["meshes"][ivc["mesh"]]["extras"] == {"targetNames": ["ivc_calibre"], "targetScales": [-0.3]}
    weights = glb.accessor(doc["animations"][0]["samplers"][0]["output"])
    assert weights.min() >= 0.0 and weights.max() == pytest.approx(1.0)
    assert doc["scenes"][0]["extras"]["captions"][1] == {"t": 2.0, "nb": "Utpust", "en": "Breathing out"}


def test_partial_bases_are_stored_sparse(glb):
    _, node = glb.node("inferior_vena_cava")
    target = glb.doc["meshes"][node["mesh"]]["primitives"][0]["targets"][0]["POSITION"]
    acc = glb.doc["accessors"][target]
    assert "sparse" in acc and "bufferView" not in acc
    assert 0 < acc["sparse"]["count"] < acc["count"]


def test_dense_option_writes_no_sparse_accessor_and_the_same_motion(glb, animation, tmp_path):
    path = export_gltf(animation, tmp_path / "dense.glb", sparse=False)
    dense = Glb(path.read_bytes())
    assert not any("sparse" in a for a in dense.doc["accessors"])
    for t in (0.5, 2.0):
        np.testing.assert_array_equal(dense.morphed_positions("inferior_vena_cava", t),
                                      glb.morphed_positions("inferior_vena_cava", t))
    assert validate(path)["issues"]["numErrors"] == 0


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


def test_arrows_scale_with_speed_and_vanish_while_they_wrap(glb, animation):
    """Length is proportional to speed; an arrow restarting at the vessel's lower end (and at
    the loop's closing key) is hidden on both keys around the jump instead of sliding back."""
    arrows, times = animation.arrows, animation.times
    peak = arrows.speeds[:, :4].max()
    for a in range(4):
        index, _ = glb.node(f"flow_arrow_{a:03d}")
        keys = np.append(times, PERIOD_S)                                        # + closing key
        laps = np.floor(arrow_laps(times)[:, a])
        wraps = np.append(np.flatnonzero(np.diff(laps)), len(times) - 1)          # + the closing jump
        assert len(wraps) >= 3
        hidden = np.zeros(len(keys), bool)
        hidden[wraps] = hidden[wraps + 1] = True
        lengths = np.array([glb.sample(index, "scale", t)[1] for t in keys])
        assert np.all(lengths[hidden] < 1e-5)
        speed = np.append(arrows.speeds[:, a], arrows.speeds[0, a])[~hidden]
        np.testing.assert_allclose(lengths[~hidden], speed / peak * 0.018, rtol=1e-5)


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


def test_bodyparts3d_meshes_export_valid_and_right_handed(bodyparts3d_dir, tmp_path):
    """Real open meshes (several shells, open borders) pass the validator; the aortic arch
    (patient's left) lands at larger glTF X than the venae cavae, the psoas left/right too."""
    elements = {"aortic_arch": ("FJ3411", "artery"), "superior_vena_cava": ("FJ3645", "vein"),
                "inferior_vena_cava": ("FJ3441", "vein"), "psoas_major_r": ("FJ1431", "muscle"),
                "psoas_major_l": ("FJ1431M", "muscle"), "diaphragm": ("FJ3131", "muscle")}
    meshes, structures = {}, []
    for sid, (fj, system) in elements.items():
        mesh = trimesh.load(bodyparts3d_dir / "isa_BP3D_4.0_obj_99" / f"{fj}.obj", force="mesh")
        meshes[sid] = (np.asarray(mesh.vertices) - [0.0, -100.0, 900.0], np.asarray(mesh.faces))
        structures.append(Structure(id=sid, name_en=sid, name_nb=sid, name_la=sid, fma="", system=system,
                                    side="midline", colour="#aa5544", opacity=0.7, file=f"{fj}.obj",
                                    source="BodyParts3D", licence="CC BY 4.0", solid=False))
    model = make_model(meshes, structures, attribution=BP3D_ATTRIBUTION)
    times = np.linspace(0.0, PERIOD_S, 9)
    weights = np.zeros((9, len(CHANNEL_NAMES)))
    weights[:, 0] = 20 * np.sin(np.pi * times / PERIOD_S)
    dome = meshes["diaphragm"][0]
    bases = {"diaphragm": {"dome_r_mm": np.where((dome[:, 2] > np.median(dome[:, 2]))[:, None], [0, 0, -1.0], 0.0)
                           .astype(np.float32)}}
    anim = Animation(model=model, times=times, weights=weights, bases=bases, arrows=None)
    path = export_gltf(anim, tmp_path / "bp3d.glb")
    assert validate(path)["issues"]["numErrors"] == 0
    scene = trimesh.load(path, force="scene")
    x = {sid: scene.geometry[sid].bounds.mean(axis=0)[0] for sid in elements}
    assert x["aortic_arch"] > x["superior_vena_cava"] and x["aortic_arch"] > x["inferior_vena_cava"]
    assert x["psoas_major_l"] > x["psoas_major_r"] + 0.05          # psoas bellies ~10 cm apart


def test_meshes_over_65534_vertices_use_uint32_indices(tmp_path):
    n = 260                                                          # an open 260 x 260 grid sheet
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    v = np.stack([ii.ravel() * 1.0, jj.ravel() * 1.0, np.zeros(n * n)], axis=1)
    a = (ii[:-1, :-1] * n + jj[:-1, :-1]).ravel()
    f = np.concatenate([np.stack([a, a + n, a + 1], 1), np.stack([a + 1, a + n, a + n + 1], 1)])
    assert len(v) > 65535
    structure = Structure(id="big", name_en="big", name_nb="stor", name_la="big", fma="", system="organ",
                          side="midline", colour="#808080", opacity=1.0, file="big.ply", source="test",
                          licence="CC0-1.0")
    model = make_model({"big": (v, f)}, [structure])
    times = np.array([0.0, 1.0, 2.0])
    weights = np.zeros((3, len(CHANNEL_NAMES)))
    weights[1, CHANNEL_NAMES.index("rib_lift")] = 1.0
    basis = np.zeros_like(v, dtype=np.float32)
    basis[: len(v) // 10, 0] = 5.0                                   # a tenth moves: sparse, uint32 indices
    anim = Animation(model=model, times=times, weights=weights, bases={"big": {"rib_lift": basis}}, arrows=None)
    path = export_gltf(anim, tmp_path / "big.glb")
    glb = Glb(path.read_bytes())
    prim = glb.doc["meshes"][0]["primitives"][0]
    assert glb.doc["accessors"][prim["indices"]]["componentType"] == 5125
    target = glb.doc["accessors"][prim["targets"][0]["POSITION"]]
    assert target["sparse"]["indices"]["componentType"] == 5125
    np.testing.assert_allclose(glb.morphed_positions("big", 1.0), to_gltf(v + basis), atol=2e-6)
    assert validate(path)["issues"]["numErrors"] == 0
