"""Lights on a line of text that is not a table row: a colon line, a list on one line, a dimension over
its value on the next line.

"Aikataulu: keltainen – …", "🟢 Aikataulu – etenee suunnitellusti", "Riskit vihreä", "Liikennevalot:
aikataulu vihreä, kustannukset keltainen", "Aikataulu ........ 75 % (keltainen)", "Tilanne 5/2023:
Aikataulu ✔ · Kustannukset ✔", and "Aikataulu" over "Tilanne: P". ``ingest/lighttext.py`` calls these
for a line that has no cells; where the line stands (:mod:`hankegraafi.ingest.lightstate`) says whether a
label in other words may name a dimension.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_light
from hankegraafi.ingest.lightcards import labelled_value
from hankegraafi.ingest.lightdims import LEAD as _LEAD
from hankegraafi.ingest.lightdims import (
    SENTENCE_PERCENT,
    dimension_in_sentence,
    dimension_of,
    dimension_spoken_of,
    loose_dimension,
)
from hankegraafi.ingest.lightpairs import bracketed_light, dashed_light, glued_light
from hankegraafi.ingest.lightplaces import place_heading
from hankegraafi.ingest.lightscales import agreement
from hankegraafi.ingest.lightstate import dimension, in_place, loose_value
from hankegraafi.ingest.lightvalues import (
    LEGEND,
    colour_in,
    mark_before,
    value_of,
)
from hankegraafi.ingest.lightvalues import progress_value as _progress
from hankegraafi.ingest.lightvalues import takes as _takes
from hankegraafi.ingest.lightwords import colour_word, colours_in, symbol_pattern, symbols

#: "Label: value", "6a aikataulu => 1" (a web form printed), and a label with dotted leaders to its value
#: ("Aikataulu ........ 75 % (keltainen)").
_COLON = re.compile(r"^(?P<label>[^:.=]{2,60}?)\s*(?::|=>|=(?!=)|\.{3,}[ .]*)\s*(?P<value>\S.*)$")


#: A word that hedges the percentage after it ("Valmiusaste n. 55 %", "cirka 40 %", "approx. 35 %"): no value.
_HEDGE = re.compile(
    r"\b(?:noin|n\.|arviolta|arv\.|cirka|ca\.?|c:a|omkring|ungefär|approx\.?|about|around|roughly)\s*(?=\d)",
    re.I,
)


def line_lights(text: str) -> list[tuple[str, str]]:
    """(dimension, value) pairs of one line of text that is not a table row.

    "Aikataulu: keltainen – …", "🟢 Aikataulu – etenee suunnitellusti", "Riskit vihreä",
    and a list on one line: "Liikennevalot: aikataulu vihreä, kustannukset keltainen".
    """
    raw = _HEDGE.sub("", text.strip().strip("*_"))
    if not raw or len(raw) > 300 or (_SCALE_NAMED.search(raw) and ":" not in raw):
        return []  # "Aikataulun poikkeama asteikolla 0–10": a question, answered below (:func:`heading_light`)
    several = several_on_a_line(raw) or _lights_in_pieces(raw) or bracketed_light([raw]) or glued_light(raw)
    if several or (several := _row_after_label(raw)):
        return several
    lead = raw[:1]
    if lead and lead in symbols():
        label = re.split(r"\s+[–—-]\s+|:", _LEAD.sub("", raw), maxsplit=1)[0]
        dim = dimension_of(label)
        return [(dim, value_of(lead) or "")] if dim else []
    marked = mark_before(raw.lstrip("> "))  # "(+) aikataulu", "◐ Riskit – …": the legend's mark, the dimension
    if marked is not None:
        dim = dimension_of(re.split(r"\s+[–—-]\s+|:", marked[1], maxsplit=1)[0]) or _said_of(marked[1])
        return [(dim, marked[0])] if dim else []
    colon, listed = _GROUP.match(raw) or _COLON.match(raw), True
    if (
        colon is None
        and (dashed := _COLOUR_DASH.match(raw))
        and (grouped := _grouped(dashed["label"], dashed["value"]))
    ):
        return grouped  # "Vihreä – aikataulu, henkilöstö": a colour, then the dimensions that have it (R16-22)
    if colon:
        label = colon.group("label").strip("*_ ")
        dim = dimension_of(label)
        grouped = _grouped(label, colon.group("value")) if dim is None else []
        if grouped or (dim is None and (grouped := agreed(label, colon.group("value")))):
            return grouped
        if dim is not None:
            value = _progress(dim, colon.group("value")) or value_of(colon.group("value").strip("*_ "))
            if _takes(value, dim):
                return [(dim, value)]
            return []
        loose = loose_dimension(label) if in_place() else None
        if loose is not None:
            tail = colon.group("value")
            value = _progress(loose, tail) or loose_value(tail)
            return [(loose, value)] if _takes(value, loose) else []
        # A label in any words ("Lähtötilanne (edellisen kauden arvio)", "Styrgruppens bedömning") over
        # a list of lights: the list says itself, by two lights or more.
        listed = match_light(label) is not None or place_heading(label)
        raw = colon.group("value")
    out: list[tuple[str, str]] = []
    for part in re.split(r"[,;]\s*|\.\s+", raw.rstrip(".")):
        words = part.split()
        if len(words) < 2 or len(words) > 12:
            continue
        for cut in range(min(3, len(words) - 1), 0, -1):
            dim = dimension_of(" ".join(words[:cut]))
            value = value_of(" ".join(words[cut:]), first_word=True) if dim else None
            if dim and value and (not value.endswith("%") or dim == "progress"):
                out.append((dim, value))
                break
    single = len(raw.split()) <= 12 and len(out) == 1  # "Aikataulu – vihreä", "Valmiusaste 70 %"
    if not out and not colon:
        return dashed_light(raw)
    if not listed:  # each dimension once, as a list of lights names them
        return out if len(out) >= 2 and len({d for d, _ in out}) == len(out) else []
    return out if len(out) >= 2 or (out and (colon or single)) else []


#: A one-word value before a dash and what has it: "Vihreä – aikataulu, henkilöstö", "Gul — kostnader".
_COLOUR_DASH = re.compile(r"^(?P<label>[^\W\d_]+)\s+[–—-]\s+(?P<value>\S.*)$")
#: A label with its gloss in brackets, which may hold a colon or a dot: "Muut osa-alueet (kustannukset, laatu): …".
_GROUP = re.compile(r"^(?P<label>[^:(]{2,40}\([^()]{2,80}\))\s*:\s*(?P<value>\S.*)$")
#: What parts the dimensions of a group: a comma, "and", a slash.
_ITEMS = re.compile(r"\s*(?:,|/|\s(?:ja|sekä|och|samt|and)\s)\s*")


def _grouped(label: str, tail: str) -> list[tuple[str, str]]:
    """Lights grouped by their value, on one line: a value, then the dimensions that have it ("Grönt (enligt
    plan): kostnader, risker, nytta", "Gult: tidtabell – rekryteringen drog ut", "Ei poikkeamia: laatu,
    hyödyt"), or the dimensions in brackets, then their value ("Muut osa-alueet (kustannukset, laatu):
    ei poikkeamia."). Every item must be a dimension: "Vihreä siirtymä: kiertotalous, energia" names themes.
    A colour names the value alone or with its gloss in brackets ("Punainen Risti: …" is a name)."""
    head = re.sub(r"\s*\([^()]*\)\s*$", "", label).lstrip("-–•*· ").strip("*_ ")
    one = len(head.split()) == 1
    value = colour_word(head) if one else None
    if value is None and len(head.split()) <= 3 and not dimension_of(head) and (one or not colours_in(head)):
        value = value_of(head)  # "Poikkeamat", "Ei poikkeamia"; a colour with a noun ("Punainen Risti") names
    items = _ITEMS.split(re.split(r"\s[–—-]\s|\(", tail, maxsplit=1)[0].strip(" .")) if value else []
    bracket = re.search(r"\(([^()]+)\)\s*$", label) if value is None else None
    if bracket is not None and len(tail.split()) <= 4:
        items, value = _ITEMS.split(bracket.group(1)), value_of(tail.strip(" ."))
    dims = [dimension_of(item.strip(" .")) for item in items if item.strip(" .")]
    if value not in ("on-plan", "deviation") or not dims or None in dims or len(set(dims)) != len(dims):
        return []
    return [(dim or "", value or "") for dim in dims]


def agreed(statement: str, answer: str) -> list[tuple[str, str]]:
    """A statement that rates a dimension, answered on a scale of agreement ("Kustannukset pysyivät
    budjetissa …… jokseenkin eri mieltä", "The timetable held: strongly agree"): the answer's grade
    (``lightscales.agreement``: full agreement on plan) for the dimension the statement speaks of. A statement
    about anything else ("Asiakkaat kokivat palvelun hyväksi") rates no dimension."""
    value = agreement(answer)
    dim = (dimension_in_sentence(statement) or dimension_spoken_of(statement)) if value else None
    return [(dim, value or "")] if dim else []


#: A comment after a dimension that a mark rated is short: a clause, not a sentence ("👍 Henkilöstö on rekrytoitu").
_COMMENT_LONGEST = 40


def _said_of(rest: str) -> str | None:
    """The dimension a mark before it rated when a short comment follows without a dash or colon ("👍 Aikataulu
    pitää", "👎 Riskit tietoliikenne"): its first word or two. A bullet before a sentence ("● Henkilöstön
    koulutus alkoi marraskuussa.") is no rating: a longer text, or one that ends a sentence, gives none."""
    words = rest.split()
    if len(rest) > _COMMENT_LONGEST or rest.rstrip().endswith((".", "!", "?")) or len(words) < 2:
        return None
    return dimension_of(" ".join(words[:2])) or dimension_of(words[0])


def _row_after_label(raw: str) -> list[tuple[str, str]]:
    """A row of lights after a label that says when or what they are ("Tilanne 5/2023: Aikataulu ✔ ·
    Kustannukset ✔ · Henkilöstö ✖", "Tilannearvio 30.6.: Aikataulu 🟢 · Kustannukset 🟡"): the row read
    as a row of its own, two lights at least, when the label names no dimension."""
    label, colon, tail = raw.partition(": ")
    if not colon or len(label.split()) > 4 or dimension_of(label) is not None:
        return []
    found = several_on_a_line(tail.strip()) or _lights_in_pieces(tail.strip())
    return found if len(found) >= 2 else []


def _lights_in_pieces(raw: str) -> list[tuple[str, str]]:
    """Lights in a row on one line, each piece between dots or bars a light of its own: "Aikataulu ◉ vihreä ·
    Kustannukset ◉ keltainen", "Tidplan – gult | Kostnader – grönt", "Tidtabell: uppfylldes. Kostnader: uppfylldes inte." (a legend in brackets
    at the end is no piece). Every piece must give one light, each dimension once."""
    body = re.sub(r"\s*\([^()]*=[^()]*\)\s*$", "", raw).rstrip(". ")
    pieces = [p for p in re.split(r"\s+[·•|]\s+|(?<=\w)\.\s+(?=[A-ZÅÄÖ])", body) if p.strip()]
    out: list[tuple[str, str]] = []
    for piece in pieces if len(pieces) >= 2 else ():
        found = line_lights(piece)
        if len(found) != 1 or any(found[0][0] == d for d, _ in out):
            return []
        out += found
    return out


def heading_light(label: str, below: str) -> tuple[str, str] | None:
    """A dimension alone on its line (a heading, a form's label) and its value on the next line; a line
    that gives its own percentage ("Valmiusaste arviolta 60 %.") is no label over the next."""
    alone = ":" not in label.rstrip(":") and len(label) <= 50 and not SENTENCE_PERCENT.search(label)
    dim, loose = dimension(label) if alone else (None, False)
    if dim is None and alone and _SCALE_NAMED.search(label):
        dim = _asked(label)
    if dim is None or "\t" in below or dimension_of(below.split(":")[0]):
        return None
    value = labelled_value(below) or _progress(dim, below) or (loose_value if loose else _first_value)(below)
    if value is None or (value.endswith("%") and dim != "progress"):
        return None
    return dim, value


#: A question that names the scale it is answered on: "asteikolla 0–10", "på en skala 1–5", "on a scale of 1 to 5".
_SCALE_NAMED = re.compile(
    r"\b(?:asteiko\w*|skala\w*|scale)\s+(?:of\s+|från\s+)?\d{1,2}\s*(?:[–-]|to|till)\s*\d{1,2}\b", re.I
)
#: The nouns of such a question that name the rating, not what is rated: "poikkeama", "arvio", "avvikelse".
_RATING_NOUN = re.compile(
    r"\b(?:poikkeam\w*|arvio\w*|avvikelse\w*|bedömning\w*|deviation|rating|score)\b", re.I
)


def _asked(label: str) -> str | None:
    """The dimension a question on a scale asks about ("Kustannusten poikkeama asteikolla 0–10" → costs,
    "Risks on a scale of 1 to 5" → risks): the words left when the scale and the rating's noun are taken out."""
    rest = _RATING_NOUN.sub(" ", _SCALE_NAMED.sub(" ", label))
    rest = re.sub(r"\s+", " ", rest).strip(" ,:;()–-")
    return dimension_of(rest) or loose_dimension(rest) if rest else None


def _first_value(below: str) -> str | None:
    """A value on the line under its dimension: a long line gives its first word only."""
    return value_of(below, first_word=len(below.strip()) > 40)


__all__ = ["agreed", "heading_light", "line_lights"]


def several_on_a_line(raw: str) -> list[tuple[str, str]]:
    """Three or two lights in a row on one line, each a dimension beside its symbol or colour:
    "🟢 Aikataulu 🟡 Kustannukset", "Aikataulu 🟢  Kustannukset 🟡", "Aikataulu: vihreä | Riskit: punainen",
    "Aikataulu vihreä – Kustannukset keltainen". Every piece must be such a pair, each dimension once."""
    if len(raw) > 200:
        return []
    # The vocabulary's coloured symbols and the symbols the document's legend explains ("Aikataulu 😐  Talous 🙂"),
    # not its signs and dashes ("+", "–"), which part a line's words.
    legend = "".join(m for m in LEGEND.get() if len(m) == 1 and ord(m) > 0x2100 and m not in symbols())
    marks = re.compile(symbol_pattern().pattern[:-1] + re.escape(legend) + "]") if legend else symbol_pattern()
    if len(marks.findall(raw)) + len(colours_in(raw)) < 2:
        return []  # two lights need two values at least
    if len(marks.findall(raw)) >= 2:
        at = "(?=" if marks.match(raw[:1]) else "(?<="  # a symbol before its dimension, or after it
        pieces = re.split(at + marks.pattern + ")", raw)
    else:
        # "Aikataulu (green) Kustannukset (red)" too, a painted line whose spaces ran together: a piece ends at
        # the bracket that closes its colour.
        pieces = re.split(r"\s*(?:\||;|\s[–—]\s|(?<=\))\s+(?=[^\W\d_]))\s*", raw)
    pieces = [p.strip(" ,") for p in pieces if p.strip(" ,")]
    if len(pieces) < 2:
        return []
    out: list[tuple[str, str]] = []
    for piece in pieces:
        found = marks.search(piece)
        value = value_of(found.group()) if found else colour_in(piece)
        label = marks.sub(" ", piece)
        for m in colours_in(label):
            label = label.replace(m.group(), " ")
        dim = dimension_of(re.sub(r"\s+", " ", label).strip(" :–-"))
        if dim is None or value is None or any(dim == d for d, _ in out):
            return []
        out.append((dim, value))
    return out
