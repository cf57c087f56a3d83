"""Videos read back from disk: container, codec, pixel format, frame count, and what the frames show."""

from __future__ import annotations

import imageio_ffmpeg
import numpy as np
import pytest

from video_frames import SIZE, render_list

pytestmark = pytest.mark.render

#: The overlay box colour (VideoOverlays background), as 8-bit RGB.
BOX = np.array([255, 247, 219])


def read_video(path):
    """``(meta, frames)`` of a video file through imageio-ffmpeg."""
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    w, h = meta["size"]
    frames = [np.frombuffer(f, dtype=np.uint8).reshape(h, w, 3) for f in reader]
    return meta, frames


def box_pixels(image: np.ndarray, rows: slice, cols: slice) -> int:
    """Pixels of the overlay box colour in a region."""
    region = image[rows, cols].astype(int)
    return int((np.abs(region - BOX).max(axis=-1) <= 6).sum())


def project(scene, points: np.ndarray) -> np.ndarray:
    """Image ``(col, row)`` of world points in the scene's current camera."""
    ren = scene.plotter.renderer
    height = scene.plotter.window_size[1]
    out = []
    for p in points:
        ren.SetWorldPoint(*p, 1.0)
        ren.WorldToDisplay()
        x, y, _ = ren.GetDisplayPoint()
        out.append((x, height - 1 - y))
    return np.asarray(out)


def test_mp4_metadata_and_frames(animation, tmp_path):
    from anatoflow.export.video import render_video
    from anatoflow.export.video_options import video_options

    report = render_video(animation, tmp_path / "breath.mp4", options=video_options(size=SIZE), progress=False)
    meta, frames = read_video(report.path)
    assert meta["codec"] == "h264"
    assert meta["pix_fmt"].startswith("yuv420p")
    assert meta["fps"] == pytest.approx(6.0)
    assert tuple(meta["size"]) == SIZE
    assert len(frames) == report.n_frames == animation.n_frames == 24
    assert imageio_ffmpeg.count_frames_and_secs(str(report.path))[0] == 24
    data = report.path.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat"), "+faststart puts the index first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["breath.mp4"], "no temporary file left"


def test_inspiration_and_expiration_differ_where_the_diaphragm_is(animation, tmp_path):
    from anatoflow.export.video import make_scene, render_video
    from anatoflow.export.video_options import video_options

    opts = video_options(size=SIZE)
    _, frames = read_video(render_video(animation, tmp_path / "b.mp4", options=opts, progress=False).path)
    dome = animation.weights[12:, 0]  # the second cycle: after the disclaimer
    insp, expi = 12 + int(np.argmax(dome)), 12 + int(np.argmin(dome))
    changed = np.abs(frames[insp].astype(int) - frames[expi].astype(int)).max(axis=-1) > 40
    assert changed.mean() > 0.01
    stage = make_scene(animation, opts)
    stage.scene.set_camera("anterior")
    points = np.vstack([animation.rig.deform(animation.weights[i])["diaphragm"] for i in (insp, expi)])
    (c0, r0), (c1, r1) = project(stage.scene, points).min(axis=0) - 3, project(stage.scene, points).max(axis=0) + 3
    stage.close()
    rows, cols = np.nonzero(changed)
    inside = (rows >= r0) & (rows <= r1) & (cols >= c0) & (cols <= c1)
    assert inside.mean() > 0.9, f"changes outside the diaphragm box: {inside.mean():.2f}"


