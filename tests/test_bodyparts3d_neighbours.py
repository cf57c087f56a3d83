"""Neighbours on the real BodyParts3D meshes do not pass through each other as they breathe.

Skips without ``../shared``. Edge crossings are counted both ways between two meshes, at rest and at
full inspiration (``states``: quiet and deep, the ribs fully lifted); the imported meshes touch and
overlap a little at rest, so what is compared is the crossings *gained*.
"""

from __future__ import annotations

import numpy as np
import pytest
from bodyparts3d_checks import (DEEP_DEPTH, crossings_gained, deepest_entries, full_inspiration,
                                quiet_diaphragmatic_top, touching_motion)
from geometry_checks import distance_to_every_face
from scipy.spatial import cKDTree

from anatoflow.motion.channels import CHANNEL_INDEX
from anatoflow.motion.surface import Surface

AIRWAYS = ("trachea", "main_bronchus_l", "main_bronchus_r")
#: Pairs that passed through each other at a deep breath, the crossings each may gain now, and why
#: it no longer does. Measured before -> after: aorta and left main bronchus 262 -> 25 (the still
#: airways hold the heart's pull on the arch, motion/sheet.py ``still_organs``); left renal vein and
#: left kidney 95 -> 0, and pancreas 70 -> 19 (the vein is carried by the kidney, the IVC and the
#: pancreas it runs behind: ``tethers``, motion/rig.py); left kidney and psoas 74 -> 41 (the kidneys
#: slide down the psoas, motion/slide.py) -> 2 (along the exact normal of its face); the heart and the schematic anterior vagal trunk 35 -> 0
#: (the heart slides along the trunks on the oesophagus as well as along the oesophagus, motion/rider.py).
#: The left renal vein and the kidney gain 16 again (0 before) since every passenger is held near the
#: still bones, the kidney too (motion/neighbours.py ``held``): the vein lies up to 16 mm inside it.
PAIR_GAIN = {
    ("heart", "anterior_vagal_trunk"): 5,
    ("aorta", "main_bronchus_l"): 40,
    ("renal_vein_l", "kidney_l"): 20,
    ("renal_vein_l", "pancreas"): 30,
    ("kidney_l", "psoas_major_l"): 10,
}
#: How far (mm) the renal vein may move apart from the kidney where it leaves it (within 2 mm at
#: rest), while the kidney moves 12 mm there at a deep breath. Measured: 3.7 mm (3.5 mm, the kidney
#: 16 mm, before every passenger was held near the still bones: the kidney is held a little too).
HILUM_APART_MM = 5.0
#: Nerves drawn schematically beside the heart (they end on the oesophagus behind it).
PASSING_NERVES = ("vagus_l", "oesophageal_plexus")
#: Crossings each may gain with its thoracic neighbours. Measured at a deep breath: 72 (left vagus
#: with the left main bronchus and with the thoracic duct), 59 (plexus with the heart) while the heart
#: pulled them as if they were great vessels; under 10 each once they slide past it.
NERVE_GAIN = 15
#: Over every pair of structures whose boxes meet at a deep breath (27,010 crossings at rest): the
#: sum gained, and the most any one pair gains. Measured: 2,368 (aorta and left main bronchus 262)
#: before the costal origin's hold, 1,428 after it; 582 and 58 (the anterior vagal trunk and the
#: oesophagus it lay in at rest) before the schematic tubes were routed clear of the real meshes;
#: 478 before the heart slid along the oesophagus; 415 and 41 (the left kidney and the psoas) before
#: the less firmly held of two neighbours gave way (motion/yielding.py); 313 before the heart also
#: slid along the vagal trunks on the oesophagus (289), points inside the psoas slid fully (275)
#: and the pass's signed distance was made exact (246 and 41); 232 and 41 once the pass checked
#: part-way breaths too (``breath_bend``); 233 and 41 with the schematic plexus on the back of the
#: oesophagus, out of the heart's sweep (the vagus nerves and the trunks meeting it touch it: 2);
#: 237 and 41 with the heart's wall round the IVC's mouth moving with it (their 4 crossings graze);
#: 168 and 19 (the right external oblique and the 6th rib) with the slide along the psoas exact;
#: 131 and 13 (the left renal vein and the aorta) with the sternum moving as the ribs' ends, the
#: joints between cartilages moving as one and the abdominal wall carried by the rib it lies on;
#: 132 and 16 (the left renal vein and the kidney) with every passenger held near the still bones,
#: not only those on a bone (the aorta and the pancreas 10 -> 4, the spleen and the pancreas 7 -> 0).
#: These bound what is not fixed yet (listed in docs/motion.md) so it cannot grow.
ALL_PAIRS_GAIN = 160
ONE_PAIR_GAIN = 20
#: The same at a quiet breath. Measured: 362 before the three changes above, 328 before the pass
#: checked part-way breaths (the ``breath_bend`` channel), 302 before the schematic plexus was routed
#: clear of the heart's sweep (it passed up to 2.1 mm into the heart part way: 80), 243 before the
#: heart's wall round the IVC's mouth moved with the vein (the heart slid into its end: 49), 198
#: before the slide along the psoas was made exact, 162 before the sternum moved as the ribs' ends
#: (the left external oblique and the 7th rib 21), 127 now; the most, 19, is the right external
#: oblique and the 7th rib, which BodyParts3D draws overlapping (docs/motion.md); 120 with every
#: passenger held near the still bones (the left vagus and the plexus 10 -> 0, the aorta and the
#: pancreas 8 -> 0).
QUIET_ALL_PAIRS_GAIN = 145
QUIET_ONE_PAIR_GAIN = 25
#: A quiet diaphragmatic breath as the scenarios play it (domes 18 mm, the ribs at the depth times
#: the pattern's rib gain, 0.09). Measured: 520 before the part-way checks (the left 3rd to 6th
#: costal cartilages grazing the sternum part way up: 291), 298 before the plexus was routed clear of
#: the heart's sweep, 245 before the heart's wall round the IVC's mouth moved with it, 200 before the
#: slide along the psoas was made exact, 168 before the sternum moved as the ribs' ends (the left 3rd
#: costal cartilage grazing the sternum, 0.00 mm deep: 59), 71 before every passenger was held near
#: the still bones (the schematic left vagus and the oesophageal plexus it joins 17, the aorta and
#: the pancreas 9), 55 now; the most, 9, is the left renal vein and the kidney it leaves.
QUIET_DIAPHRAGMATIC_GAIN = 75
QUIET_DIAPHRAGMATIC_ONE_PAIR_GAIN = 15
#: Of those, the crossings gained by pairs that lie apart at rest (no vertex of either deeper than
#: ``yielding.DEEP_MM`` inside the other): structures that come to pass into each other as they
#: breathe, not meshes that BodyParts3D draws overlapping and that slide over each other. Measured:
#: 68 of 313 (the heart and the schematic anterior vagal trunk 35, up to 1.1 mm deep) before the heart
#: slid along the trunks too; 51 of 246 before the part-way checks; 42 of 232 after them, 43 of 237 now (the 6th and 7th
#: right ribs, the aorta and the pancreas 10 each; the diaphragm and the 12th right rib 8); the other
#: 194 are in pairs that overlap at rest (the kidneys and the renal veins in the psoas 105; 29
#: with the slide along the psoas exact); 38 of 131 with the sternum moving as the ribs' ends and
#: the joints between cartilages moving as one (the 6th and 7th right ribs 10 -> 0; the aorta and
#: the pancreas 10, the diaphragm and the 12th right rib 8); 24 of 132 with every passenger held
#: near the still bones (the aorta and the pancreas 10 -> 4, the spleen and the pancreas 7 -> 0).
APART_PAIRS_GAIN = 35
#: Crossings the ribs may gain with the vertebrae and discs, and with each other. Measured at a deep
#: breath (the same at a quiet one: the ribs are fully lifted in both): 158 with the spine while each
#: rib turned rigidly about an axis through a point of its head (the head and neck swung through
#: their joints), 1 with the head held in its joint (motion/rig.py); 70 between ribs (64 the 6th and 7th left, whose cartilages join in front) while
#: each moved alone, 30 with the ribs of one side moving together where they meet (kinds.py ``jointed``),
#: 10 later (the 6th and 7th right), 0 with the two moving as one within ``RIB_CONTACT_MM`` of each other.
RIB_SPINE_GAIN = 10
RIB_RIB_GAIN = 10


