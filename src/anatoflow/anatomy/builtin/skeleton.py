"""Bones of the built-in model: vertebrae T6-L5, sacrum, hip bones, proximal femora, ribs 7-12."""

from __future__ import annotations

import numpy as np

from anatoflow.anatomy.builtin.primitives import (Part, ellipsoid, frames, merge, orient_outward, smooth_curve, sweep,
                                                 thick_sheet)
from anatoflow.anatomy.landmarks import Landmarks

THORACIC = ("T6", "T7", "T8", "T9", "T10", "T11", "T12")
LUMBAR = ("L1", "L2", "L3", "L4", "L5")


def _body_size(level: str) -> tuple[float, float, float]:
    """Half-width, half-depth and half-height of a vertebral body (mm)."""
    order = (*THORACIC, *LUMBAR)
    t = order.index(level) / (len(order) - 1)
    return 15.0 + 10.0 * t, 12.5 + 5.0 * t, 10.0 + 3.5 * t


def vertebra(lm: Landmarks, level: str) -> Part:
    """A vertebra: body, pedicles and laminae, transverse and spinous processes."""
    c = lm.vertebra(level)
    rx, ry, rz = _body_size(level)
    lumbar = level.startswith("L")
    body = ellipsoid(c, (rx, ry, rz), n_lat=14, n_lon=24, power=0.55)
    yb = c[1] + ry
    arch_pts = [(12, -6, 0), (13, 6, 0), (10, 16, 0), (0, 21, 0), (-10, 16, 0), (-13, 6, 0), (-12, -6, 0)]
    arch = sweep(smooth_curve([c + (x, yb - c[1] + y, z) for x, y, z in arch_pts], 21),
                 4.5, n_around=10, aspect=1.5 if lumbar else 1.3, up=(0, 0, 1), round_ends=False)
    parts = [body, arch]
    for s in (1.0, -1.0):
        if lumbar:
            tp = [c + (s * 11, ry + 8, 2), c + (s * 30, ry + 6, 2), c + (s * 48, ry + 10, 0)]
        else:
            tp = [c + (s * 11, ry + 10, 3), c + (s * 27, ry + 20, 5), c + (s * 40, ry + 30, 5)]
        parts.append(sweep(smooth_curve(tp, 9), np.linspace(4.2, 3.2, 9), n_around=10,
                           aspect=1.4, up=(0, 0, 1)))
    sp_end = c + ((0, ry + 48, -4) if lumbar else (0, ry + 46, -26))
    spine = smooth_curve([c + (0, ry + 20, 0), c + (0, ry + 34, -3 if lumbar else -10), sp_end], 9)
    parts.append(sweep(spine, np.linspace(4.0, 3.0, 9), n_around=10, aspect=2.6 if lumbar else 1.5,
                       up=(1, 0, 0)))
    return merge(parts)


def sacrum(lm: Landmarks) -> Part:
    """The sacrum: a curved wedge from the S1 endplate with its alae down to the coccyx."""
    s1 = lm.vertebra("S1")
    axis = smooth_curve([s1 + (0, 0, -1), s1 + (0, 4, -20), s1 + (0, 14, -40), s1 + (0, 38, -80), s1 + (0, 62, -108)], 18)
    t = np.linspace(0.0, 1.0, 18) ** 1.3
    width = 52.0 * (1 - t) ** 0.8 + 9.0
    depth = 16.0 * (1 - 0.55 * t)
    body = sweep(axis, width, n_around=24, aspect=depth / width, up=(1, 0, 0), round_ends=True)
    parts = [body]
    for s in (1.0, -1.0):
        ala = smooth_curve([s1 + (s * 18, 6, -8), s1 + (s * 42, 12, -12), s1 + (s * 58, 24, -26)], 9)
        parts.append(sweep(ala, np.array([14, 15, 15, 15, 14, 13, 12, 11, 9.0]), n_around=14,
                           aspect=1.3, up=(0, 0, 1)))
    return merge(parts)


