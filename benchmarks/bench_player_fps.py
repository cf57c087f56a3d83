"""Browser player: first view and playback frame rate in headless chromium (software WebGL).

Exports the synthetic whole-model stand-in (196k triangles, tests/export_synth.py) as HTML,
opens it offline in Debian's chromium and measures the time from navigation to the first
drawn view (median of three fresh pages), the frames per second after 1 s of playback and while
the paused view is dragged round.
Each software back end is reported with the renderer the page got (see
``browser_timing.py``); while playing, the player may draw fewer triangles and pixels on
them, and the report says how many. The headline is SwiftShader's frame rate.

    python benchmarks/bench_player_fps.py [--width 1280 --height 720] [--backends swiftshader llvmpipe]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests"), str(Path(__file__).resolve().parent)]

from browser_timing import BACKENDS, load_average, measure, report  # noqa: E402
from export_synth import make_large_animation  # noqa: E402

from anatoflow.export.html import export_html  # noqa: E402


def offline(page) -> None:
    """Block everything but the file itself."""
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:"))
               else r.abort())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--backends", nargs="+", choices=list(BACKENDS), default=["llvmpipe", "swiftshader"])
    args = parser.parse_args()
    print(f"load average before: {load_average()}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = export_html(make_large_animation(), Path(tmp) / "view.html", echo=None)
        print(f"page: {path.stat().st_size / 2**20:.2f} MB html, 196,000 triangles, {args.width}x{args.height}")
        for backend in args.backends:
            results[backend] = measure(backend, path.as_uri(), prepare=offline,
                                       viewport={"width": args.width, "height": args.height})
            print(report(results[backend]), flush=True)
    print(f"load average after: {load_average()}")
    headline = results.get("swiftshader") or next(iter(results.values()))
    print(f"player_first_view: {headline['first_view']:.2f} s ({headline['backend']})")
    print(f"player_fps: {headline['fps']:.1f} fps")


if __name__ == "__main__":
    main()
