"""Time loading the prepared BodyParts3D model (and, if needed, preparing it once first).

Uses the model in $ANATOFLOW_CACHE / the user cache; when none is prepared and
../shared/anatomy/bodyparts3d exists, prepares it into a temporary cache first.
Prints the import time, then one final line ``bodyparts3d_load: <ms> ms``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main() -> int:
    import trimesh  # noqa: F401  (imported before timing: its import is paid once per process)

    with tempfile.TemporaryDirectory(prefix="anatoflow-bench-") as scratch:
        return _run(Path(scratch))


def _run(scratch: Path) -> int:
    from anatoflow.anatomy.bodyparts3d.fetch import model_dir, open_source
    from anatoflow.anatomy.bodyparts3d.importer import prepare_model
    from anatoflow.anatomy.model import load_bodyparts3d_model

    root = None
    if not (model_dir() / "catalogue.toml").is_file():
        found = [p / "shared" / "anatomy" / "bodyparts3d" for p in (REPO.parent, REPO.parent.parent)]
        shared = next((p for p in found if p.is_dir()), None)
        if shared is None:
            print("no prepared model and no ../shared/anatomy/bodyparts3d: nothing to time")
            return 1
        root = scratch
        start = time.perf_counter()
        prepare_model(open_source(shared), root=root, log=lambda _: None)
        print(f"bodyparts3d_import: {time.perf_counter() - start:.1f} s")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        model = load_bodyparts3d_model(root)
        times.append(time.perf_counter() - start)
    print(f"{len(model.meshes)} structures, {model.n_triangles} triangles")
    print(f"bodyparts3d_load: {min(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
