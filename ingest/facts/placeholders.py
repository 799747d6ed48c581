"""A goal's, output's or name's cell that says nothing ("-", "ei ole", "n/a"): no goal, output,
benefit or name. Shared by the goal, output and name readers (moved out of goals.py, stop 50)."""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.text import BULLET

#: What an empty answer is written as: no goal, output or benefit ("-", "ei ole", "n/a").
_PLACEHOLDER = re.compile(r"(?:ei|ei ole|ei tiedossa|ei tietoa|ei sovellu|n/?a|tyhjä|puuttuu|x)?", re.I)


def placeholder(text: str) -> bool:
    """Text that fills a form's field without saying anything: dashes, dots, "ei ole", "n/a"."""
    stripped = re.sub(r"[^\w/ ]+", " ", BULLET.sub("", text)).strip()
    stripped = re.sub(r"\s+", " ", stripped)
    return _PLACEHOLDER.fullmatch(stripped) is not None
