"""A meeting's own lines at the top of minutes and memos, and the project's name beside them.

Class read (test27 i22, test29 ib13/ib85/ib93, test30 oc12, test31 ic38, test32 od08, test33 id11/id12/
id27: six authors): minutes and memos open with lines naming the meeting, not the project: the body that
meets ("Sosiaali- ja terveyslautakunta", "Nämnden för äldreomsorg", "PROMEMORIA – STYRGRUPPEN",
"Steering group"), the meeting and its date ("Ohjausryhmän kokous 12.3.2025 – litterointi"), an agenda's
procedural item ("1. Kokouksen avaus") or a minute's label ("Aikaisempi käsittely", "Valm.
kehittämisjohtaja"). Each was taken for the project's name, and every fact was filed under it.

- :func:`meeting_line`: a line of only such parts (with a date, a number or the document's kind) names no
  project (``projectname.no_name``, the generic title reader's candidates).
- :func:`meeting_title_name`: a line with one other part beside them names the project: "Satakunnan
  kotisairaala 2.0 – ohjausryhmän kokous 3/2024", "Arbetsgruppen för projektet X – minnesanteckningar".

The bodies, meeting words, procedural items and labels are the vocabulary's (``meeting-line`` in
ontology/vocab/kinds.ttl); a governing body is ``namecuts.governing_body``'s. Tune u1180-u1183 (u1183 the
negative: a project named "Nuorten ohjausryhmä Mikkelissä").
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.namesites import kind_part, owner_name, subject_value
from hankegraafi.ingest.namecuts import GOVERNING_BODY, MAIL_HEADER, finite_verb
from hankegraafi.ontology import registry

#: Between the parts of a line: a dash, bar, slash or middle dot between spaces, a colon before a space.
_PARTS = re.compile(r"\s+[–—|·•/-]\s+|:\s+")
#: An item's number or a minute's § before the line ("1. ", "§ 12 ", "## 2 "), and markup around it.
_NUMBER = re.compile(r"^[\s#*_]*(?:§\s*)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?")
#: A governing body's word anywhere in a part ("Sosiaali- ja terveyslautakunta", "Nämnden för …").
_GOVERNING = re.compile(rf"(?<![\w-]){GOVERNING_BODY}(?![\w-])", re.I)
#: A bracketed aside in a part ("(automaattinen, Teams)").
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
#: A date, a number or a period alone, or what a meeting line writes beside them ("3/2024", "12.3.2025",
#: "klo 10–11.30", "kl. 9", "14 May 2025").
_DATED_WORDS = re.compile(
    r"^(?:(?:klo|kl\.?|at|nro|nr|no\.?|n:o)?\s*[\d./:–-]+|[a-zåäö]+(?:kuuta)?)$",
)
#: A date with its month in words: "4 December 2025", "14 May 2025", "3 mars 2025".
_WORDED_DATE = re.compile(r"\d{1,2}\.?\s+[A-Za-zåäö]{3,12}\s+(?:19|20)\d\d")
#: The project's word before the name in a body's line: "Styrgruppen för projektet X", "Steering group
#: of the project X", "Ohjausryhmä, hanke X".
_FOR_PROJECT = re.compile(
    r"\s+(?:för\s+projektet|för\s+projekt|for\s+the\s+project|of\s+the\s+project)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ0-9]).{2,100})$",
    re.I,
)


@cues.per_reading
def _labels(scheme: str) -> re.Pattern[str]:
    """The scheme's labels as one pattern of alternatives, each of whole words: a label's last word inflected
    too ("ohjausryhmän", "styrgruppens", "working group's"); a label ending in a full stop as written ("Valm.").
    One search finds what a search of each label found."""
    out = []
    for concept in registry.scheme(scheme):
        for form in concept.surface_forms():
            words = [re.escape(w) for w in form.casefold().split()]
            tail = "" if form.endswith(".") else r"[\w']{0,5}"
            out.append(r"(?:(?<![\w-])" + r"\s+".join(words) + tail + r"(?![\w-]))")
    return re.compile("|".join(out) or "(?!)", re.I)


def _only_lower(rest: str) -> bool:
    """What follows a part's first word: lower-case words, dates and numbers, at most eight (a role, a
    period, "kokous 3/2024", "möte 18.6.2025 kl. 10"); a capitalised word is a name's."""
    words = rest.split()
    return len(words) <= 8 and all(w[:1].islower() or _DATED_WORDS.match(w.strip(".,;()")) for w in words)


