"""The motion rig: linear displacement bases per structure and channel, built once per model.

``vertices(t) = rest + sum_k w_k(t) * basis_k``. :meth:`MotionRig.build` reads the catalogue's
``motion`` kinds, the rig data (centrelines, radii, origin/insertion, ``follow``) and the
landmarks (openings, vertebrae), and evaluates the fields of :mod:`anatoflow.motion.kinds` at the
rest vertices. A diaphragm given as one mesh with region labels moves as the spatial field of
:mod:`anatoflow.motion.contact`, and carries the vessels, followers and lungs that touch it; the
organ resting on it from above (the heart) rides whole (:mod:`anatoflow.motion.rider`). Last,
where a face would fold in the largest breaths, the bases are smoothed round it
(:mod:`anatoflow.motion.unfold`). The
per-frame path, :meth:`MotionRig.deform`, is one copy and one
scaled add per active channel over the moving vertices of the whole model (the product
``(K,) @ (K, 3M)`` written out, without BLAS threads).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.errors import DataError
from anatoflow.motion import anchor, contact, kinds, rider, unfold
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNEL_NAMES
from anatoflow.motion.fields import DomeField, idw, laplacian_smooth, smoothstep

if TYPE_CHECKING:
    from anatoflow.anatomy.model import AnatomyModel

KINDS: tuple[str, ...] = ("static", "diaphragm", "rib", "muscle", "vessel", "lung", "follow", "wall")
#: Kinds carried by the diaphragm where they touch it (:mod:`anatoflow.motion.contact`).
PASSENGERS: tuple[str, ...] = ("vessel", "lung", "follow", "wall")
Bases = dict[str, NDArray[np.float64]]
HOLD_MARGIN_MM = 60.0  # the still bones hold the breath within this margin round the one-mesh diaphragm (and above it)
ORIGIN_MM = 10.0  # rib parts this close to the one-mesh diaphragm are its costal origin
ORIGIN_OFF_SPINE_MM = 15.0  # ... unless this close to a still bone (the rib heads: the spine holds the breath there)
ORIGIN_ACROSS = 2.0  # mm of dome descent allowed per mm to the side of the origin (0.5 per mm above it)
SHEET_RIB_BLEND_MM = 3.0  # the sheet's rib lift: the nearest rib's motion dominates within this extra distance


def _side(side: str) -> str:
    return {"left": "l", "right": "r"}.get(side, "")


def _freeze(arr: NDArray) -> NDArray:
    arr.flags.writeable = False
    return arr


@dataclass(frozen=True)
class _Context:
    """What every kind builder may need: the model, the dome field, the ribs, the openings."""

    model: AnatomyModel
    dome: DomeField
    ribs: kinds.RibMotion
    openings: Mapping[str, NDArray[np.float64]]  # structure id -> opening centre it passes
    sheet: tuple[str, contact.SheetField, cKDTree, anchor.Anchor | None] | None = None  # a one-mesh diaphragm
    rider: tuple[str, rider.Rider] | None = None  # the organ that rides whole on it (the heart)


def _openings(model: AnatomyModel) -> dict[str, NDArray[np.float64]]:
    out = {}
    for opening in model.landmarks.openings.values():
        for sid in opening.passes:
            out[sid] = np.asarray(opening.position, dtype=float)
    return out


def _level_z(model: AnatomyModel, opening: str, level: str, fallback: float) -> float:
    lm = model.landmarks
    if opening in lm.openings:
        return float(lm.openings[opening].position[2])
    if level in lm.vertebrae:
        return float(lm.vertebrae[level][2])
    return fallback


def _dome(model: AnatomyModel) -> DomeField:
    z_fix = _level_z(model, "aortic", "T12", 200.0)
    z_full = _level_z(model, "oesophageal", "T10", 257.0)
    parts = [model.meshes[s.id].vertices for s in model.catalogue
             if s.motion == "diaphragm" and "crus" not in s.id and "arcuate" not in s.id]
    if not parts:
        raise DataError(model.catalogue.path, "motion", "no structure has motion = 'diaphragm'")
    verts = np.concatenate(parts)
    points = model.landmarks.points
    hints = None
    if "right_dome_apex" in points and "left_dome_apex" in points:
        hints = np.stack([points["right_dome_apex"], points["left_dome_apex"]])
    return DomeField.fit(verts[verts[:, 2] > z_fix], z_fix=z_fix, z_full=z_full, hints=hints)


def _ribs(model: AnatomyModel) -> tuple[kinds.RibMotion, dict[str, tuple]]:
    lm = model.landmarks
    levels = np.array([c for c in lm.vertebrae.values()]) if lm.vertebrae else np.zeros((1, 3))
    centres, axes, points, owner, per_rib = [], [], [], [], {}
    for i, s in enumerate(x for x in model.catalogue if x.motion == "rib"):
        v = model.meshes[s.id].vertices
        spine = levels[np.argmin(np.abs(levels[:, 2] - v[:, 2].max()))]
        centre, axis = kinds.rib_axis(v, spine)
        per_rib[s.id] = (centre, axis)
        centres.append(centre), axes.append(axis), points.append(v), owner.append(np.full(len(v), i))
    if not per_rib:
        empty = np.zeros((0, 3))
        return kinds.RibMotion(empty, empty, empty, np.zeros(0, dtype=np.int64)), {}
    return kinds.RibMotion(np.array(centres), np.array(axes), np.concatenate(points),
                           np.concatenate(owner)), per_rib


def _kind_bases(sid: str, ctx: _Context, per_rib: Mapping[str, tuple]) -> Bases:
    s = ctx.model.catalogue[sid]
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    out: Bases = {}
    if s.motion == "diaphragm":
        if ctx.sheet is not None and ctx.sheet[0] == sid:
            return ctx.sheet[1].bases(v)
        return kinds.diaphragm_bases(v, ctx.dome, ctx.ribs, spine_tied="crus" in sid,
                                     ligament="arcuate" in sid)
    if s.motion == "rib":
        return kinds.rib_bases(v, *per_rib[sid])
    if s.motion == "lung":
        return kinds.lung_bases(v, ctx.dome, ctx.ribs)
    if s.motion == "wall":
        return kinds.wall_bases(v, ctx.ribs)
    if sid in ctx.openings and s.motion in ("vessel", "follow"):
        vessel = s.system in ("vein", "artery", "lymph")
        out.update(kinds.opening_bases(v, ctx.openings[sid], ctx.dome, anchored_below=vessel))
    if s.motion == "muscle" and "centreline" in s.rig:
        prefix = "psoas" if sid.startswith("psoas") else "iliacus" if sid.startswith("iliacus") else ""
        if prefix and _side(s.side):
            ins = s.rig.get("insertion")
            known = isinstance(ins, str) and ins in ctx.model.landmarks.names()
            ins_pt = ctx.model.landmarks.get(ins) if known else None
            out.update(kinds.muscle_bases(v, s.rig, ins_pt, f"{prefix}_{_side(s.side)}"))
    if s.motion == "vessel" and "centreline" in s.rig:
        out.update(_vessel_bases(sid, v, ctx))
    return out


def _region_labels(model: AnatomyModel, sid: str) -> NDArray[np.int64] | None:
    """Per-vertex region codes of a single-mesh diaphragm (``rig.regions``), or None."""
    s = model.catalogue[sid]
    name = s.rig.get("regions")
    if not isinstance(name, str):
        return None
    path = model.catalogue.path.parent / name
    field = f"structure ({sid}).rig.regions"
    if not path.is_file():
        raise DataError(model.catalogue.path, field, f"= {name!r}: no such file beside the catalogue")
    labels = np.load(path, allow_pickle=False)
    names = tuple(s.rig.get("region_names", kinds.DIAPHRAGM_REGIONS))
    if labels.shape != (model.meshes[sid].n_vertices,) or names != kinds.DIAPHRAGM_REGIONS:
        raise DataError(path, field, f"must hold one code per vertex for the regions {kinds.DIAPHRAGM_REGIONS}")
    return labels.astype(np.int64)


def _vessel_bases(sid: str, v: NDArray[np.float64], ctx: _Context) -> Bases:
    s = ctx.model.catalogue[sid]
    side = _side(s.side)
    psoas_id = f"psoas_major_{side}"
    out: Bases = {}
    if s.system == "vein" and "iliac_vein" in sid and side and psoas_id in ctx.model.meshes:
        psoas = np.asarray(ctx.model.meshes[psoas_id].vertices, dtype=float)
        out.update(kinds.compression_bases(v, s.rig, psoas, f"iliac_compression_{side}"))
    if sid == "inferior_vena_cava":
        calibre = kinds.calibre_bases(v, s.rig, ctx.openings.get(sid))
        walls = [ctx.model.meshes[d.id] for d in ctx.model.catalogue if d.motion == "diaphragm"]
        if walls:  # no widening into the crus the vein lies against (nor along a long face that passes it)
            wall = contact.surface_samples(np.concatenate([w.vertices for w in walls]), np.concatenate(
                [w.faces + n for w, n in zip(walls, np.cumsum([0] + [w.n_vertices for w in walls[:-1]]))]))
            dist = contact.smooth_contact_distance(v, ctx.model.meshes[sid].faces, wall,
                                                   within=kinds.CALIBRE_CLEARANCE_MM)
            calibre = {n: b * smoothstep(dist / kinds.CALIBRE_CLEARANCE_MM)[:, None] for n, b in calibre.items()}
        out.update(calibre)
    return out


def _follow_bases(sid: str, ctx: _Context, done: Mapping[str, Bases]) -> Bases:
    s = ctx.model.catalogue[sid]
    target = s.rig.get("follow")
    if not isinstance(target, str) or target not in ctx.model.meshes:
        raise DataError(ctx.model.catalogue.path, f"structure ({sid}).rig.follow",
                        f"= {target!r} must name a structure of the model")
    if target not in done:
        raise DataError(ctx.model.catalogue.path, f"structure ({sid}).rig.follow",
                        f"= {target!r} follows in a cycle")
    source = done[target]
    if not source:
        return {}
    if ctx.rider is not None and ctx.rider[0] == sid:
        return ctx.rider[1].bases(np.asarray(ctx.model.meshes[sid].vertices, dtype=float))
    if ctx.model.catalogue[target].motion == "diaphragm":
        return _ride_on_dome(sid, target, ctx)
    names = sorted(source)
    values = np.stack([source[n] for n in names], axis=1)  # (S, C, 3)
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    src = np.asarray(ctx.model.meshes[target].vertices, dtype=float)
    carried = laplacian_smooth(idw(v, src, values, k=12), ctx.model.meshes[sid].faces, iterations=8)
    return {n: carried[:, i] for i, n in enumerate(names)}


def _ride_on_dome(sid: str, target: str, ctx: _Context) -> Bases:
    """Heart on the central tendon, liver under the right dome: columns ride with the dome."""
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    t = np.asarray(ctx.model.meshes[target].vertices, dtype=float)
    centre = v.mean(axis=0)
    under = np.hypot(t[:, 0] - centre[0], t[:, 1] - centre[1]) < 40.0
    ref = t[under, 2].mean() if under.any() else t[:, 2].mean()
    return kinds.column_bases(v, ctx.dome, above=bool(centre[2] > ref))


def _still_bones(model: AnatomyModel, sheet_id: str) -> anchor.Anchor | None:
    """The bones that do not move (``motion = "static"``): the breath is held near them, from
    below the diaphragm ``sheet_id`` to the top of the bones."""
    bones = [model.meshes[s.id] for s in model.catalogue if s.motion == "static" and s.system == "bone"]
    if not bones:
        return None
    sheet = np.asarray(model.meshes[sheet_id].vertices, dtype=float)
    top = max(float(m.vertices[:, 2].max()) for m in bones)
    lo, hi = sheet.min(axis=0) - HOLD_MARGIN_MM, sheet.max(axis=0) + HOLD_MARGIN_MM
    return anchor.Anchor.of([(np.asarray(m.vertices, dtype=float), m.faces) for m in bones],
                            np.array([lo, [hi[0], hi[1], max(hi[2], top)]]))


def _costal_origin(model: AnatomyModel, sheet_id: str) -> anchor.Anchor | None:
    """The diaphragm's origin on the ribs holds the domes' descent (or None without ribs near it).

    The costal part of the one-mesh diaphragm ``sheet_id`` rises from the inner faces of the lower
    ribs (in BodyParts3D it lies up to 4 mm inside them). The rib parts within :data:`ORIGIN_MM` of
    the sheet, except those within :data:`ORIGIN_OFF_SPINE_MM` of a still bone (the rib heads,
    where the spine's hold already acts), hold the domes' channels as the still bones hold all
    the breath (:class:`~anatoflow.motion.anchor.Anchor`): no descent on the origin,
    :data:`ORIGIN_ACROSS` mm more per mm to the side and ``HOLD_ALONG`` (0.5) per mm above, so the
    zone of apposition shortens rather than sliding down through the ribs, and the domes keep
    their travel (the sheet field rescales the apexes). The rib lift is not held: the origin rises
    with its rib."""
    ribs = [s.id for s in model.catalogue if s.motion == "rib"]
    bones = [model.meshes[s.id].vertices for s in model.catalogue if s.motion == "static" and s.system == "bone"]
    if not ribs:
        return None
    sheet = np.asarray(model.meshes[sheet_id].vertices, dtype=float)
    near_sheet = cKDTree(sheet)
    near_bone = cKDTree(np.concatenate(bones)) if bones else None
    parts = []
    for rid in ribs:
        m = model.meshes[rid]
        origin = near_sheet.query(m.vertices, k=1)[0] < ORIGIN_MM
        if near_bone is not None:
            origin &= near_bone.query(m.vertices, k=1)[0] > ORIGIN_OFF_SPINE_MM
        faces = m.faces[origin[m.faces].all(axis=1)]
        if len(faces):
            parts.append((np.asarray(m.vertices, dtype=float), faces))
    if not parts:
        return None
    lo, hi = sheet.min(axis=0) - HOLD_MARGIN_MM, sheet.max(axis=0) + HOLD_MARGIN_MM
    return anchor.Anchor.of(parts, np.array([lo, hi]), across=ORIGIN_ACROSS, channels=("dome_r_mm", "dome_l_mm"))


def _chained(holds: list[anchor.Anchor]) -> Callable[[NDArray[np.float64], Bases], Bases] | None:
    """One hold applying ``holds`` in turn (or None without any)."""
    if not holds:
        return None

    def hold(points: NDArray[np.float64], bases: Bases) -> Bases:
        for h in holds:
            bases = h.hold(points, bases)
        return bases
    return hold


def _sheet(model: AnatomyModel, dome: DomeField, ribs: kinds.RibMotion) -> tuple[tuple | None, tuple | None]:
    """The first diaphragm given as one mesh with region labels: its id, its motion as a field of
    space (:mod:`anatoflow.motion.contact`) held near the still bones, a k-d tree of points on its
    surface, and the still bones' :class:`~anatoflow.motion.anchor.Anchor` (or None); None without one.
    Second, the organ that rides whole on it (:func:`_rider`) and its :class:`~anatoflow.motion.rider.Rider`,
    or None; the sheet field then gives way to it."""
    for s in model.catalogue:
        labels = _region_labels(model, s.id) if s.motion == "diaphragm" else None
        if labels is not None:
            v = np.asarray(model.meshes[s.id].vertices, dtype=float)
            crura = tuple(i for i, n in enumerate(kinds.DIAPHRAGM_REGIONS) if n.startswith("crus"))
            surface = contact.surface_samples(v, model.meshes[s.id].faces)
            still = _still_bones(model, s.id)
            holds = [h for h in (still, _costal_origin(model, s.id)) if h is not None]
            # the sheet's rib lift: a point in a rib moves with that rib (the origin lies in them)
            lift = partial(ribs.carriage, blend=SHEET_RIB_BLEND_MM)
            field = contact.SheetField.fit(v, labels, dome, lift, crura, hold=_chained(holds))
            tendon = labels == kinds.DIAPHRAGM_REGIONS.index("central_tendon")
            found = _rider(model, s.id, field, dome, tendon)
            if found is not None:
                rests = contact.spread_share(v, tendon.astype(float), sigma_mm=rider.REST_BLUR_MM)
                field = replace(field, pad=_padding(found[1], rests, still, dome.apex))
            return (s.id, field, surface, still), found
    return None, None


def _rider(model: AnatomyModel, sheet_id: str, field: contact.SheetField, dome: DomeField,
           tendon: NDArray[np.bool_]) -> tuple[str, rider.Rider] | None:
    """The organ that follows the one-mesh diaphragm ``sheet_id`` and rests on it from above
    (the heart on the central tendon, ``tendon``: the sheet's vertices there), with its rigid
    motion, or None. What passes through an opening of the sheet (the oesophagus) is not a rider."""
    passing = _openings(model)
    for s in model.catalogue:
        if s.motion != "follow" or s.rig.get("follow") != sheet_id or s.id in passing:
            continue
        v = np.asarray(model.meshes[s.id].vertices, dtype=float)
        if v[:, 2].mean() <= dome.top(v.mean(axis=0, keepdims=True))[0]:
            continue  # below the dome (the liver's caudate lobe): it moves with the field
        sheet = np.asarray(model.meshes[sheet_id].vertices, dtype=float)
        bones = [np.asarray(model.meshes[b.id].vertices, dtype=float) for b in model.catalogue
                 if b.motion == "static" and b.system == "bone"]
        found = rider.Rider.fit(v, contact.surface_samples(v, model.meshes[s.id].faces), sheet,
                                field.bases(sheet), cKDTree(np.concatenate(bones)) if bones else None,
                                anchor.BREATH_TOP, fused=tendon)
        if found is not None:
            return s.id, found
    return None


def _padding(found: rider.Rider, rests: contact.Grid, still: anchor.Anchor | None, apexes: NDArray[np.float64]):
    """The sheet field's pad: it blends to the rider's motion near the rider where the rider rests
    on it (``rests``: the tendon's share of space) or it would rise into it, away from the bones."""
    def pad(points: NDArray[np.float64], bases: Bases) -> Bases:
        share = found.pad(points, bases, rests=rests, allowed=None if still is None else still.allowed(points),
                          largest=anchor.BREATH_TOP, apexes=apexes)
        return rider.blend(bases, found.bases(points, slide=False), share)
    return pad


def _attached(sid: str, ctx: _Context) -> bool:
    """Whether ``sid`` is attached to the rider: it follows it (the pulmonary trunk), or it is a
    tube whose end comes within :data:`~anatoflow.motion.contact.CONTACT_MM` of it (the great
    vessels: the end of the centreline, widened by the tube's radius there or its median radius),
    unless that end lies at the sheet (the IVC ends in its caval opening: it rides with the
    sheet's field, which gives way to the rider there); what only lies against it (the
    oesophagus, the thoracic duct) slides past it."""
    rider_id, found = ctx.rider
    s = ctx.model.catalogue[sid]
    if s.rig.get("follow") == rider_id:
        return True
    if "centreline" not in s.rig or "radius" not in s.rig:
        return False
    ends = np.asarray(s.rig["centreline"], dtype=float)[[0, -1]]
    radius = np.asarray(s.rig["radius"], dtype=float)
    radius = np.maximum(radius[[0, -1]], np.median(radius))  # a cut at a branching end may be small
    at_rider = found.surface.query(ends, k=1)[0] < radius + contact.CONTACT_MM
    off_sheet = ctx.sheet[2].query(ends, k=1)[0] > contact.CONTACT_MM + contact.MIN_REACH_MM
    return bool(np.any(at_rider & off_sheet))


def _carried(sid: str, own: Bases, ctx: _Context) -> Bases:
    """A neighbour's bases carried by the one-mesh diaphragm where it touches it; its own motion is
    held near the still bones first if it lies on one. An abdominal wall muscle (kind ``wall``) keeps
    the rib lift of the ribs it lies on and takes only the dome descent from the sheet. What is
    attached to the rider (:func:`_attached`) is then pulled by it, except at the sheet, and the pull
    is held near the bones (or, off them, smoothed over the mesh). The rider itself keeps its own motion."""
    if ctx.sheet is None or ctx.model.catalogue[sid].motion not in PASSENGERS:
        return own
    if ctx.rider is not None and ctx.rider[0] == sid:
        return own  # it rides whole
    _, field, tree, still = ctx.sheet
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    faces = ctx.model.meshes[sid].faces
    on_bone = still is not None and still.touches(v)
    if on_bone:
        own = still.hold(v, own)
    if ctx.model.catalogue[sid].motion == "wall":  # the ribs carry it; the sheet lends it only its descent
        lent = contact.carry(v, faces, {}, field, tree)
        return {**{n: b for n, b in lent.items() if n != "rib_lift"}, **{n: b for n, b in own.items() if n == "rib_lift"}}
    out = contact.carry(v, faces, own, field, tree)
    if ctx.rider is not None and _attached(sid, ctx):  # what is attached to the rider is carried by it
        ridden = contact.carry(v, faces, out, ctx.rider[1], ctx.rider[1].surface, longest=rider.CARRY_REACH_MM)
        apart = smoothstep((ctx.sheet[2].query(v, k=1)[0] - contact.CONTACT_MM) / contact.MIN_REACH_MM)
        pull = {n: apart[:, None] * (b - out[n] if n in out else b) for n, b in ridden.items()}  # not at the sheet
        if on_bone:  # the pull is held like the breath, so it slides along the bones
            pull = still.hold(v, pull)
        else:  # no kink where the pull fades out along a short tube (the SVC)
            pull = {n: laplacian_smooth(b, faces, iterations=rider.PULL_SMOOTHING) for n, b in pull.items()}
        out = {n: out[n] + b if n in out else b for n, b in pull.items()}
    return out


def _build_all(model: AnatomyModel) -> tuple[dict[str, Bases], DomeField]:
    for s in model.catalogue:
        if s.motion not in KINDS:
            raise DataError(model.catalogue.path, f"structure ({s.id}).motion",
                            f"= {s.motion!r} is not one of {', '.join(KINDS)}")
    ribs, per_rib = _ribs(model)
    dome = _dome(model)
    ctx = _Context(model, dome, ribs, _openings(model), *_sheet(model, dome, ribs))
    done: dict[str, Bases] = {}
    for s in model.catalogue:
        if s.motion != "follow" or s.id in ctx.openings:
            done[s.id] = _carried(s.id, _kind_bases(s.id, ctx, per_rib), ctx)
    pending = [s.id for s in model.catalogue if s.id not in done]
    while pending:
        ready = [sid for sid in pending if model.catalogue[sid].rig.get("follow") in done]
        if not ready:
            _follow_bases(pending[0], ctx, done)  # raises a named error
        for sid in ready:
            done[sid] = _carried(sid, _follow_bases(sid, ctx, done), ctx)
        pending = [sid for sid in pending if sid not in done]
    return done, ctx.dome


@dataclass(frozen=True)
class MotionRig:
    """Precomputed linear deformation of a whole model.

    Attributes
    ----------
    ids : tuple of str
        Structure ids, moving ones first, then static ones.
    dome_apex : numpy.ndarray
        ``(2, 3)`` right and left dome apex at end expiration (the points ``dome_*_mm`` move).
    bases : Mapping[str, Mapping[str, numpy.ndarray]]
        id -> channel -> ``(N, 3)`` float32 displacement per unit weight (non-zero ones only).
    """

    ids: tuple[str, ...]
    dome_apex: NDArray[np.float64]
    bases: Mapping[str, Mapping[str, NDArray[np.float32]]]
    _rest: NDArray[np.float32]
    _matrix: NDArray[np.float32]
    _spans: NDArray[np.int64]
    _slices: Mapping[str, slice]
    _lines: Mapping[str, tuple[NDArray[np.float64], NDArray[np.float64]]]

    @classmethod
    def build(cls, model: AnatomyModel) -> MotionRig:
        """Precompute the bases of every structure of ``model`` (seconds; once per model)."""
        raw, dome = _build_all(model)
        raw = {sid: unfold.unfold(model.meshes[sid].vertices, model.meshes[sid].faces, per) if per else per
               for sid, per in raw.items()}
        bases = {}
        for sid, per in raw.items():
            kept = {c: _freeze(np.where(np.abs(b) < 1e-6, 0.0, b).astype(np.float32))
                    for c, b in per.items() if np.any(np.abs(b) > 1e-6)}
            if kept:
                bases[sid] = MappingProxyType(kept)
        ids = tuple(sorted(model.catalogue.ids, key=lambda s: s not in bases))  # moving first
        sizes = [model.meshes[s].n_vertices for s in ids]
        starts = np.concatenate([[0], np.cumsum(sizes)])
        slices = {s: slice(3 * int(starts[i]), 3 * int(starts[i + 1])) for i, s in enumerate(ids)}
        rest = np.concatenate([np.asarray(model.meshes[s].vertices, dtype=np.float32).ravel() for s in ids])
        moving = 3 * int(starts[len(bases)])
        matrix = np.zeros((len(CHANNEL_NAMES), moving), dtype=np.float32)
        for sid, per in bases.items():
            for c, b in per.items():
                matrix[CHANNEL_INDEX[c], slices[sid]] = b.ravel()
        lines = _centreline_bases(model, raw)
        spans = np.zeros((len(CHANNEL_NAMES), 2), dtype=np.int64)
        for k in range(len(CHANNEL_NAMES)):
            nz = np.flatnonzero(matrix[k])
            if len(nz):
                spans[k] = (nz[0], nz[-1] + 1)
        return cls(ids, dome.apex, MappingProxyType(bases), _freeze(rest), _freeze(matrix), _freeze(spans),
                   MappingProxyType(slices), MappingProxyType(lines))

    def deform(self, weights: ArrayLike) -> dict[str, NDArray[np.float32]]:
        """Return the deformed vertices of every structure for one frame's ``(K,)`` weights."""
        w = np.asarray(weights, dtype=np.float32)
        w = np.where(np.abs(w) < 1e-6, np.float32(0.0), w)  # no subnormal products (slow on x86)
        out = self._rest.copy()
        # One scaled add per active channel over its span of the moving vertices: plain
        # single-threaded ufuncs (a BLAS call would spin threads on a busy 2-core machine).
        for k in np.flatnonzero(w):
            lo, hi = self._spans[k]
            out[lo:hi] += w[k] * self._matrix[k, lo:hi]
        return {s: out[self._slices[s]].reshape(-1, 3) for s in self.ids}

    def centrelines(self, weights: ArrayLike) -> dict[str, NDArray[np.float64]]:
        """Return the deformed centreline of every structure with one (vessels, nerves, muscles)."""
        w = np.asarray(weights, dtype=float)
        return {s: rest + np.tensordot(w, basis, axes=1) for s, (rest, basis) in self._lines.items()}


def _centreline_bases(model: AnatomyModel, raw: Mapping[str, Bases]) -> dict[str, tuple]:
    """Centreline points move with the average of the nearby vertex bases."""
    out = {}
    for s in model.catalogue:
        if "centreline" not in s.rig:
            continue
        line = np.asarray(s.rig["centreline"], dtype=float)
        basis = np.zeros((len(CHANNEL_NAMES),) + line.shape)
        verts = np.asarray(model.meshes[s.id].vertices, dtype=float)
        for c, b in raw.get(s.id, {}).items():
            basis[CHANNEL_INDEX[c]] = idw(line, verts, b, k=8, power=2.0)
        out[s.id] = (_freeze(line), _freeze(basis))
    return out
