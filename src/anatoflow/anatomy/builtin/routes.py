"""Centrelines and radii of every tube of the built-in model, placed from the landmark table.

Each route is ordered in the direction of flow (veins towards the heart, the thoracic duct
upward, the aorta downward, nerves cranial to caudal) and carries one radius per point.
Control points are written relative to landmarks so moving a landmark moves the tubes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anatoflow.anatomy.builtin.primitives import arc_fraction, smooth_curve
from anatoflow.anatomy.landmarks import Landmarks

#: Top of the model (mm): just above the T4 body, where the tubes are cut.
TOP_LEVEL = "T4"


@dataclass(frozen=True)
class Route:
    """A smooth centreline with a radius per point (mm)."""

    points: np.ndarray
    radius: np.ndarray


def make_route(control: list, radius: list | float, n: int) -> Route:
    """Resample ``control`` to ``n`` points; ``radius`` is a constant or one value per control point."""
    pts = smooth_curve(np.asarray(control, dtype=float), n)
    ctrl = np.asarray(control, dtype=float)
    if np.ndim(radius) == 0:
        return Route(pts, np.full(n, float(radius)))
    c_arc = arc_fraction(ctrl)
    return Route(pts, np.interp(arc_fraction(pts), c_arc, np.asarray(radius, dtype=float)))


def _top(lm: Landmarks) -> float:
    return float(lm.vertebra(TOP_LEVEL)[2]) + 18.0


def oesophagus(lm: Landmarks) -> Route:
    """From the top of the model in front of the spine, through the hiatus, to the cardia."""
    h = lm.get("opening.oesophageal")
    top = _top(lm)
    v = lm.vertebrae
    ctrl = [(1, v["T4"][1] - 27, top), (2, v["T5"][1] - 29, v["T5"][2]), (2, v["T6"][1] - 30, v["T6"][2]),
            (2, v["T7"][1] - 36, v["T7"][2]), (4, v["T8"][1] - 38, v["T8"][2]),
            (8, h[1] + 15, v["T9"][2]), tuple(h), (h[0] + 14, h[1] - 13, h[2] - 20),
            (h[0] + 30, h[1] - 22, h[2] - 34), (h[0] + 46, h[1] - 26, h[2] - 46)]
    return make_route(ctrl, [8.5, 8.8, 9, 9, 9, 8.6, 8.5, 9.5, 13, 16], 72)


def aorta(lm: Landmarks) -> Route:
    """Descending aorta: left of the spine, through the aortic hiatus, to the bifurcation at L4."""
    a = lm.get("opening.aortic")
    v = lm.vertebrae
    ctrl = [(25, v["T4"][1] - 20, _top(lm)), (26, v["T6"][1] - 21, v["T6"][2]),
            (23, v["T8"][1] - 20, v["T8"][2]), (21, v["T10"][1] - 8, v["T10"][2]),
            (13, v["T11"][1] - 14, v["T11"][2]), tuple(a), (10, v["L1"][1] - 29, v["L1"][2]),
            (13, v["L2"][1] - 26, v["L2"][2]), (13, v["L3"][1] - 27, v["L3"][2]),
            (10, v["L4"][1] - 28, v["L4"][2] + 2)]
    return make_route(ctrl, [12.5, 12.3, 12, 11.6, 11.2, 11, 10.6, 10.2, 9.8, 9.2], 72)


def common_iliac_artery(lm: Landmarks, side: float) -> Route:
    """From the aortic bifurcation at L4 to the pelvic brim (the right one crosses the left vein)."""
    v = lm.vertebrae
    bif = np.array((10, v["L4"][1] - 28, v["L4"][2] + 2))
    if side < 0:
        ctrl = [bif + (-1, -2, 1), bif + (-10, -10, -14), bif + (-26, -12, -36), bif + (-42, -8, -60)]
    else:
        ctrl = [bif + (1, -2, 1), bif + (14, -4, -20), bif + (27, -5, -40), bif + (36, -6, -60)]
    return make_route(ctrl, [6.0, 5.4, 5.2, 5.0], 20)


def femoral_vein(lm: Landmarks, side: float) -> Route:
    """From mid-thigh up, medial to the femoral artery, to the inguinal ligament."""
    h = lm.get("femoral_head_l" if side > 0 else "femoral_head_r")
    ctrl = [h + (side * -4, -14, -235), h + (side * -11, -34, -105), h + (side * -16, -48, -38),
            h + (side * -18, -50, 13)]
    return make_route(ctrl, [5.0, 5.0, 5.2, 5.4], 40)


def external_iliac_vein(lm: Landmarks, side: float) -> Route:
    """From the inguinal ligament along the pelvic brim, medial to the psoas, to the sacroiliac joint."""
    h = lm.get("femoral_head_l" if side > 0 else "femoral_head_r")
    s1 = lm.vertebra("S1")
    ctrl = [h + (side * -18, -50, 10), h + (side * -30, -44, 50), h + (side * -42, -37, 80),
            s1 + (side * 40, -44, -4)]
    return make_route(ctrl, [5.6, 5.9, 6.1, 6.3], 30)


def common_iliac_vein(lm: Landmarks, side: float) -> Route:
    """From the sacroiliac joint to the confluence right of the midline at L5."""
    s1 = lm.vertebra("S1")
    conf = lm.get("iliac_confluence")
    if side < 0:
        ctrl = [s1 + (-40, -44, -4), s1 + (-30, -44, 6), conf + (-8, 0, -5), conf + (-1, 0, 0)]
    else:
        ctrl = [s1 + (40, -44, -4), s1 + (26, -45, 6), s1 + (8, -44, 14), conf + (4, -1, -4),
                conf + (1, 0, 0)]
    return make_route(ctrl, 6.8 if side < 0 else 6.6, 22)


def inferior_vena_cava(lm: Landmarks) -> Route:
    """From the confluence, right of the aorta, through the caval opening into the right atrium."""
    conf = lm.get("iliac_confluence")
    cav = lm.get("opening.caval")
    v = lm.vertebrae
    ctrl = [conf + (0, 0, -2), (-21, v["L4"][1] - 28, v["L4"][2]), (-25, v["L3"][1] - 30, v["L3"][2]),
            (-27, v["L1"][1] - 35, v["L1"][2]), (-29, cav[1] - 10, v["T12"][2]),
            (cav[0] - 6, cav[1] - 4, cav[2] - 40), (cav[0], cav[1], cav[2] - 16), tuple(cav),
            (cav[0], cav[1], cav[2] + 12), (cav[0] + 1, cav[1] - 1, cav[2] + 24)]
    return make_route(ctrl, [9.5, 10, 10, 10, 10.3, 10.2, 10.0, 10.0, 10.4, 11.5], 60)


def azygos_vein(lm: Landmarks) -> Route:
    """Up the right side of the vertebral bodies from L1, arching forward at T4 into the SVC."""
    v = lm.vertebrae
    arch = lm.get("azygos_arch")
    svc = superior_vena_cava_control(lm)
    ctrl = [(-27, v["T12"][1] - 13, v["T12"][2] - 20), (-26, v["T12"][1] - 11, v["T12"][2]),
            (-21, v["T10"][1] - 12, v["T10"][2]), (-20, v["T8"][1] - 14, v["T8"][2]),
            (-18, v["T6"][1] - 16, v["T6"][2]), (-16, v["T5"][1] - 20, v["T5"][2] + 8),
            tuple(arch), (svc[1][0] + 7, svc[1][1] + 12, svc[1][2] + 4), svc[1] + (2, 2, 0)]
    return make_route(ctrl, [3.0, 3.4, 3.8, 4.0, 4.3, 4.5, 4.8, 5.0, 5.0], 48)


def superior_vena_cava_control(lm: Landmarks) -> list:
    """Control points of the SVC (top of the model -> azygos junction -> right atrium)."""
    arch = lm.get("azygos_arch")
    cav = lm.get("opening.caval")
    return [np.array((-26, -58, _top(lm) + 10)), np.array((-28, -58, arch[2] - 6)),
            np.array((-26, -58, cav[2] + 62)), np.array((-22, -60, cav[2] + 42))]


def superior_vena_cava(lm: Landmarks) -> Route:
    """From above the azygos junction down into the right atrium."""
    return make_route(superior_vena_cava_control(lm), [10, 10.5, 10.5, 10.5], 24)


def cisterna_chyli(lm: Landmarks) -> Route:
    """The cisterna chyli: a short spindle on the L1-L2 bodies, right of the aorta (flow upward)."""
    c = lm.get("cisterna_chyli")
    ctrl = [c + (1, 1, -13), c + (0, 0, -5), c + (0, 0, 5), c + (-1, 1, 13)]
    return make_route(ctrl, [2.5, 4.5, 4.5, 2.5], 18)


def thoracic_duct(lm: Landmarks) -> Route:
    """From the cisterna up through the aortic hiatus behind and right of the aorta, to T4."""
    c = lm.get("cisterna_chyli")
    a = lm.get("opening.aortic")
    v = lm.vertebrae
    ctrl = [c + (-1, 1, 10), (a[0] - 12, a[1] + 9, a[2]), (-5, v["T11"][1] - 19, v["T11"][2]),
            (-4, v["T10"][1] - 19, v["T10"][2]), (-2, v["T8"][1] - 18, v["T8"][2]),
            (2, v["T6"][1] - 17, v["T6"][2]), (8, v["T5"][1] - 16, v["T5"][2])]
    return make_route(ctrl, 1.3, 60)


def psoas(lm: Landmarks, side: float) -> Route:
    """Psoas major: from the side of T12 down the lumbar bodies, over the hip, to the lesser trochanter."""
    tag = "l" if side > 0 else "r"
    v = lm.vertebrae
    head = lm.get(f"femoral_head_{tag}")
    lt = lm.get(f"lesser_trochanter_{tag}")
    ctrl = [v["T12"] + (side * 22, 3, -6), v["L1"] + (side * 30, 2, 0), v["L2"] + (side * 37, 3, 0),
            v["L3"] + (side * 43, 3, 0), v["L4"] + (side * 49, 1, 0), v["L5"] + (side * 55, -10, 0),
            head + (side * -18, -24, 66), head + (side * -4, -36, 10), head + (side * 2, -22, -38),
            lt + (side * -2, -5, 3)]
    return make_route(ctrl, [5, 11, 15.5, 19, 21, 20, 16, 11, 8, 5], 64)


def iliacus(lm: Landmarks, side: float) -> Route:
    """Iliacus: from the iliac fossa down to join the psoas tendon at the lesser trochanter."""
    tag = "l" if side > 0 else "r"
    head = lm.get(f"femoral_head_{tag}")
    lt = lm.get(f"lesser_trochanter_{tag}")
    ctrl = [lm.get(f"iliac_fossa_{tag}"), head + (side * 6, -14, 90), head + (side * 8, -34, 40),
            head + (side * 12, -40, 5), head + (side * 10, -26, -40), lt + (side * 3, -6, 6)]
    return make_route(ctrl, [12, 37, 27, 14, 8, 5], 56)


def vagus(lm: Landmarks, side: float) -> Route:
    """A vagus nerve through the lower thorax to the oesophageal plexus (left in front, right behind)."""
    oes = oesophagus(lm)
    z7 = lm.vertebra("T7")[2]
    k = int(np.argmin(np.abs(oes.points[:, 2] - z7)))
    o, r = oes.points[k], oes.radius[k]
    d = np.array([0.55, -0.83, 0.0]) if side > 0 else np.array([-0.55, 0.83, 0.0])
    end = o + d * (r + 3.0)
    top = _top(lm)
    start = (np.array((34, -20, top)) if side > 0 else np.array((-22, -8, top)))
    mid = 0.5 * (start + end) + (np.array((6, 4, 0)) if side > 0 else np.array((-6, 2, 0)))
    return make_route([start, mid, end], 1.8, 30)
