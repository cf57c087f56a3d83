"""The motion rig on the synthetic trunk and (when present) the shipped model: property tests."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anatoflow.motion.breath import EXCURSION_L_MM, EXCURSION_R_MM
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNEL_NAMES, CHANNELS
from anatoflow.motion.rig import MotionRig
from anatoflow.motion.state import sample
from anatoflow.motion.timeline import parse_timeline
from geometry_checks import crossings, flipped_faces, min_distance, volume
from motion_model import build_synthetic_model

REPO = Path(__file__).resolve().parents[1]
CRITICAL = [("lung_l", "diaphragm"), ("lung_r", "diaphragm"), ("heart", "diaphragm"),
            ("heart", "central_tendon"), ("inferior_vena_cava", "diaphragm"),
            ("inferior_vena_cava", "central_tendon"), ("oesophagus", "diaphragm"),
            ("oesophagus", "right_crus"), ("aorta", "diaphragm"), ("liver", "diaphragm")]
LOW = np.array([c.low for c in CHANNELS])
HIGH = np.array([c.high for c in CHANNELS])
# The states never ask for more dome travel than the maximal-depth anchors (85 / 90 mm).
HIGH[CHANNEL_INDEX["dome_r_mm"]] = EXCURSION_R_MM[-1]
HIGH[CHANNEL_INDEX["dome_l_mm"]] = EXCURSION_L_MM[-1]


def _load(name: str):
    if name == "synthetic":
        return build_synthetic_model()
    folder = Path(os.environ.get("ANATOFLOW_RIG_TEST_MODEL", REPO / "meshes"))  # to try another model
    if not (folder / "catalogue.toml").is_file():
        pytest.skip("the built-in model is not in this checkout yet")
    from anatoflow.anatomy.model import load_model

    return load_model(folder)


class Rigged(tuple):
    """(model, rig) with a short repr (hypothesis prints its arguments)."""

    def __repr__(self) -> str:
        return f"<rigged {self[0].name}>"


@pytest.fixture(scope="module", params=["synthetic", "builtin"])
def rigged(request):
    model = _load(request.param)
    return Rigged((model, MotionRig.build(model)))


weights = st.lists(st.floats(0.0, 1.0), min_size=len(CHANNELS), max_size=len(CHANNELS)).map(
    lambda u: LOW + np.array(u) * (HIGH - LOW))
heavy = settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def test_bases_are_read_only_float32_and_finite(rigged) -> None:
    model, rig = rigged
    assert set(rig.ids) == set(model.catalogue.ids)
    for sid, per in rig.bases.items():
        for channel, basis in per.items():
            assert channel in CHANNEL_NAMES and basis.dtype == np.float32
            assert basis.shape == model.meshes[sid].vertices.shape and np.all(np.isfinite(basis))
            assert not basis.flags.writeable and np.abs(basis).max() > 0
    rest = rig.deform(np.zeros(len(CHANNELS)))
    for sid in model.catalogue.ids:
        np.testing.assert_allclose(rest[sid], model.meshes[sid].vertices, atol=1e-3)


def _state_weights(depth, rate, ie, pattern, psoas_l, psoas_r, tone, coupled, t, ivc) -> np.ndarray:
    tl = parse_timeline({"name": "r", "title_nb": "r", "title_en": "r", "duration": 60.0, "fps": 30,
                         "defaults": {"breath": {"rate": rate, "depth": depth, "ie_ratio": ie, "pattern": pattern},
                                      "tension": {"psoas_l": psoas_l, "psoas_r": psoas_r, "diaphragm": tone}},
                         "hypotheses": {"psoas_crus_coupling": coupled}})
    w = sample(tl, np.array([t])).weights()[0]
    w[CHANNEL_INDEX["ivc_calibre"]] = ivc  # physiology supplies this channel; any value in range
    return w


unit = st.floats(0.0, 1.0)


@heavy
@given(depth=unit, rate=st.floats(2.0, 40.0), ie=st.floats(0.5, 4.0),
       pattern=st.sampled_from(["diaphragmatic", "chest", "deep-slow"]), psoas_l=unit, psoas_r=unit,
       tone=unit, coupled=st.booleans(), t=st.floats(0.0, 60.0), ivc=st.floats(-0.5, 0.2))
def test_any_state_no_nan_no_flip(rigged, depth, rate, ie, pattern, psoas_l, psoas_r, tone, coupled, t, ivc) -> None:
    model, rig = rigged
    w = _state_weights(depth, rate, ie, pattern, psoas_l, psoas_r, tone, coupled, t, ivc)
    out = rig.deform(w)
    for sid, moved in out.items():
        assert np.all(np.isfinite(moved)), sid
        if sid in rig.bases:
            mesh = model.meshes[sid]
            assert flipped_faces(mesh.vertices, moved.astype(float), mesh.faces) == 0, sid
    lines = rig.centrelines(w)
    assert all(np.all(np.isfinite(p)) for p in lines.values())


@heavy
@given(w=weights)
def test_any_channel_weights_no_nan(rigged, w) -> None:
    _, rig = rigged
    assert all(np.all(np.isfinite(v)) for v in rig.deform(w).values())


def test_extreme_weights_no_flip_and_no_crossing(rigged) -> None:
    model, rig = rigged
    rest = {sid: m.vertices for sid, m in model.meshes.items()}
    extremes = [_state_weights(1.0, 10.0, 1.5, pattern, 1.0, tension, 0.0, True, 2.25, ivc)
                for pattern in ("diaphragmatic", "chest") for tension, ivc in ((0.0, -0.5), (1.0, 0.2))]
    for w in extremes:  # full inspiration of a maximal breath, psoas relaxed or tense
        out = rig.deform(w)
        for sid in rig.bases:
            mesh = model.meshes[sid]
            assert flipped_faces(mesh.vertices, out[sid].astype(float), mesh.faces) == 0, sid
        for a, b in CRITICAL:
            if a in out and b in out:
                fa, fb = model.meshes[a].faces, model.meshes[b].faces
                before = crossings(rest[a], fa, rest[b], fb)
                after = crossings(out[a].astype(float), fa, out[b].astype(float), fb)
                assert after <= before, f"{a} passes through {b}: {after} edge crossings (rest {before})"


@heavy
@given(depth=st.floats(0.0, 1.0), rate=st.floats(2.0, 40.0), psoas=st.floats(0.0, 1.0),
       tone=st.floats(0.0, 1.0), pattern=st.sampled_from(["diaphragmatic", "chest", "deep-slow"]),
       t=st.floats(0.0, 50.0))
def test_states_in_range_keep_openings_clear_and_cycle_repeats(rigged, depth, rate, psoas, tone, pattern, t) -> None:
    model, rig = rigged
    tl = parse_timeline({"name": "r", "title_nb": "r", "title_en": "r", "duration": 60.0, "fps": 30,
                         "defaults": {"breath": {"rate": rate, "depth": depth, "pattern": pattern},
                                      "tension": {"psoas_l": psoas, "psoas_r": psoas, "diaphragm": tone}}})
    period = 60.0 / rate
    w = sample(tl, np.array([t, t + period])).weights()
    a, b = rig.deform(w[0]), rig.deform(w[1])
    for sid in a:
        np.testing.assert_allclose(a[sid], b[sid], atol=1e-3)
    rims = [sid for sid in model.catalogue.ids if model.catalogue[sid].motion == "diaphragm"]
    rim_pts = np.concatenate([a[s] for s in rims]).astype(float)
    for opening in model.landmarks.openings.values():
        if opening.name not in ("caval", "oesophageal"):
            continue
        rest_rim = np.concatenate([model.meshes[s].vertices for s in rims])
        near = np.linalg.norm(rest_rim - opening.position, axis=1) < 45.0
        for sid in opening.passes:
            if sid in a and model.catalogue[sid].system != "nerve":
                assert min_distance(a[sid].astype(float), rim_pts[near]) > 0.0, (sid, opening.name)


@pytest.mark.parametrize("side,channel", [(0, "dome_r_mm"), (1, "dome_l_mm")])
@pytest.mark.parametrize("excursion", [18.0, 70.0, 90.0])
def test_requested_dome_excursion_is_met(rigged, side, channel, excursion) -> None:
    model, rig = rigged
    w = np.zeros(len(CHANNELS))
    w[CHANNEL_INDEX[channel]] = excursion
    out = rig.deform(w)
    for sid in rig.ids:
        if model.catalogue[sid].motion != "diaphragm":
            continue
        rest = model.meshes[sid].vertices
        hit = np.flatnonzero(np.linalg.norm(rest - rig.dome_apex[side], axis=1) < 1e-6)
        if len(hit):
            descent = rest[hit[0], 2] - out[sid][hit[0], 2]
            assert abs(descent - excursion) <= 0.1 * excursion
            return
    pytest.fail("the dome apex is not a vertex of any diaphragm structure")


@pytest.mark.parametrize("muscle,channel", [("psoas_major_l", "psoas_l"), ("psoas_major_r", "psoas_r"),
                                            ("iliacus_l", "iliacus_l"), ("iliacus_r", "iliacus_r")])
def test_muscle_shortens_and_keeps_its_volume(rigged, muscle, channel) -> None:
    model, rig = rigged
    if muscle not in model.meshes:
        pytest.skip(f"{muscle} not in {model.name}")
    mesh = model.meshes[muscle]
    w = np.zeros(len(CHANNELS))
    w[CHANNEL_INDEX[channel]] = CHANNELS[CHANNEL_INDEX[channel]].high
    moved = rig.deform(w)[muscle].astype(float)
    v0, v1 = volume(mesh.vertices, mesh.faces), volume(moved, mesh.faces)
    assert abs(v1 / v0 - 1.0) < 0.03
    line = np.asarray(model.catalogue[muscle].rig["centreline"], dtype=float)
    ends = [np.argmin(np.linalg.norm(mesh.vertices - p, axis=1)) for p in (line[0], line[-1])]
    for e in ends:  # both attachments stay put
        assert np.linalg.norm(moved[e] - mesh.vertices[e]) < 2.0
    moving = np.linalg.norm(moved - mesh.vertices, axis=1)
    assert moving.max() > 5.0  # the belly really shortens


def test_iliac_veins_flatten_and_ivc_calibre_changes(rigged) -> None:
    model, rig = rigged
    for side in ("l", "r"):
        vein = f"external_iliac_vein_{side}"
        if vein in rig.bases:
            basis = rig.bases[vein].get(f"iliac_compression_{side}")
            assert basis is not None and np.abs(basis[:, 1]).max() > 1.0
            assert np.abs(basis[:, [0, 2]]).max() < 1e-6  # antero-posterior only
    ivc = rig.bases["inferior_vena_cava"]["ivc_calibre"]
    assert np.abs(ivc).max() > 3.0


def test_crossing_check_detects_a_tube_through_a_sheet() -> None:
    from motion_model import diaphragm_sheet, tube

    sheet_v, sheet_f = diaphragm_sheet()
    through_v, through_f = tube([[100, -60, 150], [100, -60, 400]], 5.0)
    hole_v, hole_f = tube([[-18, -50, 150], [-18, -50, 400]], 8.0)  # inside the caval opening
    assert crossings(through_v, through_f, sheet_v, sheet_f) > 0
    assert crossings(hole_v, hole_f, sheet_v, sheet_f) == 0


def test_centrelines_stay_inside_their_tubes(rigged) -> None:
    from scipy.spatial import cKDTree

    model, rig = rigged
    w = HIGH.copy()
    lines, out = rig.centrelines(w), rig.deform(w)
    assert "inferior_vena_cava" in lines
    for sid, line in lines.items():
        rest_line = np.asarray(model.catalogue[sid].rig["centreline"], dtype=float)
        rest = model.meshes[sid].vertices
        _, ring = cKDTree(rest).query(rest_line, k=min(12, len(rest)))  # the wall around each point
        rest_off = np.linalg.norm(rest_line - rest[ring].mean(axis=1), axis=1)
        off = np.linalg.norm(line - out[sid][ring].astype(float).mean(axis=1), axis=1)
        assert np.all(off <= rest_off + 3.0), sid  # each point stays central in its own ring


def test_tethers_must_name_other_structures_of_the_model() -> None:
    """A vessel's ``rig.tethers`` (what carries it, motion/neighbours.py) naming no structure of the
    model is refused with the structure and the field named, not ignored."""
    from dataclasses import replace
    from types import MappingProxyType

    from anatoflow.anatomy.errors import DataError

    model = build_synthetic_model()
    structures = tuple(replace(s, rig=MappingProxyType({**s.rig, "tethers": ["nowhere"]}))
                       if s.id == "inferior_vena_cava" else s for s in model.catalogue)
    broken = replace(model, catalogue=replace(model.catalogue, structures=structures))
    with pytest.raises(DataError, match=r"inferior_vena_cava.*tethers.*'nowhere'"):
        MotionRig.build(broken)


def test_ribs_that_meet_move_together_there() -> None:
    """``RibMotion.jointed``: two 'ribs' (rods 2 mm apart at one end, diverging) turning about
    different axes move alike where they meet (half each), each with its own rotation from
    ``RIB_JOINT_MM`` apart on; a rib with no partner keeps its own rotation."""
    from anatoflow.motion import kinds

    s = np.linspace(0.0, 100.0, 101)[:, None]
    upper = np.hstack([s, np.zeros_like(s), 2.0 + 0.2 * s])  # 2 mm above the lower one at s = 0, 22 mm at the end
    lower = np.hstack([s, np.zeros_like(s), np.zeros_like(s)])
    axes = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    centres = np.array([[-50.0, 0.0, 0.0], [-50.0, 0.0, 0.0]])  # the 'heads', 5 cm behind the joint
    ribs = kinds.RibMotion(centres, axes, np.vstack([upper, lower]), np.repeat([0, 1], len(s)))
    mine, theirs = ribs.jointed(upper, 0, [0, 1]), ribs.jointed(lower, 1, [0, 1])
    rigid_upper = kinds.RIB_MAX_ANGLE * np.cross(axes[0], upper - centres[0])
    rigid_lower = kinds.RIB_MAX_ANGLE * np.cross(axes[1], lower - centres[1])
    apart_before = np.linalg.norm(rigid_upper[0] - rigid_lower[0])
    assert np.linalg.norm(mine[0] - theirs[0]) < 0.2 * apart_before + 1e-9  # nearly together where they meet
    far = upper[:, 2] > kinds.RIB_JOINT_MM + 1.0
    np.testing.assert_allclose(mine[far], rigid_upper[far])  # its own beyond the joint's reach
    np.testing.assert_allclose(ribs.jointed(upper, 0, [0]), rigid_upper)  # no partner: rigid


def test_the_sternum_moves_as_the_ribs_ends_and_holds_them_in_its_joints() -> None:
    """``sternum_fit`` recovers a rigid motion from the points where it is sampled, and with a
    sternum in the cage a rib moves with it within ``STERNAL_CONTACT_MM`` of it (its cartilage
    bends), by its own turn from ``STERNAL_BLEND_MM`` on, and smoothly in between."""
    from anatoflow.motion import kinds

    rng = np.random.default_rng(3)
    joints = rng.normal(0.0, 40.0, size=(60, 3))
    shift, spin = np.array([0.5, -3.0, 6.0]), np.array([-0.004, 0.001, -0.002])
    centre, axis, fitted = kinds.sternum_fit(joints, shift + np.cross(spin, joints - joints.mean(axis=0)))
    np.testing.assert_allclose(fitted, shift, atol=1e-9)
    np.testing.assert_allclose(kinds.RIB_MAX_ANGLE * axis, spin, atol=1e-12)

    s = np.linspace(0.0, 100.0, 201)[:, None]
    rib = np.hstack([s, np.zeros_like(s), np.zeros_like(s)])  # a rod from the sternum (s = 0) outwards
    sternum = np.hstack([np.zeros((21, 1)), np.zeros((21, 1)), np.linspace(-50.0, 50.0, 21)[:, None]]) + [-2.0, 0, 0]
    cage = kinds.RibMotion(np.array([[100.0, 0.0, 0.0], [0.0, 0.0, 0.0]]), np.array([[0.0, 1.0, 0.0], axis]),
                           np.vstack([rib, sternum]), np.repeat([0, 1], [len(rib), len(sternum)]),
                           shifts=np.array([np.zeros(3), shift]), sternum=1)
    moved, turn, sternal = cage.motion(0, rib), cage.turn(0, rib), cage.turn(1, rib)
    assert np.linalg.norm(turn[0] - sternal[0]) > 5.0  # the rigid turn alone would leave the joint
    np.testing.assert_allclose(moved[0], sternal[0], atol=1e-9)  # 2 mm off the sternum: wholly its motion
    middle = (s[:, 0] > kinds.STERNAL_CONTACT_MM) & ~(s[:, 0] >= kinds.STERNAL_BLEND_MM)
    between = np.linalg.norm(moved[middle] - sternal[middle], axis=1) / np.linalg.norm(turn[middle] - sternal[middle], axis=1)
    assert np.all(np.diff(between) >= 0.0) and between[0] < 0.05 and between[-1] > 0.99  # then its own, gradually
    far = s[:, 0] >= kinds.STERNAL_BLEND_MM
    np.testing.assert_allclose(moved[far], turn[far])
    assert np.abs(np.diff(moved, axis=0)).max() < 1.0  # 0.5 mm steps: no jump along the cartilage
    np.testing.assert_allclose(cage.jointed(rib, 0, [0]), moved)  # what the rig gives the rib


def test_tissue_on_a_rib_is_carried_by_that_rib() -> None:
    """``RibMotion.carriage`` with inverse-distance weights (``exact``, as the abdominal wall takes
    them): a point on a rib moves with that rib, to within 2 % of how differently the rib beside it,
    20 mm away, moves; half way between the two it moves by their mean (faded a little, as all the
    carriage is away from the ribs)."""
    from anatoflow.motion import kinds

    s = np.linspace(0.0, 100.0, 101)[:, None]
    upper = np.hstack([s, np.zeros_like(s), np.full_like(s, 20.0)])
    lower = np.hstack([s, np.zeros_like(s), np.zeros_like(s)])
    axes = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    centres = np.array([[-50.0, 0.0, 0.0], [-50.0, 0.0, 0.0]])
    ribs = kinds.RibMotion(centres, axes, np.vstack([upper, lower]), np.repeat([0, 1], len(s)))
    on, own, other = ribs.carriage(lower, exact=kinds.WALL_EXACT_MM), ribs.turn(1, lower), ribs.turn(0, lower)
    assert np.linalg.norm(on - own, axis=1).max() < 0.02 * np.linalg.norm(other - own, axis=1).max()
    middle = 0.5 * (upper + lower)
    fade = 1.0 - kinds.smoothstep(10.0 / kinds.WALL_REACH_MM)  # the carriage fades away from the ribs
    np.testing.assert_allclose(ribs.carriage(middle, exact=kinds.WALL_EXACT_MM),
                               fade * 0.5 * (ribs.turn(0, middle) + ribs.turn(1, middle)), atol=1e-9)
