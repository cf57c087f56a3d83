"""Rig of the real muscles and tubes: centrelines, radii, attachments found by contact, volume.

* muscles (psoas major, iliacus): cuts along the principal axis, smoothed; origins and
  insertion from the bone vertices within :data:`CONTACT_MM` of the muscle;
* tubes (veins, aorta, oesophagus): centrelines marched cut by cut through the joined element
  files, ordered in the direction of flow.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from anatoflow.anatomy.bodyparts3d import rig_geometry as g

Array = NDArray[np.float64]

CONTACT_MM = 4.0
#: Fewest bone vertices in contact for an attachment to count.
MIN_CONTACT = 4
#: Lateral distance (mm) from the body centre beyond which a contact is on a transverse process.
TRANSVERSE_MM = 24.0
LUMBAR = ("t12", "l1", "l2", "l3", "l4", "l5")
DISCS = ("t11_t12", "t12_l1", "l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1")

#: Tubes rigged, with the end where flow starts: "low" (rises to the heart) or "high".
#: The aorta is marched from its low end and reversed (its flow runs from the root down).
TUBES: dict[str, str] = {
    "femoral_vein_l": "low", "femoral_vein_r": "low",
    "external_iliac_vein_l": "low", "external_iliac_vein_r": "low",
    "common_iliac_vein_l": "low", "common_iliac_vein_r": "low",
    "inferior_vena_cava": "low", "azygos_vein": "low", "superior_vena_cava": "high",
    "aorta": "reverse", "oesophagus": "high",
}
#: Tubes whose element set carries small side pieces to drop (fraction of the largest part kept).
SIDE_PIECES: dict[str, float] = {"external_iliac_vein_l": 0.3, "external_iliac_vein_r": 0.3}


def rounded(points: Array, radius: Array) -> dict:
    return {"centreline": [[round(float(c), 1) for c in p] for p in points],
            "radius": [round(float(r), 2) for r in radius]}


def main_parts(faces: NDArray[np.int64], *, keep: float = 0.3) -> NDArray[np.int64]:
    """Faces of the connected parts with at least ``keep`` of the largest part's faces.

    Drops the small side pieces some element sets carry (the left external iliac vein has three
    small tributary pieces beside its trunk) while keeping a trunk split over two files (the IVC).
    """
    import trimesh

    parts = trimesh.graph.connected_components(trimesh.graph.face_adjacency(faces), nodes=np.arange(len(faces)))
    largest = max(len(p) for p in parts)
    return faces[np.concatenate([p for p in parts if len(p) >= keep * largest])]


def tube_rig(vertices: Array, faces: NDArray[np.int64], start: str, *, spacing: float = 3.0,
             keep: float = 0.0) -> tuple[Array, Array]:
    """Centreline and radius of a tube in flow order (see :data:`TUBES`), smoothed and resampled.

    ``keep`` > 0 first drops the parts smaller than that fraction of the largest (:func:`main_parts`).
    """
    line, radius = g.track_centreline(vertices, main_parts(faces, keep=keep) if keep else faces,
                                      from_high=start == "high")
    if start == "reverse":
        line, radius = line[::-1], radius[::-1]
    line = g.smooth_polyline(line, window=5)
    radius = np.convolve(np.pad(radius, 2, mode="edge"), np.ones(5) / 5, mode="valid")
    return g.resample(line, radius, spacing=spacing)


def belly(radius: Array, line: Array, *, fraction: float = 0.5) -> list[float]:
    """Arc-length fractions ``[s0, s1]`` where the radius is at least ``fraction`` of its maximum."""
    s = g.arc_length(line)
    fleshy = np.flatnonzero(radius >= fraction * radius.max())
    return [round(float(s[fleshy[0]] / s[-1]), 3), round(float(s[fleshy[-1]] / s[-1]), 3)]


def contacts(muscle: Array, bone: Array) -> Array:
    """Bone vertices within :data:`CONTACT_MM` of any muscle vertex."""
    dist = cKDTree(muscle).query(bone, distance_upper_bound=CONTACT_MM)[0]
    return bone[dist < CONTACT_MM]


def vertebral_origins(muscle: Array, bones: dict[str, Array], centres: dict[str, Array]) -> dict:
    """Levels whose body, disc or transverse process the muscle touches.

    Returns ``{"origin": [...], "origin_discs": [...], "origin_transverse": [...]}`` with
    landmark names (``"L1"``) and disc names (``"T12/L1"``), cranial to caudal.
    """
    body, transverse, discs = [], [], []
    for level in LUMBAR:
        sid, name = f"vertebra_{level}", level.upper()
        if sid not in bones or name not in centres:
            continue
        touch = contacts(muscle, bones[sid])
        lateral = np.abs(touch[:, 0] - centres[name][0]) > TRANSVERSE_MM
        if np.count_nonzero(~lateral) >= MIN_CONTACT:
            body.append(name)
        if np.count_nonzero(lateral) >= MIN_CONTACT:
            transverse.append(name)
    for disc in DISCS:
        sid = f"disc_{disc}"
        if sid in bones and len(contacts(muscle, bones[sid])) >= MIN_CONTACT:
            discs.append(disc.upper().replace("_", "/"))
    return {"origin": body, "origin_discs": discs, "origin_transverse": transverse}


def insertion(muscle: Array, femur: Array, trochanter: Array | None, side: str) -> dict:
    """The femoral contact: its centre, and the lesser trochanter's name when it lies there."""
    touch = contacts(muscle, femur)
    if len(touch) < MIN_CONTACT:
        return {}
    centre = touch.mean(axis=0)
    out = {"insertion_point": [round(float(c), 1) for c in centre]}
    if trochanter is not None and np.linalg.norm(centre - trochanter) < 30.0:
        out["insertion"] = f"lesser_trochanter_{side}"
    return out


def muscle_rig(vertices: Array, faces: NDArray[np.int64], *, bones: dict[str, Array], centres: dict[str, Array],
               trochanter: Array | None, side: str, volume: float) -> dict:
    """Everything of a psoas or iliacus rig: centreline (origin first), radius, belly, attachments."""
    line, radius = g.axis_centreline(vertices, faces, n_slices=48, from_high=True)
    line = g.smooth_polyline(line, window=5)
    line, radius = g.resample(line, radius, spacing=5.0)
    rig = rounded(line, radius)
    rig["belly"] = belly(radius, line)
    rig.update(vertebral_origins(vertices, bones, centres))
    hip = bones.get(f"hip_bone_{side}")
    if hip is not None and len(contacts(vertices, hip)) >= MIN_CONTACT:
        rig["origin_bones"] = [f"hip_bone_{side}"]
    femur = bones.get(f"femur_{side}")
    if femur is not None:
        rig.update(insertion(vertices, femur, trochanter, side))
    rig["volume_mm3"] = round(float(volume), 0)
    return rig
