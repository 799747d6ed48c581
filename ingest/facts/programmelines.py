"""Programme lines: a title or a name that names the programme a project reports to, not the project.

Moved out of identity.py (which was at the 600-line limit) with no change of behaviour.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.entities import Entry, Mention, lemmatiser
from hankegraafi.ingest.facts.partwords import part_words
from hankegraafi.ingest.facts.text import parse_date

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


#: The segments of a cover line: "Owner · Programme, pilari 4 · Päiväys 30.5.2022".
_SEGMENTS = re.compile(r"\s[·|•]\s")
#: A bracketed aside inside a programme's line: its code ("(RRP, pilari 4)"), its short name ("(RRF)").
_ASIDES = re.compile(r"\s*\([^()]{1,60}\)")
#: The kinds of name a cover line gives beside the programme's: who applies, not what.
_OWNERS = ("county", "organisation", "national-actor")


def programme_name(name: str, find: Callable[[str], list[Mention]]) -> Entry | None:
    """The programme a project's first name (a title line's) names when it names no project of it:
    a programme line less its bracketed asides ("Suomen kestävän kasvun ohjelma – … investoinnit (RRP,
    pilari 4)", "… ohjelma, haku 2022"), alone or as the one segment of a cover line whose others give
    the applicant or the date ("Satakunnan hyvinvointialue · Kestävän kasvun ohjelma, pilari 4 ·
    Päiväys 30.5.2022"). A plan's cover names the programme applied to; its name field names the
    project, which is then no investment of the programme. ``find`` is the gazetteer's search."""
    found = None
    for segment in (s.strip() for s in _SEGMENTS.split(name) if s.strip()):
        text = _ASIDES.sub("", segment).strip()
        text = text.capitalize() if text.isupper() else text
        mentions = find(text)
        entry = programme_line(text, mentions)
        if entry is not None and found is None:
            found = entry
        elif parse_date(segment) is None and not _owner(text, mentions):
            return None  # a segment that may name the project
    return found


def _owner(text: str, mentions: list[Mention]) -> bool:
    """A segment that is only a county's or an organisation's name."""
    return (
        len(mentions) == 1 and mentions[0].entry.type in _OWNERS and len(mentions[0].surface) >= len(text) - 2
    )


def project_value(value: str, find: Callable[[str], list[Mention]]) -> bool:
    """A name field's value that may name the project: a capitalised name of letters, no short name in
    capitals ("MUKO", a "Hankkeen nimi (lyhenne)" field's) and no applicant's name alone ("Pohjois-Savon
    hyvinvointialue")."""
    if not (value[:1].isupper() or value[:1].isdigit()) or not re.search(r"[^\W\d_]{3}", value):
        return False  # a blank form's "–", "[kirjoita hankkeen nimi]", "to be confirmed"
    return not (len(value.split()) == 1 and value.isupper()) and not _owner(value, find(value))


def repeated_label(label: str, lines: list[str]) -> bool:
    """The name field's label starts more than one line: a form of several projects or parts
    ("Toimintamallin nimi: X" / "Toimintamallin nimi: Y"), whose first names no whole."""
    pattern = re.compile(rf"\s*{re.escape(label.strip())}\s*[:\t]")
    return sum(1 for line in lines if pattern.match(line)) > 1


def part_field(label: str) -> bool:
    """A part's name field ("Osahankkeen nimi", "Investoinnin nimi", "Delprojektets namn", "Subproject
    name"): its first word, or its Finnish base form, begins with a part's word (the ``project-part``
    vocabulary). Under a programme's cover it names a part, not the project."""
    words = label.strip(" :*_#-").split()
    if not words:
        return False
    forms = {words[0].casefold().replace("-", "")}
    forms |= {base.casefold().replace("-", "") for base, _, _ in _analysed(words[0])}
    parts = [word.replace("-", "") for word in part_words() if " " not in word]
    return any(form.startswith(part) for form in forms for part in parts)
