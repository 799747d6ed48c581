"""Programme lines: a title or a name that names the programme a project reports to, not the project.

Moved out of identity.py (which was at the 600-line limit) with no change of behaviour.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import Entry, Mention, lemmatiser

#: A programme line's period or pillar after its name: "… -ohjelma 2020–2023", "… – pelare 4".
PROGRAMME_TAIL = re.compile(
    r"[\s,–—-]*(?:\(?(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?\)?|(?:pilari|pelare|pillar)\s+\d+)\s*$", re.I
)
SEPARATORS = re.compile(r"[\s|/·•–—,()-]+")
#: Voikko's classes of proper names: a place or a name beside a programme's makes the line a project's.
_PROPER = ("paikannimi", "nimi", "etunimi", "sukunimi")
#: The words of one project (in the singular a project is named; "hankkeet", "hankkeiden" are the programme's).
_ONE_PROJECT = ("hanke", "projekti", "investointi", "toimintamalli", "kokeilu", "pilotti")


def programme_line(text: str, mentions: list[Mention]) -> Entry | None:
    """The programme a title line names when it names no project of it: the line (in capitals, as
    ``str.capitalize`` leaves it, the form ``mentions`` were found in) begins with the
    programme's name and the rest is words of the programme's own (its projects in the plural, its
    reporting, its period or pillar): "KESTÄVÄN KASVUN OHJELMA – SOTE-RRF", "Tulevaisuuden sote-keskus
    -ohjelman hankkeet 2020-2023", "Kestävän kasvun ohjelma – sote-hankkeiden väliraportointi".

    The heading of a programme's series above a report's form, never the project's name (a name field
    below names it). A place, a proper name, a capitalised word or one project word in the singular in
    the rest makes the line a project's name ("Kestävän kasvun Kainuu", "… -ohjelman hanke X").
    """
    programmes = [m for m in mentions if m.entry.type == "programme"]
    if not programmes or text[: programmes[0].start].strip(" *#_-–") or len(programmes) < len(mentions):
        return None
    rest = text
    for m in sorted(programmes, key=lambda m: -len(m.surface)):
        rest = rest.replace(m.surface, " ")
    rest = PROGRAMME_TAIL.sub("", re.sub(r"\b(?:19|20)\d\d\b", " ", rest))
    for word in (w for w in SEPARATORS.split(rest) if w):
        if word[:1].isupper():
            return None
        for base, kind, number in _analysed(word):
            if kind in _PROPER or (number == "singular" and base.lower().endswith(_ONE_PROJECT)):
                return None
    return programmes[0].entry


def _analysed(word: str) -> list[tuple[str, str, str]]:
    """(base form, word class, number) of each Voikko analysis of ``word``."""
    return [
        (a.get("BASEFORM", ""), a.get("CLASS", ""), a.get("NUMBER", "")) for a in lemmatiser().analyse(word)
    ]
