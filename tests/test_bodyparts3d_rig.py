"""The rig derived from the BodyParts3D shapes, and the pure functions that derive it.

The synthetic tests run anywhere; the real ones use the model prepared once per session from
../shared/anatomy/bodyparts3d (they skip when it is absent).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
import trimesh
from bodyparts3d_checks import both_ways, boxes_meet

from anatoflow.anatomy.bodyparts3d import rig_diaphragm as rd
from anatoflow.anatomy.bodyparts3d import rig_geometry as g
from anatoflow.anatomy.bodyparts3d import rig_schematic as rs
from anatoflow.anatomy.bodyparts3d.rig import REGIONS_FILE, SCHEMATIC
from anatoflow.anatomy.bodyparts3d.rig_tubes import TUBES
from anatoflow.anatomy.model import AnatomyModel, load_named_model

LEVELS = [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)]


def _arc(n: int = 60, bend: float = 60.0) -> np.ndarray:
    a = np.linspace(0.0, np.pi / 2, n)
    return np.stack([bend * (1 - np.cos(a)), np.zeros(n), bend * np.sin(a)], axis=1)


def _sheet(hole_at: tuple[float, float] | None, hole_r: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    xs = np.arange(-100.0, 100.1, 4.0)
    gx, gy = np.meshgrid(xs, xs, indexing="ij")
    v = np.stack([gx.ravel(), gy.ravel(), np.zeros(gx.size)], axis=1)
    n = len(xs)
    idx = np.arange(n * n).reshape(n, n)
    a, b, c, d = idx[:-1, :-1].ravel(), idx[1:, :-1].ravel(), idx[1:, 1:].ravel(), idx[:-1, 1:].ravel()
    f = np.vstack([np.stack([a, b, c], 1), np.stack([a, c, d], 1)])
    if hole_at is not None:
        f = f[np.linalg.norm(v[f].mean(axis=1)[:, :2] - hole_at, axis=1) > hole_r]
    return v, f


# ---- synthetic: pure functions ------------------------------------------------------------------

def test_marching_follows_a_bent_tube_with_its_radius() -> None:
    arc = _arc()
    v, f = rs.sweep_tube(arc, 5.0, sides=24)
    line, radius = g.track_centreline(v, f, step=2.0)
    dist = np.min(np.linalg.norm(line[:, None] - arc[None], axis=2), axis=1)
    assert dist[2:-2].max() < 1.0 and dist.max() < 4.0  # the end cuts meet the caps obliquely
    assert g.arc_length(line)[-1] > 0.9 * g.arc_length(arc)[-1]
    assert np.all(np.abs(radius[2:-2] - 5.0) < 0.6)
    assert line[0, 2] < line[-1, 2]  # from the low end
    high, _ = g.track_centreline(v, f, from_high=True)
    assert high[0, 2] > high[-1, 2]


def test_axis_slices_give_a_growing_radius_on_a_cone() -> None:
    line = np.stack([np.zeros(40), np.zeros(40), np.linspace(0.0, 200.0, 40)], axis=1)
    v, f = rs.sweep_tube(line, np.linspace(4.0, 20.0, 40), sides=32)
    points, radius = g.axis_centreline(v, f, n_slices=20, from_high=True)
    assert np.all(np.diff(points[:, 2]) < 0)
    assert np.all(np.diff(radius[1:-1]) < 0)
    assert abs(radius[len(radius) // 2] - 12.0) < 1.5


def test_a_hole_in_a_sheet_is_found_where_the_tube_passes() -> None:
    v, f = _sheet((20.0, -10.0))
    tube = np.stack([np.full(41, 20.0), np.full(41, -10.0), np.linspace(-40.0, 40.0, 41)], axis=1)
    kind, i, enc = rd.find_opening(v, tube, np.full(41, 5.0))
    assert kind == "hole" and enc == 1.0 and abs(tube[i, 2]) <= 6.0
    loops = g.boundary_loops(f)
    assert len(loops) == 2  # the rim and the hole
    hole = min(loops, key=len)
    hit = g.line_through_loop(v[hole], tube)
    assert hit is not None and np.linalg.norm(hit - [20.0, -10.0, 0.0]) < 1.0


def test_a_notch_is_a_gap_and_a_tube_beside_the_sheet_passes_nothing() -> None:
    v, f = _sheet((100.0, 0.0), hole_r=20.0)
    notch = np.stack([np.full(41, 96.0), np.zeros(41), np.linspace(-40.0, 40.0, 41)], axis=1)
    found = rd.find_opening(v, notch, np.full(41, 5.0), margin=12.0)
    assert found is not None and found[0] == "gap" and 0.6 <= found[2] < 0.95
    away = notch + [200.0, 0.0, 0.0]
    assert rd.find_opening(v, away, np.full(41, 5.0)) is None


def test_region_runs_round_trip() -> None:
    labels = np.array([0, 0, 1, 1, 1, 5, 0, 2, 2], dtype=np.uint8)
    runs = rd.run_lengths(labels)
    assert np.array_equal(np.repeat([r[0] for r in runs], [r[1] for r in runs]), labels)


def test_swept_tube_is_closed_with_the_expected_volume() -> None:
    line = np.stack([np.zeros(30), np.zeros(30), np.linspace(0.0, 100.0, 30)], axis=1)
    v, f = rs.sweep_tube(line, 3.0, sides=48)
    mesh = trimesh.Trimesh(v, f, process=True)
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.volume > 0  # the caps face out too
    assert abs(mesh.volume - np.pi * 9.0 * 100.0) / (np.pi * 9.0 * 100.0) < 0.02


def test_a_path_beside_a_guide_keeps_its_room_from_an_obstacle() -> None:
    guide = np.stack([np.zeros(50), np.zeros(50), np.linspace(-50.0, 50.0, 50)], axis=1)
    wall_v, wall_f = _sheet(None)
    wall_v = wall_v[:, [2, 0, 1]] + [-9.0, 0.0, 0.0]  # a wall at x = -9, beside the guide
    path = rs.ride_beside(guide, np.full(50, 5.0), np.array([-1.0, 0.0, 0.0]), g.Surface(wall_v, wall_f), tube=1.2)
    room = g.Surface(wall_v, wall_f).distance(path) - 1.2
    assert room.min() >= rs.CLEAR_MM - 0.3  # pushed round the guide, away from the wall
    assert np.all(np.linalg.norm(path[:, :2], axis=1) < 8.0)


# ---- real: the prepared BodyParts3D model ----------------------------------------------------------

@pytest.fixture(scope="module")
def model(bodyparts3d_cache: Path) -> AnatomyModel:
    return load_named_model("bodyparts3d", root=bodyparts3d_cache)


@pytest.fixture(scope="module")
def openings(bodyparts3d_cache: Path) -> dict:
    text = (bodyparts3d_cache / "bodyparts3d" / "model" / "landmarks.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["opening"]


def _parts(model: AnatomyModel, sid: str) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(model.meshes[sid].vertices, dtype=float), np.asarray(model.meshes[sid].faces)


def _level_index(level: str) -> float:
    return float(np.mean([LEVELS.index(part) for part in level.split("/")]))


def test_rig_keys_are_present_for_every_structure_that_needs_them(model: AnatomyModel) -> None:
    for s in model.catalogue:
        if s.motion == "muscle":
            assert {"centreline", "radius", "origin", "insertion", "belly"} <= set(s.rig), s.id
            assert len(s.rig["centreline"]) == len(s.rig["radius"]) >= 10
        if s.id in TUBES or s.id in SCHEMATIC:
            assert len(s.rig["centreline"]) == len(s.rig["radius"]) >= 5, s.id
        if s.motion == "follow":
            assert s.rig["follow"] in model.catalogue, s.id
        assert s.schematic == (s.id in SCHEMATIC), s.id
    dia = model.catalogue["diaphragm"]
    labels = np.load(model.catalogue.path.parent / dia.rig["regions"])
    assert dia.rig["regions"] == REGIONS_FILE and tuple(dia.rig["region_names"]) == rd.REGIONS
    assert labels.shape == (len(model.meshes["diaphragm"].vertices),)
    assert np.all(np.bincount(labels, minlength=len(rd.REGIONS)) > 100)


def test_each_opening_is_found_with_its_structure_at_its_level(model: AnatomyModel, openings: dict) -> None:
    assert set(openings) == {"caval", "oesophageal", "aortic"}
    for name, (tube, passes) in rd.OPENING_TUBES.items():
        o = openings[name]
        assert o["passes"] == list(passes) and o["reference_level"] == rd.REFERENCE_LEVELS[name]
        assert abs(_level_index(o["level"]) - _level_index(o["reference_level"])) <= 1.0, (name, o["level"])
        line = np.asarray(model.catalogue[tube].rig["centreline"])
        assert np.min(np.linalg.norm(line - o["position"], axis=1)) < 3.0  # on the tube's centreline
    assert openings["caval"]["kind"] == "hole"  # the foramen in the tendon is closed all round
    assert openings["caval"]["position"][2] > openings["oesophageal"]["position"][2] > openings["aortic"]["position"][2]
    labels = np.load(model.catalogue.path.parent / REGIONS_FILE)
    dia = np.asarray(model.meshes["diaphragm"].vertices)
    near = np.linalg.norm(dia - openings["caval"]["position"], axis=1) < 25.0
    assert np.bincount(labels[near]).argmax() in (0, 2)  # the caval foramen sits in the tendon / right dome


def test_psoas_origins_and_insertion_levels(model: AnatomyModel) -> None:
    for side in "lr":
        rig = model.catalogue[f"psoas_major_{side}"].rig
        assert rig["origin"][0] in ("T12", "L1") and rig["origin"][-1] in ("L4", "L5")
        assert {"L1", "L2", "L3", "L4"} <= set(rig["origin_transverse"])
        assert len(rig["origin_discs"]) >= 3
        assert rig["insertion"] == f"lesser_trochanter_{side}"
        troch = model.landmarks.get(f"lesser_trochanter_{side}")
        assert np.linalg.norm(np.asarray(rig["insertion_point"]) - troch) < 30.0
        line = np.asarray(rig["centreline"])
        assert line[0, 2] > 150.0 and line[-1, 2] < -120.0  # origin first, down to the femur
        assert 0.0 <= rig["belly"][0] < rig["belly"][1] <= 1.0
        assert 1e5 < rig["volume_mm3"] < 5e5
        assert model.catalogue[f"iliacus_{side}"].rig["insertion"] == f"lesser_trochanter_{side}"


def test_vein_centrelines_are_continuous_inside_and_run_with_the_flow(model: AnatomyModel) -> None:
    for sid, start in TUBES.items():
        rig = model.catalogue[sid].rig
        line, radius = np.asarray(rig["centreline"]), np.asarray(rig["radius"])
        steps = np.linalg.norm(np.diff(line, axis=0), axis=1)
        assert steps.max() < 4.0 and np.all(steps > 0), sid
        v, f = _parts(model, sid)
        to_wall = g.Surface(v, f).distance(line)
        assert np.all(to_wall < 1.6 * radius + 2.5), sid  # inside the lumen, gaps between files included
        ends = v @ g.principal_axis(v)
        covered = line @ g.principal_axis(v)
        assert covered.max() - covered.min() > 0.85 * (ends.max() - ends.min()), sid
        rising = line[-1, 2] > line[0, 2]
        assert rising == (start == "low"), sid
    for side in "lr":  # one chain from the thigh to the IVC: each segment starts where the last ends
        chain = [f"femoral_vein_{side}", f"external_iliac_vein_{side}", f"common_iliac_vein_{side}", "inferior_vena_cava"]
        lines = [np.asarray(model.catalogue[sid].rig["centreline"]) for sid in chain]
        for a, b in zip(lines, lines[1:]):
            assert np.linalg.norm(a[-1] - b[0]) < 25.0
    ivc = np.asarray(model.catalogue["inferior_vena_cava"].rig["centreline"])
    confluence = np.asarray(model.catalogue["inferior_vena_cava"].rig["confluence"])
    assert np.linalg.norm(ivc[0] - confluence) < 25.0
    assert np.linalg.norm(confluence - model.landmarks.get("iliac_confluence")) < 15.0


def test_schematic_vagal_trunks_pass_the_real_hiatus_without_touching_the_diaphragm(
        model: AnatomyModel, openings: dict) -> None:
    hiatus = np.asarray(openings["oesophageal"]["position"])
    dia = _parts(model, "diaphragm")
    for sid in ("anterior_vagal_trunk", "posterior_vagal_trunk"):
        line = np.asarray(model.catalogue[sid].rig["centreline"])
        assert line[0, 2] > hiatus[2] + 20.0 and line[-1, 2] < hiatus[2] - 20.0  # cranial to caudal, through
        at = line[np.argmin(np.abs(line[:, 2] - hiatus[2]))]
        assert np.linalg.norm(at - hiatus) < 20.0
        assert g.mesh_gap(*_parts(model, sid), *dia) > 0.0
        # on the oesophagus all the way (routed clear of it and of the hiatus's rim, not away from it)
        gap = g.Surface(*_parts(model, "oesophagus")).distance(line) - np.asarray(model.catalogue[sid].rig["radius"])
        assert np.median(gap) < 4.0 and gap.max() < 10.0, sid


def test_the_schematic_vagal_chain_is_unbroken(model: AnatomyModel) -> None:
    # each vagus ends on the plexus and each trunk begins on it (before: 14 to 17 mm apart)
    plexus = np.asarray(model.catalogue["oesophageal_plexus"].rig["centreline"])
    plexus_r = np.asarray(model.catalogue["oesophageal_plexus"].rig["radius"])
    for sid, (_, end) in rs.MEETS.items():
        line = np.asarray(model.catalogue[sid].rig["centreline"])
        gap = np.linalg.norm(plexus - line[end], axis=1)
        at = int(np.argmin(gap))
        assert gap[at] <= plexus_r[at] + float(np.asarray(model.catalogue[sid].rig["radius"])[end]) + 1.0, (sid, gap[at])
    ends = {sid: np.asarray(model.catalogue[sid].rig["centreline"])[end] for sid, (_, end) in rs.MEETS.items()}
    assert min(ends["vagus_l"][2], ends["vagus_r"][2]) > max(ends["anterior_vagal_trunk"][2],
                                                          ends["posterior_vagal_trunk"][2]) + 30.0  # down the plexus


def test_the_schematic_plexus_lies_on_the_back_of_the_oesophagus(model: AnatomyModel, openings: dict) -> None:
    # on its surface (before: up to 17 mm off it), behind it, where the heart's back does not slide over it
    line = np.asarray(model.catalogue["oesophageal_plexus"].rig["centreline"])
    radius = np.asarray(model.catalogue["oesophageal_plexus"].rig["radius"])
    gap = g.Surface(*_parts(model, "oesophagus")).distance(line) - radius
    assert np.median(gap) < 3.0 and gap.max() < 6.0
    core = np.asarray(model.catalogue["oesophagus"].rig["centreline"])
    centre = np.array([core[np.argmin(np.abs(core[:, 2] - p[2]))] for p in line])
    assert np.mean(line[:, 1] > centre[:, 1]) > 0.8  # behind its centre (LPS: +y posterior)
    hiatus = float(openings["oesophageal"]["position"][2])
    assert line[:, 2].max() > hiatus + rs.PLEXUS_BAND_MM[1] - 10.0 and line[:, 2].min() < hiatus + rs.PLEXUS_BAND_MM[0] + 10.0


def test_schematic_tubes_pass_through_no_real_structure_nor_each_other(model: AnatomyModel) -> None:
    # drawn in the free space between the real meshes (rig_route); only the tubes they join may touch
    for sid in SCHEMATIC:
        a = model.meshes[sid]
        joins = [j for j in SCHEMATIC[sid][-1] if j in SCHEMATIC]  # the tubes it attaches to
        for other in model.catalogue.ids:
            b = model.meshes[other]
            if other == sid or other in joins or not boxes_meet(a.vertices, b.vertices):
                continue
            assert both_ways(a.vertices, a.faces, b.vertices, b.faces) == 0, (sid, other)


def test_schematic_duct_climbs_through_the_aortic_hiatus_from_the_cisterna(model: AnatomyModel, openings: dict) -> None:
    hiatus = np.asarray(openings["aortic"]["position"])
    duct = np.asarray(model.catalogue["thoracic_duct"].rig["centreline"])
    assert duct[-1, 2] > duct[0, 2] + 200.0  # upward, with the lymph
    at = duct[np.argmin(np.abs(duct[:, 2] - hiatus[2]))]
    assert np.linalg.norm(at[:2] - hiatus[:2]) < 30.0
    assert g.mesh_gap(*_parts(model, "thoracic_duct"), *_parts(model, "diaphragm")) > 0.0
    sac = np.asarray(model.meshes["cisterna_chyli"].vertices).mean(axis=0)
    l1, l2 = model.landmarks.vertebrae["L1"], model.landmarks.vertebrae["L2"]
    assert l2[2] - 10.0 < sac[2] < l1[2] + 15.0
    aorta = np.asarray(model.catalogue["aorta"].rig["centreline"])
    beside = aorta[np.argmin(np.abs(aorta[:, 2] - sac[2]))]
    assert sac[0] < beside[0] and sac[1] > beside[1]  # on the patient's right of the aorta, and behind it
