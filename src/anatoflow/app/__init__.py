"""The Panel app: ``anatoflow serve`` or ``panel serve src/anatoflow/app/main.py``.

* :mod:`~anatoflow.app.state`: the app state (``param``), testable without a browser;
* :mod:`~anatoflow.app.urlstate`: the state in the URL, with clamping and notices;
* :mod:`~anatoflow.app.animations`: builds and caches one breath cycle per parameter set;
* :mod:`~anatoflow.app.viewer`: the browser player as a Panel ``JSComponent``;
* :mod:`~anatoflow.app.controls`, :mod:`~anatoflow.app.plots`,
  :mod:`~anatoflow.app.texts`, :mod:`~anatoflow.app.exports`: the parts of the page;
* :mod:`~anatoflow.app.layout`: :func:`create_app`.
"""

from __future__ import annotations

from typing import Any


def create_app(**kwargs: Any) -> Any:
    """The app's servable (see :func:`anatoflow.app.layout.create_app`)."""
    from anatoflow.app.layout import create_app as _create

    return _create(**kwargs)


__all__ = ["create_app"]
