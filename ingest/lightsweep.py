"""Every rating value in a document, so that the ones no light used can be accounted for.

A template may put its lights in a form no reader of ``ingest/lighttext.py`` knows; its values are still
values of the light scale: a colour word ("keltainen", "Amber"), a coloured symbol ("🟡"), a mark the
document's legend explains ("K" under "V = vihreä, K = keltainen"), a ticked option, a verdict of the
scale ("Ei OK"). :func:`ratings` finds every such value where a rating stands (a table cell, a short line
or the value after a label), whatever the words around it say, and :func:`unread` those on lines no fact
was read from, so that the coverage report (``ingest/coverage.py``) shows a publisher the ratings the
ingest left unread. The class is the value, not the layout: a new template's lights show here even when
nothing reads them. A scale written out (a legend, a header of colours "Vihreä | Keltainen | Punainen")
rates nothing and is no rating.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hankegraafi.ingest.labels import table_cells
from hankegraafi.ingest.lightvalues import LEGEND, document_legend, legend_pairs, strict_value

#: The values a light takes.
_RATED = ("on-plan", "deviation")
#: A line longer than this is prose: a colour word in it is no rating by its place.
_SHORT = 60
#: A definition of the scale ("V = vihreä", "punainen = merkittävä poikkeama", a legend's line broken in two).
_DEFINES = re.compile(r"\S\s*=\s*\S")
#: "Label: value", "Label – value": the value after a short label.
_AFTER_LABEL = re.compile(r"^(?P<label>[^:–—]{1,40}?)\s*(?::|\s[–—-]\s)\s*(?P<value>\S.*)$")


@dataclass(frozen=True)
class Rating:
    """One value of the light scale: where it stands (line number, cell index or -1 for a line) and what it says."""

    line: int
    cell: int
    text: str
    value: str


def _scale(values: list[str | None], cells: list[str]) -> bool:
    """The cells write a scale out, not a rating: both values among three cells or more that are all values
    (a header of colours, a legend in a row)."""
    filled = [c for c in cells if c.strip()]
    named = [v for v in values if v in _RATED]
    return len(filled) >= 3 and len(named) >= len(filled) - 1 and set(named) == set(_RATED)


def _bare(cell: str, *, label: bool) -> bool:
    """The cell is a value with a comment at most: a mark, a ticked option, or a value of three words or
    fewer ("Keltainen", "Ei OK", "Risk för avvikelse") or one followed by a comment after a dash or in
    brackets. A row's first cell (its label) is a value only alone: "Vihreä siirtymä" names a theme."""
    raw = cell.strip().strip("*_ ")
    words = raw.split()
    if label:
        return len(words) <= 1
    return len(words) <= 3 or bool(re.match(r"^\S+\s*(?:[–—-]\s|\()", raw)) or not raw[:1].isalnum()


def _in_line(no: int, text: str) -> Iterator[Rating]:
    raw = text.strip().strip("*_ ").lstrip("-•* ").strip()
    if not raw or len(raw) > _SHORT or _DEFINES.search(raw) or len(legend_pairs(raw)) >= 2:
        return
    after = _AFTER_LABEL.match(raw)
    for candidate in ([after.group("value")] if after else []) + [raw]:
        value = strict_value(candidate)
        words = len(candidate.split())
        if value in _RATED and words <= 5 and not candidate.rstrip().endswith((".", "!", "?")):
            yield Rating(no, -1, raw, value)
            return


def ratings(lines: list[str]) -> list[Rating]:
    """Every value of the light scale in ``lines`` where a rating stands (line numbers from 1): a table cell
    that says a value by itself, or a short line that is one or ends in one after a label."""
    token = LEGEND.set(document_legend(lines))
    try:
        out: list[Rating] = []
        for no, text in enumerate(lines, start=1):
            cells = table_cells(text)
            if cells:
                values = [
                    strict_value(c) if len(c.strip()) <= _SHORT and not _DEFINES.search(c) else None
                    for c in cells
                ]
                if _scale(values, cells) or len(legend_pairs(text)) >= 2:
                    continue
                out += [
                    Rating(no, i, c.strip(), v)
                    for i, (c, v) in enumerate(zip(cells, values, strict=True))
                    if v in _RATED and _bare(c, label=i == 0 and len(cells) > 1)
                ]
            elif cells is None:
                out += _in_line(no, text)
        return out
    finally:
        LEGEND.reset(token)


def unread(lines: list[str], used: Iterable[int], kept: Iterable[int] | None = None) -> list[Rating]:
    """The ratings on lines no fact used (``used``: line numbers), of the lines ``kept`` (all when None)."""
    taken, keep = set(used), set(kept) if kept is not None else None
    return [r for r in ratings(lines) if r.line not in taken and (keep is None or r.line in keep)]


__all__ = ["Rating", "ratings", "unread"]
