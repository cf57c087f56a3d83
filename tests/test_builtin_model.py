"""The shipped built-in model: complete catalogue, closed outward meshes, landmarks, clear openings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import trimesh

from anatoflow.anatomy import measure, proximity
from anatoflow.anatomy.builtin import generate
from anatoflow.anatomy.model import AnatomyModel, load_model

REPO = Path(__file__).resolve().parents[1]
MESHES = REPO / "meshes"


def _fixed_ids() -> list[str]:
    ids = ["psoas_major_l", "psoas_major_r", "iliacus_l", "iliacus_r", "diaphragm", "right_crus", "left_crus",
           "central_tendon", "median_arcuate_ligament", "medial_arcuate_ligament_l", "medial_arcuate_ligament_r",
           "vagus_l", "vagus_r", "oesophageal_plexus", "anterior_vagal_trunk", "posterior_vagal_trunk",
           "femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "external_iliac_vein_r",
           "common_iliac_vein_l", "common_iliac_vein_r", "inferior_vena_cava", "azygos_vein",
           "superior_vena_cava", "cisterna_chyli", "thoracic_duct", "aorta", "common_iliac_artery_l",
           "common_iliac_artery_r", "sacrum", "hip_bone_l", "hip_bone_r", "femur_l", "femur_r",
           "lung_l", "lung_r", "heart", "oesophagus", "liver"]
    ids += [f"vertebra_t{n}" for n in range(6, 13)] + [f"vertebra_l{n}" for n in range(1, 6)]
    ids += [f"rib_{n:02d}_{s}" for s in ("l", "r") for n in range(7, 13)]
    return ids


@pytest.fixture(scope="module")
def model() -> AnatomyModel:
    return load_model(MESHES)


@pytest.fixture(scope="module")
def mesh_set(model: AnatomyModel) -> proximity.MeshSet:
    return proximity.MeshSet({k: (m.vertices, m.faces) for k, m in model.meshes.items()}, spacing=1.5)


def test_ids_are_the_fixed_list(model: AnatomyModel) -> None:
    assert len(_fixed_ids()) == 64
    assert sorted(model.catalogue.ids) == sorted(_fixed_ids())


def test_every_entry_is_complete(model: AnatomyModel) -> None:
    for s in model.catalogue:
        assert (MESHES / s.file).is_file(), s.id
        assert s.name_en and s.name_nb and s.name_la, s.id
        assert s.system and s.licence == "CC0-1.0" and s.schematic, s.id
        if s.system in ("vein", "artery", "lymph", "nerve") or s.id == "oesophagus":
            rig = s.rig
            assert len(rig["centreline"]) == len(rig["radius"]) >= 2, s.id
    assert model.catalogue.meta["frame"] == "LPS" and model.catalogue.meta["units"] == "mm"


def test_solids_are_watertight_and_outward(model: AnatomyModel) -> None:
    for sid, m in model.meshes.items():
        assert model.catalogue[sid].solid
        tm = trimesh.Trimesh(m.vertices, m.faces, process=False)
        assert tm.is_watertight, sid
        assert tm.is_winding_consistent, sid
        assert tm.volume > 0, sid


def test_landmarks_match_the_meshes(model: AnatomyModel) -> None:
    lm = model.landmarks
    guesses = {n: lm.get(n) for n in lm.names()}
    measured = measure.measure_landmarks({k: (m.vertices, m.faces) for k, m in model.meshes.items()}, guesses)
    assert set(measured) == set(guesses) - set(measure.UNMEASURED)
    errors = {n: float(np.linalg.norm(p - guesses[n])) for n, p in measured.items()}
    assert max(errors.values()) < 10.0, {n: round(e, 1) for n, e in errors.items() if e >= 10.0}


def test_right_dome_higher_than_left(model: AnatomyModel) -> None:
    v = model.meshes["diaphragm"].vertices
    assert measure.dome_apex(v, -1.0)[2] > measure.dome_apex(v, 1.0)[2] + 8.0


PASSAGES = {
    "inferior_vena_cava": ("opening.caval", ("central_tendon", "diaphragm", "right_crus")),
    "oesophagus": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "anterior_vagal_trunk": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "posterior_vagal_trunk": ("opening.oesophageal", ("right_crus", "left_crus", "central_tendon", "diaphragm")),
    "aorta": ("opening.aortic", ("right_crus", "left_crus", "median_arcuate_ligament", "diaphragm")),
    "thoracic_duct": ("opening.aortic", ("right_crus", "left_crus", "median_arcuate_ligament", "diaphragm")),
}


@pytest.mark.parametrize("tube", sorted(PASSAGES))
def test_tubes_pass_their_opening_without_touching(model: AnatomyModel, mesh_set: proximity.MeshSet,
                                                   tube: str) -> None:
    opening, walls = PASSAGES[tube]
    centre = model.landmarks.get(opening)
    line = np.asarray(model.catalogue[tube].rig["centreline"])
    assert line[:, 2].max() > centre[2] + 15 and line[:, 2].min() < centre[2] - 15, "does not cross the level"
    for wall in walls:
        gap = mesh_set.clearance(tube, wall)
        assert gap > 1.0, f"{tube} within {gap:.2f} mm of {wall}"


def test_no_unlisted_intersections(model: AnatomyModel, mesh_set: proximity.MeshSet) -> None:
    ids = model.catalogue.ids
    bad = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if b in model.catalogue[a].attaches or a in model.catalogue[b].attaches:
                continue
            if mesh_set.intersects(a, b):
                bad.append((a, b))
    assert not bad


def test_intersection_check_detects_overlap() -> None:
    from anatoflow.anatomy.builtin.primitives import ellipsoid

    a = ellipsoid((0, 0, 0), (10, 10, 10))
    b = ellipsoid((15, 0, 0), (10, 10, 10))
    c = ellipsoid((25, 0, 0), (3, 3, 3))
    inner = ellipsoid((0, 0, 0), (2, 2, 2))
    ms = proximity.MeshSet({k: (p.vertices, p.faces) for k, p in
                            {"a": a, "b": b, "c": c, "inner": inner}.items()}, spacing=1.0)
    assert ms.intersects("a", "b")
    assert not ms.intersects("a", "c")
    assert ms.intersects("a", "inner")
    assert 1.0 < ms.clearance("a", "c") < 13.0


def test_committed_files_equal_generator_output(model: AnatomyModel) -> None:
    gen = generate(MESHES / "landmarks.toml")
    assert (MESHES / "catalogue.toml").read_text(encoding="utf-8") == gen.catalogue_text
    for sid, m in model.meshes.items():
        np.testing.assert_array_equal(m.faces, gen.faces[sid])
        np.testing.assert_allclose(m.vertices, gen.vertices[sid], rtol=0, atol=1e-4)


def test_generator_is_deterministic_and_cli_writes_a_loadable_model(tmp_path: Path) -> None:
    from anatoflow.cli import main

    assert main(["generate-meshes", "--out", str(tmp_path), "--landmarks", str(MESHES / "landmarks.toml")]) == 0
    assert (tmp_path / "catalogue.toml").read_bytes() == (MESHES / "catalogue.toml").read_bytes()
    again = load_model(tmp_path)
    shipped = load_model(MESHES)
    for sid, m in again.meshes.items():
        np.testing.assert_array_equal(m.faces, shipped.meshes[sid].faces)
        np.testing.assert_allclose(m.vertices, shipped.meshes[sid].vertices, rtol=0, atol=1e-4)
    assert again.n_triangles <= 400_000


def test_centrelines_run_in_the_direction_of_flow(model: AnatomyModel) -> None:
    def z(sid: str) -> np.ndarray:
        return np.asarray(model.catalogue[sid].rig["centreline"])[:, 2]

    for rising in ("inferior_vena_cava", "thoracic_duct", "cisterna_chyli", "femoral_vein_l",
                   "external_iliac_vein_r", "azygos_vein"):
        assert z(rising)[-1] > z(rising)[0], rising
    for falling in ("aorta", "superior_vena_cava", "vagus_l", "vagus_r", "anterior_vagal_trunk", "oesophagus",
                    "psoas_major_r", "iliacus_l"):
        assert z(falling)[-1] < z(falling)[0], falling
    cat = model.catalogue
    assert cat["psoas_major_l"].rig["insertion"] == "lesser_trochanter_l"
    assert list(cat["psoas_major_r"].rig["origin"])[0] == "T12"
    for s in cat:
        for name in s.rig.get("origin", ()):
            model.landmarks.get(name)


# ----------------------------------------------------------------------------- lungs and heart

def _section(vertices: np.ndarray, faces: np.ndarray, z: float) -> np.ndarray:
    """Segments (S, 2, 2) of a closed outward mesh cut by the plane at height ``z``, each running
    with the inside of the section on its left."""
    tri = vertices[faces]
    d = tri[:, :, 2] - z
    d[d == 0.0] = 1e-9  # a vertex on the plane counts as above it
    cut = (d.min(axis=1) < 0) & (d.max(axis=1) > 0)
    tri, d = tri[cut], d[cut]
    normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    ends = []
    for a, b in ((0, 1), (1, 2), (2, 0)):
        crosses = (d[:, a] < 0) != (d[:, b] < 0)
        t = np.where(crosses, d[:, a] / np.where(crosses, d[:, a] - d[:, b], 1.0), np.nan)
        ends.append(tri[:, a, :2] + t[:, None] * (tri[:, b, :2] - tri[:, a, :2]))
    ends = np.stack(ends, axis=1)
    seg = np.stack([e[~np.isnan(e[:, 0])][:2] for e in ends])
    along = seg[:, 1] - seg[:, 0]
    flip = along[:, 0] * -normal[:, 1] + along[:, 1] * normal[:, 0] < 0
    seg[flip] = seg[flip][:, ::-1]
    return seg


def _section_area(vertices: np.ndarray, faces: np.ndarray, z: float) -> float:
    seg = _section(vertices, faces, z)
    return 0.5 * float(np.sum(seg[:, 0, 0] * seg[:, 1, 1] - seg[:, 1, 0] * seg[:, 0, 1]))


def _t1_level(model: AnatomyModel) -> float:
    t4, t5 = model.landmarks.vertebra("T4")[2], model.landmarks.vertebra("T5")[2]
    return float(t4 + 3.0 * (t4 - t5))


def test_section_area_measures_a_known_solid() -> None:
    from anatoflow.anatomy.builtin.primitives import ellipsoid

    e = ellipsoid((5, -3, 10), (30, 20, 40), n_lat=60, n_lon=120)
    assert _section_area(e.vertices, e.faces, 10.0) == pytest.approx(np.pi * 30 * 20, rel=0.01)
    assert _section_area(e.vertices, e.faces, 30.0) == pytest.approx(np.pi * 30 * 20 * 0.75, rel=0.02)


@pytest.mark.parametrize("lung", ["lung_l", "lung_r"])
def test_lungs_rise_from_the_dome_to_an_apex_above_t1(model: AnatomyModel, lung: str) -> None:
    v = model.meshes[lung].vertices
    dome = model.landmarks.get("left_dome_apex" if lung == "lung_l" else "right_dome_apex")
    assert v[:, 2].max() > _t1_level(model), "the apex stays below the T1 level"
    assert v[:, 2].max() - dome[2] > 170.0, "the lung is not much taller than its dome"
    assert v[:, 2].min() < dome[2], "the base does not reach down around the dome"
    top = v[v[:, 2] > v[:, 2].max() - 15.0]
    width = np.ptp(v[:, 0])
    assert np.ptp(top[:, 0]) < 0.5 * width and np.ptp(top[:, 1]) < 0.5 * np.ptp(v[:, 1]), "flat-topped"


@pytest.mark.parametrize("lung", ["lung_l", "lung_r"])
def test_lung_sections_shrink_smoothly_towards_the_apex(model: AnatomyModel, lung: str) -> None:
    m = model.meshes[lung]
    dome = model.landmarks.get("left_dome_apex" if lung == "lung_l" else "right_dome_apex")
    top = m.vertices[:, 2].max()
    levels = dome[2] + (top - dome[2]) * np.linspace(0.4, 0.98, 12)
    areas = np.array([_section_area(m.vertices, m.faces, z) for z in levels])
    assert np.all(areas > 0)
    assert np.all(np.diff(areas) < 0), np.round(areas)
    assert areas[-1] < 0.1 * areas[0]
    widest = max(_section_area(m.vertices, m.faces, z) for z in np.linspace(dome[2], levels[0], 8))
    assert 7_000.0 < widest < 25_000.0, widest  # mm2: about 8-10 by 12-15 cm across the lower lobe


@pytest.mark.parametrize("lung", ["lung_l", "lung_r"])
def test_lungs_are_moulded_on_the_heart(model: AnatomyModel, lung: str) -> None:
    """The medial surface follows the heart (the cardiac impression) instead of stopping short."""
    from scipy.spatial import cKDTree

    m, heart = model.meshes[lung], model.meshes["heart"]
    longest = 0.0
    for z in np.percentile(heart.vertices[:, 2], np.linspace(15, 60, 10)):
        seg = _section(m.vertices, m.faces, z)
        near, _ = cKDTree(_section(heart.vertices, heart.faces, z).reshape(-1, 2)).query(seg.mean(axis=1))
        longest = max(longest, float(np.linalg.norm(seg[:, 1] - seg[:, 0], axis=1)[near < 8.0].sum()))
    assert longest > 30.0, f"at most {longest:.0f} mm of the section lies within 8 mm of the heart"


@pytest.mark.parametrize("lung", ["lung_l", "lung_r"])
def test_lungs_keep_clear_of_heart_ribs_and_diaphragm(model: AnatomyModel, mesh_set: proximity.MeshSet,
                                                      lung: str) -> None:
    tag = lung[-1]
    for other in ("heart", "diaphragm", "central_tendon", "aorta", *(f"rib_{n:02d}_{tag}" for n in range(7, 13))):
        assert mesh_set.clearance(lung, other) > 1.0, other
    base = model.meshes[lung].vertices
    low = base[base[:, 2] < np.percentile(base[:, 2], 5)]
    assert mesh_set.clearance(lung, "diaphragm") < 8.0, "the base does not lie on the dome"
    assert len(low)


def _heart_axis(vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(base, apex) of a heart: the apex is the point farthest from the centre of its posterior half."""
    back = vertices[vertices[:, 1] > np.median(vertices[:, 1])]
    base = back.mean(axis=0)
    return base, vertices[np.argmax(np.linalg.norm(vertices - base, axis=1))]


