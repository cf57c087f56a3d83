"""Text panels of the app, as escaped HTML: structure notes, the disclaimer, story steps.

Every piece of text goes through :func:`html.escape`, and links are kept only when they are
``http(s)`` URLs, so nothing a URL or a content file holds can inject markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from anatoflow import content
from anatoflow.content.model import Claim, StoryStep

#: Badge colours per evidence level.
LEVEL_COLOURS = {"established": "#2e7d32", "plausible-unproven": "#b26a00", "contradicted": "#c62828"}
#: Structures described when nothing is highlighted.
DEFAULT_FOCUS = ("psoas_major_l", "diaphragm", "vagus_l", "inferior_vena_cava", "thoracic_duct")


def _link(url: str, text: str) -> str:
    if url.startswith(("https://", "http://")):
        return f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{escape(text)}</a>'
    return escape(text)


def badge(level: str, language: str) -> str:
    """A coloured evidence-level badge."""
    colour = LEVEL_COLOURS.get(level, "#555")
    label = content.ui_text(f"level.{level}", language) if level in LEVEL_COLOURS else level
    return (f'<span class="af-badge" data-level="{escape(level, quote=True)}" style="background:{colour};'
            f'color:#fff;border-radius:3px;padding:1px 6px;font-size:12px">{escape(label)}</span>')


def structure_note_html(structure_id: str, language: str) -> str:
    """One structure's note: name, Latin name, what it is, its role, teaching points, sources."""
    note = content.structure_notes().get(structure_id)
    if note is None:
        return ""
    points = "".join(f"<li>{escape(p.get(language))}</li>" for p in note.teaching)
    sources = ", ".join(_link(s.url, s.citation) for s in note.sources[:2])
    return (f'<div class="af-note" data-structure="{escape(structure_id, quote=True)}">'
            f"<h4>{escape(note.name.get(language))} <i>({escape(note.latin)})</i></h4>"
            f"<p>{escape(note.what.get(language))}</p><p>{escape(note.role.get(language))}</p>"
            f"<ul>{points}</ul><p class=\"af-sources\"><small>{escape(content.ui_text('sources', language))}: "
            f"{sources}</small></p></div>")


def notes_html(structure_ids: Iterable[str], language: str, *, limit: int = 4) -> str:
    """Notes for the given structures (or a default selection), in ``language``."""
    ids = [sid for sid in structure_ids if sid in content.structure_notes()] or list(DEFAULT_FOCUS)
    return "".join(structure_note_html(sid, language) for sid in ids[:limit])


def disclaimer_html(language: str) -> str:
    """The full disclaimer as a small boxed paragraph list."""
    paragraphs = content.disclaimer(language).split("\n\n")
    title, body, items = paragraphs[0], paragraphs[1], paragraphs[2:]
    lines = "".join(f"<li>{escape(line.lstrip('- '))}</li>" for block in items for line in block.splitlines())
    return (f'<div class="af-disclaimer" style="border-left:4px solid #b26a00;padding:4px 8px;'
            f'background:#fff8e6"><b>{escape(title)}</b><p>{escape(body)}</p><ul>{lines}</ul></div>')


def claim_html(claim: Claim, language: str) -> str:
    """A claim with its evidence badge, explanation and source links."""
    sources = "<br>".join(_link(s.url, s.citation) for s in claim.sources)
    tag = f" <small>({escape(content.ui_text('correction', language))})</small>" if claim.correction else ""
    return (f'<div class="af-claim" data-claim="{escape(claim.id, quote=True)}">'
            f"<p>{badge(claim.level, language)}{tag}</p><p><b>{escape(claim.statement.get(language))}</b></p>"
            f"<p>{escape(claim.why.get(language))}</p><p><small>{sources}</small></p></div>")


def story_html(step: StoryStep, language: str, *, total: int) -> str:
    """One story step: number, title, introduction and its claims."""
    head = f"{content.ui_text('step', language)} {step.number}/{total}"
    claims = "".join(claim_html(c, language) for c in step.claims)
    return (f'<div class="af-story" data-step="{step.number}"><p class="af-step-number">{escape(head)}</p>'
            f"<h3>{escape(step.title.get(language))}</h3><p>{escape(step.intro.get(language))}</p>{claims}</div>")


def notices_html(notices: Iterable[str]) -> str:
    """User notices (for example fixed URL values) as an escaped list."""
    items = "".join(f"<li>{escape(n)}</li>" for n in notices)
    return f'<div class="af-notice" role="status"><ul>{items}</ul></div>' if items else ""
