"""Scenario timelines: the shipped files load, tracks interpolate and integrate exactly, and
every kind of fault is rejected with a message naming the file, the field and the range."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anatoflow.anatomy.errors import DataError
from anatoflow.motion.timeline import CAMERA_PRESETS, load_timeline, parse_timeline
from anatoflow.motion.tracks import NumericTrack

SHIPPED = ["quiet-breathing", "deep-diaphragmatic", "shallow-chest-stress", "chronic-tension", "release"]

BASE = {
    "name": "t", "title_nb": "Prøve", "title_en": "Trial", "duration": 20.0, "fps": 30,
    "defaults": {"breath": {"rate": 12, "depth": "quiet"}},
    "key": [{"t": 5.0, "breath": {"rate": 8}}, {"t": 10.0, "interp": "step", "camera": "right_lateral"}],
    "caption": [{"t": 0.0, "nb": "Hei", "en": "Hello"}],
}


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_scenarios_load(name: str, repo_dir: Path) -> None:
    tl = load_timeline(repo_dir / "animations" / f"{name}.toml")
    assert tl.name == name and tl.fps == 30 and 10.0 <= tl.duration <= 60.0
    assert tl.captions and all(c.nb.strip() and c.en.strip() and c.nb != c.en for c in tl.captions)
    cams = tl.camera_keys()
    assert len(cams) >= 2 and all(c in CAMERA_PRESETS for _, c in cams)
    assert load_timeline(name) == tl  # a bare name resolves to the shipped file


def test_release_lets_go_over_a_minute(repo_dir: Path) -> None:
    tl = load_timeline(repo_dir / "animations" / "release.toml")
    t = np.array([0.0, 59.0])
    assert tl.duration >= 60.0
    assert np.all(np.diff(tl.value_at("tension.psoas_l", t)) < -0.5)
    assert np.all(np.diff(tl.value_at("breath.depth", t)) > 0.4)


def test_tracks_arrive_per_key_interp() -> None:
    tl = parse_timeline({**BASE, "key": [
        {"t": 10.0, "interp": "linear", "breath": {"rate": 22}},
        {"t": 20.0, "interp": "step", "breath": {"rate": 2}},
    ]})
    v = tl.value_at("breath.rate", np.array([0.0, 5.0, 10.0, 15.0, 19.999, 20.0, 25.0]))
    np.testing.assert_allclose(v, [12, 17, 22, 22, 22, 2, 2])
    smooth = parse_timeline({**BASE, "key": [{"t": 10.0, "breath": {"rate": 22}}]})
    v = smooth.value_at("breath.rate", np.array([2.5, 5.0, 7.5]))
    np.testing.assert_allclose(v, [12 + 10 * 0.15625, 17, 12 + 10 * 0.84375])
    assert tl.value_at("camera", np.array([0.0, 30.0])).tolist() == ["anterior", "anterior"]
    assert tl.value_at("layers.bone.opacity", 3.0) == 1.0  # layers default to opaque


knot_lists = st.lists(
    st.tuples(st.floats(0.2, 5.0), st.floats(2.0, 40.0), st.sampled_from(["linear", "smooth", "step"])),
    min_size=1, max_size=5,
)


@settings(max_examples=40, deadline=None)
@given(knots=knot_lists, first=st.floats(2.0, 40.0))
def test_integral_matches_quadrature(knots, first) -> None:
    t, rows = 0.0, [(0.0, first, "step")]
    for dt, v, interp in knots:
        t += dt
        rows.append((t, v, interp))
    track = NumericTrack.from_knots(rows)
    grid = np.linspace(0.0, t + 2.0, 40001)
    vals = track(grid)
    numeric = np.concatenate([[0.0], np.cumsum(0.5 * (vals[1:] + vals[:-1]) * np.diff(grid))])
    probe = np.linspace(0.0, t + 2.0, 17)
    exact = track.integral(probe)
    np.testing.assert_allclose(exact, np.interp(probe, grid, numeric), atol=0.05 + 1e-3 * exact.max())


def _mutate(path: list, value) -> dict:
    data = copy.deepcopy(BASE)
    node = data
    for part in path[:-1]:
        node = node[part]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


_DELETE = object()

BAD = [
    # (mutation path, value, expected fragments of the message)
    (["defaults", "breath", "rate"], 90, ["defaults.breath.rate", "90", "2..40"]),
    (["key", 0, "breath", "rate"], 0.5, ["key[0].breath.rate", "2..40"]),
    (["defaults", "breath", "depth"], 1.5, ["breath.depth", "0..1"]),
    (["defaults", "breath", "depth"], "huge", ["breath.depth", "quiet"]),
    (["defaults", "breath", "speed"], 3, ["defaults.breath.speed", "not a known parameter", "breath.rate"]),
    (["key", 0, "tension"], {"psoas_x": 0.5}, ["key[0].tension.psoas_x", "not a known parameter"]),
    (["defaults", "tension"], {"psoas_l": 1.2}, ["tension.psoas_l", "0..1"]),
    (["defaults", "layers"], {"bone": {"opacity": -0.1}}, ["layers.bone.opacity", "0..1"]),
    (["defaults", "breath", "pattern"], "panting", ["breath.pattern", "diaphragmatic"]),
    (["key", 1, "camera"], "top", ["key[1].camera", "anterior"]),
    (["key", 1, "t"], 4.0, ["key[1].t", "out of time order"]),
    (["key", 1, "t"], 25.0, ["key[1].t", "0..20"]),
    (["key", 1, "interp"], "cubic", ["key[1].interp", "linear, smooth, step"]),
    (["key", 0, "t"], _DELETE, ["key[0].t", "missing"]),
    (["key", 0, "t"], "5", ["key[0].t", "type float"]),
    (["name"], _DELETE, ["name", "missing"]),
    (["duration"], "20", ["duration", "type float"]),
    (["duration"], 0.0, ["duration", "0..600"]),
    (["fps"], 29.97, ["fps", "type int"]),
    (["fps"], True, ["fps", "type int"]),
    (["defaults", "breath", "rate"], "12", ["breath.rate", "must be a number", "2..40"]),
    (["caption", 0, "en"], _DELETE, ["caption[0].en", "missing"]),
    (["caption", 0, "de"], "Hallo", ["caption[0].de", "not a caption field"]),
    (["hypotheses"], {"psoas_crus_coupling": "yes"}, ["hypotheses.psoas_crus_coupling", "true or false"]),
    (["hypotheses"], {"fascia_pull": True}, ["hypotheses.fascia_pull", "psoas_crus_coupling"]),
    (["speed"], 1, ["speed", "not a known top-level field"]),
    (["key"], {"t": 1.0}, ["key", "array of tables"]),
]


@pytest.mark.parametrize("path,value,fragments", BAD, ids=[".".join(map(str, b[0])) + f"={b[1]!r}" for b in BAD])
def test_invalid_scenarios_name_file_field_and_range(path, value, fragments) -> None:
    with pytest.raises(DataError) as err:
        parse_timeline(_mutate(path, value), source="animations/bad.toml")
    message = str(err.value)
    assert message.startswith("animations/bad.toml: ")
    for fragment in fragments:
        assert fragment in message, message


def test_key_without_parameters_is_rejected() -> None:
    with pytest.raises(DataError, match=r"key\[0\] sets no parameter"):
        parse_timeline({**BASE, "key": [{"t": 1.0}]})


def test_bad_file_is_not_half_loaded(tmp_path: Path) -> None:
    text = (Path(__file__).parents[1] / "animations" / "quiet-breathing.toml").read_text(encoding="utf-8")
    bad = tmp_path / "late-error.toml"
    bad.write_text(text + '\n[[key]]\nt = 14.0\nbreath.rate = 99\n', encoding="utf-8")
    result = None
    with pytest.raises(DataError, match=r"late-error.toml: key\[2\].breath.rate = 99 is outside 2..40"):
        result = load_timeline(bad)
    assert result is None
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "x\n', encoding="utf-8")
    with pytest.raises(DataError, match="broken.toml: .* not valid TOML"):
        load_timeline(broken)


def test_timeline_is_immutable() -> None:
    tl = parse_timeline(BASE)
    with pytest.raises(TypeError):
        tl.defaults["breath.rate"] = 30  # type: ignore[index]
    with pytest.raises(AttributeError):
        tl.duration = 3.0  # type: ignore[misc]
    with pytest.raises(ValueError):
        tl.track("breath.rate").values[0] = 1.0
