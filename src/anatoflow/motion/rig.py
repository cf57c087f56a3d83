"""The motion rig: linear displacement bases per structure and channel, built once per model.

``vertices(t) = rest + sum_k w_k(t) * basis_k``. :meth:`MotionRig.build` reads the catalogue's
``motion`` kinds, the rig data (centrelines, radii, origin/insertion, ``follow``) and the
landmarks (openings, vertebrae), and evaluates the fields of :mod:`anatoflow.motion.kinds` at the
rest vertices. A diaphragm given as one mesh with region labels moves as the spatial field of
:mod:`anatoflow.motion.contact`, and carries the vessels, followers and lungs that touch it; the
organ resting on it from above (the heart) rides whole (:mod:`anatoflow.motion.rider`). On such
an imported model, where two neighbours would still pass into each other, the one less firmly
held gives way (:mod:`anatoflow.motion.yielding`, tiers from :func:`_holds`), and a tensing
muscle gives way to the still bones and pushes off what lies on it. Last,
where a face would fold in the largest breaths, the bases are repaired round it
(:mod:`anatoflow.motion.unfold`). The one-mesh diaphragm's field, its holds and its rider are
set up in :mod:`anatoflow.motion.sheet`; how its neighbours are carried, held and slid, in
:mod:`anatoflow.motion.neighbours`. The per-frame path, :meth:`MotionRig.deform`, is one copy and one
scaled add per active channel over the moving vertices of the whole model (the product
``(K,) @ (K, 3M)`` written out, without BLAS threads).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from anatoflow.anatomy.errors import DataError
from anatoflow.motion import contact, kinds, neighbours, sheet, slide, unfold, yielding
from anatoflow.motion.anchor import BREATH_TOP
from anatoflow.motion.channels import CHANNEL_INDEX, CHANNEL_NAMES
from anatoflow.motion.fields import DomeField, idw, laplacian_smooth, smoothstep

if TYPE_CHECKING:
    from anatoflow.anatomy.model import AnatomyModel

KINDS: tuple[str, ...] = ("static", "diaphragm", "rib", "muscle", "vessel", "lung", "follow", "wall")
Bases = dict[str, NDArray[np.float64]]


def _side(side: str) -> str:
    return {"left": "l", "right": "r"}.get(side, "")


def _freeze(arr: NDArray) -> NDArray:
    arr.flags.writeable = False
    return arr


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


def _ribs(model: AnatomyModel) -> tuple[kinds.RibMotion, tuple[str, ...]]:
    """The cage's motion and the ids of its members (``motion = "rib"``), in member order."""
    lm = model.landmarks
    levels = np.array([c for c in lm.vertebrae.values()]) if lm.vertebrae else np.zeros((1, 3))
    rib_ids = tuple(s.id for s in model.catalogue if s.motion == "rib")
    centres, axes, points, owner = [], [], [], []
    for i, sid in enumerate(rib_ids):
        v = model.meshes[sid].vertices
        spine = levels[np.argmin(np.abs(levels[:, 2] - v[:, 2].max()))]
        centre, axis = kinds.rib_axis(v, spine)
        centres.append(centre), axes.append(axis), points.append(v), owner.append(np.full(len(v), i))
    if not rib_ids:
        empty = np.zeros((0, 3))
        return kinds.RibMotion(empty, empty, empty, np.zeros(0, dtype=np.int64)), ()
    centres, axes, points, owner = np.array(centres), np.array(axes), np.concatenate(points), np.concatenate(owner)
    cage = kinds.RibMotion(centres, axes, points, owner)
    midline = [i for i, sid in enumerate(rib_ids) if model.catalogue[sid].side == "midline"]
    if len(midline) != 1:
        return cage, rib_ids
    sternum = midline[0]
    fitted = _sternum_motion(cage, sternum)
    if fitted is None:
        return cage, rib_ids
    centres, axes, shifts = centres.copy(), axes.copy(), np.zeros_like(centres)
    centres[sternum], axes[sternum], shifts[sternum] = fitted
    return kinds.RibMotion(centres, axes, points, owner, shifts=shifts, sternum=sternum,
                           sternum_faces=model.meshes[rib_ids[sternum]].faces), rib_ids


