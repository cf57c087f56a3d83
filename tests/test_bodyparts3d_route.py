"""Routes for the schematic tubes through the free space between real meshes (synthetic shapes)."""

from __future__ import annotations

import numpy as np
import trimesh

from anatoflow.anatomy.bodyparts3d import rig_geometry as g
from anatoflow.anatomy.bodyparts3d import rig_route as rr
from anatoflow.anatomy.bodyparts3d import rig_schematic as rs


def _ball(centre: tuple[float, float, float], radius: float) -> tuple[np.ndarray, np.ndarray]:
    mesh = trimesh.creation.icosphere(subdivisions=4, radius=radius)
    return np.asarray(mesh.vertices) + centre, np.asarray(mesh.faces)


def _line(z0: float, z1: float, n: int = 60, x: float = 0.0) -> np.ndarray:
    return np.stack([np.full(n, x), np.zeros(n), np.linspace(z0, z1, n)], axis=1)


def test_room_is_negative_inside_and_the_distance_outside() -> None:
    obstacles = rr.Obstacles({"ball": _ball((0.0, 0.0, 0.0), 20.0)})
    room = obstacles.room(np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 15.0], [0.0, 0.0, 25.0], [0.0, 0.0, 80.0]]), within=30.0)
    assert room[0] < -19.0 and abs(room[1] + 5.0) < 0.3 and abs(room[2] - 5.0) < 0.3 and room[3] == 30.0


def test_room_beyond_the_end_of_a_thin_tube_is_outside() -> None:
    obstacles = rr.Obstacles({"tube": rs.sweep_tube(_line(0.0, 100.0), 1.2)})
    beyond = np.array([[0.0, 0.0, -40.0], [5.0, 3.0, -20.0], [0.0, 0.0, 140.0], [30.0, 0.0, 50.0]])
    room = obstacles.room(beyond, within=100.0)
    assert np.all(room > 15.0)
    assert obstacles.room(np.array([[0.0, 0.0, 50.0]]))[0] < 0.0  # on its axis: inside


def test_a_route_goes_round_a_ball_in_its_way_and_keeps_its_room() -> None:
    ball = _ball((0.0, 0.0, 0.0), 10.0)
    obstacles = rr.Obstacles({"ball": ball})
    wish = _line(-40.0, 40.0)
    path, radius = rr.route(wish, obstacles, tube=1.5, clear=0.5, corridor=20.0)
    assert np.linalg.norm(path[0] - wish[0]) < 1.5 and np.linalg.norm(path[-1] - wish[-1]) < 1.5
    room = obstacles.room(path)
    assert room.min() >= 1.5 + 0.5 - 0.1  # the whole tube keeps its clearance
    assert np.all(radius == 1.5)
    stray = np.min(np.linalg.norm(path[:, None] - wish[None], axis=2), axis=1)
    assert stray.max() < 15.0  # round the ball's side, not far off
    v, f = rs.sweep_tube(path, radius)
    assert g.mesh_gap(v, f, *ball) > 0.2


def test_a_route_thins_through_a_narrow_gap_and_stops_at_an_organ_it_ends_in() -> None:
    # two balls 3 mm apart: a 1.5 mm tube has no room between them, a 0.6 mm one has
    obstacles = rr.Obstacles({"left": _ball((-21.5, 0.0, 0.0), 20.0), "right": _ball((21.5, 0.0, 0.0), 20.0),
                              "end": _ball((0.0, 0.0, 60.0), 10.0)})
    wish = _line(-40.0, 60.0)  # ends at the centre of the third ball
    path, radius = rr.route(wish, obstacles, tube=1.5, clear=0.3, thinnest=0.6, corridor=3.0)
    room = obstacles.room(path)
    assert np.all(room - radius >= 0.3 - 0.1)
    at_gap = np.argmin(np.abs(path[:, 2]))
    assert abs(path[at_gap, 0]) < 1.0 and abs(path[at_gap, 1]) < 3.5  # through the gap, not round the balls
    assert radius[at_gap] < 1.4 and radius.max() == 1.5  # thinner in the gap, full size elsewhere
    assert 45.0 < path[-1, 2] < 50.0  # stopped at the ball it ends in, outside it


