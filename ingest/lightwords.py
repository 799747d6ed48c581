"""The words of a light's value, read from the ``light-value`` vocabulary (``ontology/vocab/status.ttl``).

A colour is a one-word ``skos:hiddenLabel`` of a value ("Vihreä", "Gul", "Amber"), read in any
inflection (vihreiksi, keltaisen, gröna); the phrases that rate so are the value's ``hg:cue``
literals ("etenee suunnitellusti", "viivästy…", "behind schedule"). A new spelling is one
vocabulary line; ``ingest/lighttext.py`` reads lights with these words wherever they stand.
"""

from __future__ import annotations

import colorsys
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


@cues.per_text  # the light readers ask of the same cells and words again and again (82 000 calls, 2 900 texts)
def colour_word(text: str) -> str | None:
    """The value of ``text`` when it is one colour word and nothing else ("Keltainen", "gröna")."""
    for value in ("on-plan", "deviation"):
        if words(value, colours_only=True).fullmatch(text.strip()):
            return value
    return None


def colours_in(text: str) -> list[re.Match[str]]:
    """The colour words of ``text`` (either value), in order."""
    return list(_colours_in(text))


@cues.per_text  # the light readers ask of the same lines and cells again and again (tune: 27 979 calls, 16 624 texts)
def _colours_in(text: str) -> tuple[re.Match[str], ...]:
    found = [m for value in ("on-plan", "deviation") for m in words(value, colours_only=True).finditer(text)]
    return tuple(sorted(found, key=lambda m: m.start()))


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
#: Style properties that colour a mark: its background, its text (a coloured "●"), an SVG's fill.
_PAINT = re.compile(
    r"(?:^|;)\s*(?:background(?:-color)?|color|fill|border(?:-left)?-color)\s*:\s*([^;!]+)", re.I
)
#: Readers leave these out with their text: a colour their markup gives is written beside them.
_SILENT = ("svg", "img")
#: The blocks a mark stands in: a light's is short (a cell, an item, a card's line), running text is not.
_BLOCKS = ["td", "th", "li", "dd", "dt", "p", "h1", "h2", "h3", "h4", "h5", "h6"]
_SHORT = 80


def hue_word(paint: str) -> str | None:
    """A style's colour as a traffic light's colour word: a named colour ("green", "red"), or a hex or
    rgb() colour by its hue when it is vivid (#2e7d32 green, rgb(255, 193, 7) yellow, #c62828 red;
    grey, blue and pale tints are no light)."""
    for word in re.findall(r"[a-z]+", paint.lower()):
        if colour_word(word):
            return word
    hexa = re.search(r"#([0-9a-f]{6}|[0-9a-f]{3})\b", paint, re.I)
    rgb = re.search(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})", paint)
    if hexa:
        digits = hexa.group(1) if len(hexa.group(1)) == 6 else "".join(c * 2 for c in hexa.group(1))
        r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    elif rgb:
        r, g, b = (min(int(rgb.group(i)), 255) for i in (1, 2, 3))
    else:
        return None
    hue, light, sat = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    if sat < 0.4 or not 0.2 <= light <= 0.75:
        return None
    degrees = hue * 360
    if 75 <= degrees <= 170:
        return "green"
    if 20 <= degrees < 70:
        return "yellow"
    return "red" if degrees < 15 or degrees >= 340 else None


def _fold(word: str) -> str:
    """A word as a class name or an identifier spells it: lower case, without the Nordic letters' dots."""
    return word.lower().translate(str.maketrans("äöå", "aoa"))


@cues.per_reading
def _folded(scheme: str) -> dict[str, str]:
    """Folded colour word → the colour word as the vocabulary writes it ("vihrea" → "Vihreä", "rod" → "Röd")."""
    return {
        _fold(form): form
        for c in registry.scheme(scheme)
        for forms in c.hidden.values()
        for form in forms
        if form.isalpha() and len(form) > 2
    }


