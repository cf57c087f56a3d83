"""Vagus nerves, the oesophageal plexus and the vagal trunks, laid on the oesophagus route."""

from __future__ import annotations

import numpy as np

from anatoflow.anatomy.builtin import routes
from anatoflow.anatomy.builtin.primitives import Part, frames, merge, smooth_curve, sweep
from anatoflow.anatomy.landmarks import Landmarks

TRUNK_RADIUS = 1.4
STRAND_RADIUS = 0.8


def _oes_segment(lm: Landmarks, z_hi: float, z_lo: float) -> tuple[np.ndarray, np.ndarray]:
    oes = routes.oesophagus(lm)
    keep = (oes.points[:, 2] <= z_hi) & (oes.points[:, 2] >= z_lo)
    return oes.points[keep], oes.radius[keep]


def _surface_offset(points: np.ndarray, radius: np.ndarray, direction: np.ndarray,
                    gap: float) -> np.ndarray:
    """Points on a line ``gap`` mm off the oesophagus surface on the side ``direction``."""
    tan, _, _ = frames(points)
    d = direction[None, :] - np.einsum("ij,j->i", tan, direction)[:, None] * tan
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return points + d * (radius + gap)[:, None]


def trunk_route(lm: Landmarks, anterior: bool) -> routes.Route:
    """Anterior (mostly left vagus) or posterior (mostly right vagus) trunk, plexus to below the hiatus."""
    z9 = lm.vertebra("T9")[2]
    h = lm.get("opening.oesophageal")
    pts, rad = _oes_segment(lm, z9 + 12.0, h[2] - 34.0)
    direction = np.array([0.2, -1.0, 0.0]) if anterior else np.array([-0.2, 1.0, 0.0])
    line = _surface_offset(pts, rad, direction, TRUNK_RADIUS + 1.0)
    return routes.make_route(line[:: max(1, len(line) // 8)], TRUNK_RADIUS, 30)


def vagal_trunk(lm: Landmarks, anterior: bool) -> Part:
    """Mesh of a vagal trunk."""
    r = trunk_route(lm, anterior)
    return sweep(r.points, r.radius, n_around=8)


def plexus_strands(lm: Landmarks) -> list[np.ndarray]:
    """Helical strands of the oesophageal plexus around the oesophagus between T7 and T9."""
    z7, z9 = lm.vertebra("T7")[2], lm.vertebra("T9")[2]
    pts, rad = _oes_segment(lm, z7 + 2.0, z9 + 8.0)
    pts = smooth_curve(pts, 40)
    rad = np.interp(np.linspace(0, 1, 40), np.linspace(0, 1, len(rad)), rad)
    _, nor, bi = frames(pts, up=(0.0, -1.0, 0.0))
    t = np.linspace(0.0, 1.0, len(pts))
    strands = []
    for k in range(4):
        for turn in (1.0, -1.0):
            ang = 2 * np.pi * k / 4 + turn * 1.4 * np.pi * t + (0.4 if turn < 0 else 0.0)
            off = (np.cos(ang)[:, None] * nor + np.sin(ang)[:, None] * bi) * (rad + 2.2)[:, None]
            strands.append(pts + off)
    return strands


def oesophageal_plexus(lm: Landmarks) -> Part:
    """A net of thin strands on the lower oesophagus (a schematic of the plexus)."""
    return merge([sweep(s, STRAND_RADIUS, n_around=6) for s in plexus_strands(lm)])


def vagus(lm: Landmarks, side: float) -> Part:
    """A vagus nerve from the top of the model to the plexus."""
    r = routes.vagus(lm, side)
    return sweep(r.points, r.radius, n_around=10)


def build_nerves(lm: Landmarks) -> dict[str, Part]:
    """Nerve meshes by structure id."""
    return {
        "vagus_l": vagus(lm, 1.0),
        "vagus_r": vagus(lm, -1.0),
        "oesophageal_plexus": oesophageal_plexus(lm),
        "anterior_vagal_trunk": vagal_trunk(lm, True),
        "posterior_vagal_trunk": vagal_trunk(lm, False),
    }
