"""Displacement bases per motion kind (rig build time): what each catalogue ``motion`` means.

Each builder returns ``{channel: (N, 3) float64}`` displacements per unit channel weight for one
structure's rest vertices. Kinds:

* ``diaphragm``: the dome field pointing down (domes descend and flatten; the central tendon moves
  less; crura and arcuate ligaments are gated off on the spine); the costal margin follows the
  lower ribs. (A one-mesh diaphragm with region labels: :mod:`anatoflow.motion.contact`.)
* ``rib``: a linearised rotation about an axis through the rib head, a blend of bucket handle
  (axis head -> front end) and pump handle (transverse axis); the front and side rise. A midline
  member (the sternum) moves as the ribs' ends, which bend into its motion (:class:`RibMotion`).
* ``lung``: each vertical column's base follows the dome below it, fading to the fixed apex;
  the walls follow the nearby ribs.
* ``muscle``: psoas/iliacus belly shortening towards the origin at constant volume; the tendon
  takes up the slack so both ends stay attached.
* ``vessel``: tubes through a diaphragm opening ride with the opening (fading to their ends);
  iliac veins flatten antero-posteriorly next to a tense psoas; the IVC widens/narrows radially.
* ``wall``: a muscle of the abdominal wall that lies on the ribs (the external obliques) is carried
  by the rib it touches, fading to still away from the ribs (towards the iliac crest); where it
  touches a one-mesh diaphragm it descends with it (:mod:`anatoflow.motion.contact`).
* ``follow``: the followed structure's bases carried over by inverse-distance interpolation and
  smoothed over the mesh (heart on the central tendon, liver under the right dome...).
* ``static``: nothing moves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.motion.fields import DomeField, arc_length, laplacian_smooth, project_on_polyline, smoothstep
from anatoflow.motion.surface import Surface

Array = NDArray[np.float64]
DOWN = np.array([0.0, 0.0, -1.0])
RIB_MAX_ANGLE = 0.12  # rad at rib_lift = 1: about 7 degrees of elevation (teaching value)
RIB_BUCKET_SHARE = 0.7  # lower ribs move mostly like a bucket handle
STERNAL_BLEND_MM = 30.0  # a rib's cartilage blends into the sternum's motion over this distance
STERNAL_CONTACT_MM = 2.0  # ... and moves with it wholly this close to it (the joint moves as one)
STERNAL_JOINT_MM = 3.0  # rib vertices this close to the sternum's are its sternocostal joints
RIB_JOINT_MM = 10.0  # where another rib lies this close, a rib blends its motion with that one's (half at contact)
RIB_CONTACT_MM = 2.0  # ... half each wholly this close to it (the joint moves as one)
RIB_REACH_MM = 45.0  # soft tissue within this distance of a rib follows it
WALL_REACH_MM = 60.0  # an abdominal wall muscle is still this far from the ribs
WALL_BLEND_MM = 10.0  # where two ribs reach a wall point, the nearer one's motion dominates ...
WALL_BLEND_POWER = 2.0  # ... with weights 1 / (1 + (extra distance) / WALL_BLEND_MM) ** WALL_BLEND_POWER
WALL_EXACT_MM = 3.0  # the abdominal wall weights each rib 1 / (this + distance to it) ** WALL_BLEND_POWER instead
MIN_FADE_MM = 150.0  # shortest run over which a tube's ride with an opening fades out
CALIBRE_CLEARANCE_MM = 12.0  # the IVC wall widens fully only this far from the diaphragm
#: Region codes of a single-mesh diaphragm (the importer's ``rig.regions``), in code order.
DIAPHRAGM_REGIONS = ("dome_r", "dome_l", "central_tendon", "crus_r", "crus_l", "costal")


@dataclass(frozen=True)
class RibMotion:
    """The rib cage's motion per unit ``rib_lift``: each rib's turn, and the sternum's rigid motion.

    Rib ``r`` moves by ``shifts[r] + RIB_MAX_ANGLE * axes[r] x (p - centres[r])``: a rib turns
    about an axis through its head (no shift); the sternum (``sternum``, the index of a midline
    member, or -1) moves by the rigid motion that best fits the ribs' ends at their sternal joints
    (:func:`sternum_fit`). Near the sternum a rib's motion blends into the sternum's, wholly within
    :data:`STERNAL_CONTACT_MM` of it and its own from :data:`STERNAL_BLEND_MM` on: the costal
    cartilage bends, and the sternocostal joints stay together (:meth:`motion`).
    """

    centres: Array  # (R, 3)
    axes: Array  # (R, 3): unit for a rib (its turn per unit rib_lift is RIB_MAX_ANGLE); any for the sternum
    points: Array  # (M, 3) all rib vertices
    owner: NDArray[np.int64]  # (M,) rib index of each point
    shifts: Array | None = None  # (R, 3) translation per unit rib_lift (None: no shifts)
    sternum: int = -1  # index of the sternum among the members, -1 if there is none
    sternum_faces: NDArray[np.int64] | None = None  # its faces (rows into its points): the distance is exact
    trees: tuple[cKDTree, ...] = field(init=False, repr=False, compare=False)
    _sternum_surface: Surface | None = field(init=False, repr=False, compare=False)
    _sternum_edge: float = field(init=False, repr=False, compare=False)  # its longest edge

    def __post_init__(self) -> None:
        object.__setattr__(self, "trees", tuple(cKDTree(self.points[self.owner == r]) for r in range(len(self.centres))))
        faces = self.sternum_faces if self.sternum >= 0 else None
        object.__setattr__(self, "_sternum_surface", None if faces is None else
                           Surface(np.asarray(faces), int(np.sum(self.owner == self.sternum))))
        edge = 0.0
        if faces is not None:  # its surface lies at most one edge nearer a point than its nearest vertex
            tri = self.trees[self.sternum].data[np.asarray(faces)]
            edge = float(np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2).max(initial=0.0))
        object.__setattr__(self, "_sternum_edge", edge)

    def turn(self, r: int, points: Array) -> Array:
        """Member ``r``'s own rigid motion per unit ``rib_lift`` at ``points`` (no sternal blend)."""
        out = RIB_MAX_ANGLE * np.cross(self.axes[r], points - self.centres[r])
        return out if self.shifts is None else out + self.shifts[r]

    def sternal_share(self, points: Array) -> Array:
        """How much of the sternum's motion a rib takes at ``points``: 1 on the sternum and within
        :data:`STERNAL_CONTACT_MM` of it, falling smoothly to 0 at :data:`STERNAL_BLEND_MM` from it
        (all 0 without a sternum)."""
        if self.sternum < 0:
            return np.zeros(len(points))
        tree = self.trees[self.sternum]
        dist, _ = tree.query(points, k=1, distance_upper_bound=STERNAL_BLEND_MM + self._sternum_edge)
        near = np.flatnonzero(np.isfinite(dist))
        if self._sternum_surface is not None and len(near):  # the distance to its faces, 0 inside it
            dist[near] = np.maximum(self._sternum_surface.signed(points[near], tree.data)[0], 0.0)
        fade = np.clip((dist - STERNAL_CONTACT_MM) / (STERNAL_BLEND_MM - STERNAL_CONTACT_MM), 0.0, 1.0)
        return np.where(np.isfinite(dist), 1.0 - smoothstep(fade), 0.0)

    def motion(self, r: int, points: Array, share: Array | None = None) -> Array:
        """Rib ``r``'s motion per unit ``rib_lift`` at ``points``: its turn, blended into the
        sternum's near the sternum (``share``: :meth:`sternal_share` of the points, if known)."""
        points = np.asarray(points, dtype=float)
        own = self.turn(r, points)
        if self.sternum < 0 or r == self.sternum:
            return own
        share = self.sternal_share(points) if share is None else share
        if not share.any():
            return own
        return own + share[:, None] * (self.turn(self.sternum, points) - own)

    def displacement(self, points: Array) -> Array:
        """Rib-lift displacement (per unit weight) of soft tissue near the ribs (0 far away).

        Each rib carries nearby tissue with its motion, with a weight falling smoothly to 0 at
        :data:`RIB_REACH_MM`; where two ribs reach a point their motions are averaged, so the
        field is continuous between ribs.
        """
        total = np.zeros_like(points)
        weight = np.zeros(len(points))
        share = self.sternal_share(points)
        for r in range(len(self.centres)):
            dist, _ = self.trees[r].query(points, k=1, distance_upper_bound=RIB_REACH_MM)  # inf beyond: w = 0
            w = 1.0 - smoothstep(dist / RIB_REACH_MM)
            if w.any():
                total += w[:, None] * self.motion(r, points, share)
            weight += w
        return total / np.maximum(weight, 1.0)[:, None]

    def jointed(self, points: Array, rib: int, partners: Sequence[int], *, within: float = RIB_JOINT_MM) -> Array:
        """Rib-lift displacement (per unit weight) of the points of rib number ``rib``: its own
        motion, blended where one of the ribs numbered ``partners`` lies within ``within`` mm with
        that one's: half each within :data:`RIB_CONTACT_MM` of it, its own from ``within`` on. Two
        ribs joined by their cartilages (the interchondral joints of the 6th to 9th ribs) then move
        as one where they meet, rather than the lower one rising into the upper."""
        points = np.asarray(points, dtype=float)
        share_sternum = self.sternal_share(points)
        own = self.motion(rib, points, share_sternum)
        others = np.array([r for r in partners if r != rib], dtype=np.int64)
        if not len(others):
            return own
        dists = np.stack([self.trees[r].query(points, k=1, distance_upper_bound=within)[0] for r in others], axis=1)
        nearest = np.argmin(dists, axis=1)
        dist = dists[np.arange(len(points)), nearest]
        fade = np.clip((dist - RIB_CONTACT_MM) / (within - RIB_CONTACT_MM), 0.0, 1.0)
        share = np.where(np.isfinite(dist), 0.5 * (1.0 - smoothstep(fade)), 0.0)
        theirs = np.zeros_like(own)
        for r in np.unique(others[nearest[share > 0]]):
            rows = (others[nearest] == r) & (share > 0)
            theirs[rows] = self.motion(int(r), points[rows], share_sternum[rows])
        return own + share[:, None] * (theirs - own)

    def carriage(self, points: Array, *, reach: float = WALL_REACH_MM, blend: float = WALL_BLEND_MM,
                 exact: float | None = None) -> Array:
        """Rib-lift displacement (per unit weight) of tissue attached to the ribs (0 beyond ``reach``).

        The ribs' motions are blended with weights ``1 / (1 + extra distance / blend) ** WALL_BLEND_POWER``
        (1 for the nearest rib; a rib more than ``reach + 10 blend`` away counts 0) or, given
        ``exact``, ``1 / (exact + distance) ** WALL_BLEND_POWER``, by which a point on a rib moves
        with that rib (to within ``(exact / gap) ** 2`` of how the next rib, ``gap`` away, differs);
        the blend fades smoothly to 0 with the distance to the nearest rib.
        """
        bound = reach + 10.0 * blend
        dists = np.stack([tree.query(points, k=1, distance_upper_bound=bound)[0] for tree in self.trees], axis=1)
        nearest = dists.min(axis=1)
        near = np.isfinite(nearest)
        total = np.zeros_like(points)
        if not near.any():
            return total
        if exact is None:
            w = 1.0 / (1.0 + (dists[near] - nearest[near, None]) / blend) ** WALL_BLEND_POWER  # 1 for the nearest rib
        else:  # inverse distance: on a rib, that rib's motion
            w = np.where(np.isfinite(dists[near]), 1.0 / (exact + dists[near]) ** WALL_BLEND_POWER, 0.0)
        w /= w.sum(axis=1, keepdims=True)
        share = self.sternal_share(points[near])
        for r in range(len(self.centres)):
            if w[:, r].any():
                total[near] += w[:, r:r + 1] * self.motion(r, points[near], share)
        total[near] *= (1.0 - smoothstep(nearest[near] / reach))[:, None]
        return total


