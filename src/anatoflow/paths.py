"""Where the shipped data lives: ``meshes/`` and ``animations/``.

In a source checkout (or an editable install) they are the top-level folders of
the repository; in a wheel they are packed under ``anatoflow/_data/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    packed = _PACKAGE_DIR / "_data" / name
    if packed.is_dir():
        return packed
    checkout = _PACKAGE_DIR.parents[1] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"anatoflow data folder {name!r} not found: looked in {packed} and {checkout}"
    )


def meshes_dir() -> Path:
    """Return the folder of the shipped built-in model (catalogue, landmarks, meshes)."""
    return _data_dir("meshes")


def animations_dir() -> Path:
    """Return the folder of the shipped scenario timelines (``*.toml``)."""
    return _data_dir("animations")
