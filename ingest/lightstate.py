"""Where a block of lines stands for lights while a document is segmented: what a table's header said its
rows mean, whether the lines are under a heading of lights or beside a light a vocabulary label named.

``ingest/lighttext.py`` keeps one :class:`Table` per document (and per table a reader gives by itself) in
:data:`TABLE` and updates it line by line; the readers of rows (``lighttext``) and of lines
(``ingest/lightlines.py``) ask it whether a label in other words may name a dimension here
(:func:`in_place`) and whether a phrase may be a value (:func:`loose_value`).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field

from hankegraafi.ingest.lightdims import dimension_of, loose_dimension
from hankegraafi.ingest.lightvalues import strict_value, value_of


@dataclass
class Table:
    """What the rows under a header mean while a document is segmented: which column is which colour
    ("Ulottuvuus | Vihreä | Keltainen | Punainen" over ticked boxes), and which column is the latest
    reporting period of a light matrix ("Osa-alue | 3/2024 | 4/2024 | 1/2025")."""

    colours: dict[int, str] = field(default_factory=dict)
    latest: int | None = None
    #: A header of dimensions over rows of periods ("Jakso | Aikataulu | Kustannukset"), and the latest
    #: period read under it: a later period's row rates again.
    dimensions: list[str] = field(default_factory=list)
    period: tuple[int, int] | None = None
    #: A dimension alone on its line whose value is a ticked option on a line below ("☒ Keltainen").
    pending: str | None = None
    #: A header row whose next line is a Markdown rule ("|---|---|"): the row after the rule is its values.
    ruled: list[str] | None = None
    #: A header of dimensions over rows that each name a unit ("Kohde | Aikataulu | Riskit" over
    #: "Investointi 2: X | 🟢 | 🟡"): every such row rates its own unit.
    units: list[str] | None = None
    #: A header of a list of deviations ("Osa-alue | Poikkeama | Korjaava toimenpide"): a dimension in a row
    #: under it deviates, whatever the row's words, unless they say there is none.
    deviations: bool = False
    #: A header with a column of the tolerance ("Osa-alue | Toteuma | Sallittu poikkeama"): (the measured
    #: deviation's column, the tolerance's column) for the rows below (``lighttolerance.within``).
    tolerance: tuple[int, int] | None = None
    #: Where lights are given (:func:`in_place`): under a heading of lights, and the line count of the
    #: last light a vocabulary label named, so that a label in other words beside it is read too.
    heading: bool = False
    seen: int = 0
    named_at: int = -99
    #: A goal grid's header ("Tavoite | Toteutunut | Osittain | Ei toteutunut") over its rows: goals ticked by
    #: their status, no place of lights in other words (test50 ou10: "Asiakkaista 80 % pitää … hyödyllisenä").
    goals: bool = False


TABLE: ContextVar[Table | None] = ContextVar("light_table", default=None)


def loose_value(text: str) -> str | None:
    """The value beside a label in other words: one that says itself (:func:`strict_value`), or under a
    heading of lights a phrase of the scale too ("Riskienhallinta | Hallinnassa", "Budjetissa pysyminen |
    Pientä viivettä"), a phrase of five words at most and no sentence. The class: a template that names
    its dimensions in its own words and rates them in words, in a section the document gives to lights. Outside such a section the same row is a risk's or
    an indicator's own assessment, so only a colour or a mark is taken there.
    """
    table = TABLE.get()
    phrase = len(text.split()) <= 5 and not text.rstrip().endswith((".", "!", "?"))  # a sentence is a comment
    return strict_value(text) or (value_of(text) if phrase and table and table.heading else None)


def dimension(text: str) -> tuple[str | None, bool]:
    """(the dimension of a label, whether only :func:`loose_dimension` knew it)."""
    dim = dimension_of(text)
    if dim is not None:
        return dim, False
    loose = loose_dimension(text) if in_place() else None
    return loose, loose is not None


def in_place() -> bool:
    """The line stands where the document gives lights, so a label in other words may name a dimension.

    A label whose one word is a dimension's ("Riskitaso", "Tulosten laatu") is read as a light only
    there: under a heading of lights, or next to a light that a vocabulary label names (the row
    before or after it in the same table or list). Elsewhere the same label is a risk table's level
    ("Riskitaso | keltainen" of one risk), a goal or an indicator rated in its own table ("Hoidon
    laatu paranee | 🟢"), or a section heading, and no light of the project.
    """
    table = TABLE.get()
    return table is not None and not table.goals and (table.heading or table.seen - table.named_at <= 2)


#: The corner of a goal grid: the goal's word ("Tavoite", "Tavoitteet", "Mål", "Goal", "Objective") or a compound
#: of it ("Osatavoite", "Delmål"). Its columns are goal statuses, which read as colours would ("Toteutunut").
_GOAL_CORNER = re.compile(
    r"^(?:\w*tavoite|\w*tavoitteet|tavoitteen kuvaus|\w*mål|\w*målen|\w*målet|goals?|objectives?)$", re.I
)


def goal_grid(table: Table, cells: list[str]) -> bool:
    """The header is a goal grid's (:data:`_GOAL_CORNER` in its corner, a status column or more beside): its
    rows rate no dimension, its columns are no colours. Remembered in ``table`` until the next header."""
    table.goals = len(cells) >= 3 and bool(_GOAL_CORNER.match(cells[0].strip(" *_:")))
    if table.goals:
        table.colours, table.latest = {}, None
    return table.goals


def realigned(cells: list[str]) -> list[str]:
    """A space-aligned row's cells as its columns are, where the reader's alignment slipped: a cell of
    dimensions parted by two spaces ("Tidtabell  Kostnader  Personal") is a cell each; a mark glued to the
    row's label by one space, the cell after it empty ("Investering 3: X ●" | "" | "●"), is the first value."""
    out: list[str] = []
    for cell in cells:
        parts = re.split(r"\s{2,}", cell.strip()) if "  " in cell.strip() else [cell]
        out += parts if len(parts) >= 2 and all(dimension_of(p) for p in parts) else [cell]
    if len(out) > len(cells):
        out = [c for c in out if c.strip()]  # the empty cell the slipped alignment left beside them
    glued = re.match(r"^(?P<label>.*\w)\s(?P<mark>[^\w\s])$", out[0].strip()) if len(out) >= 3 else None
    if glued and not out[1].strip() and strict_value(glued.group("mark")) in ("on-plan", "deviation"):
        out[:2] = [glued.group("label"), glued.group("mark")]
    return out


__all__ = ["TABLE", "Table", "dimension", "goal_grid", "in_place", "loose_value", "realigned"]