def sternum_fit(joints: Array, motion: Array) -> tuple[Array, Array, Array]:
    """The rigid motion (per unit ``rib_lift``) that best fits the ribs' ends at the sternum.

    Parameters
    ----------
    joints
        (J, 3) points of the ribs that touch the sternum (their sternal ends).
    motion
        (J, 3) the ribs' displacement per unit ``rib_lift`` there.

    Returns
    -------
    centre, axis, shift
        The motion ``shift + RIB_MAX_ANGLE * axis x (p - centre)`` (linearised: a small rotation
        and a translation), least squares over the joints; ``centre`` is their centroid.
    """
    centre = joints.mean(axis=0)
    q = joints - centre
    # d = t + w x q = t - [q]x w, solved for (t, w)
    skew = np.zeros((len(q), 3, 3))
    skew[:, 0, 1], skew[:, 0, 2] = -q[:, 2], q[:, 1]
    skew[:, 1, 0], skew[:, 1, 2] = q[:, 2], -q[:, 0]
    skew[:, 2, 0], skew[:, 2, 1] = -q[:, 1], q[:, 0]
    a = np.concatenate([np.broadcast_to(np.eye(3), (len(q), 3, 3)), -skew], axis=2).reshape(-1, 6)
    x = np.linalg.lstsq(a, motion.reshape(-1), rcond=None)[0]
    return centre, x[3:] / RIB_MAX_ANGLE, x[:3]


