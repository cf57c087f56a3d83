"""One model interface for both the built-in model and BodyParts3D: catalogue + rest meshes + landmarks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from anatoflow.anatomy.catalogue import Catalogue, load_catalogue
from anatoflow.anatomy.landmarks import Landmarks, load_landmarks
from anatoflow.anatomy.meshes import RestMesh, load_mesh


@dataclass(frozen=True)
class AnatomyModel:
    """A complete anatomical model at rest.

    Attributes
    ----------
    name : str
        ``"builtin"`` or ``"bodyparts3d"``.
    catalogue : Catalogue
        What each structure is, how it is drawn and rigged.
    meshes : Mapping[str, RestMesh]
        Rest meshes by structure id, in catalogue order.
    landmarks : Landmarks
        The model's own landmarks in the LPS frame.
    attribution : str
        Credit line that must ship with anything made from this model ("" when none is needed).
    """

    name: str
    catalogue: Catalogue
    meshes: Mapping[str, RestMesh]
    landmarks: Landmarks
    attribution: str = ""

    @property
    def n_triangles(self) -> int:
        """Total triangle count of the model."""
        return sum(m.n_faces for m in self.meshes.values())


def load_model(folder: str | Path, *, name: str | None = None) -> AnatomyModel:
    """Load a model folder holding ``catalogue.toml``, ``landmarks.toml`` and mesh files.

    Parameters
    ----------
    folder : str or pathlib.Path
        The model folder.
    name : str, optional
        Model name; defaults to the catalogue's ``meta.model``.
    """
    folder = Path(folder)
    catalogue = load_catalogue(folder / "catalogue.toml")
    landmarks = load_landmarks(folder / "landmarks.toml")
    meshes = {s.id: load_mesh(catalogue.mesh_path(s.id), s.id) for s in catalogue}
    return AnatomyModel(
        name=name or str(catalogue.meta.get("model", folder.name)),
        catalogue=catalogue,
        meshes=MappingProxyType(meshes),
        landmarks=landmarks,
        attribution=str(catalogue.meta.get("attribution", "")),
    )


def load_builtin_model() -> AnatomyModel:
    """Load the built-in model shipped in ``meshes/``."""
    from anatoflow.paths import meshes_dir

    return load_model(meshes_dir(), name="builtin")


def load_bodyparts3d_model(root: str | Path | None = None) -> AnatomyModel:
    """Load the prepared BodyParts3D model from the cache (made by ``anatoflow fetch-anatomy``).

    Parameters
    ----------
    root : str or pathlib.Path, optional
        Cache root; defaults to the user's cache folder (or ``$ANATOFLOW_CACHE``).

    Raises
    ------
    FileNotFoundError
        When it has not been prepared yet, or was prepared by another version of the importer
        (:func:`~anatoflow.anatomy.bodyparts3d.importer.importer_fingerprint`), saying how to
        prepare it.
    """
    from anatoflow.anatomy.bodyparts3d.fetch import model_dir
    from anatoflow.anatomy.bodyparts3d.importer import importer_fingerprint

    folder = model_dir(Path(root) if root is not None else None)
    if not (folder / "catalogue.toml").is_file():
        raise FileNotFoundError(
            f"{folder}: no prepared BodyParts3D model; run `anatoflow fetch-anatomy` "
            "(or `anatoflow fetch-anatomy --from PATH` with a local copy)"
        )
    model = load_model(folder, name="bodyparts3d")
    if model.catalogue.meta.get("importer") != importer_fingerprint():
        raise FileNotFoundError(
            f"{folder}: the BodyParts3D model was prepared by another version of anatoflow; run "
            "`anatoflow fetch-anatomy` again to prepare it for this one (the downloaded archive is "
            "reused; or `--from PATH` with a local copy)"
        )
    return model


#: Model names accepted by :func:`load_named_model` (and the ``--model`` options).
MODEL_NAMES: tuple[str, ...] = ("builtin", "bodyparts3d")


def load_named_model(name: str, *, root: str | Path | None = None) -> AnatomyModel:
    """Load a model by name: ``"builtin"`` or ``"bodyparts3d"``."""
    if name == "builtin":
        return load_builtin_model()
    if name == "bodyparts3d":
        return load_bodyparts3d_model(root)
    raise ValueError(f"model = {name!r} is not one of {MODEL_NAMES}")
