// Keeping playback smooth on slow renderers. On a CPU rasteriser (no GPU) the frame time
// grows with the triangles and the pixels drawn, so while the animation plays the player may
// draw simplified index buffers (the same vertices, morph targets and normals; fewer
// triangles, made by meshoptimizer's simplifier) and then fewer pixels.
// A paused view is always drawn at full detail and full resolution.
/*! meshoptimizer's simplifier: MIT License, Copyright (c) 2016-2026 Arseny Kapoulkine */
import { MeshoptSimplifier } from "meshoptimizer/simplifier";
import { Vector2 } from "three";

/** Fractions of the triangles the player may draw while playing, finest first. */
export const DETAIL_STEPS = [1, 0.5, 0.25, 0.125, 0.0625, 0.03125];
/** Triangles a software renderer starts playing with (then adapts to the measured frame time). */
export const SOFTWARE_START_TRIANGLES = 20000;
const MIN_TRIANGLES = 64;
/** Weight of the newest frame in the running average of frame times. */
const NEWEST_WEIGHT = 0.2;
/**
 * Draw less once the average frame time exceeds this multiple of the budget. Browsers start
 * frames on the display's beat (16.7 ms at 60 Hz), so a frame that misses two beats costs
 * 50 ms; the margin is small so that such frames do not become the norm (they pull the rate
 * below the target), and large enough that one late frame (a garbage collection) is ignored.
 */
const SLOWER = 1.12;
/** Draw more once the average frame time falls below this multiple of the budget. */
const FASTER = 0.6;
/** Lowest pixel ratio, as a fraction of the full one: software renderers may go lower. */
const MIN_SCALE = { gpu: 0.5, software: 0.35 };

// The simplifier's WebAssembly compiles while the bundle loads; by the time a GLB is parsed it
// is ready.
let simplifierReady = false;
if (MeshoptSimplifier.supported) MeshoptSimplifier.ready.then(() => { simplifierReady = true; }, () => {});

function positionsOf(geometry) {
  const p = geometry.attributes.position;
  if (!p.isInterleavedBufferAttribute && p.itemSize === 3 && p.array instanceof Float32Array && !p.normalized) return p.array;
  const out = new Float32Array(p.count * 3);
  for (let i = 0; i < p.count; i++) out.set([p.getX(i), p.getY(i), p.getZ(i)], 3 * i);
  return out;
}

function simplified(geometry, index, fraction) {
  const indices = index.array instanceof Uint32Array ? index.array : Uint32Array.from(index.array);
  const target = Math.max(MIN_TRIANGLES * 3, Math.floor((index.count * fraction) / 3) * 3);
  if (target >= index.count) return index;
  const [out] = MeshoptSimplifier.simplify(indices, positionsOf(geometry), 3, target, 0.05, ["LockBorder"]);
  if (out.length === 0 || out.length >= index.count) return index;
  const array = geometry.attributes.position.count < 65536 ? Uint16Array.from(out) : out;
  return new index.constructor(array, 1);
}

/**
 * Simplified index buffers of `meshes`, built once per step on first use. Only the index
 * buffer changes, so morph targets, normals and materials stay exactly as loaded.
 */
export class DetailLevels {
  constructor(meshes) {
    this.meshes = meshes.filter((m) => m.geometry && m.geometry.index && !m.isInstancedMesh);
    this.full = new Map(this.meshes.map((m) => [m, m.geometry.index]));
    this.built = new Map([[1, this.full]]);
    this.fraction = 1;
  }

  /** True once the simplifier can run. */
  get available() {
    return simplifierReady && this.meshes.length > 0;
  }

  /** Triangles in the meshes at full detail. */
  get triangles() {
    let n = 0;
    for (const index of this.full.values()) n += index.count / 3;
    return n;
  }

  /** Simplify the meshes to `fraction` unless done before; false when the simplifier is unavailable. */
  build(fraction) {
    if (fraction !== 1 && !this.available) return false;
    if (!this.built.has(fraction)) {
      const level = new Map();
      for (const m of this.meshes) level.set(m, simplified(m.geometry, this.full.get(m), fraction));
      this.built.set(fraction, level);
    }
    return true;
  }

