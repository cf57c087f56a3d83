"""The app in Debian's headless chromium, on a server this module starts on 127.0.0.1.

One server (stand-in model) for the module; three page loads: the default view, a shared
URL with state, and a URL with bad values. Requests to anything but the app's own server
are recorded and must not happen (no CDN: the app works offline).
"""

from __future__ import annotations

import io
import logging

import numpy as np
import pytest

pytestmark = pytest.mark.browser
READY = "window.anatoflowView && anatoflowView.state().duration > 0"


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.set_default_timeout(60_000)
    page.problems, page.external = [], []
    host = url.split("/")[2]
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("dialog", lambda d: (page.problems.append(f"dialog {d.message}"), d.dismiss()))
    page.on("request", lambda r: r.url.split("/")[2:3] != [host] and not r.url.startswith(("blob:", "data:"))
            and page.external.append(r.url))
    page.goto(url, wait_until="commit", timeout=120_000)
    page.wait_for_function(READY, timeout=120_000)
    page.evaluate("anatoflowView.ready")
    return page


def shot(page) -> np.ndarray:
    from PIL import Image

    png = page.locator(".af-viewport canvas").screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def changed(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(np.abs(a - b).max(axis=2) > 24))


def paused_at(page, t: float) -> np.ndarray:
    page.evaluate(f"anatoflowView.pause(); anatoflowView.seek({t})")
    page.wait_for_timeout(200)
    return shot(page)


@pytest.fixture(scope="module")
def page(browser, app_url):
    page = open_page(browser, app_url)
    yield page
    page.close()


def test_loads_without_errors_or_external_requests_and_draws(page):
    image = shot(page)
    background = np.array([0x0F, 0x14, 0x1B])
    assert np.mean(np.abs(image - background).max(axis=2) > 30) > 0.02, "3D canvas is blank"
    assert page.problems == []
    assert page.external == []


def test_play_changes_the_pixels(page):
    before = paused_at(page, 0.0)
    page.locator(".af-play").click()
    page.wait_for_timeout(1200)
    page.locator(".af-play").click()
    assert page.evaluate("anatoflowView.state().time") > 0.3
    assert changed(before, shot(page)) > 0.002


def test_toggling_a_layer_changes_the_pixels(page):
    before = paused_at(page, 1.0)
    page.get_by_role("button", name="Layers").click()
    page.locator(".af-layer-muscle input").click()
    page.wait_for_function("anatoflowView.state().hidden.includes('muscle')")
    page.wait_for_timeout(200)
    assert changed(before, shot(page)) > 0.01
    page.locator(".af-layer-muscle input").click()


def test_switching_language_changes_the_annotation_text(page):
    heading = page.locator(".af-annotation h3")
    assert heading.inner_text() == "What you are looking at"
    english = page.locator(".af-note").first.inner_text()
    page.get_by_text("Norsk", exact=True).click()
    page.wait_for_function("true")
    heading.filter(has_text="Hva du ser på").wait_for()
    assert page.locator(".af-note").first.inner_text() != english
    page.get_by_text("English", exact=True).click()
    heading.filter(has_text="What you are looking at").wait_for()


def test_story_next_moves_to_step_two(page):
    page.locator(".af-story-start button").click()
    page.locator('.af-story[data-step="1"]').wait_for()
    page.locator(".af-story-next button").click()
    step = page.locator('.af-story[data-step="2"]')
    step.wait_for()
    assert "2/6" in step.inner_text()
    assert step.locator(".af-badge").count() >= 1
    page.locator(".af-story-start button").click()
    assert page.problems == []


def test_the_last_of_two_quick_seeks_reaches_the_server_and_the_url(page):
    """The browser reports the time at most four times a second: a seek that follows another
    within that interval must still be reported once it is over (the plot cursors and the URL
    follow the report)."""
    page.evaluate("anatoflowView.pause()")
    page.wait_for_timeout(400)
    duration = page.evaluate("anatoflowView.state().duration")
    first, last = round(0.2 * duration, 1), round(0.6 * duration, 1)
    page.evaluate(f"anatoflowView.seek({first}); anatoflowView.seek({last})")
    page.wait_for_function("(want) => Math.abs(Number(new URLSearchParams(location.search).get('t')) - want) < 0.05",
                           arg=last, timeout=30_000)
    page.wait_for_timeout(600)  # nothing older arrives after it
    assert abs(float(page.evaluate("new URLSearchParams(location.search).get('t')")) - last) < 0.05
    assert page.problems == []


