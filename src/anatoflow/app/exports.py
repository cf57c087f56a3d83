"""The app's export buttons: PNG still, video, HTML and GLB of the current view.

Each export goes through the export package (the same code as the CLI) into a private
temporary folder, under a name made safe by :func:`anatoflow.export.files.safe_output_path`,
and is handed to the browser as a file download.
"""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Any

from anatoflow.export.files import safe_output_path

#: kind -> file extension.
KINDS = {"png": ".png", "video": ".mp4", "html": ".html", "glb": ".glb"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def output_name(stem: str, kind: str) -> str:
    """A safe file name ``<stem><ext>`` for ``kind`` (unsafe characters become ``_``).

    Examples
    --------
    >>> output_name("../../etc/passwd", "png")
    'etc_passwd.png'
    >>> output_name("", "glb")
    'anatoflow.glb'
    """
    clean = _UNSAFE.sub("_", str(stem)).strip("._-")[:80] or "anatoflow"
    clean = clean.removesuffix(KINDS[kind])
    return safe_output_path(tempfile.gettempdir(), clean + KINDS[kind], suffixes=[KINDS[kind]]).name


def default_stem(scenario: str, language: str) -> str:
    """``anatoflow-<scenario>-<language>``."""
    return f"anatoflow-{scenario}-{language}"


def export_bytes(kind: str, animation: Any, *, language: str, camera: str, time: float,
                 name: str, hidden: tuple[str, ...] = (), opacity: dict[str, float] | None = None,
                 pose: Sequence[float] = ()) -> io.BytesIO:
    """Write export ``kind`` of ``animation`` and return its bytes.

    Parameters
    ----------
    kind : {"png", "video", "html", "glb"}
        What to export.
    animation : Animation
        The cycle shown in the app.
    language, camera : str
        Language of the texts and camera preset.
    time : float
        Time of the PNG still (s).
    name : str
        The output file name (already made safe with :func:`output_name`).
    hidden, opacity : optional
        Hidden systems/structures and opacities, as in the app (the PNG still follows them).
    pose : sequence of 6 float, optional
        The camera the user turned the view to (eye and target, LPS mm; :mod:`anatoflow.app.pose`).
        The PNG is taken from it and the HTML page opens at it (as its camera "Your view");
        videos follow the scenario's cameras.
    """
    with tempfile.TemporaryDirectory(prefix="anatoflow-app-") as folder:
        path = safe_output_path(folder, name, suffixes=[KINDS[kind]])
        if kind == "glb":
            from anatoflow.export.gltf import export_gltf

            export_gltf(animation, path)
        elif kind == "html":
            from anatoflow.export.cameras import default_cameras
            from anatoflow.export.html import export_html

            cameras = default_cameras(animation.model)
            start = preset_name(camera)
            if len(pose) == 6:
                cameras["view"], start = turned_view(cameras[start], pose), "view"
            export_html(animation, path, language=language, cameras=cameras, camera=start, echo=None)
        elif kind == "png":
            _still(animation, path, language=language, camera=camera, time=time, hidden=hidden,
                   opacity=opacity or {}, pose=pose)
        elif kind == "video":
            _video(animation, path, language=language, camera=camera)
        else:
            raise ValueError(f"export kind = {kind!r} is not one of {', '.join(KINDS)}")
        return io.BytesIO(Path(path).read_bytes())


def preset_name(camera: str) -> str:
    """The scene preset for app camera ``camera`` (``left`` -> ``left_lateral``; unknown: anterior)."""
    from anatoflow.scene.cameras import PRESETS

    return camera if camera in PRESETS else {"left": "left_lateral", "right": "right_lateral"}.get(camera, "anterior")


def turned_view(preset: Mapping[str, Any], pose: Sequence[float]) -> dict[str, Any]:
    """``preset`` (LPS dict form) moved to ``pose`` (eye and target, mm), keeping its up and angle."""
    return {**preset, "position": [float(v) for v in pose[:3]], "focal_point": [float(v) for v in pose[3:6]],
            "label": {"en": "Your view", "nb": "Din visning"}}


def _still(animation: Any, path: Path, *, language: str, camera: str, time: float,
           hidden: tuple[str, ...], opacity: dict[str, float], pose: Sequence[float] = ()) -> None:
    import numpy as np

    from anatoflow.scene.cameras import camera_preset
    from anatoflow.scene.scene import Scene

    index = int(np.argmin(np.abs(np.asarray(animation.times) - float(time))))
    view: Any = preset_name(camera)
    with Scene(animation.model, window_size=(1280, 800), language=language) as scene:
        if len(pose) == 6:
            view = turned_view(camera_preset(view, animation.model, aspect=1280 / 800).to_dict(), pose)
        scene.update(animation.frame(index))
        for target in hidden:
            _ignore_unknown(scene.set_visible, target, False)
        for target, value in opacity.items():
            _ignore_unknown(scene.set_opacity, target, value)
        scene.set_camera(view)
        scene.screenshot(path)


def _ignore_unknown(method: Any, target: str, value: Any) -> None:
    """Apply a layer setting; a name this model does not have (from a shared URL) is skipped."""
    try:
        method(target, value)
    except ValueError:
        pass


def video_available() -> bool:
    """Whether this installation has the video export."""
    try:
        import anatoflow.export.video  # noqa: F401
    except ImportError:
        return False
    return True


def _video(animation: Any, path: Path, *, language: str, camera: str) -> None:
    from anatoflow.export.video import render_video
    from anatoflow.export.video_options import video_options

    options = video_options(size=(1280, 720), language=language, camera=camera)
    render_video(animation, path, options=options, progress=False)