@pytest.mark.parametrize("pair", sorted(PAIR_GAIN), ids="/".join)
def test_pair_slides_rather_than_passing_through(rigged, states, pair) -> None:
    """Each pair that passed through each other at a deep breath (``PAIR_GAIN``) gains at most the
    crossings listed, at a quiet and at a deep breath."""
    model, _ = rigged
    for label in ("quiet", "deep"):
        _, gained = crossings_gained(model, states[label], [pair[0]], [pair[1]])
        assert sum(gained.values()) <= PAIR_GAIN[pair], (label, gained)


def test_renal_vein_leaves_the_kidney_with_it(rigged, states) -> None:
    """The left renal vein leaves the kidney at its hilum: there it moves as the kidney does (which
    descends 12 mm there at a deep breath), to within a few millimetres, and stretches towards the IVC."""
    own, beside, _ = touching_motion(rigged[0], states["deep"], "renal_vein_l", "kidney_l", within=2.0)
    assert beside[:, 2].mean() < -10.0  # the kidney does descend there
    assert np.linalg.norm(own - beside, axis=1).max() <= HILUM_APART_MM


@pytest.mark.parametrize("sid", PASSING_NERVES)
def test_nerves_slide_past_the_heart(rigged, states, sid) -> None:
    """Only the great vessels are attached to the heart and pulled by it; a nerve whose end lies near
    it (the left vagus, the oesophageal plexus on the oesophagus behind the heart) follows the
    oesophagus and slides past the heart, the airways and the thoracic duct."""
    model, _ = rigged
    others = ["heart", "thoracic_duct", "oesophagus", "aorta", *AIRWAYS]
    _, gained = crossings_gained(model, states["deep"], [sid], others)
    assert all(n <= NERVE_GAIN for n in gained.values()), gained
    heart = states["deep"]["heart"] - model.meshes["heart"].vertices
    own = states["deep"][sid] - model.meshes[sid].vertices
    assert abs(own[:, 2].min()) < 0.5 * abs(heart[:, 2].mean()), "the nerve descends with the heart"


