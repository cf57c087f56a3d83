"""Value types of the teaching content and the vocabularies they are checked against.

Everything here is a frozen dataclass or a tuple of allowed words. The loader
(:mod:`anatoflow.content.loader`) builds these from the TOML files beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from anatoflow.views import PRESET_NAMES

LANGUAGES: tuple[str, ...] = ("nb", "en")
"""Languages every text carries: Norwegian bokmål and English."""

EVIDENCE_LEVELS: tuple[str, ...] = ("established", "plausible-unproven", "contradicted")
"""The three evidence levels of the fact-check (reference/claims.md)."""

SCENARIOS: tuple[str, ...] = (
    "quiet-breathing",
    "deep-diaphragmatic",
    "shallow-chest-stress",
    "chronic-tension",
    "release",
)
"""The shipped scenario names (``animations/<name>.toml``)."""

CAMERAS: tuple[str, ...] = PRESET_NAMES
"""Camera preset names the scene and the app understand."""

ANCHOR_KINDS: tuple[str, ...] = ("centroid", "top", "bottom")
"""Anchors computed from a structure's deformed vertices; anything else names a landmark."""

MODELS: tuple[str, ...] = ("builtin", "bodyparts3d")
"""Models in which a structure can be drawn schematically."""


@dataclass(frozen=True)
class Text:
    """One text in both languages.

    Attributes
    ----------
    nb, en : str
        Norwegian bokmål and English wording.
    """

    nb: str
    en: str

    def get(self, language: str) -> str:
        """Return the text in ``language`` (``"nb"`` or ``"en"``).

        Raises
        ------
        KeyError
            For a language other than those in :data:`LANGUAGES`.
        """
        if language not in LANGUAGES:
            raise KeyError(f"unknown language {language!r}; allowed: {', '.join(LANGUAGES)}")
        return self.nb if language == "nb" else self.en


@dataclass(frozen=True)
class Source:
    """A citation with a web address.

    Attributes
    ----------
    key : str
        Short identifier used by the data files (``"willeput1984"``).
    citation : str
        Authors, title, journal or site, year.
    url : str
        ``http(s)`` address of the work or of its index entry.
    """

    key: str
    citation: str
    url: str


@dataclass(frozen=True)
class StructureNote:
    """What the annotation panel says about one structure.

    Attributes
    ----------
    id : str
        Structure id of the catalogue (``"psoas_major_l"``).
    latin : str
        Latin (Terminologia Anatomica style) name.
    name : Text
        Everyday name in both languages.
    what : Text
        What it is and where it attaches or runs.
    role : Text
        What it does in breathing and in the flow of blood or lymph.
    teaching : tuple of Text
        One or two teaching points.
    sources : tuple of Source
        Where the facts come from.
    schematic_in : tuple of str
        Models (:data:`MODELS`) in which the structure is drawn schematically.
    """

    id: str
    latin: str
    name: Text
    what: Text
    role: Text
    teaching: tuple[Text, ...]
    sources: tuple[Source, ...]
    schematic_in: tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    """One link in the article's chain of ideas, with its evidence level.

    Attributes
    ----------
    id : str
        Stable identifier (``"psoas-is-not-the-vagus"``).
    step : str
        Id of the story step that holds it.
    refs : tuple of int
        Row numbers of the fact-check table (reference/claims.md) it answers.
    correction : bool
        True when the claim corrects a factual error in the article.
    statement : Text
        The claim, stated neutrally in our own words.
    level : str
        One of :data:`EVIDENCE_LEVELS`.
    why : Text
        Why it has that level.
    sources : tuple of Source
        Citations.
    structures : tuple of str
        Structure ids to highlight.
    scenario : str
        Scenario (:data:`SCENARIOS`) it is best shown with.
    camera : str
        Camera preset (:data:`CAMERAS`).
    hypothesis : str
        Name of the model hypothesis that draws it, or ``""``.
    """

    id: str
    step: str
    refs: tuple[int, ...]
    correction: bool
    statement: Text
    level: str
    why: Text
    sources: tuple[Source, ...]
    structures: tuple[str, ...]
    scenario: str
    camera: str
    hypothesis: str = ""


@dataclass(frozen=True)
class StoryStep:
    """One step of story mode.

    Attributes
    ----------
    id : str
        Stable identifier (``"psoas-fascia-diaphragm"``).
    number : int
        1-based position in the story.
    title, intro : Text
        Heading and a two- or three-sentence lead-in.
    scenario, camera : str
        What the app sets when the step opens.
    structures : tuple of str
        Structures highlighted for the step as a whole.
    claims : tuple of Claim
        The claims of the step, in reading order.
    """

    id: str
    number: int
    title: Text
    intro: Text
    scenario: str
    camera: str
    structures: tuple[str, ...]
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class LabelSpec:
    """A 3D label attached to a structure in a default camera view.

    Attributes
    ----------
    structure : str
        Structure id; the label text is that structure's :attr:`StructureNote.name`.
    anchor : str
        ``"centroid"``, ``"top"``, ``"bottom"`` (computed on the deformed mesh each
        frame) or a landmark name of ``meshes/landmarks.toml`` (``"opening.caval"``).
    text : Text
        Short label text in both languages.
    """

    structure: str
    anchor: str
    text: Text


@dataclass(frozen=True)
class CaptionText:
    """A proposed caption: shown from ``t`` seconds until the next one."""

    t: float
    text: Text