def _spelt(word: str) -> str:
    """A class name's word as a colour word: itself, the colour it folds ("tila--vihrea": "Vihreä"), or the colour
    a style framework's state word stands for ("badge-success", "text-warning", "bg-danger": green, amber, red)."""
    if colour_word(word):
        return word
    return _STATES.get(word.lower()) or _folded(VALUE_SCHEME).get(_fold(word), word)


#: A web framework's state words in class names (Bootstrap's, Material's …) and the colours they are drawn in.
_STATES = {"success": "green", "warning": "amber", "danger": "red", "error": "red"}


def _markup_colour(tag: Tag, known: dict[str, str | None]) -> str | None:
    """The colour word a mark's markup gives it: an attribute that is one colour word ("Vihreä"), an
    SVG's title, the one colour among its class words ("traffic-light red", "valo--vihrea"), or its
    style's colour. ``known`` keeps each class word's colour: a page repeats its few class names."""
    attrs = tag.attrs
    if not attrs and tag.name != "svg":
        return None
    said = [attrs.get(name) for name in _NAMING if name in attrs]
    if tag.name == "svg" and tag.title is not None:
        said.append(tag.title.get_text())
    for text in said:
        if not isinstance(text, str):
            continue
        if colour_word(text):
            return text.strip()
        # An icon's text that opens with its colour and glosses it ("Vihreä: etenee suunnitellusti").
        lead = re.split(r"\s*[:–—,(]\s*|\s-\s", text.strip(), maxsplit=1)[0]
        if lead and len(text) <= 60 and lead != text.strip() and colour_word(lead):
            return lead
        # The mark's meaning in the vocabulary's words ("<td title='Suunnitelman mukaan'>✔</td>"): said as it is.
        # A colour in other words is the rule above's ("Vihreä lehti" is a logo's alt, no rating); an image's alt
        # in words is read as the icon's text (htmlread._spell_icons).
        rated = [value for value in ("on-plan", "deviation") if words(value).search(text)]
        coloured = any(words(value, colours_only=True).search(text) for value in ("on-plan", "deviation"))
        if len(text) <= 40 and len(rated) == 1 and not coloured and tag.name != "img":
            return text.strip()
    classes = attrs.get("class")
    found: dict[str, str] = {}
    for name in [classes] if isinstance(classes, str) else list(classes or []):
        if name not in known:
            spelt = [_spelt(w) for w in re.split(r"[-_\s]+", name) if w.isalpha()]
            colours = {w: colour_word(w) for w in spelt if w}
            meant = {w: v for w, v in colours.items() if v}
            known[name] = next(iter(meant)) if meant else None
        word = known[name]
        if word:
            found[word] = colour_word(word) or ""
    if found:
        return next(iter(found)) if len(set(found.values())) == 1 else None
    style = attrs.get("style")
    paints = [hue_word(m.group(1)) for m in _PAINT.finditer(style)] if isinstance(style, str) else []
    # Markup of the older kind or an image's file: bgcolor="green", color="#c00", src="…/trafikljus-gron.svg".
    paints += [hue_word(str(attrs[name])) for name in ("bgcolor", "color", "fill") if name in attrs]
    source = attrs.get("src") if tag.name == "img" else None
    if isinstance(source, str):
        stem = re.sub(r"\.\w{2,4}$", "", source.rsplit("/", 1)[-1])
        named = {colour_word(_spelt(w)): _spelt(w) for w in re.split(r"[-_.\s]+", stem) if w.isalpha()}
        named.pop(None, None)
        paints += list(named.values()) if len(named) == 1 else []
    return next((p for p in paints if p), None)


