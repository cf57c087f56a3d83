"""Video options, overlay timing and the encoder's all-or-nothing file (no rendering here)."""

from __future__ import annotations

import numpy as np
import pytest

from anatoflow.export.video_options import FORMATS, parse_size, scene_camera, video_format, video_options
from anatoflow.export.video_overlay import OverlaySpans, overlay_spans, wrap


def test_named_and_explicit_sizes():
    assert parse_size(resolution="4k", width=None, height=None) == (3840, 2160)
    assert parse_size(resolution=None, width=None, height=None) == (1280, 720)
    assert parse_size(resolution=None, width=640, height=None) == (640, 720)
    with pytest.raises(ValueError, match="more pixels than 4K"):
        parse_size(resolution=None, width=3840, height=3840)


def test_camera_presets_are_checked():
    assert scene_camera("right_lateral") == "right_lateral"
    assert scene_camera("hiatus") == "hiatus"
    with pytest.raises(ValueError, match="--camera = 'top' is not one of"):
        scene_camera("top")


def test_option_ranges():
    assert video_options(size=(320, 240), camera="pelvis").camera == "pelvis"
    with pytest.raises(ValueError, match="--camera = 'right'"):
        video_options(size=(320, 240), camera="right")
    with pytest.raises(ValueError, match="--language"):
        video_options(size=(320, 240), language="de")
    with pytest.raises(ValueError, match="--duration = 0 must be > 0"):
        video_options(size=(320, 240), duration=0)
    assert video_format("a.GIF", (161, 121)).codec == "gif"  # GIF takes odd sizes


def test_overlay_spans():
    assert overlay_spans(900, 30, disclaimer_s=3, end_card_s=2, attribution=True) == OverlaySpans(90, 840)
    assert overlay_spans(900, 30, disclaimer_s=3, end_card_s=2, attribution=False) == OverlaySpans(90, 900)
    short = overlay_spans(4, 30, disclaimer_s=3, end_card_s=2, attribution=True)
    assert short.disclaimer == 2 and short.end_card == 3  # half and a quarter of a short clip
    assert overlay_spans(1, 30, disclaimer_s=3, end_card_s=2, attribution=True) == OverlaySpans(1, 0)


def test_wrap_keeps_every_word_within_the_width():
    text = "This is a simplified teaching model, not medical advice. Effects marked as hypotheses are not proven."
    lines = wrap(text, width_px=600, font_px=20).splitlines()
    assert len(lines) > 1 and all(len(line) <= 600 / (20 * 0.56) for line in lines)
    assert " ".join(lines) == text


def test_failed_encode_leaves_no_file(tmp_path):
    from anatoflow.export.video_encoder import VideoWriter

    target = tmp_path / "clip.mp4"
    with pytest.raises(RuntimeError, match="stop here"):
        with VideoWriter(target, size=(32, 16), fps=10, fmt=FORMATS[".mp4"]) as writer:
            writer.write(np.zeros((16, 32, 3), np.uint8))
            raise RuntimeError("stop here")
    assert list(tmp_path.iterdir()) == []
    with VideoWriter(target, size=(32, 16), fps=10, fmt=FORMATS[".mp4"]) as writer:
        with pytest.raises(ValueError, match="frame shape"):
            writer.write(np.zeros((16, 30, 3), np.uint8))
        writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_missing_encoder_is_a_clear_error():
    from dataclasses import replace

    from anatoflow.export.video_encoder import check_encoder

    check_encoder(FORMATS[".webm"])  # the bundled ffmpeg has VP9
    with pytest.raises(ValueError, match="needs the ffmpeg encoder 'libnothing'"):
        check_encoder(replace(FORMATS[".webm"], codec="libnothing"))