def test_heart_apex_points_forward_down_and_left(model: AnatomyModel) -> None:
    v = model.meshes["heart"].vertices
    base, apex = _heart_axis(v)
    assert apex[0] > base[0] + 30.0 and apex[1] < base[1] - 20.0 and apex[2] < base[2] - 20.0, (base, apex)
    size = np.ptp(v, axis=0)
    assert np.all((size > 90.0) & (size < 140.0)), size
    tendon = model.meshes["central_tendon"].vertices
    assert v[:, 2].min() < tendon[:, 2].max() + 5.0, "the heart does not sit on the central tendon"


# ----------------------------------------------------------------- against the BodyParts3D meshes

def _bodyparts3d(folder: Path, *concepts: str) -> list[np.ndarray]:
    """Vertices of the elements of FMA ``concepts``, moved so the S1 endplate centre is the origin."""
    from anatoflow.anatomy.bodyparts3d import measure as bp_measure
    from anatoflow.anatomy.bodyparts3d.elements import parse_element_table

    table_path = folder / "isa_element_parts.txt"
    table = parse_element_table(table_path.read_text(encoding="utf-8"), table_path)

    def read(concept: str) -> np.ndarray:
        files = table.elements_of(concept)
        return np.vstack([np.asarray(trimesh.load(folder / "isa_BP3D_4.0_obj_99" / f"{e}.obj", force="mesh",
                                                  process=False).vertices, dtype=float) for e in files])

    origin = bp_measure.s1_endplate_centre(read("FMA16037"), read("FMA16202"))
    return [read(c) - origin for c in concepts]


