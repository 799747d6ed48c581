"""Recognise a document's kind and cut its lines into headings, fields, lights, tables and text.

Sote documents come from a few web forms (the RRF reporting tool, Innokylä) and
from word-processor plans, exported to text with noise: page headers repeated
on every page, blocks repeated by the exporter, labels misspelt by OCR-like
conversion ("Liikenneval-", "Kustannusajoittelu"). Labels are therefore matched
fuzzily against the vocabularies' labels (ingest/labels.py), and every element
keeps its line numbers.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.labels import (
    best_label,
    field_shape,
    light_value,
    match_field,
    match_heading,
    match_light,
    match_part,
    norm_label,
    open_item,
    similar,
    table_cells,
)
from hankegraafi.ingest.lightboxes import no_value_below
from hankegraafi.ingest.repeats import drop_repeated_blocks
from hankegraafi.ingest.segclean import (
    Line,
    clean_lines,
    detect_kind,
    drop_page_headers,
    kind_scores,
    kinds,
    strip_tags,
)
from hankegraafi.ingest.segmemo import remembered

logger = logging.getLogger(__name__)


# --- elements -----------------------------------------------------------------------------


@dataclass
class Element:
    """One recognised piece of a document, with the lines it came from."""

    type: str  # heading, field, light, table, part, text
    first: int
    last: int
    text: str
    key: str = ""
    value: str = ""
    withdrawn: bool = False
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)
    title: str = ""

    @property
    def header(self) -> list[str]:
        return self.rows[0] if self.rows else []


@dataclass
class Segmented:
    kind: str | None  # None: no cue of any known kind (the caller refuses the document)
    elements: list[Element]
    lines: list[Line]
    removed: list[int]  # line numbers dropped as page headers or repeated blocks


# --- kind (ingest/segclean.py) -------------------------------------------------------------


def __getattr__(name: str) -> tuple[str, ...]:
    """``KINDS``: :func:`kinds` as read now (a module constant would miss a vocabulary re-read)."""
    if name == "KINDS":
        return kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- segmentation -------------------------------------------------------------------------


def _segment(lines: list[str]) -> Segmented:
    """Cut ``lines`` (a document's lines, 1-based by position) into elements."""
    kind = detect_kind(lines)
    cleaned = clean_lines(lines)
    removed = drop_page_headers(cleaned)
    kept = [line for line in cleaned if line.no not in removed]
    removed |= drop_repeated_blocks(kept)
    kept = [line for line in cleaned if line.no not in removed]
    with lighttext.legend([line.text for line in kept]):  # "● = vihreä, ▲ = keltainen": what its symbols mean
        elements = _elements(kept)
    return Segmented(kind=kind, elements=elements, lines=cleaned, removed=sorted(removed))


def _fresh(seg: Segmented) -> Segmented:
    """A copy of ``seg`` sharing nothing a caller can change (lines are frozen)."""
    elements = [replace(e, rows=[list(r) for r in e.rows], row_lines=list(e.row_lines)) for e in seg.elements]
    return Segmented(kind=seg.kind, elements=elements, lines=list(seg.lines), removed=list(seg.removed))


segment = remembered(_segment, _fresh)


def _next_nonempty(lines: list[Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and not lines[j].text:
        j += 1
    return j if j < len(lines) else None


#: "Label: value" on one line (short label, no sentence's punctuation); "3. Label => value"; a 2-cell CSV row "Label;value".
_COLON_FIELD = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?P<label>[A-ZÄÖÅ][^:.;!?\t=]{1,40}?)\s*(?:(?::|=>)\s+|;(?=[^;\s][^;]*$)|,(?=[^,\s][^,]*$))(?P<value>\S.{0,200})$"
)
#: A row of a label and amounts or shares ("Laitteet\t480.000,00", "…\t72 000 euroa", "…\tEUR 18 500"): in an open
#: table a row, though its label reads like a field's ("Laitteet" ~ "Liitteet"; test42 om13).
_AMOUNTS = re.compile(r"(?i)[^\t]+(?:\t(?:(?:€|eur) ?)?(?:[-−+]?\d[\d .,\xa0]*+(?: ?(?:[€%]|euro?[as]?))?)?)+")


#: A cell of an amount: "120 000", "-40 000", "€ 18 500", "12,5 %".
_AMOUNT_CELL = re.compile(r"(?i)[-−+]?(?:€ ?)?\d[\d .,\xa0]*(?: ?(?:€|%|eur\w*))?")


def _over_amounts(lines: list[Line], at: int) -> bool:
    """The line ``at`` heads a table of amounts: three cells or more, none an amount, over a row of as many cells
    with two amounts or more ("| Kustannuslaji | Toteuma | Poikkeama |" over "| Henkilöstökulut | 80 000 | -40 000
    |", a rule row between them): a table's header, never a light's value whatever its words (R19-1, R20-5)."""
    head = table_cells(lines[at].text)
    if not head or len(head) < 3 or any(_AMOUNT_CELL.fullmatch(c.strip()) for c in head):
        return False
    j = _next_nonempty(lines, at)
    if j is not None and table_cells(lines[j].text) == []:
        j = _next_nonempty(lines, j)  # the rule row under a Markdown table's header
    row = (table_cells(lines[j].text) if j is not None else None) or []
    return len(row) == len(head) and sum(1 for c in row[1:] if _AMOUNT_CELL.fullmatch(c.strip())) >= 2


def _continues_table(lines: list[Line], i: int) -> bool:
    """The line after ``i`` is another row of cells, or the table's end (a blank line, then no row)."""
    j = i + 1
    if j >= len(lines):
        return True
    return table_cells(lines[j].text) is not None or not lines[j].text


_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")


def _caps_heading(text: str, numbered_only: bool) -> bool:
    """A heading a template prints in capitals ("3. KUSTANNUKSET RAPORTOINTIKAUDELLA"); a line in capitals with a
    value after its colon is a field ("MYÖNNETTY AVUSTUS: 1 200 000 €"), unless its label is a section's heading.

    Near the top, before any heading or field, only a numbered one counts: the title
    lines of a cover page are capitals too, and they name the project.
    """
    if "\t" in text or len(text) > 80 or text.rstrip().endswith((".", ",", ";")):
        return False
    numbered = bool(_NUMBERED.match(text))
    if numbered_only and not numbered:
        return False
    rest = _NUMBERED.sub("", text)
    label, colon, value = rest.partition(":")
    if colon and value.strip() and not match_heading(label.strip().capitalize()):
        return False  # "MYÖNNETTY AVUSTUS: 1 200 000 €", "HYVINVOINTIALUE: X": a form's field typed in capitals (R18-2)
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _label_over_two_lines(text: str, lines: list[Line], i: int) -> tuple[int, list[str]] | None:
    """(index, row) when the next line holds amounts under no label or under the label's tail.

    "Puhelin- ja ICT-" / "laitehankinnat  40 000  38 500" and "Omat henkilöstö-" /
    "kustannukset  600 000" are one row; so is a label alone above "\t600 000\t380 000".
    A hyphen after a capital (ICT-) belongs to the compound; after a small letter it splits a word.
    """
    nxt = i + 1
    if nxt >= len(lines) or match_heading(text):
        return None
    cells = table_cells(lines[nxt].text)
    if not cells or len(cells) < 2 or not (not cells[0] or cells[0][:1].islower()):
        return None
    if not any(re.search(r"\d", c) for c in cells[1:]):
        return None
    head = text.strip()
    if not cells[0]:
        label = head
    elif head.endswith("-") and not head.endswith(" -"):
        label = head + cells[0] if head[-2:-1].isupper() else head[:-1] + cells[0]
    else:
        label = f"{head} {cells[0]}"
    return nxt, [label, *cells[1:]]


def _cost_header_below(table: Element, cells: list[str]) -> bool:
    """A cost table's header under another table's rows ("Tavoite | Tila" and goals, then "Kustannuslaji |
    Budjetti | Toteuma"): a template printing a part's tables one under another. It begins a table of its
    own; a second header row of one table ("Kululaji | 2024" over "| Budjetti | Toteuma") stays its header."""
    below = len(table.rows) >= 2 and len(cells) >= 3
    return below and lighttext.cost_header(cells[1:]) and not lighttext.cost_header(table.rows[0][1:])


def _table_title(out: list[Element], first: int, last_heading: str) -> str:
    """A table's title: the short line right above it ("Kustannukset", "Kustannukset 2024 (t€)")
    when no recognised heading is nearer, else the last recognised heading."""
    previous = out[-1] if out else None
    if (
        previous is not None
        and previous.type == "text"
        and first - previous.last <= 2
        and len(previous.text) <= 60
        and not previous.text.rstrip().endswith((".", ":", "?", "!"))
        and "\t" not in previous.text
        and not previous.text.lstrip().startswith(("-", "•", "*"))
    ):
        return previous.text.strip()
    return last_heading


def _elements(lines: list[Line]) -> list[Element]:
    out: list[Element] = []
    i = 0
    n = len(lines)
    table: Element | None = None
    last_heading = ""
    head_at = [False, 0]  # a heading or field seen yet, and how far ``out`` was looked at: linear

    def head_seen() -> bool:
        if not head_at[0]:
            head_at[0] = any(e.type in ("heading", "field") for e in out[int(head_at[1]) :])
            head_at[1] = len(out)
        return bool(head_at[0])

    def close_table() -> None:
        nonlocal table
        if table is not None:
            out.append(table)
            table = None

    while i < n:
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        colon = _COLON_FIELD.match(text) if "\t" not in text else None
        if colon and match_field(colon.group("label"), marked=True):
            # "Hanke: Kotona Keski-Suomessa" — a label and its value on one line, as a Word or web page prints them.
            text = f"{colon.group('label')}\t{colon.group('value')}"
        first_cell = text.split("\t")[0]
        # Labels with their value after a tab or on the following line.
        label_key = match_field(first_cell, marked="\t" in text) if len(first_cell) <= 60 else None
        dim = match_light(first_cell) if len(first_cell) <= 60 else None
        cells = table_cells(text)
        value_inline = text.split("\t", 1)[1].strip() if "\t" in text else None
        if value_inline is not None and text.lstrip().startswith("|"):
            # "| Projekt\t| X\t|", a padded pipe row whose padding became tabs: the cell, without its pipes.
            value_inline = value_inline.strip(" |\t")
        if dim and value_inline and not light_value(value_inline) and i + 1 < n:
            # A value a PDF broke over two lines ("● Poik-" / "keama, vaatii seurantaa").
            tail = lines[i + 1].text.strip()
            joined = value_inline[:-1] + tail if value_inline.endswith("-") else f"{value_inline} {tail}"
            if tail and "\t" not in tail and len(tail) <= 40 and light_value(joined):
                close_table()
                out.append(
                    Element(
                        "light",
                        line.no,
                        lines[i + 1].no,
                        f"{first_cell}\t{joined}",
                        key=dim,
                        value=light_value(joined) or "",
                    )
                )
                i += 2
                continue
        if (
            dim
            and (value_inline is None or light_value(value_inline))
            and not lighttext.cost_header((cells or [])[1:])
        ):
            value = value_inline  # (a cost table's head "KUSTANNUKSET (€) | Vuosi | … | Poikkeama" is none)
            last = line.no
            j = i
            if value is None:
                nxt = _next_nonempty(lines, i)
                heads = (table_cells(lines[nxt].text) if nxt is not None else None) or []
                # a cost table's head ("Kustannuslaji | Budjetti | Toteuma | Poikkeama") under "## Kustannukset"
                head_row = lighttext.cost_header(heads) or (
                    len(heads) >= 3 and lighttext.cost_header(heads[1:])
                )
                head_row = head_row or (nxt is not None and _over_amounts(lines, nxt))
                if (
                    nxt is not None
                    and light_value(lines[nxt].text)
                    and not head_row
                    and not no_value_below(lines[nxt].text)
                ):
                    value, last, j = lines[nxt].text, lines[nxt].no, nxt
            if value is not None and light_value(value):
                close_table()
                out.append(
                    Element(
                        "light",
                        line.no,
                        last,
                        f"{first_cell}\t{value}".strip(),
                        key=dim,
                        value=light_value(value) or "",
                    )
                )
                i = j + 1
                continue
        found = _lights_anywhere(lines, i, text, cells)
        if found is not None:
            close_table()
            out.extend(found[1])
            i = found[0] + 1
            continue
        row = table is not None and cells and len(cells) == len(table.rows[0]) >= 3 and _AMOUNTS.fullmatch(text)
        if label_key and not row and not (label_key == "status" and value_inline and len(value_inline) > 40):
            shape = field_shape(label_key)
            if value_inline is not None or "\t" in text:
                close_table()
                out.append(Element("field", line.no, line.no, text, key=label_key, value=value_inline or ""))
                i += 1
                continue
            if _looks_like_label_line(text):
                close_table()
                values: list[Line] = []
                j = i + 1
                blank_seen = False
                while j < n:
                    candidate = lines[j]
                    if not candidate.text:
                        blank_seen = bool(values)
                        if shape == "one" and values:
                            break
                        j += 1
                        continue
                    if _is_structural(candidate.text, parts=shape != "one"):
                        break
                    if shape == "list" and blank_seen:
                        break
                    values.append(candidate)
                    j += 1
                    if shape == "one":
                        break
                last = values[-1].no if values else line.no
                out.append(
                    Element(
                        "field", line.no, last, text, key=label_key, value="\n".join(v.text for v in values)
                    )
                )
                i = j
                continue
        part = match_part(text)
        if part and not (cells and len(cells) > 2):
            close_table()
            level, num, name = part
            if not name and level == "subproject":
                nxt = _next_nonempty(lines, i)
                if nxt is not None and not _is_structural(lines[nxt].text):
                    name = lines[nxt].text.strip(" :")
                    out.append(
                        Element(
                            "part",
                            line.no,
                            lines[nxt].no,
                            text,
                            key=level,
                            value=name,
                            title=num,
                            withdrawn=line.withdrawn,
                        )
                    )
                    i = nxt + 1
                    continue
            out.append(
                Element(
                    "part", line.no, line.no, text, key=level, value=name, title=num, withdrawn=line.withdrawn
                )
            )
            i += 1
            continue
        if (
            cells is None
            and table is not None
            and table.rows[-1][:1]
            and table.rows[-1][0].rstrip().endswith("-")
            and len(text) <= 40
            and text[:1].islower()
        ):
            # A row label a PDF broke over two lines ("Omat henkilöstö-" / "kustannukset"): one label.
            table.rows[-1][0] = table.rows[-1][0].rstrip()[:-1] + text.strip()
            table.last = line.no
            table.text += "\n" + text
            i += 1
            continue
        if (
            cells is None
            and table is not None
            and len(table.rows[-1]) >= 2
            and (text[:1].islower() or open_item(table.rows[-1][0]))
            and len(text) <= 80
            and _continues_table(lines, i)
        ):
            # A first cell the layout wrapped ("Kiireettömän hoidon jonot lyhenevät alle" / "kahteen
            # viikkoon") under a row that has its other cells: the cell goes on.
            table.rows[-1][0] = f"{table.rows[-1][0]} {text.strip()}"
            table.last = line.no
            table.text += "\n" + text
            i += 1
            continue
        if cells is None and table is not None and len(text) <= 60:
            broken = _label_over_two_lines(text, lines, i)
            if broken is not None:
                # A row whose label a PDF or a narrow column broke above its amounts.
                at, row = broken
                table.rows.append(row)
                table.row_lines.append(lines[at].no)
                table.last = lines[at].no
                table.text += f"\n{text}\n{lines[at].text}"
                i = at + 1
                continue
        if cells is not None:
            if cells == []:
                i += 1
                continue
            if table is not None and _cost_header_below(table, cells):
                close_table()
            if table is None:
                table = Element("table", line.no, line.no, text, title=_table_title(out, line.no, last_heading))
            table.rows.append(cells)
            table.row_lines.append(line.no)
            table.last = line.no
            if table.first != line.no:
                table.text += "\n" + text
            i += 1
            continue
        close_table()
        heading = match_heading(text)
        if heading is None and _caps_heading(text, numbered_only=not head_seen()):
            heading = match_heading(text.strip().capitalize()) or ("", "")
        if heading:
            key, rest = heading
            head_text = text[: len(text) - len(rest)].strip() if rest else text
            out.append(Element("heading", line.no, line.no, head_text, key=key))
            last_heading = head_text
            if rest:
                out.append(Element("text", line.no, line.no, rest, withdrawn=line.withdrawn))
            i += 1
            continue
        value = light_value(text)
        if value and value.endswith("%"):
            nxt = _next_nonempty(lines, i)
            if nxt is not None and match_light(lines[nxt].text.split("\t")[0]):
                out.append(Element("light", line.no, line.no, text, key="progress", value=value))
                i += 1
                continue
        out.append(Element("text", line.no, line.no, text, withdrawn=line.withdrawn))
        i += 1
    close_table()
    return out


def _lights_anywhere(
    lines: list[Line], i: int, text: str, cells: list[str] | None
) -> tuple[int, list[Element]] | None:
    """(last index, light elements) of a light in a layout the label rules above do not know (``lighttext.find``)."""
    nxt = _next_nonempty(lines, i)
    below = lines[nxt].text if nxt is not None and nxt - i <= 2 and not _over_amounts(lines, nxt) else None
    found = lighttext.find(text, cells, below, table_cells(below) if below is not None else None)
    if found is None:
        return None
    last = nxt if found[0] and nxt is not None else i
    span = f"{text}\n{lines[last].text}" if last != i else text
    return last, [Element("light", lines[i].no, lines[last].no, span, key=k, value=v) for k, v in found[1]]


def _looks_like_label_line(text: str) -> bool:
    return len(text) <= 60 and not text.endswith(".")


def _is_structural(text: str, *, parts: bool = True) -> bool:
    """A label, a heading, a part or a light by itself ("- Aikataulu: etenee (vihreä)"): no field's value."""
    if len(first := text.split("\t")[0]) <= 60 and (match_field(first) or match_light(first)):
        return True
    return bool(match_heading(text) or (parts and match_part(text)) or lighttext.line_lights(text))


__all__ = [
    "Element",
    "Line",
    "Segmented",
    "best_label",
    "detect_kind",
    "kind_scores",
    "kinds",
    "light_value",
    "match_field",
    "match_heading",
    "match_light",
    "match_part",
    "norm_label",
    "segment",
    "similar",
    "strip_tags",
    "table_cells",
]
