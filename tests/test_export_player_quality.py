"""The player on a software renderer: simplified while it plays a large model, full when paused.

Headless chromium renders WebGL with SwiftShader (no GPU). The page holds the 196k-triangle
stand-in for the whole model (tests/export_synth.py).
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from export_synth import make_large_animation

from anatoflow.export.html import export_html

pytestmark = pytest.mark.browser
BACKGROUND = np.array([0x0F, 0x14, 0x1B])


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    path = export_html(make_large_animation(), tmp_path_factory.mktemp("large") / "large.html", echo=None)
    page = browser.new_page(viewport={"width": 640, "height": 400})
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.anatoflowView && anatoflowView.state().duration > 0", timeout=60_000)
    page.evaluate("anatoflowView.ready")
    yield page
    page.close()


def drawn_share(page) -> float:
    from PIL import Image

    png = page.locator(".af-viewport canvas").screenshot()
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return float(np.mean(np.abs(image - BACKGROUND).max(axis=2) > 24))


def test_the_page_reports_a_software_renderer(page):
    quality = page.evaluate("anatoflowView.quality()")
    assert quality["software"] is True
    assert "swiftshader" in quality["renderer"].lower()
    assert quality["triangles"] == 196_000


def test_playing_draws_fewer_triangles_and_still_shows_the_model(page):
    page.evaluate("anatoflowView.play()")
    page.wait_for_function("anatoflowView.quality().detail < 1", timeout=10_000)
    assert page.evaluate("anatoflowView.quality().detail") * 196_000 <= 20_000
    assert drawn_share(page) > 0.03
    assert page.problems == []


def test_pausing_restores_full_detail_and_resolution(page):
    page.evaluate("anatoflowView.play()")
    page.wait_for_function("anatoflowView.quality().detail < 1", timeout=10_000)
    page.evaluate("anatoflowView.pause()")
    page.wait_for_function("anatoflowView.quality().detail === 1 && anatoflowView.quality().pixelRatio === 1",
                           timeout=10_000)
    assert drawn_share(page) > 0.03
    page.evaluate("anatoflowView.play()")
    page.wait_for_function("anatoflowView.quality().detail < 1", timeout=10_000)
    assert page.problems == []


def test_turning_a_paused_view_is_fluid_and_it_sharpens_when_still(page):
    page.evaluate("anatoflowView.pause()")
    page.wait_for_function("anatoflowView.quality().detail === 1", timeout=10_000)
    box = page.locator(".af-viewport canvas").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    details = []
    for step in range(1, 25):                       # a slow drag, one small move per frame or so
        page.mouse.move(x + 6 * step, y + step)
        details.append(page.evaluate("anatoflowView.quality().detail"))
    page.mouse.up()
    assert min(details) < 1, "the view stayed at full detail while it was being turned"
    assert page.evaluate("anatoflowView.state().playing") is False
    page.wait_for_function("anatoflowView.quality().detail === 1 && anatoflowView.quality().pixelRatio === 1",
                           timeout=10_000)
    assert drawn_share(page) > 0.03
    assert page.problems == []


def test_a_paused_page_simplifies_for_playback_in_idle_time_and_still_draws_everything(browser, tmp_path):
    path = export_html(make_large_animation(), tmp_path / "paused.html", autoplay=False, echo=None)
    paused = browser.new_page(viewport={"width": 640, "height": 400})
    paused.goto(path.as_uri())
    paused.wait_for_function("window.anatoflowView && anatoflowView.quality().levels.length > 1", timeout=30_000)
    quality = paused.evaluate("anatoflowView.quality()")
    assert quality["detail"] == 1 and quality["pixelRatio"] == 1
    assert min(quality["levels"]) * 196_000 <= 20_000
    assert paused.evaluate("anatoflowView.state().playing") is False
    paused.close()


#: Feeds frame times (seconds) to a fresh controller with a stand-in renderer and detail levels;
#: returns the pixel scale and detail fraction after each frame.
FEED = """(frames) => {
  const renderer = {ratio: 1, getPixelRatio() { return this.ratio; }, setPixelRatio(r) { this.ratio = r; },
                    getSize(v) { return v.set(640, 400); }, setSize() {}};
  const detail = {fraction: 1, triangles: 100000, available: true, show(f) { this.fraction = f; return true; }};
  const quality = new anatoflowPlayer.AdaptiveQuality(renderer, detail, {targetFps: 30, software: true});
  quality.playing = 1;
  return frames.map((dt) => { quality.played(dt); return [quality.scale, detail.fraction]; });
}"""


def feed(page, frames) -> list[tuple[float, float]]:
    return [tuple(x) for x in page.evaluate(FEED, list(frames))]


def test_the_controller_draws_less_when_frames_miss_the_target(page):
    # 26 frames a second (below the 30 fps target): it must give up triangles or pixels.
    after = feed(page, [1 / 26] * 40)[-1]
    assert after[0] < 1 or after[1] < 1


def test_the_controller_ignores_a_single_late_frame(page):
    # Steady 31 fps with one frame that missed two display beats (50 ms) now and then.
    frames = [1 / 31] * 100
    for i in range(15, 100, 20):
        frames[i] = 0.050
    assert set(feed(page, frames)) == {(1, 1)}


def test_the_controller_draws_more_when_frames_are_quick(page):
    frames = [1 / 20] * 60 + [1 / 60] * 200
    states = feed(page, frames)
    slow, fast = states[59], states[-1]
    assert slow[0] * slow[1] < 1
    assert fast[0] * fast[1] > slow[0] * slow[1]


def test_a_software_renderer_may_lower_the_pixels_to_a_third(page):
    scales = [scale for scale, _ in feed(page, [0.2] * 400)]
    assert min(scales) == pytest.approx(0.35)
    assert feed(page, [0.2] * 400)[-1][1] == page.evaluate("anatoflowPlayer.DETAIL_STEPS.at(-1)")
