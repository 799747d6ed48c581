"""A matrix of dimensions against the values of the scale, a mark in the cell that applies: the value is the
head of the column (or the row) the mark stands in.

The class: a report's or a page's self-assessment as a grid whose heads on one side are the verdicts and on
the other the dimensions, each dimension marked once ("Osa-alue | Kunnossa | Vaatii työtä" over "Aikataulu |
● |"; "Område | I ordning | Avvikelse" over "Tidtabell | X |"; transposed, "Status | Schedule | Costs" over
"On track | ✓ | ✓" and "Needs attention | | ✓"). The verdicts are read as a legend's are (``lightvalues``): a
word the vocabulary knows, and one it does not given by its place at an end of the scale ("Kunnossa | Vaatii
työtä": the unknown last under a known on-plan is the deviation). The mark is a tick, a cross or a dot alone
in its cell; the others of the dimension's row (or column) are empty.

The negative side: a grid of marks whose heads are no verdicts (places where a service is given "Tjänst |
Karleby | Kannus", a risk's likelihood "Pieni | Kohtalainen | Suuri"), a survey's agreement grid over
statements (its rows name no dimension), a dimension marked twice or not at all, and a grid that rates one
dimension only.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.emptyanswers import empty_answer
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import _other_end, value_of
from hankegraafi.ingest.segment import table_cells

#: A mark alone in a cell: a tick, a cross, a dot, a ticked box.
_MARK = re.compile(r"\s*(?:[xX✓✔✗✘●•■◼▪◾⬤☒☑✅]|\([xX]\)|\[[xX]\])\s*")
#: The cue tested first on the whole text: some cell holds a mark alone. A cell's padding is spaces, not tabs
#: (a tab parts cells): with ``\s*`` each tab of a long run of tabs scanned the rest of the run, quadratic
#: (tests/reliability/test_fuzz.py's 160 000 tabs: 8 s of CPU and more, found by the stop's mid CI).
_MARK_CELL = re.compile(
    r"(?:^|\t|\|)[^\S\t\n]*(?:[xX✓✔✗✘●•■◼▪◾⬤☒☑✅]|\([xX]\)|\[[xX]\])[^\S\t\n]*(?=\t|\||$)", re.M
)
#: A cell that is a box left empty: its row's one other cell is the mark ("[x] | [ ] | [ ]", "☒ | ☐ | ☐",
#: "(•) | ( ) | ( )", "● | ○ | ○"); a blank cell is one too.
_UNMARKED = re.compile(r"\s*(?:\[\s*\]|\(\s*\)|[☐□○◯❍⬜◻▢]|[-–—]{1,3})?\s*")
#: A Markdown table's rule row ("|---|:---:|").
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


#: A key that names the one verdict on plan, the others deviations: 'only "Fine" means as planned', "Vain erinomainen
#: tarkoittaa etenemistä suunnitelman mukaan", "Endast »Bra« betyder enligt plan".
_ONLY = re.compile(
    r"\b(?:vain|ainoastaan|only|endast|bara)\s+[\"'“”»«]?(?P<mark>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)[\"'“”»«]?\s+"
    r"(?:tarkoittaa|merkitsee|means?|stands? for|betyder|innebär|on|is|är)\b",
    re.I,
)


def ticked_rows(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line number, dimension, value) of every dimension a grid of verdicts marks once (the module's class)."""
    text = "\n".join(lines)
    if not _MARK_CELL.search(text):
        return []
    only = {m["mark"].casefold() for m in _ONLY.finditer(text)}
    out: list[tuple[int, str, str]] = []
    for block in _blocks(lines):
        out += _by_columns(block, only) or _by_rows(block, only)
    return out


def _blocks(lines: list[str]) -> list[list[tuple[int, list[str]]]]:
    """Runs of table rows (three cells or more, a Markdown rule row skipped) with their line numbers."""
    blocks: list[list[tuple[int, list[str]]]] = []
    run: list[tuple[int, list[str]]] = []
    for no, line in enumerate(lines, start=1):
        if _RULE.match(line):
            continue
        cells = table_cells(line) if ("\t" in line or "|" in line) else None
        if cells and len(cells) >= 2:
            run.append((no, cells))
            continue
        if len(run) >= 3:
            blocks.append(run)
        run = []
    if len(run) >= 3:
        blocks.append(run)
    return blocks


