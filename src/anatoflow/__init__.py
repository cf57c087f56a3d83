"""anatoflow: an interactive 3D anatomical visualiser of breath, tension and flow.

Data flows one way::

    catalogue -> rest meshes -> state(t) -> deformed meshes + flow arrows -> scene -> app | video | html | glTF

Importing this package has no side effects and loads neither pyvista nor panel.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
