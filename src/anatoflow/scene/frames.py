"""What :meth:`Scene.update` consumes: one frame of deformed vertices and flow arrows.

The pipeline's ``Frame`` (``anatoflow.pipeline``) has the same field names, so either can be
passed; the scene only reads ``frame.vertices`` and ``frame.arrows``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

import numpy as np

ARROW_KINDS: tuple[str, ...] = ("vein", "lymph")


@dataclass(frozen=True)
class ArrowFrame:
    """Flow arrows at one instant.

    Attributes
    ----------
    positions : numpy.ndarray
        ``(A, 3)`` arrow bases, LPS mm.
    directions : numpy.ndarray
        ``(A, 3)`` unit vectors along the flow.
    speeds : numpy.ndarray
        ``(A,)`` mm/s (0 = no flow; negative values are treated by magnitude).
    kinds : numpy.ndarray
        ``(A,)`` str, each ``"vein"`` or ``"lymph"``.
    """

    positions: np.ndarray
    directions: np.ndarray
    speeds: np.ndarray
    kinds: np.ndarray

    def __post_init__(self) -> None:
        n = len(self.kinds)
        shapes = {
            "positions": (np.shape(self.positions), (n, 3)),
            "directions": (np.shape(self.directions), (n, 3)),
            "speeds": (np.shape(self.speeds), (n,)),
        }
        for name, (got, want) in shapes.items():
            if got != want:
                raise ValueError(f"ArrowFrame.{name} has shape {got}, expected {want}")
        unknown = set(np.asarray(self.kinds, dtype=str).tolist()) - set(ARROW_KINDS)
        if unknown:
            raise ValueError(f"ArrowFrame.kinds has {sorted(unknown)}; allowed {ARROW_KINDS}")

    @classmethod
    def from_tracks(cls, tracks: object, index: int) -> ArrowFrame:
        """Slice frame ``index`` out of an ``ArrowTracks``-like object (arrays over time)."""
        return cls(
            positions=np.asarray(tracks.positions[index]),  # type: ignore[attr-defined]
            directions=np.asarray(tracks.directions[index]),  # type: ignore[attr-defined]
            speeds=np.asarray(tracks.speeds[index]),  # type: ignore[attr-defined]
            kinds=np.asarray(tracks.kinds),  # type: ignore[attr-defined]
        )


class FrameLike(Protocol):
    """Anything with the fields :meth:`Scene.update` reads."""

    vertices: Mapping[str, np.ndarray]
    arrows: ArrowFrame | None


@dataclass(frozen=True)
class SceneFrame:
    """One frame for the scene: deformed vertices by structure id, and flow arrows.

    Attributes
    ----------
    vertices : Mapping[str, numpy.ndarray]
        ``(N, 3)`` per structure that moved; structures left out keep their last points.
    arrows : ArrowFrame or None
        Flow arrows, or None for none.
    """

    vertices: Mapping[str, np.ndarray] = field(default_factory=lambda: MappingProxyType({}))
    arrows: ArrowFrame | None = None


def arrows_of(frame: object) -> object | None:
    """The arrows of a frame: ``frame.arrows``, or the pipeline Frame's flat ``arrow_*`` arrays."""
    if hasattr(frame, "arrows"):
        return frame.arrows  # type: ignore[attr-defined]
    if hasattr(frame, "arrow_positions"):
        return ArrowFrame(
            positions=np.asarray(frame.arrow_positions),  # type: ignore[attr-defined]
            directions=np.asarray(frame.arrow_directions),  # type: ignore[attr-defined]
            speeds=np.asarray(frame.arrow_speeds),  # type: ignore[attr-defined]
            kinds=np.asarray(frame.arrow_kinds),  # type: ignore[attr-defined]
        )
    return None
