"""Where a document gives lights: the headings that open a place of lights and those that close it.

``ingest/lighttext.py`` reads a label in other words ("Riskitaso", "Tulosten laatu") as a light only
in such a place (its ``_in_place``); these are the lines that say where one begins and ends.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import value_of

#: A heading that says the lines under it give lights ("Liikennevalot", "1 Liikennevalot hankkeen
#: päättyessä", "Tilannekuva", "Trafikljus", "Etenemisen arvio", "Lägesbedömning"); the ``document-section``
#: lights heading in any longer heading.
PLACE_HEADING = re.compile(
    r"liikennevalo|trafikljus|traffic\s*light|tilannekuva|lägesbild|etenemi\w*|lägesbedömning", re.I
)


def place_heading(text: str) -> bool:
    """The line names lights: a heading of lights, or a label that says a list of lights follows, or a
    heading the section vocabulary knows as the lights section (``document-section/lights`` in fields.ttl:
    "Tilannearvio osa-alueittain"), so that a new template's heading is one vocabulary line."""
    if PLACE_HEADING.search(text):
        return True
    found = match_heading(text) if len(text) <= 80 else None
    return found is not None and found[0] == "lights" and not found[1]


#: A heading by its shape: Markdown's, a numbered section's ("2 Riskit", "3. TAVOITTEET").
_HEADING_SHAPE = re.compile(r"^\s*(?:#{1,6}\s|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÄÖÅ])")


def other_heading(text: str) -> bool:
    """A heading of another section than lights: a known one, a numbered or Markdown one, or a short
    line of a few words that names no dimension by the vocabulary's label and is no value
    ("Riskienhallinta", "Tavoitteet"); called for a line that gave no light."""
    found = match_heading(text)
    if found is not None:
        return found[0] != "lights"
    raw = text.strip().strip("*_ ")
    if _HEADING_SHAPE.match(raw):
        return True
    words = raw.split()
    return (
        0 < len(words) <= 6
        and ":" not in raw
        and "=" not in raw
        and raw[:1].isupper()
        and dimension_of(raw) is None
        and value_of(raw) is None
    )


__all__ = ["PLACE_HEADING", "other_heading", "place_heading"]