def test_the_plexus_stays_clear_of_the_heart_all_through_a_breath(rigged) -> None:
    """The heart slides down past the oesophagus by 48 mm at a deep breath. The schematic plexus is
    routed clear of all it sweeps through (anatomy/bodyparts3d/rig_schematic.py ``SWEPT_BY``), so at
    every depth of the breath, not only at its top, the heart stays off it. Measured before: up to
    2.1 mm into the heart from 5 to 30 mm of dome descent (80 crossings at 18 mm)."""
    model, rig = rigged
    heart = Surface(model.meshes["heart"].faces, len(model.meshes["heart"].vertices))
    for depth in np.linspace(0.02, 1.0, 25):
        for ribs in (depth, 1.0):
            w = full_inspiration(depth)
            w[CHANNEL_INDEX["rib_lift"]] = ribs
            moved = rig.deform(w)
            _, gained = crossings_gained(model, moved, ["heart"], ["oesophageal_plexus"])
            assert not gained, (depth, ribs, gained)
            gap = heart.signed(np.asarray(moved["oesophageal_plexus"], float), np.asarray(moved["heart"], float))[0]
            assert gap.min() > 1.0, (depth, ribs, gap.min())


#: Crossings the heart and the IVC that opens into it may gain at any depth of a breath, how much
#: deeper (mm) the heart may lie in the vein than at rest, and how far (mm) the heart's wall within
#: 2 mm of the vein at rest may move apart from the vein's nearest vertex. Measured over 15 depths
#: (the ribs at the same share): at most 11 crossings (4 up to 80 % of the breath), 0.02 mm deeper
#: and 2.0 mm apart. Before the heart's wall round the vein's mouth moved with the vein and the
#: tendon round it (motion/neighbours.py ``mouths``): 46 crossings, 9.6 mm deeper and 22.8 mm apart
#: (the heart slid forward and down over the vein's end, which the tendon holds).
MOUTH_GAIN = 15
MOUTH_DEEPER_MM = 0.5
MOUTH_APART_MM = 3.0


