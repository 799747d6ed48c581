"""A spreadsheet saved as delimited text (CSV with ";" or ","): its rows read as the table rows they are.

A cost follow-up or a status report kept in Excel reaches the ingest as a ``.csv`` file: the
reader gives its lines as text, "Hanke;Lapsiperheiden palveluohjaus;;;" and
"Palvelujen ostot;\\"60 000\\";\\"41 250\\";;\\"150 000\\"". Such a document is segmented again
with its cells split as the other readers give table cells (tab-separated; quoted cells
unquoted, the empty cells a sheet leaves at the end of a row dropped), so its fields,
lights and cost tables are read by the same rules as any table — also two tables side by
side in one row, which ``ingest/tables.py`` reads as groups of columns. Only a file saved as a
sheet (``.csv``, ``.tsv``) is read so, and only when most of its lines are such rows: prose with
commas in a ``.txt`` is no sheet.

A sheet may also be kept in long form, one fact a row under the name of its section
("OSIO;KENTTÄ;ARVO" over "Perustiedot;Hanke;X", "Tilannevalot;Aikataulu;OK", "Tavoitteet;Y;valmis"):
the first column then says what a page says by its headings. Each section is read as a heading
over its field and value rows, so its lights, goals and partners are read as under any heading.

A whole sheet (not rows pasted into a text) gives its tables one under another, a blank row between
("Kululaji;Budjetti;…", blank, "Mittari;Tavoitetaso;Toteuma"): a blank row before a row with no
amount parts the sheet, and each part is segmented on its own (:func:`_blocks`, measured and
proposed by stop 30's helper G), so no table takes the next one's rows as its own. A tab-separated sheet
(``.tsv``) or a workbook's sheet (``.xlsx``, whose reader gives tab-separated rows) is parted so too, its cells as
they stand; a table of sums behind a column that names only its
section ("Kustannukset;Henkilöstökulut;…" in every row) is read without that column (:func:`_section_column`).
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import re

from hankegraafi.ingest import readers
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.partwords import match_part_line, part_words
from hankegraafi.ingest.segment import Element, match_field, segment

#: Share of the non-empty lines that must be delimited rows before a text counts as a sheet.
SHEET_SHARE = 0.6
#: Fewest cells (delimiters + 1) a line needs to count as a row of a sheet.
MIN_CELLS = 3
#: A semicolon that stands as a delimiter would: not one of prose, which a space follows.
_BARE_SEMICOLON = re.compile(r";(?!\s|$)")


def delimiter_of(lines: list[str]) -> str | None:
    """ ";" or "," when most non-empty lines are rows of at least three cells split by it; else None.

    A tab-separated text is already cells; a comma is a sheet's delimiter only when no cell, read
    with the comma as the delimiter, holds a semicolon as a delimiter would stand ("h;i"), since prose
    has commas. A semicolon of prose inside a cell ("(On plan = as planned; Off plan = a deviation)",
    a quoted note "…night hosts; Oulu…") is followed by a space: it parts clauses, not cells (test27 i56,
    whose every row was read as one paragraph).
    """
    rows = [line for line in lines if line.strip()]
    if len(rows) < MIN_CELLS or any("\t" in line for line in rows):
        return None
    for mark in (";", ","):
        if mark == "," and any(_BARE_SEMICOLON.search(cell) for row in csv.reader(rows) for cell in row):
            return None
        split = sum(1 for line in rows if line.count(mark) >= MIN_CELLS - 1)
        if split >= SHEET_SHARE * len(rows):
            return mark
    return None


#: Excel's first line of a sheet that names its delimiter ("sep=|", "sep=;").
_SEP_LINE = re.compile(r'^\s*"?sep=(?P<mark>[^\w\s"])"?\s*$', re.I)
#: The marks a file saved as a sheet may part its cells with (``sheet_delimiter``).
_SHEET_MARKS = (";", ",", "|")


def sheet_delimiter(lines: list[str]) -> str | None:
    """The mark a file saved as a sheet (``.csv``) parts its cells with, where :func:`delimiter_of` (most rows three
    cells or more) finds none: the mark its first line names as Excel writes it ("sep=|"), else the mark that parts
    most of its non-empty lines into two cells or more. A sheet of fields and values ("Hanke;X", "Aikataulu;L",
    "schedule,green") has rows of two cells, which a text never is: the file's suffix says it is a sheet.

    A comma parts a line as the csv module reads it (a quoted cell's commas are the cell's); a semicolon or a
    comma counts only bare (not one of prose, which a space follows: "On plan = as planned; Watch = …",
    "Kotiutuksen tuki Lapissa -hanke, Lapin hyvinvointialue": R14-10), nor a comma between digits ("1,2
    miljoonaa", "EUR 290,000": R15-10); a line so parted by nothing stays the line it is. Fewer than
    ``SHEET_SHARE`` of the lines so parted: no sheet (a text saved as ``.csv``).
    """
    rows = [line for line in lines if line.strip()]
    if not rows or any("\t" in line for line in rows):
        return None
    if said := _SEP_LINE.match(rows[0]):
        return said["mark"]
    best, most = None, 0
    for mark in _SHEET_MARKS:
        parted = sum(1 for line in rows if _parts(line, mark))
        if parted > most:
            best, most = mark, parted
    if best is None or most < SHEET_SHARE * len(rows):
        return None
    # a sheet of fields: most of its rows two cells (a wider sheet that delimiter_of refused stays refused)
    pairs = sum(1 for line in rows if len(_cells(line, best)) == 2)
    return best if 2 * pairs >= most else None


def _cells(line: str, mark: str) -> list[str]:
    """The cells of ``line`` parted by ``mark``, empty ones at the end dropped."""
    cells = [cell.strip() for cell in next(csv.reader([line], delimiter=mark), [])]
    while cells and not cells[-1]:
        cells.pop()
    return cells


#: A value cell that is a sentence or a list of its own ("EUR 290000 from the Ministry of …", "Schedule: on plan;
#: Costs: on plan"): its row of a sheet of fields is read as the line it is, as a text's line.
_PROSE = re.compile(r"^\S+(?:\s+\S+){4,}|[:;]\s")


def field_row(line: str, mark: str) -> str:
    """A row of a sheet of fields as cells (:func:`tabbed`), but a row of two cells whose value is prose
    (``_PROSE``) as the line it is: the readers of a text read a sum, a funder or lights in its sentence."""
    if not _parts(line, mark):
        return line  # a line of text among the fields ("Total budget: EUR 290,000 granted by Kela")
    cells = _cells(line, mark)
    if mark == "," and len(cells) > 2 and '"' not in line:
        # "Budget,EUR 290,000", "Myönnetty avustus,1 200 000,00 €": a number's comma in the value (R15-22)
        pair = [cell.strip() for cell in re.split(r"(?<!\d),|,(?!\d)", line) if cell.strip()]
        if len(pair) == 2 and re.search(r"[^\d\s,.]", pair[1]):
            return f"{pair[0]}\t{pair[1]}"
    return line if len(cells) == 2 and _PROSE.search(cells[1]) else tabbed(line, mark)


def _parts(line: str, mark: str) -> bool:
    """``mark`` parts ``line`` into two cells or more, one of them after the first holding something or the first
    ending the row ("Päijät-Hämeen hyvinvointialue;")."""
    if mark in ";," and not re.search(f"{mark}(?!\\s)", re.sub(r"(?<=\d),(?=\d)", "", line)):
        return False  # "…-hanke, Lapin hyvinvointialue", "1,2 miljoonaa": a sentence's or a number's comma
    cells = next(csv.reader([line], delimiter=mark), [])
    return len(cells) >= 2 and bool(cells[0].strip())


def tabbed(line: str, mark: str) -> str:
    """One row of a sheet as tab-separated cells, quotes removed, empty cells at the end dropped."""
    cells = next(csv.reader([line], delimiter=mark), [])
    cells = [cell.strip() for cell in cells]
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells)


#: The file names a sheet is saved under (``readers.SHEET_SUFFIXES``: .csv, .tsv, .xlsx, .xlsm): prose with commas in a
#: .txt is no sheet.
SHEET_SUFFIXES = readers.SHEET_SUFFIXES


def pasted_rows(lines: list[str]) -> list[int]:
    """Indexes of the lines of a sheet pasted into a text: runs of at least three lines of as many
    ";"-separated cells (at least three), no tab among them ("Kululaji;Myönnetty;Toteutunut;;").

    Only the semicolon, which prose seldom repeats on three lines running; a run of rows must
    agree on its number of cells, as a sheet's export does.
    """
    out: list[int] = []
    run: list[int] = []
    width = 0
    for index, line in enumerate([*lines, ""]):
        cells = len(next(csv.reader([line], delimiter=";"), [])) if ";" in line and "\t" not in line else 0
        if cells >= MIN_CELLS and (not run or cells == width):
            run.append(index)
            width = cells
            continue
        if len(run) >= MIN_CELLS:
            out += run
        run, width = ([index], cells) if cells >= MIN_CELLS else ([], 0)
    return out


#: A cell that is a sum alone ("412.000,00", "60 000 €", "-7 000").
_AMOUNT = re.compile(r"[-−]?\d[\d \u00a0.,]*\s*(?:€|eur\w*)?", re.I)
#: Fewest sections of two rows or more that make a sheet one in long form.
MIN_SECTIONS = 2


def _triple(row: str) -> str | None:
    """The first cell of a row in long form: a section's name, then two cells or more with something in them (a
    field and its value, "Perustiedot;Hanke;X"; or wider, with an object, a note and cells left empty between:
    "Perustiedot;;Hanke;X;", "Liikennevalot;Aikataulu;Solun väri;#00A651;vaihtuvuus"); else None. A first cell
    that is a figure names no section."""
    cells = row.split("\t")
    first = cells[0].strip()
    if len(cells) < 3 or not first or _AMOUNT.fullmatch(first):
        return None
    return cells[0] if sum(1 for cell in cells[1:] if cell.strip()) >= 2 else None


def _has_amount(row: str) -> bool:
    """A cell after the first is an amount or a share ("640 000,00 €", "98,9")."""
    return any(_AMOUNT.fullmatch(cell.strip()) for cell in row.split("\t")[1:] if cell.strip())


def long_form(rows: list[str]) -> tuple[list[tuple[int, int]], set[int]]:
    """The sections of a sheet kept in long form, as (first, last) indexes of ``rows`` (tab-separated),
    and the indexes of its header rows ("OSIO | KENTTÄ | ARVO").

    A run of rows of three cells or more (section, field, value; or section, object, field, value, note) is in
    long form when at least two runs of one first cell in it are two rows long or more; every group of one
    first cell in it is then a section, but for a first row of its own (the header). A cost table grouped by
    its parts holds an amount in most rows ("Investointi 1;Palkat;100 000"), so it is none; a section of a
    sheet in long form may hold a table of its own ("Kustannukset;Kustannuslaji;Myönnetty;…").
    """
    sections: list[tuple[int, int]] = []
    headers: set[int] = set()
    index = 0
    while index < len(rows):
        if _triple(rows[index]) is None:
            index += 1
            continue
        groups: list[tuple[int, int]] = []
        while index < len(rows) and (first := _triple(rows[index])) is not None:
            end = index
            while end + 1 < len(rows) and _triple(rows[end + 1]) == first:
                end += 1
            groups.append((index, end))
            index = end + 1
        long = [(a, b) for a, b in groups if b > a]
        sums = [(a, b) for a, b in long if all(_has_amount(rows[i]) for i in range(a, b + 1))]
        if len(long) < MIN_SECTIONS or 2 * len(sums) > len(long):
            # Mostly groups of sums and nothing else: a cost sheet grouped by its parts ("Investointi 1;Palkat;
            # 100 000"); a section with a head of its own over its sums ("Kustannukset;Kustannuslaji;Myönnetty")
            # is a table in a sheet in long form.
            continue
        if groups[0][0] == groups[0][1] and _names_unit(rows[groups[0][0]].split("\t")[0]):
            continue  # "Osahanke | Tavoite | Tilanne" over "A | X | toteutui": a table with a column of its parts
        if groups[0][0] == groups[0][1]:
            headers.add(groups[0][0])
            groups = groups[1:]
        sections += groups
    return sections, headers


def _sections(lines: list[str]) -> list[Element] | None:
    """The elements of a long-form sheet (``long_form``): each section segmented on its own under a
    heading of its name, the rest of the sheet (a cost table after the facts) as it stands.

    Lines keep their numbers: a section's heading stands on the line before its first row, which
    belongs to the header or to the section before and is blank in this section's own text.
    """
    sections, headers = long_form(lines)
    if not sections:
        return None
    sections = _headed(lines, sections)
    inside = headers | {i for first, last in sections for i in range(first, last + 1)}
    rest = ["" if i in inside else line for i, line in enumerate(lines)]
    found: list[tuple[int, int, Element]] = [(e.first, 0, e) for e in segment(rest).elements]
    for order, (first, last) in enumerate(sections, start=1):
        # each section segmented on its own lines only, numbered from ``lo`` (all of the sheet's lines, blank but
        # the section's, made segmenting a sheet of many sections quadratic: R3, stop 42)
        lo = max(first - 1, 0)
        own = [""] * (last + 1 - lo)
        # a section that is a table of its own (a head, then rows of amounts: "Kustannukset;Kustannuslaji;Myönnetty;…")
        # stands without its name over it: the name alone on a line ("Kustannukset") reads as a light's label
        table = (
            last > first
            and not _has_amount(lines[first])
            and all(map(_has_amount, lines[first + 1 : last + 1]))
        )
        rows = [lines[i].split("\t")[1:] for i in range(first, last + 1)]
        # the columns the section fills: an object or a note column it leaves empty is no cell of its rows
        used = sorted({j for row in rows for j, cell in enumerate(row) if cell.strip()})
        rows = [[row[j].strip() if j < len(row) else "" for j in used] for row in rows]
        cells = _pivoted(rows) or rows
        # the project's own head block ("project;project_name;X") stands without its name over it: alone on a line,
        # "project" or "perustieto" was read as a unit's name, and the sheet's tables were filed under it
        if first > 0 and not table and not any(match_field(row[0]) == "name" for row in cells if row):
            own[first - 1 - lo] = lines[first].split("\t")[0]
        name = lines[first].split("\t")[0].strip()
        if table and first > 0 and (unit := _unit_named(name)) is not None:
            # a table section named by its part ("kustannukset investointi 2") is that part's: its line over it
            own[first - 1 - lo] = unit  # (R8-1, stop 45: its costs had gone to the whole as its corner)
        elif table and cells and cells[0] and re.search(r"\d", name):
            # the section's name that dates its table ("costs Jan-Jun 2025") is the table's corner, its caption
            cells = [[name, *cells[0][1:]], *cells[1:]]
        for i, row_cells in zip(range(first, last + 1), cells, strict=False):
            own[i - lo] = "\t".join(row_cells).rstrip("\t")
        found += [(e.first, order, e) for e in _shifted(segment(own).elements, lo)]
    return [element for _, _, element in sorted(found, key=lambda item: (item[0], item[1]))]


def _shifted(elements: list[Element], by: int) -> list[Element]:
    """Elements of lines segmented apart, numbered as the sheet's lines ``by`` further down."""
    return [
        dataclasses.replace(e, first=e.first + by, last=e.last + by, row_lines=[n + by for n in e.row_lines])
        for e in elements
    ]


