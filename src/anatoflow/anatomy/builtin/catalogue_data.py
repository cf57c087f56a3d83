"""What each structure of the built-in model is: names, FMA id, system, side, look, motion, attachments.

Bone and other ids follow the fixed list of docs/architecture.md. FMA ids come from the
BodyParts3D concept list where the concept is there, otherwise from the FMA itself, or are
left empty when no single concept fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOURCE = "anatoflow built-in generator (src/anatoflow/anatomy/builtin), placed from meshes/landmarks.toml"
LICENCE = "CC0-1.0"

#: Display colour and default opacity per system (organs set their own).
LOOK = {
    "muscle": ("#a8493a", 1.0), "tendon": ("#ece4cc", 1.0), "nerve": ("#e9c92f", 1.0),
    "vein": ("#2f55b5", 1.0), "artery": ("#c42a2a", 1.0), "lymph": ("#4aa34a", 1.0),
    "bone": ("#e6dcc2", 1.0),
}
ORGAN_LOOK = {"lung_l": ("#f0a3a8", 0.35), "lung_r": ("#f0a3a8", 0.35), "heart": ("#a23a3c", 1.0),
              "liver": ("#7a4022", 0.45), "oesophagus": ("#c98272", 1.0)}

THORACIC = ("T6", "T7", "T8", "T9", "T10", "T11", "T12")
LUMBAR = ("L1", "L2", "L3", "L4", "L5")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
          11: "XI", 12: "XII"}
_ORD_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
           8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
_VERT_FMA = {"T6": "FMA9945", "T7": "FMA9968", "T8": "FMA9991", "T9": "FMA10014", "T10": "FMA10037",
             "T11": "FMA10059", "T12": "FMA10081", "L1": "FMA13072", "L2": "FMA13073", "L3": "FMA13074",
             "L4": "FMA13075", "L5": "FMA13076"}
_RIB_FMA = {(7, "r"): "FMA8229", (7, "l"): "FMA8256", (8, "r"): "FMA8283", (8, "l"): "FMA8310",
            (9, "r"): "FMA8364", (9, "l"): "FMA8391", (10, "r"): "FMA8445", (10, "l"): "FMA8472",
            (11, "r"): "FMA8531", (11, "l"): "FMA8532", (12, "r"): "FMA8533", (12, "l"): "FMA8534"}


@dataclass(frozen=True)
class Entry:
    """Descriptive fields of one structure (geometry and rig are added by the writer)."""

    id: str
    name_en: str
    name_nb: str
    name_la: str
    fma: str
    system: str
    side: str
    motion: str
    attaches: tuple[str, ...] = ()
    follow: str = ""
    extra: dict = field(default_factory=dict)


def _lr(tag: str) -> tuple[str, str, str, str]:
    """(side, English, bokmål, Latin feminine/neuter adjective stem) for ``"l"``/``"r"``."""
    return ("left", "Left", "venstre", "sinist") if tag == "l" else ("right", "Right", "høyre", "dext")


def _muscles() -> list[Entry]:
    out = []
    for tag in ("l", "r"):
        side, en, nb, la = _lr(tag)
        other = "r" if tag == "l" else "l"
        verts = [f"vertebra_{v.lower()}" for v in ("T12", *LUMBAR)]
        out.append(Entry(f"psoas_major_{tag}", f"{en} psoas major", f"store lendemuskel, {nb}",
                         f"Musculus psoas major {la}er", "FMA22343" if tag == "l" else "FMA22342",
                         "muscle", side, "muscle",
                         (*verts, f"femur_{tag}", f"hip_bone_{tag}", f"iliacus_{tag}",
                          f"medial_arcuate_ligament_{tag}", "diaphragm", f"rib_12_{tag}")))
        out.append(Entry(f"iliacus_{tag}", f"{en} iliacus", f"hoftebeinsmuskel (iliacus), {nb}",
                         f"Musculus iliacus {la}er", "FMA22323" if tag == "l" else "FMA22322",
                         "muscle", side, "muscle",
                         (f"hip_bone_{tag}", f"femur_{tag}", f"psoas_major_{tag}", "sacrum")))
        del other
    return out


def _diaphragm() -> list[Entry]:
    ribs = [f"rib_{n:02d}_{t}" for n in range(7, 13) for t in ("l", "r")]
    parts = ("central_tendon", "right_crus", "left_crus", "median_arcuate_ligament",
             "medial_arcuate_ligament_l", "medial_arcuate_ligament_r")
    return [
        Entry("diaphragm", "Diaphragm (muscular domes and costal part)", "mellomgulvet (muskeldelen)",
              "Diaphragma, pars muscularis", "FMA13295", "muscle", "midline", "diaphragm",
              (*parts, *ribs, "vertebra_t12", "vertebra_l1", "liver", "heart", "psoas_major_l",
               "psoas_major_r")),
        Entry("right_crus", "Right crus of the diaphragm", "høyre crus (mellomgulvsbein)",
              "Crus dextrum diaphragmatis", "", "muscle", "right", "diaphragm",
              ("diaphragm", "central_tendon", "left_crus", "median_arcuate_ligament", "medial_arcuate_ligament_r",
               "vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_t12", "vertebra_t11", "liver",
               "azygos_vein")),
        Entry("left_crus", "Left crus of the diaphragm", "venstre crus (mellomgulvsbein)",
              "Crus sinistrum diaphragmatis", "", "muscle", "left", "diaphragm",
              ("diaphragm", "central_tendon", "median_arcuate_ligament", "medial_arcuate_ligament_l",
               "vertebra_l1", "vertebra_l2", "vertebra_t12")),
        Entry("central_tendon", "Central tendon of the diaphragm", "senespeilet (mellomgulvets senespeil)",
              "Centrum tendineum", "", "tendon", "midline", "diaphragm",
              ("diaphragm", "right_crus", "left_crus", "heart", "liver")),
        Entry("median_arcuate_ligament", "Median arcuate ligament", "midtre bueformede leddbånd",
              "Ligamentum arcuatum medianum", "", "tendon", "midline", "diaphragm",
              ("right_crus", "left_crus", "diaphragm", "vertebra_t12")),
        *[Entry(f"medial_arcuate_ligament_{t}", f"{_lr(t)[1]} medial arcuate ligament",
                f"mediale bueformede leddbånd, {_lr(t)[2]}", f"Ligamentum arcuatum mediale {_lr(t)[3]}rum",
                "", "tendon", _lr(t)[0], "diaphragm",
                ("diaphragm", "right_crus" if t == "r" else "left_crus", f"psoas_major_{t}",
                 "vertebra_l1", "vertebra_l2", "vertebra_t12"))
          for t in ("l", "r")],
    ]


def _nerves() -> list[Entry]:
    follow = ("oesophagus",)
    return [
        Entry("vagus_l", "Left vagus nerve", "venstre vagusnerve", "Nervus vagus sinister", "FMA6219",
              "nerve", "left", "follow", ("oesophageal_plexus", "lung_l"), "oesophagus"),
        Entry("vagus_r", "Right vagus nerve", "høyre vagusnerve", "Nervus vagus dexter", "FMA6218",
              "nerve", "right", "follow", ("oesophageal_plexus",), "oesophagus"),
        Entry("oesophageal_plexus", "Oesophageal plexus", "spiserørsfletningen",
              "Plexus oesophageus", "", "nerve", "midline", "follow",
              ("vagus_l", "vagus_r", "anterior_vagal_trunk", "posterior_vagal_trunk", *follow),
              "oesophagus"),
        Entry("anterior_vagal_trunk", "Anterior vagal trunk", "fremre vagusstamme",
              "Truncus vagalis anterior", "", "nerve", "midline", "follow",
              ("oesophageal_plexus",), "oesophagus"),
        Entry("posterior_vagal_trunk", "Posterior vagal trunk", "bakre vagusstamme",
              "Truncus vagalis posterior", "", "nerve", "midline", "follow",
              ("oesophageal_plexus",), "oesophagus"),
    ]


def _vessels() -> list[Entry]:
    out = []
    for tag in ("l", "r"):
        side, en, nb, la = _lr(tag)
        out += [
            Entry(f"femoral_vein_{tag}", f"{en} femoral vein", f"lårvene, {nb}", f"Vena femoralis {la}ra",
                  "FMA21189" if tag == "l" else "FMA21188", "vein", side, "vessel",
                  (f"external_iliac_vein_{tag}",)),
            Entry(f"external_iliac_vein_{tag}", f"{en} external iliac vein", f"ytre hoftevene, {nb}",
                  f"Vena iliaca externa {la}ra", "FMA18886" if tag == "l" else "FMA18885", "vein", side,
                  "vessel", (f"femoral_vein_{tag}", f"common_iliac_vein_{tag}")),
            Entry(f"common_iliac_vein_{tag}", f"{en} common iliac vein", f"felles hoftevene, {nb}",
                  f"Vena iliaca communis {la}ra", "FMA21388" if tag == "l" else "FMA21387", "vein", side,
                  "vessel", (f"external_iliac_vein_{tag}", "inferior_vena_cava",
                             "common_iliac_vein_r" if tag == "l" else "common_iliac_vein_l")),
        ]
    out += [
        Entry("inferior_vena_cava", "Inferior vena cava", "nedre hulvene", "Vena cava inferior", "FMA10951",
              "vein", "right", "vessel", ("common_iliac_vein_l", "common_iliac_vein_r", "heart", "liver")),
        Entry("azygos_vein", "Azygos vein", "azygosvenen", "Vena azygos", "FMA4838", "vein", "right",
              "vessel", ("superior_vena_cava", "right_crus")),
        Entry("superior_vena_cava", "Superior vena cava", "øvre hulvene", "Vena cava superior", "FMA4720",
              "vein", "right", "vessel", ("azygos_vein", "heart")),
        Entry("cisterna_chyli", "Cisterna chyli", "melkesaftcisternen (cisterna chyli)", "Cisterna chyli", "",
              "lymph", "midline", "vessel", ("thoracic_duct",)),
        Entry("thoracic_duct", "Thoracic duct", "brystgangen", "Ductus thoracicus", "", "lymph", "midline",
              "vessel", ("cisterna_chyli",)),
        Entry("aorta", "Descending aorta", "hovedpulsåren (nedadgående del)", "Aorta descendens", "FMA3784",
              "artery", "left", "vessel",
              ("common_iliac_artery_l", "common_iliac_artery_r",
               *[f"vertebra_{v.lower()}" for v in ("T6", "T7", "T8", "T9", "T10", "T11", "T12")])),
    ]
    for tag in ("l", "r"):
        side, en, nb, la = _lr(tag)
        out.append(Entry(f"common_iliac_artery_{tag}", f"{en} common iliac artery",
                         f"felles hoftepulsåre, {nb}", f"Arteria iliaca communis {la}ra",
                         "FMA14766" if tag == "l" else "FMA14765", "artery", side, "vessel",
                         ("aorta", "common_iliac_artery_r" if tag == "l" else "common_iliac_artery_l")))
    return out


def _bones() -> list[Entry]:
    out = []
    levels = (*THORACIC, *LUMBAR)
    for i, lv in enumerate(levels):
        n = int(lv[1:])
        thor = lv.startswith("T")
        en = f"{'Thoracic' if thor else 'Lumbar'} vertebra {lv}"
        nb = f"{n}. {'brystvirvel' if thor else 'lendevirvel'}"
        la = f"Vertebra {'thoracica' if thor else 'lumbalis'} {_ROMAN[n]}"
        att = [f"rib_{n:02d}_l", f"rib_{n:02d}_r"] if thor and n >= 7 else []
        if thor and n >= 6:
            att += [f"rib_{n + 1:02d}_l", f"rib_{n + 1:02d}_r"] if n + 1 <= 12 else []
        out.append(Entry(f"vertebra_{lv.lower()}", en, nb, la, _VERT_FMA[lv], "bone", "midline", "static",
                         tuple(att)))
    out.append(Entry("sacrum", "Sacrum", "korsbenet", "Os sacrum", "FMA16202", "bone", "midline", "static",
                     ("vertebra_l5", "hip_bone_l", "hip_bone_r")))
    for tag in ("l", "r"):
        side, en, nb, la = _lr(tag)
        out.append(Entry(f"hip_bone_{tag}", f"{en} hip bone", f"hoftebein, {nb}", f"Os coxae {la}rum",
                         "FMA16587" if tag == "l" else "FMA16586", "bone", side, "static",
                         ("sacrum", f"femur_{tag}", "hip_bone_r" if tag == "l" else "hip_bone_l")))
        out.append(Entry(f"femur_{tag}", f"{en} femur (proximal part)", f"lårbein, {nb} (øvre del)",
                         f"Femur {la}rum, pars proximalis", "FMA24475" if tag == "l" else "FMA24474",
                         "bone", side, "static", (f"hip_bone_{tag}",)))
    for tag in ("l", "r"):
        side, en, nb, la = _lr(tag)
        for n in range(7, 13):
            near = [f"rib_{m:02d}_{tag}" for m in (n - 1, n + 1) if 7 <= m <= 10 and n <= 10]
            out.append(Entry(
                f"rib_{n:02d}_{tag}", f"{en} {_ORD_EN[n]} rib with costal cartilage",
                f"{n}. ribbein med ribbeinsbrusk, {nb}", f"Costa {_ROMAN[n]} {la}ra cum cartilagine costali",
                _RIB_FMA[(n, tag)], "bone", side, "rib", (*near, f"vertebra_t{n}", "diaphragm")))
    return out


def _organs() -> list[Entry]:
    return [
        Entry("lung_l", "Left lung", "venstre lunge", "Pulmo sinister",
              "FMA7310", "organ", "left", "lung"),
        Entry("lung_r", "Right lung", "høyre lunge", "Pulmo dexter",
              "FMA7309", "organ", "right", "lung"),
        Entry("heart", "Heart", "hjertet", "Cor", "FMA7088", "organ", "midline", "follow",
              ("central_tendon", "inferior_vena_cava", "superior_vena_cava", "aorta", "diaphragm"),
              "central_tendon"),
        Entry("oesophagus", "Oesophagus", "spiserøret", "Oesophagus", "FMA7131", "organ", "midline", "vessel",
              ("oesophageal_plexus",)),
        Entry("liver", "Liver (region)", "leveren (område)", "Hepar", "FMA7197", "organ", "right", "follow",
              ("diaphragm", "central_tendon", "inferior_vena_cava", "right_crus"), "diaphragm"),
    ]


def entries() -> list[Entry]:
    """Every structure of the built-in model, in catalogue order."""
    return [*_muscles(), *_diaphragm(), *_nerves(), *_vessels(), *_bones(), *_organs()]