def test_the_heart_stays_on_the_mouth_of_the_ivc_all_through_a_breath(rigged) -> None:
    """The IVC passes the caval opening and enters the right atrium at once. The heart slides
    forward along the spine as it descends; its wall round the vein's mouth goes with the vein and
    the tendon round it, so at every depth the heart neither slides into the vein's end nor off it."""
    model, rig = rigged
    ivc = Surface(model.meshes["inferior_vena_cava"].faces, len(model.meshes["inferior_vena_cava"].vertices))
    rest = ivc.signed(np.asarray(model.meshes["heart"].vertices, float),
                      np.asarray(model.meshes["inferior_vena_cava"].vertices, float))[0].min()
    for depth in np.linspace(0.02, 1.0, 15):
        w = full_inspiration(depth)
        w[CHANNEL_INDEX["rib_lift"]] = depth
        moved = rig.deform(w)
        _, gained = crossings_gained(model, moved, ["inferior_vena_cava"], ["heart"])
        assert sum(gained.values()) <= MOUTH_GAIN, (depth, gained)
        inside = ivc.signed(np.asarray(moved["heart"], float), np.asarray(moved["inferior_vena_cava"], float))[0]
        assert inside.min() > rest - MOUTH_DEEPER_MM, (depth, inside.min(), rest)
        own, beside, _ = touching_motion(model, moved, "heart", "inferior_vena_cava", within=2.0)
        apart = np.linalg.norm(own - beside, axis=1)
        assert apart.max() <= MOUTH_APART_MM, (depth, apart.max())


def _all_pairs_gains(model, moved: dict) -> dict[str, int]:
    """Crossings gained in ``moved`` by every pair of structures whose boxes meet ("a/b" -> n)."""
    ids = list(model.catalogue.ids)
    gained: dict[str, int] = {}
    for i, sid in enumerate(ids):
        gained.update(crossings_gained(model, moved, [sid], ids[i + 1:])[1])
    return gained


@pytest.fixture(scope="module")
def deep_gains(rigged, states) -> dict[str, int]:
    """Crossings gained at a deep breath by every pair of structures whose boxes meet ("a/b" -> n)."""
    return _all_pairs_gains(rigged[0], states["deep"])


def test_no_pair_gains_many_crossings_at_a_deep_breath(deep_gains) -> None:
    """Every pair of structures whose boxes meet: the crossings gained at a deep breath stay within
    the bounds measured (module constants), for the pairs the other tests list and for the rest."""
    worst = sorted(deep_gains.items(), key=lambda kv: -kv[1])[:5]
    assert sum(deep_gains.values()) <= ALL_PAIRS_GAIN, worst
    assert worst[0][1] <= ONE_PAIR_GAIN, worst


def test_no_pair_gains_many_crossings_at_a_quiet_breath(rigged, states) -> None:
    """The same at a quiet breath (domes 18 mm, the ribs fully lifted, the IVC wide), which the
    corrective pass does not check: a push is found at the largest states only
    (``QUIET_ALL_PAIRS_GAIN``, ``QUIET_ONE_PAIR_GAIN``)."""
    gained = _all_pairs_gains(rigged[0], states["quiet"])
    worst = sorted(gained.items(), key=lambda kv: -kv[1])[:5]
    assert sum(gained.values()) <= QUIET_ALL_PAIRS_GAIN, worst
    assert worst[0][1] <= QUIET_ONE_PAIR_GAIN, worst


