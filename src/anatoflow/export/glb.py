"""A small glTF 2.0 binary (GLB) writer: buffer views, accessors (dense and sparse), packing.

Only what anatoflow's exports need, written with numpy, :mod:`struct` and :mod:`json`.
Every accessor gets ``min``/``max`` computed from the exact float32/integer data, as the
Khronos validator requires for positions and animation inputs.
"""

from __future__ import annotations

import json
import struct
from typing import Any

import numpy as np

ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963

_COMPONENT = {
    np.dtype(np.float32): 5126,
    np.dtype(np.uint32): 5125,
    np.dtype(np.uint16): 5123,
    np.dtype(np.uint8): 5121,
}
_TYPE = {1: "SCALAR", 2: "VEC2", 3: "VEC3", 4: "VEC4"}
_GLB_MAGIC = 0x46546C67
_CHUNK_JSON = 0x4E4F534A
_CHUNK_BIN = 0x004E4942


def index_dtype(n_vertices: int) -> np.dtype:
    """Smallest index type for ``n_vertices`` (65535 is reserved for primitive restart)."""
    return np.dtype(np.uint16) if n_vertices < 65535 else np.dtype(np.uint32)


class GltfBuilder:
    """Accumulate a glTF document and its single binary buffer.

    Examples
    --------
    >>> b = GltfBuilder(generator="anatoflow")
    >>> b.add_accessor(np.zeros((3, 3), np.float32), target=ARRAY_BUFFER, bounds=True)
    0
    >>> len(b.to_glb()) % 4
    0
    """

    def __init__(self, *, generator: str, copyright: str = "", sparse: bool = True) -> None:
        asset: dict[str, Any] = {"version": "2.0", "generator": generator}
        if copyright:
            asset["copyright"] = copyright
        self.doc: dict[str, Any] = {"asset": asset}
        self.sparse = sparse
        self._chunks: list[bytes] = []
        self._length = 0

    def append(self, key: str, item: dict[str, Any]) -> int:
        """Append ``item`` to the top-level array ``key`` and return its index."""
        items = self.doc.setdefault(key, [])
        items.append(item)
        return len(items) - 1

    def add_view(self, data: bytes, *, target: int | None = None) -> int:
        """Add a buffer view holding ``data`` (4-byte aligned) and return its index."""
        pad = (-self._length) % 4
        if pad:
            self._chunks.append(b"\x00" * pad)
            self._length += pad
        view: dict[str, Any] = {"buffer": 0, "byteOffset": self._length, "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self._chunks.append(bytes(data))
        self._length += len(data)
        return self.append("bufferViews", view)

    def add_accessor(
        self, array: np.ndarray, *, target: int | None = None, bounds: bool = False
    ) -> int:
        """Add a dense accessor for ``array`` (``(N,)`` or ``(N, k)``) and return its index."""
        array = np.ascontiguousarray(array)
        comps = 1 if array.ndim == 1 else array.shape[1]
        accessor: dict[str, Any] = {
            "bufferView": self.add_view(array.tobytes(), target=target),
            "componentType": _COMPONENT[array.dtype],
            "count": int(array.shape[0]),
            "type": _TYPE[comps],
        }
        if bounds:
            accessor.update(_bounds(array.reshape(len(array), comps)))
        return self.append("accessors", accessor)

    def add_morph_accessor(self, displacement: np.ndarray) -> int:
        """Add a VEC3 float32 morph-target accessor, sparse when that is smaller (and allowed)."""
        disp = np.ascontiguousarray(displacement, dtype=np.float32)
        moved = np.flatnonzero(np.any(disp != 0.0, axis=1))
        n = len(disp)
        idx_type = index_dtype(n)
        sparse_bytes = len(moved) * (idx_type.itemsize + 12)
        if not self.sparse or len(moved) == 0 or sparse_bytes >= n * 12:
            return self.add_accessor(disp, target=ARRAY_BUFFER, bounds=True)
        accessor = {
            "componentType": _COMPONENT[disp.dtype],
            "count": n,
            "type": "VEC3",
            "sparse": {
                "count": int(len(moved)),
                "indices": {
                    "bufferView": self.add_view(moved.astype(idx_type).tobytes()),
                    "componentType": _COMPONENT[idx_type],
                },
                "values": {"bufferView": self.add_view(disp[moved].tobytes())},
            },
        }
        accessor.update(_bounds(disp))
        return self.append("accessors", accessor)

    def to_glb(self) -> bytes:
        """Pack the document and the buffer into GLB bytes."""
        binary = b"".join(self._chunks)
        binary += b"\x00" * ((-len(binary)) % 4)
        doc = dict(self.doc)
        if binary:
            doc["buffers"] = [{"byteLength": len(binary)}]
        text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        text += b" " * ((-len(text)) % 4)
        total = 12 + 8 + len(text) + (8 + len(binary) if binary else 0)
        parts = [struct.pack("<III", _GLB_MAGIC, 2, total), struct.pack("<II", len(text), _CHUNK_JSON), text]
        if binary:
            parts += [struct.pack("<II", len(binary), _CHUNK_BIN), binary]
        return b"".join(parts)


def _bounds(array: np.ndarray) -> dict[str, list[float]]:
    """``min``/``max`` per component, exactly as stored."""
    if array.dtype.kind == "f":
        cast = float
    else:
        cast = int
    return {
        "min": [cast(v) for v in array.min(axis=0)],
        "max": [cast(v) for v in array.max(axis=0)],
    }


def read_glb_json(data: bytes) -> dict[str, Any]:
    """Return the JSON chunk of GLB bytes (for tests and the player's metadata)."""
    magic, version, _total = struct.unpack_from("<III", data, 0)
    if magic != _GLB_MAGIC or version != 2:
        raise ValueError("not a glTF 2.0 binary (bad GLB header)")
    length, kind = struct.unpack_from("<II", data, 12)
    if kind != _CHUNK_JSON:
        raise ValueError("GLB: first chunk is not JSON")
    return json.loads(data[20 : 20 + length].decode("utf-8"))
