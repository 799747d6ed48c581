"""Struck text inside a labelled line: an old value replaced by a new one.

A report that keeps its previous values shows them struck through beside the new ones: "Aikataulu:
~~keltainen~~ **vihreä**", "Tidtabell\t~~gul~~ grön" (a page's ``<del>``, a Word run's strike), or
strikes out the options that do not hold ("Kustannukset: ~~vihreä~~ keltainen ~~punainen~~"). The line
is the label with its new value (:func:`replaced_value`); the struck words are dropped.

A line struck whole ("~~Investointi 1: X~~ POISTETTU", "~~Hyödyt: vihreä~~"), a strike with nothing
before it, and a struck value with no new one after it ("Riskit: ~~keltainen~~") are withdrawn text, as
the segmenter has always read them.
"""

from __future__ import annotations

import re

_STRUCK = re.compile(r"~~(.*?)~~")
_WORD = re.compile(r"\w")


def replaced_value(text: str) -> str | None:
    """The line without its struck words, when a label stands before them and a new value beside
    them; None for a line to withdraw (module docstring)."""
    if text.count("~~") % 2:
        return None  # a strike running over lines
    before = text[: text.index("~~")]
    after = _STRUCK.sub(" ", text[len(before) :])
    if not _WORD.search(before) or not _WORD.search(after.replace("*", "").replace("_", "")):
        return None
    return before + ("" if before[-1:].isspace() else " ") + re.sub(r"\s{2,}", " ", after).strip()
