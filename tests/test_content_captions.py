"""Scenario captions: every shipped scenario carries captions in nb and en.

The scenario files (animations/*.toml) hold the captions inline: ``[[caption]]`` tables with
``t``, ``nb`` and ``en``. The content package reads them from there (one copy of the text).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from anatoflow import content
from anatoflow.content import LANGUAGES, SCENARIOS


def _scenarios(repo_dir: Path) -> dict[str, dict]:
    out = {}
    for path in sorted((repo_dir / "animations").glob("*.toml")):
        with open(path, "rb") as handle:
            out[path.stem] = tomllib.load(handle)
    return out


def test_the_five_shipped_scenarios_exist(repo_dir: Path) -> None:
    found = _scenarios(repo_dir)
    names = set(found) | {data.get("name") for data in found.values()}
    missing = [name for name in SCENARIOS if name not in names]
    assert not missing, f"animations/ lacks scenarios {missing}"


def test_every_scenario_file_has_bilingual_captions(repo_dir: Path) -> None:
    found = _scenarios(repo_dir)
    assert found, "animations/ holds no scenario files"
    for stem, data in found.items():
        captions = data.get("caption")
        assert isinstance(captions, list) and captions, f"animations/{stem}.toml has no [[caption]]"
        for i, caption in enumerate(captions):
            assert isinstance(caption.get("t"), int | float), f"{stem}: caption[{i}].t"
            for language in LANGUAGES:
                text = caption.get(language)
                assert isinstance(text, str) and text.strip(), f"animations/{stem}.toml: caption[{i}].{language}"


def test_scenario_captions_cover_every_scenario_in_both_languages() -> None:
    proposed = content.scenario_captions()
    assert set(proposed) == set(SCENARIOS)
    for scenario, items in proposed.items():
        assert len(items) >= 3, scenario
        times = [item.t for item in items]
        assert times == sorted(times) and times[0] == 0.0
        for item in items:
            assert item.text.nb.strip() and item.text.en.strip() and item.text.nb != item.text.en


def test_scenario_captions_fit_the_shipped_durations(repo_dir: Path) -> None:
    found = _scenarios(repo_dir)
    for scenario, items in content.scenario_captions().items():
        duration = float(found[scenario]["duration"])
        times = [item.t for item in items] + [duration]
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert min(gaps) >= 3.0, f"{scenario}: a caption shows for less than 3 s"
