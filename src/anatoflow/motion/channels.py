"""Morph channels: the contract between the motion rig, physiology, scene and exports.

Every deformation of the model is a *linear blend* of precomputed displacement fields:

    vertices(t) = rest + sum_k weight_k(t) * basis_k

``weight_k(t)`` comes from :func:`anatoflow.motion` (the breath and tension state) and, for
the IVC calibre, from :mod:`anatoflow.physiology`. ``basis_k`` is precomputed once per model
by the rig. The same bases are glTF morph targets and the browser player's morph data, so
every output animates identically.

Each channel has a unit (what weight 1.0 means) and an allowed range. The rig guarantees that
any weights inside the ranges give a valid body: no NaN, no flipped triangle, no structure
through its neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    """One morph channel.

    Attributes
    ----------
    name : str
        Identifier used in arrays, glTF target names and the browser player.
    unit : str
        What a weight of 1.0 means.
    low, high : float
        Allowed weight range.
    doc : str
        What the channel does to the anatomy.
    """

    name: str
    unit: str
    low: float
    high: float
    doc: str


CHANNELS: tuple[Channel, ...] = (
    Channel("dome_r_mm", "1 mm of right-dome apex descent", 0.0, 100.0,
            "Right hemidiaphragm descends and flattens from end expiration; the central tendon "
            "moves less, the crura stay on the spine; the right lung base, the liver region and "
            "the heart follow."),
    Channel("dome_l_mm", "1 mm of left-dome apex descent", 0.0, 100.0,
            "Left hemidiaphragm, as dome_r_mm; the left lung base and the heart follow."),
    Channel("rib_lift", "fraction of maximal rib elevation", 0.0, 1.0,
            "Lower ribs rotate up and out (pump and bucket handle); the costal margin of the "
            "diaphragm and the lungs follow."),
    Channel("psoas_l", "fraction of belly shortening", 0.0, 0.10,
            "Left psoas belly shortens along its centreline and thickens at constant volume."),
    Channel("psoas_r", "fraction of belly shortening", 0.0, 0.10,
            "Right psoas belly, as psoas_l."),
    Channel("iliacus_l", "fraction of belly shortening", 0.0, 0.10,
            "Left iliacus, as psoas_l."),
    Channel("iliacus_r", "fraction of belly shortening", 0.0, 0.10,
            "Right iliacus, as psoas_l."),
    Channel("iliac_compression_l", "fraction of antero-posterior flattening", 0.0, 0.30,
            "Left external/common iliac vein flattens where a tense psoas lies against it."),
    Channel("iliac_compression_r", "fraction of antero-posterior flattening", 0.0, 0.30,
            "Right iliac veins, as iliac_compression_l."),
    Channel("ivc_calibre", "relative change of IVC radius", -0.5, 0.2,
            "Abdominal IVC widens (+) or narrows (-) with its transmural pressure."),
    Channel("breath_bend", "bend of the breath's path: 4 s (1 - s), s the domes' mean share of their "
            "largest descent", 0.0, 1.0,
            "No motion of its own: where the rig finds neighbours meeting part way through a breath "
            "(a curved surface passing another though both ends of the path are clear), it keeps "
            "them apart there; zero at rest and at the largest breath (motion.breath.bend)."),
)

CHANNEL_NAMES: tuple[str, ...] = tuple(c.name for c in CHANNELS)
CHANNEL_INDEX: dict[str, int] = {c.name: i for i, c in enumerate(CHANNELS)}


def channel(name: str) -> Channel:
    """Return the channel called ``name``."""
    return CHANNELS[CHANNEL_INDEX[name]]
