"""Fixtures of the app tests: a stand-in animation source and one app server per module."""

from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
                 "--enable-unsafe-swiftshader", "--mute-audio"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int) -> None:
    """Wait until the server listens (the port only: a GET would build a whole session)."""
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)


def standin_source():
    from standin import StandinRig, standin_model

    from anatoflow.app.animations import AnimationSource

    return AnimationSource(load_model=standin_model, build_rig=StandinRig, fps=12.0)


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
