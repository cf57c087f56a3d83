"""The diaphragm as one field of space, and the neighbours it carries where they touch it.

A diaphragm given as one mesh with region labels (the BodyParts3D import) wraps its neighbours
closely: the IVC, the oesophagus and the aorta run through its openings, the spleen and the
kidneys lie under it, the heart on its tendon, with gaps of a tenth of a millimetre to a few
millimetres. When two such surfaces follow different displacement fields, the gap closes and
one passes through the other.

So the sheet's motion is written as a displacement field defined everywhere in space,
:class:`SheetField`: the dome field (:class:`~anatoflow.motion.fields.DomeField`) times a vertical
profile (its fade under the dome surface, and on the crura a ramp from the aortic opening's
level, where they are tied to the spine, to the oesophageal opening's), raised wherever a
column would shrink by more than :data:`STRETCH_LIMIT` at a maximal breath, blurred, plus the
rib field. The diaphragm's vertices sample it, and so do its neighbours (:func:`carry`): each
neighbour vertex blends, per channel, from the sheet field at its own position to its own basis,

    basis'(p) = w(p) * U(p) + (1 - w(p)) * basis(p),

with ``w`` 1 where a face round ``p`` comes within :data:`CONTACT_MM` of the sheet and falling
with the distance ``d`` from the sheet, ``1 - smoothstep((d - CONTACT_MM) / reach)``. Two surfaces
moved by one smooth field that never squeezes a column flat cannot cross, and a tube inside an
opening moves with the rim because both sample the same field there. Each channel stays linear:
the new basis is a fixed blend of two bases of the same channel, so the bases remain glTF
morph targets.

The reach is chosen per neighbour (:func:`carriage_reach`) from how its own motion differs from
the sheet's at a maximal breath: long where the sheet would close on it (the fade then squeezes
it), shorter where the two only slide past each other.

Near the still bones (the spine) the field, and the own motion of what lies on them, is held by
:mod:`anatoflow.motion.anchor` (the ``hold`` of :class:`SheetField`), so what the diaphragm carries
there slides along the bones instead of into them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from anatoflow.motion.breath import EXCURSION_L_MM, EXCURSION_R_MM
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNELS
from anatoflow.motion.fields import DomeField, laplacian_smooth, smoothstep

Array = NDArray[np.float64]
Bases = dict[str, Array]
DOWN = np.array([0.0, 0.0, -1.0])
CONTACT_MM = 3.0  # a passenger with a face this close to the sheet moves exactly with it there
MIN_REACH_MM = 20.0  # the shortest fade from the sheet's motion to the passenger's own
MAX_REACH_MM = 300.0  # the longest
SQUEEZE_LIMIT = 0.3  # the most the fade may squeeze a passenger towards the sheet, at a maximal breath
SHEAR_LIMIT = 0.5  # the most it may shear it (a shear of 2 turns a face over)
CRUS_BLUR_MM = 10.0  # width (sigma) of the spatial crus share
GRID_MM = 4.0  # cell of the grids the sheet field is sampled on
SMOOTH_MM = 16.0  # the sheet field is blurred this much (sigma) after the limit: no kinks
STRETCH_LIMIT = 0.6  # the most a vertical run of the sheet field may shrink, at a maximal breath
APEX_ITERATIONS = 20  # at most this many rescalings bring each apex back to its full travel under the hold
#: The largest weight of each channel in a breath state (dome travel of a maximal breath).
BREATH_MAX: dict[str, float] = {"dome_r_mm": float(EXCURSION_R_MM[-1]), "dome_l_mm": float(EXCURSION_L_MM[-1])}


def _largest(name: str) -> float:
    if name in BREATH_MAX:
        return BREATH_MAX[name]
    c = CHANNELS[CHANNEL_INDEX[name]]
    return max(abs(c.low), abs(c.high))


@dataclass(frozen=True)
class Grid:
    """A scalar field of space sampled on a regular grid, read back trilinearly (constant
    beyond the grid's faces)."""

    values: Array
    origin: Array
    cell: float

    def __call__(self, points: Array) -> Array:
        coords = ((np.asarray(points, dtype=float) - self.origin) / self.cell).T
        return ndimage.map_coordinates(self.values, coords, order=1, mode="nearest")

    def centres(self) -> Array:
        """``(nx, ny, nz, 3)`` positions of the grid nodes."""
        axes = [self.origin[k] + self.cell * np.arange(n) for k, n in enumerate(self.values.shape)]
        return np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1)

    @classmethod
    def around(cls, points: Array, *, margin: float, cell: float = GRID_MM) -> Grid:
        """A zero grid covering ``points`` with ``margin`` mm to spare on every side."""
        origin = points.min(axis=0) - margin
        shape = tuple(np.ceil((points.max(axis=0) + margin - origin) / cell).astype(int) + 1)
        return cls(values=np.zeros(shape), origin=origin, cell=cell)


