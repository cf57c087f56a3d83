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


def still_pixels(**options):
    """PNG stills of the stand-in model's default scenario at t = 1 s from the anterior preset
    (the app's export), as ``(H, W, 3)`` int arrays: one per dict of extra ``export_bytes``
    options (``pose``, ``hidden``...) in ``options``' values, keyed like it."""
    import numpy as np
    from PIL import Image

    from anatoflow.app.exports import export_bytes, output_name
    from anatoflow.app.state import AppState

    built = standin_source().build(AppState())
    name = output_name("still", "png")
    return {key: np.asarray(Image.open(export_bytes("png", built.animation, language="en", camera="anterior",
                                                    time=1.0, name=name, **extra)).convert("RGB")).astype(int)
            for key, extra in options.items()}
