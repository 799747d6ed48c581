"""A project card's fields written as a two-column table, read as the fields they are.

A card's fields are written as lines ("Hyvinvointialue: Etelä-Savon hyvinvointialue", "Rahoittaja: STM") or,
just as often, as a two-column table: a Markdown table ("| Hyvinvointialue | Etelä-Savon hyvinvointialue |",
under a "| Kenttä | Tieto |" header, under the first field as its header, or under an empty one), a table pasted
from a sheet ("Hyvinvointialue<TAB>…") or aligned with spaces ("Hankeaika      1.3.2022–31.12.2025"). The readers of the county, the funder and the
organisations read the lines and not the table's cells: R17-28 (stop 52), and scripts/metamorph.py's
``fields_as_pipe_table`` and ``fields_as_tab_rows`` (stop 53) lost the county, the funder and the name so.

:func:`field_rows` writes such a table as its lines, "Label: value" a row: a block of two rows or more, every row
of two cells (a Markdown table's delimiter row aside), each first cell a label (no digit in it), and half of the
rows or more (a Markdown header row aside) a field the vocabulary knows (``labels.match_field``: "Rahoittaja",
"Hankeaika", "Funder"). A table of lights ("| Aikataulu | vihreä |"), of costs ("| Palkat | 120 000 |") or of
goals ("| Tavoite | Tila |") names no field and stays a table. The delimiter row's line becomes an empty line
after the block, so that the lines after it keep their numbers. A row the table readers read better than a line
("| Yhteistyötahot | X ry, Y |": a parties' section in one row; "| Helhet | X |": a model page's whole) stays
the table's, under its header and delimiter row, and the card's other fields follow it as lines (stop 54).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import match_field, match_heading, match_light

#: A pipe that parts two cells: not escaped.
_PIPE = re.compile(r"(?<!\\)\|")
#: A delimiter row's cell: "---", ":-:", "--:".
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")
#: A row of two cells a gap of two spaces or more apart, none inside either ("Hankeaika      1.3.2022–31.12.2025",
#: a card aligned with spaces or its tabs shown as spaces by ingest/tabstops.py); its kind holds the value's column,
#: so that a block's rows are aligned ones.
_GAP_ROW = re.compile(r"[ ]{0,3}(?P<label>\S+(?: \S+)*) {2,}(?P<value>\S+(?: \S+)*)\s*")
#: A value that is a sum or a share ("600 000 euroa", "20 %", "1,2 M€").
_SUM = re.compile(r"\d[\d \u00a0.,]*\s?(?:€|e\b|eur|euro|%|M€|t€)", re.I)
#: Longest line read as a row.
_MAX_LINE = 500
_RULE = "rule"


def _row(line: str, spaced: str | None = None) -> tuple[str, tuple[str, str] | str] | None:
    """("pipe" or "gap<column>", (label, value)) for a two-cell row, ("pipe", "rule") for a delimiter row, else
    None. ``spaced`` is the line as written when the text's layout gave ``line`` its tabs (ingest/plaintext.py)."""
    if len(line) > _MAX_LINE:
        return None
    row = line.strip()
    if row.startswith("|") and row.endswith("|") and len(row) > 1:
        cells = _PIPE.split(row)[1:-1]
        if cells and all(_RULE_CELL.fullmatch(cell) for cell in cells):
            return "pipe", _RULE
        if len(cells) != 2:
            return None
        return "pipe", (cells[0].strip().replace("\\|", "|"), cells[1].strip().replace("\\|", "|"))
    if "|" in row:
        return None
    if "\t" in row:
        if spaced is None or "\t" in spaced or len(spaced) > _MAX_LINE:
            return None  # tab rows: a table the field readers read already (a sheet's, an HTML page's)
        line = spaced  # aligned with spaces, its gap a tab now (R19-4: "Hyvinvointialue     X" lost its county)
        if _SUM.search(row.split("\t")[-1]):
            return (
                None  # "KOKONAISKUSTANNUS<TAB>600 000 euroa": a sum's row, the cost readers' (as before R19-4)
            )
    gap = _GAP_ROW.fullmatch(line)
    if gap is None or gap["label"].endswith(":"):
        return None
    return f"gap{gap.start('value')}", (gap["label"], gap["value"])


def field_rows(lines: list[str], spaced: list[str] | None = None) -> list[str]:
    """``lines`` with each two-column table of fields as "Label: value" lines (module doc); ``spaced``: the
    lines as written, before a space-aligned layout's gaps became tabs (a card aligned so is read as one)."""
    if not any("|" in line or "\t" in line or "  " in line for line in lines):
        return lines
    out = list(lines)
    written = spaced if spaced is not None and len(spaced) == len(lines) else [None] * len(lines)
    index = 0
    while index < len(lines):
        first = _row(lines[index], written[index])
        if first is None:
            index += 1
            continue
        kind = first[0]
        end = index
        rows: list[tuple[int, tuple[str, str] | str]] = []
        while end < len(lines) and (found := _row(lines[end], written[end])) is not None and found[0] == kind:
            rows.append((end, found[1]))
            end += 1
        _write(out, rows, kind)
        index = end
    return out


