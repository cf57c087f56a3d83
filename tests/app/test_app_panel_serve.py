"""``panel serve src/anatoflow/app/main.py``: Panel's own server starts the same app, offline."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from app_helpers import free_port

import anatoflow

MAIN = Path(anatoflow.__file__).parent / "app" / "main.py"


def test_panel_serve_on_the_app_module_serves_the_app_with_local_scripts_only(tmp_path):
    pytest.importorskip("panel")
    panel = shutil.which("panel") or None
    command = [panel] if panel else [sys.executable, "-m", "panel"]
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen([*command, "serve", str(MAIN), "--port", str(port), "--address", "127.0.0.1"],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        page = ""
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/main", timeout=30) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.25)
        assert "<title>anatoflow</title>" in page, (tmp_path / "server.log").read_text()[-2000:]
        scripts = re.findall(r'<script[^>]+src="([^"]+)"', page)
        assert any("bokeh.min.js" in s for s in scripts) and any("panel.min.js" in s for s in scripts)
        assert not [s for s in scripts if s.startswith(("http:", "https:", "//"))], scripts
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
