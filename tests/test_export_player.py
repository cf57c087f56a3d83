"""The committed player bundle matches its sources (js/player) and can be rebuilt identically."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from anatoflow.export.html import player_bundle

PLAYER = Path(__file__).resolve().parents[1] / "js" / "player"


def source_hash() -> str:
    """Same digest as js/player/build.mjs's sourceHash()."""
    digest = hashlib.sha256()
    names = [f"src/{p.name}" for p in sorted((PLAYER / "src").glob("*.js"), key=lambda p: p.name)]
    for name in [*names, "build.mjs", "package-lock.json"]:
        data = (PLAYER / name).read_bytes()
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def test_committed_bundle_is_built_from_the_current_sources():
    bundle = player_bundle()
    found = re.match(r"/\*! anatoflow player \| sources-sha256:([0-9a-f]{64}) ", bundle)
    assert found, "player.bundle.js lacks its build banner"
    assert found.group(1) == source_hash(), (
        "player.bundle.js is stale: run npm ci --prefix js/player && npm run build --prefix js/player")


def test_bundle_is_one_inlinable_script_with_three_and_its_licence():
    bundle = player_bundle()
    assert bundle.startswith("/*! anatoflow player") and "var anatoflowPlayer=" in bundle
    assert "</script" not in bundle.lower()
    assert "Copyright 2010-" in bundle and "Three.js Authors" in bundle
    assert not re.search(r"\bimport\s*\(|\brequire\(", bundle)   # nothing loaded at run time
    assert len(bundle) < 1_000_000


def test_rebuilding_gives_the_same_bytes():
    node = shutil.which("node")
    if node is None or not (PLAYER / "node_modules" / "esbuild").is_dir():
        pytest.skip("player build tools absent: npm ci --prefix js/player (scripts/install.sh)")
    proc = subprocess.run([node, "build.mjs", "--check"], cwd=PLAYER, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr + proc.stdout
