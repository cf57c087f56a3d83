"""Render a video's frames in this process and in spawned helper processes, and encode them in order.

On a machine without a GPU, VTK renders through Mesa's llvmpipe, whose rasteriser threads
leave a serial part (vertex work, VTK's own bookkeeping) on one core. VTK must stay on one
thread, so more throughput comes from processes, each with its own scene.

The frames are cut into blocks of :data:`BLOCK_FRAMES`. Every renderer (this process and each
helper) claims the next free block from a shared :class:`BlockBoard`, renders it through the
same deform/render pipeline as :func:`anatoflow.export.video.render_frames`, and streams the
pixels out in order. A merger thread writes the blocks to the encoder in block order, reading
each from whichever renderer claimed it. So this process starts rendering at once, a helper
joins when it has started (imports, scene, shaders take seconds) and takes whatever blocks are
left, and a slow or late helper never holds up more than the block it is on.

Helpers are *spawned* (a fork would inherit Mesa's state without its threads, and hang when the
parent has rendered before); the precomputed animation is pickled to them (read-only mappings
included, see :func:`allow_pickling_mappings`), so they do not rebuild the model or the rig.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import queue
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.export.video_options import VideoOptions

#: Seconds to wait for a frame before checking that its renderer is still alive.
POLL_S = 2.0
#: Frames per block: small enough that a late helper still gets work, large enough that the
#: claims cost nothing.
BLOCK_FRAMES = 12
#: Clips shorter than this are rendered by one process when the number is left to
#: :func:`render_workers` (a helper would spend the whole clip starting up).
AUTO_MIN_FRAMES = 120
_DONE = "done"


def _rebuild_proxy(items: Mapping[str, Any]) -> MappingProxyType:
    return MappingProxyType(dict(items))


def _reduce_proxy(proxy: MappingProxyType) -> tuple[Any, tuple[dict[str, Any]]]:
    return _rebuild_proxy, (dict(proxy),)


def allow_pickling_mappings() -> None:
    """Let multiprocessing pickle ``MappingProxyType`` (the read-only mappings of the model and rig).

    Registered on multiprocessing's own pickler only (idempotent), not on :mod:`pickle`.
    """
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(MappingProxyType, _reduce_proxy)


def render_workers(requested: int | None = None, *, n_frames: int | None = None,
                   cpu_count: int | None = None) -> int:
    """Number of render processes, this one included.

    ``requested`` is checked (1..16) and returned. Without it: 2 on a machine with two or more
    cores for clips of :data:`AUTO_MIN_FRAMES` frames or more, else 1 (see
    ``benchmarks/bench_video.py`` for the measured figures).
    """
    if requested is not None:
        if not 1 <= int(requested) <= 16:
            raise ValueError(f"--workers = {requested} is outside 1..16")
        return int(requested)
    cores = os.cpu_count() if cpu_count is None else cpu_count
    if n_frames is None or (cores or 1) < 2 or n_frames < AUTO_MIN_FRAMES:
        return 1
    return 2


class BlockBoard:
    """Blocks of frames and who claimed each, shared by every render process.

    Parameters
    ----------
    context : multiprocessing context
        The (spawn) context the helpers are made with.
    n_frames : int
        Frames of the video.
    block_frames : int, optional
        Frames per block.
    """

    def __init__(self, context: Any, n_frames: int, block_frames: int = BLOCK_FRAMES) -> None:
        self.n_frames, self.block_frames = int(n_frames), int(block_frames)
        self.n_blocks = math.ceil(self.n_frames / self.block_frames)
        self._next = context.Value("i", 0)
        self._owners = context.Array("i", [-1] * self.n_blocks, lock=False)

    def frames(self, block: int) -> range:
        """Frame indices of ``block``."""
        start = block * self.block_frames
        return range(start, min(start + self.block_frames, self.n_frames))

    def claim(self, renderer: int) -> int | None:
        """Take the next free block for ``renderer``; None when every block is taken."""
        with self._next.get_lock():
            block = self._next.value
            if block >= self.n_blocks:
                return None
            self._next.value = block + 1
            self._owners[block] = renderer
        return block

    def owner(self, block: int) -> int | None:
        """The renderer that claimed ``block``, or None while it is free."""
        with self._next.get_lock():
            owner = self._owners[block]
        return None if owner < 0 else owner

    def claimed_frames(self, renderer: int) -> Iterator[int]:
        """Frame indices for ``renderer``, claiming a block whenever the last one is used up."""
        while (block := self.claim(renderer)) is not None:
            yield from self.frames(block)


def _work(animation: Any, options: VideoOptions, plan: Any, renderer: int, board: BlockBoard,
          out: Any) -> None:
    """Body of a helper process: one llvmpipe thread, its own scene, the blocks it claims."""
    os.environ.setdefault("LP_NUM_THREADS", "1")  # the processes are the parallelism
    try:
        from anatoflow.export.video import make_scene, render_frames

        stage = make_scene(animation, options)
        try:
            render_frames(animation, stage, plan, options,
                          lambda image: out.put(np.ascontiguousarray(image).tobytes()),
                          indices=board.claimed_frames(renderer))
        finally:
            stage.close()
        out.put(_DONE)
    except BaseException:  # sent to the parent, which raises it
        out.put(("error", traceback.format_exc()))


class ParallelFrames:
    """Render planned frames in this process and ``n - 1`` helpers; hand them to ``write`` in order.

    Parameters
    ----------
    animation, plan, options
        As for :func:`anatoflow.export.video.render_frames`.
    n : int
        Render processes, this one included (2 or more).
    block_frames : int, optional
        Frames per claimed block.
    local : bool, optional
        Render in this process too (the default). False leaves every block to the helpers.
    """

    def __init__(self, animation: Any, plan: Any, options: VideoOptions, n: int, *,
                 block_frames: int = BLOCK_FRAMES, local: bool = True) -> None:
        allow_pickling_mappings()
        ctx = mp.get_context("spawn")
        self.animation, self.plan, self.options, self.local = animation, plan, options, local
        self.shape = (options.height, options.width, 3)
        self.board = BlockBoard(ctx, plan.n_frames, block_frames)
        helpers = range(1, n) if local else range(1, n + 1)
        self.channels = {k: ctx.Queue(maxsize=3) for k in helpers}
        self.processes = {k: ctx.Process(target=_work, args=(animation, options, plan, k, self.board,
                                                             self.channels[k]),
                                         name=f"anatoflow-render-{k}", daemon=True) for k in helpers}
        for process in self.processes.values():
            process.start()
        self._own: queue.Queue[np.ndarray] = queue.Queue()
        self._stopped = threading.Event()
        self._local_done = threading.Event()
        self._failure: BaseException | None = None

    def run(self, make_stage: Callable[[], Any], write: Callable[[np.ndarray], None], bar: Any) -> None:
        """Render every frame and pass each, in order, to ``write``; raises what any renderer raised.

        ``make_stage`` builds this process's scene (called only when it renders).
        """
        merger = threading.Thread(target=self._merge, args=(write, bar), name="anatoflow-merge", daemon=True)
        merger.start()
        try:
            if self.local:
                from anatoflow.export.video import render_frames

                stage = make_stage()
                try:
                    render_frames(self.animation, stage, self.plan, self.options, self._keep,
                                  indices=self.board.claimed_frames(0))
                finally:
                    stage.close()
            self._local_done.set()
        except BaseException:
            self._stopped.set()
            raise
        finally:
            merger.join()
        if self._failure is not None:
            raise self._failure

    def _keep(self, image: np.ndarray) -> None:
        if self._failure is not None:  # a helper or the encoder failed: stop rendering
            raise self._failure
        self._own.put(image)  # grab() returns a fresh buffer per frame

    def _merge(self, write: Callable[[np.ndarray], None], bar: Any) -> None:
        try:
            for block in range(self.board.n_blocks):
                owner = self._wait_owner(block)
                for _ in self.board.frames(block):
                    write(self._next_image(owner))
                    bar.update(1)
        except BaseException as exc:  # raised again on the calling thread by run()
            self._failure = exc

    def _wait_owner(self, block: int) -> int:
        while (owner := self.board.owner(block)) is None:
            self._check_running()
            if (not self.local or self._local_done.is_set()) and not any(
                    p.is_alive() for p in self.processes.values()):
                codes = ", ".join(f"{p.name} (exit code {p.exitcode})" for p in self.processes.values())
                raise RuntimeError(f"render process stopped before block {block} was taken: {codes}")
            self._stopped.wait(0.005)
        return owner

    def _next_image(self, owner: int) -> np.ndarray:
        while True:
            self._check_running()
            try:
                if owner == 0:
                    return self._own.get(timeout=POLL_S)
                item = self.channels[owner].get(timeout=POLL_S)
            except queue.Empty:
                process = self.processes.get(owner)
                if process is not None and not process.is_alive():
                    raise RuntimeError(f"render process {process.name} stopped "
                                       f"(exit code {process.exitcode})") from None
                continue
            if isinstance(item, tuple):
                raise RuntimeError(f"render process {self.processes[owner].name} failed:\n{item[1]}")
            return np.frombuffer(item, dtype=np.uint8).reshape(self.shape)

    def _check_running(self) -> None:
        if self._stopped.is_set():
            raise RuntimeError("rendering stopped in this process")

    def close(self) -> None:
        """Stop every helper (finished ones included) and release the queues."""
        self._stopped.set()
        for process in self.processes.values():
            if process.is_alive():
                process.kill()
            process.join()
        for channel in self.channels.values():
            channel.close()
            channel.cancel_join_thread()
