"""Readable anatomical materials: colour from the catalogue, surface finish per system.

A :class:`Material` is a plain value; :func:`material_for` derives one from a catalogue entry.
Nothing here touches pyvista's global theme: every option is passed to ``add_mesh``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from anatoflow.anatomy.catalogue import SYSTEMS, Structure


@dataclass(frozen=True)
class Material:
    """How one surface is shaded.

    Attributes
    ----------
    colour : str
        ``#rrggbb`` diffuse colour.
    opacity : float
        0 (invisible) to 1 (opaque).
    ambient, diffuse, specular : float
        Phong lighting coefficients in ``[0, 1]``.
    specular_power : float
        Highlight sharpness (larger is a smaller, sharper highlight).
    interpolation : str
        ``"gouraud"`` or ``"phong"`` (smooth) or ``"flat"``.
    """

    colour: str
    opacity: float = 1.0
    ambient: float = 0.15
    diffuse: float = 0.85
    specular: float = 0.2
    specular_power: float = 20.0
    interpolation: str = "phong"

    def mesh_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``pyvista.Plotter.add_mesh``."""
        return {
            "color": self.colour,
            "opacity": self.opacity,
            "ambient": self.ambient,
            "diffuse": self.diffuse,
            "specular": self.specular,
            "specular_power": self.specular_power,
            "interpolation": self.interpolation,
        }


#: Surface finish per system: wet vessels and tendons shine, bone is matte, muscle is satin.
SYSTEM_FINISH: Mapping[str, Mapping[str, float]] = MappingProxyType({
    "muscle": MappingProxyType({"ambient": 0.18, "diffuse": 0.85, "specular": 0.25, "specular_power": 18.0}),
    "tendon": MappingProxyType({"ambient": 0.22, "diffuse": 0.8, "specular": 0.5, "specular_power": 35.0}),
    "nerve": MappingProxyType({"ambient": 0.25, "diffuse": 0.8, "specular": 0.45, "specular_power": 30.0}),
    "vein": MappingProxyType({"ambient": 0.18, "diffuse": 0.8, "specular": 0.55, "specular_power": 40.0}),
    "artery": MappingProxyType({"ambient": 0.18, "diffuse": 0.8, "specular": 0.55, "specular_power": 40.0}),
    "lymph": MappingProxyType({"ambient": 0.25, "diffuse": 0.8, "specular": 0.5, "specular_power": 35.0}),
    "bone": MappingProxyType({"ambient": 0.2, "diffuse": 0.9, "specular": 0.08, "specular_power": 8.0}),
    "organ": MappingProxyType({"ambient": 0.18, "diffuse": 0.8, "specular": 0.3, "specular_power": 25.0}),
})

#: Fallback colour per system, used when a structure has none and for flow glyph legends.
SYSTEM_COLOURS: Mapping[str, str] = MappingProxyType({
    "muscle": "#b5443c",
    "tendon": "#e8dfc8",
    "nerve": "#f2d049",
    "vein": "#3a5fb8",
    "artery": "#c8282d",
    "lymph": "#6cbf5a",
    "bone": "#e9e2cf",
    "organ": "#c98f7e",
})

#: System names for legends.
SYSTEM_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "muscle": MappingProxyType({"en": "Muscle", "nb": "Muskel"}),
    "tendon": MappingProxyType({"en": "Tendon", "nb": "Sene"}),
    "nerve": MappingProxyType({"en": "Nerve", "nb": "Nerve"}),
    "vein": MappingProxyType({"en": "Vein", "nb": "Vene"}),
    "artery": MappingProxyType({"en": "Artery", "nb": "Arterie"}),
    "lymph": MappingProxyType({"en": "Lymph", "nb": "Lymfe"}),
    "bone": MappingProxyType({"en": "Bone", "nb": "Skjelett"}),
    "organ": MappingProxyType({"en": "Organ", "nb": "Organ"}),
})

#: Flow glyph colour ramps (slow -> fast) and legend names.
ARROW_RAMPS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "vein": ("#2f6bff", "#7ff8ff"),
    "lymph": ("#3fbf4f", "#f4fff0"),
})
ARROW_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "vein": MappingProxyType({"en": "Venous flow", "nb": "Venøs strøm"}),
    "lymph": MappingProxyType({"en": "Lymph flow", "nb": "Lymfestrøm"}),
})

LANGUAGES: tuple[str, ...] = ("en", "nb")


def material_for(structure: Structure, *, opacity: float | None = None) -> Material:
    """Return the material of a catalogue structure.

    Parameters
    ----------
    structure : Structure
        The catalogue entry; its colour and default opacity are used.
    opacity : float, optional
        Override of the catalogue's opacity.
    """
    finish = SYSTEM_FINISH.get(structure.system, SYSTEM_FINISH["organ"])
    colour = structure.colour or SYSTEM_COLOURS.get(structure.system, "#cccccc")
    base = Material(colour=colour, opacity=structure.opacity, **finish)
    return base if opacity is None else replace(base, opacity=float(opacity))


def system_name(system: str, language: str = "en") -> str:
    """Legend name of a system in ``"en"`` or ``"nb"``."""
    if system not in SYSTEM_NAMES:
        raise ValueError(f"unknown system {system!r}; allowed {SYSTEMS}")
    if language not in LANGUAGES:
        raise ValueError(f"language = {language!r} is not one of {LANGUAGES}")
    return SYSTEM_NAMES[system][language]
