"""Legend items whose marks are phrases, several of them before one "=": "(ingen åtgärd = enligt plan; åtgärd
pågår och åtgärd krävs = avvikelse)", "tyytyväinen = suunnitelman mukaan; osin tyytyväinen ja tyytymätön =
poikkeama", "3 of 3 = on plan; 2 of 3 or 1 of 3 = deviation".

The class (test30 oc06 oc14, test29 ib70; tune u1100 u1101): a report rates by words or counts of its own and
gives the scale once as items "marks = meaning", an item's marks joined by "ja / och / and / tai / eller / or"
or a comma, a mark of up to four words or a count out of its whole. The word readers of
``ingest/lightvalues.py`` take one word before an "=" ("krävs", "tyytyväinen") and so give a phrase's last word
a meaning and leave its head ("åtgärd" of "åtgärd pågår") the other value's; here each mark is the whole
phrase, looked up whole in a cell (``lightvalues.explained``).

The negative side (tune u1102): a glossary line of the same shape ("dagvård och avlösning = tjänster som …")
whose meanings are no ratings gives nothing; so does a line whose items do not all parse, or whose meanings
are all one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.lightdims import dimension_of

#: The legend inside the brackets that hold its "=" ("Tila (a = …; b = …)"), the closing one maybe cut off.
_BRACKETED = re.compile(r"\(([^()]*=[^()]*)\)?")
#: What parts a legend's items: a semicolon; without one, a comma before a further item's marks and "=".
_SEMICOLON = re.compile(r"\s*;\s*")
_COMMA_ITEM = re.compile(r",\s*(?=[^,;=]{1,60}=)")
#: What joins the marks of one item: "ja", "och", "and", "tai", "eller", "or", a comma.
_JOINED = re.compile(r"\s*(?:,|\s(?:ja|sekä|tai|och|samt|eller|and|or)\s)\s*", re.I)
#: A mark: one to four words or numbers ("åtgärd pågår", "3 of 3", "2 av 2").
_MARK = re.compile(r"^[^\W_]+(?:[ -][^\W_]+){0,3}$")
_QUOTES = "»«\"“”„'‘’*_ "
#: A meaning of a rating is short: the scale's words, not a glossary's sentence.
_LONGEST_MEANING = 6


#: Mark → light value of a legend's pairs: ``lightvalues.legend_meanings``.
Meanings = Callable[[list[tuple[str, str]]], dict[str, str]]


def phrase_items(line: str, meanings: Meanings) -> list[tuple[str, str]]:
    """(mark, meaning) of a legend line given as items of phrase marks joined before one "=" each, when one mark
    at least is a phrase of two words or more, every item parses and every mark's meaning is a rating of the
    scale, both values among them (``meanings``: ``lightvalues.legend_meanings``). Else nothing: a legend of
    one-word marks is the word readers'."""
    if line.count("=") < 2:
        return []
    inner = _BRACKETED.search(line)
    text = inner.group(1) if inner is not None else line
    items = _SEMICOLON.split(text.strip(" .")) if ";" in text else _COMMA_ITEM.split(text.strip(" ."))
    pairs: list[tuple[str, str]] = []
    for at, item in enumerate(items):
        marks, eq, meaning = item.partition("=")
        if not eq or "=" in meaning:
            return []
        if at == 0 and ":" in marks:
            marks = marks.rsplit(":", 1)[1]  # "Asteikko: a = …": the label before the first item
        meaning = meaning.strip(" .)")
        if not meaning or len(meaning.split()) > _LONGEST_MEANING:
            return []
        for mark in _JOINED.split(marks.strip()):
            mark = mark.strip(_QUOTES + ".")
            if not _MARK.match(mark) or dimension_of(mark) is not None:
                return []
            pairs.append((mark.casefold(), meaning))
    if len(items) < 2 or not any(" " in mark for mark, _ in pairs):
        return []
    meant = meanings(pairs)
    if len(meant) != len({mark for mark, _ in pairs}) or len(set(meant.values())) != 2:
        return []
    return pairs


def with_items(line: str, out: list[tuple[str, str]], meanings: Meanings) -> list[tuple[str, str]]:
    """The word readers' pairs ``out`` of a legend line, or its phrase items (:func:`phrase_items`) when these
    read a phrase mark otherwise: the items first, with the word pairs no phrase contradicts ("åtgärd" of
    "åtgärd pågår" read on plan goes). Where the words read every phrase as its item does ("matala" of "matala
    riski" = suunnitelman mukaan), the words stay."""
    items = phrase_items(line, meanings)
    if not items:
        return out
    mine, theirs = meanings(items), meanings(out)
    wrong = {w for k, v in mine.items() for w in k.split() if theirs.get(w, v) != v}
    if all(
        theirs.get(k) == v or (not wrong & set(k.split()) and v in map(theirs.get, k.split()))
        for k, v in mine.items()
    ):
        return out
    return items + [(mark, said) for mark, said in out if mark not in wrong]


__all__ = ["phrase_items", "with_items"]