def hip_bone(lm: Landmarks, side: float) -> Part:
    """A hip bone: a curved iliac wing, the acetabular cup round the femoral head and the pubic
    and ischial rami as one ring round the obturator foramen."""
    head = lm.get("femoral_head_l" if side > 0 else "femoral_head_r")
    s1 = lm.vertebra("S1")
    return merge([*iliac_wing(s1, head, side), acetabulum(head, side), *obturator_ring(head, side)])


def iliac_wing(s1: np.ndarray, head: np.ndarray, side: float) -> list[Part]:
    """The ilium: a fan from the sacroiliac joint and the acetabulum up to the crest, hollowed
    inside (iliac fossa), thin in the middle and thick along its borders."""
    crest = smooth_curve([s1 + (side * 62, 46, -10), s1 + (side * 92, 45, 40), s1 + (side * 122, 15, 58),
                          s1 + (side * 138, -25, 45), s1 + (side * 126, -58, 8)], 24)
    base = smooth_curve([s1 + (side * 58, 34, -36), head + (side * 4, 22, 34), head + (side * 18, -8, 36),
                         head + (side * 30, -40, 40)], 24)
    v = np.linspace(0.0, 1.0, 14)[None, :, None]
    u = np.linspace(0.0, 1.0, 24)[:, None, None]
    grid = base[:, None, :] + (crest - base)[:, None, :] * v
    bowl = np.sin(np.pi * v[..., 0]) * np.sin(np.pi * u[..., 0])
    grid[..., 0] += side * 14.0 * bowl  # the iliac fossa faces in and forward
    grid[..., 1] -= 6.0 * bowl * u[..., 0]
    thickness = 4.0 + 8.0 * (1.0 - bowl) ** 2
    parts = [thick_sheet(grid, thickness), sweep(crest, 6.5, n_around=12, aspect=1.0, up=(0, 0, 1))]
    # thick posterior ilium at the sacroiliac joint, and the body above the acetabulum
    parts.append(ellipsoid(s1 + (side * 66, 40, -20), (11, 13, 24), n_lat=10, n_lon=16))
    parts.append(ellipsoid(head + (side * 14, 4, 30), (16, 24, 13), n_lat=10, n_lon=16))
    return parts


def acetabulum(head: np.ndarray, side: float, *, inner: float = 26.0, outer: float = 34.0) -> Part:
    """The acetabular cup: a shell round the femoral head, its deepest point medial, up and back,
    open laterally, forward and downward, with the acetabular fossa as a hole at its floor."""
    deep = np.array([-side * 0.66, 0.24, 0.71])
    deep /= np.linalg.norm(deep)
    ref = np.array([0.0, -1.0, 0.0])
    e1 = ref - np.dot(ref, deep) * deep
    e1 /= np.linalg.norm(e1)
    e2 = np.cross(deep, e1)
    phi = np.linspace(0.0, 2 * np.pi, 32, endpoint=False)[:, None, None]
    theta = np.radians(np.linspace(6.0, 80.0, 11))[None, :, None]
    direction = np.cos(theta) * deep + np.sin(theta) * (np.cos(phi) * e1 + np.sin(phi) * e2)
    grid = head + 0.5 * (inner + outer) * direction
    return thick_sheet(grid, outer - inner, periodic_u=True)


def obturator_ring(head: np.ndarray, side: float) -> list[Part]:
    """Superior pubic ramus, symphysis, inferior pubic and ischial rami, ischial tuberosity and
    body: one closed ring of bone round the obturator foramen, and the symphyseal face."""
    sym = np.array([side * 18, -68.0, head[2] - 12])
    loop = [head + (-side * 14, -24, 4), head + (-side * 42, -40, -2), sym + (side * 2, 0, 4),
            sym + (side * 3, 4, -28), head + (-side * 26, 10, -72), head + (-side * 4, 32, -62),
            head + (side * 4, 30, -30), head + (-side * 6, 2, -34)]
    radius = np.array([10, 9, 9, 8, 7, 13, 12, 11.0])
    curve, r = closed_curve(loop, radius, 48)
    return [ring_tube(curve, r, n_around=12), ellipsoid(sym + (0, 0, -6), (8, 10, 18), n_lat=8, n_lon=12)]


