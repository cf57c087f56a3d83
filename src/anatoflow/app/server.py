"""Start the app's Bokeh/Panel server with every resource served locally (works offline)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any


def offline_resources() -> None:
    """Make Bokeh and Panel load their JavaScript and CSS from this server, not a CDN."""
    os.environ.setdefault("BOKEH_RESOURCES", "server")
    import panel as pn

    pn.config.inline = False


def serve(*, port: int = 5006, address: str = "127.0.0.1", show: bool = True,
          app: Callable[[], Any] | None = None, threaded: bool = False, **kwargs: Any) -> Any:
    """Serve ``app`` (default :func:`anatoflow.app.create_app`) on ``address:port``.

    Parameters
    ----------
    port : int
        TCP port (0 picks a free one).
    address : str
        Interface to listen on (127.0.0.1: this computer only).
    show : bool
        Open a browser tab.
    app : callable, optional
        Returns one session's servable.
    threaded : bool
        Run the server in a background thread and return it (for tests and benchmarks).
    """
    offline_resources()
    import panel as pn

    from anatoflow.app import create_app

    origins = [f"{host}:{port}" for host in dict.fromkeys((address, "127.0.0.1", "localhost"))] if port else None
    return pn.serve(app or create_app, port=port, address=address, show=show, threaded=threaded,
                    title="anatoflow", websocket_origin=origins, **kwargs)
