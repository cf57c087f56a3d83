"""Flow arrows in the glTF export: one shared arrow mesh, one animated node per arrow.

Each arrow node gets translation, rotation and scale samplers (LINEAR) over the animation's
key times. The arrow's length is proportional to its speed relative to the fastest arrow of
the same kind (vein or lymph) in the animation, up to :data:`ARROW_LENGTH_MM`; its width
grows with the square root of that fraction, so a stopped flow shrinks to nothing.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from anatoflow.anatomy.frame import MM_TO_M, to_gltf
from anatoflow.export.glb import ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER, GltfBuilder

ARROW_LENGTH_MM = 18.0
ARROW_WIDTH_MM = 3.0
#: Arrow colours (sRGB) by kind; bright so they read against the vessels they sit in.
ARROW_COLOURS = {"vein": "#6fd0ff", "lymph": "#c8f05a"}
_SEGMENTS = 12
_TINY = 1e-6


def arrow_geometry(segments: int = _SEGMENTS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit arrow along +Y, centred on the origin (y in -0.5..0.5), head radius 1.

    Returns
    -------
    vertices, normals : numpy.ndarray
        ``(N, 3)`` float32.
    faces : numpy.ndarray
        ``(M, 3)`` uint16, counter-clockwise from outside.
    """
    ang = np.linspace(0.0, 2 * np.pi, segments, endpoint=False)
    ring = np.stack([np.cos(ang), np.zeros_like(ang), -np.sin(ang)], axis=1)
    shaft_r, y0, y1, y2 = 0.4, -0.5, 0.15, 0.5
    verts, norms, faces = [], [], []

    def part(v: np.ndarray, n: np.ndarray, f: np.ndarray) -> None:
        offset = sum(len(x) for x in verts)
        verts.append(v), norms.append(n), faces.append(f + offset)

    i = np.arange(segments)
    j = (i + 1) % segments
    up = np.array([0.0, 1.0, 0.0])
    # shaft side: bottom ring 0..s-1, top ring s..2s-1
    part(np.concatenate([ring * shaft_r + [0, y0, 0], ring * shaft_r + [0, y1, 0]]),
         np.concatenate([ring, ring]),
         np.concatenate([np.stack([i, j, i + segments], 1), np.stack([j, j + segments, i + segments], 1)]))
    # bottom cap and the underside of the head: fans facing -Y
    for radius, y in ((shaft_r, y0), (1.0, y1)):
        part(np.concatenate([[[0, y, 0]], ring * radius + [0, y, 0]]),
             np.tile(-up, (segments + 1, 1)),
             np.stack([np.zeros(segments, int), j + 1, i + 1], 1))
    # cone: one apex per segment for sharp shading
    cone_n = ring * (y2 - y1) + up
    cone_n /= np.linalg.norm(cone_n, axis=1, keepdims=True)
    apex = np.tile([0.0, y2, 0.0], (segments, 1))
    part(np.concatenate([ring + [0, y1, 0], apex]),
         np.concatenate([cone_n, cone_n]),
         np.stack([i, j, i + segments], 1))
    return (np.concatenate(verts).astype(np.float32), np.concatenate(norms).astype(np.float32),
            np.concatenate(faces).astype(np.uint16))


def quaternions_from_y(directions: np.ndarray) -> np.ndarray:
    """Unit quaternions ``(x, y, z, w)`` rotating +Y onto each direction (``(..., 3)``).

    Zero directions give the identity; opposite directions a half turn about +X.
    """
    d = np.asarray(directions, float)
    norm = np.linalg.norm(d, axis=-1, keepdims=True)
    d = np.where(norm > 0, d / np.where(norm > 0, norm, 1.0), [0.0, 1.0, 0.0])
    w = 1.0 + d[..., 1]
    q = np.stack([d[..., 2], np.zeros_like(w), -d[..., 0], w], axis=-1)  # cross(+Y, d), 1 + dot
    flip = w < 1e-8
    q[flip] = (1.0, 0.0, 0.0, 0.0)
    return q / np.linalg.norm(q, axis=-1, keepdims=True)


def _continuous(q: np.ndarray) -> np.ndarray:
    """Flip signs along axis 0 so successive quaternions take the short way."""
    q = q.copy()
    for t in range(1, len(q)):
        flip = np.sum(q[t] * q[t - 1], axis=-1) < 0
        q[t, flip] *= -1.0
    return q


