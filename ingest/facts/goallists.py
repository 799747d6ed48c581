"""Goals enumerated in one sentence of running text, each with its own status.

Minutes, newsletters and e-mails quote a report's goals in a sentence rather than a list: after a
label or a lead ending in a colon ("Tavoitteet: Hoitotakuu täyttyy – toteutunut osittain; Sähköinen asiointi –
toteutunut.", "Målen för 2024 gick så här: X (uppnått), …",
"**Målen:** X (uppnått), Y (delvis uppnått) och Z (flyttas till 2024).") or after the goal word as
the sentence's lead ("Vuoden 2023 tavoitteista X (osittain, …), Y (toteutunut) ja Z (ei toteutunut).",
"Of the goals, X (met) and Y (not met)."). The class is the shape, not the words: a lead that names
goals, then two parts or more, each a goal with its status after a dash (parts parted by semicolons) or
in brackets (parts parted by commas, semicolons or the last one's "ja" / "sekä" / "och" / "samt" / "and");
every part must carry a status of the goal-status scale (facts/goalstatus.py), else the sentence is left
to the other readers. Each part is a goal; the goal another reader made of the whole sentence is none.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import line_status, status_of
from hankegraafi.ingest.facts.model import Goal, Project
from hankegraafi.ingest.facts.text import Chunk

#: The lead: up to three words before the goal word ("Vuoden 2023 tavoitteista", "Hankkeen tavoitteet:",
#: "Av projektets mål", "Of the goals,"), a colon after a label or after the goal word's verb and up to five
#: words ("Målen för 2024 gick så här:", "Tavoitteet toteutuivat seuraavasti:", "The goals were met as
#: follows:"); the goal word's elative or "av … mål" needs none.
_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[^\W\d_][\w-]*\s+|\d{4}\s+){0,3}?"
    r"(?:(?:tavoitteet|tavoitteita|målen|mål|goals|objectives)(?:\s+[^\W\d_][\w-]*|\s+\d{4}){0,5}?\s*:"
    r"|(?:tavoitteista|av\s+(?:\w+\s+)?mål(?:en)?|of\s+the\s+(?:goals|objectives))\s*[:,]?)\s+(?P<list>\S.*)$",
    re.I | re.S,
)
#: A part of a semicolon list: the goal, a dash and its status.
_DASHED = re.compile(r"^(?P<goal>\S.{6,}?)\s+[–—-]\s+(?P<status>[^;]{2,80}?)\.?$", re.S)
#: A part of a bracket list: the goal and its status in brackets, then a comma, a semicolon, the last
#: part's conjunction, or the sentence's end.
_BRACKETED = re.compile(
    r"\s*(?:(?:ja|sekä|och|samt|and)\s+)?(?P<goal>[^()]{6,}?)\s*\((?P<status>[^()]{2,80})\)"
    r"\s*(?:[,;]|(?=\s*(?:ja|sekä|och|samt|and)\s)|\.?\s*$)",
    re.I,
)
_EMPHASIS = re.compile(r"\*\*|__")


def _sentence(text: str) -> str:
    """The text up to the end of its sentence: a full stop outside brackets before a capital."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ".!?" and depth == 0 and re.match(r"\s+[A-ZÄÖÅ]", text[i + 1 :]):
            return text[: i + 1]
    return text


def _status(said: str) -> str | None:
    return line_status(said) or status_of(said)


def _parts(text: str) -> list[tuple[str, str | None]] | None:
    """(goal, status) of each part of an enumeration, or None when the text is not wholly one."""
    text = text.strip()
    if ";" in text and "(" not in text:
        dashed = [_DASHED.match(part.strip()) for part in text.split(";")]
        if any(m is None for m in dashed):
            return None
        return [(m.group("goal").strip(), _status(m.group("status"))) for m in dashed if m is not None]
    out: list[tuple[str, str | None]] = []
    at = 0
    while at < len(text):
        m = _BRACKETED.match(text, at)
        if m is None or m.end() == at:
            return None
        out.append((m.group("goal").strip(" ,"), _status(m.group("status"))))
        at = m.end()
    return out


