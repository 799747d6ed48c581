"""A goal's verdict said with the verb of getting to it or falling short of it (moved out of goalstatus.py, at its
600-line limit): "Tavoitteeseen päästiin", "Päästiin osittain", "Ei päästy", "Jäi tavoitteesta", "Ei täyty"."""

from __future__ import annotations

import re

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