def test_no_pair_gains_many_crossings_part_way_through_a_quiet_diaphragmatic_breath(rigged) -> None:
    """A quiet diaphragmatic breath at its top: the domes 18 mm down, the ribs barely lifted. Every
    channel is part way there, where the straight paths of the linear bases pass closest to what
    their ends clear; the pass checks such states and bends the paths (``breath_bend``)."""
    gained = _all_pairs_gains(rigged[0], rigged[1].deform(quiet_diaphragmatic_top()))
    worst = sorted(gained.items(), key=lambda kv: -kv[1])[:5]
    assert sum(gained.values()) <= QUIET_DIAPHRAGMATIC_GAIN, worst
    assert worst[0][1] <= QUIET_DIAPHRAGMATIC_ONE_PAIR_GAIN, worst


def _deepest_inside(model, sid: str, other: str) -> float:
    """How deep (mm) the deepest vertex of ``sid`` lies inside ``other`` at rest (0 if none does)."""
    from anatoflow.motion.surface import Surface

    v = np.asarray(model.meshes[sid].vertices, dtype=float)
    w = np.asarray(model.meshes[other].vertices, dtype=float)
    near = np.all((v >= w.min(axis=0) - 1.0) & (v <= w.max(axis=0) + 1.0), axis=1)
    if not near.any():
        return 0.0
    signed = Surface(model.meshes[other].faces, len(w)).signed(v[near], w)[0]
    return float(max(0.0, -signed.min()))


def test_pairs_apart_at_rest_gain_few_crossings(rigged, deep_gains) -> None:
    """Most of what is gained is in pairs BodyParts3D draws overlapping at rest (the kidneys in the
    psoas); the pairs that lie apart at rest, which would truly come to pass into each other, gain
    few crossings (``APART_PAIRS_GAIN``)."""
    from anatoflow.motion.yielding import DEEP_MM

    model, _ = rigged
    apart = {}
    for key, n in deep_gains.items():
        a, b = key.split("/")
        if max(_deepest_inside(model, a, b), _deepest_inside(model, b, a)) <= DEEP_MM:
            apart[key] = n
    joined = sum(deep_gains.values()) - sum(apart.values())
    assert joined > 0, "no gained pair overlaps at rest: the split would not be tested"
    assert sum(apart.values()) <= APART_PAIRS_GAIN, sorted(apart.items(), key=lambda kv: -kv[1])[:5]


#: How deep (mm) any vertex may go into a neighbour it lay outside at rest (``deepest_entries``), at
#: a deep breath and at the top of a quiet diaphragmatic breath (the one the scenarios play).
#: Measured at a deep breath (domes 70/75 mm, the ribs fully lifted): 3.07, the left external oblique
#: into the 6th and 7th ribs it lies on; the azygos vein into the right main bronchus 2.61; the
#: diaphragm's crus into the left psoas 2.30; the IVC into the left hepatic vein 1.78; every other pair
#: under 1.5. At the quiet diaphragmatic breath: 0.68 (the SVC into the left brachiocephalic vein
#: it joins), every pair under 0.7. The crossings above count far more (the left renal vein and
#: the kidney 16), but they come from surfaces sliding inside overlaps BodyParts3D draws at rest:
#: no vertex of the vein outside the kidney at rest goes more than 0.4 mm into it.
DEEP_ENTRY_MM = 3.5
QUIET_DIAPHRAGMATIC_ENTRY_MM = 1.0
#: Under full tension of the psoas and iliacus (each channel at its largest, 10 % shortening), alone
#: and with the deep breath. Measured before the tensing muscles gave way to the still bones and
#: what lies on them pushed off by their bulge (motion/yielding.py ``give_way_to_tension``): the
#: right psoas 6.33 mm into the 3rd lumbar vertebra, the iliacus 5.32 into the hip bone, the psoas
#: 4.60 into the right kidney (6.63 into the left with the deep breath). After: 3.05, the right psoas
#: into the right kidney (3.09 once the muscle keeps its volume; the bones at most 2.18, a disc); with the deep breath 5.02, the left psoas
#: into the left kidney, which slides down it as the psoas shortens up (docs/motion.md).
TENSION_ENTRY_MM = 3.5
TENSE_DEEP_ENTRY_MM = 5.5


