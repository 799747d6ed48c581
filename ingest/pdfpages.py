"""A PDF's pages as one text: the running header and footer printed on every page are read once, and a table
that runs over a page break is one table.

A report printed to PDF repeats its letterhead ("Etelä-Pohjanmaan hyvinvointialue    Loppuraportti") at the top
of every page and a page number ("Sivu 1", "1 / 2", "1 (2)", "sivu 1/2") at the foot. Read page after page,
they stood between the last row of a table and its next rows on the next page: the rows after the break were
read as a table of their own under the letterhead as its header, and their figures were lost (test47 or14's
travel and other costs). Here a header repeated at the top of every page is kept on the first page only, a
footer repeated at the foot of every page on the last page only, and a line that is only the page's number
("Sivu 2", "2/3", "Page 2 of 3", "- 2 -") is dropped; the repeats are recognised with the page's number aside. A
page whose first row has as many cells as the last row of the page before, figures where it has figures,
continues that table; one that opens with another table under a table (the header printed again over the rest, the
next year's table) keeps the furniture between them as read, which keeps the two tables apart as before. Nothing
changes in a document of one page.
"""

from __future__ import annotations

import re

#: A line that only numbers its page: "Sivu 2", "sivu 2/3", "2 / 3", "2 (3)", "Page 2 of 3", "Sida 2 av 3", "- 2 -".
_PAGE_NUMBER = re.compile(
    r"(?i)[-–—(\[ ]*(?:(?:sivu|sida|page|s\.|p\.)\s*)?(?P<no>\d{1,4})"
    r"(?:\s*(?:/|\(|of|av|kautta)\s*\d{1,4}\)?)?[-–—)\] ]*"
)
#: How many lines at the top or foot of a page are looked at for a running header or footer.
_FURNITURE_LINES = 2


#: A page's number within a line: "sivu 2", "Sida 2 av 3", "Page 2 of 3", "2 / 3", "2 (3)".
_PAGE_REF = re.compile(
    r"(?i)\b(?:sivu|sida|page|s\.|p\.)\s*\d{1,4}(?:\s*(?:/|of|av)\s*\d{1,4})?\b|\b\d{1,4}\s*(?:/\s*\d{1,4}|\(\d{1,4}\))"
)


def _masked(line: str) -> str:
    """The line with its page's number aside: a running header or footer reads so the same on every page; a page's
    own heading numbered by its part ("Osahanke 1", "Osahanke 2") does not (red team R21-6)."""
    return _PAGE_REF.sub("#", re.sub(r"\s+", " ", line.strip()))


def _page_number(line: str, page: int) -> bool:
    match = _PAGE_NUMBER.fullmatch(line.strip())
    return match is not None and int(match.group("no")) == page


def _edges(page: list[str], top: bool) -> list[int]:
    """The indexes of a page's first (or last) few lines with text, from the edge inwards."""
    order = range(len(page)) if top else range(len(page) - 1, -1, -1)
    return [i for i in order if page[i].strip()][:_FURNITURE_LINES]


def _repeated(pages: list[list[str]], top: bool) -> int:
    """How many lines at the top (or foot) of every page read the same, digits aside."""
    edges = [_edges(page, top) for page in pages]
    count = 0
    for depth in range(_FURNITURE_LINES):
        if any(len(e) <= depth for e in edges):
            break
        texts = {_masked(pages[p][e[depth]]) for p, e in enumerate(edges)}
        if (
            len(texts) != 1
            or len(next(iter(texts))) < 2
            or any(_figures(pages[p][e[depth]]) for p, e in enumerate(edges))
        ):
            break  # a row of amounts is the table's, however alike its digits read
        count += 1
    return count


def _cells(line: str) -> int:
    return line.count("\t") + 1 if "\t" in line else 0


#: A cell of a figure: an amount or a share ("9 800", "1 320,50", "71 %"), not a year alone ("2024") nor a period.
_FIGURE = re.compile(
    r"(?!(?:19|20)\d\d$)[-−+]?(?:\d{1,3}(?:[ .\u00a0]\d{3})*|\d+)(?:[,.]\d+)?(?:\s*(?:€|%|t€))?"
)


def _figures(line: str) -> bool:
    """A row of figures: a cell after the first holds an amount or a share (a header of years holds none)."""
    return any(_FIGURE.fullmatch(cell.strip()) for cell in line.split("\t")[1:])


def _rows_meet(before: list[str], after: list[str]) -> bool:
    """``before`` ends with a row of cells and ``after`` opens with one."""
    last = next((line for line in reversed(before) if line.strip()), "")
    first = next((line for line in after if line.strip()), "")
    return bool(_cells(last)) and bool(_cells(first))


def _continues(before: list[str], after: list[str]) -> bool:
    """The first row of ``after`` is one more row of the table that ends ``before``: as many cells, figures where
    the row above has figures (a new table's header of years and words under a table of amounts is no row of it)."""
    last = next((line for line in reversed(before) if line.strip()), "")
    first = next((line for line in after if line.strip()), "")
    if not _cells(last) or _cells(first) != _cells(last) or _figures(first) != _figures(last):
        return False
    rows: list[str] = []
    for line in reversed(before):
        if not line.strip() or not _cells(line):
            break
        rows.append(line)
    return first not in rows


def joined_pages(pages: list[list[str]]) -> list[str]:
    """``pages`` (each page's lines) as one list of lines, an empty line between pages (see the module)."""
    if len(pages) < 2 or len({tuple(_masked(line) for line in page if line.strip()) for page in pages}) == 1:
        return [line for page in pages for line in [*page, ""]]  # one page, or one page printed again and again
    pages = [list(page) for page in pages]
    drop: list[set[int]] = [set() for _ in pages]
    heads, feet = _repeated(pages, True), _repeated(pages, False)
    top_of: list[set[int]] = []
    foot_of: list[set[int]] = []
    for number, page in enumerate(pages, start=1):
        top, foot = _edges(page, True), _edges(page, False)
        top_of.append(set(top))
        foot_of.append(set(foot))
        if number > 1:
            drop[number - 1].update(top[:heads])
        if number < len(pages):
            drop[number - 1].update(foot[:feet])
        for i in (*top[:1], *foot[:1]):
            if _page_number(page[i], number):
                drop[number - 1].add(i)
    kept = [[line for i, line in enumerate(page) if i not in drop[p]] for p, page in enumerate(pages)]
    for p in range(1, len(kept)):
        if _rows_meet(kept[p - 1], kept[p]) and not _continues(kept[p - 1], kept[p]):
            # A page that opens with another table (its header printed again, or the next year's) under a table:
            # the furniture between them stays, as read, and keeps the tables apart.
            kept[p - 1] = [
                line for i, line in enumerate(pages[p - 1]) if i not in drop[p - 1] or i in foot_of[p - 1]
            ]
            kept[p] = [line for i, line in enumerate(pages[p]) if i not in drop[p] or i in top_of[p]]
    return [line for page in kept for line in [*page, ""]]


__all__ = ["joined_pages"]
