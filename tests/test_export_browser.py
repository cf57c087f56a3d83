"""The HTML export in Debian's headless chromium, network blocked (Playwright, no downloads).

Chromium renders WebGL in software (SwiftShader). One page serves every test of the module.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from export_synth import make_animation

from anatoflow.export.html import export_html

pytestmark = pytest.mark.browser
NASTY = '<img src=x onerror="window.__pwned=1"></script><b>bold</b>'


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    anim = make_animation()
    anim = replace(anim, captions=[*anim.captions, (3.0, {"en": NASTY, "nb": NASTY})])
    path = export_html(anim, tmp_path_factory.mktemp("html") / "view.html", echo=None)
    page = browser.new_page(viewport={"width": 560, "height": 380})
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
    page.evaluate("document.activeElement.blur()")   # no focus ring or hover look in the picture
    page.mouse.move(2, 2)
    page.wait_for_timeout(150)
    without = shot(page)
    assert page.evaluate("anatoflowView.state().hidden") == ["muscle"]
    assert changed(with_muscle, without) > 0.02
    page.locator('.af-layers input[data-system="muscle"]').click()
    page.evaluate("document.activeElement.blur()")
    page.mouse.move(2, 2)
    page.wait_for_timeout(150)
    assert changed(with_muscle, shot(page)) == 0.0


def test_structure_api_for_the_app(page):
    """Per-structure visibility, opacity per system or structure and highlights (story mode)."""
    structures = {s["id"]: s for s in page.evaluate("anatoflowView.structures()")}
    assert set(structures) == {"inferior_vena_cava", "diaphragm", "vertebra_l1"}
    assert structures["diaphragm"]["system"] == "muscle" and structures["diaphragm"]["names"]["nb"] == "Mellomgulv"
    base = still_at(page, 1.0)
    for change, undo, least in (
        ("anatoflowView.setStructureVisible('vertebra_l1', false)", "anatoflowView.setStructureVisible('vertebra_l1', true)", 0.002),
        ("anatoflowView.setOpacity('muscle', 0.15)", "anatoflowView.setOpacity('muscle', 1)", 0.02),
        ("anatoflowView.setOpacity('inferior_vena_cava', 0.3)", "anatoflowView.setOpacity('inferior_vena_cava', 1)", 0.005),
        ("anatoflowView.highlight(['diaphragm'])", "anatoflowView.highlight([])", 0.02),
    ):
        page.evaluate(change)
        page.wait_for_timeout(100)
        assert changed(base, shot(page)) > least, change
        page.evaluate(undo)
        page.wait_for_timeout(100)
        assert changed(base, shot(page)) < 0.001, undo


def test_plays_inside_an_iframe(browser, page):
    host = Path(page.url.removeprefix("file://")).with_name("slide.html")
    host.write_text('<!DOCTYPE html><html><body style="margin:0"><h1>Slide</h1>'
                    '<iframe src="view.html" width="480" height="320" style="border:0"></iframe></body></html>')
    other = browser.new_page(viewport={"width": 520, "height": 420})
    other.goto(host.as_uri())
    frame = other.frames[1]
    frame.wait_for_function("window.anatoflowView && anatoflowView.state().duration > 0", timeout=30_000)
    frame.evaluate("anatoflowView.ready.then(() => anatoflowView.pause())")
    other.wait_for_timeout(200)
    from PIL import Image

    image = np.asarray(Image.open(io.BytesIO(other.locator("iframe").screenshot())).convert("RGB")).astype(int)
    other.close()
    assert np.mean(np.abs(image - [0x0F, 0x14, 0x1B]).max(axis=2) > 24) > 0.03


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
    assert page.locator(".af-camera option[value=anterior]").inner_text() == "Forfra"      # ui.toml
    assert "Muskler" in page.locator(".af-layers").inner_text()
    still_at(page, 3.2)
    assert page.locator(".af-caption").inner_text() == NASTY
    assert page.locator(".af-caption img, .af-caption b").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    page.evaluate("anatoflowView.setLanguage('en')")
    assert page.problems == []


def test_a_corrupt_glb_shows_a_message_not_a_blank_page(browser):
    from anatoflow.export.html import player_bundle

    page = browser.new_page(viewport={"width": 320, "height": 240})
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.set_content('<div id="x" style="height:240px"></div><script>' + player_bundle() + "</script>")
    message = page.evaluate("""async () => {
        const p = anatoflowPlayer.createPlayer(document.getElementById('x'), {glb: 'bm90IGEgZ2xi', language: 'nb'});
        try { await p.ready; return 'loaded'; } catch (e) { return document.querySelector('.af-status').textContent; }
    }""")
    page.close()
    assert message.startswith("3D-modellen kunne ikke vises")
    assert any("anatoflow player" in e for e in errors)