def _verdicts(heads: list[str], only: set[str]) -> list[str] | None:
    """The values of a scale's heads, both values among them, or None (a head no verdict, a dimension). A head
    the document's key names the one on plan ("only »Fine« means as planned") makes every other a deviation. A
    head that says no verdict was given ("Not assessed yet", "Ej aktuellt": the vocabulary's empty answers) is
    "": a tick under it is no light (red team R15-12)."""
    if len(heads) < 2 or any(not h.strip() or dimension_of(h.strip(" *_")) for h in heads):
        return None
    silent = [empty_answer(h.strip(" *_")) for h in heads]
    said = [h for h, quiet in zip(heads, silent, strict=True) if not quiet]
    if len(said) < 2:
        return None
    named = [h.strip(" *_").casefold() in only for h in said]
    if sum(named) == 1:
        values: list[str | None] = ["on-plan" if is_it else "deviation" for is_it in named]
    else:
        values = _other_end([value_of(h.strip(" *_")) for h in said])
    if values.count("on-plan") == 1 and None in values:
        # one head the vocabulary rates as planned, the others its own words ("Toteutui suunnitellusti |
        # Toteutui osin | Ei toteutunut"): every other verdict of a grid marked once is a deviation
        values = [v or "deviation" for v in values]
    if any(v not in ("on-plan", "deviation") for v in values) or len(set(values)) != 2:
        return None
    rest = iter(values)
    return ["" if quiet else str(next(rest)) for quiet in silent]


def _one_mark(cells: list[str]) -> int | None:
    """The index of the one marked cell among ``cells``, the others empty or empty boxes; None otherwise."""
    filled = [i for i, c in enumerate(cells) if not _UNMARKED.fullmatch(c)]
    return filled[0] if len(filled) == 1 and _MARK.fullmatch(cells[filled[0]]) else None


def _by_columns(block: list[tuple[int, list[str]]], only: set[str]) -> list[tuple[int, str, str]]:
    """The verdicts are the columns ("Osa-alue | Kunnossa | Vaatii työtä"), each row a dimension."""
    header = block[0][1]
    values = _verdicts(header[1:], only) if not dimension_of(header[0]) else None
    if values is None:
        return []
    out: list[tuple[int, str, str]] = []
    for no, row in block[1:]:
        dim = dimension_of(row[0].strip(" *_"))
        cells = (row[1:] + [""] * len(values))[: len(values)]
        at = _one_mark(cells) if dim and len(row) <= len(header) else None
        if dim and at is not None and values[at] and all(d != dim for _, d, _ in out):
            out.append((no, dim, values[at]))
    return out if len(out) >= 2 else []


def _by_rows(block: list[tuple[int, list[str]]], only: set[str]) -> list[tuple[int, str, str]]:
    """The verdicts are the rows ("On track | ✓ | ✓" / "Needs attention | | ✓"), each column a dimension."""
    header = block[0][1]
    # A header with no corner ("      Schedule  Costs" over "Fine  x  x"): its first cell is the first column's.
    shift = 1 if dimension_of(header[0].strip(" *_")) else 0
    dims = [dimension_of(h.strip(" *_")) for h in header[1 - shift :]]
    if len(dims) < 2 or not all(dims) or len(set(dims)) != len(dims):
        return []
    rows = block[1:]
    values = _verdicts([row[0] for _, row in rows], only)
    if values is None:
        return []
    out: list[tuple[int, str, str]] = []
    for index, dim in enumerate(dims, start=1):  # the row's cell of the dimension: its label first
        column = [row[index] if index < len(row) else "" for _, row in rows]
        at = _one_mark(column)
        if dim and at is not None and values[at]:
            out.append((rows[at][0], dim, values[at]))
    return out if len(out) >= 2 else []


def caption(lines: list[str], no: int) -> str:
    """The line over the table that row ``no`` stands in, a blank line between at most: the grid's caption
    ("Osahanke 2: Perheiden iltaryhmät" over "Osa-alue | Erinomainen | …")."""
    at = no - 1
    while at > 0 and ("\t" in lines[at - 1] or "|" in lines[at - 1]):
        at -= 1
    at -= 1 if at > 1 and not lines[at - 1].strip() else 0
    return lines[at - 1].strip() if at > 0 else ""


__all__ = ["caption", "ticked_rows"]
