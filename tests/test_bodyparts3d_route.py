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
