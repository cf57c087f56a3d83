"""Helpers of the app tests (a module of its own: two test folders have a conftest)."""

from __future__ import annotations

import socket
import time


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