def spread_share(points: Array, share: Array, *, sigma_mm: float = CRUS_BLUR_MM, cell: float = GRID_MM) -> Grid:
    """A share (0..1) known at ``points`` extended to all of space: splatted on a grid, blurred
    (width ``sigma_mm``), filled outward from where samples are, and blurred again."""
    grid = Grid.around(points, margin=4.0 * sigma_mm, cell=cell)
    idx = tuple(np.round((points - grid.origin) / cell).astype(int).T)
    total, count = np.zeros(grid.values.shape), np.zeros(grid.values.shape)
    np.add.at(total, idx, share)
    np.add.at(count, idx, 1.0)
    s = sigma_mm / cell
    total, count = ndimage.gaussian_filter(total, s), ndimage.gaussian_filter(count, s)
    known = count > 1e-3 * count.max()
    ratio = np.where(known, total / np.where(known, count, 1.0), 0.0)
    nearest = ndimage.distance_transform_edt(~known, return_distances=False, return_indices=True)
    return Grid(ndimage.gaussian_filter(ratio[tuple(nearest)], s), grid.origin, cell)


def limit_vertical_stretch(profile: Array, amplitude: Array, cell: float, *, limit: float = STRETCH_LIMIT) -> Array:
    """Raise a vertical profile ``(nx, ny, nz)`` from the top down wherever it falls faster than
    ``limit / amplitude`` per mm (``amplitude``: ``(nx, ny)`` descent at a maximal breath), so no
    column is compressed by more than ``limit`` and the top keeps its travel."""
    out = profile.copy()
    step = limit * cell / np.maximum(amplitude, 1e-9)
    for k in range(out.shape[2] - 2, -1, -1):
        out[:, :, k] = np.maximum(out[:, :, k], out[:, :, k + 1] - step)
    return out


