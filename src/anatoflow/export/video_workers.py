"""Render a video's frames in several processes, each with its own scene, and encode them in order.

On a machine without a GPU, VTK renders through Mesa's llvmpipe, and one render barely gains
from a second core. VTK must stay on one thread, so the parallelism comes from processes:
worker ``k`` of ``n`` renders frames ``k, k + n, k + 2n ...`` (through the same deform/render
pipeline as :func:`anatoflow.export.video.render_frames`) and sends the pixels back; the parent
encodes them in order on its encoder thread. Workers are *spawned* (a fork would inherit
Mesa's state without its threads, and hang when the parent has rendered before); the
precomputed animation is pickled to them (read-only mappings included, see
:func:`allow_pickling_mappings`), so they do not rebuild the model or the rig.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import traceback
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import numpy as np

from anatoflow.export.video_options import VideoOptions

#: Seconds to wait for a frame before checking that its worker is still alive.
POLL_S = 5.0
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


def render_workers(requested: int | None = None) -> int:
    """Number of render processes: ``requested`` (checked, 1..16), else 1.

    One process is the default: on a shared or busy machine, extra render processes compete
    for the same cores and each takes seconds to start (imports, scene, shader compilation);
    see ``benchmarks/bench_video.py`` for the measured figures.
    """
    if requested is None:
        return 1
    if not 1 <= int(requested) <= 16:
        raise ValueError(f"--workers = {requested} is outside 1..16")
    return int(requested)


def _work(animation: Any, options: VideoOptions, plan: Any, k: int, n: int, out: Any) -> None:
    """Body of worker ``k``: one llvmpipe thread, its own scene, every ``n``-th frame."""
    os.environ.setdefault("LP_NUM_THREADS", "1")  # the processes are the parallelism
    try:
        from anatoflow.export.video import make_scene, render_frames

        stage = make_scene(animation, options)
        try:
            render_frames(animation, stage, plan, options,
                          lambda image: out.put(np.ascontiguousarray(image).tobytes()),
                          indices=range(k, plan.n_frames, n))
        finally:
            stage.close()
        out.put(_DONE)
    except BaseException:  # sent to the parent, which raises it
        out.put(("error", traceback.format_exc()))


def _receive(channel: Any, process: Any, shape: tuple[int, int, int]) -> np.ndarray:
    while True:
        try:
            item = channel.get(timeout=POLL_S)
        except queue.Empty:
            if not process.is_alive():
                raise RuntimeError(f"render process {process.name} stopped "
                                   f"(exit code {process.exitcode})") from None
            continue
        if isinstance(item, tuple):
            raise RuntimeError(f"render process {process.name} failed:\n{item[1]}")
        return np.frombuffer(item, dtype=np.uint8).reshape(shape)


class WorkerFrames:
    """Frames rendered by ``n`` spawned processes, read back in order.

    The processes start here; iterate to get every planned frame; :meth:`close` stops and
    reaps them (always call it).
    """

    def __init__(self, animation: Any, plan: Any, options: VideoOptions, n: int) -> None:
        allow_pickling_mappings()
        ctx = mp.get_context("spawn")
        self.n, self.n_frames = n, plan.n_frames
        self.shape = (options.height, options.width, 3)
        self.channels = [ctx.Queue(maxsize=3) for _ in range(n)]
        self.processes = [ctx.Process(target=_work, args=(animation, options, plan, k, n, self.channels[k]),
                                      name=f"anatoflow-render-{k}", daemon=True) for k in range(n)]
        for process in self.processes:
            process.start()

    def __iter__(self) -> Iterator[np.ndarray]:
        for i in range(self.n_frames):
            yield _receive(self.channels[i % self.n], self.processes[i % self.n], self.shape)

    def close(self) -> None:
        """Stop every worker (finished ones included) and release the queues."""
        for process in self.processes:
            if process.is_alive():
                process.kill()
            process.join()
        for channel in self.channels:
            channel.close()
            channel.cancel_join_thread()
