"""Schematic structures BodyParts3D lacks, fitted to its real neighbours.

The vagus nerves, the oesophageal plexus, the vagal trunks, the cisterna chyli and the
thoracic duct are not in BodyParts3D. They are drawn here as swept tubes along paths built from
the real meshes: the trunks ride on the real oesophagus through its real hiatus, the duct climbs
beside the real aorta through the real aortic hiatus. Where a path would come close to the
diaphragm it is turned round its guide tube to the side with the most room. Each wished-for path
is then routed through the free space between all the real meshes and the tubes drawn before it
(:func:`routed`, :mod:`anatoflow.anatomy.bodyparts3d.rig_route`), so none passes through another;
the plexus also keeps clear of all the heart sweeps through as it slides down past the oesophagus
in a breath (:data:`SWEPT_BY`), and the vagus nerves and the trunks meet it (:data:`MEETS`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from anatoflow.anatomy.bodyparts3d import rig_geometry as g
from anatoflow.anatomy.bodyparts3d import rig_route

Array = NDArray[np.float64]

NERVE_MM = 1.2
DUCT_MM = 2.0
CLEAR_MM = 2.5  # wanted room between a schematic tube's surface and an obstacle vertex
ROUTE_CLEAR_MM = 0.6  # the least room a routed tube keeps from every real mesh and from the tubes routed before it
#: Tubes routed clear of the whole volume a real neighbour sweeps through in a breath: id -> (neighbour, how far it
#: slides, mm). The heart rides down on the central tendon along the oesophagus (48 mm at a 70 mm dome descent in
#: the rig, motion/rider.py), while the oesophagus and the plexus on it move about a centimetre. Routed clear of
#: the heart at rest alone, the plexus lay in the hollow below the heart's back (0.5 mm from it), which came down
#: onto it part way through every breath: up to 2.1 mm into it from 5 to 30 mm of dome descent. The trunks below
#: are left out: the heart's slide follows them (motion/rider.py), and its sweep covers the front of the
#: oesophagus they run on down to the hiatus.
SWEPT_BY: dict[str, tuple[str, float]] = {"oesophageal_plexus": ("heart", 50.0)}
PLEXUS_BAND_MM = (40.0, 100.0)  # the plexus lies on the oesophagus this far above the hiatus
#: The plexus's wish weaves across the back of the oesophagus, between the angles (in the horizontal plane, LPS:
#: 0 the patient's left, 90 behind, 180 the right) MID -+ SWING, WEAVES half-turns: from the left vagus's side to
#: the right vagus's, back and across again, ending behind on the right above the trunks (the anterior trunk
#: turns round the right side to the front from there: round the left, the aorta and the heart leave no room).
#: The front half is where the heart's back slides down over the oesophagus in a breath (:data:`SWEPT_BY`): no
#: path there stays clear of it.
PLEXUS_MID_DEG, PLEXUS_SWING_DEG, PLEXUS_WEAVES = 100.0, 70.0, 3
PLEXUS_GAP_MM = 1.0  # room between the plexus and the oesophagus's wall it lies on (it follows the wall's motion)
#: Tubes that meet another where they join it: id -> (the other, the end of this one that meets it). The end of the
#: wish is moved to the nearest point of the other's routed path, so the chain vagus -> plexus -> trunks is unbroken.
MEETS: dict[str, tuple[str, int]] = {"vagus_l": ("oesophageal_plexus", -1), "vagus_r": ("oesophageal_plexus", -1),
                                     "anterior_vagal_trunk": ("oesophageal_plexus", 0),
                                     "posterior_vagal_trunk": ("oesophageal_plexus", 0)}
SWEEP_STEP_MM = 4.0  # the swept volume is the neighbour's mesh copied at this step along its slide
ROUTE_CORRIDOR_MM = 25.0  # a routed tube stays this close to its wished-for path
#: The schematic tubes in the order they are routed: id -> (thinnest radius, grid cell).
ROUTES: dict[str, tuple[float, float]] = {
    "oesophageal_plexus": (0.6, 1.0),
    "vagus_l": (0.6, 1.5),
    "vagus_r": (0.6, 1.5),
    "anterior_vagal_trunk": (0.6, 1.0),
    "posterior_vagal_trunk": (0.6, 1.0),
    "cisterna_chyli": (1.5, 1.0),
    "thoracic_duct": (1.0, 1.5),
}


def _frames(line: Array) -> tuple[Array, Array, Array]:
    """Tangents and two normals per point, transported along the line (no twist)."""
    t = np.gradient(line, axis=0)
    t /= np.linalg.norm(t, axis=1)[:, None]
    seed = np.array([1.0, 0.0, 0.0]) if abs(t[0, 0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    n = [np.cross(t[0], seed) / np.linalg.norm(np.cross(t[0], seed))]
    for i in range(1, len(line)):
        m = n[-1] - (n[-1] @ t[i]) * t[i]
        n.append(m / np.linalg.norm(m))
    n = np.array(n)
    return t, n, np.cross(t, n)


def sweep_tube(line: Array, radius: Array | float, *, sides: int = 12) -> tuple[Array, NDArray[np.int64]]:
    """A closed tube (rings joined, both ends capped) round a polyline; outward winding."""
    line = np.asarray(line, dtype=float)
    radius = np.broadcast_to(np.asarray(radius, dtype=float), (len(line),))
    _, n, b = _frames(line)
    angle = np.linspace(0.0, 2 * np.pi, sides, endpoint=False)
    ring = np.cos(angle)[None, :, None] * n[:, None] + np.sin(angle)[None, :, None] * b[:, None]
    verts = (line[:, None] + radius[:, None, None] * ring).reshape(-1, 3)
    faces = []
    for i in range(len(line) - 1):
        for j in range(sides):
            a, c = i * sides + j, i * sides + (j + 1) % sides
            faces += [[a, a + sides, c], [c, a + sides, c + sides]]
    start, end = len(verts), len(verts) + 1
    verts = np.vstack([verts, line[0], line[-1]])
    last = (len(line) - 1) * sides
    faces += [[start, j, (j + 1) % sides] for j in range(sides)]  # wound as the sides are
    faces += [[end, last + (j + 1) % sides, last + j] for j in range(sides)]
    faces = np.array(faces, dtype=np.int64)
    import trimesh

    mesh = trimesh.Trimesh(verts, faces, process=False)
    if mesh.volume < 0:
        faces = faces[:, ::-1]
    return verts, faces


def _direction(t: Array, want: Array) -> Array:
    d = want - (want @ t) * t
    return d / np.linalg.norm(d)


def _candidates(centre: Array, tangent: Array, radius: float, want: Array, *, tube: float,
                spread: float) -> Array:
    """Candidate points round a guide point, in order of preference (near ``want``, far out first)."""
    base = _direction(tangent, want)
    other = np.cross(tangent, base)
    steps = np.deg2rad(np.arange(10.0, spread + 1.0, 10.0))
    angles = np.concatenate([[0.0], np.ravel(np.column_stack([steps, -steps]))])
    offsets = (radius + tube + 0.5, radius + tube + 3.0, radius + 0.3 * tube, 0.7 * radius, 0.4 * radius, 0.1 * radius)
    dirs = np.cos(angles)[:, None] * base + np.sin(angles)[:, None] * other
    return np.concatenate([centre + off * dirs for off in offsets])


def ride_beside(guide: Array, guide_radius: Array, want: Array, obstacles: g.Surface, *, tube: float,
                spread: float = 100.0) -> Array:
    """A path beside a guide tube, on the side ``want`` where it can, turned away from obstacles.

    At each guide point the candidate directions within ``spread`` degrees of ``want`` (normal to
    the guide), at offsets from just outside the guide's surface in to 0.4 of its radius, are
    scored by the room to the obstacle surface: the first with :data:`CLEAR_MM` of room, furthest
    out and nearest ``want``, wins, else the roomiest. The path is then lightly smoothed and
    any point that lost its room is put back.
    """
    tangents = np.gradient(guide, axis=0)
    tangents /= np.linalg.norm(tangents, axis=1)[:, None]
    chosen, side = [], np.asarray(want, dtype=float)
    for c, t, r in zip(guide, tangents, guide_radius):
        cand = _candidates(c, t, float(r), side, tube=tube, spread=spread)
        room = obstacles.distance(cand) - tube
        if chosen:  # the segment from the last point must have room too
            room = np.minimum(room, obstacles.distance(0.5 * (cand + chosen[-1])) - tube)
        ok = np.flatnonzero(room >= CLEAR_MM)
        chosen.append(cand[ok[0]] if len(ok) else cand[np.argmax(room)])
        turned = chosen[-1] - c
        if np.linalg.norm(turned) > 1e-6:  # keep to the side just taken, drawn back towards want
            side = 0.7 * turned / np.linalg.norm(turned) + 0.3 * np.asarray(want, dtype=float)
    raw = np.array(chosen)
    smooth = g.smooth_polyline(raw, window=3, passes=1)
    lost = obstacles.distance(smooth) - tube < 0.5 * CLEAR_MM
    smooth[lost] = raw[lost]
    return smooth


def push_clear(path: Array, obstacles: g.Surface, *, tube: float, room: float = 1.0, rounds: int = 8) -> Array:
    """Move the points of a path whose tube would come within ``room`` of the obstacles away from them.

    Each round moves every offending point (in front of the obstacle's face) straight away from
    its closest obstacle point to ``tube + 1.5 room``, then relaxes the path where that keeps
    the room.
    """
    out = np.array(path, dtype=float)
    for _ in range(rounds):
        near, dist, side = obstacles.closest(out)
        bad = (dist - tube < room) & (side > 0) & (dist > 1e-6)
        if not bad.any():
            break
        away = (out[bad] - near[bad]) / dist[bad][:, None]
        out[bad] = near[bad] + away * (tube + 1.5 * room)
        relaxed = g.smooth_polyline(out, window=3, passes=1)
        keep = obstacles.distance(relaxed) - tube >= room
        out[keep] = relaxed[keep]
    return out


def wall_reach(centres: Array, directions: Array, wall: tuple[Array, NDArray[np.int64]]) -> Array:
    """How far (mm) from each centre the surface ``wall`` (``(vertices, faces)``) lies along its
    (unit) direction: the furthest crossing of the ray (Moller-Trumbore against every triangle),
    or 0 where the ray meets none."""
    tri = np.asarray(wall[0], dtype=float)[np.asarray(wall[1])]
    e1, e2 = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
    out = np.zeros(len(centres))
    for i, (o, d) in enumerate(zip(np.asarray(centres, dtype=float), np.asarray(directions, dtype=float))):
        p = np.cross(d, e2)
        det = np.einsum("ij,ij->i", e1, p)
        ok = np.abs(det) > 1e-12
        inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
        s = o - tri[:, 0]
        u = np.einsum("ij,ij->i", s, p) * inv
        q = np.cross(s, e1)
        v = (q @ d) * inv
        t = np.einsum("ij,ij->i", e2, q) * inv
        hit = ok & (u >= 0.0) & (v >= 0.0) & (u + v <= 1.0) & (t > 0.0)
        out[i] = t[hit].max(initial=0.0)
    return out


def _plexus_band(line: Array, hiatus_z: float) -> NDArray[np.bool_]:
    """The points of the oesophagus's centreline where the plexus lies on it (:data:`PLEXUS_BAND_MM`)."""
    return (line[:, 2] <= hiatus_z + PLEXUS_BAND_MM[1]) & (line[:, 2] > hiatus_z + PLEXUS_BAND_MM[0])


def oesophagus_axis(line: Array, hiatus_z: float) -> Array:
    """The oesophagus's downward direction where the plexus lies on it: what slides along it there,
    the heart, slides this way (:data:`SWEPT_BY`)."""
    band = line[_plexus_band(line, hiatus_z)]
    if len(band) < 2:
        return np.array([0.0, 0.0, -1.0])
    down = band[np.argmin(band[:, 2])] - band[np.argmax(band[:, 2])]
    return down / np.linalg.norm(down)


def vagal_trunks(oesophagus: tuple[Array, Array], hiatus_z: float, obstacles: g.Surface,
                 wall: tuple[Array, NDArray[np.int64]] | None = None) -> dict[str, tuple[Array, Array]]:
    """Plexus, trunks and vagus nerves along the real oesophagus (centreline high to low).

    The plexus weaves across the back of the oesophagus from 100 to 40 mm above the hiatus
    (:data:`PLEXUS_BAND_MM`, :data:`PLEXUS_MID_DEG`), :data:`PLEXUS_GAP_MM` off its surface
    (``wall``, the oesophagus's mesh: the real one is flattened, about 18 by 11 mm, so a circle of
    its mean radius would lie inside it at the sides and off it in front and behind); the
    anterior trunk runs on its front (turned slightly left), the posterior on its back (slightly
    right), from there down through the hiatus to the oesophagus's lower end.
    """
    line, radius = oesophagus
    below = line[:, 2] <= hiatus_z + PLEXUS_BAND_MM[0]
    trunk_line, trunk_r = line[below], radius[below]
    out = {}
    for sid, want in (("anterior_vagal_trunk", [0.35, -1.0, 0.0]), ("posterior_vagal_trunk", [-0.35, 1.0, 0.0])):
        path = ride_beside(trunk_line, trunk_r, np.array(want) / np.linalg.norm(want), obstacles, tube=NERVE_MM,
                           spread=180.0)
        path, r = g.resample(path, np.full(len(path), NERVE_MM), spacing=1.0)
        out[sid] = (push_clear(path, obstacles, tube=NERVE_MM), r)
    band = _plexus_band(line, hiatus_z)
    core, core_r = g.resample(line[band], radius[band], spacing=1.5)
    tangent = _frames(core)[0]
    share = np.linspace(0.0, 1.0, len(core))
    angle = np.deg2rad(PLEXUS_MID_DEG - PLEXUS_SWING_DEG * np.cos(PLEXUS_WEAVES * np.pi * share))
    around = np.stack([np.cos(angle), np.sin(angle), np.zeros(len(core))], axis=1)  # LPS: 0 left, 90 behind
    around -= np.einsum("ij,ij->i", around, tangent)[:, None] * tangent
    around /= np.linalg.norm(around, axis=1)[:, None]
    reach = core_r if wall is None else np.where((hit := wall_reach(core, around, wall)) > 0.0, hit, core_r)
    plexus = core + (reach + NERVE_MM + PLEXUS_GAP_MM)[:, None] * around
    out["oesophageal_plexus"] = (plexus, np.full(len(plexus), NERVE_MM))
    top_z = line[:, 2].max()
    for sid, side in (("vagus_l", 1.0), ("vagus_r", -1.0)):
        upper = line[line[:, 2] >= hiatus_z + 95.0]
        upper_r = radius[line[:, 2] >= hiatus_z + 95.0]
        lateral = np.clip((upper[:, 2] - (hiatus_z + 95.0)) / max(top_z - hiatus_z - 95.0, 1.0), 0.0, 1.0)
        offset = upper_r + NERVE_MM + 0.5 + 18.0 * lateral
        path = upper + side * offset[:, None] * np.array([1.0, 0.0, 0.0])
        path = g.smooth_polyline(path, window=5)
        path, r = g.resample(path, np.full(len(path), NERVE_MM), spacing=3.0)
        out[sid] = (path, r)
    return out


def cisterna_and_duct(aorta: tuple[Array, Array], centres: dict[str, Array], obstacles: g.Surface,
                      venous_angle: Array) -> dict[str, tuple[Array, Array]]:
    """The cisterna chyli at L1-L2 right of and behind the aorta, and the duct climbing from it.

    The duct rides beside the aorta (right and behind) through the aortic hiatus up to T5, then
    crosses behind the oesophagus to the left and ends at ``venous_angle`` (the top of the left
    brachiocephalic vein). Both lists run upward, with the lymph.
    """
    line, radius = aorta
    want = np.array([-1.0, 0.6, 0.0]) / np.hypot(1.0, 0.6)
    z_lo, z_hi = centres["L2"][2], centres["L1"][2] + 10.0
    sac = (line[:, 2] >= z_lo) & (line[:, 2] <= z_hi)
    order = np.argsort(line[sac, 2])
    sac_path = line[sac][order] + (radius[sac][order] + 4.0)[:, None] * want  # right of and behind it: routed later
    sac_path, _ = g.resample(sac_path, np.zeros(len(sac_path)), spacing=2.0)
    s = g.arc_length(sac_path) / g.arc_length(sac_path)[-1]
    sac_r = 2.0 + 4.0 * np.sin(np.pi * np.clip(s, 0.0, 1.0)) ** 0.5
    top_z = centres["T5"][2] if "T5" in centres else sac_path[-1, 2] + 200.0
    climb = (line[:, 2] > sac_path[-1, 2]) & (line[:, 2] <= top_z)
    order = np.argsort(line[climb, 2])
    duct = ride_beside(line[climb][order], radius[climb][order], want, obstacles, tube=DUCT_MM, spread=80.0)
    bend = np.array([duct[-1] + [8.0, 6.0, 20.0], venous_angle + [0.0, 0.0, -25.0], venous_angle])
    path = np.vstack([sac_path[-1:], duct, bend])
    path = g.smooth_polyline(path, window=5)
    path, r = g.resample(path, np.full(len(path), DUCT_MM), spacing=3.0)
    return {"cisterna_chyli": (sac_path, sac_r), "thoracic_duct": (path, r)}


def _meeting(line: Array, radius: Array, other: Array, end: int) -> tuple[Array, Array]:
    """The wish ``line`` (with its ``radius``) carried on, at its ``end`` (0 or -1), to the point of
    ``other`` (a routed path) nearest that end."""
    tip = line[end]
    to = other[int(np.argmin(np.linalg.norm(other - tip, axis=1)))]
    if end == 0:
        return np.vstack([to, line]), np.concatenate([radius[:1], radius])
    return np.vstack([line, to]), np.concatenate([radius, radius[-1:]])


def swept(mesh: tuple[Array, NDArray[np.int64]], direction: Array, length: float, *,
          step: float = SWEEP_STEP_MM) -> dict[str, tuple[Array, NDArray[np.int64]]]:
    """The volume a mesh sweeps through as it slides ``length`` mm along ``direction``: copies of
    it at every ``step`` (the first at ``step``, the last at ``length``), keyed by their offset."""
    unit = np.asarray(direction, dtype=float) / np.linalg.norm(direction)
    vertices, faces = np.asarray(mesh[0], dtype=float), np.asarray(mesh[1])
    offsets = np.append(np.arange(step, length, step), length)
    return {f"{k:g}": (vertices + k * unit, faces) for k in offsets}


def routed(wishes: dict[str, tuple[Array, Array]], real: dict[str, tuple[Array, NDArray[np.int64]]],
           joins: Mapping[str, Sequence[str]],
           sweeps: Mapping[str, Mapping[str, tuple[Array, NDArray[np.int64]]]] | None = None,
           ) -> dict[str, tuple[Array, Array]]:
    """The wished-for paths (id -> ``(line, radius)``) moved off every real mesh (``real``: id ->
    ``(vertices, faces)``) and off each other, in the order of :data:`ROUTES`
    (:func:`anatoflow.anatomy.bodyparts3d.rig_route.route`).

    Each keeps :data:`ROUTE_CLEAR_MM` of room and stays within :data:`ROUTE_CORRIDOR_MM` of its
    wish; it thins, down to its thinnest radius, where its full radius has no room (the trunks in
    the hiatus, which hugs the oesophagus in BodyParts3D). The tubes it joins (``joins``: id ->
    the ids it attaches to; the plexus and the vagi) may touch it. A wish that ends inside an
    organ stops at its surface. A tube of ``sweeps`` (id -> the copies of a sliding neighbour,
    :func:`swept`) keeps its room from those copies as well.
    """
    out: dict[str, tuple[Array, Array]] = {}
    order = [k for k in ROUTES if k in wishes]
    if order:
        every = np.concatenate([wishes[k][0] for k in order])
        lo, hi = every.min(axis=0) - ROUTE_CORRIDOR_MM - 40.0, every.max(axis=0) + ROUTE_CORRIDOR_MM + 40.0
        near = {k: p for k, p in real.items()
                if np.all(np.asarray(p[0]).min(axis=0) <= hi) and np.all(np.asarray(p[0]).max(axis=0) >= lo)}
        obstacles = rig_route.Obstacles(near)
    drawn: dict[str, tuple[Array, NDArray[np.int64]]] = {}
    for sid in order:
        line, radius = wishes[sid]
        if sid in MEETS and MEETS[sid][0] in out:
            line, radius = _meeting(line, radius, out[MEETS[sid][0]][0], MEETS[sid][1])
        thinnest, cell = ROUTES[sid]
        others = rig_route.Obstacles({k: d for k, d in drawn.items() if k not in joins.get(sid, ())})
        sweep = [rig_route.Obstacles(sweeps[sid])] if sweeps and sid in sweeps else []
        path, room = rig_route.route(line, rig_route.Together(obstacles, others, *sweep), tube=float(np.max(radius)),
                                     clear=ROUTE_CLEAR_MM, thinnest=thinnest, corridor=ROUTE_CORRIDOR_MM, cell=cell)
        spacing = float(np.median(np.linalg.norm(np.diff(line, axis=0), axis=1)))
        path, room = g.resample(path, room, spacing=max(spacing, 0.5))
        s_path, s_wish = g.arc_length(path), g.arc_length(line)
        wished = np.interp(s_path / max(s_path[-1], 1e-9), s_wish / max(s_wish[-1], 1e-9), radius)
        out[sid] = (path, np.minimum(wished, np.maximum(room, thinnest)))
        drawn[sid] = sweep_tube(*out[sid])
    out.update({k: w for k, w in wishes.items() if k not in ROUTES})
    return out