def test_lung_apex_and_heart_match_bodyparts3d(model: AnatomyModel, bodyparts3d_dir: Path) -> None:
    from anatoflow.anatomy.bodyparts3d import measure as bp_measure

    rib1_l, rib1_r, t4, *walls = _bodyparts3d(bodyparts3d_dir, "FMA7987", "FMA7857", "FMA9248",
                                              "FMA9457", "FMA9531", "FMA13884")
    cupola = max(rib1_l[:, 2].max(), rib1_r[:, 2].max())  # the pleural cupola reaches the first rib's neck
    t4_real = bp_measure.body_centre(t4)[2]
    for lung in ("lung_l", "lung_r"):
        apex = model.meshes[lung].vertices[:, 2].max()
        assert abs(apex - cupola) < 30.0, (lung, apex, cupola)
        above_t4 = apex - model.landmarks.vertebra("T4")[2]
        assert abs(above_t4 - (cupola - t4_real)) < 15.0, (lung, above_t4, cupola - t4_real)
    real = np.vstack(walls)
    ours = model.meshes["heart"].vertices
    np.testing.assert_allclose(np.ptp(ours, axis=0), np.ptp(real, axis=0), rtol=0.25)
    axes = [np.subtract(*_heart_axis(v)[::-1]) for v in (ours, real)]
    axes = [a / np.linalg.norm(a) for a in axes]
    assert float(np.dot(*axes)) > 0.9, axes