def arrow_scales(speeds: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """``(T, A, 3)`` node scales (metres) from speeds ``(T, A)`` and kinds ``(A,)``."""
    speed = np.abs(np.asarray(speeds, float))
    frac = np.zeros_like(speed)
    for kind in np.unique(kinds):
        cols = np.asarray(kinds) == kind
        peak = speed[:, cols].max() if cols.any() else 0.0
        if peak > 0:
            frac[:, cols] = speed[:, cols] / peak
    length = np.maximum(frac * ARROW_LENGTH_MM * MM_TO_M, _TINY)
    width = np.maximum(np.sqrt(frac) * ARROW_WIDTH_MM * MM_TO_M, _TINY)
    return np.stack([width, length, width], axis=-1)


def jump_frames(positions_mm: np.ndarray, speeds: np.ndarray, times: np.ndarray) -> np.ndarray:
    """``(T, A)`` mask of key frames on either side of a jump.

    Arrows that reach the end of their vessel start again at its beginning (and the closing
    key of a loop returns every arrow to its first position). Linear interpolation would
    slide them backwards along the vessel; the caller hides them at both keys instead. A
    step is a jump when it is longer than three times the distance the flow covers in that
    interval, plus 5 mm.
    """
    step = np.linalg.norm(np.diff(positions_mm, axis=0), axis=-1)                 # (T-1, A)
    dt = np.diff(times)[:, None]
    reach = 3.0 * np.maximum(np.abs(speeds[1:]), np.abs(speeds[:-1])) * dt + 5.0
    jump = step > reach
    mask = np.zeros(positions_mm.shape[:2], bool)
    mask[:-1] |= jump
    mask[1:] |= jump
    return mask


def _arrow_meshes(builder: GltfBuilder, kinds: list[str]) -> dict[str, int]:
    """One shared geometry; one mesh (material) per arrow kind."""
    from anatoflow.export.gltf import srgb_to_linear

    verts, norms, faces = arrow_geometry()
    attrs = {
        "POSITION": builder.add_accessor(verts, target=ARRAY_BUFFER, bounds=True),
        "NORMAL": builder.add_accessor(norms, target=ARRAY_BUFFER),
    }
    indices = builder.add_accessor(faces.reshape(-1), target=ELEMENT_ARRAY_BUFFER)
    meshes = {}
    for kind in kinds:
        colour = srgb_to_linear(ARROW_COLOURS.get(kind, "#ffd24a"))
        material = builder.append("materials", {
            "name": f"flow_arrow_{kind}",
            "pbrMetallicRoughness": {"baseColorFactor": [*colour, 1.0], "metallicFactor": 0.0, "roughnessFactor": 0.4},
            "emissiveFactor": [round(c * 0.35, 5) for c in colour],
        })
        meshes[kind] = builder.append("meshes", {
            "name": f"flow_arrow_{kind}",
            "primitives": [{"attributes": attrs, "indices": indices, "material": material, "mode": 4}],
        })
    return meshes


def add_arrows(builder: GltfBuilder, track: Any, frames: np.ndarray, times: np.ndarray, anim: dict,
               time_acc: int) -> int:
    """Add the arrow nodes and their TRS tracks; return the index of their group node.

    ``frames`` are the source frame of each key time in ``times`` (see ``gltf.loop_frames``).
    """
    kinds = [str(k) for k in np.asarray(track.kinds)]
    vessels = [str(v) for v in np.asarray(getattr(track, "vessels", [""] * len(kinds)))]
    meshes = _arrow_meshes(builder, sorted(set(kinds)))
    lps = np.asarray(track.positions, float)[frames]
    speeds = np.asarray(track.speeds, float)
    positions = to_gltf(lps).astype(np.float32)
    rotations = _continuous(quaternions_from_y(to_gltf(np.asarray(track.directions, float)[frames]))).astype(np.float32)
    scales = arrow_scales(speeds, np.asarray(kinds))[frames]
    scales[jump_frames(lps, speeds[frames], times)] = _TINY
    scales = scales.astype(np.float32)
    children = []
    for a, (kind, vessel) in enumerate(zip(kinds, vessels)):
        node = builder.append("nodes", {
            "name": f"flow_arrow_{a:03d}", "mesh": meshes[kind],
            "translation": positions[0, a].tolist(), "rotation": rotations[0, a].tolist(), "scale": scales[0, a].tolist(),
            "extras": {"system": "flow", "kind": kind, "vessel": vessel},
        })
        for path, values in (("translation", positions), ("rotation", rotations), ("scale", scales)):
            output = builder.add_accessor(np.ascontiguousarray(values[:, a]))
            anim["samplers"].append({"input": time_acc, "output": output, "interpolation": "LINEAR"})
            anim["channels"].append({"sampler": len(anim["samplers"]) - 1, "target": {"node": node, "path": path}})
        children.append(node)
    return builder.append("nodes", {
        "name": "flow_arrows", "children": children,
        "extras": {"id": "flow_arrows", "system": "flow", "names": {"en": "Flow arrows", "nb": "Strømningspiler", "la": ""}},
    })
