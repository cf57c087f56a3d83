"""Fixtures of the app tests: a stand-in animation source and one app server per module."""

from __future__ import annotations

import pytest
from app_helpers import free_port, standin_source, wait_for_port


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