def test_wall_reach_measures_a_flattened_tube_along_each_direction() -> None:
    tube = trimesh.creation.cylinder(radius=1.0, height=40.0, sections=64)
    tube.apply_scale([9.0, 5.5, 1.0])  # 18 by 11 mm, like the BodyParts3D oesophagus
    dirs = np.array([[1.0, 0.0, 0.0], [0.0, -1.0, 0.0], [np.sqrt(0.5), np.sqrt(0.5), 0.0]])
    reach = rs.wall_reach(np.zeros((3, 3)), dirs, (np.asarray(tube.vertices), np.asarray(tube.faces)))
    assert abs(reach[0] - 9.0) < 0.05 and abs(reach[1] - 5.5) < 0.05
    assert 5.5 < reach[2] < 9.0  # between the half-axes, on the ellipse: 1 / sqrt(0.5/81 + 0.5/30.25) = 6.64
    assert abs(reach[2] - 1.0 / np.sqrt(0.5 / 81.0 + 0.5 / 30.25)) < 0.1
    away = rs.wall_reach(np.array([[30.0, 0.0, 0.0]]), np.array([[1.0, 0.0, 0.0]]), (tube.vertices, tube.faces))
    assert away[0] == 0.0  # a ray that meets no wall


def test_a_swept_mesh_is_copied_all_along_its_slide() -> None:
    ball = _ball((0.0, 0.0, 0.0), 5.0)
    copies = rs.swept(ball, np.array([0.0, -1.0, -3.0]), 50.0, step=4.0)
    offsets = sorted(float(k) for k in copies)
    assert offsets[0] == 4.0 and offsets[-1] == 50.0 and np.all(np.diff(offsets) <= 4.0 + 1e-9)
    unit = np.array([0.0, -1.0, -3.0]) / np.sqrt(10.0)
    for key, (v, f) in copies.items():
        assert np.allclose(v.mean(axis=0) - ball[0].mean(axis=0), float(key) * unit)
        assert np.array_equal(f, ball[1])


def _slide_offsets(step: float = 1.0, length: float = 40.0) -> np.ndarray:
    return np.arange(0.0, length + step / 2, step)


def test_a_route_kept_clear_of_a_sliding_neighbour_stays_clear_all_along_its_slide() -> None:
    # a ball beside the wish at rest (2 mm of room) slides down and across it: at 29 mm it would sit on it
    ball = _ball((7.0, 0.0, 25.0), 5.0)
    slide = np.array([-0.25, 0.0, -1.0]) / np.hypot(0.25, 1.0)
    wish = {"oesophageal_plexus": (_line(-40.0, 40.0), np.full(60, rs.NERVE_MM))}

    def least_room(path: np.ndarray, radius: np.ndarray) -> float:
        rooms = [rr.Obstacles({"ball": (ball[0] + k * slide, ball[1])}).room(path) - radius for k in _slide_offsets()]
        return float(np.min(rooms))

    plain = rs.routed(wish, {"ball": ball}, {})["oesophageal_plexus"]
    assert least_room(*plain) < 0.0  # routed clear of the ball at rest alone, the sliding ball reaches it
    kept = rs.routed(wish, {"ball": ball}, {}, {"oesophageal_plexus": rs.swept(ball, slide, 40.0)})["oesophageal_plexus"]
    assert least_room(*kept) >= rs.ROUTE_CLEAR_MM - 0.4  # at every millimetre of the slide, not only at the copies
    assert np.linalg.norm(kept[0][0] - wish["oesophageal_plexus"][0][0]) < 2.0
    assert np.linalg.norm(kept[0][-1] - wish["oesophageal_plexus"][0][-1]) < 2.0


def test_a_tube_that_meets_another_is_routed_on_to_it() -> None:
    plexus = _line(-40.0, 40.0)
    vagus = np.stack([np.full(30, 12.0), np.zeros(30), np.linspace(90.0, 20.0, 30)], axis=1)  # ends 12 mm beside it
    wishes = {"oesophageal_plexus": (plexus, np.full(60, rs.NERVE_MM)), "vagus_l": (vagus, np.full(30, rs.NERVE_MM))}
    out = rs.routed(wishes, {}, {"vagus_l": ["oesophageal_plexus"], "oesophageal_plexus": ["vagus_l"]})
    end = out["vagus_l"][0][-1]
    assert np.min(np.linalg.norm(out["oesophageal_plexus"][0] - end, axis=1)) < 1.5
    assert np.linalg.norm(out["vagus_l"][0][0] - vagus[0]) < 1.5  # its other end stays where it was wished
