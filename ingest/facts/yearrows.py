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