class ErrorLog(logging.Handler):
    """Collects ERROR records of the server's loggers (Panel's does not propagate to the root)."""

    NAMES = ("panel", "bokeh", "tornado", "asyncio")

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()} {record.exc_info[1] if record.exc_info else ''}")

    def __enter__(self) -> ErrorLog:
        for name in self.NAMES:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *_) -> None:
        for name in self.NAMES:
            logging.getLogger(name).removeHandler(self)


def test_story_clicks_during_playback_leave_no_server_errors(page):
    """Clicks arrive while the browser's time reports are pending: nothing may fail on the server
    (Bokeh's "_pending_writes should be non-None" when a callback changes a model unlocked)."""
    with ErrorLog() as log:
        page.evaluate("anatoflowView.play()")
        page.locator(".af-story-start button").click()
        for i in range(12):
            page.locator(".af-story-prev button" if i % 3 == 2 else ".af-story-next button").click()
            page.wait_for_timeout(120 + 40 * (i % 4))
        page.locator('.af-story[data-step="5"]').wait_for()        # 8 forward, 4 back from step 1
        page.wait_for_timeout(1000)
        page.locator(".af-story-start button").click()
        page.wait_for_timeout(500)
    assert log.messages == []
    assert page.problems == []


SCRIPT = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"


@pytest.fixture(scope="module")
def shared(browser, app_url):
    """A shared URL with good state and, in other fields, bad values (one page load for both)."""
    from urllib.parse import quote

    page = open_page(browser, app_url + "?scenario=deep-diaphragmatic&camera=hiatus&lang=nb&hide=bone"
                     f"&t=1.5&playing=0&psoas_l=7&model={quote(SCRIPT)}&tone={quote(SCRIPT)}&rate=nope")
    yield page
    page.close()


def test_url_with_state_restores_it(shared):
    state = shared.evaluate("anatoflowView.state()")
    assert state["camera"] == "hiatus" and not state["playing"]
    assert state["time"] == pytest.approx(1.5, abs=0.05)
    assert state["duration"] == pytest.approx(10.0, rel=0.05)         # deep: 6 breaths a minute
    assert shared.evaluate("anatoflowView.state().hidden") == ["bone"]
    shared.locator(".af-annotation h3").filter(has_text="Hva du ser på").wait_for()
    assert "search" not in shared.url and "scenario=deep-diaphragmatic" in shared.url
    assert shared.problems == []


def test_bad_url_values_show_a_notice_and_inject_nothing(shared):
    notice = shared.locator(".af-notice")
    notice.wait_for()
    text = notice.inner_text()
    for field in ("psoas_l", "model", "diaphragm_tone", "breath_rate"):
        assert field in text
    assert shared.evaluate("window.__pwned === undefined")
    assert shared.locator(".af-notice img").count() == 0
    assert "<script" not in text.lower() and "onerror" not in text
    assert shared.problems == []


def test_a_turned_view_goes_into_the_url_and_a_page_opened_from_it_shows_that_view(browser, app_url):
    first = open_page(browser, app_url + "?playing=0&camera=anterior")
    before = shot(first)
    box = first.locator(".af-viewport canvas").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    first.mouse.move(x, y)
    first.mouse.down()
    for step in range(1, 16):
        first.mouse.move(x + 12 * step, y + 2 * step)
        first.wait_for_timeout(15)
    first.mouse.up()
    first.wait_for_function("location.search.includes('pose=')", timeout=30_000)
    pose = first.evaluate("anatoflowView.pose()")
    assert changed(before, shot(first)) > 0.02
    second = open_page(browser, first.url)
    second.wait_for_function(
        """(want) => { const p = anatoflowView.pose();
             return [...p.position, ...p.target].every((v, i) => Math.abs(v - want[i]) < 5e-3); }""",
        arg=[*pose["position"], *pose["target"]], timeout=30_000)
    assert changed(shot(first), shot(second)) < 0.02
    second.locator("select:visible").filter(has_text="Oesophageal hiatus").select_option(label="Oesophageal hiatus")
    # choosing a preset replaces the turned view
    second.wait_for_function("!location.search.includes('pose=')", timeout=30_000)
    second.wait_for_function("anatoflowView.state().camera === 'hiatus'", timeout=30_000)
    assert first.problems == [] and second.problems == []
    first.close()
    second.close()
