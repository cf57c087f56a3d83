"""Content loader errors name the file, the field and what is allowed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from anatoflow import content
from anatoflow.anatomy.errors import DataError


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A writable copy of the shipped content files."""
    for path in content.content_dir().glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(folder: Path) -> str:
    with pytest.raises(DataError) as info:
        content.load(folder)
    return str(info.value)


def test_copy_loads(folder: Path) -> None:
    assert len(content.load(folder).story) == 6


def test_unknown_evidence_level(folder: Path) -> None:
    _edit(folder / "claims.toml", 'level = "contradicted"', 'level = "probably"')
    message = _error(folder)
    assert "claims.toml: step[0].claim[0].level" in message
    assert "'probably'" in message and "established, plausible-unproven, contradicted" in message


def test_missing_language(folder: Path) -> None:
    _edit(folder / "structures.toml", 'what.en = "A long muscle running down the left side', 'what.de = "x')
    message = _error(folder)
    assert "structures.toml: structure.psoas_major_l.what.en is missing" in message


def test_source_without_url(folder: Path) -> None:
    _edit(folder / "sources.toml", 'url = "https://pubmed.ncbi.nlm.nih.gov/6238925/"', 'url = "pubmed 6238925"')
    message = _error(folder)
    assert "sources.toml: source.willeput1984.url" in message and "http(s)" in message


def test_unknown_source_key(folder: Path) -> None:
    _edit(folder / "claims.toml", 'sources = ["stedman_psoas",', 'sources = ["nobody2020",')
    assert "claims.toml: step[0].claim[0].sources[0] = 'nobody2020' is not a source" in _error(folder)


def test_claim_without_sources(folder: Path) -> None:
    _edit(folder / "claims.toml", 'sources = ["stedman_psoas", "statpearls_psoas", "statpearls_vagus"]', "sources = []")
    assert "claims.toml: step[0].claim[0].sources must be a list of strings with at least one item" in _error(folder)


def test_unknown_scenario_and_camera(folder: Path) -> None:
    _edit(folder / "claims.toml", 'scenario = "quiet-breathing"\ncamera = "anterior"',
          'scenario = "jogging"\ncamera = "anterior"')
    message = _error(folder)
    assert "claims.toml: step[0].claim[0].scenario = 'jogging' is not one of" in message
    assert "release" in message


def test_unknown_structure_in_claim(folder: Path) -> None:
    _edit(folder / "claims.toml", 'structures = ["psoas_major_l", "psoas_major_r", "vagus_l", "vagus_r"]',
          'structures = ["psoas_major_l", "spleen"]')
    assert "claims.toml: step[0].claim[0].structures[1] = 'spleen' is not a structure" in _error(folder)


def test_label_anchor_and_camera(folder: Path) -> None:
    _edit(folder / "labels.toml", 'anchor = "right_dome_apex"', 'anchor = "left of the heart"')
    assert "labels.toml: camera.anterior.label[0].anchor" in _error(folder)


def test_label_unknown_preset(folder: Path) -> None:
    _edit(folder / "labels.toml", "[camera.pelvis.view]", "[camera.feet.view]")
    assert "labels.toml: camera.feet is not a camera preset" in _error(folder)


def _edit_captions(tmp_path: Path, repo_dir: Path, scenario: str, old: str, new: str) -> Path:
    """Copy animations/ and replace ``old`` once inside ``scenario``'s caption tables."""
    target = tmp_path / "animations"
    shutil.copytree(repo_dir / "animations", target)
    path = target / f"{scenario}.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[[caption]]")
    assert old in text[start:]
    path.write_text(text[:start] + text[start:].replace(old, new, 1), encoding="utf-8")
    return target


def test_caption_times_must_increase(tmp_path: Path, repo_dir: Path) -> None:
    from anatoflow.content import loader

    animations = _edit_captions(tmp_path, repo_dir, "quiet-breathing", "t = 5.0", "t = -1.0")
    with pytest.raises(DataError, match=r"quiet-breathing.toml: caption\[1\].t = -1.0 must be a number >= 0"):
        loader.parse_captions(animations)


def test_caption_missing_english(tmp_path: Path, repo_dir: Path) -> None:
    from anatoflow.content import loader

    animations = _edit_captions(tmp_path, repo_dir, "release", "\nen = ", "\nfr = ")
    with pytest.raises(DataError, match=r"release.toml: caption\[0\].en is missing"):
        loader.parse_captions(animations)


def test_teaching_lists_must_pair_up(folder: Path) -> None:
    _edit(folder / "structures.toml", '"In the model, tension makes the belly thicker', '"x",\n"In the model, tension makes the belly thicker')
    assert "structures.toml: structure.psoas_major_r.teaching must hold 1..2 items" in _error(folder)


def test_invalid_toml_and_missing_file(folder: Path) -> None:
    (folder / "ui.toml").write_text("[text\nplay = 1", encoding="utf-8")
    assert "ui.toml: (toml) is not valid TOML" in _error(folder)
    (folder / "ui.toml").unlink()
    assert "ui.toml: (file) is missing" in _error(folder)
