"""``python -m anatoflow`` runs the command-line interface."""

from anatoflow.cli import main

raise SystemExit(main())
