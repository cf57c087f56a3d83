"""Fixtures for the video tests: the synthetic animation and frames rendered from it."""

from __future__ import annotations

import numpy as np
import pytest

from video_synth import ATTRIBUTION, build_synthetic_animation

SIZE = (160, 120)


@pytest.fixture(scope="session")
def animation():
    """24 frames at 6 fps: two breath cycles of the synthetic model, no attribution."""
    return build_synthetic_animation()


@pytest.fixture(scope="session")
def attributed():
    """The same animation on a model that carries the BodyParts3D attribution."""
    return build_synthetic_animation(attribution=ATTRIBUTION)


def render_list(animation, **options) -> list[np.ndarray]:
    """Every frame of ``animation`` as images, through the project's pipeline (no encoding)."""
    from anatoflow.export.video import make_scene, plan_frames, render_frames
    from anatoflow.export.video_options import video_options

    opts = video_options(size=options.pop("size", SIZE), **options)
    stage = make_scene(animation, opts)
    images: list[np.ndarray] = []
    try:
        render_frames(animation, stage, plan_frames(animation, opts), opts,
                      lambda image: images.append(np.ascontiguousarray(image)))
    finally:
        stage.close()
    return images
