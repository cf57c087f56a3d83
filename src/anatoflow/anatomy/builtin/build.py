"""Build every structure of the built-in model from the landmark table."""

from __future__ import annotations

from anatoflow.anatomy.builtin.diaphragm import build_diaphragm
from anatoflow.anatomy.builtin.muscles import build_muscles
from anatoflow.anatomy.builtin.nerves import build_nerves
from anatoflow.anatomy.builtin.organs import build_organs
from anatoflow.anatomy.builtin.primitives import Part
from anatoflow.anatomy.builtin.skeleton import build_skeleton
from anatoflow.anatomy.builtin.vessels import build_vessels
from anatoflow.anatomy.landmarks import Landmarks


def build_parts(lm: Landmarks) -> dict[str, Part]:
    """Mesh of every structure by id (unordered; the catalogue fixes the order)."""
    parts: dict[str, Part] = {}
    for builder in (build_muscles, build_diaphragm, build_nerves, build_vessels, build_skeleton):
        parts.update(builder(lm))
    parts.update(build_organs(lm, parts))  # the lungs are shaped around what is already built
    return parts
