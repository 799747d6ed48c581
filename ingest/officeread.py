"""Read an Excel workbook (XLSX) or a PowerPoint deck (PPTX) into lines (the readers of ingest/readers.py).

A county keeps its cost follow-up in Excel and reports to its steering group in slides; users send
those files as they are, not only their CSV or PDF exports. Each is read into the lines its export
would give, so the rules that read exports read them:

- a workbook as its sheets' rows (:func:`xlsx_lines`): each row of each visible sheet a line of
  tab-separated cells, as the other readers give a table's rows (a CSV's rows become the same once its
  delimiter is known: facts/delimited.py), a blank line between sheets and a sheet's own name over its
  rows when there are several; numbers as the sheet shows them (percentages, thousands, dates); a cell
  whose fill alone is the light (an empty cell filled green) as its colour word, as the DOCX reader
  reads a shaded cell;
- a deck as its slides' text (:func:`pptx_lines`): the title of each slide a heading, shapes in
  reading order (top to bottom, left to right), the one-line shapes that stand side by side on a slide
  joined into one row of cells ("Aikataulu" beside a green circle: "Aikataulu<TAB>green"), tables as
  rows of tab-separated cells, a picture by its alternative text, a slide's number and footer left out.

openpyxl parses with defusedxml when it is installed (it is a dependency); python-pptx's parser does
not resolve entities. Both archives pass ingest/ooxml.py's checks first.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hankegraafi.ingest.ooxml import check_archive
from hankegraafi.ingest.readerror import IngestError

#: Most cells of a row read: a sheet's stray formatting can claim the last of its 16 384 columns.
MAX_COLUMNS = 200
#: Most rows of a workbook gone through, empty ones too (Excel's sheet has 1 048 576): openpyxl gives an
#: empty row for each row number a sheet skips, so one cell in the last row is a million rows to pass.
MAX_ROWS = 2_500_000
#: Most shapes joined into one row of cells: a slide's table of text boxes is a few columns wide (10 000 boxes
#: side by side made one line of 10 000 cells that extraction could not read in a minute: R1).
MAX_ROW_SHAPES = 30
#: Most shapes of one slide read (a report's slide has tens; R1's 20 000 text boxes ran past 60 s, and 5 000
#: boxes in rows of 30 still took 4 s of CPU to read and extract: 2 000 take 1.2 s).
MAX_SHAPES = 2_000
#: Sheet names Excel gives by default (Sheet1, Taul1, Taulukko1, Blad1): a name that says nothing.
_DEFAULT_SHEET = re.compile(r"(?:sheet|taul(?:ukko)?|blad|tabelle|feuil)\s*\d+", re.I)


def _colour(colour: Any) -> str | None:
    """The light's colour word of an openpyxl or python-pptx colour given as RGB ("FF00B050"); theme and
    indexed colours say no hue without the theme, and are none."""
    from hankegraafi.ingest.lightwords import hue_word

    try:
        rgb = colour.rgb if colour is not None else None
    except (AttributeError, TypeError, ValueError):  # python-pptx: a theme colour has no RGB
        return None
    rgb = str(rgb) if rgb is not None else None  # python-pptx's RGBColor prints as "00B050"
    if not isinstance(rgb, str) or not re.fullmatch(r"(?:[0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}", rgb):
        return None
    return hue_word(f"#{rgb[-6:]}")


def _mark(text: str) -> bool:
    """Empty, or a lone symbol ("●", "■"): a cell whose colour alone may say what it means."""
    shown = text.strip()
    return not shown or (len(shown) == 1 and not shown.isalnum())


def _grouped(number: float, decimals: int) -> str:
    """A number as a Finnish sheet shows it with a thousands format: "1 840 000", "12 345,50"."""
    text = f"{number:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text


def _cell_text(cell: Any) -> str:
    """A cell's value as the sheet shows it, roughly: a share as "55 %", a date as "1.3.2023", a sum with
    a thousands format grouped, a whole float without ".0"; line breaks inside a cell as spaces."""
    value = cell.value
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, dt.datetime | dt.date):
        text = f"{value.day}.{value.month}.{value.year}"
    elif isinstance(value, int | float):
        fmt = str(getattr(cell, "number_format", "") or "")
        if "%" in fmt:
            share = value * 100
            text = f"{share:.0f} %" if abs(share - round(share)) < 1e-9 else f"{share:.1f} %".replace(".", ",")
        else:
            decimals = 0 if float(value).is_integer() else 2
            if "," in fmt.split(";")[0] or "# #" in fmt:
                text = _grouped(float(value), decimals)
            else:
                text = str(int(value)) if decimals == 0 else f"{value:.2f}".replace(".", ",")
            if "€" in fmt:
                text += " €"
    else:
        text = str(value)
    text = " ".join(text.split())
    if _mark(text):
        fill = getattr(cell, "fill", None)
        said = _colour(fill.fgColor) if fill is not None and fill.fill_type == "solid" else None
        if said is None and text:
            said = _colour(getattr(getattr(cell, "font", None), "color", None))
        if said:
            text = f"{text} {said}".strip()
    return text


def _why(exc: BaseException) -> str:
    """What went wrong, from the innermost cause a library wrapped ("EntitiesForbidden: …" inside
    openpyxl's "Unable to read workbook"), on one line."""
    seen = exc
    while (inner := seen.__cause__ or seen.__context__) is not None and inner is not seen:
        seen = inner
    said = " ".join(str(seen).split())[:200]
    return f"{type(seen).__name__}: {said}" if said else type(seen).__name__


def _sheet_rows(sheet: Any, budget: list[int], where: Path) -> Iterator[list[str]]:
    """A sheet's rows, a run of empty rows as one (a cell formatted in the sheet's last row, 1 048 576,
    made as many empty lines: R1, stop 40), every row seen counted against :data:`MAX_ROWS`."""
    sheet.reset_dimensions()  # the cells there are, not the range a stray format claims
    blank = False
    for row in sheet.iter_rows():
        budget[1] -= 1
        if budget[1] < 0:
            raise IngestError(
                where, f"is an XLSX of more than {MAX_ROWS} rows: not read (no report has as many)"
            )
        cells = [_cell_text(cell) for cell in row[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            if not blank:
                blank = True
                yield cells
            continue
        blank = False
        budget[0] -= sum(map(len, cells)) + len(cells)
        if budget[0] < 0:
            raise IngestError(where, "is an XLSX whose cells hold more text than the limit: not read")
        yield cells


def xlsx_lines(data: bytes, where: Path, max_bytes: int, warnings: list[str] | None = None) -> list[str]:
    """Every visible sheet's rows as lines of tab-separated cells, the sheets one under another."""
    try:
        check_archive(data, where, "xlsx")
    except zipfile.BadZipFile as exc:
        raise IngestError(where, f"is a truncated or corrupt XLSX ({exc})") from exc
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, TypeError, XML errors …
        raise IngestError(where, f"is a corrupt XLSX ({_why(exc)})") from exc
    budget = [max_bytes, MAX_ROWS]  # text left, rows left (empty ones too)
    lines: list[str] = []
    try:
        sheets = [s for s in book.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
        hidden = len(book.worksheets) - len(sheets)
        for sheet in sheets:
            rows = list(_sheet_rows(sheet, budget, where))
            while rows and not rows[-1]:
                rows.pop()
            if not rows:
                continue
            if lines:
                lines.append("")
            if len(sheets) > 1 and not _DEFAULT_SHEET.fullmatch(sheet.title.strip()):
                lines += [sheet.title.strip(), ""]
            lines += ["\t".join(cells) for cells in rows]
    except IngestError:
        raise
    except Exception as exc:  # openpyxl reads a sheet's XML as it iterates: a ParseError, a KeyError …
        raise IngestError(where, f"is a corrupt XLSX ({_why(exc)})") from exc
    finally:
        book.close()
    if hidden and warnings is not None:
        warnings.append(f"{where.name}: {hidden} hidden sheet(s) not read (piilotettu taulukko / dold flik)")
    return lines


# --- PowerPoint ---------------------------------------------------------------------------------


def _shape_fill(shape: Any) -> str | None:
    try:
        fill = shape.fill
        if fill.type != 1:  # MSO_FILL.SOLID
            return None
        return _colour(fill.fore_color) if fill.fore_color.type == 1 else None  # MSO_COLOR_TYPE.RGB
    except (AttributeError, TypeError, ValueError, KeyError, NotImplementedError):
        return None


def _table_rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if _mark(text) and (said := _shape_fill(cell)):
                text = f"{text} {said}".strip()
            cells.append(text)
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


#: Placeholders whose paragraphs the slide master shows as bullets (a "Title and Content" slide's body).
_LISTED = {"BODY", "OBJECT"}
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _bulleted(paragraph: Any, listed: bool) -> bool:
    """Whether a paragraph is shown as a list item: its own bullet or number, or a body placeholder's
    paragraph that does not turn its bullet off; a text box's paragraphs are plain unless they say so."""
    properties = paragraph._p.pPr
    if properties is not None:
        if properties.find(_A + "buNone") is not None:
            return False
        if properties.find(_A + "buChar") is not None or properties.find(_A + "buAutoNum") is not None:
            return True
    return listed or paragraph.level > 0


#: Placeholders a slide repeats that are no content: its number, footer and date.
_FURNITURE = {"SLIDE_NUMBER", "FOOTER", "DATE"}


def _items(shapes: Any, title: list[str]) -> Iterator[tuple[int, int, int, list[str]]]:
    """(top, left, height, lines) of each shape with something to read, groups opened; the title's text
    and its placeholder's kind (a slide's TITLE or a title slide's CENTER_TITLE) into ``title``."""
    for shape in shapes:
        if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            yield from _items(shape.shapes, title)
            continue
        kind = None
        if shape.is_placeholder:
            kind = getattr(shape.placeholder_format.type, "name", None)
            if kind in _FURNITURE:
                continue
        top, left, height = shape.top or 0, shape.left or 0, shape.height or 0
        if getattr(shape, "has_text_frame", False):
            lines = []
            listed = kind in _LISTED
            for paragraph in shape.text_frame.paragraphs:
                text = " ".join("".join(run.text for run in paragraph.runs).split()) or " ".join(
                    paragraph.text.split()
                )
                if text:
                    lines.append(("  " * paragraph.level + "- " if _bulleted(paragraph, listed) else "") + text)
            if kind in ("TITLE", "CENTER_TITLE") and lines:
                title.append(" ".join(lines))
                title.append(kind)
                continue
            said = _shape_fill(shape)
            if said and (not lines or (len(lines) == 1 and _mark(lines[0]))):
                lines = [f"{lines[0]} {said}".strip() if lines else said]
            if lines:
                yield top, left, height, lines
        elif getattr(shape, "has_table", False) and shape.has_table:
            yield top, left, height, _table_rows(shape.table)
        else:
            described = shape._element.xpath("./*[1]/p:cNvPr/@descr") if hasattr(shape, "_element") else []
            said = _shape_fill(shape)
            if described and described[0].strip():
                yield top, left, height, [" ".join(described[0].split())]
            elif said:
                yield top, left, height, [said]


def _slide_lines(items: list[tuple[int, int, int, list[str]]]) -> list[str]:
    """Shapes in reading order; one-line shapes whose middles lie within each other's height stand on one
    row and are joined as its cells, left to right; a shape of several lines is a block between blank
    lines (two text boxes are two paragraphs, not one)."""
    items.sort(key=lambda item: (item[0], item[1]))
    lines: list[str] = []
    used: set[int] = set()
    for i, (top, _left, height, own) in enumerate(items):
        if i in used:
            continue
        used.add(i)
        if len(own) != 1:  # a text box of its own paragraphs, a list, a table: a block apart
            lines += ([""] if lines and lines[-1] else []) + own + [""]
            continue
        row = [(items[i][1], own[0])]
        middle = top + height / 2
        for j in range(i + 1, len(items)):
            other_top, other_left, other_height, other = items[j]
            if other_top > top + max(height, 1) or len(row) >= MAX_ROW_SHAPES:
                break  # sorted by top: no shape further down stands on this row (linear, not every pair: R1)
            if j in used or len(other) != 1:
                continue
            if (
                top <= other_top + other_height / 2 <= top + max(height, 1)
                or other_top <= middle <= other_top + other_height
            ):
                row.append((other_left, other[0]))
                used.add(j)
        lines.append("\t".join(text for _, text in sorted(row)))
    return lines


def pptx_lines(
    data: bytes,
    where: Path,
    warnings: list[str] | None = None,
    headings: dict[int, int] | None = None,
    max_chars: int | None = None,
) -> list[str]:
    """Each slide's title (a heading) and its shapes' text in reading order, a blank line between slides;
    a deck whose slides' runs hold more than ``max_chars`` characters is refused before they are read."""
    try:
        check_archive(data, where, "pptx")
    except zipfile.BadZipFile as exc:
        raise IngestError(where, f"is a truncated or corrupt PPTX ({exc})") from exc
    import pptx

    try:
        deck = pptx.Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises KeyError, ValueError, lxml errors …
        raise IngestError(where, f"is a corrupt PPTX ({_why(exc)})") from exc
    lines: list[str] = []
    try:
        held = sum(len(t.text or "") for slide in deck.slides for t in slide._element.iter(_A + "t"))
        if max_chars is not None and held > max_chars:
            # Its shapes cost ~0.8 s a million characters to read, and the caller refused the text only
            # after (100 slides of 5.3 M characters in 163 kB: 4.2 s; R4-4b, stop 43).
            raise IngestError(where, f"its text is {held} characters, over the limit of {max_chars} (pptx)")
        for slide in deck.slides:
            title: list[str] = []
            items = list(itertools.islice(_items(slide.shapes, title), MAX_SHAPES + 1))
            if len(items) > MAX_SHAPES:
                items = items[:MAX_SHAPES]
                if warnings is not None:
                    warnings.append(
                        f"{where.name}: a slide of more than {MAX_SHAPES} shapes: the first {MAX_SHAPES} were read "
                        "(dia luettu osittain / bilden lästes delvis)"
                    )
            own = _slide_lines(items)
            if not title and not own:
                continue
            if lines:
                lines.append("")
            if title:
                lines.append(title[0])
                if headings is not None:  # a title slide's title is the deck's (a DOCX's Title style: 0)
                    headings[len(lines)] = 0 if title[1] == "CENTER_TITLE" else 1
                lines += [""] if own else []  # the title stands apart from the slide's text, as it is shown
            while own and not own[-1]:
                own.pop()
            lines += own
    except IngestError:
        raise
    except Exception as exc:  # python-pptx reads parts lazily: a slide's damage shows as it is read
        raise IngestError(where, f"is a corrupt PPTX ({_why(exc)})") from exc
    return lines


__all__ = ["MAX_COLUMNS", "MAX_ROWS", "MAX_ROW_SHAPES", "MAX_SHAPES", "pptx_lines", "xlsx_lines"]