def _sternum_motion(cage: kinds.RibMotion, sternum: int) -> tuple | None:
    """The sternum's (centre, axis, shift): the rigid motion of the ribs' ends at its joints (their
    vertices within ``STERNAL_JOINT_MM`` of its vertices), or None if no rib meets it."""
    near = []
    for r in range(len(cage.centres)):
        if r != sternum:
            v = cage.points[cage.owner == r]
            dist, _ = cage.trees[sternum].query(v, k=1, distance_upper_bound=kinds.STERNAL_JOINT_MM)
            near.append((r, v[np.isfinite(dist)]))
    joints = np.concatenate([v for _, v in near])
    if len(joints) < 3:
        return None
    return kinds.sternum_fit(joints, np.concatenate([cage.turn(r, v) for r, v in near]))


def _kind_bases(sid: str, ctx: neighbours.Context, rib_ids: tuple[str, ...]) -> Bases:
    s = ctx.model.catalogue[sid]
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    out: Bases = {}
    if s.motion == "diaphragm":
        if ctx.sheet is not None and ctx.sheet[0] == sid:
            return ctx.sheet[1].bases(v)
        return kinds.diaphragm_bases(v, ctx.dome, ctx.ribs, spine_tied="crus" in sid,
                                     ligament="arcuate" in sid)
    if s.motion == "rib":
        if ctx.sheet is None:
            return {"rib_lift": ctx.ribs.motion(rib_ids.index(sid), v)}
        # the imported ribs: moving together where their cartilages join (those of one side), the
        # head held in its joint on the spine
        side = [i for i, r in enumerate(rib_ids) if ctx.model.catalogue[r].side == s.side != "midline"]
        return neighbours.held(sid, {"rib_lift": ctx.ribs.jointed(v, rib_ids.index(sid), side)}, ctx)
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


def _vessel_bases(sid: str, v: NDArray[np.float64], ctx: neighbours.Context) -> Bases:
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


def _follow_bases(sid: str, ctx: neighbours.Context, done: Mapping[str, Bases]) -> Bases:
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
        return neighbours.mouths(sid, ctx.rider[1].bases(np.asarray(ctx.model.meshes[sid].vertices, dtype=float)),
                                 ctx, done)
    if ctx.model.catalogue[target].motion == "diaphragm":
        return _ride_on_dome(sid, target, ctx)
    names = sorted(source)
    values = np.stack([source[n] for n in names], axis=1)  # (S, C, 3)
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    src = np.asarray(ctx.model.meshes[target].vertices, dtype=float)
    carried = laplacian_smooth(idw(v, src, values, k=12), ctx.model.meshes[sid].faces, iterations=8)
    return {n: carried[:, i] for i, n in enumerate(names)}


def _ride_on_dome(sid: str, target: str, ctx: neighbours.Context) -> Bases:
    """Heart on the central tendon, liver under the right dome: columns ride with the dome."""
    v = np.asarray(ctx.model.meshes[sid].vertices, dtype=float)
    t = np.asarray(ctx.model.meshes[target].vertices, dtype=float)
    centre = v.mean(axis=0)
    under = np.hypot(t[:, 0] - centre[0], t[:, 1] - centre[1]) < 40.0
    ref = t[under, 2].mean() if under.any() else t[:, 2].mean()
    return kinds.column_bases(v, ctx.dome, above=bool(centre[2] > ref))