def rib_axis(vertices: Array, spine: Array) -> tuple[Array, Array]:
    """Return the rotation centre (rib head) and the unit axis of a rib from its vertices."""
    head = vertices[np.argmin(np.linalg.norm(vertices[:, :2] - spine[:2], axis=1))]
    front = vertices[np.argmin(vertices[:, 1])]
    lateral = vertices[np.argmax(np.abs(vertices[:, 0] - head[0]))]
    bucket = front - head
    bucket /= np.linalg.norm(bucket)
    if np.cross(bucket, lateral - head)[2] < 0:
        bucket = -bucket
    pump = np.array([1.0, 0.0, 0.0])
    if np.cross(pump, front - head)[2] < 0:
        pump = -pump
    axis = RIB_BUCKET_SHARE * bucket + (1.0 - RIB_BUCKET_SHARE) * pump
    return head, axis / np.linalg.norm(axis)


def dome_bases(points: Array, dome: DomeField, *, gate_top: float | None = None,
               gate_bottom: float | None = None, column: bool = True) -> dict[str, Array]:
    """Dome channels at ``points``: descent (mm per mm of apex descent) straight down."""
    phi = dome.phi(points, gate_top=gate_top, gate_bottom=gate_bottom, column=column)
    return {"dome_r_mm": phi[:, :1] * DOWN, "dome_l_mm": phi[:, 1:] * DOWN}


