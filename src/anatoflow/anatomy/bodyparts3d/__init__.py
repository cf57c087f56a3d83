"""BodyParts3D: fetch the official archive on request, and import it as a prepared anatoflow model.

Pure numpy and trimesh (no renderer). Nothing here downloads or writes at import time.

* :mod:`.elements`: the element table and the mapping of FMA concepts onto catalogue structures;
* :mod:`.fetch`: the cache folder, the download (pooch) and local sources (zip or folder);
* :mod:`.repair`: mesh repair and decimation;
* :mod:`.measure`: landmarks measured on the meshes (S1 endplate origin, body centres...);
* :mod:`.importer`: builds the prepared model folder atomically;
* :mod:`.command`: the ``anatoflow fetch-anatomy`` command.
"""

from __future__ import annotations

#: Credit line that must ship with every product made from these meshes.
ATTRIBUTION = (
    "BodyParts3D, © The Database Center for Life Science "
    "licensed under CC Attribution 4.0 International"
)
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://dbarchive.biosciencedbc.jp/en/bodyparts3d/lic.html"
BASE_URL = "https://dbarchive.biosciencedbc.jp/data/bodyparts3d/LATEST/"
ARCHIVE_NAME = "isa_BP3D_4.0_obj_99.zip"
ARCHIVE_SIZE = 142_903_898
ARCHIVE_SHA256 = "40665852c49f218326590e204db91064a1ecfc3c6f8cbd7bbbcaac62c7cd409e"
ELEMENT_TABLE = "isa_element_parts.txt"
OBJ_FOLDER = "isa_BP3D_4.0_obj_99"