def _tensed(weights: np.ndarray) -> np.ndarray:
    """``weights`` with every muscle's own shortening channel at its largest."""
    from anatoflow.motion.yielding import MUSCLE_TENSION

    w = weights.copy()
    for channel, largest in MUSCLE_TENSION.items():
        w[CHANNEL_INDEX[channel]] = largest
    return w


@pytest.mark.parametrize("label", ["deep", "quiet diaphragmatic", "full tension", "full tension, deep"])
def test_nothing_outside_a_neighbour_at_rest_passes_far_into_it(rigged, label) -> None:
    """Over every pair whose boxes meet, what lay outside a neighbour at rest stays outside it, but
    for a graze of a few millimetres at a deep breath or under full tension and under a millimetre
    at a quiet breath."""
    model, rig = rigged
    deep = full_inspiration(DEEP_DEPTH, -0.5)
    weights, bound = {"deep": (deep, DEEP_ENTRY_MM),
                      "quiet diaphragmatic": (quiet_diaphragmatic_top(), QUIET_DIAPHRAGMATIC_ENTRY_MM),
                      "full tension": (_tensed(np.zeros_like(deep)), TENSION_ENTRY_MM),
                      "full tension, deep": (_tensed(deep), TENSE_DEEP_ENTRY_MM)}[label]
    entries = deepest_entries(model, rig.deform(weights))
    worst = sorted(entries.items(), key=lambda kv: -kv[1])[:5]
    assert entries, "no vertex enters a neighbour at all: the measure would not be tested"
    assert worst[0][1] <= bound, worst


#: Meshes with triangles far longer than their neighbours' (the psoas up to 54 mm, the oesophagus 64)
#: and the structures that lie against them, for the signed distance of the corrective pass.
COARSE_NEIGHBOURS = [("kidney_l", "psoas_major_l"), ("renal_vein_r", "psoas_major_r"),
                     ("renal_vein_l", "psoas_major_l"), ("trachea", "oesophagus"), ("heart", "oesophagus")]


@pytest.mark.parametrize("pair", COARSE_NEIGHBOURS, ids="/".join)
def test_signed_distance_finds_the_closest_face_of_coarse_meshes(rigged, pair) -> None:
    """The corrective pass's signed distance (:class:`anatoflow.motion.surface.Surface`) from the
    vertices of a structure within 15 mm of a coarse neighbour equals the distance to every face of
    it, and its sign says which lie inside (by winding number). With the faces round the 3 nearest
    vertices, a kidney vertex 2 mm outside the psoas read as 11 mm inside."""
    from anatoflow.anatomy.proximity import winding_numbers
    from anatoflow.motion.surface import Surface

    model, _ = rigged
    a, b = (np.asarray(model.meshes[s].vertices, dtype=float) for s in pair)
    faces = np.asarray(model.meshes[pair[1]].faces)
    points = a[cKDTree(b).query(a, k=1)[0] < 15.0]
    assert len(points) > 20
    signed = Surface(faces, len(b)).signed(points, b)[0]
    np.testing.assert_allclose(np.abs(signed), distance_to_every_face(points, b, faces), atol=1e-6)
    inside = winding_numbers(points, b, faces) > 0.5
    assert np.array_equal(signed < 0.0, inside)


@pytest.mark.parametrize("label", ["quiet", "deep"])
def test_ribs_turn_in_their_joints(rigged, states, label) -> None:
    """The rib heads stay in their joints on the still spine as the ribs lift, and ribs that meet
    (their cartilages in front) move together there: few crossings gained with the vertebrae and
    discs, or between the ribs."""
    model, _ = rigged
    ribs = [s.id for s in model.catalogue if s.motion == "rib"]
    spine = [s.id for s in model.catalogue if s.id.startswith(("vertebra_", "disc_"))]
    _, with_spine = crossings_gained(model, states[label], ribs, spine)
    assert sum(with_spine.values()) <= RIB_SPINE_GAIN, with_spine
    between: dict[str, int] = {}
    for i, rib in enumerate(ribs):
        between.update(crossings_gained(model, states[label], [rib], ribs[i + 1:])[1])
    assert sum(between.values()) <= RIB_RIB_GAIN, between


