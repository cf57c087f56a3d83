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

function fromBase64(text) {
  const clean = text.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(clean);
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Turn a GLB given as ArrayBuffer, typed array or base64 text into an ArrayBuffer. */
export function toArrayBuffer(glb) {
  if (glb == null) throw new TypeError("options.glb is missing");
  if (glb instanceof ArrayBuffer) return glb;
  if (ArrayBuffer.isView(glb)) return glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
  if (typeof glb === "string") return fromBase64(glb).buffer;
  throw new TypeError("glb must be an ArrayBuffer, a typed array or a base64 string");
}

async function gunzip(bytes) {
  // Read the stream chunk by chunk: Response(stream).arrayBuffer() is ten times slower in Chromium.
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  writer.write(bytes);
  writer.close();
  const reader = stream.readable.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out.buffer;
}

/** The GLB bytes, gunzipped when they start with the gzip magic (the HTML export gzips). */
export async function loadGlbBytes(glb) {
  const buffer = toArrayBuffer(glb);
  const head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buffer;
  return gunzip(new Uint8Array(buffer));
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

function collectStructures(root) {
  const structures = new Map();
  root.traverse((obj) => {
    const extras = obj.userData || {};
    if (extras.id && obj.isMesh) structures.set(extras.id, obj);
  });
  return structures;
}

function eachMaterial(obj, fn) {
  obj.traverse((o) => {
    if (!o.isMesh) return;
    for (const m of Array.isArray(o.material) ? o.material : [o.material]) fn(m, o);
  });
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
 * {position, target, up, fov (vertical, degrees), label: {en, nb}}} in glTF metres), camera (initial preset name),
 * captions ([{t, en, nb}] or [[t, {en, nb}]]; default: the GLB's scene extras), language
 * ("en" | "nb"), attribution (default: the GLB's asset.copyright), speed (1), autoplay (true),
 * controls (true: show the built-in controls), background ("#0f141b"), arrowsOnTop (true:
 * flow arrows are drawn over the anatomy), strings ({en: {play, pause, speed, time, camera,
 * layers, systems: {muscle, ...}}, nb: {...}}: replaces the built-in interface strings).
 *
 * Returns a Player: {ready, play(), pause(), toggle(), seek(t), setSpeed(s), setCamera(name),
 * setLayerVisible(system, on), setStructureVisible(id, on), setOpacity(systemOrId, 0..1),
 * highlight([ids]), setLanguage(lang), layers(), structures(), state(), on(event, cb), dispose()}.
 * Events: "ready", "time" (t), "play", "pause", "camera" (name), "layer" (system, on),
 * "structure" (id, on), "error".
 */
export function createPlayer(element, options = {}) {
  return new Player(element, options);
}

export class Player {
  constructor(element, options = {}) {
    this.opts = { language: "en", speed: 1, autoplay: true, controls: true, background: "#0f141b", ...options };
    this._listeners = new Map();
    this._state = { time: 0, duration: 0, playing: false, speed: Number(this.opts.speed) || 1,
      language: this.opts.language, camera: null, hidden: new Set(),
      captions: normaliseCaptions(this.opts.captions), cameras: { ...(this.opts.cameras || {}) } };
    this._mixer = null;
    this._layers = new Map();
    this._structures = new Map();
    this._frame = 0;
    this._disposed = false;
    this._dirty = true;
    this._last = performance.now();
    this._mount(element);
    this.ready = this._load();
    this._loop();
  }

  _mount(element) {
    injectStyle(element.ownerDocument);
    this._root = element.ownerDocument.createElement("div");
    this._root.className = "af-player";
    this._root.tabIndex = 0;
    element.appendChild(this._root);
    this._ui = buildUI(this._root, { controls: this.opts.controls !== false, actions: {
      toggle: () => this.toggle(), seek: (t) => this.seek(t), setSpeed: (s) => this.setSpeed(s),
      setCamera: (n) => this.setCamera(n), setLayerVisible: (s, on) => this.setLayerVisible(s, on) } });
    this._view = buildScene(this._ui.viewport, this.opts.background);
    this._ui.overrides = this.opts.strings || {};
    this._ui.setLanguage(this._state.language);
    this._ui.setStatus(strings(this._state.language, this._ui.overrides).loading);
    this._ui.setPlaying(false);
    this._ui.setSpeed(this._state.speed);
    this._observer = new ResizeObserver(() => this._resize());
    this._observer.observe(this._ui.viewport);
    this._resize();
    this._root.addEventListener("keydown", (event) => {
      if (event.key === " " && event.target === this._root) { event.preventDefault(); this.toggle(); }
    });
  }

  _load() {
    return loadGlbBytes(this.opts.glb).then((buffer) => new Promise((resolve, reject) => {
      new GLTFLoader().parse(buffer, "", (gltf) => resolve(this._onLoad(gltf)), reject);
    })).catch((err) => {
      this._ui.setStatus(`${strings(this._state.language, this._ui.overrides).failed}: ${err && err.message ? err.message : err}`);
      console.error("anatoflow player:", err);
      this._emit("error", err);
      throw err;
    });
  }

  _onLoad(gltf) {
    const state = this._state;
    this._view.scene.add(gltf.scene);
    this._mixer = new AnimationMixer(gltf.scene);
    const clip = gltf.animations[0];
    if (clip) {
      this._mixer.clipAction(clip).play();
      state.duration = clip.duration;
    }
    if (!state.captions.length) state.captions = normaliseCaptions((gltf.scene.userData || {}).captions);
    this._ui.setAttribution(this.opts.attribution ?? (gltf.asset && gltf.asset.copyright) ?? "");
    this._layers = collectLayers(gltf.scene);
    this._structures = collectStructures(gltf.scene);
    eachMaterial(gltf.scene, (m) => {
      m.userData.baseOpacity = m.opacity;
      m.userData.baseTransparent = m.transparent;
      m.userData.baseDepthWrite = m.depthWrite;
    });
    if (this.opts.arrowsOnTop !== false) drawOnTop(this._layers.get("flow") || []);
    if (!Object.keys(state.cameras).length) state.cameras = { default: fitCamera(gltf.scene) };
    for (const system of state.hidden) this.setLayerVisible(system, false);
    this.setLanguage(state.language);
    const first = state.cameras[this.opts.camera] ? this.opts.camera : Object.keys(state.cameras)[0];
    this.setCamera(first);
    this._ui.setStatus("");
    this.seek(state.time);
    if (this.opts.autoplay !== false && state.duration > 0) this.play();
    this._emit("ready", this);
    return this;
  }

  _resize() {
    const w = this._ui.viewport.clientWidth || 1, h = this._ui.viewport.clientHeight || 1;
    this._view.renderer.setSize(w, h, false);
    this._view.camera.aspect = w / h;
    this._view.camera.updateProjectionMatrix();
    this._dirty = true;
  }

  _loop(now = performance.now()) {
    if (this._disposed) return;
    this._frame = requestAnimationFrame((t) => this._loop(t));
    const dt = Math.min(Math.max(now - this._last, 0) / 1000, 0.25);
    this._last = now;
    const state = this._state;
    if (this._mixer && state.playing && state.duration > 0) {
      state.time = (state.time + dt * state.speed) % state.duration;
      this._mixer.setTime(state.time);
      this._showTime();
      this._emit("time", state.time);
    }
    if (this._view.controls.update()) this._dirty = true;
    if (!this._dirty) return; // render on demand: a paused, untouched view costs no GPU/CPU time
    this._dirty = false;
    this._view.renderer.render(this._view.scene, this._view.camera);
  }

  _showTime() {
    this._dirty = true;
    this._ui.setTime(this._state.time, this._state.duration);
    this._ui.setCaption(captionAt(this._state.captions, this._state.time, this._state.language));
  }

  _emit(name, ...args) {
    for (const cb of this._listeners.get(name) || []) cb(...args);
  }

  play() {
    this._state.playing = true;
    this._last = performance.now();
    this._ui.setPlaying(true);
    this._emit("play");
  }

  pause() {
    this._state.playing = false;
    this._ui.setPlaying(false);
    this._emit("pause");
  }

  toggle() {
    return this._state.playing ? this.pause() : this.play();
  }

  seek(t) {
    const d = this._state.duration || 0;
    this._state.time = d > 0 ? Math.min(Math.max(Number(t) || 0, 0), d) : 0;
    if (this._mixer) this._mixer.setTime(this._state.time);
    this._showTime();
    this._emit("time", this._state.time);
  }

  setSpeed(s) {
    this._state.speed = Math.min(Math.max(Number(s) || 1, 0.05), 8);
    this._ui.setSpeed(this._state.speed);
  }

  setCamera(name) {
    const preset = this._state.cameras[name];
    if (!preset) return false;
    const { camera, controls } = this._view;
    camera.up.fromArray(preset.up || [0, 1, 0]);
    if (preset.fov) {
      camera.fov = Number(preset.fov);
      camera.updateProjectionMatrix();
    }
    camera.position.fromArray(preset.position);
    controls.target.fromArray(preset.target);
    camera.lookAt(controls.target);
    controls.update();
    this._dirty = true;
    this._state.camera = name;
    this._ui.setCamera(name);
    this._emit("camera", name);
    return true;
  }

  setLayerVisible(system, on) {
    if (on) this._state.hidden.delete(system); else this._state.hidden.add(system);
    for (const obj of this._layers.get(system) || []) obj.visible = !!on;
    this._dirty = true;
    this._ui.setLayerChecked(system, !!on);
    this._emit("layer", system, !!on);
  }

  /** Show or hide one structure by its id (node extras `id`). */
  setStructureVisible(id, on) {
    const obj = this._structures.get(id);
    if (!obj) return false;
    obj.visible = !!on;
    this._dirty = true;
    this._emit("structure", id, !!on);
    return true;
  }

  /**
   * Opacity 0..1 of a system ("muscle") or a structure id, as a factor of its own opacity
   * (1 restores the exported look).
   */
  setOpacity(target, value) {
    const factor = Math.min(Math.max(Number(value), 0), 1);
    const objects = this._layers.get(target) || (this._structures.has(target) ? [this._structures.get(target)] : []);
    for (const obj of objects) {
      eachMaterial(obj, (m) => {
        const base = m.userData.baseOpacity ?? 1;
        m.opacity = base * factor;
        m.transparent = factor < 1 || !!m.userData.baseTransparent;
        m.depthWrite = factor < 1 ? false : m.userData.baseDepthWrite ?? true;
        m.needsUpdate = true;
      });
    }
    this._dirty = true;
    return objects.length > 0;
  }

  /** Make the listed structure ids glow (story mode); an empty list clears the highlight. */
  highlight(ids = []) {
    const wanted = new Set(ids);
    for (const [id, obj] of this._structures) {
      eachMaterial(obj, (m) => {
        if (!m.emissive) return;
        m.emissive.setRGB(...(wanted.has(id) ? [0.35, 0.3, 0.05] : [0, 0, 0]));
      });
    }
    this._dirty = true;
  }

  /** Structures in the model: [{id, system, names}]. */
  structures() {
    return [...this._structures.values()].map((o) => ({ id: o.userData.id, system: o.userData.system,
      names: { ...(o.userData.names || {}) } }));
  }

  setLanguage(language) {
    const state = this._state;
    state.language = language;
    this._ui.setLanguage(language);
    this._ui.setPlaying(state.playing);
    this._ui.setCameras(state.cameras, state.camera);
    this._ui.setLayers([...this._layers.keys()], (s) => !state.hidden.has(s));
    this._showTime();
  }

  layers() {
    return [...this._layers.keys()];
  }

  state() {
    const s = this._state;
    return { time: s.time, duration: s.duration, playing: s.playing, speed: s.speed, camera: s.camera,
      language: s.language, hidden: [...s.hidden] };
  }

  on(name, cb) {
    if (!this._listeners.has(name)) this._listeners.set(name, []);
    this._listeners.get(name).push(cb);
    return () => this._listeners.set(name, this._listeners.get(name).filter((f) => f !== cb));
  }

  dispose() {
    this._disposed = true;
    cancelAnimationFrame(this._frame);
    this._observer.disconnect();
    this._view.controls.dispose();
    this._view.renderer.dispose();
    this._root.remove();
  }
}
