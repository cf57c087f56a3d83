"""Offscreen rendering on a headless machine, and a check that VTK rendered without complaint.

On a machine without ``DISPLAY`` the VTK 9.7 wheels try an X window first, log
``bad X server connection`` and only then fall back to EGL. Asking for EGL directly skips the
X attempt and the warning. :func:`prefer_egl` does that, and it is called by the render code
just before a render window is made, never at import.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager

#: Environment variable read by VTK's render window factory.
WINDOW_VARIABLE = "VTK_DEFAULT_OPENGL_WINDOW"
#: Render window class that needs no X server (EGL through Mesa or a GPU driver).
EGL_WINDOW = "vtkEGLRenderWindow"


def prefer_egl(environ: MutableMapping[str, str] | None = None) -> bool:
    """Ask VTK for an EGL render window when there is no display.

    Nothing changes when a display is set (``DISPLAY`` or ``WAYLAND_DISPLAY``), or when the
    user already chose a window class through ``VTK_DEFAULT_OPENGL_WINDOW``.

    Parameters
    ----------
    environ : MutableMapping, optional
        The environment to read and update; defaults to :data:`os.environ` (VTK reads it
        when the first render window is created).

    Returns
    -------
    bool
        True when EGL was requested by this call.
    """
    env = os.environ if environ is None else environ
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get(WINDOW_VARIABLE):
        return False
    env[WINDOW_VARIABLE] = EGL_WINDOW
    return True


@contextmanager
def vtk_errors_raised() -> Iterator[object]:
    """Turn VTK error messages raised inside the block into a Python exception.

    Yields
    ------
    pyvista.VtkErrorCatcher
        The catcher; its ``events`` list holds every error and warning seen.

    Raises
    ------
    pyvista.VTKExecutionError
        At the end of the block when VTK reported an error.
    """
    import pyvista as pv

    with pv.VtkErrorCatcher(raise_errors=True, send_to_logging=False) as catcher:
        yield catcher