def test_the_slide_along_the_muscles_leaves_what_lies_far_from_them(rigged) -> None:
    """The repaired BodyParts3D muscles are open, and beyond a hole in one a point far off read as
    deep inside it (the azygos vein 380 mm, parts of the right kidney 138 mm), so the breath slid
    along a muscle it does not touch. A vertex 80 mm from every muscle vertex (at least 49 mm from
    their surfaces, whose longest triangles are 54 mm) keeps its breath motion whole."""
    from anatoflow.motion.slide import Slide
    from anatoflow.motion.surface import DEEPEST_INSIDE_MM as INSIDE_MM

    model, _ = rigged
    muscles = [s.id for s in model.catalogue if s.motion == "muscle"]
    slide = Slide.of([(model.meshes[m].vertices, model.meshes[m].faces) for m in muscles])
    for s in model.catalogue:
        if s.motion == "muscle":
            continue
        v = np.asarray(model.meshes[s.id].vertices, dtype=float)
        down = np.tile([0.0, 0.0, -1.0], (len(v), 1))
        out = slide.apply(v, {"dome_r_mm": down}, model.meshes[s.id].faces)["dome_r_mm"]
        far = slide.surface.query(v, k=1)[0] > 80.0
        np.testing.assert_array_equal(out[far], down[far], err_msg=s.id)
        assert slide.distance(v)[0].min() >= -INSIDE_MM, s.id


#: How far (mm) a rib's end may move apart from the sternum where it meets it, at the full rib lift
#: (the ribs' ends move 5 to 9 mm there). Measured: 0.02 mm. Before the sternum took the ribs'
#: motion, each rib turned alone about its head and its end moved up to 7.0 mm from the sternum (the
#: 6th left), which turned like a rib and tilted sideways (from 3.4 mm to the right to 2.5 mm to the left).
STERNAL_JOINT_APART_MM = 0.1


def test_the_sternum_rises_with_the_ribs_and_holds_their_ends(rigged) -> None:
    """At the full rib lift the sternum moves up and forward, as a pump handle, without tilting to
    one side, and where a rib's cartilage meets it (within 1 mm at rest) the two move together."""
    model, rig = rigged
    w = np.zeros(len(CHANNEL_INDEX))
    w[CHANNEL_INDEX["rib_lift"]] = 1.0
    moved = rig.deform(w)
    sternum = np.asarray(model.meshes["sternum"].vertices, dtype=float)
    lift = np.asarray(moved["sternum"], dtype=float) - sternum
    assert lift[:, 2].min() > 3.0 and lift[:, 1].max() < -1.0  # up and forward (y is posterior)
    assert np.abs(lift[:, 0]).max() < 0.5  # no sideways tilt
    surface, tree = Surface(model.meshes["sternum"].faces, len(sternum)), cKDTree(sternum)
    apart = {}
    for s in model.catalogue:
        if s.motion != "rib" or s.id == "sternum":
            continue
        rest = np.asarray(model.meshes[s.id].vertices, dtype=float)
        near = np.flatnonzero(tree.query(rest, k=1)[0] < 30.0)
        joint = near[np.abs(surface.signed(rest[near], sternum)[0]) < 1.0]
        if len(joint):
            own = np.asarray(moved[s.id], dtype=float)[joint] - rest[joint]
            apart[s.id] = float(np.linalg.norm(own - lift[tree.query(rest[joint], k=1)[1]], axis=1).max())
    assert len(apart) >= 12, apart  # the 1st to 7th ribs of both sides
    assert max(apart.values()) <= STERNAL_JOINT_APART_MM, apart
