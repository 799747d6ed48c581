"""Parts one sentence enumerates by their word, key and a colon before each name.

Class read (issue 13, stop 41, N11): a report, page or mail that names the project's parts in one
sentence, each as its word, its number or letter and a colon before the name: "Hankkeessa on kaksi
osiota: Osio A: X ja Osio B: Y.", "Hankkeen kokeilut ovat Kokeilu A: X, Kokeilu B: Y ja Kokeilu C: Z.",
"The project has two strands: Strand A: X and Strand B: Y.", "… three work packages: Work package 1: X,
Work package 2: Y and Work package 3: Z.", "**Pathway 1: X** and **Pathway 2: Y**", sv "två delprojekt:
Delprojekt I: X och Delprojekt II: Y." (test27, test29, test30, test31 and tune u1140-u1143). The form is
structural: two items at least in the same capitalised word, keyed apart from the first (1, A, I), each
key followed by a colon and a capitalised name, so a word no vocabulary holds is read too ("Kokeilu",
"Pathway"), unless it numbers other things (``partlists._numbers_other``: phases, appendices, goals;
"Vaihe 1: Kartoitus, Vaihe 2: …" names no part). A name ends where the next item's joining word starts,
or at the sentence's end; a place in brackets after it ("Kotiutustiimi (Pori, Ulvila)") is no part of it.

The same parts listed in a head-block field, parted by semicolons (stop 42, N13: test33 id08/id09/id18/id26/
id36/id68, test30 oc03; tune u1200-u1203): "Osakokonaisuudet: Kehittämispolku 1: X; Kehittämispolku 2: Y",
"Parts ...... Route 1: X; Route 2: Y", a fact table's cell "Kehittämisalue 1 X; Kehittämisalue 2 Y" (a dash
or a space for the colon): every piece of the value must be such an item (:func:`in_list`), so "Kunnat: A;
B; C" and a value of sentences are none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from hankegraafi.ingest.facts.partwords import part_words
from hankegraafi.ingest.segment import Element

#: One item: a capitalised word (of one or two words, "Work package"), its key and a colon before a capital.
_ITEM = re.compile(
    r"(?<![\w-])(?P<word>(?-i:[A-ZÅÄÖ])[a-zåäö-]{2,24}(?:\s(?-i:[a-z]{3,12}))?)\s+"
    r"(?P<num>\d{1,2}|(?-i:[A-H]|I{1,3}|IV))\s*:\s+(?=(?-i:[A-ZÅÄÖ]))"
)
#: The first key of a series: 1, A, I.
_FIRST = ("1", "A", "I")
#: A name: capitalised, short, no sentence going on, no sum.
_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[^.;:!?\d€()]{1,90}")
#: What joins one item to the next at a name's end: ", ", " ja ", ", and " (fi, sv, en).
_JOINER = re.compile(r"\s*(?:,\s*(?:ja|och|and|sekä)|,|ja|och|and|sekä)\s*$")
#: A bracketed aside after a name: places, a service's address ("X (Pori, Ulvila)", "Y (Omaperhe.fi)").
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)\s*$")
#: A sentence's end inside a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=(?-i:[A-ZÅÄÖ\d]))")
_MAX_WORDS = 8
#: One piece of a semicolon-parted list: a word, its key, a colon, a dash or a space, and a capitalised name.
_PIECE = re.compile(
    r"(?P<word>(?-i:[A-ZÅÄÖ])[a-zåäö-]{2,24}(?:\s(?-i:[a-z]{3,12}))?)\s+"
    r"(?P<num>\d{1,2}|(?-i:[A-H]|I{1,3}|IV))(?:\s*[:–—-]\s+|\s*:|\s+)(?P<name>(?-i:[A-ZÅÄÖ]).*)"
)
#: A field's label before its value: "Osakokonaisuudet: ", "Parts ........ ", "Kehittämisalueet<TAB>".
_LABEL = re.compile(r"^[^:;\t.]{1,60}?(?::\s*|\t+|\s*\.{2,}\s*)")


class Enumerated(NamedTuple):
    """One part a sentence enumerates: its level, its word as written, its key and its name."""

    level: str
    word: str
    key: str
    name: str
    own: bool  # the word is none of the ``project-part`` vocabulary


def _flat(text: str) -> str:
    """A paragraph as one line: a quoted mail's "> " and Markdown's emphasis out."""
    lines = [re.sub(r"^(?:\s*>)+", "", line) for line in text.splitlines()]
    return " ".join(" ".join(lines).replace("*", " ").replace("_", " ").split())


def _name(tail: str, last: bool) -> str:
    """The name in the text after an item's colon, up to the next item (or the sentence's end)."""
    if last:
        tail = re.split(r"[.;!?](?:\s|$)", tail, maxsplit=1)[0]
    name = _JOINER.sub("", tail.strip())
    name = _ASIDE.sub("", name).strip(" ,–—-")
    return name if _NAME.fullmatch(name) and len(name.split()) <= _MAX_WORDS else ""


def in_sentence(sentence: str, other: Callable[[str], bool]) -> list[Enumerated]:
    """The parts one sentence enumerates (two at least, one word, keys apart from the first), else []; ``other``
    says a word numbers other things than parts (``partlists.numbers_other``, passed in: no import cycle)."""
    found = list(_ITEM.finditer(sentence))
    if len(found) < 2:
        return []
    words = {m.group("word").casefold() for m in found}
    keys = [m.group("num") for m in found]
    if len(words) != 1 or len(set(keys)) != len(keys) or keys[0] not in _FIRST:
        return []
    word = found[0].group("word")
    vocabulary = part_words().get(word.casefold())
    if vocabulary is None and any(other(w) for w in {word.casefold(), *word.casefold().split()}):
        return []  # "Vaihe 1: Kartoitus, Vaihe 2: …", "Liite 1: …": phases, appendices
    out: list[Enumerated] = []
    for m, following in zip(found, [*found[1:], None], strict=True):
        name = _name(sentence[m.end() : following.start() if following else len(sentence)], following is None)
        if not name:
            return []
        level = "investment" if vocabulary == "investment" else "subproject"
        out.append(Enumerated(level, word[:1].upper() + word[1:], m.group("num"), name, vocabulary is None))
    return out


def _series(found: list[tuple[str, str, str]], other: Callable[[str], bool]) -> list[Enumerated]:
    """Items (word, key, name) as parts: one word, keys distinct from the first, a short name each."""
    words = {word.casefold() for word, _, _ in found}
    keys = [key for _, key, _ in found]
    if len(found) < 2 or len(words) != 1 or len(set(keys)) != len(keys) or keys[0] not in _FIRST:
        return []
    word = found[0][0]
    vocabulary = part_words().get(word.casefold())
    if vocabulary is None and any(other(w) for w in {word.casefold(), *word.casefold().split()}):
        return []  # "Vaihe 1: Kartoitus; Vaihe 2: …", "Liite 1: …": phases, appendices
    level = "investment" if vocabulary == "investment" else "subproject"
    names = [_ASIDE.sub("", name.strip(" *_")).strip(" ,–—-") for _, _, name in found]
    if not all(_NAME.fullmatch(n) and len(n.split()) <= _MAX_WORDS for n in names):
        return []
    title = word[:1].upper() + word[1:]
    return [
        Enumerated(level, title, key, n, vocabulary is None)
        for (_, key, _), n in zip(found, names, strict=True)
    ]


def in_list(value: str, other: Callable[[str], bool]) -> list[Enumerated]:
    """The parts a field's value lists parted by semicolons, each piece "Word K: Name" (or "Word K – Name",
    "Word K Name"), after the field's label if the value carries it; else []."""
    value = value.strip().rstrip(";. ")
    if ";" not in value or "\n" in value or len(value) > 600:
        return []
    pieces = [p.strip(" *_") for p in value.split(";")]
    if _PIECE.fullmatch(pieces[0]) is None:
        pieces[0] = _LABEL.sub("", pieces[0], count=1).strip(" *_")
    found = [_PIECE.fullmatch(p) for p in pieces]
    if any(m is None for m in found):
        return []
    return _series([(m.group("word"), m.group("num"), m.group("name")) for m in found if m], other)