def spell_light_marks(root: Tag) -> None:
    """Write into the page's text the colour that only its markup gives a mark: an empty element, one
    symbol ("●"), an image or an SVG whose ``alt``, ``title``, ``aria-label``, class or style names a
    colour. Reading a page keeps its text, not its attributes, so without this the light
    ``<td><img alt="Keltainen"></td>`` is an empty cell. A mark with words of its own is left as
    it is ("<span class='green'>vihreä lehti</span>" says what its words say), an element whose
    inner mark has a colour of its own leaves the saying to it, and a coloured dot in running text
    decorates it: a light stands in a short block beside its label.

    One pass from the leaves up counts each element's text (up to what matters), so a page nested
    thousands deep costs its size, not its size times its depth.
    """
    from bs4 import Tag as _Tag
    from bs4.element import Comment

    tags = [node for node in root.descendants if isinstance(node, _Tag)]
    size: dict[int, int] = {}  # the element's text length, up to _SHORT + 1 (a lone letter counts 2)
    marked: dict[int, bool] = {}  # a mark with a colour of its own is inside
    colour: dict[int, str | None] = {}
    known: dict[str, str | None] = {}
    for tag in reversed(tags):  # children before parents
        length, inside = 0, False
        for child in tag.children:
            if isinstance(child, _Tag):
                length += size[id(child)]
                inside = inside or marked[id(child)] or colour[id(child)] is not None
            elif isinstance(child, str) and not isinstance(child, Comment):
                text = child.strip()
                length += 2 if len(text) == 1 and text.isalnum() else len(text)
        size[id(tag)], marked[id(tag)], colour[id(tag)] = (
            min(length, _SHORT + 1),
            inside,
            _markup_colour(tag, known),
        )
    # A shape drawn inside an SVG (``<svg><circle fill="#00b050"/></svg>``): its colour is the SVG's, written after
    # it (a reader leaves an SVG out with its text), when the SVG has one coloured shape alone.
    shapes: dict[int, list[_Tag]] = {}
    for tag in tags:
        if tag.name != "svg" and colour[id(tag)] is not None and (svg := tag.find_parent("svg")) is not None:
            shapes.setdefault(id(svg), []).append(tag)
    for tag in tags:
        if tag.name == "svg" and len(drawn := shapes.get(id(tag), [])) == 1 and colour[id(tag)] is None:
            colour[id(tag)], marked[id(tag)] = colour[id(drawn[0])], False
            colour[id(drawn[0])] = None
    for tag in tags:
        said = colour[id(tag)]
        if said is not None and not marked[id(tag)] and size[id(tag)] > 1 and _card_heading(tag, said):
            continue
        if said is None or marked[id(tag)] or (tag.name not in _SILENT and size[id(tag)] > 1):
            continue
        block = tag.find_parent(_BLOCKS)
        if block is not None and id(block) in size and size[id(block)] > _SHORT:
            continue
        if tag.name in ("td", "th"):
            tag.append(f" {said} ")  # a cell's own background: its text, not text between cells
        else:
            tag.insert_after(f" {said} ")


#: The elements a card titles itself with.
_TITLES = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b")


def _card_heading(card: Tag, said: str) -> bool:
    """A card whose markup gives its colour and whose title names a light dimension ("<div class='tila
    tila--keltainen'><h3>Kustannukset</h3><p>ostot myöhässä</p></div>"): the colour is written under the
    title, as a card prints its rating, and True. The class: a page of cards or tiles coloured by a style or a
    class, each titled by its dimension, the comment beside it (a card with a colour word of its own says it)."""
    from hankegraafi.ingest.lightdims import dimension_of

    if card.name not in ("div", "li", "section", "article", "td") or colours_in(card.get_text(" ")):
        return False
    title = card.find(_TITLES)
    text = title.get_text(" ").strip() if title is not None else ""
    if title is None or len(text) > 50 or dimension_of(text) is None or len(card.get_text(" ")) > 300:
        return False
    if title.find_parent(["div", "li", "section", "article", "td"]) is not card:
        return False
    comment = title.find_next_sibling("dd") if title.name == "dt" else None
    if comment is not None:
        # A term and its description are read as a label and its value: the colour opens the value
        # ("Aikataulu | green – Chat avattiin kesäkuussa."), as a card prints its rating before its comment.
        comment.insert(0, f"{said} – ")
    else:
        title.insert_after(f" {said} ")
    return True


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
