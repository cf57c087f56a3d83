"""Encode frames on a worker thread through imageio-ffmpeg, into a file that appears only when complete.

:class:`VideoWriter` starts ffmpeg (the binary bundled with imageio-ffmpeg, run as a
subprocess without a shell) on a temporary file beside the target. Frames go through a short
queue to a worker thread that writes them to ffmpeg's stdin, which releases the GIL, so the
caller can render the next frame meanwhile. :meth:`VideoWriter.finish` waits for ffmpeg,
checks the frame count of what it wrote and moves it into place with :func:`os.replace`;
:meth:`VideoWriter.abort` (or any exception inside ``with``) deletes the temporary file.
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from anatoflow.export.files import check_writable
from anatoflow.export.video_options import VideoFormat

_STOP = object()


def check_encoder(fmt: VideoFormat) -> None:
    """Raise ValueError when the bundled ffmpeg lacks the encoder ``fmt`` needs."""
    import subprocess

    import imageio_ffmpeg

    exe = imageio_ffmpeg.get_ffmpeg_exe()
    listing = subprocess.run([exe, "-hide_banner", "-encoders"], capture_output=True, text=True,
                             check=False).stdout
    if not any(line.split()[1:2] == [fmt.codec] for line in listing.splitlines() if line.strip()):
        raise ValueError(f"{fmt.suffix} needs the ffmpeg encoder {fmt.codec!r}, which the ffmpeg of "
                         f"imageio-ffmpeg ({exe}) does not have; write .mp4 instead")


class VideoWriter:
    """Write ``(H, W, 3)`` uint8 frames to a video file from a background thread.

    Parameters
    ----------
    path : str or pathlib.Path
        Target file; its folder must exist and be writable.
    size : tuple of int
        ``(width, height)`` of every frame.
    fps : float
        Frame rate.
    fmt : VideoFormat
        Codec and options (see :data:`anatoflow.export.video_options.FORMATS`).
    queue_size : int, optional
        Frames that may wait for the encoder before :meth:`write` blocks.
    """

    def __init__(self, path: str | Path, *, size: tuple[int, int], fps: float, fmt: VideoFormat,
                 queue_size: int = 3) -> None:
        self.path = check_writable(Path(path).expanduser().absolute())
        self.size, self.fps, self.fmt = (int(size[0]), int(size[1])), float(fps), fmt
        self.frames_written = 0
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=queue_size)
        self._error: BaseException | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}-", suffix=f"{fmt.suffix}.part",
                                       dir=self.path.parent)
        except OSError as exc:
            raise PermissionError(f"{self.path}: cannot create a file in {self.path.parent} "
                                  f"({exc.strerror})") from None
        os.close(fd)
        self._tmp = Path(tmp)
        self._thread = threading.Thread(target=self._work, name="anatoflow-encoder", daemon=True)
        self._thread.start()

    def _open(self) -> Any:
        import imageio_ffmpeg

        gen = imageio_ffmpeg.write_frames(
            str(self._tmp), self.size, pix_fmt_in="rgb24", pix_fmt_out=self.fmt.pix_fmt, fps=self.fps,
            quality=None, codec=self.fmt.codec, macro_block_size=1, ffmpeg_log_level="error",
            output_params=list(self.fmt.output_params))
        gen.send(None)
        return gen

    def _work(self) -> None:
        gen = None
        try:
            gen = self._open()
            while (item := self._queue.get()) is not _STOP:
                gen.send(np.ascontiguousarray(item, dtype=np.uint8))
                self.frames_written += 1
        except BaseException as exc:  # handed to the caller's thread
            self._error = exc
            while self._queue.get() is not _STOP:  # drain so the producer never blocks
                pass
        finally:
            if gen is not None:
                gen.close()  # closes ffmpeg's stdin and waits for it to finish the file

    def write(self, image: np.ndarray) -> None:
        """Queue one ``(H, W, 3)`` uint8 frame (top row first); blocks while the queue is full."""
        if self._error is not None:
            raise RuntimeError(f"{self.path}: the encoder failed: {self._error}") from self._error
        if np.shape(image) != (self.size[1], self.size[0], 3):
            raise ValueError(f"{self.path}: frame shape {np.shape(image)} is not "
                             f"({self.size[1]}, {self.size[0]}, 3)")
        self._queue.put(image)

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    def finish(self) -> Path:
        """Wait for the encoder, check the file and move it into place; returns the path."""
        self._stop()
        try:
            if self._error is not None:
                raise RuntimeError(f"{self.path}: the encoder failed: {self._error}") from self._error
            self._check_output()
            os.chmod(self._tmp, 0o644)
            os.replace(self._tmp, self.path)
        except BaseException:
            self._tmp.unlink(missing_ok=True)
            raise
        return self.path

    def _check_output(self) -> None:
        import imageio_ffmpeg

        if self.frames_written == 0 or self._tmp.stat().st_size == 0:
            raise RuntimeError(f"{self.path}: no frames were encoded")
        n_read, _ = imageio_ffmpeg.count_frames_and_secs(str(self._tmp))
        if n_read != self.frames_written:
            raise RuntimeError(f"{self.path}: ffmpeg wrote {n_read} frames of {self.frames_written}")

    def abort(self) -> None:
        """Stop the encoder and delete the temporary file (the target is left untouched)."""
        self._stop()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> VideoWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is not None:
            self.abort()
