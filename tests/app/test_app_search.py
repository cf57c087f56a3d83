"""Static context elements in the app: search by name or FMA id, add to the GLB, URL, notices.

A tiny fake archive (tests/test_bodyparts3d_inputs.py's, plus a "liver" sphere that the model
does not map) is prepared by the real importer, so everything runs without ../shared; the
last tests use the development subset and skip without it.
"""

from __future__ import annotations

import base64
import gzip
from pathlib import Path

import numpy as np
import pytest
import trimesh
from gltf_reader import Glb
from standin import StandinRig, standin_model
from test_bodyparts3d_inputs import MAPPING, OFFSET, TABLE, _meshes, _obj, make_folder

from anatoflow.anatomy.bodyparts3d.fetch import open_source
from anatoflow.anatomy.bodyparts3d.importer import prepare_model
from anatoflow.app.animations import AnimationSource
from anatoflow.app.context import MAX_EXTRAS, ContextLibrary, parse_extras, resolve_extras
from anatoflow.app.state import AppState
from anatoflow.app.urlstate import apply_query, to_query
from anatoflow.anatomy.frame import to_gltf

LIVER_CENTRE = np.array([-60.0, -30.0, 200.0])     # in the model frame (LPS mm from S1)


@pytest.fixture(scope="module")
def fake_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache root with the fake archive prepared; the liver (FMA7197) is not in the model."""
    return _prepare(tmp_path_factory.mktemp("context"))


def _prepare(base: Path) -> Path:
    liver = trimesh.creation.icosphere(subdivisions=4, radius=40.0)       # 5120 triangles
    liver.apply_translation(OFFSET + LIVER_CENTRE)
    table = TABLE + "FMA7197\tLiver\tFJ0005\n"
    folder = make_folder(base, objs={**_meshes(), "FJ0005": _obj(liver)}, table=table)
    root = base / "cache"
    prepare_model(open_source(folder), root=root, mapping=MAPPING, log=lambda _: None)
    return root


@pytest.fixture
def library(fake_root: Path) -> ContextLibrary:
    return ContextLibrary(root=fake_root, max_faces=800)


def _source(library: ContextLibrary) -> AnimationSource:
    return AnimationSource(load_model=standin_model, build_rig=StandinRig, fps=12.0, context=library)


def _glb(built) -> Glb:
    return Glb(gzip.decompress(base64.b64decode(built.player["glb"])))


def test_search_finds_by_name_and_by_fma_id(library):
    [liver] = library.search("LIV")
    assert (liver.fma, liver.name, liver.n_files, liver.in_model) == ("FMA7197", "Liver", 1, "")
    [ivc] = library.search("fma10951")
    assert ivc.name == "Inferior vena cava" and ivc.n_files == 2 and ivc.in_model == "inferior_vena_cava"
    assert library.search("   ") == [] and library.search("no such organ") == []
    assert "in the model" in ivc.label() and "(FMA7197)" in liver.label()


def test_unknown_unreadable_and_already_shown_ids_give_notices(library):
    keep, notices = resolve_extras(["FMA7197", "FMA999999", "FMA10951", "<b>x</b>"], library)
    assert keep == ["FMA7197"]
    assert len(notices) == 3
    assert "FMA999999" in notices[0] and "not in the installed element table" in notices[0]
    assert "inferior_vena_cava" in notices[1]
    assert "<" not in notices[2]                  # the unreadable text itself never reaches a notice


def test_added_element_is_a_static_decimated_mesh_in_the_glb(library):
    source = _source(library)
    plain = _glb(source.build(AppState(model="bodyparts3d")))
    with pytest.raises(KeyError):
        plain.node("fma7197")
    built = source.build(AppState(model="bodyparts3d", extras=["FMA7197"]))
    glb = _glb(built)
    _, node = glb.node("fma7197")
    assert node["extras"]["system"] == "organ" and node["extras"]["names"]["en"] == "Liver"
    mesh = glb.doc["meshes"][node["mesh"]]
    assert all("targets" not in p for p in mesh["primitives"])
    prim = mesh["primitives"][0]
    n_triangles = glb.accessor(prim["indices"]).size // 3
    assert 400 <= n_triangles <= 900                              # 5120 decimated to about 800
    material = glb.doc["materials"][prim["material"]]
    assert material["alphaMode"] == "BLEND" and material["pbrMetallicRoughness"]["baseColorFactor"][3] < 0.6
    centre = glb.accessor(prim["attributes"]["POSITION"]).astype(float).mean(axis=0)
    assert np.allclose(centre, to_gltf(LIVER_CENTRE[None, :])[0], atol=0.004)   # metres
    morphed = [m["name"] for m in glb.doc["meshes"] if "targets" in m["primitives"][0]]
    assert morphed and "fma7197" not in morphed                   # the rigged structures still move
    assert built.player["cameras"] == plain_cameras(source)       # the cameras ignore the context
    from anatoflow.app.exports import export_bytes

    download = export_bytes("glb", built.animation, language="en", camera="anterior", time=0.0, name="x.glb",
                            hidden=(), opacity={})
    Glb(download.getvalue()).node("fma7197")                      # the GLB download shows it too


def plain_cameras(source: AnimationSource) -> dict:
    return source.build(AppState(model="bodyparts3d")).player["cameras"]


def test_builtin_model_ignores_the_context(library):
    state = AppState(model="builtin", extras=["FMA7197"])
    assert state.context_ids() == ()
    with pytest.raises(KeyError):
        _glb(_source(library).build(state)).node("fma7197")


def test_extra_url_round_trip_and_cap():
    state = AppState()
    notices = apply_query(state, {"extra": "fma7197, FMA7204,FMA7197"})
    assert state.extras == ["FMA7197", "FMA7204"] and notices == ["extra: unreadable, repeated or surplus ids ignored"]
    assert to_query(state)["extra"] == "FMA7197,FMA7204"
    again = AppState()
    assert apply_query(again, to_query(state)) == [] and again.extras == state.extras
    many = ",".join(f"FMA{i}" for i in range(1, MAX_EXTRAS + 5))
    assert parse_extras(many) == ([f"FMA{i}" for i in range(1, MAX_EXTRAS + 1)], True)
    assert parse_extras("<script>alert(1)</script>,FMA12") == (["FMA12"], True)


def test_app_checks_url_extras_searches_adds_and_removes(library):
    pytest.importorskip("panel")
    from anatoflow.app.layout import AnatoflowApp

    app = AnatoflowApp(_source(library), query={"model": "bodyparts3d", "extra": "FMA7197,FMA424242,FMA10951"})
    assert app.state.extras == ["FMA7197"]
    assert any("FMA424242" in n for n in app.state.notices) and any("FMA10951" in n for n in app.state.notices)
    assert "FMA424242" in app.notice.object
    _glb(app.built).node("fma7197")
    app.search.added.value = []                                   # the chip's x
    assert app.state.extras == [] and "fma7197" not in [n.get("name") for n in _glb(app.built).doc["nodes"]]
    app.search.query.value = "<img src=x onerror=alert(1)>"
    assert app.search.results.options == {} and "<img" not in app.search.note.object
    app.search.query.value = "liver"
    assert app.search.results.value == "FMA7197" and not app.search.add.disabled
    app.search.add_selected()
    assert app.state.extras == ["FMA7197"] and app.search.added.options == {"Liver (FMA7197)": "FMA7197"}
    _glb(app.built).node("fma7197")


def test_builtin_model_disables_the_search_with_a_note(library):
    pytest.importorskip("panel")
    from anatoflow.app.layout import AnatoflowApp

    app = AnatoflowApp(_source(library), query={})
    assert app.search.query.disabled and app.search.add.disabled
    assert "fetch-anatomy" in app.search.note.object
    app.state.model = "bodyparts3d"
    assert not app.search.query.disabled and app.search.note.object == ""


def test_real_subset_search_and_load(bodyparts3d_cache: Path):
    library = ContextLibrary(root=bodyparts3d_cache)
    kidneys = {m.fma: m for m in library.search("kidney")}
    assert {"FMA7204", "FMA7205"} <= set(kidneys)
    assert kidneys["FMA7205"].in_model == "kidney_l"          # the model shows it already
    [aorta] = library.search("FMA3784")
    assert aorta.name == "Descending aorta" and aorta.in_model == ""
    structure, mesh = library.load("FMA3784")
    assert structure.id == "fma3784" and mesh.n_faces <= library.max_faces
    # in the model frame: a midline-left vessel in front of the thoracic spine, above S1
    centre = mesh.vertices.mean(axis=0)
    assert -20 < centre[0] < 60 and centre[2] > 100


@pytest.fixture(scope="module")
def context_url(fake_root: Path):
    """The app (stand-in model, fake archive) served on 127.0.0.1:<free port>."""
    pytest.importorskip("panel")
    from app_helpers import free_port, wait_for_port

    from anatoflow.app import create_app
    from anatoflow.app.server import serve

    source = _source(ContextLibrary(root=fake_root, max_faces=800))
    port = free_port()
    server = serve(port=port, show=False, threaded=True, app=lambda: create_app(source=source))
    wait_for_port(port)
    yield f"http://127.0.0.1:{port}/"
    server.stop()


@pytest.mark.browser
def test_adding_an_element_in_the_browser_changes_the_canvas(browser, context_url):
    from test_app_browser import changed, open_page, paused_at

    page = open_page(browser, context_url + "?model=bodyparts3d&playing=0")
    before = paused_at(page, 0.0)
    box = page.locator(".af-context-query input")
    box.fill("liver")
    box.press("Enter")
    page.wait_for_selector(".af-context-add button:not([disabled])")   # results are in
    page.locator(".af-context-add button").click()
    page.wait_for_function("anatoflowView.structures().some((s) => s.id === 'fma7197')", timeout=60_000)
    page.evaluate("anatoflowView.ready")
    after = paused_at(page, 0.0)
    assert changed(before, after) > 0.003
    assert "extra=FMA7197" in page.url
    assert page.problems == [] and page.external == []
    page.close()


def test_a_context_element_that_cannot_be_loaded_is_dropped_with_a_notice(tmp_path):
    pytest.importorskip("panel")
    from anatoflow.app.layout import AnatoflowApp

    root = _prepare(tmp_path)
    (tmp_path / "bp3d" / "isa_BP3D_4.0_obj_99" / "FJ0005.obj").unlink()      # the source lost the liver
    app = AnatoflowApp(_source(ContextLibrary(root=root)), query={"model": "bodyparts3d", "extra": "FMA7197"})
    assert app.state.extras == [] and app.state.model == "bodyparts3d"
    assert any("could not be loaded" in n and "FJ0005" in n for n in app.state.notices)
    assert "fma7197" not in [n.get("name") for n in _glb(app.built).doc["nodes"]]
