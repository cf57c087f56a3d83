"""Entry point for ``panel serve src/anatoflow/app/main.py``."""

from __future__ import annotations

from anatoflow.app import create_app

if __name__.startswith("bokeh"):
    create_app().servable(title="anatoflow")
