"""Fixtures of the app tests: a stand-in animation source and one app server per module."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_helpers import free_port, standin_source, wait_for_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
                 "--enable-unsafe-swiftshader", "--mute-audio"]


@pytest.fixture(scope="module")
def app_url():
    """Serve the app (stand-in model) on 127.0.0.1:<free port> in a thread; stop it afterwards."""
    pytest.importorskip("panel")
    from anatoflow.app import create_app
    from anatoflow.app.server import serve

    source = standin_source()
    port = free_port()
    server = serve(port=port, show=False, threaded=True, app=lambda: create_app(source=source))
    url = f"http://127.0.0.1:{port}/"
    wait_for_port(port)
    yield url
    server.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (test extra)")
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is missing: apt-get install -y chromium (scripts/install.sh)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
