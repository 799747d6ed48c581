"""A verdict that says the goal's own verb done: the goal "Toimintaohje julkaistaan" judged "Julkaistu 3/2025",
"Oirearvio otetaan käyttöön kaikilla asemilla" judged "Otettu käyttöön 9 asemalla 12:sta", "Riktlinjen publiceras"
judged "Publicerad i mars", "The guideline is published" judged "Published in March".

The goal states what will be done in the passive present (fi "-taan/-tään/-daan/-dään", sv "-(a)s", en "is/are X-ed"
or a verb in -s); the verdict column answers with the past participle of the same verb: done. With a count of the
whole after it ("9 asemalla 12:sta", "9/12", "3 of 4", "3 av 4") short of the whole: done in part. A negation in the
cell ("ei julkaistu", "inte publicerad", "not published") is no verdict here (the status labels read it).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
#: fi present passive: julkais|taan, ote|taan, teh|dään, järjeste|tään.
_FI_PASSIVE = re.compile(r"^(?P<stem>[^\W\d_]{2,}?)(?:taan|tään|daan|dään)$")
_FI_PARTICIPLE = ("ttu", "tty", "tu", "ty", "du", "dy")
#: sv passive present: publicer|as, inför|s.
_SV_PASSIVE = re.compile(r"^(?P<stem>[^\W\d_]{3,}?)(?:as|s)$")
_SV_PARTICIPLE = ("ad", "at", "ade", "ats", "d", "t", "ts", "des", "da")
_NEGATION = re.compile(r"\b(?:ei|eivät|inte|ej|icke|not|never|no)\b", re.I)
#: A count out of the whole after the verdict: "9 asemalla 12:sta", "9/12", "3 of 4", "3 av 4", "3 kunnassa neljästä".
_OUT_OF = re.compile(
    r"\b(?P<n>\d{1,4})\s*(?:/|\s(?:of|av|out\s+of)\s|\s+[^\W\d_]+\s+)(?P<m>\d{1,4})(?::\s?(?:sta|stä|lta|ltä))?\b",
    re.I,
)


#: What may follow the participle: its particle, a second participle, a date, or a count out of the whole ("käyttöön 9
#: asemalla 12:sta", "ja hyväksytty", "3/2025", "i mars", "in March"); anything else qualifies the verdict.
_REST = re.compile(
    r"(?:käyttöön\s*)?(?:ja\s+[^\W\d_]+\s*)?"
    r"(?:\d{1,2}[./]\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|(?:i|in)\s+[^\W\d_]+(?:\s+\d{4})?"
    r"|\d{1,4}\s*(?:/|\s(?:of|av|out\s+of)\s|\s+[^\W\d_]+\s+)\d{1,4}(?::\s?(?:sta|stä|lta|ltä))?)?",
    re.I,
)


def _participle_of(word: str, goal_words: list[str]) -> bool:
    word = word.lower()
    for g in goal_words:
        g = g.lower()
        fi = _FI_PASSIVE.match(g)
        if fi and word.startswith(fi["stem"]) and word[len(fi["stem"]) :] in _FI_PARTICIPLE:
            return True
        sv = _SV_PASSIVE.match(g)
        if sv and len(g) >= 6 and word.startswith(sv["stem"]) and word[len(sv["stem"]) :] in _SV_PARTICIPLE:
            return True
        if word.endswith("ed") and len(word) >= 5 and word in (g, g + "d", g + "ed"):
            return True
    return False


def done_by_goal_verb(goal: str, cell: str) -> str | None:
    """ "achieved" or "partly-achieved" when ``cell`` opens with the past participle of a verb of ``goal`` (its
    present passive or an English verb in the goal), else None."""
    words = _WORD.findall(cell)
    if not words or _NEGATION.search(cell) or len(cell.split()) > 8:
        return None
    if not _participle_of(words[0], _WORD.findall(goal)):
        return None
    rest = cell.strip()[len(words[0]) :].strip(" .")
    if rest and not _REST.fullmatch(rest):
        return None  # "Koulutettu 40", "Kerätty vain Mikkelissä": done, but said of less than the goal (R17-22)
    out_of = _OUT_OF.search(cell)
    if out_of is not None and int(out_of["n"]) < int(out_of["m"]) < 1900:  # "3/2025" is a month, no share
        return "partly-achieved"
    return "achieved"
