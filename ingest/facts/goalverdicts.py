"""A goal stated in one sentence and judged by the next, which refers back to it.

Running text of a report often states a goal and gives its verdict in the sentence after it:
"Työntekijät koulutetaan uuteen arviointimenetelmään. Tavoite toteutui osittain.", "Väntetiden
kortas till två veckor. Målet uppnåddes inte.", "… Tavoitteesta on toteutunut 60 %." The verdict's
subject is the goal itself ("Tavoite", "Tämä tavoite", "Tavoitteesta", "Målet", "Detta mål",
"The goal"), so it judges the sentence before it, which is the goal; the verdict is no goal of
its own. The goals family (goals.py) reads a paragraph's sentences through :func:`judged_pairs`.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import goal_status, percent_status, vocabulary_status

#: A sentence whose subject is "the goal" just stated (fi, sv, en), or the work on it.
_BACK_TO_GOAL = re.compile(
    r"^(?:tämä\s+|kyseinen\s+|ko\.\s+)?(?:tavoite|tavoitteesta|tavoitteen|työ\s+tavoitteen\s+parissa)\b"
    r"|^(?:detta\s+|det\s+)?(?:målet|mål)\b|^arbetet\s+med\s+målet\b|^(?:the|this)\s+(?:goal|objective)\b"
    # the goal just stated by a pronoun, its verdict after it: "Tämä toteutui …", "Tässä onnistuttiin osittain",
    # "Tätä ei saatu toteutettua", "Detta lyckades delvis", "This was achieved …"
    r"|^(?:tämä|tätä|tässä|detta|this)\s+(?!hanke|projekt|project)(?=(?:\w+\s+){0,2}?(?:ei\s+|inte\s+|not\s+)?"
    r"(?:toteutu|saavute|onnistu|valmistu|saatu|jäi|siirty|lyckades|uppnå|genomför|was|has))",
    re.I,
)
_PERCENT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d+)?\s?%")
#: Words that make the sentence before no goal: a verdict of its own, a lead-in, a question.
_NOT_A_GOAL_END = re.compile(r"[:?]\s*$")


def verdict(sentence: str) -> str | None:
    """The status a sentence about "the goal" gives ("Tavoite toteutui osittain." partly), else None."""
    text = sentence.strip()
    if not _BACK_TO_GOAL.match(text) or len(text) > 160:
        return None
    share = _PERCENT.search(text)  # "Tavoitteesta on toteutunut 60 %": the share says how much, not the verb
    found = (percent_status(share.group()) if share else None) or goal_status(text) or vocabulary_status(text)
    if found is None and re.search(r"\b(?:on|är|is)\s+kesken\b|\boavslutat\b", text, re.I):
        found = "unfinished"
    return found


def judged_pairs(sentences: list[str]) -> tuple[dict[int, str], set[int]]:
    """Goal sentence index → its status, and the indices of the verdicts that judged them."""
    goals: dict[int, str] = {}
    verdicts: set[int] = set()
    for at in range(1, len(sentences)):
        status = verdict(sentences[at])
        before = sentences[at - 1].strip()
        if (
            status is None
            or at - 1 in verdicts
            or not before
            or _NOT_A_GOAL_END.search(before)
            or verdict(before) is not None
            or goal_status(before) is not None
            or len(before.split()) < 3
        ):
            continue
        goals[at - 1] = status
        verdicts.add(at)
    return goals, verdicts
