"""Fixtures for the video tests: the synthetic animation, with and without an attribution."""

from __future__ import annotations

import pytest

from video_synth import ATTRIBUTION, build_synthetic_animation


@pytest.fixture(scope="session")
def animation():
    """24 frames at 6 fps: two breath cycles of the synthetic model, no attribution."""
    return build_synthetic_animation()


@pytest.fixture(scope="session")
def attributed():
    """The same animation on a model that carries the BodyParts3D attribution."""
    return build_synthetic_animation(attribution=ATTRIBUTION)
