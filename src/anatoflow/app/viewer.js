// The app's 3D view: anatoflow's player (the same bundle as the HTML export, sent as the
// `bundle` parameter and run once per page as a classic script that defines the global
// `anatoflowPlayer`) inside a Panel JSComponent. The GLB arrives once per parameter change;
// every frame animates here, in the browser.
const APP_CSS = `
.af-app{width:100%;height:100%}
.af-app .af-layers,.af-app .af-camera{display:none !important}
`;

function copyStyle(el) {
  const root = el.getRootNode();
  if (!root || root === document || root.querySelector?.("#af-player-style")) return;
  const style = document.getElementById("af-player-style");
  if (style) root.appendChild(style.cloneNode(true));
  const extra = document.createElement("style");
  extra.textContent = APP_CSS;
  root.appendChild(extra);
}

function applyLook(player, model) {
  if (!player || !player.state().duration) return;
  const hidden = new Set(model.hidden || []);
  const opacity = model.opacity || {};
  const highlight = new Set(model.highlight || []);
  for (const system of player.layers()) player.setLayerVisible(system, !hidden.has(system));
  for (const { id, system } of player.structures()) {
    if (hidden.has(id)) player.setStructureVisible(id, false);
    let factor = Number(opacity[id] ?? opacity[system] ?? 1);
    if (highlight.size && !highlight.has(id) && system !== "flow") factor *= 0.35;
    player.setOpacity(id, factor);
  }
  player.highlight([...highlight]);
}

// The camera the user left the view at (from the URL, say): [eye x, y, z, target x, y, z] in metres.
function applyPose(player, model) {
  const pose = model.pose || [];
  if (!player || pose.length !== 6) return;
  const now = player.pose();
  if ([...now.position, ...now.target].every((v, i) => Math.abs(v - pose[i]) < 5e-4)) return;
  player.setPose({ position: pose.slice(0, 3), target: pose.slice(3) });
}

function loadBundle(model) {
  if (window.anatoflowPlayer) return;
  performance.mark("anatoflow:bundle-start");
  const script = document.createElement("script");
  script.textContent = model.bundle;
  document.head.appendChild(script);
  performance.mark("anatoflow:bundle-done");
}

export function render({ model, el }) {
  loadBundle(model);
  const box = document.createElement("div");
  box.className = "af-app";
  el.appendChild(box);
  let player = null, lastSent = 0;

  function start() {
    if (player) { player.dispose(); player = null; }
    if (!model.glb) return;
    const startAt = model.time;
    let loaded = false;
    const current = player = window.anatoflowPlayer.createPlayer(box, {
      glb: model.glb, cameras: model.cameras, camera: model.view, language: model.language,
      autoplay: false, controls: true, speed: model.speed,
    });
    copyStyle(el);
    window.anatoflowView = current;
    // At most four reports a second, and the last time always reported: a seek or a scrub that
    // ends within 250 ms of a report is sent when the interval is over (else the plot cursors
    // and the URL would keep the time before it).
    let latest = 0, trailing = null;
    const report = () => { trailing = null; lastSent = performance.now(); model.time = latest; };
    current.on("time", (t) => {
      if (!loaded) return;
      latest = t;
      const wait = 250 - (performance.now() - lastSent);
      if (wait <= 0) { if (trailing) clearTimeout(trailing); report(); }
      else if (!trailing) trailing = setTimeout(() => { if (player === current) report(); }, wait);
    });
    current.on("play", () => { if (!model.playing) model.playing = true; });
    current.on("view", (pose) => {
      // Millimetre precision: the same numbers come back unchanged from the URL.
      const values = [...pose.position, ...pose.target].map((v) => Math.round(v * 1000) / 1000);
      if (values.some((v, i) => v !== (model.pose || [])[i])) model.pose = values;
    });
    current.on("pause", () => {
      if (!loaded) return;
      if (model.playing) model.playing = false;
      model.time = current.state().time;
    });
    current.ready.then(() => {
      if (player !== current) return;
      loaded = true;
      applyLook(current, model);
      applyPose(current, model);
      current.seek(Math.min(startAt, current.state().duration));
      if (model.playing) current.play();
      // Counted once the first frame is on screen: the server adds the rest of the page then.
      requestAnimationFrame(() => requestAnimationFrame(() => { model.loaded = model.loaded + 1; }));
    });
  }

  model.on("glb", start);
  model.on("view", () => player && player.setCamera(model.view));
  model.on("pose", () => applyPose(player, model));
  model.on("language", () => player && player.setLanguage(model.language));
  model.on("speed", () => player && player.setSpeed(model.speed));
  model.on("playing", () => {
    if (!player) return;
    if (model.playing && !player.state().playing) player.play();
    if (!model.playing && player.state().playing) player.pause();
  });
  for (const name of ["hidden", "opacity", "highlight"]) model.on(name, () => applyLook(player, model));
  model.on("msg:custom", (msg) => {
    if (player && msg && typeof msg.seek === "number") player.seek(msg.seek);
    if (player && msg && msg.camera) player.setCamera(String(msg.camera));
  });
  model.on("remove", () => { if (player) player.dispose(); player = null; });
  start();
}
