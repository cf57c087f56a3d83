"""Organs slide along the muscles that do not breathe: the kidneys down the psoas, not into it.

The kidneys lie on the psoas major and move down with the diaphragm in each breath (2-4 cm in a
deep one), while the psoas stays where it is: it only shortens and thickens when it tenses. Carried
straight down, the kidney's medial side and the renal vein passed into the psoas, whose surface
widens downwards under them. :class:`Slide` removes the part of the breath motion that runs along
the muscle's surface normal near it:

    basis'(p) = basis(p) - f(p) * (basis(p) . n(p)) n(p),
    f = 1 inside the muscle or within :data:`SLIDE_CONTACT_MM` of its surface, fading to 0 over
        :data:`SLIDE_REACH_MM` outside,

with ``n`` the outward direction of the exact signed distance to the muscle
(:class:`anatoflow.motion.surface.Surface`: the normal of the face, edge or corner nearest ``p``),
smoothed over the structure's mesh. It is the same for every channel at a point (each channel
stays one linear basis), and only the breath channels slide (a muscle's own tension is not a
breath motion). The BodyParts3D kidneys lie up to 13 mm inside the psoas at rest; sliding fully
there, rather than fading with the distance to the nearest surface vertex, took the crossings
gained over all pairs at a deep breath from 261 to 246. The direction was first the mean normal of
the 24 nearest surface vertices; the psoas has triangles up to 54 mm long, and at a deep breath the
left renal vein still sank up to 4.0 mm deeper into it and the left kidney 4.6 mm (the crossings
of the kidneys and renal veins with their neighbours: 125 at a deep breath, 50 at a quiet one;
52 and 9 with the exact direction, docs/motion.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.motion.anchor import BREATH_TOP
from anatoflow.motion.fields import laplacian_smooth, smoothstep
from anatoflow.motion.surface import DEEPEST_INSIDE_MM, Surface

Array = NDArray[np.float64]
Bases = dict[str, Array]
SLIDE_CONTACT_MM = 3.0  # the breath slides fully along the surface this close to it
SLIDE_REACH_MM = 20.0  # ... and blends back to the motion it had over this distance
NORMAL_SMOOTHING = 8  # iterations of smoothing of the slide direction over the structure's mesh


@dataclass(frozen=True)
class Slide:
    """Still surfaces along which the breath slides (module docstring).

    Attributes
    ----------
    surface : scipy.spatial.cKDTree
        The surfaces' vertices.
    meshes : tuple of (Surface, numpy.ndarray)
        Each surface's exact signed distance and its vertices.
    """

    surface: cKDTree
    meshes: tuple[tuple[Surface, Array], ...]

    @classmethod
    def of(cls, meshes: Sequence[tuple[Array, NDArray[np.int64]]]) -> Slide | None:
        """The slide along the surfaces ``(vertices, faces)``; None without any."""
        if not meshes:
            return None
        points = np.concatenate([np.asarray(v, dtype=float) for v, _ in meshes])
        exact = tuple((Surface(np.asarray(f), len(v)), np.asarray(v, dtype=float)) for v, f in meshes)
        return cls(cKDTree(points), exact)

    def touches(self, vertices: Array) -> bool:
        """Whether some of ``vertices`` lie within :data:`SLIDE_CONTACT_MM` of the surfaces."""
        return bool(self.surface.query(np.asarray(vertices, dtype=float), k=1)[0].min() < SLIDE_CONTACT_MM)

    def distance(self, points: Array) -> tuple[Array, Array]:
        """Signed distance (negative inside) to the nearest of the surfaces and the unit outward
        direction of that distance. A point more than :data:`~anatoflow.motion.surface.DEEPEST_INSIDE_MM`
        inside reads as that far outside: the repaired BodyParts3D muscles are open, so a point far
        off beyond a hole in one reads as deep inside it."""
        points = np.asarray(points, dtype=float)
        best = np.full(len(points), np.inf)
        direction = np.zeros_like(points)
        for surface, vertices in self.meshes:
            d, n, _ = surface.signed(points, vertices)
            better = np.abs(d) < np.abs(best)
            best[better], direction[better] = d[better], n[better]
        return np.where(best < -DEEPEST_INSIDE_MM, -best, best), direction

    def apply(self, vertices: Array, bases: Mapping[str, Array], faces: NDArray[np.int64] | None = None) -> Bases:
        """Bases at ``vertices`` with their breath channels made to slide along the surfaces.

        The slide direction at a vertex is the outward direction of its exact signed distance to
        the surface (the normal of the face, edge or corner nearest it), so a motion along it keeps
        the distance to first order; given the structure's ``faces``, that direction is smoothed
        over its mesh (:data:`NORMAL_SMOOTHING` iterations), so it does not jump where the nearest
        face changes."""
        points = np.asarray(vertices, dtype=float)
        dist, n = self.distance(points)
        f = np.where(dist < SLIDE_CONTACT_MM, 1.0, 1.0 - smoothstep((dist - SLIDE_CONTACT_MM) / SLIDE_REACH_MM))
        if faces is not None:
            n = laplacian_smooth(n, faces, iterations=NORMAL_SMOOTHING)
            n /= np.maximum(np.linalg.norm(n, axis=1), 1e-12)[:, None]
        out = dict(bases)
        for name, b in bases.items():
            if name in BREATH_TOP:
                out[name] = b - (f * np.einsum("ij,ij->i", b, n))[:, None] * n
        return out
