"""Write PNG files safely: check the destination first, never leave a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np


def check_writable(path: str | Path, *, suffix: str = ".png") -> Path:
    """Return ``path`` as an absolute Path if a file can be written there.

    Raises
    ------
    ValueError
        When the suffix is wrong or the path is a folder.
    FileNotFoundError
        When the parent folder does not exist.
    PermissionError
        When the parent folder is not writable.
    """
    target = Path(path).expanduser().absolute()
    if target.suffix.lower() != suffix:
        raise ValueError(f"{target}: output must end in {suffix}")
    if target.is_dir():
        raise ValueError(f"{target}: is a folder, expected a file name")
    parent = target.parent
    if not parent.is_dir():
        raise FileNotFoundError(f"{target}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PermissionError(f"{target}: folder {parent} is not writable")
    return target


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_png(path: str | Path, image: np.ndarray) -> Path:
    """Write ``image`` (``(H, W, 3|4)`` uint8) to ``path`` through a temporary file and a rename.

    A failure at any point removes the temporary file, and an existing file at ``path`` is
    replaced only when the new one is complete.
    """
    import imageio.v3 as iio

    target = check_writable(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".png.part", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; a PNG gets the usual mode
        iio.imwrite(tmp_name, np.ascontiguousarray(image, dtype=np.uint8), extension=".png")
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
