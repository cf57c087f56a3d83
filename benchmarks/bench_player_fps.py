"""Browser player: first view and playback frame rate in headless chromium (software WebGL).

Exports the synthetic whole-model stand-in (196k triangles, tests/export_synth.py) as HTML,
opens it offline in Debian's chromium (SwiftShader: no GPU here, so a real browser is
faster), and measures the time from navigation to the first rendered view and the frames
per second during 4 s of playback (frames counted through the player's "time" event).

    python benchmarks/bench_player_fps.py [--width 1280 --height 720]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

from export_synth import make_large_animation  # noqa: E402

from anatoflow.export.html import export_html  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        path = export_html(make_large_animation(), Path(tmp) / "view.html", echo=None)
        size_mb = path.stat().st_size / 2**20
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.anatoflowView && anatoflowView.state().duration > 0", timeout=120_000)
        page.evaluate("new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))")
        first_view = time.perf_counter() - start
        frames = page.evaluate("""() => new Promise((ok) => {
            let n = 0; const off = anatoflowView.on('time', () => n++);
            anatoflowView.seek(0); anatoflowView.play();
            setTimeout(() => { off(); ok(n / 4); }, 4000);
        })""")
        browser.close()
    print(f"player_first_view: {first_view:.2f} s ({size_mb:.2f} MB html, "
          f"{args.width}x{args.height})")
    print(f"player_fps: {frames:.1f} fps")


if __name__ == "__main__":
    main()