def closed_curve(points: list, radius: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """A smooth closed curve through ``points`` (``n`` points, even in arc length, the first not
    repeated) and ``radius`` interpolated round it."""
    pts = np.asarray(points, dtype=float)
    k = len(pts)
    wrapped = np.vstack([pts[-2:], pts, pts[:3]])
    dense = smooth_curve(wrapped, 40 * (k + 5))
    half = len(dense) // 2  # the first point appears once in each half of the wrapped curve
    start = int(np.argmin(np.linalg.norm(dense[:half] - pts[0], axis=1)))
    end = half + int(np.argmin(np.linalg.norm(dense[half:] - pts[0], axis=1)))
    loop = dense[start:end]
    arc = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(loop, axis=0), axis=1))])
    t = np.linspace(0.0, arc[-1], n, endpoint=False)
    curve = np.column_stack([np.interp(t, arc, loop[:, c]) for c in range(3)])
    at = np.array([arc[int(np.argmin(np.linalg.norm(loop - p, axis=1)))] for p in pts])
    order = np.argsort(at)
    r = np.interp(t, np.append(at[order], arc[-1]), np.append(radius[order], radius[order][0]))
    return curve, r


def ring_tube(curve: np.ndarray, radius: np.ndarray, *, n_around: int = 12) -> Part:
    """A tube along a closed curve (a torus-like solid); the section's twist is spread evenly so
    the last ring meets the first."""
    closed = np.vstack([curve, curve[:1]])
    tan, nor, _ = frames(closed)
    nor_end = nor[-1] - np.dot(nor[-1], tan[0]) * tan[0]
    nor_end /= np.linalg.norm(nor_end)
    gap = np.arctan2(np.dot(np.cross(nor[0], nor_end), tan[0]), np.dot(nor[0], nor_end))
    k = len(curve)
    twist = -gap * np.arange(k) / k
    tan, nor, bin_ = tan[:-1], nor[:-1], np.cross(tan[:-1], nor[:-1])
    ang = np.linspace(0.0, 2 * np.pi, n_around, endpoint=False)[None, :] + twist[:, None]
    rings = (curve[:, None, :] + (radius[:, None] * np.cos(ang))[..., None] * nor[:, None, :]
             + (radius[:, None] * np.sin(ang))[..., None] * bin_[:, None, :])
    verts = rings.reshape(-1, 3)
    i = np.arange(k)[:, None]
    j = np.arange(n_around)[None, :]
    a, b = i * n_around + j, i * n_around + (j + 1) % n_around
    c, d = ((i + 1) % k) * n_around + (j + 1) % n_around, ((i + 1) % k) * n_around + j
    quads = np.stack([a, b, c, d], axis=-1).reshape(-1, 4)
    faces = np.vstack([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
    return orient_outward(Part(verts, faces.astype(np.int64)))


def femur(lm: Landmarks, side: float) -> Part:
    """A proximal femur: head, neck, greater and lesser trochanters and 25 cm of shaft."""
    tag = "l" if side > 0 else "r"
    head = lm.get(f"femoral_head_{tag}")
    lt = lm.get(f"lesser_trochanter_{tag}")
    r_head = 23.5
    shaft_top = head + (side * 40, 8, -40)
    shaft = smooth_curve([shaft_top + (0, 0, 22), shaft_top, lt + (side * 20, -6, -10),
                          lt + (side * 14, -10, -110), lt + (side * 6, -8, -190)], 30)
    t = np.linspace(0, 1, 30)
    shaft_r = 14.0 + 10.0 * np.exp(-t * 12)
    neck = smooth_curve([head, head + (side * 20, 3, -13), shaft_top + (-side * 4, 0, 6)], 10)
    parts = [
        ellipsoid(head, (r_head, r_head, r_head), n_lat=18, n_lon=28),
        sweep(neck, np.array([17, 16, 15, 14, 14, 15, 16, 18, 19, 19.0]), n_around=18, aspect=1.25,
              up=(0, 0, 1), round_ends=False),
        sweep(shaft, shaft_r, n_around=20, aspect=0.95),
        ellipsoid(shaft_top + (side * 8, 8, 18), (13, 16, 22), n_lat=12, n_lon=18,
                  rotation=np.eye(3)),
    ]
    # lesser trochanter: a blunt cone pointing posteromedially to the landmark
    lt_axis = smooth_curve([lt + (side * 18, -5, 6), lt + (side * 8, -2, 2), lt + (side * 1.5, 0.5, 0)], 8)
    parts.append(sweep(lt_axis, np.linspace(9, 5, 8), n_around=14, aspect=1.2, up=(0, 0, 1)))
    return merge(parts)


def rib(lm: Landmarks, number: int, side: float) -> Part:
    """Rib ``number`` (7-12) with its costal cartilage (7-10 rise to the costal margin)."""
    return merge([sweep(rib_curve(lm, number, side), rib_radius(number), n_around=12, aspect=0.55,
                        up=(0, 0, 1))])


def rib_radius(number: int) -> np.ndarray:
    """Half-height of the rib section along its curve (cartilage slightly thinner)."""
    n = 40 if number <= 10 else 26
    return np.concatenate([np.full(n - 10, 7.0), np.linspace(7.0, 5.5, 10)])


def rib_curve(lm: Landmarks, number: int, side: float) -> np.ndarray:
    """Centreline of rib ``number`` from its head to the tip of its cartilage."""
    c = lm.vertebra(f"T{number}")
    yv, zv = c[1], c[2]
    width = {7: 122, 8: 130, 9: 134, 10: 134, 11: 126, 12: 100}[number]
    pts = [(side * 20, yv + 8, zv + 6), (side * 44, yv + 28, zv + 4), (side * 76, yv + 42, zv - 10),
           (side * width * 0.97, yv + 12, zv - 48)]
    if number <= 10:
        pts += [(side * width, -48, zv - 92), (side * width * 0.86, -100, zv - 125)]
        cart = {7: [(side * 60, -124, zv - 110), (side * 12, -128, zv - 75)],
                8: [(side * 86, -118, zv - 122), (side * 62, -122, zv - 105)],
                9: [(side * 98, -112, zv - 128), (side * 86, -117, zv - 112)],
                10: [(side * 104, -107, zv - 122), (side * 94, -113, zv - 108)]}[number]
        pts += cart
        n = 40
    elif number == 11:
        pts += [(side * width, -30, zv - 92), (side * width * 0.93, -58, zv - 106)]
        n = 26
    else:
        pts += [(side * width * 1.04, 2, zv - 70)]
        n = 26
    return smooth_curve(np.asarray(pts, dtype=float), n)


def build_skeleton(lm: Landmarks) -> dict[str, Part]:
    """All bones of the built-in model by structure id."""
    out: dict[str, Part] = {}
    for level in (*THORACIC, *LUMBAR):
        out[f"vertebra_{level.lower()}"] = vertebra(lm, level)
    out["sacrum"] = sacrum(lm)
    for side, tag in ((1.0, "l"), (-1.0, "r")):
        out[f"hip_bone_{tag}"] = hip_bone(lm, side)
        out[f"femur_{tag}"] = femur(lm, side)
    for side, tag in ((1.0, "l"), (-1.0, "r")):
        for n in range(7, 13):
            out[f"rib_{n:02d}_{tag}"] = rib(lm, n, side)
    return out
