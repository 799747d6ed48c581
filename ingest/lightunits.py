"""The name the document gives a part that a light matrix names by its word and number alone.

The class: a matrix whose rows or columns name parts bare ("Investointi 1 | Investointi 2 | Investointi 4"
over "Aikataulu | matala | kohtalainen | korkea") in a document that names each part once with its name,
in a sentence or a list ("Hanke toteutetaan kolmessa investoinnissa: Investointi 1 Hoitoonpääsyn
nopeuttaminen, Investointi 2 Ennaltaehkäisevät palvelut ja Investointi 4 Digitaaliset ratkaisut"). The unit
the lights are filed under is "Investointi 1: Hoitoonpääsyn nopeuttaminen", not a second, nameless part.

The negative side: the word and number followed by another cell (a header "Investointi 1<tab>Investointi
2"), by a word in lower case ("Investointi 1 rakentuu …"), a number or another part's word is no name.
"""

from __future__ import annotations

import functools
import re

#: A name after the part's word and number: capitalised words up to a comma, a full stop, a bracket, a
#: conjunction or the line's end; on the same line, after spaces, a colon or a dash (never a tab: a cell).
_NAME = r"[ ]*[:–—-]?[ ]+(?P<name>[A-ZÄÖÅ][^\W\d_]*(?:[ -][^\W\d_]+){0,5}?)(?=[ ]*(?:[,.;:)(]|[ ](?:ja|sekä|och|samt|and)[ ]|$))"


@functools.lru_cache(maxsize=64)
def named_in_text(text: str, label: str) -> str:
    """The name the text gives the part ``label`` ("Investointi 1") right after it, else ""."""
    if not label or len(label) > 30 or label not in text:
        return ""
    for m in re.finditer(re.escape(label) + _NAME, text, re.M):
        name = m["name"].strip()
        if name.split()[0].casefold() != label.split()[0].casefold():
            return name
    return ""


__all__ = ["named_in_text"]
