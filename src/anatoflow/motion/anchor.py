"""Breath held near the still skeleton: what lies on the spine slides along it, not into it.

The vertebrae and the intervertebral discs do not move with the breath, but the aorta, the
azygos veins, the thoracic duct and the oesophagus lie on them, a fraction of a millimetre away
or slightly overlapping at rest. The diaphragm's field (:mod:`anatoflow.motion.contact`) is
defined everywhere in space, and in front of the spine it asks for tens of millimetres of
descent, so whatever it carries there slid into the bones.

:class:`Anchor` bounds the breath motion by the distance from the still bones, with horizontal
and vertical offsets weighted differently:

    D(p) = distance from p to the bones, offsets scaled by (h, h, v),
    A(p) = D(p) - h * contact,                      the travel allowed at p (0 at and in a bone),
    basis'(p) = f(p) * basis(p),   f = soft_min(1, (1 + band) * A(p) / travel(p)),

with ``travel`` the largest breath displacement the bases allow at ``p`` (each breath channel at
its largest weight, summed: a bound for every breath state), taken for the domes' channels
together and for the rib lift alone. The rib lift is small near the rib heads, where the ribs meet
the spine, and is held only by its own travel: held by the domes' much larger travel, the lift
of the sheet where it lies in the lower ribs beside the spine fell short of the ribs' own and the
ribs passed through it. ``h`` (:data:`HOLD_ACROSS`) bounds
the shear the hold adds; ``v`` (:data:`HOLD_ALONG`, below 1) bounds the squeeze, so a point above
a bone moves at most half its height above it and a vertical run is never squeezed flat. ``D`` is
taken on a grid (the bones filled, an exact distance transform with the weights as cell sizes),
blurred (:data:`HOLD_BLUR_MM`) so it has no kinks, and lowered by its value on the bones' own
surface, so ``A`` is 0 there. The soft minimum reaches 1 where the allowance covers the travel,
so what lies far from the bones (the domes' apexes) keeps its motion whole.

The same factors multiply every structure's bases at a point, so each channel stays one linear basis
(a glTF morph target), and two surfaces that sampled one field before still sample one field after.
Which structures are still bones (``motion = "static"``, ``system = "bone"``) and how far each
point lies from them is all taken from the shapes.

The same rule, with its own numbers and for the domes' channels only, holds the descent of a
one-mesh diaphragm near its costal origin on the ribs (:func:`anatoflow.motion.sheet.costal_origin`): ``channels`` names what an anchor holds.
The still bones' anchor also holds the ribs' own lift, so a rib head turns in its joint on the spine
(:mod:`anatoflow.motion.rig`), and an anchor of the still airways holds the heart's pull on the
great vessels (:func:`anatoflow.motion.sheet.still_organs`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from anatoflow.motion.contact import BREATH_MAX, GRID_MM, Grid

Array = NDArray[np.float64]
Bases = dict[str, Array]
#: The largest weight of each breath channel in a breath state: dome travel of a maximal breath, full rib lift.
BREATH_TOP: dict[str, float] = {**BREATH_MAX, "rib_lift": 1.0}
HOLD_ACROSS = 1.3  # mm of breath travel allowed per mm of horizontal distance from a still bone
HOLD_ALONG = 0.5  # ... per mm of vertical distance
HOLD_CONTACT_MM = 3.0  # nothing this close to a still bone moves with the breath
HOLD_BLUR_MM = 8.0  # the weighted distance is blurred this much (sigma): no kinks
ON_BONE_QUANTILE = 0.9  # the blurred distance at this share of the bones' surface points counts as 0
HOLD_BAND = 0.2  # the soft minimum rounds the corner over ratios 1 -+ this band


def soft_min_one(ratio: Array, band: float = HOLD_BAND) -> Array:
    """``min(1, ratio)`` with its corner rounded (C1) over ``1 - band .. 1 + band``; never above either,
    increasing, and equal to ``ratio`` below ``1 - band``."""
    r = np.asarray(ratio, dtype=float)
    rounded = r - (r - 1.0 + band) ** 2 / (4.0 * band)
    return np.where(r <= 1.0 - band, r, np.where(r >= 1.0 + band, 1.0, rounded))


def breath_travel(bases: Mapping[str, Array]) -> Array:
    """Per point, the largest breath displacement (mm) the bases allow: each breath channel's
    displacement at its largest weight, summed (a bound for every mix of weights)."""
    return sum(BREATH_TOP[n] * np.linalg.norm(b, axis=1) for n, b in bases.items() if n in BREATH_TOP)


@dataclass(frozen=True)
class Anchor:
    """The rule that holds the breath near the still bones (module docstring).

    Attributes
    ----------
    allowed : Grid
        Breath travel (mm) allowed at each point of space.
    channels : tuple of str
        The breath channels it holds (default: all of them).
    """

    allowed: Grid
    channels: tuple[str, ...] = tuple(BREATH_TOP)

    @classmethod
    def of(cls, meshes: Sequence[tuple[Array, NDArray[np.int64]]], around: Array, *, across: float = HOLD_ACROSS,
           along: float = HOLD_ALONG, contact: float = HOLD_CONTACT_MM, blur_mm: float = HOLD_BLUR_MM,
           cell: float = GRID_MM, channels: tuple[str, ...] = tuple(BREATH_TOP)) -> Anchor | None:
        """The anchor of the still bones given as ``(vertices, faces)`` (only the vertices the faces
        use count), sampled on a grid over the box of the points ``around``, holding ``channels``;
        None without any bone in that box.

        The bones are filled on the grid, the weighted distance from them taken (exact Euclidean
        distance transform with the weights as cell sizes), blurred by ``blur_mm`` and lowered by
        its typical value on the bones' own surface, so it is about 0 there and has no kinks."""
        if not meshes:
            return None
        samples = np.concatenate([_surface_points(np.asarray(v, dtype=float), f) for v, f in meshes])
        grid = Grid.around(np.asarray(around, dtype=float), margin=2.0 * blur_mm, cell=cell)
        idx = np.round((samples - grid.origin) / cell).astype(int)
        inside = np.all((idx >= 0) & (idx < grid.values.shape), axis=1)
        bone = np.zeros(grid.values.shape, dtype=bool)
        bone[tuple(idx[inside].T)] = True
        bone = ndimage.binary_fill_holes(ndimage.binary_closing(bone))
        if not bone.any():
            return None
        distance = ndimage.distance_transform_edt(~bone, sampling=cell * np.array([across, across, along]))
        blurred = Grid(ndimage.gaussian_filter(distance, blur_mm / cell, mode="nearest"), grid.origin, cell)
        on_bone = float(np.quantile(blurred(samples[inside]), ON_BONE_QUANTILE))
        values = np.clip(blurred.values - on_bone - across * contact, 0.0, None)
        values.flags.writeable = False
        return cls(Grid(values, grid.origin, cell), tuple(channels))

    def touches(self, vertices: Array) -> bool:
        """Whether some of ``vertices`` lie where the breath is fully held (on a still bone)."""
        return bool(self.allowed(np.asarray(vertices, dtype=float)).min() <= 0.0)

    def hold(self, vertices: Array, bases: Mapping[str, Array]) -> Bases:
        """Bases (``(N, 3)`` each, at ``vertices``) with the breath channels held near the bones;
        other channels (tension, calibre) unchanged."""
        held = {n: b for n, b in bases.items() if n in self.channels}
        if not held:
            return dict(bases)
        out = dict(bases)
        points = np.asarray(vertices, dtype=float)
        for group in _groups(held):
            travel = breath_travel(group)
            f = np.ones(len(travel))
            moving = travel > 1e-9
            if moving.any():
                f[moving] = soft_min_one((1.0 + HOLD_BAND) * self.allowed(points[moving]) / travel[moving])
            out.update({n: f[:, None] * b for n, b in group.items()})
        return out


def _groups(bases: Mapping[str, Array]) -> list[Bases]:
    """The breath channels held together: the domes (their travel summed), and the rib lift alone."""
    domes = {n: b for n, b in bases.items() if n.startswith("dome_")}
    rest = {n: b for n, b in bases.items() if not n.startswith("dome_")}
    return [g for g in (domes, rest) if g]


def _surface_points(v: Array, f: NDArray[np.int64]) -> Array:
    tri = v[f]
    return np.concatenate([v[np.unique(f)], 0.5 * (tri + np.roll(tri, -1, axis=1)).reshape(-1, 3), tri.mean(axis=1)])
