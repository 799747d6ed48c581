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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from hankegraafi.ingest.facts.partwords import part_words

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


def enumerated(text: str, other: Callable[[str], bool]) -> list[Enumerated]:
    """The parts each sentence of a paragraph enumerates by word, key and colon (:func:`in_sentence`)."""
    flat = _flat(text)
    if len(_ITEM.findall(flat)) < 2:
        return []
    return [part for sentence in _SENTENCE_END.split(flat) for part in in_sentence(sentence, other)]
