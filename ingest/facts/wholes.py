"""The whole project a page about one of its parts names.

A county's site gives each sub-project a page of its own, under a breadcrumb and a
heading that are the part's name; its text then says whose part it is: "Osahanke X
on osa Y -hanketta", "Delprojektet X är en del av projektet Y, som …", "X is part of
the Y project". :func:`whole_named` reads Y from such a sentence when X is the page's
project, so the page's project becomes a sub-project of Y rather than being renamed Y.
"""

from __future__ import annotations

import re

#: The cue after the part's name and the whole's name on either side of its project word.
_PART_OF = re.compile(
    r"\s+(?:on\s+osa|kuuluu|är\s+en\s+del\s+av|ingår\s+i|is\s+(?:a\s+)?part\s+of)\s+(?:the\s+)?"
    r"(?:(?:hanketta|hankkeeseen|projektia|projektiin|projektet)\s+"
    r"(?P<after>[A-ZÄÖÅ][^.,;()]{2,100}?)(?=\s*[.,;(]|\s+(?:som|joka|jonka|which|that)\b|\s*$)"
    r"|(?P<before>[A-ZÄÖÅ][^.,;()]{2,100}?)\s?[-–]\s?(?:hanketta|hankkeeseen|projektia|projektiin|projektet|project)\b)"
)


def whole_named(sentence: str, part: str) -> str | None:
    """The whole ``sentence`` says ``part`` belongs to, or None when it says no such thing of it."""
    at = sentence.find(part)
    if at < 0 or len(part) < 4:
        return None
    match = _PART_OF.match(sentence, at + len(part))
    if match is None:
        return None
    whole = (match.group("after") or match.group("before")).strip()
    return whole if whole != part else None
