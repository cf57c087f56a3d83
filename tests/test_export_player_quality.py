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