# ------------------------------------------------------------------------------------ hip bones

@pytest.mark.parametrize("tag", ["l", "r"])
def test_acetabulum_cups_the_femoral_head(model: AnatomyModel, tag: str) -> None:
    side = 1.0 if tag == "l" else -1.0
    head = model.landmarks.get(f"femoral_head_{tag}")
    hip = model.meshes[f"hip_bone_{tag}"]
    pts = proximity.surface_samples(hip.vertices, hip.faces, spacing=2.0) - head
    dist = np.linalg.norm(pts, axis=1)
    shell = pts[(dist > 24.0) & (dist < 38.0)] / dist[(dist > 24.0) & (dist < 38.0), None]
    deep = np.array([-side * 0.66, 0.24, 0.71]) / np.linalg.norm([0.66, 0.24, 0.71])
    rng = np.random.default_rng(0)
    probe = rng.normal(size=(4000, 3))
    probe /= np.linalg.norm(probe, axis=1, keepdims=True)
    probe = probe[(probe @ deep > np.cos(np.radians(70))) & (probe @ deep < np.cos(np.radians(12)))]
    covered = (probe @ shell.T).max(axis=1) > np.cos(np.radians(6))
    assert covered.mean() > 0.95, f"the cup covers {covered.mean():.0%} of the head's upper, inner, back side"
    femur = model.meshes[f"femur_{tag}"].vertices
    assert np.linalg.norm(femur - head, axis=1).min() < 25.0  # the head sits in the cup


@pytest.mark.parametrize("tag", ["l", "r"])
def test_pubic_and_ischial_rami_close_round_the_obturator_foramen(model: AnatomyModel, tag: str) -> None:
    head = model.landmarks.get(f"femoral_head_{tag}")
    hip = model.meshes[f"hip_bone_{tag}"]
    parts = trimesh.Trimesh(hip.vertices, hip.faces, process=True).split(only_watertight=False)
    # a closed loop of bone is a torus (so is the cup with its fossa); the ring lies below the head
    rings = [p for p in parts if p.euler_number == 0 and p.vertices[:, 2].mean() < head[2] - 25.0]
    assert len(rings) == 1, [(p.euler_number, round(p.vertices[:, 2].mean() - head[2])) for p in parts]
    lo, hi = rings[0].bounds
    assert lo[2] < head[2] - 60 and hi[2] > head[2] - 10, "the ring does not run from the ischium to the pubis"
    assert abs(lo[0] if tag == "l" else hi[0]) < 25.0, "the ring does not reach the symphysis"
