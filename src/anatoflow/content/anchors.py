"""Where a 3D label hangs: the anchor point of a :class:`~anatoflow.content.LabelSpec`.

The scene calls :func:`anchor_point` each frame with the structure's deformed vertices, so
labels follow the motion. Anchor kinds: ``"centroid"`` (mean of the vertices), ``"top"`` and
``"bottom"`` (the vertex with the highest or lowest z, LPS), or a landmark name resolved by
the caller's ``landmark`` function (for example ``Landmarks.get``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from anatoflow.content.model import ANCHOR_KINDS


def anchor_point(anchor: str, vertices: ArrayLike, *,
                 landmark: Callable[[str], ArrayLike] | None = None) -> NDArray[np.float64]:
    """Return the ``(3,)`` anchor position in mm.

    Parameters
    ----------
    anchor : str
        ``"centroid"``, ``"top"``, ``"bottom"`` or a landmark name.
    vertices : array_like, shape (N, 3)
        The structure's current vertices.
    landmark : callable, optional
        Maps a landmark name to its position; required for landmark anchors.

    Examples
    --------
    >>> anchor_point("top", [[0, 0, 0], [1, 2, 5], [3, 0, 1]]).tolist()
    [1.0, 2.0, 5.0]
    """
    points = np.asarray(vertices, dtype=float)
    if anchor == "centroid":
        return points.mean(axis=0)
    if anchor in ("top", "bottom"):
        index = int(np.argmax(points[:, 2]) if anchor == "top" else np.argmin(points[:, 2]))
        return points[index].copy()
    if landmark is None:
        raise ValueError(f"anchor {anchor!r} is not one of {', '.join(ANCHOR_KINDS)} and no landmark lookup was given")
    return np.asarray(landmark(anchor), dtype=float).copy()


def screen_positions(points: ArrayLike, *, direction: ArrayLike, up: ArrayLike) -> NDArray[np.float64]:
    """Project ``(K, 3)`` points onto the screen plane of a camera looking along ``-direction``.

    Returns ``(K, 2)``: screen right and screen up, in mm (orthographic).
    """
    d = np.asarray(direction, dtype=float)
    d = d / np.linalg.norm(d)
    u = np.asarray(up, dtype=float)
    u = u - d * float(u @ d)
    u = u / np.linalg.norm(u)
    right = np.cross(u, d)
    p = np.asarray(points, dtype=float)
    return np.stack([p @ right, p @ u], axis=1)


def anchor_vertex(anchor: str, vertices: ArrayLike, *,
                  landmark: Callable[[str], ArrayLike] | None = None) -> int:
    """Index of the vertex that carries the label, so it moves with the deformed mesh.

    ``"top"`` and ``"bottom"`` give the highest and lowest vertex; ``"centroid"`` and landmark
    anchors give the vertex nearest to that point.
    """
    points = np.asarray(vertices, dtype=float)
    if anchor == "top":
        return int(np.argmax(points[:, 2]))
    if anchor == "bottom":
        return int(np.argmin(points[:, 2]))
    target = anchor_point(anchor, points, landmark=landmark)
    return int(np.argmin(np.linalg.norm(points - target, axis=1)))
