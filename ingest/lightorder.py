"""Light values given in the order of the dimensions named beside them.

A news item or minutes may print the lights as a run of values and name the dimensions once, in the
same order: "liikennevalot olivat vihreä–vihreä–keltainen–vihreä (järjestyksessä aikataulu, kustannukset,
henkilöstö, hyödyt)", "Trafikljusen lyste grönt–gult–grönt för tidplan, kostnader och personal",
"Liikennevalot (aikataulu / kustannukset / riskit): keltainen / vihreä / vihreä". The class: three values or
more in a row, parted by dashes, slashes, dots, commas or "ja/och/and", each a colour word, a coloured
symbol or a code the document's legend explains ("V / K / V"), and as many dimensions, each once, listed in a row elsewhere in the same text. Words other than
colours in a row are prose; a run of colours each once ("vihreä–keltainen–punainen") writes the scale out.

The text is read by tokens, never by a pattern that backtracks: a line of 160 000 tabs or letters is linear.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import explained
from hankegraafi.ingest.lightwords import colour_word, symbols

#: A text longer than this is no line or two of a report.
_LONGEST = 400
#: A token: a word, one symbol, or a separator of a run (a dash, a slash, a middle dot, a comma).
_TOKEN = re.compile(r"[^\W\d_]+|[–—/·,\-]|[^\w\s]")
#: Words that join the last two items of a run.
_AND = frozenset(("ja", "sekä", "och", "and"))
#: Separators between the items of a run.
_SEPARATORS = frozenset("–—/·,-")
#: Words before or after a dimension that name none: "the staffing of the project".
_ARTICLES = frozenset(("the", "of", "its", "project", "projektets", "hankkeen"))
#: What parts the items of a list of dimensions.
_ITEMS = re.compile(r"[,/;·():–—]|\s(?:ja|sekä|och|and)\s")


def ordered(text: str) -> list[tuple[str, str]]:
    """(dimension, value) of each value of a run given in the order of the dimensions listed beside it."""
    if len(text) > _LONGEST:
        return []
    run = _run(text)
    if run is None:
        return []
    values, start, end = run
    dims = _dimensions(text[:start] + " , " + text[end:], len(values))
    if dims is None:
        return []
    return list(zip(dims, values, strict=True))


def _value(token: str, marks: tuple[str, str]) -> str | None:
    """A colour word, a coloured symbol, or a code the document's legend explains ("V" under "V = vihreä");
    ``marks`` are the vocabulary's symbols (every value's, on plan's), read once a text."""
    if len(token) == 1 and token in marks[0]:
        return "on-plan" if token in marks[1] else "deviation"
    if token.isupper() and len(token) <= 4:
        coded = explained(token)
        if coded in ("on-plan", "deviation"):
            return coded
    return colour_word(token)


def _run(text: str) -> tuple[list[str], int, int] | None:
    """The first run of three values or more (values, start, end), not one that writes the scale out."""
    tokens = list(_TOKEN.finditer(text))
    marks = (symbols(), symbols("on-plan"))
    i = 0
    while i < len(tokens):
        first = _value(tokens[i].group(), marks)
        if first is None:
            i += 1
            continue
        values, words, j = [first], [tokens[i].group().casefold()], i + 1
        while j + 1 < len(tokens):
            sep = tokens[j].group()
            if sep not in _SEPARATORS and sep.casefold() not in _AND:
                break
            nxt = _value(tokens[j + 1].group(), marks)
            if nxt is None:
                break
            values.append(nxt)
            words.append(tokens[j + 1].group().casefold())
            j += 2
        if len(values) >= 3:
            if len(set(words)) == len(words):
                return None  # "vihreä–keltainen–punainen": each colour once is the scale, not ratings
            return values, tokens[i].start(), tokens[j - 1].end()
        i = j
    return None


def _dimensions(rest: str, count: int) -> list[str] | None:
    """``count`` dimensions listed in a row in ``rest``, each once: an item's last word or two name one ("för
    tidplan"), or its first ("staff were" in "Schedule, costs and staff were green, amber and green")."""
    dims: list[str] = []
    for item in _ITEMS.split(rest):
        words = [w for w in item.split() if w.casefold() not in _ARTICLES]
        dim = None
        for span in (words[-1:], words[-2:], words[:1], words[:2]):
            dim = dimension_of(" ".join(span).strip(".!?")) if span else None
            if dim is not None:
                break
        if dim is None:
            if len(dims) >= 3:
                break
            dims = []
            continue
        dims.append(dim)
    if len(dims) != count or len(set(dims)) != len(dims) or "progress" in dims:
        return None
    return dims


__all__ = ["ordered"]