def _build_all(model: AnatomyModel) -> tuple[dict[str, Bases], DomeField, bool]:
    for s in model.catalogue:
        if s.motion not in KINDS:
            raise DataError(model.catalogue.path, f"structure ({s.id}).motion",
                            f"= {s.motion!r} is not one of {', '.join(KINDS)}")
    ribs, rib_ids = _ribs(model)
    dome = _dome(model)
    openings = _openings(model)
    ctx = neighbours.Context(model, dome, ribs, openings, *sheet.sheet(model, dome, ribs, openings))
    if ctx.rider is not None:
        ctx = replace(ctx, airways=sheet.still_organs(model))
    if ctx.sheet is not None:
        ctx = replace(ctx, slide=slide.Slide.of([(model.meshes[s.id].vertices, model.meshes[s.id].faces)
                                                 for s in model.catalogue if s.motion == "muscle"]))
    done: dict[str, Bases] = {}
    for s in model.catalogue:
        if (s.motion != "follow" or s.id in ctx.openings) and not neighbours.tethers(s.id, ctx):
            done[s.id] = neighbours.carried(s.id, _kind_bases(s.id, ctx, rib_ids), ctx)
    pending = [s.id for s in model.catalogue if s.id not in done]
    while pending:
        ready = [sid for sid in pending if (all(t in done for t in neighbours.tethers(sid, ctx)) if neighbours.tethers(sid, ctx)
                                            else model.catalogue[sid].rig.get("follow") in done)]
        if not ready:
            _follow_bases(pending[0], ctx, done)  # raises a named error
        for sid in ready:
            if neighbours.tethers(sid, ctx):  # carried by what it joins, already carried: it is held and slides
                tethered = neighbours.tether_bases(sid, ctx, done)
                done[sid] = neighbours.slid(sid, neighbours.held(sid, tethered, ctx), ctx)
            else:
                done[sid] = neighbours.carried(sid, _follow_bases(sid, ctx, done), ctx)
        pending = [sid for sid in pending if sid not in done]
    return done, ctx.dome, ctx.sheet is not None


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
        raw, dome, one_sheet = _build_all(model)
        if one_sheet:  # the imported meshes, moved by fields that do not know each other
            raw = _give_way(model, raw)
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


def _holds(model: AnatomyModel) -> dict[str, int]:
    """What holds each structure, as a tier for :func:`anatoflow.motion.yielding.ranked`: the still
    bones (5), the ribs in their joints (4), the diaphragm with what passes its openings and what
    rides on it (3: it moves them by one field), the muscles on their bones (2), the abdominal
    wall (1), the organs, vessels and nerves (0)."""
    sheet_ids = {s.id for s in model.catalogue if s.motion == "diaphragm"}
    on_sheet = sheet_ids | set(_openings(model)) | {s.id for s in model.catalogue if s.rig.get("follow") in sheet_ids}
    tiers = {}
    for s in model.catalogue:
        if s.system == "bone":
            tiers[s.id] = 5 if s.motion == "static" else 4
        elif s.id in on_sheet:
            tiers[s.id] = 3
        else:
            tiers[s.id] = {"muscle": 2, "wall": 1}.get(s.motion, 0)
    return tiers


def _give_way(model: AnatomyModel, raw: Mapping[str, Bases]) -> dict[str, Bases]:
    """Where neighbours would pass into each other in the largest states, the one less firmly held
    gives way (:mod:`anatoflow.motion.yielding`); what the diaphragm moves and the muscles on their
    bones give way to none in a breath. Under their own tension, the muscles give way to the still
    bones, and what lies on them to their bulge (:func:`~anatoflow.motion.yielding.give_way_to_tension`)."""
    meshes = {s.id: (np.asarray(model.meshes[s.id].vertices, dtype=float), np.asarray(model.meshes[s.id].faces))
              for s in model.catalogue}
    tiers = _holds(model)
    order = yielding.ranked(tiers, {sid: yielding.volume(*vf) for sid, vf in meshes.items()})
    firm = {sid for sid, t in tiers.items() if t in (2, 3)}
    # the (schematic) nerves lie on what they are generated against, carried by it: their path
    # through the breath is theirs, and a bend found part way would carry them into the next
    straight = {s.id for s in model.catalogue if s.system == "nerve"}
    out = yielding.give_way_all(meshes, order, raw, yielding.check_states(BREATH_TOP), firm=firm,
                                straight=straight)
    tension = yielding.MUSCLE_TENSION
    muscles = [s.id for s in model.catalogue if s.motion == "muscle" and set(out.get(s.id, {})) & set(tension)]
    still = [sid for sid, t in tiers.items() if t == 5]  # the still bones (_holds)
    return yielding.give_way_to_tension(meshes, out, muscles, still, tension)


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