@dataclass(frozen=True)
class SheetField:
    """The motion of a one-mesh diaphragm as a field of space (module docstring).

    The descent per mm of apex descent of each dome channel is sampled on a grid: the dome
    field's share of each column (:meth:`DomeField.phi` without its fade) times a vertical
    profile, the dome field's fade under the dome surface times the crura's ramp, raised where
    it would squeeze a column by more than :data:`STRETCH_LIMIT` at a maximal breath, then
    blurred by :data:`SMOOTH_MM` in all three directions and scaled so each apex travels
    exactly the channel's weight.

    Attributes
    ----------
    descent : tuple of Grid
        Right and left dome: descent (mm) per mm of apex descent.
    rib_field : callable
        ``points -> (N, 3)`` rib-lift displacement per unit weight.
    hold : callable or None
        ``(points, bases) -> bases``: the breath held near the still bones
        (:meth:`anatoflow.motion.anchor.Anchor.hold`), or None.
    pad : callable or None
        ``(points, bases) -> bases``, applied after the hold: the sheet gives way to an organ
        that rides whole on it (:mod:`anatoflow.motion.rider`), or None.
    """

    descent: tuple[Grid, Grid]
    rib_field: Callable[[Array], Array]
    hold: Callable[[Array, Bases], Bases] | None = None
    pad: Callable[[Array, Bases], Bases] | None = None
    CHANNELS: ClassVar[tuple[str, ...]] = ("dome_r_mm", "dome_l_mm", "rib_lift")

    @classmethod
    def fit(cls, vertices: Array, labels: NDArray[np.int64], dome: DomeField,
            rib_field: Callable[[Array], Array], crus_codes: tuple[int, ...], *, margin: float = 60.0,
            hold: Callable[[Array, Bases], Bases] | None = None) -> SheetField:
        """The field of a diaphragm mesh whose vertices carry region codes (``crus_codes``: the crura),
        held near the still bones by ``hold`` if given."""
        grid = Grid.around(vertices, margin=margin)
        shape = grid.values.shape
        flat = grid.centres().reshape(-1, 3)
        profile = dome.column_gate(flat)
        crus = np.isin(labels, crus_codes)
        if crus.any():  # tied to the spine below the aortic opening, free from the oesophageal one up
            ramp = smoothstep((flat[:, 2] - dome.z_fix) / (dome.z_full - dome.z_fix))
            share = np.clip(spread_share(vertices, crus.astype(float))(flat), 0.0, 1.0)
            profile = profile * (1.0 - share * (1.0 - ramp))
        phi = dome.phi(flat, column=False).reshape(shape + (2,))
        amplitude = phi[:, :, 0] @ np.array([BREATH_MAX["dome_r_mm"], BREATH_MAX["dome_l_mm"]])
        limit = STRETCH_LIMIT
        for _ in range(2):  # the second pass leaves room for the scaling at the apexes
            limited = limit_vertical_stretch(profile.reshape(shape), amplitude, grid.cell, limit=limit)
            blurred = [ndimage.gaussian_filter(phi[..., side] * limited, SMOOTH_MM / grid.cell, mode="nearest")
                       for side in (0, 1)]
            at_apex = np.array([Grid(b, grid.origin, grid.cell)(dome.apex[side:side + 1])[0]
                                for side, b in enumerate(blurred)])
            limit = STRETCH_LIMIT * at_apex.min()
        if hold is not None:  # the hold may shorten the apexes' travel a little: scale it back
            for _ in range(APEX_ITERATIONS):
                trial = cls(tuple(Grid(b / scale, grid.origin, grid.cell) for b, scale in zip(blurred, at_apex)),
                            rib_field, hold)
                moved = np.array([-trial.bases(dome.apex[side:side + 1])[name][0, 2]
                                  for side, name in enumerate(("dome_r_mm", "dome_l_mm"))])
                at_apex = at_apex * moved
                if np.all(np.abs(moved - 1.0) < 1e-4):
                    break
        descent = []
        for b, scale in zip(blurred, at_apex):
            values = b / scale  # each apex travels 1 mm per mm
            values.flags.writeable = False
            descent.append(Grid(values, grid.origin, grid.cell))
        return cls(tuple(descent), rib_field, hold)

    def bases(self, points: Array, *, held: bool = True) -> Bases:
        """Displacement per unit weight of each channel at ``points`` (``(N, 3)``); ``held=False``:
        before the hold near the still bones (and the pad of a rider, which comes after it)."""
        points = np.asarray(points, dtype=float)
        out = {"dome_r_mm": self.descent[0](points)[:, None] * DOWN, "dome_l_mm": self.descent[1](points)[:, None] * DOWN,
               "rib_lift": self.rib_field(points)}
        if held and self.hold is not None:
            out = self.hold(points, out)
        return out if not held or self.pad is None else self.pad(points, out)


