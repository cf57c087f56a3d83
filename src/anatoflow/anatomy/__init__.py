"""Anatomy: the landmark frame, the catalogue, rest meshes and the built-in model.

Pure numpy (plus trimesh for file formats). Never imports pyvista or panel.
"""
