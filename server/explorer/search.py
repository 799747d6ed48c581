"""Search over names that finds inflected Finnish forms.

"Omaolon", "Tarmoaan", "palvelutarjottimen", "Satakunnan" should find
Omaolo, Tarmoa, "… palvelutarjotin …" and Satakunta's projects. Each word of
the query is reduced to its candidate base forms with the same lemmatiser
ingest uses (Voikko, colon forms, a suffix stripper for names no dictionary
knows); a name matches when, for every word, it contains one of that word's
forms. Hits are ranked by how closely a word of the name matches.
"""

from __future__ import annotations

import re
import unicodedata

from hankegraafi.ingest.entities import candidates, tokens

#: Shortest form searched for as a substring (shorter stems match nearly everything).
MIN_FORM = 3
#: Most words of a query that are used.
MAX_WORDS = 6
#: Most forms per word.
MAX_FORMS = 6


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def word_forms(query: str) -> list[list[str]]:
    """For each word of the query, its lower-case forms, longest first (the word itself among them)."""
    groups: list[list[str]] = []
    for token in tokens(normalise(query))[:MAX_WORDS]:
        word = token.text.lower()
        whole, partial = candidates(token.text)
        forms = {f for f in whole | partial if len(f) >= MIN_FORM}
        forms.add(word)
        groups.append(sorted(forms, key=lambda f: (-len(f), f))[:MAX_FORMS])
    return groups


def needles(groups: list[list[str]]) -> list[list[str]]:
    """The forms to test with CONTAINS: a form that contains another of its group adds nothing."""
    out: list[list[str]] = []
    for group in groups:
        kept: list[str] = []
        for form in sorted(group, key=len):
            if not any(k in form for k in kept):
                kept.append(form)
        out.append(kept)
    return out


_WORD = re.compile(r"[0-9a-zåäöéü]+", re.IGNORECASE)


def score(name: str, groups: list[list[str]]) -> int:
    """Lower is better: 0 the whole name is the query; 1 a word equals a form; 2 starts with one; 3 contains."""
    low = normalise(name)
    words = _WORD.findall(low)
    whole_forms = {g[0] for g in groups}
    if len(groups) == 1 and low in whole_forms | set(groups[0]):
        return 0
    best = 3
    for group in groups:
        for form in group:
            if form in words:
                best = min(best, 1)
            elif any(w.startswith(form) for w in words):
                best = min(best, 2)
    return best
