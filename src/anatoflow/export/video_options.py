"""What a video render is asked to do, checked before anything renders.

:class:`VideoOptions` holds the size, frame rate, language, captions, camera override and cut;
:data:`FORMATS` says how each output suffix is encoded (always through imageio-ffmpeg).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from anatoflow.views import PRESET_NAMES

#: Named resolutions accepted by ``--resolution``.
RESOLUTIONS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "480p": (854, 480), "720p": (1280, 720), "1080p": (1920, 1080), "4k": (3840, 2160),
})
#: Smallest and largest side, largest pixel count (4K UHD).
MIN_SIDE, MAX_SIDE, MAX_PIXELS = 16, 3840, 3840 * 2160
FPS_RANGE = (1.0, 60.0)
LANGUAGES = ("nb", "en")
#: Camera presets (the one list in :mod:`anatoflow.views`).
SCENE_CAMERAS: tuple[str, ...] = PRESET_NAMES


@dataclass(frozen=True)
class VideoFormat:
    """How one container is written.

    Attributes
    ----------
    suffix : str
        File suffix (``".mp4"``).
    codec : str
        ffmpeg encoder.
    pix_fmt : str
        Output pixel format.
    output_params : tuple of str
        Extra ffmpeg output options.
    even : bool
        True when width and height must be even (4:2:0 chroma subsampling).
    """

    suffix: str
    codec: str
    pix_fmt: str
    output_params: tuple[str, ...]
    even: bool


#: H.264 in yuv420p with the index up front plays in PowerPoint, Keynote and browsers.
#: GIF builds one palette for the whole clip (better colours than a fixed palette).
FORMATS: Mapping[str, VideoFormat] = MappingProxyType({
    ".mp4": VideoFormat(".mp4", "libx264", "yuv420p",
                        ("-preset", "veryfast", "-crf", "20", "-profile:v", "high",
                         "-movflags", "+faststart", "-f", "mp4"), True),
    ".webm": VideoFormat(".webm", "libvpx-vp9", "yuv420p",
                         ("-b:v", "0", "-crf", "32", "-deadline", "realtime", "-cpu-used", "8",
                          "-row-mt", "1", "-f", "webm"), True),
    ".gif": VideoFormat(".gif", "gif", "pal8",
                        ("-filter_complex", "split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse",
                         "-f", "gif"), False),
})


@dataclass(frozen=True)
class VideoOptions:
    """A checked video request (build it with :func:`video_options`).

    Attributes
    ----------
    width, height : int
        Pixels.
    fps : float or None
        Frame rate; None keeps the scenario's.
    language : str
        ``"nb"`` or ``"en"``: captions, disclaimer, legend.
    captions : bool
        Draw the scenario captions.
    camera : str or None
        Scene preset that replaces the scenario's camera keys.
    duration : float or None
        Cut after this many seconds.
    disclaimer_s, end_card_s : float
        How long the disclaimer shows at the start and the attribution card at the end.
    legend : bool
        Draw the legend.
    """

    width: int = 1280
    height: int = 720
    fps: float | None = None
    language: str = "en"
    captions: bool = True
    camera: str | None = None
    duration: float | None = None
    disclaimer_s: float = 3.0
    end_card_s: float = 2.0
    legend: bool = True

    @property
    def size(self) -> tuple[int, int]:
        """``(width, height)``."""
        return (self.width, self.height)


def scene_camera(name: str) -> str:
    """``name`` if it is a camera preset, else ValueError listing them."""
    if name not in SCENE_CAMERAS:
        raise ValueError(f"--camera = {name!r} is not one of {', '.join(SCENE_CAMERAS)}")
    return name


def parse_size(*, resolution: str | None, width: int | None, height: int | None) -> tuple[int, int]:
    """Size from ``--resolution`` or ``--width``/``--height`` (default 720p), checked."""
    if resolution is not None:
        if width is not None or height is not None:
            raise ValueError("give either --resolution or --width/--height, not both")
        key = resolution.lower()
        if key not in RESOLUTIONS:
            raise ValueError(f"--resolution = {resolution!r} is not one of {', '.join(RESOLUTIONS)}")
        return RESOLUTIONS[key]
    w, h = RESOLUTIONS["720p"]
    w = w if width is None else int(width)
    h = h if height is None else int(height)
    for name, value in (("--width", w), ("--height", h)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ValueError(f"{name} = {value} is outside {MIN_SIDE}..{MAX_SIDE}")
    if w * h > MAX_PIXELS:
        raise ValueError(f"{w}x{h} has more pixels than 4K (3840x2160)")
    return w, h


def video_format(path: str | Path, size: tuple[int, int]) -> VideoFormat:
    """The :class:`VideoFormat` for ``path``'s suffix, after checking the size fits it."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: output must end in {', '.join(FORMATS)}")
    fmt = FORMATS[suffix]
    if fmt.even and (size[0] % 2 or size[1] % 2):
        raise ValueError(f"{path}: {size[0]}x{size[1]} must have an even width and height for "
                         f"{suffix} ({fmt.pix_fmt})")
    return fmt


def video_options(*, size: tuple[int, int], fps: float | None = None, language: str = "en",
                  captions: bool = True, camera: str | None = None, duration: float | None = None,
                  legend: bool = True) -> VideoOptions:
    """Check every option and return :class:`VideoOptions` (ValueError names the bad one)."""
    if fps is not None and not FPS_RANGE[0] <= float(fps) <= FPS_RANGE[1]:
        raise ValueError(f"--fps = {fps} is outside {FPS_RANGE[0]:g}..{FPS_RANGE[1]:g}")
    if language not in LANGUAGES:
        raise ValueError(f"--language = {language!r} is not one of {', '.join(LANGUAGES)}")
    if duration is not None and not float(duration) > 0:
        raise ValueError(f"--duration = {duration} must be > 0 seconds")
    return VideoOptions(width=int(size[0]), height=int(size[1]), fps=None if fps is None else float(fps),
                        language=language, captions=bool(captions),
                        camera=None if camera is None else scene_camera(camera),
                        duration=None if duration is None else float(duration), legend=bool(legend))
