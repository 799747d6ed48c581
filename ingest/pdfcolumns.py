"""Two text columns of a PDF page read one after the other, not side by side.

pypdf's layout mode prints a page as it looks: a newsletter's or a project card's two columns come
out as lines that hold a piece of each ("county, sends home care nurses out at      Grant EUR 540,000
(Ministry of"), and the reader then takes every such line for a table row of two cells. A table has
the same look, so a gutter alone decides nothing. What tells columns from a table is the left side's
text: in a column it flows from line to line (a line ends mid-sentence and the next goes on in lower
case, after a hyphen, or with the dash of a verdict), while a table's first cells are each whole.
A region is split only when that flow is seen several times; the left column's lines come first, then
the right column's, each keeping its own cells.
"""

from __future__ import annotations

import re
from collections import Counter

#: The fewest spaces between the columns, and the leftmost place the right column may start.
_GUTTER = 4
_MIN_START = 20
#: The fewest lines of a region with text in the right column, and of left lines that flow on.
_MIN_RIGHT_LINES = 5
_MIN_FLOWS = 3
#: What ends a sentence, a label or a clause on a left line: the next one does not flow on from it. Its last
#: character only (a pattern anchored at the end would scan a whole joined paragraph each time it is tested).
_CLOSED = (".", ":", ";", "!", "?", ")")
#: A left line that goes on from the one before: a lower-case word, or the dash of a verdict or a list.
_GOES_ON = re.compile(r"^(?:[a-zåäöü]|[–—-]\s)")
_GAP = re.compile(r" {%d,}(?=\S)" % _GUTTER)  # noqa: UP031 (a quantifier's braces in an f-string are worse)


def _right_start(line: str) -> int | None:
    """Where the first segment after a gap of the gutter's width starts, past the minimum."""
    for m in _GAP.finditer(line):
        if m.end() >= _MIN_START:
            return m.end()
    return None


def _column_start(lines: list[str]) -> int | None:
    """The place where most segments after a gutter start: the right column's left edge."""
    starts = Counter(s for s in map(_right_start, lines) if s is not None)
    if not starts:
        return None
    place, count = starts.most_common(1)[0]
    return place if count >= _MIN_RIGHT_LINES else None


def _clear(line: str, at: int) -> bool:
    """No text in the gutter before ``at`` (the line may be shorter)."""
    return not line[max(0, at - _GUTTER + 1) : at].strip()


def _flows(lefts: list[str], rights: list[str]) -> int:
    """How many left lines go on from the line above where both lines also hold the right column's text: a
    line of prose wrapped at the column's width (the line above nearly as long as the longest) whose next
    line goes on. A table's wrapped first cell goes on in a line of its own (its figures stand on the
    first), and a matrix's short row labels in lower case are no wrapped prose."""
    width = max((len(left) for left, right in zip(lefts, rights, strict=True) if right[:1].strip()), default=0)
    count = 0
    for i in range(len(lefts) - 1):
        above, below = lefts[i], lefts[i + 1]
        if not above or not below or not rights[i][:1].strip() or not rights[i + 1][:1].strip():
            continue
        if len(above) < 0.7 * width:
            continue
        if (above.endswith("-") and not above.endswith(" -")) or (
            not above.endswith(_CLOSED) and _GOES_ON.match(below)
        ):
            count += 1
    return count


#: A line that opens an item of its own: a number, a letter or a bullet before it.
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-–—•*])\s")


def _unwrapped(lefts: list[str]) -> list[str]:
    """The left column's prose as whole sentences: a line wrapped at the column's width (nearly as long as
    the longest, not closed by a stop or a colon) goes on in the next unless that one opens an item; a
    word broken by a hyphen is left to :func:`~hankegraafi.ingest.plaintext.join_hyphenated`. A column's
    lines cut a sentence where a name runs on ("Yöhoitajat, Kainuun hyvinvointialueen / hanke, ...")."""
    width = max(map(len, lefts), default=0)
    out: list[str] = []
    # The line being joined, in pieces: joining by repeated concatenation copied the paragraph once a line,
    # quadratic in a column whose prose never closes (8000 lines: 19 s).
    pieces: list[str] = []
    length = 0
    for line in lefts:
        if (
            length
            and line.strip()
            and length >= 0.7 * width
            and not pieces[-1].endswith(_CLOSED)
            and not pieces[-1].endswith("-")
            and not _ITEM.match(line)
        ):
            pieces.append(line.strip())
            length += 1 + len(pieces[-1])
            continue
        if pieces:
            out.append(" ".join(pieces))
        pieces, length = [line], len(line)
    if pieces:
        out.append(" ".join(pieces))
    return out


def split_columns(raw_lines: list[str]) -> list[str]:
    """The page's lines, a region of two flowing text columns replaced by its left column's lines, an
    empty line and its right column's lines; any other page unchanged."""
    at = _column_start(raw_lines)
    if at is None:
        return raw_lines
    # The region: the longest run of lines whose gutter is clear, holding the right column's lines.
    best: tuple[int, int] = (0, 0)
    start = None
    for i, line in enumerate([*raw_lines, "x" * (at + 1)]):  # a sentinel ends the last run
        if _clear(line, at) and i < len(raw_lines):
            start = i if start is None else start
            continue
        if start is not None and i - start > best[1] - best[0]:
            best = (start, i)
        start = None
    first, end = best
    region = raw_lines[first:end]
    rights = [line[at:].rstrip() for line in region]
    lefts = [line[:at].strip() for line in region]
    if sum(bool(r[:1].strip()) for r in rights) < _MIN_RIGHT_LINES or _flows(lefts, rights) < _MIN_FLOWS:
        return raw_lines
    # From the first line with a right column's text to the last; the left column's paragraph that runs on
    # below the right column's end (lines of the left only, up to an empty line) is still the left column.
    with_right = [i for i, r in enumerate(rights) if r[:1].strip()]  # a page number further right is no cell
    lo, hi = with_right[0], with_right[-1] + 1
    below = hi
    while below < len(region) and lefts[below]:
        below += 1
    left_part = _unwrapped([line[:at].rstrip() for line in region[lo:below]])
    right_part = [line[at:].rstrip() for line in region[lo:hi]]
    return [*raw_lines[: first + lo], *left_part, "", *right_part, "", *raw_lines[first + below :]]


__all__ = ["split_columns"]
