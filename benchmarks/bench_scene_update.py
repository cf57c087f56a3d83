"""Time one scene frame on the built-in model: update (points, normals, arrows) and render.

Run: ``PYTHONPATH=src python benchmarks/bench_scene_update.py [--frames 30] [--size 1280x720]
[--model builtin]``.
The vertices are the rest vertices pushed by a small sinusoidal offset, so every structure's
points and normals change each frame, as in a breath animation.
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def main() -> None:
    """Print per-stage timings, then the headline figure on the last line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--model", default="builtin", help="'builtin', 'bodyparts3d' or a model folder")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from anatoflow.export.still import load_named_model
    from anatoflow.scene import Scene, SceneFrame

    model = load_named_model(args.model)
    start = time.perf_counter()
    scene = Scene(model, window_size=(width, height))
    scene.set_camera("oblique")
    scene.image()
    print(f"build + first render: {time.perf_counter() - start:.2f} s "
          f"({model.n_triangles} triangles, {len(model.meshes)} structures)")
    rest = {sid: np.asarray(m.vertices, dtype=np.float32) for sid, m in model.meshes.items()}
    t_update = t_render = 0.0
    for i in range(args.frames):
        shift = np.float32(4.0 * np.sin(2 * np.pi * i / args.frames))
        frame = SceneFrame(vertices={sid: v + (0.0, 0.0, shift) for sid, v in rest.items()})
        t0 = time.perf_counter()
        scene.update(frame, caption=f"frame {i}")
        t1 = time.perf_counter()
        scene.image()
        t_update += t1 - t0
        t_render += time.perf_counter() - t1
    scene.close()
    n = args.frames
    print(f"update: {1000 * t_update / n:.1f} ms/frame, render+read: {1000 * t_render / n:.1f} ms/frame")
    print(f"scene_frame_ms: {1000 * (t_update + t_render) / n:.1f} ms")


if __name__ == "__main__":
    main()
