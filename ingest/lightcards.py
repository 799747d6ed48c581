"""Lights given on cards: a dimension with its value on a line of their own, above or below it.

A report that gives each dimension a card or a tile prints the colour above the dimension ("VIHREÄ" /
"Aikataulu") or, under the dimension, a line that labels the rating ("Aikataulu" / "Tilanne: P" /
a comment). ``ingest/lighttext.py`` pairs these lines; here is what each line says.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import explained as _explained
from hankegraafi.ingest.lightvalues import strict_value, value_of
from hankegraafi.ingest.lightwords import colour_word as _colour_word
from hankegraafi.ingest.lightwords import symbols


def card_light(value_line: str, below: str) -> tuple[str, str] | None:
    """A card or tile that prints its colour above the dimension ("VIHREÄ" / "Aikataulu" / its text)."""
    raw = value_line.strip()
    symbol = len(raw) <= 2 and (raw[:1] in symbols() or _explained(raw) is not None)
    if "\t" in below or ":" in below or len(raw) > 20 or not (symbol or _colour_word(raw.strip("*_ "))):
        return None
    dim = dimension_of(below) if len(below.strip()) <= 50 else None
    value = value_of(raw)
    return (dim, value) if dim is not None and value in ("on-plan", "deviation") else None


#: The line under a card's dimension that labels its value: "Tilanne: P", "Status: green", "Arvio – keltainen".
_CARD_VALUE = re.compile(r"^(?P<label>[^\W\d][\w ]{0,30}?)\s*(?::|\s[–—-])\s*(?P<value>\S.{0,60})$")


def labelled_value(below: str) -> str | None:
    """The value a card gives under its dimension on a labelled line ("Aikataulu" over "Tilanne: P",
    "Schedule" over "Status: red", "Riskit" over "Arvio – 🟢"), or None.

    The class: a report that gives each dimension a card or a section of its own (a heading, then a
    line naming the rating, then a comment), whatever word labels the rating. The label is a few words
    that name no dimension and the value after it says itself (:func:`strict_value`: a colour word
    first, a symbol, a mark the document's legend explains, a ticked option), so a comment line
    ("Vastuuhenkilö: Anna K.", "Syy: rekrytointi viivästyi") is no value.
    """
    found = _CARD_VALUE.match(below.strip().strip("*_ "))
    if found is None or len(found["label"].split()) > 3 or dimension_of(found["label"]):
        return None
    value = strict_value(found["value"].strip("*_ "))
    return value if value in ("on-plan", "deviation") else None


__all__ = ["card_light", "labelled_value"]
