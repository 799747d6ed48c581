"""Moved later or handed over: what "siirtyi" says of a goal.

"Siirtyi vuodelle 2025", "siirtyy syksyyn", "siirtyi myöhemmäksi", "siirtyi
jatkohankkeeseen" move a goal to a later time or phase: the goal is moved later.
"Ohjelmisto siirtyi ICT-palvelujen ylläpitoon lokakuussa 2024", "vastuu siirtyy
hyvinvointialueelle", "siirtyy tietohallinnolle" hand work over to another owner:
no goal was postponed (a date there says when it was handed over, not where to).
"""

from __future__ import annotations

import re

#: A verb of moving whose target decides between the two ("siirtyi", Swedish "överfördes").
#: "flyttas till investering 1": a sum moved, no goal; "moves to routine use": made permanent, no later time.
_MOVE_VERB = re.compile(r"^(?:siir|överf|flyttas|mov)", re.I)
#: The clause after the verb ends at punctuation or a conjunction.
_CLAUSE_END = re.compile(
    r"[,;:!?]|(?<!\bv)\.(?:\s|$)|\s(?:ja|koska|sillä|mutta|joten|mikä|kun|and|because|when)\s", re.I
)
#: A later time or phase as the target: "vuodelle 2025", "syksyyn", "lokakuulle", "myöhemmäksi",
#: "seuraavaan vaiheeseen", "jatkohankkeeseen", "kuukaudella" (by a month), "v.2023", or a year right after.
_LATER = re.compile(
    r"^\s*\(?\s*20\d\d\b|\bv\.\s*20\d\d\b|\bvuo(?:delle|teen|sille|della)\b|\bmyöhem\w*|\b\w*kuu(?:lle|hun)\b|\bsyksy(?:yn|lle)\b"
    r"|\bkevää(?:seen|lle)\b|\bkesä(?:än|lle)\b|\btalve(?:en|lle)\b|\b(?:alku|loppu)vuo\w*|\bseuraav\w*|\bensi\b"
    r"|\bjatko\w*|\bkuukaudella\b|\bviikolla\b|\b\w*kaude(?:lle|lla)\b|\b\w*vaiheeseen\b"
    r"|\btuonnemma\w*|\beteenpäin\b|\b(?:alkuun|loppuun|puolelle)\b"
    r"|\btill\s+(?:hösten|våren|sommaren|vintern|nästa|följande|fortsättnings\w*|senare)"
    r"|\b(?:spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?20\d\d)?\s*$|\bq[1-4]\b"  # "moves to spring 2026", no "fall team"
    r"|\blater\s*$|\b(?:later|follow-up)\s+(?:date|period|phase|stage|year|project)\b"
    r"|\b(?:next|following)\s+(?:[\w-]+\s+)?(?:year|spring|summer|autumn|fall|winter|period|phase|stage|term|round)\b",
    re.I,
)
#: A year in the target ("vuoden 2025 alkuun"), unless it dates the move: in a date
#: ("1.4.2025"), after a word of when ("lokakuussa 2024", "vuonna 2024") or before "alkaen".
_YEAR = re.compile(r"(?<![\d.])\b20\d\d\b(?!\s+(?:alkaen|lähtien))")
_WHEN = re.compile(r"(?:\w+(?:ssa|ssä)|vuonna)\s+$", re.I)


def postponed(verb: str, after: str) -> bool:
    """Whether a verb of moving (``verb``, as matched) with the text ``after`` it states a
    postponement: any verb but "siirtyä", else a later time or phase as its target, or none."""
    if not _MOVE_VERB.match(verb.strip()):
        return True
    end = _CLAUSE_END.search(after)
    tail = after[: end.start()] if end else after
    if not tail.strip() or _LATER.search(tail) is not None:
        return True
    return any(not _WHEN.search(tail[: m.start()]) for m in _YEAR.finditer(tail))
