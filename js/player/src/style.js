// Scoped CSS of the player (every class starts with "af-"); injected once per document.

const CSS = `
.af-player{position:relative;display:flex;flex-direction:column;width:100%;height:100%;min-height:240px;
  background:#0f141b;color:#e8edf2;font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  overflow:hidden;outline:none}
.af-viewport{position:relative;flex:1 1 auto;min-height:0}
.af-viewport canvas{display:block;width:100%;height:100%}
.af-status{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;
  color:#b8c4d0;font-size:15px;pointer-events:none;text-align:center;padding:1em}
.af-caption{position:absolute;left:50%;bottom:10px;transform:translateX(-50%);max-width:90%;
  padding:4px 12px;border-radius:4px;background:rgba(10,14,20,.72);font-size:16px;text-align:center}
.af-caption:empty{display:none}
.af-layers{position:absolute;top:8px;right:8px;padding:6px 10px;border-radius:4px;
  background:rgba(10,14,20,.72);font-size:13px}
.af-layers b{display:block;margin-bottom:2px;font-weight:600}
.af-layers label{display:block;cursor:pointer;white-space:nowrap}
.af-bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:6px 8px;background:#18202a}
.af-bar button,.af-bar select{background:#263240;color:#e8edf2;border:1px solid #3a4a5c;border-radius:4px;
  padding:3px 8px;font:inherit;cursor:pointer}
.af-bar input[type=range]{flex:1 1 160px;min-width:100px}
.af-time{font-variant-numeric:tabular-nums;min-width:7.5em;text-align:right}
.af-footer{padding:3px 8px;font-size:11px;color:#9aa8b6;background:#131a22}
.af-footer:empty{display:none}
`;

/** Add the player's stylesheet to `doc` unless it is already there. */
export function injectStyle(doc) {
  if (doc.getElementById("af-player-style")) return;
  const style = doc.createElement("style");
  style.id = "af-player-style";
  style.textContent = CSS;
  doc.head.appendChild(style);
}