# Asked of the same title parts again and again (tune: 19 245 calls, 5 170 texts).
@cues.per_text
def _meeting_part(part: str) -> bool:
    """A part naming the meeting: a governing body's word or the scheme's label (a body, the meeting, a
    procedural item, a minute's label) in it, every word after the first in lower case, a date or a
    number ("Ikääntyneiden palvelujen lautakunta", "Nämnden för äldreomsorg", "Valm. kehittämisjohtaja",
    "ohjausryhmän kokous 3/2024", "Minutes of the steering group"); a capitalised word after the first
    is a name's ("Nuorten ohjausryhmä Mikkelissä")."""
    part = _ASIDE.sub("", part).strip(" .*_#")
    if not part:
        return False
    if part.isupper():
        if re.search(r"\s(?:FÖR|FOR|OF)\s", part):
            return False  # "STYRGRUPPEN FÖR AKTIVA SENIORER": a name in capitals may follow, unseen
        part = part.capitalize()  # "PROMEMORIA – STYRGRUPPEN"
    rest = part.split(maxsplit=1)[1] if " " in part else ""
    if not _only_lower(rest):
        return False
    return bool(_GOVERNING.search(part)) or _labels("meeting-line").search(part) is not None


def _beside(part: str) -> bool:
    """A part that may stand beside a meeting's without naming anything: the document's kind ("muistio",
    "minnesanteckningar 4.6.2025"), its owner ("South Karelia wellbeing services county"), a date, a
    number or a period alone ("4 December 2025")."""
    part = _ASIDE.sub("", part).strip(" .*_#")
    if part.isupper():
        part = part.capitalize()
    return (
        not part
        or kind_part(part)
        or owner_name(part)
        or all(_DATED_WORDS.match(w) for w in part.split())
        or bool(_WORDED_DATE.fullmatch(part))
    )


def meeting_line(text: str) -> bool:
    """A line naming only a meeting: each part a meeting's (one at least) or beside one (a kind, a date).
    After a dated meeting's part, what a comma adds is its place or hour ("Möte 4.6.2025, Korsholms
    ämbetshus", "Kokous 12.3.2025, Teams")."""
    if len(text) > 160:
        return False
    seen = False
    for major in _PARTS.split(_ASIDE.sub("", _NUMBER.sub("", text.strip()))):
        pieces = [p.strip() for p in major.split(", ") if p.strip(" .*_#")]
        for piece in pieces:
            if _meeting_part(piece):
                seen = True
                if re.search(r"\d", piece):
                    break  # the place or hour after a dated meeting
            elif not _beside(piece):
                return False
    return seen


def _body_for(part: str) -> str | None:
    """The project a body's part names after the project's word: "Styrgruppen för projektet X" gives X."""
    found = _FOR_PROJECT.search(part)
    if found is None or len(part[: found.start()].split()) > 3 or not _meeting_part(part[: found.start()]):
        return None
    return found.group("name").strip(" .*_")


def meeting_title_name(text: str) -> str | None:
    """The project's name in a meeting's line: the one part that is no meeting's part and not beside one,
    when a meeting's part stands beside it ("X – ohjausryhmän kokous 3/2024"), or the name a body's part
    gives after the project's word ("Arbetsgruppen för projektet X – minnesanteckningar 4.6.2025")."""
    text = subject_value(text) or text  # "Subject: Fwd: Styrgruppen 22.8.2023 – X": a title as any other
    if len(text) > 200 or MAIL_HEADER.match(text) or "@" in text:
        return None  # "Vastaanottaja: Ohjausryhmä <…@…>": a message's header, no title
    if text.rstrip().endswith(".") and len(text.split()) > 6:
        return None  # a sentence ("Aluehallitus päättää hakea … hankkeelle X …."), no meeting's line
    text = _ASIDE.sub("", _NUMBER.sub("", text.strip()))
    parts = [p for p in _PARTS.split(text) if p.strip(" .*_#")]
    for part in parts:
        if (named := _body_for(part)) is not None and all(
            p is part or _meeting_part(p) or _beside(p) for p in parts
        ):
            return _name_or_none(named)
    if len(parts) < 2 or not any(_meeting_part(p) for p in parts):
        return None
    left = [p for p in parts if not (_meeting_part(p) or _beside(p))]
    return _name_or_none(left[0]) if len(left) == 1 else None


def _name_or_none(name: str) -> str | None:
    """``name`` when it reads as a project's: capitalised, at most twelve words, no verb after the first;
    the kind and its period run on after it from the next line cut off ("X Minnesanteckningar 4/2024")."""
    name = name.strip(" .*_#")
    words = name.split()
    for index in range(1, min(len(words), 16)):
        tail = " ".join(words[index:])
        if words[index][:1].isupper() and (kind_part(tail) or _meeting_part(tail)):
            words = words[:index]
            name = " ".join(words).rstrip(" ,.–-")
            break
    if not name[:1].isupper() or not re.search(r"[A-Za-zÅÄÖåäö]{3}", name) or len(words) > 12:
        return None
    return None if any(w.islower() and w.isalpha() and finite_verb(w) for w in words[1:]) else name
