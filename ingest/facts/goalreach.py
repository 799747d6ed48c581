"""A goal's verdict said with the verb of getting to it or falling short of it (moved out of goalstatus.py, at its
600-line limit): "Tavoitteeseen päästiin", "Päästiin osittain", "Ei päästy", "Jäi tavoitteesta", "Ei täyty"."""

from __future__ import annotations

import re
from collections.abc import Callable

#: A verdict cell opening with the verb of getting to a goal or of falling short of it ("Tavoitteeseen päästiin",
#: "Päästiin osittain", "Ei päästy", "Jäi tavoitteesta", "Ei täyty"): in part, not, else reached. "Päästiin" reaches
#: only alone or before a clause's end ("Päästiin aloittamaan keväällä" got to start something, no verdict).
_REACHED = re.compile(
    r"^(?:(?P<part>päästiin\s+(?:vain\s+)?(?:osittain|osin|puoliväliin))"
    r"|(?P<not>ei\s+päästy|ei\s+täyty(?:nyt)?|jäi(?:vät)?\s+(?:\w+\s+)?tavoitteesta|jäätiin\s+(?:\w+\s+)?tavoitteesta)"
    r"|(?:tavoitteeseen\s+)?päästiin(?:\s+tavoitteeseen)?(?=\s*(?:[.,;:(–—-]|$)))\b",
    re.I,
)


def reached(text: str) -> str | None:
    """The status a cell opening with a verb of getting to the goal or falling short of it states; None otherwise."""
    m = _REACHED.match(text)
    if m is None:
        return None
    if m.group("part"):
        return "partly-achieved"
    return "not-achieved" if m.group("not") else "achieved"


_IN_FI = (
    r"(?:yhdessä|kahdessa|kolmessa|neljässä|viidessä|kuudessa|seitsemässä|kahdeksassa|yhdellä|kahdella|kolmella"
    r"|neljällä|viidellä|kuudella|seitsemällä|kahdeksalla|\d{1,3}:(?:ssa|ssä|lla|llä))"
)
_OF_FI = r"(?:kahdesta|kolmesta|neljästä|viidestä|kuudesta|seitsemästä|kahdeksasta|yhdeksästä|kymmenestä|\d{1,3}:(?:sta|stä))"
_COUNT = r"(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|one|two|three|four|five|six|seven|eight)"
#: A verdict of reaching said of a count of the places out of a count ("toteutunut kahdessa kunnassa kolmesta",
#: "uppnått på två av fyra områden", "reached in 3 of 4 health centres"): reached in part. "kaikissa kunnissa",
#: "i alla tre kommuner", "everywhere" are whole.
_SHARE_OF_PLACES = re.compile(
    rf"\b{_IN_FI}\s+(?:[^\W\d]+\s+)?{_OF_FI}\b"
    rf"|\b(?:i|på|in|at|on)\s+{_COUNT}\s+(?:av|of|out\s+of)\s+(?:the\s+)?{_COUNT}\b",
    re.I,
)


def in_share_of_places(text: str) -> bool:
    """A verdict of reaching limited to a count of the places out of a count: in part."""
    return _SHARE_OF_PLACES.search(text) is not None


#: Done in a named place: "uppnått i Jakobstad", "valmis Kuopiossa", "achieved in Oulu".
_IN_PLACE = re.compile(r"\b(?:i|in|på|at)\s+[A-ZÅÄÖ][a-zåäö]{2,}|\b[A-ZÅÄÖ][a-zåäö]{2,}(?:ssa|ssä|lla|llä)\b")
#: Not yet, or later: "ännu inte", "inte ännu", "ei vielä", "vasta syksyllä", "i höst", "kevään 2024 aikana", "in autumn".
_NOT_YET_OR_LATER = re.compile(
    r"\b(?:ännu\s+inte|inte\s+ännu|ej\s+ännu|ei\s+vielä|vielä\s+ei|vasta|not\s+yet|yet\s+to|later"
    r"|i\s+(?:höst|vår|sommar|vinter)|nästa\s+år|next\s+year|ensi\s+vuonna|in\s+(?:the\s+)?(?:autumn|spring|summer)"
    r"|(?:syksy|kevä|kesä|talv)\w*|\w+kuu(?:ssa|hun|n\s+aikana))\b",
    re.I,
)
_CLAUSES = re.compile(r",\s+|\s+[–—-]\s+|;\s+")
#: The other places together, unnamed: "muualla", "muissa kunnissa", "på andra håll", "elsewhere".
_ELSEWHERE = re.compile(
    r"\b(?:muualla|muissa|muilla|på\s+andra\s+(?:håll|orter)|annars|övriga|elsewhere|other\s+(?:towns|places))\b",
    re.I,
)


def achieved_in_some_places(text: str, unfinished: Callable[[str], bool] | None = None) -> bool:
    """A verdict of reaching said of named places, another place not yet, later or under way ("uppnått i
    Jakobstad och Pedersöre, ännu inte i Nykarleby", "klart i Borgå, Lovisa i höst", "valmis Kuopiossa, Iisalmessa
    kevään aikana", "uppnått i Lojo, pågår i Raseborg", "saavutettu Turussa, muualla ei vielä", "done in Turku;
    Salo in 2026"): reached in part. A year is later only after a semicolon: "Achieved in Kajaani, Sotkamo and Kuhmo
    in 2024" dates the whole list (R12). A later clause without a place says something else ("…, raportti syksyllä").
    ``unfinished`` tells a phrase opening with a label of the unfinished status ("pågår", "kesken")."""
    clauses = _CLAUSES.split(text.strip())
    if len(clauses) < 2 or len(clauses) > 6 or _IN_PLACE.search(clauses[0]) is None:
        return False

    def not_yet(clause: str) -> bool:
        if _NOT_YET_OR_LATER.search(clause) is not None:
            return True
        if re.search(r"\b20\d\d\b", clause) and ";" in text[: text.find(clause)]:
            return True  # "done in Turku; Salo in 2026": a year after a semicolon; "…, Sotkamo and Kuhmo in 2024" is the list's
        if unfinished is None or len(clause.split()) > 8:
            return False  # a short clause of a place and its state, not a sentence going on
        return any(unfinished(clause[m.start() :]) for m in re.finditer(r"\b\w", clause))

    return any(
        (re.search(r"\b[A-ZÅÄÖ][a-zåäö]{2,}", c) is not None or _ELSEWHERE.search(c) is not None) and not_yet(c)
        for c in clauses[1:]
    )


def places_each_their_verdict(before: list[str], last: list[str], unfinished: Callable[[str], bool]) -> bool:
    """A verdict given place by place, one place's unfinished ("Kemi valmis, Tornio kesken", "Kemi ok, Tornio
    kesken"): mixed between places, not the goal's unfinished work (R8-9, stop 45: read unfinished). ``before``
    are the clauses before the last, ``last`` the last one's words; each clause a capitalised name and one word."""

    def named(words: list[str]) -> bool:
        return len(words) == 2 and words[0][:1].isupper()

    return named(last) and any(named(w := c.split()) and not unfinished(w[1]) for c in before)
