"""What per-chunk and per-sentence hooks ask of the whole document, read once per walk (``Context.once``).

A hook that runs for each chunk, sentence or table and reads every element of the document makes a document of
many sections quadratic: a long-form sheet of 1 920 sections, one chunk each, read its 1 920 elements 1 920 times
(the goals' single-row tables and status lines, the name field, an element's index: stop 54's CI failed on it).
Each answer here is a function of the elements alone, built in one pass and asked in constant or logarithmic time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import accumulate

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.segment import Element


def _single_rows(ctx: Context) -> dict[int, str]:
    rows: dict[int, str] = {}
    for e in ctx.seg.elements:
        if e.type == "table" and len(e.rows) == 1 and len(e.rows[0]) == 2 and e.first == e.last:
            rows[e.first] = "  ".join(e.rows[0])  # the last table of a line, as a dict built in order keeps it
    return rows


def single_rows(ctx: Context) -> dict[int, str]:
    """Line → its cells joined by two spaces, of each table of one row of two cells on one line (never change it)."""
    return ctx.once(_single_rows)


def _status_lines(ctx: Context) -> frozenset[int]:
    return frozenset(
        e.first for e in ctx.seg.elements if e.type == "field" and e.key == "status" and e.first == e.last
    )


def status_lines(ctx: Context) -> frozenset[int]:
    """The lines of the status fields of one line ("Tila: kesken", "Status: uppnått")."""
    return ctx.once(_status_lines)


def _name_field(ctx: Context) -> bool:
    return any(e.type == "field" and e.key == "name" for e in ctx.seg.elements)


def name_field(ctx: Context) -> bool:
    """A field of the document names its project ("Hankkeen nimi: X")."""
    return ctx.once(_name_field)


def _indexes(ctx: Context) -> dict[int, int]:
    index: dict[int, int] = {}
    for i, e in enumerate(ctx.seg.elements):
        index.setdefault(id(e), i)
    return index


def element_before(ctx: Context, element: Element) -> Element | None:
    """The element right before ``element`` in the document (None for the first, or one not in it)."""
    elements = ctx.seg.elements
    index = ctx.once(_indexes).get(id(element), 0)
    if index and elements[index] is not element:  # not the walk's element list: read it as it stands
        index = next((i for i, e in enumerate(elements) if e is element), 0)
    return elements[index - 1] if index > 0 else None


def _highest_first(ctx: Context) -> list[int]:
    return list(accumulate((e.first for e in ctx.seg.elements), max))


def first_below(ctx: Context, line: int) -> Element | None:
    """The first element, in the document's order, that begins below ``line``: where the highest first line so
    far first passes ``line`` (an element that begins there is the one that passes it)."""
    highest = ctx.once(_highest_first)
    at = bisect.bisect_right(highest, line)
    return ctx.seg.elements[at] if at < len(ctx.seg.elements) else None


def after(elements: list[Element], index: int) -> Iterator[Element]:
    """The elements after ``elements[index]``, read in place: a slice (``elements[index + 1 :]``) per part copied
    the rest of the document for each part (facts/partscopes.py)."""
    return (elements[i] for i in range(index + 1, len(elements)))
