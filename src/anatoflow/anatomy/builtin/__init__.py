"""The built-in model generator: every structure built from primitives placed by meshes/landmarks.toml.

Run ``anatoflow generate-meshes`` to regenerate ``meshes/``; :func:`generate` returns the
same output in memory.
"""

from anatoflow.anatomy.builtin.writer import GeneratedModel, generate, write_model

__all__ = ["GeneratedModel", "generate", "write_model"]
