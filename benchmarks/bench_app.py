"""Time the app in headless Chromium: first view and playback frame rate.

Starts the app (built-in model) on 127.0.0.1 in this process and opens it in Debian's
chromium (software WebGL, see ``browser_timing.py``), 1280x800. It measures

* time to first view: navigation -> the player has loaded the GLB and its first frame is on
  screen (median of three fresh pages; the server has built the cycle before);
* playback fps: frames the player draws per second, after 1 s of playback, over 4 s.
* turning fps: frames drawn per second while the paused view is dragged round for 3 s.

The server runs in a process of its own (as ``anatoflow serve`` does), so it does not share
the Python interpreter with the browser driver.

Each software back end is reported with the renderer the page got and what the player drew.
When the motion rig is not available (``anatoflow.motion.rig``), a static rig (no
deformation; flow arrows along the catalogue's centrelines) stands in and says so.
The last lines are SwiftShader's ``app_first_view`` and ``app_playback_fps``.

    python benchmarks/bench_app.py [--backends swiftshader llvmpipe]
"""

from __future__ import annotations

import argparse
import logging
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(Path(__file__).resolve().parent)]

from browser_timing import BACKENDS, load_average, measure, report  # noqa: E402


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


def serve_forever(port: int) -> None:
    """Build the default cycle, serve the app on ``port`` and say so on stdout."""
    from anatoflow.app import create_app
    from anatoflow.app.server import serve
    from anatoflow.app.state import AppState

    logging.getLogger("asyncio").setLevel(logging.CRITICAL)   # closed pages' sockets, not errors
    source, rig = _source()
    start = time.perf_counter()
    source.build(AppState())
    print(f"rig: {rig}; first build (model, rig, cycle, GLB) {time.perf_counter() - start:.2f} s "
          "(server side, once)", flush=True)
    serve(port=port, show=False, threaded=True, app=lambda: create_app(source=source))
    print("serving", flush=True)
    while True:
        time.sleep(60)


def start_server(log: Path) -> tuple[subprocess.Popen, int]:
    """The app server in a child process (output to ``log``), once it serves; and its port."""
    port = _port()
    with log.open("w") as out:
        child = subprocess.Popen([sys.executable, __file__, "--serve", str(port)], stdout=out,
                                 stderr=subprocess.STDOUT, text=True)
    for _ in range(600):
        text = log.read_text()
        if "serving" in text or child.poll() is not None:
            break
        time.sleep(0.1)
    print(next((line for line in text.splitlines() if line.startswith("rig:")), "the server did not start"))
    time.sleep(1.0)
    return child, port


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", choices=list(BACKENDS), default=["llvmpipe", "swiftshader"])
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_forever(args.serve)
        return 0
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        child, port = start_server(Path(tmp) / "server.log")
        print(f"load average before: {load_average()}")
        try:
            for backend in args.backends:
                results[backend] = measure(backend, f"http://127.0.0.1:{port}/",
                                           viewport={"width": 1280, "height": 800})
                print(report(results[backend]), flush=True)
        finally:
            child.terminate()
            child.wait(timeout=30)
    print(f"load average after: {load_average()}")
    headline = results.get("swiftshader") or next(iter(results.values()))
    print(f"app_first_view: {headline['first_view']:.2f} s ({headline['backend']}; target <= 3 s)")
    print(f"app_playback_fps: {headline['fps']:.1f} fps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
