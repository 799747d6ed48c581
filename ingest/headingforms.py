"""A section's heading with a comma's aside after its label or a genitive before it (G10, stop 41).

Split from ingest/labels.py (at its 600-line limit), which asks :func:`qualified_heading` last, with its own
exact lookup of a label in the headings' vocabulary: "Tavoitteet, tilanne lokakuussa" and "4 Kokeilujen
tavoitteet" are the goals section; a line that states something ("Tavoitteet, jotka asetettiin, ovat …") is no
heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: "Tavoitteet, tilanne lokakuussa", "Goals, status in October": a section's label, a comma and an aside of the
#: page's own in lower case.
_COMMA_ASIDE = re.compile(r"^(?P<label>[^,:;.]{3,50}?),\s+(?P<aside>[a-zåäö][^,:;.!?]{0,50})$")
#: "Kokeilujen tavoitteet", "Delprojektens mål", "The pilots' goals": a section's label after one word in the
#: genitive that says whose (Finnish -n, Swedish -s, English -'s / -s').
_GENITIVE = re.compile(
    r"^(?:(?:[Tt]he|[Oo]ur)\s+)?(?P<whose>[^\W\d_][\w-]{2,}(?:n|s|'s|s'))\s+"
    r"(?P<label>[^\W\d_][\w-]+(?:\s[\w-]+)?)$"
)
#: "Tavoitteet 2024", "Riskit vuodelle 2025", "Goals 2024–2025", "Tavoitteet (2023–2025)": a section's label and the
#: year or years it is for (stop 50, G7: a slide's "Tavoitteet 2024" over its goals). Any section but the costs:
#: "Kustannukset 2024" is a year's costs, which the cost readers tell by the year.
_FOR_YEAR = re.compile(
    r"^(?P<label>[^\W\d_][\w-]+(?:\s(?!för\b|for\b|vuodelle\b)[^\W\d_][\w-]+)?)\s+(?:för\s+|for\s+|vuodelle\s+)?\(?\d{4}(?:\s*[–—/-]\s*\d{2,4})?\)?$",
    re.I,
)
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
_GOAL_KEYS = ("goals", "goal-results")


def qualified_heading(
    text: str, exact: Callable[[str], str | None], states: Callable[[str], bool]
) -> str | None:
    """The section ``text`` names by a label the vocabulary knows exactly (``exact``: label → section key), with a
    comma's aside after it or a genitive before it; None for a line that ``states`` something."""
    head = _OUTLINE_NUMBER.sub("", text.strip())
    if states(head):
        return None
    m = _COMMA_ASIDE.match(head)
    if m is not None:
        return exact(m.group("label"))
    year = _FOR_YEAR.match(head)
    key = exact(year.group("label")) if year is not None else None
    if key is not None and not key.startswith("costs"):
        return key  # "Tavoitteet 2024", "Riskit vuodelle 2025": the section of the year; a year's costs are the cost readers'
    m = _GENITIVE.match(head)
    key = exact(m.group("label")) if m is not None else None
    # Whose goals they are leaves them goals; whose results or risks says more ("Arvioinnin tulokset" are the
    # evaluation's findings, not the project's outputs), so only a goals label is read through a genitive.
    return key if key in _GOAL_KEYS else None
