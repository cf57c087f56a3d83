"""Rendering helpers for the video tests."""

from __future__ import annotations

import numpy as np

SIZE = (160, 120)


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