def relative_motion(difference: Mapping[str, Array], away: Array) -> tuple[Array, Array]:
    """How the sheet moves relative to a passenger's own motion, per vertex, at the largest
    weights: ``(closing, across)``, the part towards the passenger (along ``away``, the unit
    direction from the sheet to the vertex: it would close the gap, and a fade of it squeezes
    the passenger) and the part across that direction (a fade of it shears). The part away from
    the passenger only stretches it.

    ``difference`` is the passenger's own bases minus the sheet field's. Breath channels are
    combined at a maximal breath; other channels count at their largest weight, in either sense.
    """
    zero = np.zeros_like(away)
    breath = sum((_largest(n) * -d for n, d in difference.items() if n in SheetField.CHANNELS), zero)
    towards = np.einsum("ij,ij->i", breath, away)
    closing = np.maximum(towards, 0.0)
    across = np.linalg.norm(breath - towards[:, None] * away, axis=1)
    for n, d in difference.items():
        if n not in SheetField.CHANNELS:
            along = np.einsum("ij,ij->i", d, away)
            closing = closing + _largest(n) * np.abs(along)
            across = across + _largest(n) * np.linalg.norm(d - along[:, None] * away, axis=1)
    return closing, across


def carriage_reach(dist: Array, closing: Array, across: Array) -> float:
    """The shortest fade (mm) that keeps a passenger whole and apart from the sheet.

    For ``w = 1 - smoothstep((d - CONTACT_MM) / reach)``, at every vertex (distance ``dist``,
    relative motions ``closing`` and ``across`` from :func:`relative_motion`): the squeeze the
    fade adds, ``|dw/dd| * closing``, stays below :data:`SQUEEZE_LIMIT`; its shear,
    ``|dw/dd| * across``, below :data:`SHEAR_LIMIT`; and the part of the closing motion left,
    ``(1 - w) * closing``, below half the gap. Reaches from :data:`MIN_REACH_MM` up, 15 % apart.
    """
    reach = MIN_REACH_MM
    while reach < MAX_REACH_MM:
        u = np.clip((dist - CONTACT_MM) / reach, 0.0, 1.0)
        slope = 6.0 * u * (1.0 - u) / reach
        if (np.all(slope * closing <= SQUEEZE_LIMIT) and np.all(slope * across <= SHEAR_LIMIT)
                and np.all((3.0 - 2.0 * u) * u * u * closing <= 0.5 * dist)):
            break
        reach *= 1.15
    return min(reach, MAX_REACH_MM)


def surface_samples(vertices: Array, faces: NDArray[np.int64]) -> cKDTree:
    """A k-d tree of a mesh's vertices, edge midpoints and face centres: the distance to the
    nearest sample is within a third of the longest edge of the distance to the surface."""
    tri = vertices[faces]
    mids = 0.5 * (tri + np.roll(tri, -1, axis=1)).reshape(-1, 3)
    return cKDTree(np.concatenate([vertices, mids, tri.mean(axis=1)]))


def face_contact(vertices: Array, faces: NDArray[np.int64], sheet: cKDTree, *, within: float,
                 step: float = 2.0) -> Array:
    """Per vertex, the distance from the sheet to the nearest point of the faces round it (edges
    sampled every ``step`` mm, plus the face centres), where it is below ``within`` (``within``
    elsewhere): a long edge that passes the sheet brings both its ends into contact."""
    edges = np.unique(np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1), axis=0)
    length = np.linalg.norm(vertices[edges[:, 1]] - vertices[edges[:, 0]], axis=1)
    parts = np.maximum(np.ceil(length / step).astype(int), 1)
    owner = np.repeat(np.arange(len(edges)), parts + 1)
    first = np.concatenate([[0], np.cumsum(parts + 1)[:-1]])
    t = (np.arange(len(owner)) - first[owner]) / parts[owner]
    points = vertices[edges[owner, 0]] + t[:, None] * (vertices[edges[owner, 1]] - vertices[edges[owner, 0]])

    def dist(p: Array) -> Array:
        return np.minimum(sheet.query(p, k=1, distance_upper_bound=within)[0], within)

    per_edge = np.full(len(edges), within)
    np.minimum.at(per_edge, owner, dist(points))
    per_face = dist(vertices[faces].mean(axis=1))
    out = dist(vertices)
    for k in range(2):
        np.minimum.at(out, edges[:, k], per_edge)
    for k in range(3):
        np.minimum.at(out, faces[:, k], per_face)
    return out


