"""A table of the changes made to the plan, one row a dimension, read as lights when the document says what
no change means: "Osa-alue, jossa ei tehty muutoksia, eteni suunnitelman mukaan." over "Osa-alue | Muutokset"
rows ("Aikataulu | ei muutoksia", "Henkilöstö | sairaanhoitajan toimi täytettiin puoli vuotta myöhemmin").

The class: a report, a plan's update or a board's § that rates its dimensions by what was changed (test26
o11, test22 q07): a row whose change cell says there was none ("ei muutoksia", "ei muutosta", "inga
ändringar", "no changes") is on plan; a row that describes a change is a deviation. The document states it
in a sentence (no table row) that names no change and a phrase of the plan
("… ei muutosta tarkoittaa, että osa-alue etenee suunnitelman mukaan", "Areas with no changes went as
planned").

The negative side: a changes column no sentence explains (a version history "Versio | Muutokset") rates
nothing; a row whose first cell names no dimension is none; an empty cell or a dash says nothing.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import table_cells
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightwords import words

#: A column of changes: "Muutokset", "Muutos hankesuunnitelmaan", "Ändringar i planen", "Changes to the plan".
_HEAD = re.compile(r"^(?:muutok\w*|muutos|ändring\w*|changes?)\b(?:\s+\S+){0,3}$", re.I)
#: A word of change anywhere in the document: the cue tested first.
_CUE = re.compile(r"muuto|ändring|change", re.I)
#: A cell or a sentence that says nothing was changed.
_NONE = re.compile(
    r"\b(?:ei\s+(?:\w+\s+)?muutok\w*|ei\s+muutost\w*|inga\s+ändringar|ingen\s+ändring|no\s+changes?|unchanged|ennallaan)\b",
    re.I,
)


def changed_rows(lines: list[str], text: str | None = None) -> list[tuple[int, str, str]]:
    """(line number, dimension, value) of each row of a table of changes, when a sentence of the document
    explains what no change means."""
    out: list[tuple[int, str, str]] = []
    explained: bool | None = None
    if not _CUE.search(text if text is not None else "\n".join(lines)):
        return out  # the cue first: no word of change in the document
    for at, line in enumerate(lines):
        if "\t" not in line and "|" not in line:
            continue  # the cue first: a table's row
        header = table_cells(line) or []
        column = next((i for i, c in enumerate(header) if i and _HEAD.match(c.strip(" *_"))), 0)
        if not column or dimension_of(header[0]):
            continue
        explained = _explained(lines) if explained is None else explained
        if not explained:
            return []
        for no in range(at + 1, min(at + 40, len(lines))):
            row = table_cells(lines[no])
            if row == [] and lines[no].strip():
                continue  # a Markdown rule under the header
            if not row:
                break
            dim = dimension_of(row[0])
            cell = row[column].strip(" *_") if len(row) > column else ""
            if dim is None or not cell or re.fullmatch(r"[-–—]+", cell):
                continue
            out.append(
                (no + 1, dim, "on-plan" if _NONE.search(cell) and len(cell.split()) <= 4 else "deviation")
            )
    return out


def _explained(lines: list[str]) -> bool:
    """A sentence of the document (no table row) says that no change is the plan's course."""
    return any(
        "\t" not in text and _NONE.search(text) and words("on-plan").search(text)
        for text in lines
        if len(text) <= 300
    )


__all__ = ["changed_rows"]
