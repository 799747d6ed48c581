"""A cost sheet kept in long form: a column of the year beside the kind, one row per kind and year.

Class read: an Excel follow-up sheet or a table printed from one whose year is a column of its own
("KUSTANNUKSET (€) | Vuosi | Budjetti | Toteuma | Poikkeama" over "Henkilöstökulut | 2023 | …",
"Yhteensä | 2023 | …", "Henkilöstökulut | 2024 | …"; "Kostnadsslag | År | Budget | Utfall"), neither a
column per year (``money._by_year``) nor a year above the table. The year may come first too, before
the kind ("Vuosi | Kustannuslaji | Suunniteltu | …" over "2023 | Henkilöstökulut | …": test38 oi17, oi03),
when a year comes again on a later row with a label after it. Read as one table, every year's rows
went to one statement and its year was lost; each year's rows are that year's table.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from hankegraafi.ingest.columnshapes import part_of_year
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.costcats import cost_category
from hankegraafi.ingest.facts.costkinds import kind_cue
from hankegraafi.ingest.labels import YEAR_HEAD
from hankegraafi.ingest.segment import Element

_YEAR = re.compile(r"(?:19|20)\d{2}")


def year_column(rows: list[list[str]], is_kind: Callable[[str], str | None] | None = None) -> int | None:
    """The index of the column of years: headed by a year's word, a year in it on the first two rows or
    more under the header (rows after them with none are no rows of the sheet's table: "Osahankkeelle
    myönnetty yhteensä | 1 443 000" below a blank row). A first column of years needs ``is_kind``, the
    judge of the cost kinds after it (:func:`_long_form`)."""
    if len(rows) < 3:
        return None
    for index, head in enumerate(rows[0]):
        if YEAR_HEAD.fullmatch(head.strip()) and len(dated := _dated(rows, index)) >= 2:
            if index == 0 and (is_kind is None or not _long_form(dated, is_kind)):
                continue  # "Vuosi | Budjetti | Toteuma" over "2023 | …": a row a year, the year its label
            return index
    return None


def _long_form(dated: list[list[str]], is_kind: Callable[[str], str | None]) -> bool:
    """Years first and a kind after each ("Vuosi | Kustannuslaji | …" over "2023 | Henkilöstökulut | …",
    test38 oi17, oi03): a year comes again on a later row and the cell after it is a cost kind on most rows;
    a year first with sums after it ("2023 | 520 000 | …") is a row a year, read as such elsewhere, and one
    over months or over projects ("2024 | tammikuu | …", "2023 | Etäneuvola Kainuu | …": R12-1) no cost sheet."""
    years = [row[0].strip() for row in dated]
    kinds = sum(1 for row in dated if len(row) > 1 and is_kind(row[1].strip()))
    return len(set(years)) < len(years) and 2 * kinds > len(dated)


def _dated(rows: list[list[str]], index: int) -> list[list[str]]:
    """The rows under the header with a year in column ``index``, up to the first without one."""
    return list(
        itertools.takewhile(lambda row: index < len(row) and _YEAR.fullmatch(row[index].strip()), rows[1:])
    )


def split(
    element: Element, is_kind: Callable[[str], str | None] | None = None
) -> list[tuple[str, Element]] | None:
    """Each year with its table (the header and that year's rows, the year's column left out), in the
    order the years come; None for a table with no column of years."""
    index = year_column(element.rows, is_kind)
    if index is None:
        return None
    lines = (
        element.row_lines
        if len(element.row_lines) == len(element.rows)
        else [element.first] * len(element.rows)
    )
    header = [c for i, c in enumerate(element.rows[0]) if i != index]
    years: dict[str, tuple[list[list[str]], list[int]]] = {}
    dated = _dated(element.rows, index)
    for row, line in zip(dated, lines[1 : 1 + len(dated)], strict=True):
        year = row[index].strip()
        rows, numbers = years.setdefault(year, ([header], [lines[0]]))
        rows.append([c for i, c in enumerate(row) if i != index])
        numbers.append(line)
    return [
        (year, dataclasses.replace(element, rows=rows, row_lines=numbers, first=numbers[0], last=numbers[-1]))
        for year, (rows, numbers) in years.items()
    ]


#: A row label that is one year, perhaps with the months it covers ("2023", "2024 (1–6)", "Vuosi 2025").
_YEAR_ROW = re.compile(r"(?:vuosi\s+|år\s+|year\s+)?((?:19|20)\d{2})(?!\s*[–-]\s*(?:19|20)?\d{2}\b)\b", re.I)
#: Two years in a row label: the whole period ("Koko hankeaika 2022–2025", "2022–2025").
_YEARS_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[–-]\s*(?:19|20)?\d{2}\b")


def by_rows(ctx: Context, element: Element, columns: list[str | None], costs: Callable[..., object]) -> bool:
    """A table of money columns with a row per year and no cost categories ("Vuosi | Budjetti € | Toteuma €"
    over "2023 | 540 000 | 498 300", "2024 (1–6) | …", "Koko hankeaika 2022–2025 | 1 650 000 | …"): each
    year's row is the total of that year's statement, a row of the whole period (two years, a total's word
    or a cumulative cue) the total of the cumulative one. The class of a page or sheet that gives a unit's
    money year by year without its categories. Rows of the parts of one year and their total (:func:`_parts`)
    give the total as that year's. ``costs``: ``money._costs``."""
    rows = [r for r in element.rows[1:] if r and r[0].strip()]
    years = [m.group(1) if (m := _YEAR_ROW.match(r[0].strip())) else None for r in rows]
    if (parts := _parts(rows)) is not None:
        years = [parts if _total(r[0]) else None for r in rows]
        rows = [r for r, year in zip(rows, years, strict=True) if year]
        years = [parts] * len(rows)
    elif sum(1 for y in years if y) < 2 or any(cost_category(r[0]) not in (None, "total") for r in rows):
        return False
    for row, year in zip(rows, years, strict=True):
        whole = _YEARS_SPAN.search(row[0]) or cost_category(row[0]) == "total" or kind_cue([row[0]])
        if year is None and not whole:
            continue
        line = element.row_lines[element.rows.index(row)]
        single = dataclasses.replace(element, rows=[element.header, row], row_lines=[element.first, line])
        if year is not None and not _YEARS_SPAN.search(row[0]):
            costs(ctx, single, columns, year_hint=year, kind_hint="annual", totals=True)
        else:
            costs(ctx, single, columns, kind_hint="cumulative", totals=True)
    return True


def _parts(rows: list[list[str]]) -> str | None:
    """The year whose parts the rows are, with one total row after them ("Q1 2023" … "Q4 2023" and "Total 2023",
    "H1/2024 | H2/2024 | Yhteensä"; test46 oq18): the total is that year's, the parts no cells of their own (as a
    part of a year's column beside its whole, ``columnshapes``). Every year named in the labels is the one."""
    labels = [r[0].strip(" *_") for r in rows]
    totals = [label for label in labels if _total(label)]
    parts = [label for label in labels if label not in totals and part_of_year(label)]
    found = {m.group(0) for label in labels for m in _YEAR.finditer(label)}
    if len(totals) != 1 or len(parts) < 2 or len(parts) + 1 != len(labels) or len(found) != 1:
        return None
    return found.pop()


def _total(label: str) -> bool:
    """A total's row, its year aside ("Total 2023", "Yhteensä 2024", "Totalt")."""
    return cost_category(_YEAR.sub(" ", label).strip(" *_")) == "total"
