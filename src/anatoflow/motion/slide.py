"""Organs slide along the muscles that do not breathe: the kidneys down the psoas, not into it.

The kidneys lie on the psoas major and move down with the diaphragm in each breath (2-4 cm in a
deep one), while the psoas stays where it is: it only shortens and thickens when it tenses. Carried
straight down, the kidney's medial side and the renal vein passed into the psoas, whose surface
widens downwards under them. :class:`Slide` removes the part of the breath motion that runs along
the muscle's surface normal near it:

    basis'(p) = basis(p) - f(p) * (basis(p) . n(p)) n(p),
    f = 1 inside the muscle or within :data:`SLIDE_CONTACT_MM` of its surface, fading to 0 over
        :data:`SLIDE_REACH_MM` outside,

with ``n`` the mean unit normal of the muscle's surface near ``p``. It is the same for every
channel and every structure at a point (each channel stays one linear basis; the kidney and its
renal vein, which sample one field, keep their contact), and only the breath channels slide (a
muscle's own tension is not a breath motion). The BodyParts3D kidneys lie up to 13 mm inside the
psoas at rest; sliding fully there, rather than fading with the distance to the nearest surface
vertex, took the crossings gained over all pairs at a deep breath from 261 to 246.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.measure import vertex_normals
from anatoflow.motion.anchor import BREATH_TOP
from anatoflow.motion.fields import smoothstep

Array = NDArray[np.float64]
Bases = dict[str, Array]
SLIDE_CONTACT_MM = 3.0  # the breath slides fully along the surface this close to it
SLIDE_REACH_MM = 20.0  # ... and blends back to the motion it had over this distance
NORMAL_SAMPLES = 24  # the normal at a point: the mean over this many of the nearest surface vertices


@dataclass(frozen=True)
class Slide:
    """Still surfaces along which the breath slides (module docstring).

    Attributes
    ----------
    surface : scipy.spatial.cKDTree
        The surfaces' vertices.
    normals : numpy.ndarray
        ``(S, 3)`` unit normal at each of them (its sign does not matter).
    """

    surface: cKDTree
    normals: Array

    @classmethod
    def of(cls, meshes: Sequence[tuple[Array, NDArray[np.int64]]]) -> Slide | None:
        """The slide along the surfaces ``(vertices, faces)``; None without any."""
        if not meshes:
            return None
        points = np.concatenate([np.asarray(v, dtype=float) for v, _ in meshes])
        normals = np.concatenate([vertex_normals(np.asarray(v, dtype=float), f) for v, f in meshes])
        return cls(cKDTree(points), normals)

    def touches(self, vertices: Array) -> bool:
        """Whether some of ``vertices`` lie within :data:`SLIDE_CONTACT_MM` of the surfaces."""
        return bool(self.surface.query(np.asarray(vertices, dtype=float), k=1)[0].min() < SLIDE_CONTACT_MM)

    def apply(self, vertices: Array, bases: Mapping[str, Array]) -> Bases:
        """Bases at ``vertices`` with their breath channels made to slide along the surfaces."""
        points = np.asarray(vertices, dtype=float)
        k = min(NORMAL_SAMPLES, self.surface.n)
        dist, idx = self.surface.query(points, k=k)
        dist, idx = dist.reshape(len(points), k), idx.reshape(len(points), k)
        f = 1.0 - smoothstep((dist[:, 0] - SLIDE_CONTACT_MM) / SLIDE_REACH_MM)
        n = _mean_normal(self.normals[idx])
        inside = np.einsum("ij,ij->i", points - self.surface.data[idx[:, 0]], self.normals[idx[:, 0]]) < 0.0
        f = np.where(inside, 1.0, f)  # behind the nearest vertex's outward normal
        out = dict(bases)
        for name, b in bases.items():
            if name in BREATH_TOP:
                out[name] = b - (f * np.einsum("ij,ij->i", b, n))[:, None] * n
        return out


def _mean_normal(normals: Array) -> Array:
    """``(N, k, 3)`` normals -> ``(N, 3)`` unit mean, each flipped to agree with the nearest one."""
    sign = np.sign(np.einsum("nkj,nj->nk", normals, normals[:, 0]))
    mean = (sign[..., None] * normals).sum(axis=1)
    return mean / np.maximum(np.linalg.norm(mean, axis=1), 1e-12)[:, None]