def smooth_contact_distance(vertices: Array, faces: NDArray[np.int64], sheet: cKDTree, *, within: float,
                            smooth: int = 10) -> Array:
    """:func:`face_contact`, then made no steeper than 1 mm per mm along the mesh (shortest paths
    from a virtual source tied to each vertex at its distance) and smoothed over it, so a gate
    made from it varies smoothly from face to face."""
    out = face_contact(vertices, faces, sheet, within=within)
    edges = np.unique(np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1), axis=0)
    length = np.linalg.norm(vertices[edges[:, 1]] - vertices[edges[:, 0]], axis=1)
    n = len(vertices)
    graph = coo_matrix((np.concatenate([length, out + 1e-9]),
                        (np.concatenate([edges[:, 0], np.full(n, n)]), np.concatenate([edges[:, 1], np.arange(n)]))),
                       shape=(n + 1, n + 1)).tocsr()
    return laplacian_smooth(dijkstra(graph, directed=False, indices=n)[:n], faces, iterations=smooth)


def carry(vertices: Array, faces: NDArray[np.int64], own: Mapping[str, Array], field: SheetField,
          sheet: cKDTree, *, longest: float = MAX_REACH_MM) -> Bases:
    """Blend a passenger's bases (``own``: channel -> ``(N, 3)``) towards the sheet field near
    the sheet (module docstring); one with no vertex within ``CONTACT_MM + MIN_REACH_MM`` keeps its own.
    The fade is at most ``longest`` mm long.

    ``sheet`` is a k-d tree of points on the diaphragm's rest surface (:func:`surface_samples`).
    """
    dist, nearest = sheet.query(vertices, k=1)
    core = face_contact(vertices, faces, sheet, within=CONTACT_MM) < CONTACT_MM  # a face of theirs touches
    near = dist < CONTACT_MM + MIN_REACH_MM
    if not near.any():  # not a neighbour
        return dict(own)
    zero = np.zeros_like(vertices)
    names = sorted(set(own) | set(SheetField.CHANNELS))
    fading = (dist > CONTACT_MM) & (dist < CONTACT_MM + MAX_REACH_MM)
    away = vertices[fading] - sheet.data[nearest[fading]]
    away /= np.maximum(np.linalg.norm(away, axis=1), 1e-9)[:, None]
    # at least the reach of the field before the hold near the still bones (which only ever shortens the motion)
    reach = max(carriage_reach(dist[fading], *relative_motion(_difference(vertices, fading, own, field, names,
                                                                          held=held), away)) for held in (True, False))
    reach = min(reach, longest)
    inside = (dist < CONTACT_MM + reach) | core
    difference = _difference(vertices, inside, own, field, names)
    w = np.where(core[inside], 1.0, 1.0 - smoothstep((dist[inside] - CONTACT_MM) / reach))
    out = {n: own.get(n, zero).copy() for n in names}
    for n in names:
        out[n][inside] -= w[:, None] * difference[n]
    return out


def _difference(vertices: Array, mask: NDArray[np.bool_], own: Mapping[str, Array], field: SheetField,
                names: list[str], *, held: bool = True) -> Bases:
    """``own - sheet field`` per channel at the vertices in ``mask``."""
    carried = field.bases(vertices[mask], held=held)
    zero = np.zeros((int(mask.sum()), 3))
    return {n: (own[n][mask] if n in own else zero) - carried.get(n, zero) for n in names}
