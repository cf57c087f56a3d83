"""The thoraco-abdominal pump model and the flow arrows (pure numpy).

* :func:`~anatoflow.physiology.pump.simulate`: body states -> :class:`~anatoflow.physiology.pump.Haemodynamics`
* :func:`~anatoflow.physiology.arrows.arrow_tracks`: centrelines + flows -> :class:`~anatoflow.physiology.arrows.ArrowTracks`
* :func:`~anatoflow.physiology.parameters.load_parameters`: ``parameters.toml`` with units, ranges, sources
* :mod:`anatoflow.physiology.plots`: matplotlib figures (imported only when used)

See docs/physiology.md for the equations, the evidence and the limits.
"""

from anatoflow.physiology.arrows import ArrowTracks, arrow_tracks
from anatoflow.physiology.parameters import Parameters, load_parameters
from anatoflow.physiology.pump import Haemodynamics, breath_means, simulate

__all__ = [
    "ArrowTracks", "Haemodynamics", "Parameters", "arrow_tracks", "breath_means",
    "load_parameters", "simulate",
]
