"""Animated glTF 2.0 binary (.glb) from an :class:`~anatoflow.pipeline.Animation`.

Layout of the file
------------------
* one node + mesh + material per structure (node ``name`` = structure id, node ``extras`` =
  id, system, side, names in en/nb/la);
* ``POSITION`` + ``NORMAL`` (float32, metres, glTF frame: +X body's left, +Y up, +Z front),
  ``uint16``/``uint32`` indices;
* morph targets = the structure's non-zero motion bases (sparse accessors where that is
  smaller), named in ``mesh.extras.targetNames``. Each target is the basis scaled by the
  weight of largest magnitude of its channel in this animation (``mesh.extras.targetScales``,
  signed), so the animated weights stay within -1..1 and peak at +1: a channel that only
  narrows (``ivc_calibre`` < 0) still plays with weights 0..1, which every viewer accepts;
* one animation, ``"breath"``: a LINEAR ``weights`` sampler per morphed mesh and, for the flow
  arrows, translation/rotation/scale samplers (see :mod:`anatoflow.export.gltf_arrows`).
  It covers one cycle and closes on its first frame, so a looping viewer plays it seamlessly;
* ``asset.copyright`` = the model's attribution, ``asset.generator`` = ``"anatoflow"``;
  ``scenes[0].extras`` = captions, channel names and duration, for the player.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from anatoflow.anatomy.frame import to_gltf
from anatoflow.anatomy.measure import vertex_normals
from anatoflow.export.files import atomic_write_bytes, check_writable
from anatoflow.export.glb import ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER, GltfBuilder, index_dtype
from anatoflow.export.gltf_arrows import add_arrows
from anatoflow.motion.channels import CHANNEL_NAMES

GENERATOR = "anatoflow"
ANIMATION_NAME = "breath"


def export_gltf(animation: Any, path: str | Path, *, loop: bool = True, arrows: bool = True,
                sparse: bool = True) -> Path:
    """Write ``animation`` as an animated GLB file.

    Parameters
    ----------
    animation : Animation
        The precomputed animation (model, times, weights, bases, arrows, captions).
    path : str or pathlib.Path
        Output ``.glb`` file. Written atomically: nothing is left behind on error.
    loop : bool
        Close the cycle on its first frame so a looping viewer plays it without a jump.
    arrows : bool
        Include the animated flow arrows.
    sparse : bool
        Store morph targets as sparse accessors where that is smaller; False writes every
        target dense, for viewers that do not read sparse accessors.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    path = check_writable(path)
    atomic_write_bytes(path, build_glb(animation, loop=loop, arrows=arrows, sparse=sparse))
    return path


def build_glb(animation: Any, *, loop: bool = True, arrows: bool = True, sparse: bool = True) -> bytes:
    """Return the GLB bytes of ``animation`` (see the module docstring for the layout)."""
    model = animation.model
    builder = GltfBuilder(generator=GENERATOR, copyright=str(getattr(model, "attribution", "") or ""), sparse=sparse)
    times, frames = loop_frames(np.asarray(animation.times, float), np.asarray(animation.weights, float), loop=loop)
    weights = np.asarray(animation.weights, float)[frames]
    anim: dict[str, Any] = {"name": ANIMATION_NAME, "channels": [], "samplers": []}
    time_acc = builder.add_accessor(times.astype(np.float32), bounds=True)
    roots = []
    for structure in model.catalogue:
        if structure.id not in model.meshes:
            continue
        bases = (getattr(animation, "bases", None) or {}).get(structure.id, {})
        roots.append(_add_structure(builder, structure, model.meshes[structure.id], bases, weights, anim, time_acc))
    track = getattr(animation, "arrows", None)
    if arrows and track is not None and len(getattr(track, "kinds", ())) > 0:
        roots.append(add_arrows(builder, track, frames, times, anim, time_acc))
    builder.doc["scene"] = 0
    builder.doc["scenes"] = [{"name": getattr(model, "name", "anatoflow"), "nodes": roots, "extras": _scene_extras(animation, times, float(animation.times[0]))}]
    if anim["channels"]:
        builder.doc["animations"] = [anim]
    return builder.to_glb()


def loop_frames(times: np.ndarray, weights: np.ndarray, *, loop: bool) -> tuple[np.ndarray, np.ndarray]:
    """Key times (from 0) and source frame indices; appends frame 0 to close an open cycle.

    Parameters
    ----------
    times : numpy.ndarray
        ``(T,)`` strictly increasing times in seconds.
    weights : numpy.ndarray
        ``(T, K)`` channel weights, used to tell whether the cycle is already closed.
    loop : bool
        Whether to close the cycle.
    """
    if times.ndim != 1 or len(times) < 2 or not np.all(np.diff(times) > 0):
        raise ValueError(f"animation.times must be strictly increasing with 2 or more frames, got shape {times.shape}")
    frames = np.arange(len(times))
    keys = times - times[0]
    if loop and not np.allclose(weights[-1], weights[0], atol=1e-6):
        step = float(np.median(np.diff(times)))
        frames = np.append(frames, 0)
        keys = np.append(keys, keys[-1] + step)
    return keys, frames


