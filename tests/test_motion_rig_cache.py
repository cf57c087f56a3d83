"""The motion rig's cache beside the prepared model: exact round trip, rebuilds, read-only folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pytest

from anatoflow.anatomy.model import load_builtin_model, load_model
from anatoflow.motion import rig_cache
from anatoflow.motion.channels import CHANNEL_NAMES, CHANNELS
from anatoflow.motion.rig import MotionRig
from anatoflow.motion.rig_cache import CACHE_NAME, cached_rig, load_rig, rig_cache_path, rig_fingerprint, save_rig
from anatoflow.paths import meshes_dir

LOW = np.array([c.low for c in CHANNELS])
HIGH = np.array([c.high for c in CHANNELS])


def _weights(seed: int, n: int = 4) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [LOW + rng.uniform(0.0, 1.0, len(CHANNEL_NAMES)) * (HIGH - LOW) for _ in range(n)]


def _assert_same(a: MotionRig, b: MotionRig, seed: int = 0) -> None:
    """Bit-identical fields and frames."""
    assert a.ids == b.ids
    assert np.array_equal(a.dome_apex, b.dome_apex)
    assert list(a.bases) == list(b.bases)
    for sid in a.bases:
        assert list(a.bases[sid]) == list(b.bases[sid])
        for c in a.bases[sid]:
            assert a.bases[sid][c].dtype == b.bases[sid][c].dtype
            assert np.array_equal(a.bases[sid][c], b.bases[sid][c])
    assert dict(a._slices) == dict(b._slices) and list(a._slices) == list(b._slices)
    for w in _weights(seed):
        da, db = a.deform(w), b.deform(w)
        assert list(da) == list(db)
        for sid in da:
            assert da[sid].dtype == db[sid].dtype and da[sid].tobytes() == db[sid].tobytes(), sid
        ca, cb = a.centrelines(w), b.centrelines(w)
        assert list(ca) == list(cb)
        for sid in ca:
            assert ca[sid].dtype == cb[sid].dtype and ca[sid].tobytes() == cb[sid].tobytes(), sid


class Counting:
    """A ``build`` that counts its calls and returns a rig built once (the build itself is tested elsewhere)."""

    def __init__(self, rig: MotionRig) -> None:
        self.rig, self.calls = rig, 0

    def __call__(self, model) -> MotionRig:
        self.calls += 1
        return self.rig


def _refuse(model) -> MotionRig:
    raise AssertionError("build was called although the cache is current")


@pytest.fixture(scope="module")
def builtin():
    model = load_builtin_model()
    return model, MotionRig.build(model)


@pytest.fixture
def standin(tmp_path: Path, builtin):
    """A copy of the built-in model whose catalogue meta carries an importer fingerprint, as the
    prepared BodyParts3D model does (so its rig is cached in its folder)."""
    folder = tmp_path / "model"
    shutil.copytree(meshes_dir(), folder)
    catalogue = folder / "catalogue.toml"
    text = catalogue.read_text(encoding="utf-8")
    assert text.count("[meta]\n") == 1
    catalogue.write_text(text.replace("[meta]\n", '[meta]\nimporter = "test-importer"\n'), encoding="utf-8")
    model = load_model(folder)
    assert rig_cache_path(model) == folder / CACHE_NAME
    return model, Counting(builtin[1])


def test_module_is_light():
    code = ("import sys, anatoflow.motion.rig_cache; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyvista', 'panel', 'vtk', 'vtkmodules')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_saved_then_loaded_rig_is_identical(tmp_path: Path, builtin):
    model, rig = builtin
    fingerprint = rig_fingerprint(model)
    save_rig(rig, tmp_path / CACHE_NAME, fingerprint)
    loaded = load_rig(tmp_path / CACHE_NAME, fingerprint)
    assert loaded is not None
    _assert_same(rig, loaded, seed=1)
    assert isinstance(loaded.bases, MappingProxyType) and isinstance(loaded._slices, MappingProxyType)
    assert isinstance(loaded._lines, MappingProxyType)
    assert all(isinstance(per, MappingProxyType) for per in loaded.bases.values())
    arrays = [loaded.dome_apex, loaded._rest, loaded._matrix, loaded._spans,
              *(b for per in loaded.bases.values() for b in per.values()),
              *(a for pair in loaded._lines.values() for a in pair)]
    assert not any(a.flags.writeable for a in arrays)
    assert [p.name for p in tmp_path.iterdir()] == [CACHE_NAME]  # no temporary file left


def test_builtin_model_is_never_cached(builtin):
    model, rig = builtin
    before = sorted(p.name for p in meshes_dir().iterdir())
    assert rig_cache_path(model) is None
    build = Counting(rig)
    assert cached_rig(model, build=build) is rig
    assert cached_rig(model, build=build) is rig
    assert build.calls == 2
    assert sorted(p.name for p in meshes_dir().iterdir()) == before


def test_explicit_folder(tmp_path: Path, builtin):
    model, rig = builtin
    build = Counting(rig)
    cached_rig(model, build=build, folder=tmp_path)
    _assert_same(rig, cached_rig(model, build=_refuse, folder=tmp_path), seed=2)
    assert build.calls == 1 and (tmp_path / CACHE_NAME).is_file()
    assert not (meshes_dir() / CACHE_NAME).exists()


def test_second_call_loads_the_cache(standin):
    model, build = standin
    first = cached_rig(model, build=build)
    assert first is build.rig and build.calls == 1
    assert (model.catalogue.path.parent / CACHE_NAME).is_file()
    again = cached_rig(load_model(model.catalogue.path.parent), build=build)  # as a later run
    assert build.calls == 1 and again is not build.rig
    _assert_same(build.rig, again, seed=3)


def test_changed_fingerprint_rebuilds(standin):
    model, build = standin
    path = rig_cache_path(model)
    save_rig(build.rig, path, "another fingerprint")
    cached_rig(model, build=build)
    assert build.calls == 1
    assert load_rig(path, rig_fingerprint(model)) is not None  # replaced by a current one
    cached_rig(model, build=build)
    assert build.calls == 1


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "other-npz", "npy"])
def test_unreadable_cache_rebuilds(standin, damage: str):
    model, build = standin
    path = rig_cache_path(model)
    cached_rig(model, build=build)
    assert build.calls == 1
    if damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(np.random.default_rng(0).bytes(4096))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other-npz":
        with path.open("wb") as fh:
            np.savez(fh, header=np.array("{}"), rest=np.zeros(3))
    else:
        with path.open("wb") as fh:
            np.save(fh, np.zeros(3))
    assert load_rig(path, rig_fingerprint(model)) is None
    rebuilt = cached_rig(model, build=build)
    assert build.calls == 2 and rebuilt is build.rig
    cached_rig(model, build=build)  # the damaged file was replaced
    assert build.calls == 2


def test_missing_cache_is_none(tmp_path: Path):
    assert load_rig(tmp_path / CACHE_NAME, "x") is None
    assert load_rig(tmp_path, "x") is None  # a folder


def test_read_only_folder_still_gives_the_rig(standin, monkeypatch: pytest.MonkeyPatch):
    model, build = standin
    folder = model.catalogue.path.parent
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root writes anyway: refuse the write as the folder would
            def refuse(*args, **kwargs):
                raise PermissionError(13, "Permission denied", str(folder))

            monkeypatch.setattr(rig_cache.tempfile, "mkstemp", refuse)
        assert cached_rig(model, build=build) is build.rig
        assert cached_rig(model, build=build) is build.rig
        assert build.calls == 2
        assert not (folder / CACHE_NAME).exists()
    finally:
        folder.chmod(0o755)


def test_failed_replace_leaves_no_temporary_file(standin, monkeypatch: pytest.MonkeyPatch):
    model, build = standin
    folder = model.catalogue.path.parent
    before = sorted(p.name for p in folder.iterdir())

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rig_cache.os, "replace", fail)
    assert cached_rig(model, build=build) is build.rig
    assert sorted(p.name for p in folder.iterdir()) == before


def test_fingerprint_follows_the_model(standin):
    model, _ = standin
    folder = model.catalogue.path.parent
    base = rig_fingerprint(model)
    assert rig_fingerprint(load_model(folder)) == base  # the same files: the same fingerprint
    # the mesh arrays in memory
    sid = model.catalogue.ids[0]
    mesh = model.meshes[sid]
    vertices = mesh.vertices.copy()
    vertices[0, 0] = np.nextafter(vertices[0, 0], np.inf)
    moved = replace(model, meshes=MappingProxyType({**model.meshes, sid: replace(mesh, vertices=vertices)}))
    assert rig_fingerprint(moved) != base
    # the catalogue's rig data in memory
    s = model.catalogue[sid]
    other = replace(s, motion="static" if s.motion != "static" else "muscle")
    catalogue = replace(model.catalogue, structures=tuple(other if x.id == sid else x for x in model.catalogue))
    assert rig_fingerprint(replace(model, catalogue=catalogue)) != base
    # a file of the folder (a side file like the diaphragm's region labels, or the landmarks)
    landmarks = folder / "landmarks.toml"
    landmarks.write_text(landmarks.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rig_fingerprint(model) != base
    # the cache file itself is not part of it
    landmarks.write_text(landmarks.read_text(encoding="utf-8")[:-1], encoding="utf-8")
    (folder / CACHE_NAME).write_bytes(b"whatever")
    assert rig_fingerprint(model) == base


def test_fingerprint_follows_the_code_and_numpy(standin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    model, _ = standin
    base = rig_fingerprint(model)
    package = tmp_path / "anatoflow"
    for name in ("motion", "anatomy"):
        shutil.copytree(rig_cache._PACKAGE / name, package / name, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rig_cache, "_PACKAGE", package)
    assert rig_fingerprint(model) == base
    for rel in ("motion/rig.py", "anatomy/bodyparts3d/rig.py"):
        source = package / rel
        text = source.read_text(encoding="utf-8")
        source.write_text(text + "\n# changed\n", encoding="utf-8")
        assert rig_fingerprint(model) != base, rel
        source.write_text(text, encoding="utf-8")
    assert rig_fingerprint(model) == base
    (package / "motion" / "new_field.py").write_text("X = 1\n", encoding="utf-8")
    assert rig_fingerprint(model) != base
    (package / "motion" / "new_field.py").unlink()
    major, minor = np.__version__.split(".")[:2]
    monkeypatch.setattr(np, "__version__", f"{major}.{int(minor) + 1}.0")
    assert rig_fingerprint(model) != base


def test_real_model_cached_rig_deforms_as_built(rigged):
    """The prepared BodyParts3D model: the rig saved beside it and loaded back is the fresh one."""
    model, rig = rigged
    path = rig_cache_path(model)
    assert path == model.catalogue.path.parent / CACHE_NAME
    path.unlink(missing_ok=True)  # another test of the session may have cached it already
    try:
        build = Counting(rig)
        assert cached_rig(model, build=build) is rig and build.calls == 1
        loaded = cached_rig(load_model(model.catalogue.path.parent), build=_refuse)
        _assert_same(rig, loaded, seed=4)
    finally:
        path.unlink(missing_ok=True)
