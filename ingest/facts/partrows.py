"""Tables of a project's parts whose rows number the parts under the parts' word (moved from parts.py).

"Investointi | Nimi | Haettava avustus €" over "1 | Hoitojonot | 900 000": each row is the part
"Investointi 1: Hoitojonot".
"""

from __future__ import annotations

import dataclasses
import re

from hankegraafi.ingest.facts.partwords import document_words, part_words
from hankegraafi.ingest.facts.sumrows import amount
from hankegraafi.ingest.segment import Element

#: A total row's label: "Yhteensä", "Total", "Summa".
TOTAL = re.compile(r"^\s*(?:yhteensä|kaikki yhteensä|kokonaiskustannukset|total|totalt|summa)\b", re.I)

#: A column of the parts' names beside their numbers ("Nimi", "Investoinnin nimi", "Namn").
NAME_COLUMN = re.compile(r"(?:\w+n\s+)?(?:nimi|nimike|namn|benämning|name)", re.I)


def numbered_rows(element: Element) -> Element:
    """'Investointi | Nimi | Haettava avustus €' over '1 | Hoitojonot | 900 000': each row's part read
    as 'Investointi 1: Hoitojonot', the number under the part's word and the name in a column of its own.
    The total row's label may stand in the name column ('| Yhteensä | 3 164 000')."""
    header = element.header
    word = header[0].strip(" *_") if header else ""
    if len(header) < 3 or (
        part_words().get(word.lower()) not in ("investment", "sub-project")
        and word.lower() not in document_words()
    ):
        return element
    names = [i for i, h in enumerate(header) if i and NAME_COLUMN.fullmatch(h.strip(" *_"))]
    if not names:
        return element
    at = names[0]
    rows = [[header[0], *(h for i, h in enumerate(header) if i not in (0, at))]]
    for row in element.rows[1:]:
        first, name = row[0].strip(), (row[at].strip() if at < len(row) else "")
        rest = [c for i, c in enumerate(row) if i not in (0, at)]
        if re.fullmatch(r"\d+(?:\.\d+)?", first) and name:
            first = f"{word[:1].upper()}{word[1:].lower()} {first}: {name}"
        elif not first and TOTAL.match(name):
            first = name
        rows.append([first, *rest])
    return dataclasses.replace(element, rows=rows)


def not_taken_up(row: list[str]) -> bool:
    """A part's row whose every sum is zero ("Investointi 3: X | - | 0 | 0"): the project does not take it up
    (moved from parts.py)."""
    values = [a for a in (amount(c) for c in row[1:]) if a is not None]
    return bool(values) and all(v == 0 for v in values)
