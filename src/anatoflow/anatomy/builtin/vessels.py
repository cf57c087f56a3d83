"""Veins, arteries and lymph vessels: tubes swept along their routes at realistic calibres."""

from __future__ import annotations

from anatoflow.anatomy.builtin import routes
from anatoflow.anatomy.builtin.primitives import Part, sweep
from anatoflow.anatomy.landmarks import Landmarks


def vessel_routes(lm: Landmarks) -> dict[str, routes.Route]:
    """Route of every vessel (and the oesophagus) by structure id, in the direction of flow."""
    out = {
        "femoral_vein_l": routes.femoral_vein(lm, 1.0),
        "femoral_vein_r": routes.femoral_vein(lm, -1.0),
        "external_iliac_vein_l": routes.external_iliac_vein(lm, 1.0),
        "external_iliac_vein_r": routes.external_iliac_vein(lm, -1.0),
        "common_iliac_vein_l": routes.common_iliac_vein(lm, 1.0),
        "common_iliac_vein_r": routes.common_iliac_vein(lm, -1.0),
        "inferior_vena_cava": routes.inferior_vena_cava(lm),
        "azygos_vein": routes.azygos_vein(lm),
        "superior_vena_cava": routes.superior_vena_cava(lm),
        "cisterna_chyli": routes.cisterna_chyli(lm),
        "thoracic_duct": routes.thoracic_duct(lm),
        "aorta": routes.aorta(lm),
        "common_iliac_artery_l": routes.common_iliac_artery(lm, 1.0),
        "common_iliac_artery_r": routes.common_iliac_artery(lm, -1.0),
    }
    return out


#: Sections around each tube: the big vessels get more.
_AROUND = {"inferior_vena_cava": 32, "aorta": 32, "superior_vena_cava": 28, "thoracic_duct": 10,
           "cisterna_chyli": 16, "azygos_vein": 16}


def build_vessels(lm: Landmarks) -> dict[str, Part]:
    """Vessel meshes by structure id (junction ends are flat so tubes join without a waist)."""
    out = {}
    for sid, r in vessel_routes(lm).items():
        rounded = sid in ("thoracic_duct", "cisterna_chyli")
        out[sid] = sweep(r.points, r.radius, n_around=_AROUND.get(sid, 24), round_ends=rounded)
    return out
