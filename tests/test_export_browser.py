"""The HTML export in Debian's headless chromium, network blocked (Playwright, no downloads).

Chromium renders WebGL in software (SwiftShader). One page serves every test of the module.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from export_synth import make_animation

from anatoflow.export.html import export_html

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
                 "--enable-unsafe-swiftshader", "--mute-audio"]
NASTY = '<img src=x onerror="window.__pwned=1"></script><b>bold</b>'


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (test extra)")
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is missing: apt-get install -y chromium (scripts/install.sh)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    anim = make_animation()
    anim = replace(anim, captions=[*anim.captions, (3.0, {"en": NASTY, "nb": NASTY})])
    path = export_html(anim, tmp_path_factory.mktemp("html") / "view.html", echo=None)
    page = browser.new_page(viewport={"width": 640, "height": 440})
    page.problems, page.blocked = [], []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("dialog", lambda d: (page.problems.append(f"dialog {d.message}"), d.dismiss()))

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            return r.continue_()
        page.blocked.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.anatoflowView && anatoflowView.state().duration > 0", timeout=30_000)
    page.evaluate("anatoflowView.ready")
    yield page
    page.close()


def shot(page) -> np.ndarray:
    from PIL import Image

    png = page.locator(".af-viewport canvas").screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def still_at(page, t: float) -> np.ndarray:
    page.evaluate(f"anatoflowView.pause(); anatoflowView.seek({t})")
    page.wait_for_timeout(150)
    return shot(page)


def changed(a: np.ndarray, b: np.ndarray) -> float:
    """Fraction of pixels that differ visibly."""
    return float(np.mean(np.abs(a - b).max(axis=2) > 24))


def test_loads_offline_without_errors(page):
    assert page.problems == []
    assert page.blocked == []
    assert page.evaluate("anatoflowView.layers()") == ["vein", "muscle", "bone", "flow"]
    footer = page.locator(".af-footer").inner_text()
    assert footer.startswith("BodyParts3D, © The Database Center for Life Science")


def test_canvas_shows_the_model(page, tmp_path_factory):
    image = still_at(page, 0.0)
    background = np.array([0x0F, 0x14, 0x1B])
    drawn = np.abs(image - background).max(axis=2) > 24
    assert 0.03 < drawn.mean() < 0.9
    page.screenshot(path=str(tmp_path_factory.getbasetemp() / "export_html_page.png"))


def test_pixels_change_while_playing_and_not_when_paused(page):
    a, b = still_at(page, 1.0), still_at(page, 1.0)
    assert changed(a, b) == 0.0
    frames, times = [], []
    page.evaluate("anatoflowView.seek(0)")
    for _ in range(2):   # play in real time, pause to photograph (screenshots of a busy canvas are slow)
        page.evaluate("anatoflowView.play()")
        page.wait_for_timeout(600)
        page.evaluate("anatoflowView.pause()")
        times.append(page.evaluate("anatoflowView.state().time"))
        frames.append(shot(page))
    assert 0.2 < times[0] < times[1] < 4.0
    assert changed(frames[0], frames[1]) > 0.002
    assert changed(still_at(page, 0.0), still_at(page, 2.0)) > 0.005   # inspiration vs expiration


def test_layer_toggle_changes_pixels(page):
    with_muscle = still_at(page, 1.0)
    page.locator('.af-layers input[data-system="muscle"]').click()
    page.wait_for_timeout(150)
    without = shot(page)
    assert page.evaluate("anatoflowView.state().hidden") == ["muscle"]
    assert changed(with_muscle, without) > 0.02
    page.locator('.af-layers input[data-system="muscle"]').click()
    page.wait_for_timeout(150)
    assert changed(with_muscle, shot(page)) < 0.001   # back as before (only the checkbox's focus ring)


def test_camera_preset_and_scrubber(page):
    front = still_at(page, 1.0)
    page.locator(".af-camera").select_option("left_lateral")
    page.wait_for_timeout(150)
    assert page.evaluate("anatoflowView.state().camera") == "left_lateral"
    assert changed(front, shot(page)) > 0.005
    page.locator(".af-camera").select_option("anterior")
    page.locator(".af-scrub").fill("2.5")
    assert page.evaluate("anatoflowView.state().time") == pytest.approx(2.5)


def test_language_and_captions_are_text_only(page):
    still_at(page, 0.5)
    assert page.locator(".af-caption").inner_text() == "Breathing in"
    page.evaluate("anatoflowView.setLanguage('nb')")
    assert page.locator(".af-caption").inner_text() == "Innpust"
    assert page.locator(".af-play").inner_text().endswith("Spill av")
    still_at(page, 3.2)
    assert page.locator(".af-caption").inner_text() == NASTY
    assert page.locator(".af-caption img, .af-caption b").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    page.evaluate("anatoflowView.setLanguage('en')")
    assert page.problems == []
