// anatoflow's in-browser player: loads an animated GLB (written by anatoflow.export.gltf)
// and plays it with three.js's AnimationMixer. Shared by the standalone HTML export and the
// Panel app.
import {
  AnimationMixer, Box3, Color, DirectionalLight, HemisphereLight, PerspectiveCamera,
  Scene, SRGBColorSpace, Vector3, WebGLRenderer,
} from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { strings } from "./i18n.js";
import { injectStyle } from "./style.js";
import { buildUI } from "./ui.js";

/** Turn a GLB given as ArrayBuffer, typed array or base64 text into an ArrayBuffer. */
export function toArrayBuffer(glb) {
  if (glb == null) throw new TypeError("options.glb is missing");
  if (glb instanceof ArrayBuffer) return glb;
  if (ArrayBuffer.isView(glb)) return glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
  if (typeof glb === "string") {
    const text = atob(glb.replace(/^data:[^,]*,/, ""));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  }
  throw new TypeError("glb must be an ArrayBuffer, a typed array or a base64 string");
}

/** The GLB bytes, gunzipped when they start with the gzip magic (the HTML export gzips). */
export async function loadGlbBytes(glb) {
  const buffer = toArrayBuffer(glb);
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/** Captions as [{t, en, nb}] sorted by time, from [{t, en, nb}] or [[t, {en, nb}]]. */
export function normaliseCaptions(captions) {
  const list = (captions || []).map((c) => (Array.isArray(c) ? { t: Number(c[0]), ...c[1] } : { ...c, t: Number(c.t) }));
  return list.filter((c) => Number.isFinite(c.t)).sort((a, b) => a.t - b.t);
}

/** The caption showing at time `t` in `language` ("" when none). */
export function captionAt(captions, t, language) {
  let found = null;
  for (const c of captions) if (c.t <= t + 1e-6) found = c;
  return found ? String(found[language] ?? found.en ?? "") : "";
}

function buildScene(viewport, background) {
  const renderer = new WebGLRenderer({ antialias: true });
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  viewport.prepend(renderer.domElement);
  const scene = new Scene();
  scene.background = new Color(background);
  const camera = new PerspectiveCamera(35, 1, 0.01, 50);
  scene.add(camera);
  scene.add(new HemisphereLight(0xffffff, 0x3a4450, 1.6));
  const headlight = new DirectionalLight(0xffffff, 2.2);
  headlight.position.set(0.5, 0.8, 1.0);
  camera.add(headlight);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.enableDamping = true;
  return { renderer, scene, camera, controls };
}

function collectLayers(root) {
  const layers = new Map();
  root.traverse((obj) => {
    const system = obj.userData && obj.userData.system;
    if (!system) return;
    if (obj.parent && obj.parent.userData && obj.parent.userData.system === system) return;
    if (!layers.has(system)) layers.set(system, []);
    layers.get(system).push(obj);
  });
  return layers;
}

function drawOnTop(objects) {
  // Flow arrows run inside vessels: draw them over everything so they stay readable.
  for (const group of objects) {
    group.traverse((obj) => {
      if (!obj.isMesh) return;
      obj.renderOrder = 10;
      obj.material.depthTest = false;
      obj.material.transparent = true;
    });
  }
}

function fitCamera(root) {
  const box = new Box3().setFromObject(root);
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3()).length() || 1;
  return { position: [centre.x, centre.y, centre.z + size * 1.6], target: centre.toArray(), up: [0, 1, 0] };
}

/**
 * Create a player in `element`.
 *
 * options: glb (ArrayBuffer | Uint8Array | base64 string, required; plain or gzipped), cameras ({name:
 * {position, target, up, label: {en, nb}}} in glTF metres), camera (initial preset name),
 * captions ([{t, en, nb}] or [[t, {en, nb}]]; default: the GLB's scene extras), language
 * ("en" | "nb"), attribution (default: the GLB's asset.copyright), speed (1), autoplay (true),
 * controls (true: show the built-in controls), background ("#0f141b"), arrowsOnTop (true:
 * flow arrows are drawn over the anatomy).
 *
 * Returns {ready, play(), pause(), toggle(), seek(t), setSpeed(s), setCamera(name),
 * setLayerVisible(system, on), setLanguage(lang), layers(), model() (the loaded glTF scene),
 * redraw(), state(), on(event, cb), dispose()}.
 * Events: "ready", "time" (t), "play", "pause", "camera" (name), "layer" (system, on), "error".
 */
