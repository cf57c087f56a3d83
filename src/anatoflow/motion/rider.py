"""An organ that rides whole on the one-mesh diaphragm: the heart on the central tendon.

The heart rests on the central tendon, to which its fibrous sac is fused, and the tendon carries
it down with each breath; it barely changes shape. The diaphragm's field
(:class:`~anatoflow.motion.contact.SheetField`) is not uniform under it: where it touches the
real heart it asks, at a deep breath, for 27 mm at the back (near the spine, where the breath is
held) up to 80 mm at the front. An organ carried by that field stretches (the real heart grew
from 114 to 181 mm tall), so a :class:`Rider` moves by one motion of its own per breath channel,

    basis_c(p) = T_c * (1 - lambda * (z(p) - z_low) / height),

a translation ``T_c`` and a small vertical elongation (the top lags the base by at most
:data:`ELONGATION` of the height, at a maximal breath): the heart becomes a little longer, as it
does in life. ``T_c`` is the sheet field's mean over the diaphragm's surface where the organ
rests on it (the tendon under the heart), tilted so the organ slides along the still bones
and the oesophagus behind it, with the vagal trunks on it, rather than into them
(:func:`slide_direction`): the heart's back slopes forward as it descends, and straight down its
lower part passed into the oesophagus (24 crossings at a deep breath), the aorta (24) and the IVC
(16); tilted along the oesophagus alone, it still grazed the anterior vagal trunk on its front
(35, up to 1.1 mm deep); tilted along both, none. Each channel stays one linear basis.

The sheet then gives way to the rider: near the organ, the sheet field blends to the rider's
motion (:meth:`Rider.pad`), fully within :data:`~anatoflow.motion.contact.CONTACT_MM` of its
surface and fading over :data:`PAD_REACH_MM`, but never near the still bones, where the breath
stays held. So the tendon under the heart, and whatever the sheet carries there (the IVC's last
part), move with the heart, and the structures that touch the heart are carried by it as
passengers are carried by the sheet (:func:`anatoflow.motion.contact.carry`). The tendon takes
only the rider's vertical motion, so the rider's wall round the mouth of the IVC, which the
tendon holds, moves with the vein instead (:func:`anatoflow.motion.neighbours.mouths`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.motion.contact import Grid
from anatoflow.motion.fields import smoothstep

Array = NDArray[np.float64]
Bases = dict[str, Array]
DOWN = np.array([0.0, 0.0, -1.0])
ELONGATION = 0.06  # at a maximal breath the rider's top lags its base by this share of its height
PAD_REACH_MM = 50.0  # the sheet field blends back from the rider's motion to its own over this distance
PAD_CLEAR_MM = 65.0  # ... and keeps its own (held) motion where the breath allowed is below this
CLOSING_BAND_MM = 25.0  # off the tendon, the sheet keeps its motion where it falls this much faster than the rider
APEX_CLEAR_MM = 40.0  # the sheet keeps its own motion at the dome apexes, fully padded this far to their side
CARRY_REACH_MM = 60.0  # the great vessels blend from the rider's motion to their own over at most this
RIDE_NEAR_MM = 20.0  # the great vessels ride with the rider this close to it, though the still airways hold them
PULL_SMOOTHING = 10  # iterations of smoothing over the mesh of the rider's pull on the great vessels
REST_BLUR_MM = 10.0  # width (sigma) of the tendon's share of space, where the rider rests on the sheet
REST_MM = 3.0  # the sheet's surface this close to the rider is where it rests
SLIDE_MM = 20.0  # the still bones, the oesophagus and its nerves this close to the rider set its slide


def slide_direction(points: Array, bones: cKDTree | None, *, within: float = SLIDE_MM) -> Array:
    """The direction (``z`` component -1) in which points descend along the surfaces behind them
    (``bones``: the still bones, the oesophagus and its nerves): straight down, tilted parallel to those
    surfaces where some lie within ``within`` mm.

    The surface's normal is the mean unit direction from the nearest bone samples to the points
    that lie that close."""
    if bones is None:
        return DOWN.copy()
    dist, idx = bones.query(points, k=1, distance_upper_bound=within)
    near = np.isfinite(dist) & (dist > 1e-6)
    if not near.any():
        return DOWN.copy()
    normal = ((points[near] - bones.data[idx[near]]) / dist[near, None]).mean(axis=0)
    normal /= np.linalg.norm(normal)
    along = DOWN - (DOWN @ normal) * normal
    if along[2] > -0.5:  # a surface facing up or down: no slide along it
        return DOWN.copy()
    return along / -along[2]


@dataclass(frozen=True)
class Rider:
    """The motion of an organ that rides whole on the sheet (module docstring).

    Attributes
    ----------
    translation : Mapping[str, numpy.ndarray]
        Channel -> ``(3,)`` translation of the organ's base per unit weight.
    z_low, height : float
        The organ's lowest ``z`` and its height (mm) at rest.
    elongation : float
        ``lambda``: the share of the translation the top lags behind (per unit height).
    surface : scipy.spatial.cKDTree
        Samples of the organ's rest surface.
    """

    translation: Mapping[str, Array]
    z_low: float
    height: float
    elongation: float
    surface: cKDTree

    @classmethod
    def fit(cls, vertices: Array, surface: cKDTree, sheet: Array, sheet_bases: Mapping[str, Array],
            bones: cKDTree | None, largest: Mapping[str, float], *,
            fused: NDArray[np.bool_] | None = None) -> Rider | None:
        """The rider of an organ (``vertices``, its ``surface`` samples) resting on the sheet whose
        vertices are ``sheet`` with their bases ``sheet_bases``; None if it does not rest on it.
        ``largest`` is each breath channel's largest weight (for the elongation's bound); ``fused``
        marks the sheet's vertices of the part it rests on (the central tendon), if it touches it."""
        dist, _ = surface.query(sheet, k=1, distance_upper_bound=REST_MM)
        rests = np.isfinite(dist)
        if fused is not None and (rests & fused).any():
            rests = rests & fused
        if not rests.any():
            return None
        slide = slide_direction(vertices, bones)
        translation = {}
        for name, b in sheet_bases.items():
            mean = b[rests].mean(axis=0)
            translation[name] = mean + max(-mean[2], 0.0) * (slide - DOWN)
        height = float(np.ptp(vertices[:, 2]))
        descent = sum(largest.get(n, 0.0) * max(-t[2], 0.0) for n, t in translation.items())
        elongation = ELONGATION * height / descent if descent > 1e-9 else 0.0
        for t in translation.values():
            t.flags.writeable = False
        return cls(translation, float(vertices[:, 2].min()), max(height, 1.0), min(elongation, 0.5), surface)

    def bases(self, points: Array, *, held: bool = True, slide: bool = True) -> Bases:
        """The rider's displacement per unit weight of each channel at ``points`` (``held`` is
        accepted for :func:`anatoflow.motion.contact.carry`; the rider is never held).
        ``slide=False``: its vertical part only (what the sheet under it takes: the rider slides
        over the sheet along the still bones, and rests on it)."""
        u = np.clip((np.asarray(points, dtype=float)[:, 2] - self.z_low) / self.height, 0.0, 1.0)
        scale = 1.0 - self.elongation * u
        keep = np.array([1.0, 1.0, 1.0]) if slide else -DOWN
        return {n: scale[:, None] * (keep * t)[None, :] for n, t in self.translation.items()}

    def pad(self, points: Array, bases: Mapping[str, Array], *, rests: Grid, allowed: Array | None,
            largest: Mapping[str, float], apexes: Array) -> Array:
        """How much of the rider's motion the sheet field (``bases`` at ``points``, held) takes
        there: the sheet gives way near the rider (1 within ``REST_MM`` of its surface, fading to 0
        at :data:`PAD_REACH_MM`) where the organ rests on it (``rests``: the share of the part it is
        fused to, the central tendon, spread into space) or where the sheet would rise into the
        rider (descend less than it at the largest breath, ``largest``); it keeps its own motion
        where it falls away from the rider (a gap opens under the heart's apex on the left dome),
        where the breath allowed near the still bones (``allowed``, mm, or None) is below
        :data:`PAD_CLEAR_MM`, and near the dome apexes (``apexes``, ``(2, 3)``), which travel the
        breath's full excursion: it is fully padded only :data:`APEX_CLEAR_MM` to their side."""
        points = np.asarray(points, dtype=float)
        dist, _ = self.surface.query(points, k=1, distance_upper_bound=REST_MM + PAD_REACH_MM)
        g = 1.0 - smoothstep((np.minimum(dist, REST_MM + PAD_REACH_MM) - REST_MM) / PAD_REACH_MM)
        own = self.bases(points, slide=False)
        fall = sum((largest.get(n, 0.0) * (own[n][:, 2] - b[:, 2]) for n, b in bases.items() if n in own),
                   np.zeros(len(points)))  # how much more the sheet descends than the rider (mm)
        closing = 1.0 - smoothstep(fall / CLOSING_BAND_MM)
        g = g * np.maximum(np.clip(rests(points), 0.0, 1.0), closing)
        if allowed is not None:
            g = g * smoothstep(np.asarray(allowed, dtype=float) / PAD_CLEAR_MM)
        side = np.min(np.linalg.norm(points[:, None, :2] - np.asarray(apexes)[None, :, :2], axis=2), axis=1)
        return g * smoothstep(side / APEX_CLEAR_MM)


def blend(bases: Mapping[str, Array], rider: Bases, share: Array) -> Bases:
    """``(1 - share) * bases + share * rider`` per channel of either."""
    zero = np.zeros((len(share), 3))
    names = set(bases) | set(rider)
    return {n: bases.get(n, zero) + share[:, None] * (rider.get(n, zero) - bases.get(n, zero)) for n in names}