def listed_in(element: Element, other: Callable[[str], bool]) -> list[Enumerated]:
    """The parts an element names in a row: a text's sentences (:func:`enumerated`) or a semicolon list in a
    text, field or table cell (:func:`in_list`)."""
    if element.type == "table":
        return next((found for row in element.rows for cell in row if (found := in_list(cell, other))), [])
    if element.type not in ("text", "heading", "field"):
        return []
    return in_list(element.text, other) or (enumerated(element.text, other) if element.type == "text" else [])


#: Where a line's sentence has ended: a full stop, ! or ? (after a closing mark), or a colon before a list.
_ENDED = re.compile(r"[.!?:][*_)\"”’]*\s*$")
#: A list's item or a heading's mark at a line's start: its own line, never a sentence carried on.
_ITEM_START = re.compile(r"^\s*(?:[-•·*–>#|]|\d{1,2}[.)]\s)")
#: A line's end that carries its sentence on: a joining word or a comma ("… Osio 1: X ja").
_CARRIES = re.compile(r"(?:,|\s(?:ja|sekä|tai|och|samt|eller|and|or))[*_]*\s*$", re.I)
#: A line that goes on with the sentence above: it starts in lower case ("and **Track B: Y** …").
_GOES_ON = re.compile(r"^[\s*_]*(?-i:[a-zåäö])")
#: The most lines a wrapped sentence is carried on to.
_CARRIED = 3