def diaphragm_bases(vertices: Array, dome: DomeField, ribs: RibMotion, *, spine_tied: bool,
                    ligament: bool = False) -> dict[str, Array]:
    """Diaphragm and central tendon; crura (``spine_tied``) stretch from the spine to the dome;
    arcuate ligaments (``ligament``) stay on the spine and the ribs."""
    if ligament:
        return {"rib_lift": ribs.displacement(vertices)}
    if spine_tied:  # stretched between the spine (lowest point, fixed) and the dome (top)
        lo, hi = vertices[:, 2].min(), vertices[:, 2].max()
        out = dome_bases(vertices, dome, gate_top=hi, gate_bottom=lo, column=False)
        return {**out, "rib_lift": ribs.displacement(vertices)}
    return {**dome_bases(vertices, dome), "rib_lift": ribs.displacement(vertices)}


def wall_bases(vertices: Array, ribs: RibMotion) -> dict[str, Array]:
    """An abdominal wall muscle carried by the ribs where it lies on them, still far from them."""
    if len(ribs.centres) == 0:
        return {}
    return {"rib_lift": ribs.carriage(vertices, exact=WALL_EXACT_MM)}


def column_bases(vertices: Array, dome: DomeField, *, above: bool) -> dict[str, Array]:
    """A passenger of the dome. Above it (lungs, heart) each point rides with the dome
    surface below it, fading linearly to the structure's top; below it (liver) it moves with
    the same field as the diaphragm it touches."""
    if not above:  # a deeper fade than the diaphragm's own: solid organs move nearly whole
        gate = dome.column_gate(vertices, fade_mm=2.0 * dome.fade_mm)
        return {n: b * gate[:, None] for n, b in dome_bases(vertices, dome, column=False).items()}
    out = dome_bases(vertices, dome)
    top = vertices[:, 2].max()
    surface = dome.top(vertices)
    fade = np.clip((top - vertices[:, 2]) / np.maximum(top - surface, 1.0), 0.0, 1.0)
    return {n: b * fade[:, None] for n, b in out.items()}


def lung_bases(vertices: Array, dome: DomeField, ribs: RibMotion) -> dict[str, Array]:
    """Lungs: column bases ride on the dome below; the apex stays; the walls follow the ribs."""
    out = column_bases(vertices, dome, above=True)
    out["rib_lift"] = ribs.displacement(vertices)
    return out


