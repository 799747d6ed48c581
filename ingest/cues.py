"""The words that tell a concept in a text, read from its vocabulary (``hg:cue``, ``hg:cueRank``).

Document kinds, output types, participation roles, cost-statement kinds and
dependency kinds keep their cue words in ``ontology/vocab/*.ttl`` beside their
labels, so a new cue (or a new concept with cues) is one vocabulary entry;
ingest reads them here, once per reading of the vocabularies (a test's
``registry.extended`` makes a new reading).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from hankegraafi.ontology import registry
from hankegraafi.ontology.registry import Concept

T = TypeVar("T")

#: The vocabularies as last read, and the caches of :func:`per_reading` to clear on a new reading.
_reading: list[object] = [None]
_clears: list[Callable[[], None]] = []


def _follow_reading() -> None:
    """Clear every remembered answer when the vocabularies have been read again since the last call."""
    current = registry.schemes()
    if current is not _reading[0]:
        _reading[0] = current
        for clear in _clears:
            clear()


def per_reading(build: Callable[[str], T]) -> Callable[[str], T]:
    """``build(scheme)`` remembered until the vocabularies are read again."""
    cached = functools.cache(build)
    _clears.append(cached.cache_clear)

    @functools.wraps(build)
    def read(scheme: str) -> T:
        _follow_reading()
        return cached(scheme)

    return read


#: The most texts :func:`per_text` remembers for one function (then it starts again).
MAX_TEXTS = 50_000
#: The longest text a memo keeps: labels, words and short cells are asked again and again, a long cell seldom, and
#: 50 000 cells of 4 000 characters had held 200 M characters in one worker (R7-6).
MAX_TEXT_CHARS = 200


def per_text(judge: Callable[[str], T]) -> Callable[[str], T]:
    """``judge(text)`` remembered per text until the vocabularies are read again, for a judgement of a text by
    the vocabularies alone that the families ask of the same cells, labels and words again and again."""
    seen: dict[str, T] = {}
    _clears.append(seen.clear)

    @functools.wraps(judge)
    def judged(text: str) -> T:
        _follow_reading()
        if len(text) > MAX_TEXT_CHARS:
            return judge(text)
        if text not in seen:
            if len(seen) >= MAX_TEXTS:
                seen.clear()
            seen[text] = judge(text)
        return seen[text]

    return judged


def by_rank(scheme: str, has: Callable[[Concept], object]) -> list[Concept]:
    """The concepts of ``scheme`` with a ``hg:cueRank`` and ``has`` (their cues), lowest rank first."""
    return sorted(
        (c for c in registry.scheme(scheme) if c.cue_rank is not None and has(c)), key=lambda c: c.cue_rank or 0
    )


@per_reading
def ranked(scheme: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(concept key, its cues as one pattern) of each ranked concept of ``scheme`` with cues, by rank.

    A concept's cue literals are alternatives of one case-insensitive pattern;
    the first concept in rank order whose pattern is found in a text is what
    the text states.
    """
    return tuple(
        (c.key, re.compile("|".join(f"(?:{cue})" for texts in c.cues.values() for cue in texts), re.I))
        for c in by_rank(scheme, lambda c: c.cues)
    )


@per_reading
def weighted(scheme: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Concept key → its (pattern, weight) cues (``hg:weightedCue``), concepts in rank order.

    For a reading that adds up evidence (a document's kind) rather than taking
    the first cue found.
    """
    return {
        c.key: tuple((line_bounded(cue), weight) for cue, weight in c.weighted_cues)
        for c in by_rank(scheme, lambda c: c.weighted_cues)
    }


#: A cue's leading run after a line anchor, of a class that also matches a line end: ``^\s*``, ``^\W*``.
_LEADING_RUN = re.compile(r"^\^\\([sW])\*")


def line_bounded(cue: str) -> str:
    r"""``cue`` with its leading run after ``^`` kept to its own line.

    Weighted cues are searched with ``re.M``: ``^\s*X`` tried at every line start ran across all the
    blank lines below it and backed off, quadratic in a run of empty or punctuation-only lines (a CSV
    with 8 000 empty lines: 65 s). Whether the cue is found is unchanged: if the run crossed a line
    end, the same cue matches from the last line start inside it, where the run has no line end.
    """
    return _LEADING_RUN.sub(lambda m: r"^[^\S\n]*" if m[1] == "s" else r"^[^\w\n]*", cue)
