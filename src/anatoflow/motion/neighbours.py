"""How the structures beside the one-mesh diaphragm are carried: by its field, by the organ
riding on it, by the vessels' tethers, held near the still bones and airways and sliding along the
muscles that do not breathe.

Used by :mod:`anatoflow.motion.rig` while it builds the bases of a model whose diaphragm is one
mesh with region labels (the BodyParts3D import): :func:`carried` takes a structure's own bases to
those it moves by among its neighbours; :func:`mouths` moves the rider's wall round the mouth of a
vessel that opens into it at the sheet (the heart round the IVC) with that vessel;
:func:`tether_bases` gives a vessel the motion of the structures it is bound to (``rig.tethers``);
:func:`held` holds any of them near the still bones, by one factor at each point of space.
docs/motion.md measures each rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.errors import DataError
from anatoflow.motion import anchor, contact, kinds, rider, slide
from anatoflow.motion.fields import DomeField, idw, laplacian_smooth, smoothstep

if TYPE_CHECKING:
    from anatoflow.anatomy.model import AnatomyModel

Bases = dict[str, NDArray[np.float64]]
#: Kinds carried by the diaphragm where they touch it (:mod:`anatoflow.motion.contact`).
PASSENGERS: tuple[str, ...] = ("vessel", "lung", "follow", "wall")
TETHER_SMOOTHING = 16  # smoothing iterations over a tethered vessel's mesh (with 8, the held left renal vein folded)
#: Systems whose tubes can be attached to the organ riding on the diaphragm (the great vessels).
BLOOD: tuple[str, ...] = ("artery", "vein")
MOUTH_REACH_MM = 25.0  # the rider's wall round a vessel's mouth at the sheet blends back to its own motion over this


@dataclass(frozen=True)
class Context:
    """What every kind builder may need: the model, the dome field, the ribs, the openings."""

    model: AnatomyModel
    dome: DomeField
    ribs: kinds.RibMotion
    openings: Mapping[str, NDArray[np.float64]]  # structure id -> opening centre it passes
    sheet: tuple[str, contact.SheetField, cKDTree, anchor.Anchor | None] | None = None  # a one-mesh diaphragm
    rider: tuple[str, rider.Rider] | None = None  # the organ that rides whole on it (the heart)
    airways: anchor.Anchor | None = None  # still organs beside the rider: they hold its pull
    slide: slide.Slide | None = None  # muscles that do not breathe: what lies on them slides along them


def _vessel_ends(sid: str, ctx: Context) -> tuple[NDArray[np.bool_], NDArray[np.float64]] | None:
    """For a blood vessel (:data:`BLOOD`) with a centreline and radii: whether each end of its
    centreline comes within :data:`~anatoflow.motion.contact.CONTACT_MM` of the rider, widened by
    the tube's radius there or its median radius (a cut at a branching end may be small), and each
    end's distance to the sheet; None for anything else (a nerve or a lymph duct)."""
    s = ctx.model.catalogue[sid]
    if s.system not in BLOOD or "centreline" not in s.rig or "radius" not in s.rig:
        return None
    ends = np.asarray(s.rig["centreline"], dtype=float)[[0, -1]]
    radius = np.asarray(s.rig["radius"], dtype=float)
    radius = np.maximum(radius[[0, -1]], np.median(radius))
    at_rider = ctx.rider[1].surface.query(ends, k=1)[0] < radius + contact.CONTACT_MM
    return at_rider, ctx.sheet[2].query(ends, k=1)[0]


def attached(sid: str, ctx: Context) -> bool:
    """Whether ``sid`` is attached to the rider: it follows it (the pulmonary trunk), or it is a
    blood vessel with an end at the rider (:func:`_vessel_ends`: the great vessels), unless that
    end lies at the sheet (:func:`joined_at_sheet`); what only lies against it (the oesophagus, the
    thoracic duct, the left vagus and the oesophageal plexus, which end on the oesophagus behind
    it) slides past it."""
    if ctx.model.catalogue[sid].rig.get("follow") == ctx.rider[0]:
        return True
    ends = _vessel_ends(sid, ctx)
    if ends is None:
        return False  # a nerve or a lymph duct passing by slides past it
    at_rider, to_sheet = ends
    return bool(np.any(at_rider & (to_sheet > contact.CONTACT_MM + contact.MIN_REACH_MM)))