def muscle_bases(vertices: Array, rig: Mapping, insertion: Array | None, channel: str) -> dict[str, Array]:
    """Belly shortening towards the origin per unit shortening fraction, at constant volume.

    The belly ``[s0, s1]`` (fractions of the centreline's arc length) contracts towards its
    origin end and thickens radially by half the strain (area ~ 1 / length); the tendon beyond
    the belly stretches and thins so that the insertion stays put.
    """
    line = np.asarray(rig["centreline"], dtype=float)
    if insertion is not None and np.linalg.norm(line[0] - insertion) < np.linalg.norm(line[-1] - insertion):
        line = line[::-1]  # origin first
    total = arc_length(line)[-1]
    s0, s1 = (float(v) for v in rig.get("belly", (0.0, 0.8)))
    s0, s1 = s0 * total, max(s1 * total, s0 * total + 1.0)
    s, foot, _ = project_on_polyline(vertices, line)
    tangent = smooth_tangent(line, s)
    radial = vertices - foot
    radial -= np.sum(radial * tangent, axis=1, keepdims=True) * tangent
    belly_len, tendon_len = s1 - s0, max(total - s1, 1.0)
    axial = np.where(s <= s1, -(np.clip(s, s0, s1) - s0), -belly_len * (total - s) / tendon_len)
    tendon_strain = belly_len / tendon_len
    blend = smoothstep((s - s1 + 5.0) / 10.0)  # 10 mm transition belly -> tendon
    radial_gain = (1.0 - blend) * 0.5 - blend * 0.5 * tendon_strain
    radial_gain = np.where(s < s0, 0.5 * smoothstep((s - s0 + 10.0) / 10.0), radial_gain)
    return {channel: axial[:, None] * tangent + radial_gain[:, None] * radial}


def smooth_tangent(line: Array, s: Array) -> Array:
    """Unit tangent of a polyline interpolated continuously in arc length ``s``."""
    seg = np.diff(line, axis=0)
    seg /= np.linalg.norm(seg, axis=1, keepdims=True)
    at_points = np.concatenate([seg[:1], 0.5 * (seg[:-1] + seg[1:]), seg[-1:]])
    cum = arc_length(line)
    t = np.stack([np.interp(s, cum, at_points[:, k]) for k in range(3)], axis=1)
    return t / np.linalg.norm(t, axis=1, keepdims=True)


def tube_frame(vertices: Array, rig: Mapping) -> tuple[Array, Array, Array]:
    """Arc length, foot point and radial vector of each vertex about the tube's centreline."""
    line = np.asarray(rig["centreline"], dtype=float)
    s, foot, tangent = project_on_polyline(vertices, line)
    radial = vertices - foot
    radial -= np.sum(radial * tangent, axis=1, keepdims=True) * tangent
    return s, foot, radial


def opening_bases(vertices: Array, opening: Array, dome: DomeField, *,
                  anchored_below: bool) -> dict[str, Array]:
    """A tube through a diaphragm opening rides with the opening (the same field as the
    diaphragm and the organs around it, so it slides through without touching the rim).

    Above the opening it fades linearly to its fixed upper end (the tube stretches as the
    opening descends). Below, vessels (``anchored_below``: the IVC on the pelvis, the duct on
    the cisterna) fade to their lower end; the oesophagus and the vagal trunks ride down whole
    with the abdominal organs. Fades span at least :data:`MIN_FADE_MM` so no tube is squeezed.
    """
    z, zo = vertices[:, 2], opening[2]
    gate = np.clip((zo - dome.z_fix) / (dome.z_full - dome.z_fix), 0.0, 1.0)  # aortic hiatus: fixed
    deep = dome.column_gate(vertices, fade_mm=2.0 * dome.fade_mm)  # as the organs below
    local = {n: b * (gate * deep)[:, None] for n, b in dome_bases(vertices, dome, column=False).items()}
    up = np.clip(1.0 - (z - zo) / max(z.max() - zo, MIN_FADE_MM), 0.0, 1.0)
    down = np.clip(1.0 - (zo - z) / max(zo - z.min(), MIN_FADE_MM), 0.0, 1.0) if anchored_below else 1.0
    fade = np.where(z >= zo, up, down)
    return {name: fade[:, None] * m for name, m in local.items()}


def compression_bases(vertices: Array, rig: Mapping, psoas: Array, channel: str) -> dict[str, Array]:
    """Antero-posterior flattening of a vein where it lies within reach of the psoas."""
    _, _, radial = tube_frame(vertices, rig)
    dist, _ = cKDTree(psoas).query(vertices, k=1)
    near = 1.0 - smoothstep((dist - 8.0) / 30.0)
    return {channel: -(radial[:, 1] * near)[:, None] * np.array([0.0, 1.0, 0.0])}


def calibre_bases(vertices: Array, rig: Mapping, opening: Array | None) -> dict[str, Array]:
    """Radial widening per unit relative radius change, abdominal part only.

    Fades to zero 40 mm below the caval opening (the caval opening sits in the central tendon)
    and over the first 20 mm of the vessel (the junction with the common iliac veins).
    """
    s, foot, radial = tube_frame(vertices, rig)
    gain = smoothstep(s / 20.0)
    if opening is not None:
        gain = gain * smoothstep((opening[2] - 10.0 - foot[:, 2]) / 30.0)
    return {"ivc_calibre": gain[:, None] * radial}
