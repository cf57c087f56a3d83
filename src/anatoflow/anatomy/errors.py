"""Errors that name the file and the field at fault."""

from __future__ import annotations

from pathlib import Path


class DataError(ValueError):
    """A data file (catalogue, landmark table, mesh, scenario) is malformed.

    The message reads ``<file>: <field> <problem>``, for example
    ``meshes/catalogue.toml: structure[3].colour must be '#rrggbb', got 'red'``.
    """

    def __init__(self, path: str | Path, field: str, problem: str) -> None:
        self.path = Path(path)
        self.field = field
        self.problem = problem
        super().__init__(f"{self.path}: {field} {problem}")
