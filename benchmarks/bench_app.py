"""Time the app in headless Chromium: first view and playback frame rate.

Starts the app (built-in model) on 127.0.0.1 in this process, opens it in Debian's chromium
(software WebGL), and measures

* time to first view: page open -> the player has loaded the GLB and drawn the canvas;
* playback fps: requestAnimationFrame callbacks per second in the page over 4 s of playback.

When the motion rig is not available yet (``anatoflow.motion.rig``), a static rig (no
deformation; flow arrows along the catalogue's centrelines) stands in and says so.
The last line is ``app_playback_fps: <value> fps``.
"""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]


class StaticRig:
    """No deformation; centrelines of the rigged tubes from the catalogue."""

    def __init__(self, model) -> None:
        self.model, self.bases = model, {}
        self._lines = {s.id: np.asarray(s.rig["centreline"], float) for s in model.catalogue
                       if "centreline" in s.rig and len(s.rig.get("radius", ())) == len(s.rig["centreline"])
                       and s.system in ("vein", "lymph")}

    def deform(self, weights) -> dict:
        return {sid: np.asarray(m.vertices, float) for sid, m in self.model.meshes.items()}

    def centrelines(self, weights) -> dict:
        return {k: v.copy() for k, v in self._lines.items()}


def _source():
    from anatoflow.app.animations import AnimationSource

    try:
        import anatoflow.motion.rig  # noqa: F401
        return AnimationSource(), "motion rig"
    except ImportError:
        return AnimationSource(build_rig=StaticRig), "static stand-in rig (motion.rig not available)"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    from playwright.sync_api import sync_playwright

    from anatoflow.app import create_app
    from anatoflow.app.server import serve

    source, rig = _source()
    start = time.perf_counter()
    source.build(__import__("anatoflow.app.state", fromlist=["AppState"]).AppState())
    print(f"rig: {rig}; first build (model, rig, cycle, GLB) {time.perf_counter() - start:.2f} s (server side, once)")
    port = _port()
    server = serve(port=port, show=False, threaded=True, app=lambda: create_app(source=source))
    time.sleep(1.0)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            t0 = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="commit", timeout=120_000)
            page.wait_for_function("window.anatoflowView && anatoflowView.state().duration > 0",
                                   timeout=120_000, polling=20)
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            first_view = time.perf_counter() - t0
            page.evaluate("anatoflowView.play()")
            fps = page.evaluate("""() => new Promise(resolve => {
                let n = 0; const t0 = performance.now();
                const tick = (t) => { n++; if (t - t0 < 4000) requestAnimationFrame(tick);
                                      else resolve(n * 1000 / (t - t0)); };
                requestAnimationFrame(tick); })""")
            browser.close()
    finally:
        server.stop()
    print(f"time to first view: {first_view:.2f} s (target <= 3 s)")
    print(f"app_playback_fps: {fps:.1f} fps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
