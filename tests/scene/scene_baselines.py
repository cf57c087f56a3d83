"""Image baselines in the style of pytest-pyvista's ``verify_image_cache``.

A rendered image is compared with ``tests/baselines/<name>.png``. The test fails when the
mean pixel error (summed over RGB, as ``pyvista.compare_images(use_vtk=False)``) exceeds
:data:`MEAN_ERROR` or when more than :data:`CHANGED_FRACTION` of the pixels changed clearly.
Set ``ANATOFLOW_UPDATE_BASELINES=1`` to (re)write the baselines instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

BASELINES = Path(__file__).resolve().parents[1] / "baselines"
UPDATE_VARIABLE = "ANATOFLOW_UPDATE_BASELINES"
#: Mean over pixels of the summed absolute RGB difference (0..765).
MEAN_ERROR = 2.0
#: A pixel "changed clearly" when its summed RGB difference exceeds this.
PIXEL_CHANGE = 60
CHANGED_FRACTION = 0.01


def image_error(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """``(mean pixel error, fraction of clearly changed pixels)`` of two RGB images."""
    diff = np.abs(a[..., :3].astype(np.int32) - b[..., :3].astype(np.int32)).sum(axis=2)
    return float(diff.mean()), float((diff > PIXEL_CHANGE).mean())


def verify_image(image: np.ndarray, name: str, failed_dir: Path) -> None:
    """Compare ``image`` with the baseline ``name``; write it there when updating.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W, 3)`` uint8 render.
    name : str
        Baseline file stem.
    failed_dir : pathlib.Path
        Where the rendered image is saved when the comparison fails.
    """
    import imageio.v3 as iio

    path = BASELINES / f"{name}.png"
    if os.environ.get(UPDATE_VARIABLE) == "1":
        BASELINES.mkdir(parents=True, exist_ok=True)
        iio.imwrite(path, image[..., :3])
        return
    assert path.is_file(), f"no baseline {path}; run with {UPDATE_VARIABLE}=1 to create it"
    baseline = iio.imread(path)
    assert baseline.shape[:2] == image.shape[:2], f"{name}: size {image.shape[:2]} != baseline {baseline.shape[:2]}"
    mean, changed = image_error(image, baseline)
    if mean > MEAN_ERROR or changed > CHANGED_FRACTION:
        failed_dir.mkdir(parents=True, exist_ok=True)
        iio.imwrite(failed_dir / f"{name}.png", image[..., :3])
        raise AssertionError(
            f"{name}: mean pixel error {mean:.2f} (limit {MEAN_ERROR}), {changed:.2%} of pixels changed "
            f"(limit {CHANGED_FRACTION:.0%}); render saved in {failed_dir}; "
            f"set {UPDATE_VARIABLE}=1 to accept it"
        )
