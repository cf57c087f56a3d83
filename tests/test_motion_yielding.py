"""The corrective pass where neighbours would pass into each other (synthetic shapes, run everywhere)."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from geometry_checks import distance_to_every_face

from anatoflow.anatomy.proximity import winding_numbers
from anatoflow.motion import yielding
from anatoflow.motion.surface import Surface


@pytest.mark.parametrize("mesh", [trimesh.creation.icosphere(3, 10.0), trimesh.creation.box((10.0, 20.0, 30.0)),
                                  trimesh.creation.cylinder(3.0, 40.0, sections=12)], ids=["sphere", "box", "cylinder"])
def test_signed_distance_is_exact_with_sharp_edges_and_corners(mesh) -> None:
    v, f = np.asarray(mesh.vertices, dtype=float), np.asarray(mesh.faces)
    points = np.random.default_rng(0).uniform(-25.0, 25.0, (1500, 3))
    signed, direction, _ = Surface(f, len(v)).signed(points, v)
    inside = winding_numbers(points, v, f) > 0.5
    assert np.array_equal(signed < 0.0, inside)
    np.testing.assert_allclose(np.abs(signed), distance_to_every_face(points, v, f), atol=1e-9)
    # stepping along the outward direction by the depth brings an inside point to the surface
    back = points[inside] - direction[inside] * signed[inside, None]
    np.testing.assert_allclose(distance_to_every_face(back, v, f), 0.0, atol=1e-6)


def test_signed_distance_is_exact_when_the_nearest_vertices_lie_on_another_part() -> None:
    """A coarse box (two triangles a face, 100 mm) with a fine ball 4 mm off the middle of its top:
    near that face, the nearest vertices are all the ball's, 50 mm and more from the box's corners.
    The distance and its side are still exact (the BodyParts3D psoas and oesophagus have triangles
    up to 54 and 64 mm long beside finer ones)."""
    box = trimesh.creation.box((100.0, 100.0, 20.0))
    ball = trimesh.creation.icosphere(3, 3.0)
    v = np.concatenate([box.vertices, np.asarray(ball.vertices) + [0.0, 0.0, 17.0]])
    f = np.concatenate([box.faces, np.asarray(ball.faces) + len(box.vertices)])
    rng = np.random.default_rng(1)
    points = np.column_stack([rng.uniform(-8.0, 8.0, 600), rng.uniform(-8.0, 8.0, 600), rng.uniform(6.0, 13.0, 600)])
    signed, _, _ = Surface(f, len(v)).signed(points, v)
    inside = winding_numbers(points, v, f) > 0.5
    assert inside.any() and (~inside).any()
    assert np.array_equal(signed < 0.0, inside)
    np.testing.assert_allclose(np.abs(signed), distance_to_every_face(points, v, f), atol=1e-9)


def test_spread_keeps_the_push_where_it_was_asked_and_fades_smoothly() -> None:
    xs = np.linspace(0.0, 60.0, 121)
    points = np.stack([xs, np.zeros_like(xs), np.zeros_like(xs)], axis=1)
    from scipy.spatial import cKDTree

    hits = np.array([0, 1])
    push = np.array([[0.0, 0.0, 2.0], [0.0, 0.0, 1.0]])
    rows, field = yielding.spread(cKDTree(points), hits, {"c": push}, sigma=10.0)["c"]
    full = np.zeros_like(points)
    full[rows] = field
    np.testing.assert_allclose(full[hits], [[0.0, 0.0, 2.0], [0.0, 0.0, 2.0 * np.exp(-0.5 * 0.05 ** 2)]], rtol=1e-6)
    assert np.all(full[:, :2] == 0.0)
    assert np.all(np.diff(full[:, 2]) <= 1e-12)  # falls away from the pushed end
    assert full[xs > 30.0 + 0.5].max() == 0.0  # nothing beyond three widths
    np.testing.assert_allclose(full[40, 2], 2.0 * np.exp(-0.5 * (20.0 / 10.0) ** 2), rtol=1e-6)


def _ball_and_wall():
    ball = trimesh.creation.icosphere(3, 5.0)
    wall = trimesh.creation.box((10.0, 60.0, 60.0))
    ball_v = np.asarray(ball.vertices) + [-14.0, 0.0, 0.0]  # 4 mm left of the wall's face at x = -5
    return (ball_v, np.asarray(ball.faces)), (np.asarray(wall.vertices, dtype=float), np.asarray(wall.faces))


def test_a_ball_driven_into_a_wall_gives_way_at_every_weight() -> None:
    (bv, bf), (wv, wf) = _ball_and_wall()
    own = {"c": np.tile([1.0, 0.0, 0.2], (len(bv), 1))}  # 1 mm towards the wall (and 0.2 up) per unit
    out = yielding.give_way(bv, bf, own, (wv, wf, {}), [{"c": 10.0}])
    surface = Surface(wf, len(wv))
    for w in (2.5, 5.0, 7.5, 10.0):
        room = surface.signed(bv + w * out["c"], wv)[0]
        assert room.min() >= 0.0, (w, room.min())
    # the ball stops short of the wall, flattened a little (the push fades over SPREAD_MM), no face
    # turned over; and it still travels up
    moved = bv + 10.0 * out["c"]
    width = np.ptp(moved[:, 0]) / np.ptp(bv[:, 0])
    assert 0.75 < width <= 1.01, width
    def normals(v):
        return np.cross(v[bf[:, 1]] - v[bf[:, 0]], v[bf[:, 2]] - v[bf[:, 0]])
    assert np.all(np.einsum("ij,ij->i", normals(moved), normals(bv)) > 0.0)
    np.testing.assert_allclose(out["c"][:, 2], 0.2, atol=0.05)


def test_a_ball_sliding_past_a_wall_is_left_as_it_is() -> None:
    (bv, bf), (wv, wf) = _ball_and_wall()
    own = {"c": np.tile([0.0, 1.0, 0.0], (len(bv), 1))}
    out = yielding.give_way(bv, bf, own, (wv, wf, {}), [{"c": 10.0}])
    np.testing.assert_array_equal(out["c"], own["c"])


def test_a_structure_joined_to_its_neighbour_at_rest_is_left_to_the_rig() -> None:
    (bv, bf), (wv, wf) = _ball_and_wall()
    bv = bv + [10.0, 0.0, 0.0]  # 6 mm into the wall at rest: a join
    own = {"c": np.tile([1.0, 0.0, 0.0], (len(bv), 1))}
    out = yielding.give_way(bv, bf, own, (wv, wf, {}), [{"c": 10.0}])
    np.testing.assert_array_equal(out["c"], own["c"])


def test_the_lower_ranked_gives_way_and_the_firm_to_none() -> None:
    (bv, bf), (wv, wf) = _ball_and_wall()
    meshes = {"ball": (bv, bf), "wall": (wv, wf)}
    bases = {"ball": {"c": np.tile([1.0, 0.0, 0.0], (len(bv), 1))}}
    states = [{"c": 10.0}]
    order = yielding.ranked({"ball": 0, "wall": 5}, {"ball": 1.0, "wall": 2.0})
    assert order == ["wall", "ball"]
    out = yielding.give_way_all(meshes, order, bases, states)
    assert set(out) == {"ball"} and not np.array_equal(out["ball"]["c"], bases["ball"]["c"])
    kept = yielding.give_way_all(meshes, order, bases, states, firm={"ball"})
    np.testing.assert_array_equal(kept["ball"]["c"], bases["ball"]["c"])


def test_the_states_checked_are_the_largest_breath_and_its_parts() -> None:
    states = yielding.check_states({"dome_r_mm": 85.0, "dome_l_mm": 90.0, "rib_lift": 1.0})
    assert states[:3] == [{"dome_r_mm": 85.0, "dome_l_mm": 90.0, "rib_lift": 1.0}, {"rib_lift": 1.0},
                          {"dome_r_mm": 85.0, "dome_l_mm": 90.0}]
    assert any(s.get("psoas_l") == 0.1 for s in states)
    assert {s.get("ivc_calibre") for s in states} >= {-0.5, 0.2}
    part_way = [s for s in states if yielding.BEND in s]
    assert part_way and all(yielding.BEND not in s for s in states[:6])
    for s in part_way:  # the bend's weight is that of the breath there: 4 share (1 - share)
        share = 0.5 * (s["dome_r_mm"] / 85.0 + s["dome_l_mm"] / 90.0)
        assert s[yielding.BEND] == pytest.approx(4.0 * share * (1.0 - share))
        assert 0.0 < share < 1.0


def test_a_ball_passing_over_a_bump_is_kept_clear_part_way_by_the_bend_alone() -> None:
    """A ball on a straight path past a round bump: clear at both ends, 1 mm into the bump half
    way. The pass finds it part way and puts the push on the bend channel alone, whose weight is
    zero at both ends: the ends of the path are kept, and the ball stays clear along it."""
    ball, bump = trimesh.creation.icosphere(3, 5.0), trimesh.creation.icosphere(3, 10.0)
    bv, bf = np.asarray(ball.vertices) + [-30.0, 14.0, 0.0], np.asarray(ball.faces)
    uv, uf = np.asarray(bump.vertices, dtype=float), np.asarray(bump.faces)
    own = {"c": np.tile([1.0, 0.0, 0.0], (len(bv), 1))}  # 60 mm along x at the full weight
    def bend(share):
        return 4.0 * share * (1.0 - share)
    states = [{"c": 60.0}] + [{"c": 60.0 * s, yielding.BEND: bend(s)} for s in (0.25, 0.4, 0.5, 0.6, 0.75)]
    out = yielding.give_way(bv, bf, own, (uv, uf, {}), states)
    np.testing.assert_array_equal(out["c"], own["c"])
    surface = Surface(uf, len(uv))
    shares = np.linspace(0.0, 1.0, 41)
    before = [surface.signed(bv + 60.0 * s * own["c"], uv)[0].min() for s in shares]
    after = [surface.signed(bv + 60.0 * s * out["c"] + bend(s) * out[yielding.BEND], uv)[0].min() for s in shares]
    assert min(before) < -0.8 and before[0] > 10.0 and before[-1] > 10.0
    assert min(after) > -0.1, min(after)
    assert np.abs(out[yielding.BEND]).max() < 3.0  # no more than it takes (1 mm and the margin, over the bend)


def _sheet(size: float = 100.0, cells: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """An open square sheet in z = 0 (its faces' normals up), like a muscle drawn as one layer."""
    xs = np.linspace(-size / 2.0, size / 2.0, cells + 1)
    gx, gy = np.meshgrid(xs, xs, indexing="ij")
    v = np.column_stack([gx.ravel(), gy.ravel(), np.zeros(gx.size)])
    i = np.arange(cells)[:, None] * (cells + 1) + np.arange(cells)[None, :]
    i = i.ravel()
    f = np.concatenate([np.column_stack([i, i + cells + 1, i + 1]), np.column_stack([i + 1, i + cells + 1, i + cells + 2])])
    return v, f


def test_a_ball_passing_beyond_the_edge_of_an_open_sheet_is_left_as_it_is() -> None:
    """A ball 15 mm above an open sheet moves past its free edge and ends 20 mm below its plane,
    45 mm from the edge: it never meets the sheet. The signed distance to an open mesh reads such a
    point as deep inside (the edge's only face points up), but no point is pushed for it."""
    sv, sf = _sheet()
    ball = trimesh.creation.icosphere(2, 5.0)
    bv, bf = np.asarray(ball.vertices) + [0.0, 0.0, 20.0], np.asarray(ball.faces)
    own = {"c": np.tile([90.0, 0.0, -40.0], (len(bv), 1))}
    assert Surface(sf, len(sv)).signed(bv + own["c"], sv)[0].min() < -40.0  # what the open sheet reads
    out = yielding.give_way(bv, bf, own, (sv, sf, {}), [{"c": 1.0}])
    np.testing.assert_array_equal(out["c"], own["c"])
    # the same ball driven into the sheet's middle still gives way
    down = {"c": np.tile([0.0, 0.0, -20.0], (len(bv), 1))}
    out = yielding.give_way(bv, bf, down, (sv, sf, {}), [{"c": 1.0}])
    assert Surface(sf, len(sv)).signed(bv + out["c"], sv)[0].min() >= 0.0


def test_a_tensing_muscle_gives_way_to_the_bone_and_pushes_off_what_lies_on_it() -> None:
    """A ball of muscle thickening by 3 mm at full tension, 1 mm from a still bone on one side and
    1.5 mm from a small organ on the other (with a breath motion of its own): the muscle stops at
    the bone, the organ is pushed off on the tension channel alone, and the muscle keeps its volume
    by bulging more where it lies free."""
    muscle = trimesh.creation.icosphere(3, 10.0)
    mv, mf = np.asarray(muscle.vertices, dtype=float), np.asarray(muscle.faces)
    bone = trimesh.creation.box((20.0, 60.0, 60.0))
    bv, bf = np.asarray(bone.vertices, dtype=float) + [21.0, 0.0, 0.0], np.asarray(bone.faces)  # face at x = 11
    organ = trimesh.creation.icosphere(3, 5.0)
    ov, of = np.asarray(organ.vertices, dtype=float) + [-16.5, 0.0, 0.0], np.asarray(organ.faces)
    meshes = {"muscle": (mv, mf), "bone": (bv, bf), "organ": (ov, of)}
    breath = np.tile([0.0, 0.0, -0.1], (len(ov), 1))
    bases = {"muscle": {"psoas_l": mv * 3.0}, "organ": {"dome_r_mm": breath}}  # 0.3 mm per mm of radius at 0.1
    full = {"psoas_l": 0.10}
    bone_side, organ_side = Surface(bf, len(bv)), Surface(of, len(ov))
    assert bone_side.signed(mv + 0.1 * bases["muscle"]["psoas_l"], bv)[0].min() < -1.5  # without the pass

    out = yielding.give_way_to_tension(meshes, bases, ["muscle"], ["bone"], full)
    tensed = mv + 0.1 * out["muscle"]["psoas_l"]
    organ_now = ov + 0.1 * out["organ"]["psoas_l"]
    assert bone_side.signed(tensed, bv)[0].min() >= 0.0
    assert Surface(mf, len(mv)).signed(organ_now, tensed)[0].min() >= 0.0
    assert organ_side.signed(tensed, organ_now)[0].min() >= 0.0
    assert np.linalg.norm(organ_now - ov, axis=1).max() > 1.0  # it was pushed, not left in the way
    np.testing.assert_array_equal(out["organ"]["dome_r_mm"], breath)
    assert "bone" not in out
    top = np.argmax(mv[:, 2])
    # what the pushes took off is added where the muscle lies free: its volume is that of its own
    # bulge (the psoas keeps its volume within 3 %), and its top still rises by the bulge at least
    def vol(v):
        tri = v[mf]
        return np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6.0
    bulged = mv + 0.1 * bases["muscle"]["psoas_l"]
    assert abs(vol(tensed) / vol(bulged) - 1.0) < 0.01, vol(tensed) / vol(bulged)
    assert tensed[top, 2] - mv[top, 2] >= 3.0 - 0.05
