"""A project's name in a table's or figure's caption: "Taulukko 1. X: perustiedot" (split out of identity.py).

A report may print its project's name only over a table ("Tabell 2 – X – grunduppgifter"): the caption's lead
("Taulukko 1.", "Kuvio 2:", "Table 1.") and the section word of the form it shows are set aside, the rest is the name.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_heading

#: A caption's lead: "Taulukko 1.", "Kuvio 2:", "Tabell 3", "Table 1." before what the table or figure shows.
_CAPTION = re.compile(
    r"^(?:taulukko|kuvio|kuva|liite|tabell|figur|bilaga|table|figure)\s+\d{1,3}\s*[.:–—-]?\s+(?P<rest>\S.*)$",
    re.I,
)
#: Between a caption's name and its section word: a colon or a dash.
_CAPTION_PARTS = re.compile(r":\s+|\s+[–—-]\s+")


def caption_name(text: str) -> str | None:
    """The project a caption names beside a section of the form it shows: "Taulukko 1. X: perustiedot",
    "Tabell 2 – X – grunduppgifter" give X. The section word is one the vocabulary knows as a
    section's heading (basics, goals, lights, costs); the other part, capitalised, is the name."""
    caption = _CAPTION.match(text.strip())
    if caption is None:
        return None
    parts = [p.strip(" .") for p in _CAPTION_PARTS.split(caption.group("rest")) if p.strip(" .")]
    if len(parts) != 2:
        return None
    sections = [match_heading(p) is not None for p in parts]
    if sections.count(True) != 1:
        return None
    name = parts[sections.index(False)]
    return name if name[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None
