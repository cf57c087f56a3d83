// The player's controls: play/pause, time scrubber, speed, camera presets, layer toggles,
// caption line and attribution footer. Text is always set with textContent, never as HTML.
import { cameraLabel, strings } from "./i18n.js";

const SPEEDS = [0.25, 0.5, 1, 1.5, 2];

function el(doc, tag, className, parent) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

/**
 * Build the DOM of a player inside `root`. `actions` receives user input:
 * {toggle(), seek(t), setSpeed(s), setCamera(name), setLayerVisible(system, on)}.
 */
export function buildUI(root, { controls, actions }) {
  const doc = root.ownerDocument;
  const viewport = el(doc, "div", "af-viewport", root);
  const status = el(doc, "div", "af-status", viewport);
  const caption = el(doc, "div", "af-caption", viewport);
  caption.setAttribute("aria-live", "polite");
  const layers = el(doc, "div", "af-layers", viewport);
  const bar = el(doc, "div", "af-bar", root);
  const footer = el(doc, "div", "af-footer", root);

  const play = el(doc, "button", "af-play", bar);
  play.type = "button";
  play.addEventListener("click", () => actions.toggle());
  const scrub = el(doc, "input", "af-scrub", bar);
  scrub.type = "range";
  scrub.min = "0";
  scrub.step = "0.01";
  scrub.addEventListener("input", () => actions.seek(Number(scrub.value)));
  const time = el(doc, "span", "af-time", bar);
  const speed = el(doc, "select", "af-speed", bar);
  for (const s of SPEEDS) {
    const option = el(doc, "option", "", speed);
    option.value = String(s);
    option.textContent = `${s}×`;
  }
  speed.addEventListener("change", () => actions.setSpeed(Number(speed.value)));
  const camera = el(doc, "select", "af-camera", bar);
  camera.addEventListener("change", () => actions.setCamera(camera.value));
  if (!controls) {
    bar.style.display = "none";
    layers.style.display = "none";
  }

  const ui = {
    viewport,
    layerBoxes: new Map(),
    language: "en",
    overrides: {},
    cameras: {},
    setStatus(text) {
      status.textContent = text || "";
    },
    setCaption(text) {
      if (caption.textContent !== text) caption.textContent = text || "";
    },
    setAttribution(text) {
      footer.textContent = text || "";
    },
    setPlaying(playing) {
      const s = strings(ui.language, ui.overrides);
      play.textContent = playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`;
      play.setAttribute("aria-pressed", playing ? "true" : "false");
    },
    setTime(t, duration) {
      // Only when the shown tenth of a second changes: restyling the controls on every frame
      // costs a slow computer a good part of its frame budget.
      const text = `${t.toFixed(1)} / ${duration.toFixed(1)} s`;
      if (text === time.textContent) return;
      scrub.max = String(duration);
      if (doc.activeElement !== scrub) scrub.value = String(t);
      time.textContent = text;
    },
    setSpeed(s) {
      speed.value = String(s);
      if (speed.value !== String(s)) {
        const option = el(doc, "option", "", speed);
        option.value = String(s);
        option.textContent = `${s}×`;
        speed.value = String(s);
      }
    },
    setCameras(cameras, current) {
      ui.cameras = cameras;
      camera.replaceChildren();
      for (const [name, preset] of Object.entries(cameras)) {
        const option = el(doc, "option", "", camera);
        option.value = name;
        option.textContent = cameraLabel(name, preset, ui.language);
      }
      camera.style.display = Object.keys(cameras).length ? "" : "none";
      if (current) camera.value = current;
    },
    setCamera(name) {
      camera.value = name;
    },
    setLayers(systems, visible) {
      const s = strings(ui.language, ui.overrides);
      layers.replaceChildren();
      ui.layerBoxes.clear();
      el(doc, "b", "", layers).textContent = s.layers;
      for (const system of systems) {
        const label = el(doc, "label", "", layers);
        const box = el(doc, "input", "", label);
        box.type = "checkbox";
        box.checked = visible(system);
        box.dataset.system = system;
        box.addEventListener("change", () => actions.setLayerVisible(system, box.checked));
        label.appendChild(doc.createTextNode(` ${s.systems[system] || system}`));
        ui.layerBoxes.set(system, box);
      }
      layers.style.display = controls && systems.length ? "" : "none";
    },
    setLayerChecked(system, on) {
      const box = ui.layerBoxes.get(system);
      if (box) box.checked = on;
    },
    setLanguage(language) {
      ui.language = language;
      time.title = strings(language, ui.overrides).time;
      speed.title = strings(language, ui.overrides).speed;
      camera.title = strings(language, ui.overrides).camera;
    },
  };
  return ui;
}
