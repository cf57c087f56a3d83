"""Own words: no run of 8 consecutive words is shared with the seed article.

Text on both sides is normalised (NFKC, lower case, punctuation removed, whitespace
collapsed) by :mod:`anatoflow.content.shingles`. The article itself is not in the repository:
tests/data/seed_shingles.txt holds only SHA-256 fingerprints of its 8-word shingles, so the
check runs from a clone; when ../shared is present the fingerprints are rebuilt from the
article and must agree.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from anatoflow import content
from anatoflow.content.shingles import fingerprint, fingerprints, normalise, seed_file_lines, shingles

SEED_NAME = "000_8c1de24d827ed2f0.txt"


@pytest.fixture(scope="module")
def seed_hashes(repo_dir: Path) -> set[str]:
    lines = (repo_dir / "tests" / "data" / "seed_shingles.txt").read_text(encoding="utf-8").splitlines()
    hashes = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert len(hashes) > 1000 and all(len(h) == 64 for h in hashes)
    return hashes


def _our_texts(repo_dir: Path) -> list[tuple[str, str]]:
    texts = [(f"{where}.{lang}", text) for where, lang, text in content.all_texts()]
    for path in sorted((repo_dir / "animations").glob("*.toml")):
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        for i, caption in enumerate(data.get("caption", [])):
            texts += [(f"{path.name}: caption[{i}].{lang}", caption.get(lang, "")) for lang in ("nb", "en")]
    return texts


def test_normalisation() -> None:
    assert normalise("  Ｆａｓｃia er\u00a0«kroppens» VANN-reservoar!\n") == "fascia er kroppens vann reservoar"
    assert len(shingles("en to tre fire fem seks sju åtte ni")) == 2
    assert shingles("for kort tekst") == set()


def test_no_eight_word_run_shared_with_the_article(repo_dir: Path, seed_hashes: set[str]) -> None:
    shared = [(where, s) for where, text in _our_texts(repo_dir) for s in shingles(text)
              if fingerprint(s) in seed_hashes]
    assert not shared, f"copied from the article: {shared[:5]}"


def test_the_check_would_catch_a_copied_sentence(seed_hashes: set[str]) -> None:
    # A sentence that quotes the article's list of conditions, word for word.
    copied = "Vi ser mer symptomer som POTS, ME/CFS, EDS, long covid, migrene, allergi og astma."
    assert fingerprints([copied]) & seed_hashes


def test_fingerprints_match_the_article(shared_dir: Path, repo_dir: Path) -> None:
    article = shared_dir / "seed" / SEED_NAME
    if not article.is_file():
        pytest.skip("seed article absent")
    expected = seed_file_lines(article.read_text(encoding="utf-8"), name=SEED_NAME)
    stored = (repo_dir / "tests" / "data" / "seed_shingles.txt").read_text(encoding="utf-8").splitlines()
    assert stored == expected
    # and the direct text comparison agrees with the hashed one
    article_shingles = shingles(article.read_text(encoding="utf-8"))
    ours = {s for _, text in _our_texts(repo_dir) for s in shingles(text)}
    assert not ours & article_shingles
