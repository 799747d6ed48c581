"""Markdown's other heading forms as the one the readers know ("# Title").

CommonMark writes a heading three ways: "# Title", "# Title #" (closing hashes, any number) and a setext
heading, the title's line underlined with "=" (level 1) or "-" (level 2). The readers know the first; the
metamorphic tests (scripts/metamorph.py, stop 51) found the other two lose names: the underline "=====" read
as the project's name, "Lapin etäpalvelut #" with its hash. Here they become the first form, line for line:
the heading stands on the underline's line and its title's line becomes empty, so the document's line numbers
hold and what follows the heading stays next to it.

A "---" line is a setext underline only under a paragraph's line (CommonMark): after an empty line it is a
thematic break, under a table's row, a list item, a quote or another heading it is no heading, and it stays.
"""

from __future__ import annotations

import re

#: A closed ATX heading: the title, then a space and a run of hashes at the end ("## Tavoitteet ##").
_CLOSED = re.compile(r"^( {0,3}#{1,6}[ \t]+\S.*?)[ \t]+#+[ \t]*$")
#: A setext underline: "=" or "-" only (three at least), up to three spaces before, spaces after.
_UNDERLINE = re.compile(r"^ {0,3}(=+|-{3,})[ \t]*$")
#: A line that cannot be a setext heading's title: empty, indented code, a heading, a list item, a quote, a
#: table's row, a fence, an HTML block.
_NOT_TITLE = re.compile(r"^(?:\s*$| {4,}|\t| {0,3}(?:#|[-*+•][ \t]|\d{1,9}[.)][ \t]|>|\||```|~~~|<))")


def markdown_headings_plain(lines: list[str]) -> list[str]:
    """``lines`` with closed and setext headings as "# Title" / "## Title", one line for one."""
    out = [_CLOSED.sub(r"\1", line) if "#" in line else line for line in lines]
    for i in range(1, len(out)):
        m = _UNDERLINE.match(out[i])
        if not m or _NOT_TITLE.match(out[i - 1]) or "|" in out[i - 1]:
            continue
        # A title of one line only: a paragraph of several lines over the underline is left as it is.
        if i >= 2 and not _NOT_TITLE.match(out[i - 2]) and out[i - 2].strip():
            continue
        # The heading takes the underline's line and its title's line becomes empty: what follows the heading
        # stays next to it (a list under "Toimintamallit" is the section's), an empty line more stands before it.
        out[i] = ("# " if m.group(1)[0] == "=" else "## ") + out[i - 1].strip()
        out[i - 1] = ""
    return out
