"""A PDF page's layout text with a cell that runs past its column kept apart from the next cell.

A report tool that draws each table cell at its column's place without wrapping it prints a long goal over the
start of its verdict's column ("Perhekeskuksen palveluohjaus toimii Lahdessa, Heinolassa ja Orimattilassa" drawn
on into "toteutunut"). pypdf's layout text places each piece of text at its column unless the piece before it
already runs past that place; then it writes the two with no space between ("…Orimattilassatoteutunut"), and the
goal and its verdict were one cell in the wrong column (test47 or03; test4 w11, test20 n05, test22 q16, test31
ic20 have the same). Here the page is laid out as pypdf lays it out, but a piece that starts a column of its own
(four characters or more right of the piece before it) where the piece before it runs on past its start is moved
right, with the rest of its line, to three characters after that piece's end: a gap, which the reader reads as
a cell's end. Pieces of one run (a bullet and its word, drawn from one place) are left as they are.

pypdf's layout steps are used by their names in pypdf; where a version lacks them, the page's layout text is
pypdf's own (``extract_text(extraction_mode="layout")``).
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

#: A piece starting at least this many characters right of the piece before it starts a column of its own.
_OWN_COLUMN = 4
#: How far (in characters) the piece before must run on past the next piece's start: a glyph's width is no overrun.
_OVERRUN = 0.5
#: The gap (in characters) left after a cell that ran on: three spaces, a cell's end for the reader.
_GAP = 3


def _apart(ty_groups: dict[int, list[Any]], char_width: float) -> None:
    """Move each piece a cell before it runs into right of that cell's end, with the rest of its line."""
    for line in ty_groups.values():
        for at in range(1, len(line)):
            before, piece = line[at - 1], line[at]
            if not before["text"].strip() or not piece["text"].strip():
                continue
            if piece["tx"] - before["tx"] < _OWN_COLUMN * char_width:
                continue
            overrun = before["displaced_tx"] - piece["tx"]
            if overrun <= _OVERRUN * char_width:
                continue
            shift = overrun + _GAP * char_width
            for later in line[at:]:
                later["tx"] += shift
                later["displaced_tx"] += shift


def layout_text(page: Any) -> str:
    """The page's layout text (pypdf's layout mode) with a cell that runs past its column kept apart."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        fonts = page._layout_mode_fonts()
        steps = (
            _layout_mode.text_show_operations,
            _layout_mode.y_coordinate_groups,
            _layout_mode.fixed_char_width,
        )
        place = _layout_mode.fixed_width_page
    except (ImportError, AttributeError):
        return str(page.extract_text(extraction_mode="layout") or "")
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return ""
    shows, lines, width = steps
    bt_groups = shows(iter(ContentStream(contents, page.pdf, "bytes").operations), fonts, True, None)
    if not bt_groups:
        return ""
    ty_groups = lines(bt_groups, None)
    char_width = width(bt_groups, 1.25)
    _apart(ty_groups, char_width)
    if _takes_weight(place):
        return str(place(ty_groups, char_width, True, 1))
    older: Any = place  # a pypdf before the font height's weight (4.0): three arguments
    return str(older(ty_groups, char_width, True))


@functools.cache
def _takes_weight(place: Any) -> bool:
    """pypdf's fixed_width_page takes the font height's weight (pypdf 4.1 and later; the project asks 4.0 or later)."""
    return "font_height_weight" in inspect.signature(place).parameters


__all__ = ["layout_text"]
