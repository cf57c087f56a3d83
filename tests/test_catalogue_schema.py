"""Malformed catalogue, landmark and mesh files get errors naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from anatoflow.anatomy.catalogue import load_catalogue
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.landmarks import load_landmarks
from anatoflow.anatomy.meshes import load_mesh

GOOD = """
[meta]
model = "test"
[[structure]]
id = "heart"
name_en = "Heart"
name_nb = "Hjerte"
name_la = "Cor"
fma = "FMA7088"
system = "organ"
side = "midline"
colour = "#aa3333"
opacity = 0.8
file = "heart.ply"
source = "test"
licence = "CC0-1.0"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalogue.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_catalogue_loads(tmp_path: Path) -> None:
    cat = load_catalogue(_write(tmp_path, GOOD))
    assert cat.ids == ("heart",)
    assert cat["heart"].name("nb") == "Hjerte"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('colour = "#aa3333"', 'colour = "red"', "colour"),
        ('opacity = 0.8', 'opacity = 1.8', "opacity"),
        ('system = "organ"', 'system = "gland"', "system"),
        ('name_nb = "Hjerte"', 'name_nb = ""', "name_nb"),
        ('fma = "FMA7088"', 'fma = "7088"', "fma"),
        ('side = "midline"', 'side = "centre"', "side"),
    ],
)
def test_bad_field_is_named(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = _write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(DataError) as info:
        load_catalogue(path)
    assert str(path) in str(info.value)
    assert field in str(info.value)


def test_missing_field_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace('licence = "CC0-1.0"\n', ""))
    with pytest.raises(DataError, match="licence"):
        load_catalogue(path)


def _ply(path: Path, vertices: np.ndarray) -> Path:
    import trimesh

    faces = np.array([[0, 1, 2], [0, 2, 3], [0, 3, 1], [1, 3, 2]])
    trimesh.Trimesh(vertices, faces, process=False).export(path)
    return path


TETRA = np.array([[0, 0, 0], [50, 0, 0], [0, 50, 0], [0, 0, 50]], dtype=float)


def test_mesh_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        load_mesh(tmp_path / "absent.ply")
    bad = tmp_path / "nan.obj"
    bad.write_text("v 0 0 0\nv nan 0 0\nv 0 50 0\nv 0 0 50\nf 1 2 3\nf 1 3 4\n")
    with pytest.raises(DataError, match="nan.obj"):
        load_mesh(bad)
    metres = _ply(tmp_path / "metres.ply", TETRA / 1000.0)
    with pytest.raises(DataError, match="metres"):
        load_mesh(metres)
    empty = tmp_path / "empty.obj"
    empty.write_text("# nothing\n")
    with pytest.raises(DataError, match="empty.obj"):
        load_mesh(empty)


def test_good_mesh_is_read_only(tmp_path: Path) -> None:
    mesh = load_mesh(_ply(tmp_path / "tetra.ply", TETRA))
    assert mesh.n_faces == 4
    with pytest.raises(ValueError):
        mesh.vertices[0, 0] = 1.0


def test_landmark_table_reads(repo_dir: Path) -> None:
    lm = load_landmarks(repo_dir / "meshes" / "landmarks.toml")
    assert np.allclose(lm.vertebra("S1"), 0.0)
    assert lm.vertebra("T8")[2] > lm.vertebra("L1")[2]
    assert lm.openings["caval"].level.startswith("T8")
    assert lm.openings["oesophageal"].position[0] > 0  # left of the midline


def test_bad_landmark_is_named(tmp_path: Path) -> None:
    path = tmp_path / "landmarks.toml"
    path.write_text('[vertebra.T8]\ncentre = [0, 1]\nsource = "x"\n')
    with pytest.raises(DataError, match=r"vertebra\.T8\.centre"):
        load_landmarks(path)
