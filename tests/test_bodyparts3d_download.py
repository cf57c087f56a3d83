"""The download path, against a local HTTP server on 127.0.0.1 serving a tiny fake archive.

No test touches the network: the server runs in this process, on the loopback interface.
"""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from anatoflow.anatomy.bodyparts3d import ARCHIVE_NAME, ELEMENT_TABLE
from anatoflow.anatomy.bodyparts3d.fetch import download
from anatoflow.anatomy.bodyparts3d.importer import prepare_model
from anatoflow.anatomy.errors import DataError
from anatoflow.anatomy.model import load_bodyparts3d_model, load_model

from test_bodyparts3d_inputs import MAPPING, make_zip


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder; counts requests; can cut the archive short once."""

    requests: list[str]
    cut_once: list[bool]

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.requests.append(self.path)
        if self.path.endswith(ARCHIVE_NAME) and self.cut_once and self.cut_once.pop():
            data = (Path(self.directory) / ARCHIVE_NAME).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 3])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, Path, type[_Handler]]]:
    served = tmp_path / "served"
    served.mkdir()
    make_zip(served, name=ARCHIVE_NAME)
    handler = type("H", (_Handler,), {"requests": [], "cut_once": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(served)))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", served, handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_download_verifies_and_prepares(server, tmp_path: Path) -> None:
    url, served, handler = server
    cache = tmp_path / "cache"
    source = download(cache, base_url=url, archive_sha256=_sha(served / ARCHIVE_NAME), progress=False)
    assert source.path == cache / "bodyparts3d" / "downloads" / ARCHIVE_NAME
    assert _sha(source.path) == _sha(served / ARCHIVE_NAME)
    model = load_model(prepare_model(source, root=cache, mapping=MAPPING, log=lambda _: None))
    assert model.catalogue.meta["source_kind"] == "zip"
    assert "inferior_vena_cava" in model.meshes
    assert set(load_bodyparts3d_model(cache).meshes) == set(model.meshes)
    catalogue = cache / "bodyparts3d" / "model" / "catalogue.toml"     # as if an older anatoflow made it
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace(model.catalogue.meta["importer"], "0" * 16), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="another version of anatoflow.*fetch-anatomy"):
        load_bodyparts3d_model(cache)
    count = len(handler.requests)
    download(cache, base_url=url, archive_sha256=_sha(served / ARCHIVE_NAME), progress=False)
    assert ARCHIVE_NAME not in "".join(handler.requests[count:])  # verified copy is not fetched again


def test_wrong_checksum_keeps_nothing(server, tmp_path: Path) -> None:
    url, _, _ = server
    cache = tmp_path / "cache"
    with pytest.raises(DataError, match=rf"{ARCHIVE_NAME}: sha256 does not match"):
        download(cache, base_url=url, archive_sha256="0" * 64, progress=False)
    assert _files(cache) == []


def test_interrupted_download_restarts_cleanly(server, tmp_path: Path) -> None:
    url, served, handler = server
    cache = tmp_path / "cache"
    handler.cut_once.append(True)
    with pytest.raises(DataError, match="download failed"):
        download(cache, base_url=url, archive_sha256=_sha(served / ARCHIVE_NAME), progress=False)
    assert _files(cache) == []
    source = download(cache, base_url=url, archive_sha256=_sha(served / ARCHIVE_NAME), progress=False)
    assert _sha(source.path) == _sha(served / ARCHIVE_NAME)


def test_malformed_element_table_is_refused_and_removed(server, tmp_path: Path) -> None:
    url, served, _ = server
    (served / ELEMENT_TABLE).write_text("<html>not found</html>\n")
    cache = tmp_path / "cache"
    with pytest.raises(DataError, match=rf"{ELEMENT_TABLE}: line 1 header"):
        download(cache, base_url=url, archive_sha256=_sha(served / ARCHIVE_NAME), progress=False)
    assert ELEMENT_TABLE not in _files(cache)
