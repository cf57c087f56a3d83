// Entry point of the bundle. As an IIFE it defines the global `anatoflowPlayer`;
// `anatoflowPlayer.createPlayer(element, options)` makes a player (see player.js).
export { captionAt, normaliseCaptions } from "./captions.js";
export { loadGlbBytes, toArrayBuffer } from "./glb.js";
export { createPlayer, Player } from "./player.js";
export { AdaptiveQuality, DETAIL_STEPS } from "./quality.js";
export { STRINGS } from "./i18n.js";
export const VERSION = "1";