def test_disclaimer_shows_first_then_goes(animation):
    en = render_list(animation)
    nb = render_list(animation, language="nb")
    top, mid = slice(0, SIZE[1] // 5), slice(SIZE[0] // 5, 4 * SIZE[0] // 5)
    # frames 0 and 12 have the same breath phase (one cycle = 12 frames); only the overlay differs
    assert box_pixels(en[0], top, mid) > 100
    assert box_pixels(en[11], top, mid) > 100
    assert box_pixels(en[12], top, mid) == 0
    assert np.abs(en[0][top, mid].astype(int) - en[12][top, mid].astype(int)).max() > 100
    assert np.abs(en[0][top, mid].astype(int) - nb[0][top, mid].astype(int)).max() > 100, "language changes it"


def test_attribution_end_card_only_with_attribution(animation, attributed):
    plain, credited = render_list(animation), render_list(attributed)
    rows, cols = slice(SIZE[1] // 3, 2 * SIZE[1] // 3), slice(SIZE[0] // 5, 4 * SIZE[0] // 5)
    assert box_pixels(credited[-1], rows, cols) > 200
    assert box_pixels(credited[17], rows, cols) == 0, "the card covers the last quarter only"
    assert box_pixels(plain[-1], rows, cols) == 0


@pytest.mark.parametrize(("suffix", "codec"), [(".gif", "gif"), (".webm", "vp9")])
def test_gif_and_webm_are_readable(animation, tmp_path, suffix, codec):
    from anatoflow.export.video import render_video
    from anatoflow.export.video_options import video_options

    report = render_video(animation, tmp_path / f"clip{suffix}", options=video_options(size=SIZE, duration=1.0),
                          progress=False)
    meta, frames = read_video(report.path)
    assert meta["codec"].rstrip(",") == codec
    assert len(frames) == report.n_frames == 6
    assert tuple(meta["size"]) == SIZE


def test_render_processes_match_one_process(animation, tmp_path):
    from anatoflow.export.video import render_video
    from anatoflow.export.video_options import video_options
    opts = video_options(size=SIZE, duration=1.0)
    one = render_video(animation, tmp_path / "one.mp4", options=opts, progress=False, workers=1)
    two = render_video(animation, tmp_path / "two.mp4", options=opts, progress=False, workers=2)
    (_, a), (_, b) = read_video(one.path), read_video(two.path)
    assert len(a) == len(b) == 6
    for x, y in zip(a, b):
        assert np.abs(x.astype(int) - y.astype(int)).mean() < 1.0


def test_helper_processes_render_claimed_blocks_in_order(animation, tmp_path):
    """Two helpers alone (this process renders nothing) take 1-frame blocks; the encoder gets
    every frame in order, the same frames as one process."""
    from anatoflow.export.video import make_scene, plan_frames, render_frames
    from anatoflow.export.video_options import video_options
    from anatoflow.export.video_workers import ParallelFrames
    opts = video_options(size=SIZE, duration=1.0)
    plan = plan_frames(animation, opts)
    stage = make_scene(animation, opts)
    expected: list[np.ndarray] = []
    try:
        render_frames(animation, stage, plan, opts, lambda image: expected.append(np.array(image)))
    finally:
        stage.close()
    got: list[np.ndarray] = []
    source = ParallelFrames(animation, plan, opts, 2, block_frames=1, local=False)

    class Bar:
        n = 0

        def update(self, k: int) -> None:
            self.n += k

    bar = Bar()
    try:
        source.run(lambda: None, lambda image: got.append(np.array(image)), bar)
    finally:
        source.close()
    owners = {source.board.owner(b) for b in range(source.board.n_blocks)}
    assert owners <= {1, 2} and len(got) == bar.n == len(expected) == 6
    for x, y in zip(expected, got):
        assert np.abs(x.astype(int) - y.astype(int)).mean() < 0.5


def test_a_failing_helper_is_reported(animation, tmp_path):
    from anatoflow.export.video import plan_frames
    from anatoflow.export.video_options import video_options
    from anatoflow.export.video_workers import ParallelFrames
    opts = video_options(size=SIZE, duration=1.0)
    plan = plan_frames(animation, opts)
    source = ParallelFrames(animation, plan, opts, 1, local=False)
    source.processes[1].kill()
    try:
        with pytest.raises(RuntimeError, match="anatoflow-render-1"):
            source.run(lambda: None, lambda image: None, type("Bar", (), {"update": lambda self, k: None})())
    finally:
        source.close()


def test_block_board_hands_out_each_frame_once():
    import multiprocessing as mp

    from anatoflow.export.video_workers import BlockBoard
    board = BlockBoard(mp.get_context("spawn"), n_frames=30, block_frames=12)
    assert board.n_blocks == 3
    first, second = board.claimed_frames(0), board.claimed_frames(1)
    taken = [next(first), next(second)] + list(first) + list(second)
    assert sorted(taken) == list(range(30))
    assert [board.owner(b) for b in range(3)] == [0, 1, 0]
    assert list(board.frames(2)) == list(range(24, 30))


@pytest.mark.parametrize(("requested", "frames", "cores", "expected"),
                         [(None, 900, 2, 2), (None, 60, 2, 1), (None, 900, 1, 1), (3, 10, 1, 3)])
def test_worker_count(requested, frames, cores, expected):
    from anatoflow.export.video_workers import render_workers
    assert render_workers(requested, n_frames=frames, cpu_count=cores) == expected
