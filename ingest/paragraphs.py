"""Lines of a paragraph that an export broke, told from a title line standing alone.

A PDF or a text saved from one keeps the page's line breaks, so each line of a
paragraph reaches the segmenter as a short line of its own. A line of running text
that happens to start with a capital and name a project ("Kanta-Hämeen … hanke (Oma
Häme RRF) toteutettiin", "Finland (RRF). Österbottens välfärdsområde genomför …
projektet") then looks like a title. :func:`broken_line` tells it by its neighbours:
it runs on into the next line, or continues the line above, with no sentence's end
between them. A cover page's lines (a title, the programme's line, the applicant) each
open with a capital and end whole, so they stay titles.
"""

from __future__ import annotations

import re

#: The least length of a line of running text broken by the page width (a title is shorter).
_WIDE = 50
#: The end of a sentence or a label: a line ending so is whole.
_ENDS = (".", ":", "!", "?", ";")
#: A last word that cannot end a title: a conjunction or preposition (fi, sv, en).
_JOINING = re.compile(
    r"(?:ja|sekä|tai|eli|kuin|että|och|samt|eller|i|på|av|för|med|till|om|and|or|of|in|to)", re.I
)


#: A line opening in lower case, after a list item's number at most ("1. hakea …").
_OPENS_LOWER = re.compile(r"(?:\d{1,2}[.)]\s+)?[a-zåäö]")


def _prose(line: str) -> bool:
    """A wide line of running text: six words or more, mostly in lower case (no menu, no header)."""
    words = re.findall(r"[^\W\d_][\w-]*", line)
    lower = sum(1 for w in words if w[:1].islower())
    return len(line) >= _WIDE and len(words) >= 6 and 2 * lower > len(words)


def _goes_on(line: str) -> bool:
    """A line whose sentence goes on below it: wide, no end mark, or a joining word last."""
    words = line.split()
    return bool(words) and (
        (not line.endswith(_ENDS) and len(line) >= _WIDE) or bool(_JOINING.fullmatch(words[-1]))
    )


def broken_line(lines: list[str], first: int, last: int) -> bool:
    """Lines ``first``..``last`` (1-based) are part of a paragraph broken by the export.

    Either the line above is running text that itself opens in lower case (the middle of
    a paragraph) and does not end its sentence, so this line goes on with it; or this line
    goes on into a line of running text below that opens in lower case or with a number
    (a date, a sum), or this line's last word is a conjunction or preposition.
    """
    if not 1 <= first <= last <= len(lines):
        return False
    above = lines[first - 2].strip() if first >= 2 else ""
    own = lines[last - 1].strip()
    below = lines[last].strip() if last < len(lines) else ""
    if _prose(above) and _OPENS_LOWER.match(above) and _goes_on(above):
        return True
    if _prose(own) and _JOINING.fullmatch(own.split()[-1]):
        return True  # "… and EUR 600 000 of that to": running text ending in a preposition runs on
    if not (_goes_on(own) and _prose(below)):
        return False
    return below[:1].islower() or below[:1].isdigit() or bool(_JOINING.fullmatch(own.split()[-1]))