def listed_in_a_sentence(chunk: Chunk, project: Project) -> None:
    """Each part of a goals enumeration in the chunk's running text (module docstring) is a goal judged by
    its status; two parts or more, each of two words or more with a status, no goal a status itself."""
    text = _EMPHASIS.sub("", chunk.text)
    if judged_by_ordinals(text, chunk, project):
        return
    m = _LEAD.search(text)
    if m is None:
        return
    read = _parts(_sentence(m.group("list")))
    if read is None or len(read) < 2 or any(status is None for _, status in read):
        return
    if any(len(goal.split()) < 2 or line_status(goal) for goal, _ in read):
        return
    first = read[0][0]
    project.goals[:] = [g for g in project.goals if not (first in g.description and g.description != first)]
    for goal, status in read:
        if not any(g.description == goal for g in project.goals):
            project.goals.append(Goal(goal[:500], status or "unknown", None, chunk.span))


#: A sentence that lists the goals after a colon, each without its status ("The project set itself three goals:
#: to cut X, to open Y, and to train Z.", "Hankkeella oli kolme tavoitetta: A, B ja C.").
_LISTED = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.:!?]{0,80}?\b(?:goals|objectives|aims|tavoitetta|tavoitteet|tavoitteensa|mål|målen)\s*:"
    r"\s+(?P<list>\S.*)$",
    re.I | re.S,
)
#: The last two parts of a list: ", and", "and", "ja", "sekä", "och", "samt".
_LAST_JOIN = re.compile(r",?\s+(?:and|ja|sekä|och|samt)\s+", re.I)
#: A part of the sentence that judges them, led by its goal's ordinal ("The first has been reached", "toinen
#: toteutui osittain", "det tredje flyttades").
_ORDINALS = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4,
    "ensimmäinen": 0, "toinen": 1, "kolmas": 2, "neljäs": 3, "viides": 4,
    "första": 0, "andra": 1, "tredje": 2, "fjärde": 3, "femte": 4,
}  # fmt: skip
_ORDINAL_PART = re.compile(
    r"^(?:the\s+|det\s+|den\s+)?(?P<ordinal>"
    + "|".join(_ORDINALS)
    + r")\b(?:\s+(?:one|goal|tavoite|målet))?\s*(?P<said>.*)$",
    re.I | re.S,
)
#: Words of an English or Swedish verb phrase that say nothing of the status: "has been reached", "was dropped".
_AUXILIARY = re.compile(r"^(?:(?:has|have|had|been|is|are|was|were|har|hade|är|var|blev|on|oli)\s+)+", re.I)


def judged_by_ordinals(text: str, chunk: Chunk, project: Project) -> bool:
    """The goals a sentence lists after a colon with no status of their own, judged one by one in the next
    sentence by their ordinals ("The first has been reached, the second is halfway, and the third was
    dropped …"): each goal with its status. Every goal must be judged and every part of the judging sentence
    be an ordinal's with a status, else nothing is read (ordinals of meetings or steps judge no goal)."""
    m = _LISTED.search(text)
    if m is None:
        return False
    listed = _sentence(m.group("list"))
    rest = m.group("list")[len(listed) :].strip()
    goals = [g.strip(" .") for g in _split(listed.rstrip(". "))]
    if len(goals) < 2 or any(len(g.split()) < 3 for g in goals) or not rest:
        return False
    judging = _split(_sentence(rest).rstrip(". "))
    found: dict[int, str] = {}
    for part in judging:
        o = _ORDINAL_PART.match(part.strip())
        if o is None:
            return False
        said = _AUXILIARY.sub("", o.group("said").strip())
        status = _status(said) or _status(said.split()[0] if said else "")
        if status is None or status == "unknown":
            return False
        found[_ORDINALS[o.group("ordinal").lower()]] = status
    if sorted(found) != list(range(len(goals))):
        return False
    verdicts = _sentence(rest).strip()  # the judging sentence is no goal of its own, whoever read it so
    project.goals[:] = [
        g
        for g in project.goals
        if not (g.description.strip() and verdicts.startswith(g.description.strip()[:40]))
    ]
    for i, goal in enumerate(goals):
        if not any(g.description == goal for g in project.goals):
            project.goals.append(Goal(goal[:500], found[i], None, chunk.span))
    return True


def _split(text: str) -> list[str]:
    """The parts of a list parted by commas and its last conjunction."""
    parts = [p for p in re.split(r",\s+(?=\S)", text) if p.strip()]
    if not parts:
        return []
    last = _LAST_JOIN.split(parts[-1].removeprefix("and ").removeprefix("ja "), maxsplit=1)
    if len(parts) > 1 and re.match(r"^(?:and|ja|och|sekä|samt)\s", parts[-1], re.I):
        parts[-1] = re.sub(r"^(?:and|ja|och|sekä|samt)\s+", "", parts[-1], flags=re.I)
        return parts
    return parts[:-1] + last
