"""Shared timing of anatoflow's browser player in Debian's headless chromium (no GPU).

Used by ``bench_player_fps.py`` (the standalone HTML) and ``bench_app.py`` (the Panel app).

Two software WebGL back ends are available, and every figure says which one it came from:

* ``swiftshader``: the browser tests' flags (``--disable-gpu --use-angle=swiftshader
  --enable-unsafe-swiftshader``). ANGLE on SwiftShader's Vulkan, software compositing. It is
  what headless chromium uses without a GPU; the headline figures come from it.
* ``swiftshader-gpu-compositing``: the same SwiftShader without ``--disable-gpu``: the page
  is composited in the GPU process too, so the canvas is not read back to the CPU each frame.
* ``llvmpipe``: ``--use-gl=angle --use-angle=gl-egl``: ANGLE on Debian's Mesa through EGL, which
  renders with llvmpipe (also on the CPU).

A machine with any GPU renders in hardware and is much faster than either.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

CHROMIUM = "/usr/bin/chromium"
COMMON = ["--headless=new", "--no-sandbox", "--mute-audio"]
BACKENDS = {
    "swiftshader": ["--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    "swiftshader-gpu-compositing": ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    "llvmpipe": ["--use-gl=angle", "--use-angle=gl-egl", "--ignore-gpu-blocklist"],
}
#: Seconds to let a fresh browser finish its own start-up work (it preloads internal pages)
#: before a page is opened: the page opens in a running browser, as a user's would.
SETTLE_S = 3.0
#: Seconds a measured page stays open before the next one: the app loads the rest of the page
#: after the first view, and the next page should not wait for that (one user, one page).
IDLE_S = 3.0
READY = "window.anatoflowView && anatoflowView.state().duration > 0"
#: The player's view of what it draws; for players without quality(), the renderer's name.
QUALITY = """(() => {
  const v = window.anatoflowView;
  if (v.quality) return v.quality();
  const gl = v._view.renderer.getContext();
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  return {renderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '?'};
})()"""
FPS = """(seconds) => new Promise((done) => {
  let frames = 0;
  const off = anatoflowView.on('time', () => frames++);
  setTimeout(() => { off(); done(frames / seconds); }, seconds * 1000);
})"""


def load_average() -> str:
    """The 1-minute load average, as text."""
    return f"{os.getloadavg()[0]:.2f}"


def launch(playwright: Any, backend: str) -> Any:
    """Debian's chromium with ``backend``'s flags, given :data:`SETTLE_S` to settle."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=COMMON + BACKENDS[backend])
    time.sleep(SETTLE_S)
    return browser


def first_view(browser: Any, url: str, *, viewport: dict[str, int],
               prepare: Callable[[Any], None] | None = None, page: Any = None) -> tuple[float, Any]:
    """Seconds from navigation to the first drawn view, and the page.

    A new page gets its own context (empty cache: a first visit); given ``page``, the same
    page opens ``url`` again (its cache warm: a return visit). The view counts as drawn when
    the player has loaded its GLB and two animation frames have passed since (so the first
    frame is on screen).
    """
    if page is None:
        page = browser.new_context(viewport=viewport).new_page()
        if prepare is not None:
            prepare(page)
    else:
        page.goto("about:blank")
    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=120_000)
    page.wait_for_function(READY, timeout=120_000, polling=20)
    page.evaluate("new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))")
    return time.perf_counter() - start, page


def playback(page: Any, *, warm_up_s: float = 1.0, seconds: float = 4.0) -> tuple[float, dict]:
    """Frames per second while playing (after ``warm_up_s`` of playback) and the player's quality.

    Frames are counted through the player's ``time`` event, emitted once per drawn frame.
    """
    page.evaluate("anatoflowView.seek(0); anatoflowView.play()")
    time.sleep(warm_up_s)
    fps = page.evaluate(FPS, seconds)
    return fps, page.evaluate(QUALITY)


def turning(page: Any, *, seconds: float = 3.0) -> float:
    """Frames per second drawn while the paused view is dragged round for ``seconds``.

    Counts the renderer's drawn frames (``renderer.info.render.frame``): a paused player draws
    only when something changes, here the camera.
    """
    page.evaluate("anatoflowView.pause()")
    time.sleep(0.5)
    box = page.locator(".af-viewport canvas").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    count = "anatoflowView._view.renderer.info.render.frame"
    page.mouse.move(x, y)
    page.mouse.down()
    before, start, step = page.evaluate(count), time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        step += 1
        page.mouse.move(x + 120 * np.sin(step / 15), y + 40 * np.cos(step / 20))
        time.sleep(0.008)
    frames, elapsed = page.evaluate(count) - before, time.perf_counter() - start
    page.mouse.up()
    return frames / elapsed


def describe(quality: dict) -> str:
    """One line: renderer and what the player drew while playing."""
    text = str(quality.get("renderer", "?"))
    if "detail" in quality:
        text += (f"; drew {quality['detail']:.3g} of {quality['triangles']:,} triangles at pixel ratio "
                 f"{quality['pixelRatio']:.2f}")
    return text


def measure(backend: str, url: str, *, viewport: dict[str, int], repeats: int = 3,
            prepare: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """First view (median of ``repeats`` first visits, and of two return visits) and playback
    fps with ``backend``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw, backend)
        views, returns, page = [], [], None
        for _ in range(repeats):
            if page is not None:
                page.context.close()
            seconds, page = first_view(browser, url, viewport=viewport, prepare=prepare)
            views.append(seconds)
            time.sleep(IDLE_S)
        for _ in range(2):
            returns.append(first_view(browser, url, viewport=viewport, page=page)[0])
            time.sleep(IDLE_S)
        fps, quality = playback(page)
        turn_fps = turning(page)
        browser.close()
    return {"backend": backend, "first_view": statistics.median(views), "views": views,
            "return_view": statistics.median(returns), "fps": fps, "quality": quality,
            "turn_fps": turn_fps}


def report(result: dict[str, Any]) -> str:
    """The result of :func:`measure` in two lines."""
    views = ", ".join(f"{v:.2f}" for v in result["views"])
    return (f"[{result['backend']}] first view {result['first_view']:.2f} s (median of {views}; "
            f"return visit {result['return_view']:.2f} s); playback {result['fps']:.1f} fps; "
            f"turning the paused view {result['turn_fps']:.1f} fps\n"
            f"    renderer: {describe(result['quality'])}")
