"""How the one-mesh diaphragm's neighbours are held near the still bones, on small shapes."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import numpy as np
import pytest
from motion_model import _structure, diaphragm_sheet, ellipsoid, tube
from scipy.spatial import cKDTree

from anatoflow.anatomy.catalogue import Catalogue
from anatoflow.anatomy.landmarks import Landmarks
from anatoflow.anatomy.meshes import RestMesh
from anatoflow.anatomy.model import AnatomyModel
from anatoflow.motion import contact, kinds, neighbours
from anatoflow.motion.anchor import Anchor
from anatoflow.motion.fields import DomeField

DESCENT = 0.2  # mm per mm of the right dome: the motion both tubes are given (17 mm at a maximal breath)


def _context(parts: dict[str, tuple[str, str, tuple]]) -> neighbours.Context:
    """A model of ``parts`` (id -> (system, motion, (vertices, faces))) beside the synthetic sheet,
    whose still bones are the ``static`` parts."""
    v, f = diaphragm_sheet()
    dome = DomeField.fit(v[v[:, 2] > 200.0], z_fix=200.0, z_full=260.0)
    labels = np.zeros(len(v), dtype=int)
    field = contact.SheetField.fit(v, labels, dome, lambda p: np.zeros_like(p), (3, 4))
    structures = tuple(_structure(sid, system, "midline", motion) for sid, (system, motion, _) in parts.items())
    meshes = {sid: RestMesh(sid, np.asarray(m[0], float), np.asarray(m[1], np.int64)) for sid, (_, _, m) in parts.items()}
    model = AnatomyModel(name="synthetic", meshes=MappingProxyType(meshes),
                         catalogue=Catalogue(path=Path("synthetic/catalogue.toml"), meta=MappingProxyType({}),
                                             structures=structures),
                         landmarks=Landmarks(vertebrae=MappingProxyType({}), points=MappingProxyType({}),
                                             openings=MappingProxyType({}), sources=MappingProxyType({})))
    bones = [(meshes[s].vertices, meshes[s].faces) for s, (_, motion, _) in parts.items() if motion == "static"]
    everything = np.concatenate([m.vertices for m in meshes.values()])
    still = Anchor.of(bones, everything)
    empty = np.zeros((0, 3))
    ribs = kinds.RibMotion(empty, empty, empty, np.zeros(0, dtype=np.int64))
    return neighbours.Context(model, dome, ribs, {}, sheet=("diaphragm", field, contact.surface_samples(v, f), still))


def test_two_tubes_that_meet_beside_the_spine_move_alike_where_they_meet() -> None:
    """The still bones hold the breath of what lies near them by one factor at each point of space.
    A nerve lying on a vertebra (within the hold's contact band) and one that joins it 8 mm in front
    of the bone, without touching it, are held alike where they meet: before, only a structure with
    a vertex on a bone was held, and the two moved apart at their joint by 0.6 mm at a quiet breath
    (the BodyParts3D left vagus and the oesophageal plexus)."""
    bone = ellipsoid([0.0, 25.0, 110.0], [20.0, 15.0, 40.0])
    on_bone = tube([[0.0, 7.5, 80.0], [0.0, 7.5, 110.0], [0.0, 2.0, 125.0]], 1.5)  # 1 mm in front of it, then off
    off_bone = tube([[0.0, 2.0, 125.0], [0.0, -20.0, 135.0], [0.0, -60.0, 150.0]], 1.5)  # joins its end
    ctx = _context({"vertebra": ("bone", "static", bone), "plexus": ("nerve", "follow", on_bone),
                    "vagus": ("nerve", "follow", off_bone)})
    assert ctx.sheet[3].touches(on_bone[0]) and not ctx.sheet[3].touches(off_bone[0])  # the premise
    moved = {}
    for sid, (v, _) in (("plexus", on_bone), ("vagus", off_bone)):
        own = {"dome_r_mm": np.tile([0.0, 0.0, -DESCENT], (len(v), 1))}
        moved[sid] = neighbours.carried(sid, own, ctx)["dome_r_mm"]
    dist, nearest = cKDTree(on_bone[0]).query(off_bone[0], k=1)
    joint = dist < 2.5
    assert joint.sum() >= 8
    apart = np.linalg.norm(moved["vagus"][joint] - moved["plexus"][nearest[joint]], axis=1)
    assert apart.max() < 0.1 * DESCENT, apart.max()
    held = np.linalg.norm(moved["vagus"][joint], axis=1)
    assert held.max() < 0.8 * DESCENT  # the joint is held (it lies near the bone) ...
    far = np.linalg.norm(off_bone[0] - [0.0, -60.0, 150.0], axis=1) < 5.0
    np.testing.assert_allclose(moved["vagus"][far], [[0.0, 0.0, -DESCENT]] * int(far.sum()), atol=1e-6)  # ... not far off
    on = np.linalg.norm(on_bone[0] - [0.0, 7.5, 95.0], axis=1) < 5.0
    assert np.linalg.norm(moved["plexus"][on], axis=1).max() < 0.1 * DESCENT  # on the bone it is (nearly) held still


@pytest.mark.parametrize("sid", ["plexus", "vagus"])
def test_what_lies_far_from_the_still_bones_keeps_its_motion(sid) -> None:
    """Far from every still bone the hold's factor is 1: the bases come back unchanged."""
    bone = ellipsoid([0.0, 25.0, 110.0], [20.0, 15.0, 40.0])
    v, f = tube([[0.0, -80.0, 60.0], [0.0, -90.0, 120.0]], 1.5)
    ctx = _context({"vertebra": ("bone", "static", bone), sid: ("nerve", "follow", (v, f))})
    own = {"dome_r_mm": np.tile([0.0, 0.0, -DESCENT], (len(v), 1))}
    np.testing.assert_array_equal(neighbours.held(sid, own, ctx)["dome_r_mm"], own["dome_r_mm"])
