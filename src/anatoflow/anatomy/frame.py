"""The project's single coordinate frame: LPS, millimetres, origin at the S1 superior endplate.

Axes
----
* ``x`` points to the patient's **left**;
* ``y`` points **posterior** (towards the back);
* ``z`` points **superior** (towards the head).

This is the right-handed convention of DICOM, ITK and BodyParts3D. The origin is the
centre of the superior endplate of the first sacral vertebra (S1). Units are millimetres.

Viewed from the front (an anterior view, camera at ``-y`` looking towards ``+y`` with
``+z`` up), the patient's left (``+x``) appears on the viewer's **right**: the heart
shows to the viewer's right, the inferior vena cava to the viewer's left.
"""

from __future__ import annotations

import numpy as np

LEFT = np.array([1.0, 0.0, 0.0])
RIGHT = -LEFT
POSTERIOR = np.array([0.0, 1.0, 0.0])
ANTERIOR = -POSTERIOR
SUPERIOR = np.array([0.0, 0.0, 1.0])
INFERIOR = -SUPERIOR

UNITS = "mm"
NAME = "LPS"

#: Rotation from LPS to glTF's frame (+X body's left, +Y up, +Z front of the body).
LPS_TO_GLTF = np.array(
    [
        [1.0, 0.0, 0.0],
        [0.0, 0.0, 1.0],
        [0.0, -1.0, 0.0],
    ]
)
#: glTF is in metres.
MM_TO_M = 1e-3


def to_gltf(points_mm: np.ndarray) -> np.ndarray:
    """Convert LPS points in millimetres to glTF coordinates in metres.

    Parameters
    ----------
    points_mm : numpy.ndarray
        Array of shape ``(..., 3)`` in the LPS frame, millimetres.

    Returns
    -------
    numpy.ndarray
        Array of the same shape in glTF's frame (+X left, +Y up, +Z anterior), metres.

    Examples
    --------
    >>> to_gltf(np.array([0.0, -100.0, 1000.0]))
    array([0. , 1. , 0.1])
    """
    points_mm = np.asarray(points_mm, dtype=float)
    return (points_mm @ LPS_TO_GLTF.T) * MM_TO_M


def from_gltf(points_m: np.ndarray) -> np.ndarray:
    """Convert glTF coordinates in metres back to LPS millimetres (the inverse of :func:`to_gltf`).

    Examples
    --------
    >>> from_gltf(np.array([0.0, 1.0, 0.1]))
    array([   0., -100., 1000.])
    """
    points_m = np.asarray(points_m, dtype=float)
    return (points_m @ LPS_TO_GLTF) / MM_TO_M
