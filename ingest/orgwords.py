"""The base form of a word of an organisation's name, read with Voikko or, unknown, by its case endings.

Split from ingest/orgnames.py (which finds the names and re-exports these): a name's last word is
given in its base form ("Kokkolan" -> "Kokkola", "Savonian" -> "Savonia"), a dictionary's reading
first, else the stem the document itself uses bare, else the word without one unambiguous ending.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from hankegraafi.ingest.entities import lemmatiser

#: Case endings stripped from a word no dictionary knows, longest first. The genitive
#: "n" is kept in the list: a name's base form ends in "n" far less often than its genitive.
_UNKNOWN_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "n")


@functools.lru_cache(maxsize=50_000)
def analyses(word: str) -> tuple[tuple[str, str, str], ...]:
    """(base form, word class, case) of each Voikko analysis of ``word``; () if unknown."""
    found = lemmatiser().analyse(word)
    return tuple(
        (a.get("BASEFORM", ""), a.get("CLASS", ""), a.get("SIJAMUOTO", "")) for a in found if a.get("BASEFORM")
    )


def unknown_stems(word: str) -> list[str]:
    """Lower-cased stems of a word no dictionary knows, for each ending it could carry."""
    low = word.lower()
    return [low[: -len(e)] for e in _UNKNOWN_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3]


def base_word(word: str, known: Collection[str] = frozenset()) -> str:
    """The base form of the last word of a name, keeping its capitalisation.

    Voikko's base form when it knows the word; for "THL:n"-style words the part
    before the colon; for other unknown words the stem that the document itself
    uses bare (``known``: lower-cased words), else the word without one unambiguous
    case ending.
    """
    if ":" in word:
        return word.split(":", 1)[0]
    found = analyses(word)
    if found:
        # Prefer a nominative-looking base form that starts like the word (Voikko may offer
        # an unrelated reading first, "Porin" → "pora").
        forms = [b for b, _, _ in found if b[:3].lower() == word[:3].lower()] or [found[0][0]]
        base = forms[0]
        if word.isupper() and len(word) > 1:
            return word
        # Keep the text's own capitals where the base form spells the word the same way
        # ("Robotti-Sote" is not "Robotti-sote"; "Kokkolan" → "Kokkola").
        same = 0
        while same < min(len(word), len(base)) and word[same].lower() == base[same].lower():
            same += 1
        return word[:same] + base[same:]
    low = word.lower()
    for ending in _UNKNOWN_ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem in known:
            return word[: len(stem)]
    if low in known:
        return word
    for ending in _UNKNOWN_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3 and ending != "n":
            return word[: -len(ending)]
    if low.endswith("n") and len(low) > 4 and low[-2] in "aeiouyäö":
        return word[:-1]
    return word