def joined_at_sheet(sid: str, ctx: Context) -> bool:
    """Whether ``sid`` is a blood vessel that opens into the rider at the sheet: an end lies at the
    rider (:func:`_vessel_ends`) and within ``CONTACT_MM + MIN_REACH_MM`` of the sheet (the IVC,
    which passes the caval opening and enters the right atrium at once). It rides with the sheet's
    field, which gives way to the rider there, and the rider's wall round its mouth moves with it
    (:func:`mouths`)."""
    if ctx.rider is None or ctx.sheet is None:
        return False
    ends = _vessel_ends(sid, ctx)
    if ends is None:
        return False
    at_rider, to_sheet = ends
    return bool(np.any(at_rider & (to_sheet <= contact.CONTACT_MM + contact.MIN_REACH_MM)))


def _stacked(bases: Mapping[str, NDArray[np.float64]], rows: NDArray[np.bool_], names: list[str]) -> NDArray[np.float64]:
    """``(S, C, 3)``: the channels ``names`` of ``bases`` at the vertices ``rows`` (zero where absent)."""
    zero = np.zeros((int(rows.sum()), 3))
    return np.stack([bases[n][rows] if n in bases else zero for n in names], axis=1)


def mouths(sid: str, own: Bases, ctx: Context, done: Mapping[str, Bases]) -> Bases:
    """The rider's bases (``own``), its wall round the mouth of each vessel that opens into it at
    the sheet (:func:`joined_at_sheet`, already in ``done``) moving with the vessel and with the
    sheet round the opening: each vertex takes the motion sampled (inverse distance, 8 nearest)
    from the vessel's vertices within :data:`~anatoflow.motion.contact.CONTACT_MM` of the rider
    (the mouth) and from the sheet's vertices as close to the rider within ``CONTACT_MM +
    MOUTH_REACH_MM`` of the mouth (the rim where the rider rests), fully within ``CONTACT_MM`` of the mouth and fading over :data:`MOUTH_REACH_MM`.

    The heart slides forward along the spine as it descends, while the IVC's end is held by the
    tendon round the caval opening, which takes only the heart's vertical motion: carried whole,
    the heart's wall behind the IVC's mouth went up to 9.6 mm into the vein (docs/motion.md)."""
    if ctx.rider is None or ctx.sheet is None or ctx.rider[0] != sid:
        return own
    rider_surface = ctx.rider[1].surface
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    sheet_v = np.asarray(ctx.model.meshes[ctx.sheet[0]].vertices, dtype=float)
    sheet_bases = done.get(ctx.sheet[0], {})
    out = dict(own)
    for s in ctx.model.catalogue:
        if not done.get(s.id) or not joined_at_sheet(s.id, ctx):
            continue
        w = np.asarray(ctx.model.meshes[s.id].vertices, dtype=float)
        mouth = rider_surface.query(w, k=1)[0] < contact.CONTACT_MM
        if not mouth.any():
            continue
        ring = cKDTree(w[mouth])
        share = 1.0 - smoothstep((ring.query(v, k=1)[0] - contact.CONTACT_MM) / MOUTH_REACH_MM)
        near = share > 0.0
        rim = ((rider_surface.query(sheet_v, k=1)[0] < contact.CONTACT_MM)
               & (ring.query(sheet_v, k=1)[0] < contact.CONTACT_MM + MOUTH_REACH_MM))
        names = sorted(set(done[s.id]) | set(sheet_bases))
        values = np.concatenate([_stacked(done[s.id], mouth, names), _stacked(sheet_bases, rim, names)])
        sampled = idw(v[near], np.concatenate([w[mouth], sheet_v[rim]]), values, k=8)
        for i, n in enumerate(names):
            base = out[n].copy() if n in out else np.zeros_like(v)
            base[near] += share[near, None] * (sampled[:, i] - base[near])
            out[n] = base
    return out


