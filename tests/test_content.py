"""The shipped teaching content: complete, bilingual, sourced, and faithful to the fact-check."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from anatoflow import content
from anatoflow.content import EVIDENCE_LEVELS, LANGUAGES, SCENARIOS, Text

# The fixed structure ids of the built-in model (docs/architecture.md, "Structure ids").
FIXED_IDS = (
    ["psoas_major_l", "psoas_major_r", "iliacus_l", "iliacus_r", "diaphragm", "right_crus", "left_crus",
     "central_tendon", "median_arcuate_ligament", "medial_arcuate_ligament_l", "medial_arcuate_ligament_r",
     "vagus_l", "vagus_r", "oesophageal_plexus", "anterior_vagal_trunk", "posterior_vagal_trunk",
     "femoral_vein_l", "femoral_vein_r", "external_iliac_vein_l", "external_iliac_vein_r",
     "common_iliac_vein_l", "common_iliac_vein_r", "inferior_vena_cava", "azygos_vein", "superior_vena_cava",
     "cisterna_chyli", "thoracic_duct", "aorta", "common_iliac_artery_l", "common_iliac_artery_r",
     "sacrum", "hip_bone_l", "hip_bone_r", "femur_l", "femur_r", "lung_l", "lung_r", "heart", "oesophagus", "liver"]
    + [f"vertebra_t{i}" for i in range(6, 13)] + [f"vertebra_l{i}" for i in range(1, 6)]
    + [f"rib_{i:02d}_{s}" for s in "lr" for i in range(7, 13)]
)
_URL = re.compile(r"^https?://\S+$")


def test_fixed_id_list_matches_architecture_doc(repo_dir: Path) -> None:
    doc = (repo_dir / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert len(FIXED_IDS) == len(set(FIXED_IDS)) == 64
    for sid in FIXED_IDS:
        if not sid.startswith(("vertebra_", "rib_")):
            assert f"`{sid}`" in doc, sid


def _catalogue_ids(repo_dir: Path) -> list[str]:
    path = repo_dir / "meshes" / "catalogue.toml"
    if not path.is_file():
        return list(FIXED_IDS)
    with open(path, "rb") as handle:
        return [entry["id"] for entry in tomllib.load(handle)["structure"]]


def test_every_catalogue_structure_has_notes(repo_dir: Path) -> None:
    notes = content.structure_notes()
    ids = set(_catalogue_ids(repo_dir)) | set(FIXED_IDS)
    assert ids - set(notes) == set()
    assert set(notes) - ids == set(), "notes for structures the model does not have"


def test_every_text_exists_in_both_languages_and_is_translated() -> None:
    seen = {}
    for where, language, text in content.all_texts():
        assert language in LANGUAGES
        assert text.strip(), f"{where}.{language} is empty"
        seen.setdefault(where, {})[language] = text
    assert len(seen) > 400
    for where, pair in seen.items():
        assert set(pair) == set(LANGUAGES), where
        if len(pair["en"]) > 40:  # long texts must really be translated, not copied
            assert pair["nb"] != pair["en"], where


def test_every_annotation_has_a_source_with_a_url() -> None:
    for note in content.structure_notes().values():
        assert note.sources and all(_URL.match(s.url) for s in note.sources), note.id
        assert note.latin and note.teaching and len(note.teaching) <= 2
    for claim in content.claims():
        assert claim.sources and all(_URL.match(s.url) for s in claim.sources), claim.id
        assert claim.level in EVIDENCE_LEVELS
        assert claim.scenario in SCENARIOS and claim.camera in content.CAMERAS


def test_every_source_is_cited_and_unique() -> None:
    used = {s.key for n in content.structure_notes().values() for s in n.sources}
    used |= {s.key for c in content.claims() for s in c.sources}
    known = content.sources()
    assert set(known) == used, f"unused sources: {set(known) - used}"
    urls = [s.url for s in known.values()]
    assert len(urls) == len(set(urls))


def test_story_has_the_six_steps_in_order() -> None:
    steps = content.story()
    assert [s.id for s in steps] == [
        "psoas-fascia-diaphragm", "diaphragm-and-vagus", "respiratory-pump", "lymph", "vicious-circle",
        "what-may-help",
    ]
    assert [s.number for s in steps] == [1, 2, 3, 4, 5, 6]
    assert all(step.claims for step in steps)
    assert [c.id for c in content.claims()] == [c.id for s in steps for c in s.claims]


def test_every_fact_check_row_is_answered() -> None:
    rows = {r for claim in content.claims() for r in claim.refs}
    assert rows == set(range(1, 15))


@pytest.mark.parametrize("row", [2, 3, 5, 7, 8, 12, 13])
def test_split_verdicts_are_split_into_claims_of_different_levels(row: int) -> None:
    levels = {c.level for c in content.claims() if row in c.refs}
    assert len(levels) >= 2, f"row {row} has a split verdict in claims.md"


def test_the_article_errors_are_corrections_marked_contradicted() -> None:
    by_id = {c.id: c for c in content.claims()}
    for cid, needle in [("psoas-is-not-the-vagus", "vagus"), ("low-sodium-shrinks-cells", "swell"),
                        ("pump-sits-in-a-cell-wall", "membrane")]:
        claim = by_id[cid]
        assert claim.correction and claim.level == "contradicted"
        assert needle in claim.why.en.lower()
    assert all(c.level == "contradicted" for c in by_id.values() if c.correction)


def test_levels_follow_the_fact_check() -> None:
    by_id = {c.id: c for c in content.claims()}
    assert by_id["leg-return-kept-over-a-breath"].level == "established"
    assert by_id["femoral-flow-dips-in-inspiration"].level == "established"
    for cid in ("tense-diaphragm-weakens-vagus", "tense-psoas-pools-blood-in-legs",
                "psoas-tension-reaches-diaphragm", "tension-drives-chronic-illness", "psoas-is-a-fluid-pump"):
        assert by_id[cid].level == "plausible-unproven", cid
    # femoral flow falls in diaphragmatic inspiration; the model never claims less net return
    assert "falls" in by_id["femoral-flow-dips-in-inspiration"].statement.en
    assert "not reduce" in by_id["leg-return-kept-over-a-breath"].statement.en


def test_hypotheses_are_named_in_the_disclaimer() -> None:
    from anatoflow.hypotheses import HYPOTHESES

    named = {c.hypothesis for c in content.claims() if c.hypothesis}
    assert named == set(HYPOTHESES), "every model hypothesis is drawn by a claim, and only those"
    listed = set(content.load().disclaimer["hypotheses"])
    assert listed == set(HYPOTHESES) | {"tense_diaphragm_weakens_vagal_signalling"}
    for language in LANGUAGES:
        full = content.disclaimer(language)
        for name in listed:
            assert content.hypothesis_text(name, language) in full
    assert "not medical advice" in content.disclaimer("en", short=True)
    assert "ikke medisinske råd" in content.disclaimer("nb", short=True)
    for claim in content.claims():
        if claim.hypothesis:
            assert claim.level == "plausible-unproven", claim.id
            assert HYPOTHESES[claim.hypothesis].evidence == claim.level


def test_camera_and_scenario_names_match_the_motion_layer(repo_dir: Path) -> None:
    from anatoflow.motion.timeline import CAMERA_PRESETS

    assert set(content.CAMERAS) == set(CAMERA_PRESETS)
    assert {p.stem for p in (repo_dir / "animations").glob("*.toml")} >= set(SCENARIOS)


def test_repeated_structures_have_level_specific_notes() -> None:
    notes = content.structure_notes()
    repeated = [sid for sid in notes if sid.startswith(("vertebra_", "rib_"))]
    for language in LANGUAGES:
        bodies = [notes[s].what.get(language) + notes[s].role.get(language) for s in repeated]
        assert len(set(bodies)) == len(bodies), "copy-pasted notes"
    checks = {"vertebra_t8": "vena cava", "vertebra_t10": "oesophageal hiatus", "vertebra_t12": "aortic hiatus",
              "vertebra_l1": "crura", "vertebra_l2": "left crus", "vertebra_l3": "right crus",
              "vertebra_l5": "inferior vena cava", "rib_07_l": "true rib", "rib_10_r": "costal margin",
              "rib_11_l": "floating", "rib_12_r": "floating"}
    for sid, needle in checks.items():
        note = notes[sid]
        assert needle in (note.what.en + note.role.en).lower(), sid


def test_schematic_marks() -> None:
    notes = content.structure_notes()
    assert all("builtin" in n.schematic_in for n in notes.values())
    lacking = {s for s, n in notes.items() if "bodyparts3d" in n.schematic_in}
    assert lacking == {"vagus_l", "vagus_r", "oesophageal_plexus", "anterior_vagal_trunk",
                       "posterior_vagal_trunk", "thoracic_duct", "cisterna_chyli"}


def test_ui_texts_and_language_switch() -> None:
    assert content.ui_text("level.established", "nb") == "Etablert"
    assert content.ui_text("level.plausible-unproven", "nb") == "Plausibelt, men ikke bevist"
    assert content.ui_text("level.contradicted", "nb") == "Motbevist"
    for level in EVIDENCE_LEVELS:
        assert content.ui_text(f"level.{level}", "en")
    for scenario in SCENARIOS:
        assert content.ui_text(f"scenario.{scenario}", "nb") != content.ui_text(f"scenario.{scenario}", "en")
    for camera in content.CAMERAS:
        assert content.ui_text(f"camera.{camera}", "en")
    with pytest.raises(KeyError, match="language"):
        content.ui_text("play", "de")
    with pytest.raises(KeyError, match="language"):
        Text(nb="a", en="b").get("sv")
    with pytest.raises(KeyError, match="no-such"):
        content.ui_text("no-such", "en")


def test_values_are_frozen() -> None:
    note = content.structure_notes()["diaphragm"]
    with pytest.raises(AttributeError):
        note.latin = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        content.structure_notes()["x"] = note  # type: ignore[index]
