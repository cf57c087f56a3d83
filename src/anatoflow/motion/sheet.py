"""The one-mesh diaphragm's field: its region labels, the holds on it, and the organ riding on it.

Used by :mod:`anatoflow.motion.rig` when a diaphragm comes as a single mesh with region labels
(the BodyParts3D import). Its motion is a field of space (:mod:`anatoflow.motion.contact`), held
near the still bones and near its costal origin on the ribs (:mod:`anatoflow.motion.anchor`), and
padded round the organ that rides whole on its tendon (:mod:`anatoflow.motion.rider`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.errors import DataError
from anatoflow.motion import anchor, contact, kinds, rider
from anatoflow.motion.fields import DomeField

if TYPE_CHECKING:
    from anatoflow.anatomy.model import AnatomyModel

Bases = dict[str, NDArray[np.float64]]
HOLD_MARGIN_MM = 60.0  # the still bones hold the breath within this margin round the one-mesh diaphragm (and above it)
ORIGIN_MM = 10.0  # rib parts this close to the one-mesh diaphragm are its costal origin
ORIGIN_OFF_SPINE_MM = 15.0  # ... unless this close to a still bone (the rib heads: the spine holds the breath there)
ORIGIN_ACROSS = 2.0  # mm of dome descent allowed per mm to the side of the origin (0.5 per mm above it)
AIRWAY_HOLD = 1.0  # mm of the great vessels' breath travel allowed per mm from the still airways
SHEET_RIB_BLEND_MM = 3.0  # the sheet's rib lift: the nearest rib's motion dominates within this extra distance


def region_labels(model: AnatomyModel, sid: str) -> NDArray[np.int64] | None:
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


def still_bones(model: AnatomyModel, sheet_id: str) -> anchor.Anchor | None:
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


def still_organs(model: AnatomyModel) -> anchor.Anchor | None:
    """The organs that do not move (``motion = "static"``, not bones: the trachea and the main
    bronchi) as an anchor over the whole model, or None without any. The great vessels pulled by
    the rider are held by it (:func:`anatoflow.motion.neighbours.carried`): the aortic arch, which
    hooks over the left main bronchus, slides over it rather than being dragged down through it by
    the heart. :data:`AIRWAY_HOLD` mm of travel are allowed per mm away from them, across and along."""
    organs = [model.meshes[s.id] for s in model.catalogue if s.motion == "static" and s.system != "bone"]
    if not organs:
        return None
    box = np.concatenate([np.asarray(m.vertices, dtype=float) for m in model.meshes.values()])
    return anchor.Anchor.of([(np.asarray(m.vertices, dtype=float), m.faces) for m in organs],
                            np.array([box.min(axis=0), box.max(axis=0)]),
                            across=AIRWAY_HOLD, along=AIRWAY_HOLD)


def costal_origin(model: AnatomyModel, sheet_id: str) -> anchor.Anchor | None:
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


def chained(holds: list[anchor.Anchor]) -> Callable[[NDArray[np.float64], Bases], Bases] | None:
    """One hold applying ``holds`` in turn (or None without any)."""
    if not holds:
        return None

    def hold(points: NDArray[np.float64], bases: Bases) -> Bases:
        for h in holds:
            bases = h.hold(points, bases)
        return bases
    return hold


def sheet(model: AnatomyModel, dome: DomeField, ribs: kinds.RibMotion,
          openings: Mapping[str, NDArray[np.float64]]) -> tuple[tuple | None, tuple | None]:
    """The first diaphragm given as one mesh with region labels: its id, its motion as a field of
    space (:mod:`anatoflow.motion.contact`) held near the still bones, a k-d tree of points on its
    surface, and the still bones' :class:`~anatoflow.motion.anchor.Anchor` (or None); None without one.
    Second, the organ that rides whole on it (:func:`_rider`) and its :class:`~anatoflow.motion.rider.Rider`,
    or None; the sheet field then gives way to it."""
    for s in model.catalogue:
        labels = region_labels(model, s.id) if s.motion == "diaphragm" else None
        if labels is not None:
            v = np.asarray(model.meshes[s.id].vertices, dtype=float)
            crura = tuple(i for i, n in enumerate(kinds.DIAPHRAGM_REGIONS) if n.startswith("crus"))
            surface = contact.surface_samples(v, model.meshes[s.id].faces)
            still = still_bones(model, s.id)
            holds = [h for h in (still, costal_origin(model, s.id)) if h is not None]
            # the sheet's rib lift: a point in a rib moves with that rib (the origin lies in them)
            lift = partial(ribs.carriage, blend=SHEET_RIB_BLEND_MM)
            field = contact.SheetField.fit(v, labels, dome, lift, crura, hold=chained(holds))
            tendon = labels == kinds.DIAPHRAGM_REGIONS.index("central_tendon")
            found = _rider(model, s.id, field, dome, tendon, openings)
            if found is not None:
                rests = contact.spread_share(v, tendon.astype(float), sigma_mm=rider.REST_BLUR_MM)
                field = replace(field, pad=_padding(found[1], rests, still, dome.apex))
            return (s.id, field, surface, still), found
    return None, None


def _rider(model: AnatomyModel, sheet_id: str, field: contact.SheetField, dome: DomeField,
           tendon: NDArray[np.bool_], openings: Mapping[str, NDArray[np.float64]]) -> tuple[str, rider.Rider] | None:
    """The organ that follows the one-mesh diaphragm ``sheet_id`` and rests on it from above
    (the heart on the central tendon, ``tendon``: the sheet's vertices there), with its rigid
    motion, or None. What passes through an opening of the sheet (the oesophagus) is not a rider;
    the organs and nerves among them (the oesophagus and the vagal trunks on it) set, with the
    still bones, the direction the rider slides in (:func:`anatoflow.motion.rider.slide_direction`)."""
    passing = openings
    for s in model.catalogue:
        if s.motion != "follow" or s.rig.get("follow") != sheet_id or s.id in passing:
            continue
        v = np.asarray(model.meshes[s.id].vertices, dtype=float)
        if v[:, 2].mean() <= dome.top(v.mean(axis=0, keepdims=True))[0]:
            continue  # below the dome (the liver's caudate lobe): it moves with the field
        sheet = np.asarray(model.meshes[sheet_id].vertices, dtype=float)
        # it slides down along the still bones and along what passes the sheet behind it (the heart
        # over the oesophagus and the vagal trunks on it, across the pericardium's oblique sinus)
        bones = [np.asarray(model.meshes[b.id].vertices, dtype=float) for b in model.catalogue
                 if (b.motion == "static" and b.system == "bone")
                 or (b.id in passing and b.system in ("organ", "nerve"))]
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