def carried(sid: str, own: Bases, ctx: Context) -> Bases:
    """A neighbour's bases carried by the one-mesh diaphragm where it touches it; its own motion is
    held near the still bones first (:func:`held`, wherever it lies). An abdominal wall muscle (kind
    ``wall``) keeps the rib lift of the ribs it lies on and takes only the dome descent from the
    sheet. What is attached to the rider (:func:`attached`) is then pulled by it, except at the
    sheet, and the pull is held near the bones if it lies on one (or else smoothed over the mesh);
    then its whole motion is held near the still airways (:func:`anatoflow.motion.sheet.still_organs`),
    except within :data:`~anatoflow.motion.rider.RIDE_NEAR_MM` of the rider, where it rides with it.
    The rider itself keeps its own motion."""
    if ctx.sheet is None or ctx.model.catalogue[sid].motion not in PASSENGERS:
        return own
    if ctx.rider is not None and ctx.rider[0] == sid:
        return own  # it rides whole
    _, field, tree, still = ctx.sheet
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    faces = ctx.model.meshes[sid].faces
    on_bone = still is not None and still.touches(v)
    own = held(sid, own, ctx)
    if ctx.model.catalogue[sid].motion == "wall":  # the ribs carry it; the sheet lends it only its descent
        lent = contact.carry(v, faces, {}, field, tree)
        return {**{n: b for n, b in lent.items() if n != "rib_lift"}, **{n: b for n, b in own.items() if n == "rib_lift"}}
    out = contact.carry(v, faces, own, field, tree)
    if ctx.rider is not None and attached(sid, ctx):  # what is attached to the rider is carried by it
        ridden = contact.carry(v, faces, out, ctx.rider[1], ctx.rider[1].surface, longest=rider.CARRY_REACH_MM)
        apart = smoothstep((ctx.sheet[2].query(v, k=1)[0] - contact.CONTACT_MM) / contact.MIN_REACH_MM)
        pull = {n: apart[:, None] * (b - out[n] if n in out else b) for n, b in ridden.items()}  # not at the sheet
        if on_bone:  # the pull is held like the breath, so it slides along the bones
            pull = still.hold(v, pull)
        else:  # no kink where the pull fades out along a short tube (the SVC)
            pull = {n: laplacian_smooth(b, faces, iterations=rider.PULL_SMOOTHING) for n, b in pull.items()}
        out = {n: out[n] + b if n in out else b for n, b in pull.items()}
        if ctx.airways is not None:  # nor into the still airways (the arch hooks over the left bronchus)
            steady = ctx.airways.hold(v, out)  # except next to the rider: it rides with it there
            dist = ctx.rider[1].surface.query(v, k=1)[0]
            ride = 1.0 - smoothstep((dist - contact.CONTACT_MM) / rider.RIDE_NEAR_MM)
            out = {n: steady[n] + ride[:, None] * (b - steady[n]) for n, b in out.items()}
    return slid(sid, out, ctx)


def held(sid: str, bases: Bases, ctx: Context) -> Bases:
    """Bases held near the still bones (:class:`anatoflow.motion.anchor.Anchor`): at each point of
    space the same factor for every structure, 1 far from the bones (the imported ribs take it too,
    so a rib head turns in its joint). Every passenger takes it, not only those that touch a bone: two that meet near the spine then move alike there (the left vagus
    and the oesophageal plexus it joins, the plexus lying on the bones and the vagus not)."""
    if ctx.sheet is None or ctx.sheet[3] is None:
        return bases
    return ctx.sheet[3].hold(np.asarray(ctx.model.meshes[sid].vertices, dtype=float), bases)


def slid(sid: str, bases: Bases, ctx: Context) -> Bases:
    """Bases made to slide along the muscles that do not breathe, if ``sid`` lies on one."""
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    if ctx.slide is None or not ctx.slide.touches(v):
        return bases
    return ctx.slide.apply(v, bases, ctx.model.meshes[sid].faces)


def tethers(sid: str, ctx: Context) -> tuple[str, ...]:
    """The moving structures a vessel joins (``rig.tethers``), checked against the model."""
    bound = tuple(ctx.model.catalogue[sid].rig.get("tethers", ()))
    for t in bound:
        if t not in ctx.model.meshes or t == sid:
            raise DataError(ctx.model.catalogue.path, f"structure ({sid}).rig.tethers",
                            f"names {t!r}, which must be another structure of the model")
    return bound


def tether_bases(sid: str, ctx: Context, done: Mapping[str, Bases]) -> Bases:
    """A vessel that joins moving structures (the renal vein drains the kidney into the IVC) is
    carried by them: each vertex takes each one's motion where it lies nearest (inverse-distance
    over its 8 nearest vertices), blended by the inverse square of the distance to each, so the
    vein moves with the kidney at the hilum, with the IVC where it opens into it, and stretches
    between; the result is smoothed over its mesh (:data:`TETHER_SMOOTHING` iterations)."""
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    bound = tethers(sid, ctx)
    names = sorted(set().union(*(done[t] for t in bound)))
    if not names:
        return {}
    total = np.zeros(len(v))
    out = {n: np.zeros_like(v) for n in names}
    for t in bound:
        src = np.asarray(ctx.model.meshes[t].vertices, dtype=float)
        share = 1.0 / np.maximum(cKDTree(src).query(v, k=1)[0], 1.0) ** 2
        values = np.stack([done[t].get(n, np.zeros_like(src)) for n in names], axis=1)  # (S, C, 3)
        sampled = idw(v, src, values, k=8)
        for i, n in enumerate(names):
            out[n] += share[:, None] * sampled[:, i]
        total += share
    faces = ctx.model.meshes[sid].faces
    return {n: laplacian_smooth(b / total[:, None], faces, iterations=TETHER_SMOOTHING) for n, b in out.items()}
