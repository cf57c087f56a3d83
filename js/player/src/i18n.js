// Interface strings of the player in English and Norwegian bokmål.

export const STRINGS = {
  en: {
    play: "Play",
    pause: "Pause",
    time: "Time",
    speed: "Speed",
    camera: "View",
    layers: "Layers",
    loading: "Loading the 3D model…",
    failed: "The 3D model could not be shown",
    systems: {
      muscle: "Muscles",
      tendon: "Tendons",
      nerve: "Nerves",
      vein: "Veins",
      artery: "Arteries",
      lymph: "Lymph",
      bone: "Bones",
      organ: "Organs",
      flow: "Flow arrows",
    },
  },
  nb: {
    play: "Spill av",
    pause: "Pause",
    time: "Tid",
    speed: "Fart",
    camera: "Visning",
    layers: "Lag",
    loading: "Laster 3D-modellen …",
    failed: "3D-modellen kunne ikke vises",
    systems: {
      muscle: "Muskler",
      tendon: "Sener",
      nerve: "Nerver",
      vein: "Vener",
      artery: "Arterier",
      lymph: "Lymfe",
      bone: "Skjelett",
      organ: "Organer",
      flow: "Strømningspiler",
    },
  },
};

/**
 * Strings for `language`, falling back to English; `overrides` ({en: {...}, nb: {...}}, for
 * example from anatoflow.content's ui.toml) replace single entries, `systems` merged too.
 */
export function strings(language, overrides = {}) {
  const base = STRINGS[language] || STRINGS.en;
  const extra = (overrides && overrides[language]) || {};
  return { ...base, ...extra, systems: { ...base.systems, ...(extra.systems || {}) } };
}

/** Label of a camera preset: its `label[language]`, else its name. */
export function cameraLabel(name, preset, language) {
  const label = preset && preset.label;
  if (label && typeof label === "object") return String(label[language] || label.en || name);
  if (typeof label === "string") return label;
  return name;
}
