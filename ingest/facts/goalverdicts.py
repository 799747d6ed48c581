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
    r"^(?:tämä\s+|kyseinen\s+|ko\.\s+)?(?:tavoite|tavoitteesta|tavoitteen|tavoitetta|työ\s+tavoitteen\s+parissa)\b"
    # "Målet att halvera X uppfylldes …", "The goal of X was met": the sentence names its own goal, refers back to none
    r"|^(?:detta\s+|det\s+)?(?:målet|mål)\b(?!\s+(?:att|om)\b)|^arbetet\s+med\s+målet\b"
    r"|^(?:the|this)\s+(?:goal|objective|target)\b(?!\s+(?:of|to)\b)",
    re.I,
)
#: The goal just stated by a demonstrative pronoun in any case, a noun of the goal after it or not ("Tämä …",
#: "Tähän päästiin …", "Tätä tavoitetta …", "Detta nåddes …", "This was delivered …"): a verdict when a verb of
#: reaching, doing or putting off the goal (_ACHIEVING) follows within four words; "Tämä hanke …" is no verdict.
_PRONOUN = re.compile(
    r"^(?:tämä|tätä|tässä|tähän|tästä|tämän|nämä|näitä|näissä|detta|denna|det\s+här|this|that|these)\s+"
    r"(?:(?:tavoit|mål|goal|objective|target)\w*\s+)?(?!hanke|hankkee|projekt|project)",
    re.I,
)
#: Stems of verbs that reach, do, bring in or put off what a goal states (fi, sv, en): the predicate of a verdict.
_ACHIEVING = re.compile(
    r"\b(?:toteut|saavut|onnistu|valmistu|saatu|saati|saada|pääs|ehdi|ehti|tehtiin|tehty|tehdä|yl(?:s|ty|lettiin)"
    r"|otettiin|käynnist|aloitet|lykkää|siirty|siirre|jäi|jä[äi]nyt|lykät|push|defer|resched|uppskj|skjut|"
    r"lyckad|uppnå|uppfyll|genomför|förverklig|nådd|nått|nås|hann|gjordes|gjorts|göra|infördes|klarade|sköts|flytta|senarel|"
    r"achiev|reach|deliver|met\b|meet|complet|done|implement|reali[sz]|accomplish|carried|fulfil|postpon|delay|moved)",
    re.I,
)
#: Words of degree and polarity that judge a pronoun verdict whose verb no phrase of goalstatus.py knows.
_IN_PART = re.compile(r"\b(?:osittain|osin|delvis|delvist|partly|partially|in\s+part)\b", re.I)
_NEGATED = re.compile(r"\b(?:ei|eikä|eivät|inte|ej|aldrig|not|never|no)\b|n't\b", re.I)
_PUT_OFF = re.compile(
    r"\b(?:lykkää\w*|siirty\w*|siirre\w*|s(?:k|kj)öts\s+upp|skjuts\s+upp|flyttades|senarela\w*|senarelä\w*|postponed|delayed|moved)\b",
    re.I,
)


def _pronoun_verdict(text: str) -> bool:
    """A sentence opened by a pronoun for the goal, a verb of its reaching within four words after it."""
    m = _PRONOUN.match(text)
    if m is None:
        return False
    return _ACHIEVING.search(" ".join(text[m.end() :].split()[:4])) is not None


def refers_back(sentence: str) -> bool:
    """A sentence opened by a pronoun for a goal stated before it and a verb of its reaching ("Tämä siirtyi …",
    "This had to be postponed …"): a verdict on that goal, never a goal of its own."""
    return _pronoun_verdict(sentence.strip())


def _by_polarity(text: str) -> str:
    """A pronoun verdict's status by its words of degree and polarity: in part, put off, not, else reached."""
    if _IN_PART.search(text):
        return "partly-achieved"
    if _PUT_OFF.search(text):
        return "moved-later"
    return "not-achieved" if _NEGATED.search(text) else "achieved"


#: Where the reason after a verdict begins: its words judge nothing ("… osin, koska syksyllä puuttui …").
_BECAUSE = re.compile(r",?\s+(?:koska|sillä|eftersom|because|as)\s", re.I)
_PERCENT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d+)?\s?%")
#: Words that make the sentence before no goal: a verdict of its own, a lead-in, a question.
_NOT_A_GOAL_END = re.compile(r"[:?]\s*$")


def verdict(sentence: str) -> str | None:
    """The status a sentence about "the goal" gives ("Tavoite toteutui osittain." partly), else None."""
    text = sentence.strip()
    pronoun = _pronoun_verdict(text)
    if not (pronoun or _BACK_TO_GOAL.match(text)) or len(text) > 160:
        return None
    share = _PERCENT.search(text)  # "Tavoitteesta on toteutunut 60 %": the share says how much, not the verb
    found = (percent_status(share.group()) if share else None) or goal_status(text) or vocabulary_status(text)
    if found is None and re.search(r"\b(?:on|är|is)\s+kesken\b|\boavslutat\b", text, re.I):
        found = "unfinished"
    if found is None and pronoun:
        found = _by_polarity(_BECAUSE.split(text, maxsplit=1)[0])  # "Tähän päästiin vain osin, koska …"
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


#: The words a verdict before its subject opens with: a degree or a negation ("Osittain toteutui X", "Ei
#: toteutunut X", "Delvis uppnåddes X", "Only partly achieved was X").
_DEGREE = frozenset(
    {"osittain", "osin", "vain", "ainoastaan", "täysin", "kokonaan", "ei", "eivät", "delvis", "bara"}
)
_DEGREE |= {"helt", "inte", "ej", "partly", "partially", "only", "fully", "not"}


def opening_verdict_goal(sentence: str) -> tuple[str, str] | None:
    """(goal, status) of a sentence whose verdict opens it, the goal after it: the status and a colon ("Ei
    toteutunut: X", "Delvis uppnått: X", "Not achieved: X"), or a degree or negation and the verb of reaching before
    its subject ("Osittain toteutui X", "Delvis uppnåddes X"); a goal of three words or more after it, stating no
    verdict of its own. None for any other sentence ("Hankkeen tavoitteista toteutui X" is led_goal's)."""
    text = sentence.strip().rstrip(".")
    head, colon, rest = text.partition(":")
    if colon and 1 <= len(head.split()) <= 4:
        heads = [(head, rest.strip())]
    else:
        words = text.split()
        first = words[0].casefold() if words else ""
        heads = [
            (" ".join(words[:k]), " ".join(words[k:])) for k in (2, 3) if first in _DEGREE and len(words) > k
        ]
    for head, goal in heads:
        found = goal_status(head) or (vocabulary_status(head) if colon else None)
        if (
            found in (None, "unknown")
            or len(goal.split()) < 3
            or not goal[:1].isalpha()
            or not all(word[-1].isalnum() for word in head.split())
        ):
            continue  # "Ei toteutunut, koska …": the verdict and its reason, no goal after it
        bare = re.sub(r"\s*\([^()]*\)", "", goal)  # "X (toteutunut 24 %)": the figure reached, an aside
        if goal_status(bare) is None and vocabulary_status(bare) is None:
            return goal, found
    return None