def _pivoted(rows: list[list[str]]) -> list[list[str]] | None:
    """A section kept one fact a row by object, field and value ("hanke;nimi;X", "Aikataulu;väri;vihreä",
    "Henkilöstökulut;budjetti 2022;310 000", a note after the value) as a page prints it, or None when its rows
    are no such triples (a field that is a figure: a table's own rows). Runs of rows of one object are grouped:
    one object's fields are label and value rows ("nimi | X"); objects of one field each are its rows
    ("Aikataulu | vihreä"); objects of the same fields are a table under a head of those fields ("| budjetti
    2022 | toteuma 2022" over "Henkilöstökulut | 310 000 | 287 450"). The section holds as many rows or more."""
    if (
        len(rows) < 2
        or min(len(row) for row in rows) < 3
        or any(not row[1] or _AMOUNT.fullmatch(row[1]) for row in rows)
    ):
        return None
    runs = [list(group) for _, group in itertools.groupby(rows, key=lambda row: row[0])]
    fields = [tuple(row[1] for row in run) for run in runs]
    if all(len(run) == 1 for run in runs) and len(set(fields)) == len(fields) and len(runs) > 1:
        return None  # every object with a field of its own: no triples to gather
    out: list[list[str]] = []
    index = 0
    while index < len(runs):
        end = index
        while end + 1 < len(runs) and fields[end + 1] == fields[index]:
            end += 1
        block = runs[index : end + 1]
        if end == index:  # one object: its fields, named with it where only so a field's label ("hanke | nimi")
            out += [[_label(row[0], row[1]), *row[2:]] for row in block[0]]
        elif len(fields[index]) == 1:  # objects of one field each: the object and its value
            out += [[run[0][0], *run[0][2:]] for run in block]
        else:  # objects of the same fields: a table
            out.append(["", *fields[index]])
            out += [[run[0][0], *(row[2] for row in run)] for run in block]
        index = end + 1
    return out


