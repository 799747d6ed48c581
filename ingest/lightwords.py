"""The words of a light's value, read from the ``light-value`` vocabulary (``ontology/vocab/status.ttl``).

A colour is a one-word ``skos:hiddenLabel`` of a value ("Vihreä", "Gul", "Amber"), read in any
inflection (vihreiksi, keltaisen, gröna); the phrases that rate so are the value's ``hg:cue``
literals ("etenee suunnitellusti", "viivästy…", "behind schedule"). A new spelling is one
vocabulary line; ``ingest/lighttext.py`` reads lights with these words wherever they stand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hankegraafi.ingest import cues
from hankegraafi.ontology import registry

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

#: The scheme of the values a light takes (on-plan, deviation).
VALUE_SCHEME = "light-value"


def stem(word: str) -> str:
    """A colour word as a pattern of its inflections: "vihreä" → vihreän, vihreiksi; "keltainen" →
    keltaisen; "grön" → gröna, grönt (Finnish -nen words inflect on -se-; a short word takes an ending)."""
    low = re.escape(word.lower())
    if word.lower().endswith("nen") and len(word) > 6:
        return low[:-3] + r"\w*"
    if len(word) >= 6:
        return low[:-1] + r"\w*"
    return low + r"\w?"


@cues.per_reading
def value_words(scheme: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Light value → (its colour words, its colour words and phrases) from the ``light-value`` vocabulary.

    A one-word ``skos:hiddenLabel`` is a colour ("Vihreä", "Gul"), read in any inflection; the
    ``hg:cue`` literals are the phrases that rate so ("etenee suunnitellusti", "viivästy…").
    """
    out: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for concept in registry.scheme(scheme):
        words = [f for forms in concept.hidden.values() for f in forms if re.fullmatch(r"[^\W\d_]+", f)]
        colours = r"\b(?:" + "|".join(stem(w) for w in words) + r")\b" if words else r"(?!)"
        phrases = [cue for texts in concept.cues.values() for cue in texts]
        out[concept.key] = (re.compile(colours, re.I), re.compile("|".join([colours, *phrases]), re.I))
    return out


def words(value: str, *, colours_only: bool = False) -> re.Pattern[str]:
    """The pattern of ``value``'s colour words (and, unless ``colours_only``, its phrases)."""
    return value_words(VALUE_SCHEME)[value][0 if colours_only else 1]


def colour_word(text: str) -> str | None:
    """The value of ``text`` when it is one colour word and nothing else ("Keltainen", "gröna")."""
    for value in ("on-plan", "deviation"):
        if words(value, colours_only=True).fullmatch(text.strip()):
            return value
    return None


def colours_in(text: str) -> list[re.Match[str]]:
    """The colour words of ``text`` (either value), in order."""
    found = [m for value in ("on-plan", "deviation") for m in words(value, colours_only=True).finditer(text)]
    return sorted(found, key=lambda m: m.start())


@cues.per_reading
def _symbols(scheme: str) -> dict[str, str]:
    """Light value → the symbols that say it (one-character hidden labels: 🟢, 🔴 …)."""
    return {
        c.key: "".join(f for forms in c.hidden.values() for f in forms if len(f) == 1 and not f.isalnum())
        for c in registry.scheme(scheme)
    }


def symbols(value: str | None = None) -> str:
    """The coloured symbols that say ``value`` (every value's when None), from the vocabulary."""
    found = _symbols(VALUE_SCHEME)
    return found.get(value, "") if value is not None else "".join(found.values())


def symbol_pattern() -> re.Pattern[str]:
    """Any coloured symbol of the vocabulary, as one character class."""
    return re.compile("[" + re.escape(symbols()) + "]") if symbols() else re.compile(r"(?!)")


#: Attributes in which a page says what a mark means: an accessible name, an image's text, a tooltip.
_NAMING = ("aria-label", "alt", "title", "data-status", "data-value", "data-state")


def _markup_colour(tag: Tag) -> str | None:
    """The colour word a mark's markup gives it: an attribute that is one colour word ("Vihreä"), or
    the one colour among its class words ("traffic-light red", "valo--vihrea", "status_yellow")."""
    for name in _NAMING:
        said = tag.get(name)
        if isinstance(said, str) and colour_word(said):
            return said.strip()
    classes = tag.get("class")
    names: list[str] = [classes] if isinstance(classes, str) else list(classes or [])
    words_ = [w for c in names for w in re.split(r"[-_\s]+", c)]
    found = {w: colour_word(w) for w in words_ if w and colour_word(w)}
    return next(iter(found)) if len(set(found.values())) == 1 else None


def spell_light_marks(root: Tag) -> None:
    """Write into the page's text the colour that only its markup gives a mark: an empty element or
    one symbol ("●", an image, an icon) whose ``alt``, ``title``, ``aria-label`` or class names a
    colour. Reading a page keeps its text, not its attributes, so without this the light
    ``<td><img alt="Keltainen"></td>`` is an empty cell. A mark with words of its own is left
    as it is: "<span class='green'>vihreä lehti</span>" says what its words say."""
    for tag in root.find_all(True):
        own = tag.get_text(strip=True)
        if len(own) > 1 or own.isalnum() or tag.find(True) is not None:
            continue
        colour = _markup_colour(tag)
        if colour is not None:
            tag.append(f" {colour} ")


__all__ = [
    "VALUE_SCHEME",
    "colour_word",
    "colours_in",
    "spell_light_marks",
    "stem",
    "symbol_pattern",
    "symbols",
    "value_words",
    "words",
]
