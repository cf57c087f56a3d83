"""Standalone HTML export: one offline file, size budget, safe output names (no browser here)."""

from __future__ import annotations

import base64
import gzip
import json
import re

import pytest
from export_synth import make_animation, make_large_animation
from gltf_reader import Glb

from anatoflow.export.cameras import default_cameras, to_player
from anatoflow.export.files import safe_output_path
from anatoflow.export.gltf import build_glb
from anatoflow.export.html import TARGET_BYTES, export_html, render_html, script_json


@pytest.fixture(scope="module")
def animation():
    return make_animation()


def _blocks(page: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="[^"]+" id="([^"]+)">(.*?)</script>', page, flags=re.S))


def test_page_is_self_contained(animation):
    page = render_html(animation)
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", page, flags=re.I)
    assert not re.search(r"<link\b", page, flags=re.I)
    assert "@import" not in page
    blocks = _blocks(page)
    glb = gzip.decompress(base64.b64decode(blocks["anatoflow-glb"]))
    assert glb == build_glb(animation)
    assert Glb(glb).doc["asset"]["copyright"] == animation.model.attribution
    options = json.loads(blocks["anatoflow-data"])
    assert options["camera"] == "anterior" and options["language"] == "en"
    assert set(options["cameras"]) == {"anterior", "posterior", "left_lateral", "right_lateral", "oblique",
                                       "hiatus", "pelvis"}
    assert page.count("</script>") == 4
    from anatoflow.content import ui_text

    assert options["cameras"]["hiatus"]["label"]["nb"] == ui_text("camera.hiatus", "nb")
    assert options["strings"]["nb"]["systems"]["bone"] == ui_text("system.bone", "nb")
    assert options["strings"]["en"]["play"] == ui_text("play", "en")


def test_export_writes_one_file_and_prints_its_size(animation, tmp_path, capsys):
    path = export_html(animation, tmp_path / "view.html", language="nb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]
    out = capsys.readouterr().out
    size_mb = path.stat().st_size / 2**20
    assert f"({size_mb:.2f} MB)" in out
    assert '<html lang="nb">' in path.read_text("utf-8")


def test_text_cannot_break_out_of_the_data_block():
    nasty = {"label": {"en": "</script><script>alert(1)</script>", "nb": "<!-- & -->"}}
    text = script_json(nasty)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == nasty


def test_anterior_camera_looks_from_the_front_in_gltf_frame(animation):
    cams = to_player(default_cameras(animation.model))
    front = cams["anterior"]
    assert front["position"][2] > front["target"][2]          # camera on +Z (the body's front)
    assert front["up"] == [0.0, 1.0, 0.0]
    left = cams["left_lateral"]
    assert left["position"][0] > left["target"][0]            # left side view from +X


def test_whole_model_breath_fits_the_size_target(tmp_path, capsys):
    """196k triangles, half of them morphed by 3 dense channels, 40 arrows, 60 frames."""
    big = make_large_animation()
    assert big.model.n_triangles >= 190_000
    path = export_html(big, tmp_path / "big.html")
    assert path.stat().st_size <= TARGET_BYTES
    assert "over the" not in capsys.readouterr().out


def test_bad_language_leaves_no_file(animation, tmp_path):
    with pytest.raises(ValueError, match="language = 'de' is not one of en, nb"):
        export_html(animation, tmp_path / "x.html", language="de")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["../escape.html", "/etc/passwd.html", "sub/dir.html", "..", "", "   ",
                                  "..\\win.html", "a\x00.html"])
def test_safe_output_path_refuses_escapes(tmp_path, name):
    with pytest.raises(ValueError):
        safe_output_path(tmp_path, name, suffixes=[".html"])


def test_safe_output_path_cleans_plain_names(tmp_path):
    assert safe_output_path(tmp_path, "Pust inn & ut.html") == tmp_path.resolve() / "Pust_inn_ut.html"
    assert safe_output_path(tmp_path, ".hidden.glb").name == "hidden.glb"
    with pytest.raises(ValueError, match="extension must be one of .html"):
        safe_output_path(tmp_path, "view.exe", suffixes=[".html"])