def _headed(lines: list[str], sections: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sections with a head row of their own joined to it: a row of one section that names the next one's columns
    ("cost_header;cost_category;budget_eur;…" over "cost;Own staff costs;905000.00;…"), its name the next's
    name and more, as wide as the next's rows, which hold sums."""
    out: list[tuple[int, int]] = []
    for first, last in sections:
        if out and out[-1][0] == out[-1][1] == first - 1:
            head, name = lines[first - 1].split("\t"), lines[first].split("\t")[0].strip().lower()
            rows = [lines[i].split("\t") for i in range(first, last + 1)]
            if (
                head[0].strip().lower().startswith(name)
                and not _has_amount(lines[first - 1])
                and all(len(row) == len(head) and _has_amount(lines[i]) for i, row in enumerate(rows, first))
            ):
                out[-1] = (first - 1, last)
                continue
        out.append((first, last))
    return out


def _label(thing: str, field: str) -> str:
    """A field's label, or the object and the field when only together they are a label the vocabularies know
    ("hanke" and "nimi": "hanke nimi", a project's name)."""
    return f"{thing} {field}" if not match_field(field) and match_field(f"{thing} {field}") else field


#: A cell that is an amount or a share ("1 320 000,00", "−168 100", "98 %"): a row of figures goes on a table.
_FIGURE = re.compile(r"^[-−+]?\d[\d\s.,]*(?:\s?(?:€|%|e|eur|euroa))?$", re.I)


def _parted(lines: list[str]) -> list[int]:
    """The blank rows that part a sheet's tables: a blank row between two rows, the one after it a header or
    a label row (no cell an amount). A blank row before a row of figures ("Yhteensä;1 320 000") is inside
    one table and parts nothing."""
    rows = [i for i, line in enumerate(lines) if line.strip()]
    out = []
    for before, after in itertools.pairwise(rows):
        cells = [cell.strip() for cell in lines[after].split("\t") if cell.strip()]
        if after - before > 1 and not any(_FIGURE.match(cell) for cell in cells):
            out.append(after)
    return out


def _blocks(lines: list[str]) -> list[Element] | None:
    """The elements of a sheet whose tables blank rows part (``_parted``): each part segmented on its own,
    line numbers kept. A sheet gives its tables one under another with a blank row between ("Kustannuslaji;
    Myönnetty;…", blank, "Mittari;Tavoite;Tila", blank, "Valo;Arvio;Selite"), which the segmenter, reading
    a text whose tables may have blank lines inside, had joined into one table of three headers."""
    starts = _parted(lines)
    if not starts:
        return None
    bounds = [0, *starts, len(lines)]
    found: list[Element] = []
    for first, end in itertools.pairwise(bounds):
        # each block segmented on its own lines, numbered from the blank line before it (all of the sheet's lines,
        # blank but the block's, made a sheet of many blocks quadratic: R8-3, stop 45, as R3 found for _sections)
        lo = max(first - 1, 0)
        own = [""] * (first - lo) + lines[first:end]
        found += _shifted(segment(_section_column(own, first - lo, len(own))).elements, lo)
    return sorted(found, key=lambda element: element.first)


def _unit_named(cell: str) -> str | None:
    """The part a cell names, as its line would start ("Investointi 2" of "kustannukset investointi 2"), or None."""
    words = cell.split()
    for i in range(len(words)):
        rest = " ".join(words[i:])
        if match_part_line(line := rest[:1].upper() + rest[1:]):
            return line
    return None


def _names_unit(cell: str) -> bool:
    """Whether a cell names a part, not a section: a part's word alone (the column's head "Investointi",
    "Delprojekt") or a part's word with its key anywhere in it ("Investointi 2", "kustannukset investointi 1").
    Such a column says whose the rows are, so it stays (R8-1, stop 45: the part and its costs had gone to the
    whole)."""
    return cell.strip().lower() in part_words() or _unit_named(cell) is not None


def _section_column(lines: list[str], first: int, end: int) -> list[str]:
    """A block's table whose first column names the section and nothing of its rows ("Osio;Kustannuslaji;
    Jakson budjetti" over "Kustannukset;Henkilöstökustannukset;212000,00"; "Budget (EUR, whole project);Budget
    line;Approved" over ";Staff costs;780000"): that column dropped, so the rows are labelled by their second
    cell; a caption in its head stays the table's corner, where it gives the table's period. Only a table of
    sums: a section of lights or goals reads its rows as they stand (test36 og10, test25 l21)."""
    # the table: its rows up to a blank row (a printed-on line under it, "Tulostettu;15.1.2025", is none of it)
    at = list(itertools.takewhile(lambda i: bool(lines[i].strip()), range(first, end)))
    if first == 0 or len(at) < 3:
        return lines
    rows = [lines[i].split("\t") for i in at]
    head, body = rows[0], rows[1:]
    if (
        len(head) < 3
        or len({row[0].strip() for row in body}) != 1
        or _names_unit(head[0])
        or _names_unit(body[0][0])
        or any(len(row) < 3 or not row[1].strip() or _FIGURE.match(row[1].strip()) for row in body)
        or not all(_has_amount("\t".join(row[1:])) for row in body)
    ):
        return lines
    out = list(lines)
    # the corner keeps the caption the first column's head gave ("Budget (EUR, whole project to 28 Feb 2025)")
    # when the rows leave that column empty; a section's name in every row leaves its column's name ("Osio")
    corner = head[1] if body[0][0].strip() else head[0]
    for i, row in zip(at, rows, strict=True):
        out[i] = "\t".join([corner, *row[2:]] if i == at[0] else row[1:])
    return out


def _begin(ctx: Context, elements: list[Element]) -> None:
    if not ctx.doc.file_name.lower().endswith(SHEET_SUFFIXES):
        pasted = set(pasted_rows(ctx.doc.lines))
        if pasted:
            # A sheet pasted into a report or an e-mail: those rows become cells, the text stays.
            _again(
                ctx,
                elements,
                [tabbed(line, ";") if i in pasted else line for i, line in enumerate(ctx.doc.lines)],
            )
        return
    mark = delimiter_of(ctx.doc.lines)
    row = tabbed
    if mark is None and ctx.doc.file_name.lower().endswith(".csv"):
        mark, row = sheet_delimiter(ctx.doc.lines), field_row  # a sheet of fields: rows of two ("Aikataulu;L")
    if mark is None and ctx.doc.file_name.lower().endswith(".csv") and (ragged := ragged_rows(ctx.doc.lines)):
        # a report written as a .csv: its headings and prose one cell, its tables rows
        _again(ctx, elements, ragged, sheet=True)
        return
    if mark is None:
        if ctx.doc.file_name.lower().endswith((".tsv", ".xlsx", ".xlsm")) and any(
            "\t" in line for line in ctx.doc.lines
        ):
            # a tab-separated or a workbook's sheet is cells already: its blank rows part its tables, as a CSV's do
            _again(ctx, elements, list(ctx.doc.lines), sheet=True)
        return
    # Excel's "sep=|" line names the delimiter and is no row
    rows = ["" if _SEP_LINE.match(line) else row(line, mark) for line in ctx.doc.lines]
    _again(ctx, elements, rows, sheet=True)


def ragged_rows(lines: list[str]) -> list[str] | None:
    """A file saved as ``.csv`` that is no sheet by the share of its rows (:func:`delimiter_of`, :func:`sheet_delimiter`):
    a report written line by line, its title, headings and sentences one cell each, its fields and tables rows of
    their own width ("LÄGESRAPPORT", "Projekt;X", "Kostnadsslag;Budget;Utfall"). The lines the mark that parts
    most of them parts (at least ``MIN_CELLS`` lines) are read as rows, the others as the text they are, and the
    whole as a sheet (its blank rows part its tables); None when no mark parts so many, or every line."""
    if any("\t" in line for line in lines):
        return None
    best, most = None, 0
    for mark in _SHEET_MARKS:
        parted = sum(1 for line in lines if line.strip() and _parts(line, mark))
        if parted > most:
            best, most = mark, parted
    if best is None or most < MIN_CELLS or most == sum(1 for line in lines if line.strip()):
        return None  # every line parted: a sheet the rules above refused (a long form with a stray ";"), not a report
    return [tabbed(line, best) if line.strip() and _parts(line, best) else line for line in lines]


def _again(ctx: Context, elements: list[Element], lines: list[str], *, sheet: bool = False) -> None:
    """The document segmented again with ``lines`` (rows as tab-separated cells); a whole sheet's blank rows
    part its tables (a text's blank lines part its paragraphs: rows pasted into it stay as they are)."""
    again = segment(lines)
    ctx.doc = dataclasses.replace(ctx.doc, lines=lines)
    ctx.seg.lines, ctx.seg.removed = again.lines, again.removed
    parted = _blocks(lines) if sheet else None
    elements[:] = _sections(lines) or parted or again.elements  # the walk reads this list


FAMILY = Family("delimited", begin=_begin)