def srgb_to_linear(colour: str) -> list[float]:
    """``#rrggbb`` (sRGB) to linear RGB in 0..1, as glTF's ``baseColorFactor`` wants."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], float) / 255.0
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return [round(float(c), 5) for c in lin]


def is_closed(faces: np.ndarray) -> bool:
    """True when every edge is shared by exactly two triangles (a watertight surface)."""
    edges = np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1).astype(np.int64)
    keys = edges[:, 0] * (int(faces.max()) + 1) + edges[:, 1]
    _, counts = np.unique(keys, return_counts=True)
    return bool(np.all(counts == 2))


def _material(structure: Any, faces: np.ndarray) -> dict[str, Any]:
    opacity = float(getattr(structure, "opacity", 1.0))
    material: dict[str, Any] = {
        "name": structure.id,
        "pbrMetallicRoughness": {
            "baseColorFactor": [*srgb_to_linear(getattr(structure, "colour", "#cccccc")), round(opacity, 4)],
            "metallicFactor": 0.0,
            "roughnessFactor": 0.6,
        },
    }
    if opacity < 1.0:
        material["alphaMode"] = "BLEND"
    if not (getattr(structure, "solid", True) and is_closed(faces)):
        material["doubleSided"] = True
    return material


def _node_extras(structure: Any) -> dict[str, Any]:
    names = {lang: str(getattr(structure, f"name_{lang}", "") or "") for lang in ("en", "nb", "la")}
    return {
        "id": structure.id,
        "system": str(getattr(structure, "system", "")),
        "side": str(getattr(structure, "side", "")),
        "names": names,
    }


def _add_structure(builder: GltfBuilder, structure: Any, mesh: Any, bases: dict, weights: np.ndarray,
                   anim: dict, time_acc: int) -> int:
    """Add one structure's mesh, material, node and weight track; return the node index."""
    vertices = to_gltf(np.asarray(mesh.vertices, float))
    faces = np.asarray(mesh.faces, dtype=np.int64)
    attributes = {
        "POSITION": builder.add_accessor(vertices.astype(np.float32), target=ARRAY_BUFFER, bounds=True),
        "NORMAL": builder.add_accessor(vertex_normals(vertices, faces).astype(np.float32), target=ARRAY_BUFFER),
    }
    indices = builder.add_accessor(faces.reshape(-1).astype(index_dtype(len(vertices))), target=ELEMENT_ARRAY_BUFFER)
    primitive: dict[str, Any] = {"attributes": attributes, "indices": indices, "mode": 4,
                                 "material": builder.append("materials", _material(structure, faces))}
    gltf_mesh: dict[str, Any] = {"name": structure.id, "primitives": [primitive]}
    names, scales, tracks = [], [], []
    for name in CHANNEL_NAMES:
        if name not in bases:
            continue
        column = weights[:, CHANNEL_NAMES.index(name)]
        scale = float(column[np.argmax(np.abs(column))])      # signed: the largest weight becomes +1
        disp = to_gltf(np.asarray(bases[name], float)) * scale
        if scale == 0.0 or not np.any(disp.astype(np.float32)):
            continue
        primitive.setdefault("targets", []).append({"POSITION": builder.add_morph_accessor(disp)})
        names.append(name)
        scales.append(scale)
        tracks.append(column / scale)
    node: dict[str, Any] = {"name": structure.id, "extras": _node_extras(structure)}
    if names:
        gltf_mesh["weights"] = [0.0] * len(names)
        gltf_mesh["extras"] = {"targetNames": names, "targetScales": scales}
    node["mesh"] = builder.append("meshes", gltf_mesh)
    index = builder.append("nodes", node)
    if names:
        output = builder.add_accessor(np.stack(tracks, axis=1).reshape(-1).astype(np.float32))
        sampler = len(anim["samplers"])
        anim["samplers"].append({"input": time_acc, "output": output, "interpolation": "LINEAR"})
        anim["channels"].append({"sampler": sampler, "target": {"node": index, "path": "weights"}})
    return index


def _scene_extras(animation: Any, times: np.ndarray, t0: float) -> dict[str, Any]:
    captions = []
    for t, text in getattr(animation, "captions", None) or []:
        captions.append({"t": float(t) - t0, "nb": str(text.get("nb", "")), "en": str(text.get("en", ""))})
    return {
        "generator": GENERATOR,
        "frame": "glTF: +X body's left, +Y up, +Z front of the body; metres (from LPS mm)",
        "channels": list(CHANNEL_NAMES),
        "duration": float(times[-1]),
        "captions": captions,
    }