def paragraph_at(elements: list[Element], index: int) -> Element:
    """The text element at ``index`` with the lines its sentence carries on to: a plain text's or a
    Markdown source's hard line breaks part one sentence into a text element a line ("Hankkeessa on kaksi
    palvelukokeilua: Palvelukokeilu 1: X ja" / "Palvelukokeilu 2: Y."), so the parts it enumerates are read
    from the sentence whole. The next lines joined are text elements on the very next lines while the line
    ends in a joining word or a comma or the next starts in lower case, up to the sentence's end; a list's
    item, and any other element, is returned as it is."""
    element = elements[index]
    if (
        element.type != "text"
        or "\n" in element.text
        or _ENDED.search(element.text)
        or _ITEM_START.match(element.text)
    ):
        return element
    text, last = element.text.rstrip(), element.last
    for following in elements[index + 1 : index + 1 + _CARRIED]:
        if following.type != "text" or following.first != last + 1 or not following.text.strip():
            break
        if _ITEM_START.match(following.text) or not (_CARRIES.search(text) or _GOES_ON.match(following.text)):
            break  # "- Investointi 1: X" over "- Investointi 2: Y", "Kysely 1: X" over "Kysely 2: Y": own lines
        text, last = f"{text}\n{following.text.strip()}", following.last
        if _ENDED.search(following.text):
            break
    if last == element.last:
        return element
    return Element("text", element.first, last, text)


def listed_at(elements: list[Element], index: int, other: Callable[[str], bool]) -> list[Enumerated]:
    """:func:`listed_in` for the element at ``index``, a text read with the lines its sentence carries on to
    (:func:`paragraph_at`) when the line alone lists none (a field's semicolon list is read as it stands)."""
    found = listed_in(elements[index], other)
    if found or (joined := paragraph_at(elements, index)) is elements[index]:
        return found
    return listed_in(joined, other)


def enumerated(text: str, other: Callable[[str], bool]) -> list[Enumerated]:
    """The parts each sentence of a paragraph enumerates by word, key and colon (:func:`in_sentence`)."""
    flat = _flat(text)
    if len(_ITEM.findall(flat)) < 2:
        return []
    return [part for sentence in _SENTENCE_END.split(flat) for part in in_sentence(sentence, other)]
