"""A minimal, independent GLB reader for the export tests: accessors (dense and sparse),
animation sampling and morphing, written from the glTF 2.0 specification."""

from __future__ import annotations

import json
import struct

import numpy as np

_DTYPES = {5126: np.float32, 5125: np.uint32, 5123: np.uint16, 5121: np.uint8}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}


class Glb:
    def __init__(self, data: bytes) -> None:
        magic, version, total = struct.unpack_from("<III", data, 0)
        assert magic == 0x46546C67 and version == 2 and total == len(data)
        jlen, jtype = struct.unpack_from("<II", data, 12)
        assert jtype == 0x4E4F534A
        self.doc = json.loads(data[20 : 20 + jlen])
        blen, btype = struct.unpack_from("<II", data, 20 + jlen)
        assert btype == 0x004E4942
        self.bin = data[28 + jlen : 28 + jlen + blen]

    def _view(self, index: int, dtype, count: int, offset: int = 0) -> np.ndarray:
        view = self.doc["bufferViews"][index]
        start = view.get("byteOffset", 0) + offset
        return np.frombuffer(self.bin, dtype=dtype, count=count, offset=start)

    def accessor(self, index: int) -> np.ndarray:
        acc = self.doc["accessors"][index]
        width = _WIDTH[acc["type"]]
        dtype = _DTYPES[acc["componentType"]]
        if "bufferView" in acc:
            out = self._view(acc["bufferView"], dtype, acc["count"] * width, acc.get("byteOffset", 0)).copy()
        else:
            out = np.zeros(acc["count"] * width, dtype)
        out = out.reshape(acc["count"], width) if width > 1 else out
        if "sparse" in acc:
            sp = acc["sparse"]
            idx = self._view(sp["indices"]["bufferView"], _DTYPES[sp["indices"]["componentType"]], sp["count"])
            vals = self._view(sp["values"]["bufferView"], dtype, sp["count"] * width).reshape(sp["count"], width)
            out[idx.astype(int)] = vals
        return out

    def node(self, name: str) -> tuple[int, dict]:
        for i, node in enumerate(self.doc["nodes"]):
            if node.get("name") == name:
                return i, node
        raise KeyError(name)

    def sample(self, node_index: int, path: str, t: float) -> np.ndarray:
        """Linear sample of the first animation's channel (node, path) at time t."""
        anim = self.doc["animations"][0]
        for ch in anim["channels"]:
            if ch["target"] == {"node": node_index, "path": path}:
                sampler = anim["samplers"][ch["sampler"]]
                times = self.accessor(sampler["input"]).astype(float)
                values = self.accessor(sampler["output"]).astype(float).reshape(len(times), -1)
                return np.array([np.interp(t, times, values[:, k]) for k in range(values.shape[1])])
        raise KeyError((node_index, path))

    def morphed_positions(self, name: str, t: float) -> np.ndarray:
        """Vertex positions of the mesh of node ``name`` at time t (base + sum w_k target_k)."""
        index, node = self.node(name)
        prim = self.doc["meshes"][node["mesh"]]["primitives"][0]
        pos = self.accessor(prim["attributes"]["POSITION"]).astype(float)
        targets = prim.get("targets", [])
        if targets:
            weights = self.sample(index, "weights", t)
            for w, target in zip(weights, targets):
                pos = pos + w * self.accessor(target["POSITION"]).astype(float)
        return pos
