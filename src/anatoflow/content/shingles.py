"""Word shingles for the own-words check: no 8-word run may be shared with the seed article.

Text is normalised the same way on both sides: Unicode NFKC, lower case, every character that
is neither a letter, a digit nor whitespace replaced by a space, whitespace collapsed. A
shingle is a run of ``n`` consecutive words; its fingerprint is the SHA-256 of the words
joined by single spaces, so the article's shingles can be stored without its text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

SHINGLE_WORDS = 8
_NOT_WORD = re.compile(r"[^\w\s]|_", re.UNICODE)


def normalise(text: str) -> str:
    """Return ``text`` in NFKC, lower case, without punctuation, single-spaced."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def shingles(text: str, *, n: int = SHINGLE_WORDS) -> set[str]:
    """Every run of ``n`` consecutive words of the normalised ``text``."""
    words = normalise(text).split()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def fingerprint(shingle: str) -> str:
    """SHA-256 hex digest of one shingle (UTF-8)."""
    return hashlib.sha256(shingle.encode("utf-8")).hexdigest()


def fingerprints(texts: Iterable[str], *, n: int = SHINGLE_WORDS) -> set[str]:
    """Fingerprints of the shingles of each text (shingles never span two texts)."""
    return {fingerprint(s) for text in texts for s in shingles(text, n=n)}


def seed_file_lines(text: str, *, name: str) -> list[str]:
    """Lines of a fingerprint file for ``text``: a comment header, then sorted hashes."""
    header = [
        f"# SHA-256 fingerprints of the {SHINGLE_WORDS}-word shingles of the seed article ({name}),",
        "# normalised by anatoflow.content.shingles. Hashes only, no text. Regenerate with:",
        "#   PYTHONPATH=src python -m anatoflow.content.shingles ARTICLE.txt > tests/data/seed_shingles.txt",
    ]
    return header + sorted(fingerprints([text]))


if __name__ == "__main__":  # pragma: no cover - a maintenance helper
    import sys
    from pathlib import Path

    article = Path(sys.argv[1])
    print("\n".join(seed_file_lines(article.read_text(encoding="utf-8"), name=article.name)))