  /** Draw `fraction` (one of DETAIL_STEPS) of the triangles; returns false when unavailable. */
  show(fraction) {
    if (!this.build(fraction)) return false;
    for (const [m, index] of this.built.get(fraction)) m.geometry.setIndex(index);
    this.fraction = fraction;
    return true;
  }
}

/**
 * Adapts what is drawn while playing so that frames keep within `1 / targetFps`: first the
 * triangles (DetailLevels, estimated from the measured frame time), then the pixel ratio
 * (down to `minScale` of the device's); back to full detail when paused.
 */
export class AdaptiveQuality {
  constructor(renderer, detail, { targetFps = 30, minScale, software = false } = {}) {
    this.renderer = renderer;
    this.detail = detail;
    // Where playback starts (and resumes after a pause): on a software renderer, at most
    // SOFTWARE_START_TRIANGLES; elsewhere at full detail.
    this.playing = 1;
    if (software && detail) {
      const fits = DETAIL_STEPS.find((f) => f * detail.triangles <= SOFTWARE_START_TRIANGLES);
      this.playing = fits ?? DETAIL_STEPS[DETAIL_STEPS.length - 1];
    }
    this.full = renderer.getPixelRatio();
    this.scale = 1;
    this.minScale = minScale ?? (software ? MIN_SCALE.software : MIN_SCALE.gpu);
    this.budget = 1 / targetFps;
    this.average = this.budget;
    this.settle = 0;
    this.skip = false;
    this._size = new Vector2();
  }

  /** Record one played frame of `dt` seconds and adapt. */
  played(dt) {
    const d = this.detail;
    if (d && d.fraction !== this.playing && d.available) {   // first frame after a pause
      d.show(this.playing);
      this._changed();
    }
    if (this.skip) {       // the frame that built a detail level or resized the canvas
      this.skip = false;
      return;
    }
    this.average = (1 - NEWEST_WEIGHT) * this.average + NEWEST_WEIGHT * dt;
    if (this.settle > 0) {
      this.settle--;
      return;
    }
    if (this.average > SLOWER * this.budget) this._coarser();
    else if (this.average < FASTER * this.budget) this._finer();
  }

  /** Build the detail level playback starts with, without drawing it (for idle time). */
  prepare() {
    if (this.detail && this.playing !== 1) this.detail.build(this.playing);
  }

  /** Full detail and resolution (paused or seeking). */
  reset() {
    this.average = this.budget;
    this.settle = 0;
    if (this.scale !== 1) this._scale(1);
    if (this.detail && this.detail.fraction !== 1) this.detail.show(1);
  }

  /** True while anything is drawn below full quality. */
  get reduced() {
    return this.scale !== 1 || (this.detail && this.detail.fraction !== 1);
  }

  _coarser() {
    const d = this.detail;
    const steps = DETAIL_STEPS.filter((f) => d && f < d.fraction);
    if (steps.length && d.available) {
      // Frame time is roughly proportional to triangles on a software rasteriser.
      const wanted = d.fraction * (0.8 * this.budget) / this.average;
      const step = steps.find((f) => f <= wanted) ?? steps[steps.length - 1];
      if (d.show(step)) {
        this.playing = step;
        return this._changed();
      }
    }
    if (this.scale > this.minScale) {
      this._scale(Math.max(this.minScale, this.scale * 0.8));
      this._changed();
    }
  }

  _finer() {
    const d = this.detail;
    if (this.scale < 1) {
      this._scale(Math.min(1, this.scale * 1.15));
      return this._changed();
    }
    // Double the triangles only when the frame would still fit the budget.
    if (d && d.fraction < 1 && this.average < 0.4 * this.budget) {
      this.playing = DETAIL_STEPS[DETAIL_STEPS.indexOf(d.fraction) - 1];
      d.show(this.playing);
      this._changed();
    }
  }

  _changed() {
    this.skip = true;
    this.settle = 6;
    this.average = this.budget;
  }

  _scale(scale) {
    this.scale = scale;
    const size = this.renderer.getSize(this._size);
    this.renderer.setPixelRatio(this.full * scale);
    this.renderer.setSize(size.x, size.y, false);
  }
}
