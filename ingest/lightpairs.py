"""A light's dimension and value on one line or row, in the forms that pair them without a colon: after a
dash ("Henkilöstö – etenee suunnitellusti"), a value in square brackets before its dimension ("[keltainen]
kustannukset"), a legend's mark glued to its dimension ("Aikataulu↗ etenee"), a row of pairs side by side
("Aikataulu | VIHREÄ | Henkilöstö | VIHREÄ"). The value is read by ``ingest/lightvalues.py``.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_light
from hankegraafi.ingest.lightdims import LEAD, dimension_of
from hankegraafi.ingest.lightvalues import LEGEND, colour_in, progress_value, strict_value, takes, value_of
from hankegraafi.ingest.lightwords import colours_in

#: A dimension, a dash, and what is said of it ("Aikataulu – kotikäynnit alkoivat ajallaan (vihreä)").
_DASHED = re.compile(r"^(?P<label>[^–—:]{2,50}?)\s+[–—-]\s+(?P<value>\S.*)$")


def dashed_light(line: str) -> list[tuple[str, str]]:
    """A dimension and its value after a dash, read as a colon line's ("Henkilöstö – etenee suunnitellusti"):
    a colour the rest names rates it ("Aikataulu – kotikäynnit alkoivat tammikuussa (vihreä)"), else a
    phrase of the vocabulary in it; colours of both kinds say no one value."""
    m = _DASHED.match(line.strip())
    # The label is a dimension by the vocabulary's label, not a longer text that starts with one.
    dim = match_light(LEAD.sub("", m.group("label")).strip("*_ ")) if m else None
    if m is None or dim is None:
        return []
    rest = m.group("value")
    value = progress_value(dim, rest) or (colour_in(rest) if colours_in(rest) else value_of(rest))
    return [(dim, value)] if takes(value, dim) else []


#: A value in square brackets before its dimension ("[keltainen] kustannukset - lisenssi kallistui").
_BRACKETED = re.compile(r"^\[(?P<value>[^\]]{1,20})\]\s*(?P<label>[^–—:\t-]{2,50}?)(?:\s+[–—-]\s+.*|\s*:.*)?$")


def bracketed_light(cells: list[str]) -> list[tuple[str, str]]:
    """A value in square brackets before its dimension, in one cell or two ("[vihreä] | aikataulu", "[keltainen]
    kustannukset - …"): the value must say itself (a colour, a symbol, a legend's mark), the label be a dimension."""
    m = _BRACKETED.match(" ".join(c.strip() for c in cells[:2]).strip())
    dim = match_light(m.group("label").strip("*_ ")) if m else None
    value = strict_value(m.group("value")) if m and dim else None
    return [(dim, value)] if dim and takes(value, dim) else []


#: A dimension with a mark right after it, and what is said of it ("Aikataulu↗ etenee", "Nytta↘ färre kunder").
_GLUED = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,2}?) ?(?P<mark>[^\w\s.,;:()\[\]])(?:\s.*)?$")


def glued_light(line: str) -> list[tuple[str, str]]:
    """A dimension with a legend's mark right after it ("Aikataulu↗ etenee" under "↗ etenee suunnitellusti ·
    ↘ vaatii huomiota"): the mark's value; a mark no legend explains gives none."""
    m = _GLUED.match(line.strip())
    value = LEGEND.get().get(m.group("mark")) if m else None
    dim = match_light(m.group("label")) if m and value else None
    return [(dim, value)] if dim and value else []


def row_pairs(cells: list[str]) -> list[tuple[str, str]]:
    """A row of lights side by side, each a dimension and its value ("Aikataulu | VIHREÄ | Henkilöstö |
    VIHREÄ", a page printed in two columns): every pair, when each dimension is named once."""
    cells = [c for c in cells if c.strip()]
    if len(cells) < 4 or len(cells) % 2:
        return []
    out: list[tuple[str, str]] = []
    for label, raw in zip(cells[::2], cells[1::2], strict=True):
        dim, value = dimension_of(label), strict_value(raw)
        if dim is None or not takes(value, dim) or any(dim == d for d, _ in out):
            return []
        out.append((dim, value))
    return out


__all__ = ["bracketed_light", "dashed_light", "glued_light", "row_pairs"]