def _write(out: list[str], rows: list[tuple[int, tuple[str, str] | str]], kind: str) -> None:
    cells = [(at, row) for at, row in rows if not isinstance(row, str)]
    rules = len(rows) - len(cells)
    if len(cells) < 2 or rules > 1 or (kind == "pipe" and rules and rows[1][1] != _RULE):
        return
    if any(re.search(r"\d", label) or not label for _, (label, _v) in cells[1 if rules else 0 :]):
        return
    body = cells[1:] if rules else cells
    fields = sum(1 for _, (label, _v) in cells if match_field(label, marked=True))
    # a card's lights among its fields ("| Aikataulu | vihreä |" under "| Hanke | X |"), when a field of the body
    # says it is a card: a table of lights alone (under its "| Osa-alue | Tila |" header) stays a table (R19-37)
    carded = any(match_field(label, marked=True) for _, (label, _v) in body)
    lights = (
        sum(1 for _, (label, _v) in body if not match_field(label, marked=True) and match_light(label))
        if carded
        else 0
    )
    if not fields or 2 * (fields + lights) < len(body):
        return
    fielded = [not _read_as_row(label, table=bool(rules)) for _, (label, _v) in cells]
    if not all(fielded[1 if rules else 0 :]):
        _write_fields(out, rows, cells, fielded, rules)
        return
    written = [_line(label, value) for _, (label, value) in cells]
    if rules and _column_names(*cells[0][1]):
        written[0] = ""  # "| Kenttä | Tieto |" names the columns: no field
    written += [""] * rules
    for (at, _), line in zip(rows, written, strict=True):
        out[at] = line


#: The bare word of the whole a model's page belongs to ("| Helhet | X |": facts/innokyla.py's ``_WHOLE_CELL``).
_WHOLE_WORD = re.compile(r"\W*(?:kokonaisuus|helhet|entity)\W*", re.I)


def _read_as_row(label: str, *, table: bool) -> bool:
    """A row the readers read as a row, better than as a line: the bare word of a model's whole ("| Helhet | X |",
    read as a line with its pipe or tab: facts/innokyla.py) and, in a table that stays one (a header and a
    delimiter row over it), a row whose label heads a section ("| Yhteistyötahot | X ry, Y |": facts/partytables.py
    reads a section given in one row of a table and the parties' roles from it). Without a delimiter row no
    table stays: such a row is its line ("Toteuttaja;X" as "Toteuttaja: X", tune u1923's county)."""
    return bool(_WHOLE_WORD.fullmatch(label)) or (table and match_heading(label) is not None)


def _line(label: str, value: str) -> str:
    return f"{label.rstrip(':').rstrip()}: {value}".strip() if label or value else ""


def _write_fields(
    out: list[str],
    rows: list[tuple[int, tuple[str, str] | str]],
    cells: list[tuple[int, tuple[str, str]]],
    fielded: list[bool],
    rules: int,
) -> None:
    """A card whose table holds rows the readers read as rows (:func:`_read_as_row`) besides its fields: the fields become
    their lines and the other rows stay the table's, its header and delimiter row first, then the rest of its
    rows, then the fields' lines (the block keeps its lines; a row moves a few lines at most)."""
    if not rules:
        for (at, (label, value)), field in zip(cells, fielded, strict=True):
            if field:
                out[at] = _line(label, value)
        return
    original = [out[at] for at, _ in rows]
    head = original[:2]  # the header row (column names, empty, or a row of the card) and the delimiter row
    body = list(zip(cells[1:], fielded[1:], original[2:], strict=True))
    kept = [line for _cell, field, line in body if not field]
    fields = [_line(*cell) for (_at, cell), field, _line_text in body if field]
    for (at, _), line in zip(rows, [*head, *kept, *fields], strict=True):
        out[at] = line


def _column_names(label: str, value: str) -> bool:
    """A header row that names the columns ("| Kenttä | Tieto |", "| Field | Value |"): a word each, the first
    no field; the first field as the header ("| Hyvinvointialue | Etelä-Savon hyvinvointialue |") has a value
    of its own."""
    words = re.fullmatch(r"[^\W\d_]+", label) and re.fullmatch(r"[^\W\d_]+", value)
    return bool(words) and not match_field(label, marked=True)
