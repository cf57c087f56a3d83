// anatoflow's in-browser player: loads an animated GLB (written by anatoflow.export.gltf)
// and plays it with three.js's AnimationMixer. Shared by the standalone HTML export and the
// Panel app.
import { AnimationMixer, Quaternion, Vector3 } from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { captionAt, normaliseCaptions } from "./captions.js";
import { loadGlbBytes } from "./glb.js";
import { strings } from "./i18n.js";
import { AdaptiveQuality, DetailLevels } from "./quality.js";
import {
  buildScene, collectLayers, collectStructures, drawOnTop, eachMaterial, fitCamera, InstancedArrows,
  padMorphTargets, useLambertMaterials,
} from "./scene.js";
import { injectStyle } from "./style.js";
import { buildUI } from "./ui.js";

/** Milliseconds after the last camera move when a paused view is redrawn at full detail. */
const STILL_AFTER_MS = 250;

/** A performance mark "anatoflow:<name>" (the benchmarks read them; harmless elsewhere). */
export function mark(name) {
  if (typeof performance !== "undefined" && performance.mark) performance.mark(`anatoflow:${name}`);
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
 * highlight([ids]), setLanguage(lang), layers(), structures(), state(), quality(), pose(),
 * setPose({position, target}), on(event, cb), dispose()}.
 *
 * While it plays, or while the camera moves, on a slow renderer the player draws fewer triangles
 * and pixels (quality.js); paused and still, it draws everything at full resolution.
 * Events: "ready", "time" (t), "play", "pause", "camera" (name), "view" (pose, after the user
 * turned, zoomed or panned the camera and it stood still), "layer" (system, on),
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
    this._movedAt = -Infinity;
    mark("player");
    this._mount(element);
    mark("context");
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
    // A camera turned by the user is reported ("view" event) once it has stood still.
    this._view.controls.addEventListener("start", () => {
      this._turning = true;
      this._released = false;
      this._movedAt = performance.now();
    });
    this._view.controls.addEventListener("end", () => { this._released = true; });
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
      mark("glb-bytes");
      new GLTFLoader().parse(buffer, "", (gltf) => { mark("gltf-parsed"); resolve(this._onLoad(gltf)); }, reject);
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
    if (this.opts.lambert !== false) useLambertMaterials(gltf.scene);
    eachMaterial(gltf.scene, (m) => {
      m.userData.baseOpacity = m.opacity;
      m.userData.baseTransparent = m.transparent;
      m.userData.baseDepthWrite = m.depthWrite;
    });
    if (this.opts.arrowsOnTop !== false) drawOnTop(this._layers.get("flow") || []);
    this._arrows = new InstancedArrows(this._view.scene, this._layers.get("flow") || []);
    const flow = new Set();
    for (const group of this._layers.get("flow") || []) group.traverse((o) => flow.add(o));
    const meshes = [];
    gltf.scene.traverse((o) => { if (o.isMesh && !flow.has(o)) meshes.push(o); });
    padMorphTargets(meshes);
    this._adaptive = new AdaptiveQuality(this._view.renderer, new DetailLevels(meshes),
      { targetFps: this.opts.targetFps ?? 30, software: this._view.software });
    if (!Object.keys(state.cameras).length) state.cameras = { default: fitCamera(gltf.scene) };
    for (const system of state.hidden) this.setLayerVisible(system, false);
    this.setLanguage(state.language);
    const first = state.cameras[this.opts.camera] ? this.opts.camera : Object.keys(state.cameras)[0];
    this.setCamera(first);
    this._ui.setStatus("");
    this.seek(state.time);
    if (this.opts.autoplay !== false && state.duration > 0) this.play();
    this._emit("ready", this);
    mark("ready");
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
    const changed = this._view.controls.update();
    const moved = changed && this._visibleMove();
    if (changed) this._dirty = true;
    if (moved) this._movedAt = now;
    if (this._mixer && state.playing && state.duration > 0) {
      state.time = (state.time + dt * state.speed) % state.duration;
      this._mixer.setTime(state.time);
      this._showTime();
      this._emit("time", state.time);
      this._adaptive.played(dt);
    } else if (this._adaptive && now - this._movedAt < STILL_AFTER_MS) {
      // A paused view being turned or zoomed is kept as fluid as playback.
      if (moved) this._adaptive.played(dt);
    } else if (this._adaptive && this._adaptive.reduced) {
      this._adaptive.reset();
      this._dirty = true;
    }
    if (this._turning && this._released && now - this._movedAt >= STILL_AFTER_MS) {
      this._turning = false;
      this._emit("view", this.pose());
    }
    if (!this._dirty) return; // render on demand: a paused, untouched view costs no GPU/CPU time
    this._dirty = false;
    if (this._arrows) this._arrows.update(this._view.scene);
    this._view.renderer.render(this._view.scene, this._view.camera);
    if (!this._drawn && this._mixer) {
      this._drawn = true;
      mark("first-frame");
      // Simplify for playback and camera moves once the first frame is up, so the first
      // drag of a paused view does not wait for it.
      const idle = window.requestIdleCallback || ((cb) => setTimeout(cb, 200));
      idle(() => !this._disposed && this._adaptive.prepare(), { timeout: 2000 });
    }
  }

  /**
   * Whether the camera moved visibly since the last check: more than 1/1000 of its distance to
   * the target or 1 mrad. The damped tail of a drag (seconds of imperceptible drift) does not
   * count, so the view sharpens and reports its pose soon after the hand stops.
   */
  _visibleMove() {
    const { camera, controls } = this._view;
    const last = this._lastPose ??= { position: new Vector3(), quaternion: new Quaternion(), ready: false };
    const distance = camera.position.distanceTo(controls.target) || 1;
    const moved = !last.ready || camera.position.distanceTo(last.position) > 1e-3 * distance
      || camera.quaternion.angleTo(last.quaternion) > 1e-3;
    last.position.copy(camera.position);
    last.quaternion.copy(camera.quaternion);
    last.ready = true;
    return moved;
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

  /** Where the camera is: {position, target} in the player's frame (glTF, metres). */
  pose() {
    const { camera, controls } = this._view;
    return { position: camera.position.toArray(), target: controls.target.toArray() };
  }

  /**
   * Put the camera at `pose` ({position, target}, metres), keeping the up direction and field
   * of view of the current preset. Returns false (and changes nothing) for a malformed pose.
   */
  setPose(pose) {
    const position = Array.from(pose?.position ?? [], Number), target = Array.from(pose?.target ?? [], Number);
    const values = [...position, ...target];
    if (position.length !== 3 || target.length !== 3 || !values.every(Number.isFinite)) return false;
    if (position.every((v, i) => v === target[i])) return false;
    const { camera, controls } = this._view;
    camera.position.fromArray(position);
    controls.target.fromArray(target);
    camera.lookAt(controls.target);
    controls.update();
    this._dirty = true;
    return true;
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

  /**
   * What the view draws: {renderer (WebGL renderer name), software (true for a CPU
   * rasteriser), triangles (at full detail), detail (fraction of them drawn now),
   * pixelRatio, levels (the detail fractions simplified so far)}.
   */
  quality() {
    const { renderer, rendererName, software } = this._view;
    const a = this._adaptive;
    return { renderer: rendererName, software, triangles: a && a.detail ? a.detail.triangles : 0,
      detail: a && a.detail ? a.detail.fraction : 1, pixelRatio: renderer.getPixelRatio(),
      levels: a && a.detail ? [...a.detail.built.keys()].sort((x, y) => y - x) : [1] };
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
