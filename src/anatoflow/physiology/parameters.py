"""Load and validate ``parameters.toml``: every pump-model parameter with unit, range and source.

Values are converted into the model's units on loading (:mod:`anatoflow.physiology.units`).
Errors name the file, the field and the allowed range (:class:`~anatoflow.anatomy.errors.DataError`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from anatoflow.anatomy.errors import DataError
from anatoflow.hypotheses import names_for
from anatoflow.physiology.units import MODEL_UNIT, to_model

#: The data file shipped with the package.
DEFAULT_PATH: Path = Path(__file__).with_name("parameters.toml")

#: Evidence levels a hypothesis may carry (claims.md).
EVIDENCE_LEVELS: tuple[str, ...] = (
    "established", "plausible-unproven", "unproven", "contradicted",
)

#: The hypotheses the pump model knows how to apply.
HYPOTHESIS_NAMES: tuple[str, ...] = names_for("physiology")

_REQUIRED = ("value", "unit", "range", "source", "approx")


@dataclass(frozen=True)
class Parameter:
    """One parameter as written in the data file.

    Attributes
    ----------
    name : str
        Dotted name, e.g. ``"pleural.end_expiratory"``.
    value : float
        Value in the stated ``unit``.
    unit : str
        Unit as written.
    low, high : float
        Documented range in ``unit``.
    source : str
        Citation (text).
    url : str
        Link to the source, or ``""``.
    approx : bool
        True for a teaching estimate; ``note`` says how it was derived.
    note : str
        Derivation or remark.
    """

    name: str
    value: float
    unit: str
    low: float
    high: float
    source: str
    url: str
    approx: bool
    note: str

    @property
    def model_value(self) -> float:
        """The value converted into the model's unit."""
        return to_model(self.value, self.unit)

    @property
    def model_unit(self) -> str:
        """The model's unit for this parameter."""
        return MODEL_UNIT[self.unit]


@dataclass(frozen=True)
class Hypothesis:
    """A switchable, named hypothesis of the article, with its evidence level."""

    name: str
    evidence: str
    enabled: bool
    claim: int
    description: str
    strength: Parameter


@dataclass(frozen=True)
class Parameters:
    """All parameters of the pump model.

    Attributes
    ----------
    path : Path
        The file they came from.
    entries : Mapping[str, Parameter]
        Every parameter by dotted name (hypothesis strengths included, named
        ``"hypotheses.<name>.strength"``).
    hypotheses : Mapping[str, Hypothesis]
        The switchable hypotheses by name.
    """

    path: Path
    entries: Mapping[str, Parameter]
    hypotheses: Mapping[str, Hypothesis] = field(default_factory=dict)

    def __getitem__(self, name: str) -> float:
        """Return parameter ``name`` in the model's unit."""
        try:
            return self.entries[name].model_value
        except KeyError:
            raise KeyError(f"{self.path.name}: no parameter {name!r}") from None

    def with_values(self, **values: float) -> Parameters:
        """Return a copy with some values replaced (in the file's units), validated.

        Keys use ``__`` for dots: ``with_values(veins__valve_leak=0.1)``.
        """
        entries = dict(self.entries)
        for key, value in values.items():
            name = key.replace("__", ".")
            if name not in entries:
                raise KeyError(f"{self.path.name}: no parameter {name!r}")
            old = entries[name]
            new = Parameter(name, float(value), old.unit, old.low, old.high, old.source,
                            old.url, old.approx, old.note)
            _check_range(self.path, new)
            entries[name] = new
        hyps = {n: Hypothesis(h.name, h.evidence, h.enabled, h.claim, h.description,
                              entries[f"hypotheses.{n}.strength"])
                for n, h in self.hypotheses.items()}
        return Parameters(self.path, MappingProxyType(entries), MappingProxyType(hyps))


def _check_range(path: Path, p: Parameter) -> None:
    if not p.low <= p.value <= p.high:
        raise DataError(path, f"{p.name}.value",
                        f"= {p.value:g} {p.unit} is outside {p.low:g}..{p.high:g}")


def _parse_parameter(path: Path, name: str, table: Mapping) -> Parameter:
    for key in _REQUIRED:
        if key not in table:
            raise DataError(path, f"{name}.{key}", "is missing")
    rng = table["range"]
    if (not isinstance(rng, list) or len(rng) != 2
            or not all(isinstance(v, int | float) for v in rng) or rng[0] > rng[1]):
        raise DataError(path, f"{name}.range", f"must be [low, high] with low <= high, got {rng!r}")
    if not isinstance(table["value"], int | float) or isinstance(table["value"], bool):
        raise DataError(path, f"{name}.value", f"must be a number, got {table['value']!r}")
    if table["unit"] not in MODEL_UNIT:
        raise DataError(path, f"{name}.unit", f"= {table['unit']!r} is not one of {sorted(MODEL_UNIT)}")
    if not str(table["source"]).strip():
        raise DataError(path, f"{name}.source", "must name a source")
    p = Parameter(name, float(table["value"]), table["unit"], float(rng[0]), float(rng[1]),
                  str(table["source"]), str(table.get("url", "")), bool(table["approx"]),
                  str(table.get("note", "")))
    if p.approx and not p.note.strip():
        raise DataError(path, f"{name}.note", "must say how an approx. value was derived")
    _check_range(path, p)
    return p


def _parse_hypothesis(path: Path, name: str, table: Mapping) -> Hypothesis:
    where = f"hypotheses.{name}"
    if name not in HYPOTHESIS_NAMES:
        raise DataError(path, where, f"is not a known hypothesis {HYPOTHESIS_NAMES}")
    if table.get("evidence") not in EVIDENCE_LEVELS:
        raise DataError(path, f"{where}.evidence", f"must be one of {EVIDENCE_LEVELS}")
    if not isinstance(table.get("enabled"), bool):
        raise DataError(path, f"{where}.enabled", "must be true or false")
    if "strength" not in table:
        raise DataError(path, f"{where}.strength", "is missing")
    strength = _parse_parameter(path, f"{where}.strength", table["strength"])
    return Hypothesis(name, table["evidence"], table["enabled"], int(table.get("claim", 0)),
                      str(table.get("description", "")), strength)


def load_parameters(path: str | Path | None = None) -> Parameters:
    """Read and validate a parameter file.

    Parameters
    ----------
    path : str or Path, optional
        The TOML file; the shipped ``parameters.toml`` when omitted.

    Returns
    -------
    Parameters

    Raises
    ------
    DataError
        When a field is missing, has a wrong type or unit, lacks a source, or lies outside
        its documented range. The message names the file and the field.
    """
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(path, "(syntax)", str(exc)) from None
    entries: dict[str, Parameter] = {}
    hyps: dict[str, Hypothesis] = {}
    for group, table in data.items():
        if group == "meta":
            continue
        if group == "hypotheses":
            for name, sub in table.items():
                hyps[name] = _parse_hypothesis(path, name, sub)
                entries[hyps[name].strength.name] = hyps[name].strength
            continue
        for name, sub in table.items():
            if not isinstance(sub, dict):
                raise DataError(path, f"{group}.{name}", "must be a table with value, unit, range, source")
            entries[f"{group}.{name}"] = _parse_parameter(path, f"{group}.{name}", sub)
    for name in HYPOTHESIS_NAMES:
        if name not in hyps:
            raise DataError(path, f"hypotheses.{name}", "is missing")
    return Parameters(path, MappingProxyType(entries), MappingProxyType(hyps))