export function createPlayer(element, options = {}) {
  const opts = { language: "en", speed: 1, autoplay: true, controls: true, background: "#0f141b", ...options };
  injectStyle(element.ownerDocument);
  const root = element.ownerDocument.createElement("div");
  root.className = "af-player";
  root.tabIndex = 0;
  element.appendChild(root);
  const listeners = new Map();
  const emit = (name, ...args) => (listeners.get(name) || []).forEach((cb) => cb(...args));
  const state = { time: 0, duration: 0, playing: false, speed: Number(opts.speed) || 1, language: opts.language,
    camera: null, hidden: new Set(), captions: normaliseCaptions(opts.captions), cameras: { ...(opts.cameras || {}) } };
  let mixer = null, layers = new Map(), frame = 0, disposed = false, dirty = true, model = null;

  const api = {};
  const ui = buildUI(root, { controls: opts.controls !== false, actions: {
    toggle: () => api.toggle(), seek: (t) => api.seek(t), setSpeed: (s) => api.setSpeed(s),
    setCamera: (n) => api.setCamera(n), setLayerVisible: (s, on) => api.setLayerVisible(s, on) } });
  const view = buildScene(ui.viewport, opts.background);
  ui.setLanguage(state.language);
  ui.setStatus(strings(state.language).loading);
  ui.setPlaying(false);
  ui.setSpeed(state.speed);

  const resize = () => {
    const w = ui.viewport.clientWidth || 1, h = ui.viewport.clientHeight || 1;
    view.renderer.setSize(w, h, false);
    view.camera.aspect = w / h;
    view.camera.updateProjectionMatrix();
    dirty = true;
  };
  const observer = new ResizeObserver(resize);
  observer.observe(ui.viewport);
  resize();

  const showTime = () => {
    dirty = true;
    ui.setTime(state.time, state.duration);
    ui.setCaption(captionAt(state.captions, state.time, state.language));
  };
  let last = performance.now();
  const loop = (now = performance.now()) => {
    if (disposed) return;
    frame = requestAnimationFrame(loop);
    const dt = Math.min(Math.max(now - last, 0) / 1000, 0.25);
    last = now;
    if (mixer && state.playing && state.duration > 0) {
      state.time = (state.time + dt * state.speed) % state.duration;
      mixer.setTime(state.time);
      showTime();
      emit("time", state.time);
    }
    if (view.controls.update()) dirty = true;
    if (!dirty) return; // render on demand: a paused, untouched view costs no GPU/CPU time
    dirty = false;
    view.renderer.render(view.scene, view.camera);
  };

  Object.assign(api, {
    play() { state.playing = true; last = performance.now(); ui.setPlaying(true); emit("play"); },
    pause() { state.playing = false; ui.setPlaying(false); emit("pause"); },
    toggle() { return state.playing ? api.pause() : api.play(); },
    seek(t) {
      const d = state.duration || 0;
      state.time = d > 0 ? Math.min(Math.max(Number(t) || 0, 0), d) : 0;
      if (mixer) mixer.setTime(state.time);
      showTime();
      emit("time", state.time);
    },
    setSpeed(s) { state.speed = Math.min(Math.max(Number(s) || 1, 0.05), 8); ui.setSpeed(state.speed); },
    setCamera(name) {
      const preset = state.cameras[name];
      if (!preset) return false;
      view.camera.up.fromArray(preset.up || [0, 1, 0]);
      view.camera.position.fromArray(preset.position);
      view.controls.target.fromArray(preset.target);
      view.camera.lookAt(view.controls.target);
      view.controls.update();
      dirty = true;
      state.camera = name;
      ui.setCamera(name);
      emit("camera", name);
      return true;
    },
    setLayerVisible(system, on) {
      if (on) state.hidden.delete(system); else state.hidden.add(system);
      for (const obj of layers.get(system) || []) obj.visible = !!on;
      dirty = true;
      ui.setLayerChecked(system, !!on);
      emit("layer", system, !!on);
    },
    setLanguage(language) {
      state.language = language;
      ui.setLanguage(language);
      ui.setPlaying(state.playing);
      ui.setCameras(state.cameras, state.camera);
      ui.setLayers([...layers.keys()], (s) => !state.hidden.has(s));
      showTime();
    },
    layers: () => [...layers.keys()],
    // For hosts (the Panel app) that style single structures: the loaded glTF scene, and a redraw request.
    model: () => model,
    redraw() { dirty = true; },
    state: () => ({ time: state.time, duration: state.duration, playing: state.playing, speed: state.speed,
      camera: state.camera, language: state.language, hidden: [...state.hidden] }),
    on(name, cb) {
      if (!listeners.has(name)) listeners.set(name, []);
      listeners.get(name).push(cb);
      return () => listeners.set(name, listeners.get(name).filter((f) => f !== cb));
    },
    dispose() {
      disposed = true;
      cancelAnimationFrame(frame);
      observer.disconnect();
      view.controls.dispose();
      view.renderer.dispose();
      root.remove();
    },
  });

  const onLoad = (gltf) => {
    view.scene.add(gltf.scene);
    model = gltf.scene;
    const clip = gltf.animations[0];
    mixer = new AnimationMixer(gltf.scene);
    if (clip) {
      mixer.clipAction(clip).play();
      state.duration = clip.duration;
    }
    const extras = gltf.scene.userData || {};
    if (!state.captions.length) state.captions = normaliseCaptions(extras.captions);
    ui.setAttribution(opts.attribution ?? (gltf.asset && gltf.asset.copyright) ?? "");
    layers = collectLayers(gltf.scene);
    if (opts.arrowsOnTop !== false) drawOnTop(layers.get("flow") || []);
    if (!Object.keys(state.cameras).length) state.cameras = { default: fitCamera(gltf.scene) };
    for (const system of state.hidden) api.setLayerVisible(system, false);
    api.setLanguage(state.language);
    const first = opts.camera && state.cameras[opts.camera] ? opts.camera : Object.keys(state.cameras)[0];
    api.setCamera(first);
    ui.setStatus("");
    api.seek(state.time);
    if (opts.autoplay !== false && state.duration > 0) api.play();
    emit("ready", api);
    return api;
  };
  api.ready = loadGlbBytes(opts.glb).then((buffer) => new Promise((resolve, reject) => {
    new GLTFLoader().parse(buffer, "", (gltf) => resolve(onLoad(gltf)), reject);
  })).catch((err) => {
    ui.setStatus(`${strings(state.language).failed}: ${err && err.message ? err.message : err}`);
    console.error("anatoflow player:", err);
    emit("error", err);
    throw err;
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === " " && event.target === root) { event.preventDefault(); api.toggle(); }
  });
  loop();
  return api;
}
