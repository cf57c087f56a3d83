// The three.js side of the player: renderer, lights and controls; materials, layers,
// structures and the flow arrows of a loaded glTF scene.
import {
  Box3, BufferAttribute, Color, DirectionalLight, HemisphereLight, InstancedMesh, MeshLambertMaterial,
  PerspectiveCamera, Scene, SRGBColorSpace, Vector3, WebGLRenderer,
} from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";

const CONTEXT = { alpha: false, depth: true, stencil: false, premultipliedAlpha: true,
  preserveDrawingBuffer: false, powerPreference: "default", failIfMajorPerformanceCaveat: false };

/** The WebGL renderer's name (WEBGL_debug_renderer_info), "" when the browser hides it. */
export function rendererName(gl) {
  try {
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  } catch {
    return "";
  }
}

/** True for a CPU rasteriser (SwiftShader, llvmpipe): no GPU, so every triangle and pixel counts. */
export function isSoftware(name) {
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

/**
 * A WebGL 2 renderer: without multisampling on a software rasteriser (one context, reused),
 * with it on a GPU.
 */
function createRenderer() {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2", { ...CONTEXT, antialias: false });
  const name = gl ? rendererName(gl) : "";
  if (gl && isSoftware(name)) return { renderer: new WebGLRenderer({ canvas, context: gl }), name, software: true };
  gl?.getExtension("WEBGL_lose_context")?.loseContext();
  return { renderer: new WebGLRenderer({ antialias: true }), name, software: false };
}

export function buildScene(viewport, background) {
  const { renderer, name, software } = createRenderer();
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.setPixelRatio(software ? 1 : Math.min(window.devicePixelRatio || 1, 2));
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
  return { renderer, scene, camera, controls, rendererName: name, software };
}

/**
 * Swap glTF's physically based materials for Lambert ones with the same colour, opacity and
 * sidedness. Anatomy reads as well with diffuse shading, and a software renderer (no GPU:
 * classroom laptops, headless tests) draws it several times faster. Meshes that shared a
 * material share its replacement (the flow arrows stay one instanced draw per kind).
 */
export function useLambertMaterials(root) {
  const replaced = new Map();
  root.traverse((obj) => {
    if (!obj.isMesh || !obj.material || !obj.material.isMeshStandardMaterial) return;
    const m = obj.material;
    if (!replaced.has(m)) {
      const lambert = new MeshLambertMaterial({
        color: m.color, opacity: m.opacity, transparent: m.transparent, side: m.side,
        depthWrite: m.depthWrite, emissive: m.emissive, name: m.name,
      });
      lambert.userData = { ...m.userData };
      replaced.set(m, lambert);
    }
    obj.material = replaced.get(m);
  });
  for (const m of replaced.keys()) m.dispose();
}

/**
 * Give every morphed mesh as many morph targets as the one with the most (zero targets at the
 * end; the animation never weights them), so that they share shader programs: three.js makes
 * one program per target count, and a software renderer spends tens of milliseconds compiling
 * each before the first frame. Static meshes keep no morph targets at all.
 */
export function padMorphTargets(meshes) {
  let most = 0;
  for (const m of meshes) most = Math.max(most, (m.geometry.morphAttributes.position || []).length);
  for (const m of meshes) {
    const morph = m.geometry.morphAttributes;
    const count = (morph.position || []).length;
    if (count === 0 || count === most) continue;
    for (const key of Object.keys(morph)) {
      const list = morph[key];
      const zero = new BufferAttribute(new Float32Array(list[0].count * list[0].itemSize), list[0].itemSize);
      while (list.length < most) list.push(zero);
    }
    while (m.morphTargetInfluences.length < most) m.morphTargetInfluences.push(0);
  }
}

export function collectLayers(root) {
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

export function collectStructures(root) {
  const structures = new Map();
  root.traverse((obj) => {
    const extras = obj.userData || {};
    if (extras.id && obj.isMesh) structures.set(extras.id, obj);
  });
  return structures;
}

export function eachMaterial(obj, fn) {
  obj.traverse((o) => {
    if (!o.isMesh) return;
    for (const m of Array.isArray(o.material) ? o.material : [o.material]) fn(m, o);
  });
}

export function fitCamera(root) {
  const box = new Box3().setFromObject(root);
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3()).length() || 1;
  return { position: [centre.x, centre.y, centre.z + size * 1.6], target: centre.toArray(), up: [0, 1, 0] };
}

export function drawOnTop(objects) {
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

function effectivelyVisible(obj) {
  for (let o = obj; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/**
 * Draw the flow arrows (one animated glTF node each) as one instanced mesh per arrow
 * geometry and material: a few draw calls instead of one per arrow. The glTF nodes keep
 * their animation and visibility; they move to a layer the camera does not render, and
 * their world matrices are copied into the instances before each render.
 */
export class InstancedArrows {
  constructor(scene, objects) {
    const groups = new Map();
    for (const group of objects) {
      group.traverse((obj) => {
        if (!obj.isMesh) return;
        const key = obj.geometry.uuid + "/" + obj.material.uuid;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(obj);
      });
    }
    this.batches = [];
    for (const meshes of groups.values()) {
      const { geometry, material, renderOrder } = meshes[0];
      const instanced = new InstancedMesh(geometry, material, meshes.length);
      instanced.frustumCulled = false;
      instanced.renderOrder = renderOrder;
      for (const m of meshes) m.layers.set(31);
      scene.add(instanced);
      this.batches.push({ instanced, meshes });
    }
  }

  /** Copy the animated nodes' world matrices into the instances. */
  update(scene) {
    scene.updateMatrixWorld();
    for (const { instanced, meshes } of this.batches) {
      let shown = 0;
      for (const m of meshes) {
        if (!effectivelyVisible(m)) continue;
        instanced.setMatrixAt(shown++, m.matrixWorld);
      }
      instanced.count = shown;
      instanced.visible = shown > 0;
      instanced.instanceMatrix.needsUpdate = true;
    }
  }
}
