"""Transformations of scripts/metamorph.py that rewrite a document's structure (stop 53): tables in another
markup, fields as table rows and back, headings as bold text, other list markers, prose wrapped as PDF text.

Each function takes a document's text and gives the same document in another form a real author writes (or None
when the form does not occur in it); scripts/metamorph.py registers them for the formats they apply to. Tables are
found with a real parser: markdown-it (GFM tables) for Markdown and text, the standard library's HTML parser for
HTML; no HTML is taken apart with a regular expression.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

# --- Markdown pipe tables -----------------------------------------------------------------------------------------


@dataclass
class PipeTable:
    """A GFM pipe table: its lines [start, end) and its rows of cells (the header first; the delimiter row out)."""

    start: int
    end: int
    rows: list[list[str]]


def pipe_tables(text: str) -> list[PipeTable]:
    """The pipe tables of ``text`` as markdown-it (GFM tables) reads them, each with its source lines."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables: list[PipeTable] = []
    current: PipeTable | None = None
    row: list[str] = []
    for token in tokens:
        if token.type == "table_open" and token.map:
            current = PipeTable(token.map[0], token.map[1], [])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and current is not None:
            row.append(token.content.strip())
        elif token.type == "tr_close" and current is not None:
            current.rows.append(row)
        elif token.type == "table_close" and current is not None:
            # Only tables whose lines are table lines (a table inside a list item or a quote has a lead).
            if all("|" in line for line in text.split("\n")[current.start : current.end]):
                tables.append(current)
            current = None
    return tables


def _replace_tables(text: str, render: Callable[[PipeTable], list[str] | None]) -> str | None:
    lines = text.split("\n")
    tables = pipe_tables(text)
    if not tables:
        return None
    for table in reversed(tables):
        out = render(table)
        if out is None:
            continue
        # markdown-it's map of a table ends after its last row; a trailing blank line is not the table's.
        end = table.end
        while end > table.start and not lines[end - 1].strip():
            end -= 1
        lines[table.start : end] = out
    return "\n".join(lines)


def _unescape_cell(cell: str) -> str:
    return cell.replace("\\|", "|")


def pipe_table_as_html(text: str) -> str | None:
    """A Markdown pipe table written as an HTML <table> inside the Markdown (CommonMark passes raw HTML through;
    authors paste a table from a web page or Word this way): the same header, rows and cells, a blank line before
    and after so that the HTML block ends where the table ended. Bold in a cell as <strong>."""

    def cell(tag: str, value: str) -> str:
        value = html.escape(_unescape_cell(value), quote=False)
        value = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", value)
        return f"<{tag}>{value}</{tag}>"

    def render(table: PipeTable) -> list[str]:
        out = ["", "<table>"]
        for i, row in enumerate(table.rows):
            if any(row):  # a header of empty cells ("| | |") shows nothing
                out.append("<tr>" + "".join(cell("th" if i == 0 else "td", c) for c in row) + "</tr>")
        return [*out, "</table>", ""]

    return _replace_tables(text, render)


def pipe_table_as_tabs(text: str) -> str | None:
    """A pipe table as tab-separated rows (a table copied from a spreadsheet and pasted as text): the header row
    and every row, one line each, the cells between tabs; the delimiter row ("|---|---|") carries nothing."""
    return _replace_tables(
        text, lambda t: ["\t".join(_unescape_cell(c) for c in row).rstrip("\t") or "\t" for row in t.rows]
    )


def aligned(rows: list[list[str]]) -> list[str]:
    """Rows laid out as a space-aligned table: each cell padded to its column's width and two spaces."""
    width = max(map(len, rows))
    widths = [max((len(r[k]) for r in rows if k < len(r)), default=0) for k in range(width)]
    out = []
    for row in rows:
        line = "".join(c.ljust(widths[k] + 2) for k, c in enumerate(row[:-1])) + (row[-1] if row else "")
        out.append(line.rstrip())
    return out


def pipe_table_as_aligned(text: str) -> str | None:
    """A pipe table as a space-aligned text table (what a plain-text export or `column -t` gives): every cell
    padded to its column's width and two spaces, so that each column starts where it starts in every row.
    Tables with an empty cell are left: a blank in a space-aligned row does not say which column is empty."""

    def render(table: PipeTable) -> list[str] | None:
        rows = [[_unescape_cell(c) for c in row] for row in table.rows]
        if any(not c for row in rows for c in row):
            return None
        return aligned(rows)

    return _replace_tables(text, render)


def tabs_as_pipe_table(text: str) -> str | None:
    """A block of tab-separated rows (two or more, the same number of cells, two or more) written as a Markdown
    pipe table, the first row as its header (how an author turns a pasted sheet into Markdown): the same rows and
    cells."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        j = i
        while j < len(lines) and "\t" in lines[j] and lines[j].strip() and "|" not in lines[j]:
            j += 1
        rows = [line.strip("\r").split("\t") for line in lines[i:j]]
        if j - i >= 2 and len({len(r) for r in rows}) == 1 and len(rows[0]) >= 2:
            cells = [[c.strip() for c in r] for r in rows]
            out.append("| " + " | ".join(cells[0]) + " |")
            out.append("|" + "|".join("---" for _ in cells[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in cells[1:]]
            changed = True
            i = j
            continue
        out += lines[i : max(j, i + 1)]
        i = max(j, i + 1)
    return "\n".join(out) if changed else None


# --- fields "Label: value" <-> two-column rows --------------------------------------------------------------------

#: A field line: a label of one to five words and its value after a colon ("Hyvinvointialue: X",
#: "**Rahoittaja:** STM", "- Hankeaika: 2024–2025"); no table cells (a '|' or a tab) in it.
_FIELD_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>[^\W\d_][\w.()/-]*(?:[ -][\w.()/-]+){0,4}?)"
    r"(?::\*\*|\*\*:|:)[ \t]+(?:\*\*)?(?P<value>[^|\t\n]*?\S)(?:\*\*)?[ \t\r]*$"
)


def no_labels() -> frozenset[str]:
    return frozenset()


#: The labels (lower case) of the vocabulary's document fields (fields.ttl ``document-field``); scripts/metamorph.py
#: sets it. Only a line whose label is one of them is a field here: "Aihe: …" in a mail's header, "Merkit: (+) …"
#: in a legend or "Henkilöstökulut: 120 000" in a cost list are no project card's fields.
field_labels = no_labels


def _field(line: str) -> re.Match[str] | None:
    m = _FIELD_LINE.match(line)
    if m is None or re.match(r"\s*#", line) or m["label"].strip().casefold() not in field_labels():
        return None
    return m


def _field_runs(lines: list[str]) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Runs of two field lines or more, one after another: (first line, end, [(label, value)])."""
    runs = []
    i = 0
    while i < len(lines):
        j = i
        fields = []
        while j < len(lines) and (m := _field(lines[j])):
            fields.append((m["label"].strip(), m["value"].strip()))
            j += 1
        if len(fields) >= 2:
            runs.append((i, j, fields))
        i = max(j, i + 1)
    return runs


def _fields_as(text: str, render: Callable[[list[tuple[str, str]]], list[str]]) -> str | None:
    lines = text.split("\n")
    runs = _field_runs(lines)
    if not runs:
        return None
    for start, end, fields in reversed(runs):
        lines[start:end] = render(fields)
    return "\n".join(lines)


def fields_as_pipe_table(text: str) -> str | None:
    """A run of "Label: value" lines (a project card's fields) written as a two-column Markdown table, the first
    field as the table's header row (a table converted from Word, the form of R17-28): each label in its row's
    first cell, its value in the second; a blank line before and after so that the table stands alone."""

    def render(fields: list[tuple[str, str]]) -> list[str]:
        rows = [f"| {label} | {value.replace('|', chr(92) + '|')} |" for label, value in fields]
        return ["", rows[0], "|---|---|", *rows[1:], ""]

    return _fields_as(text, render)


def fields_as_tab_rows(text: str) -> str | None:
    """A run of "Label: value" lines as two-cell tab-separated rows ("Hyvinvointialue<TAB>X", a card copied from
    a spreadsheet or a Word table and pasted as text): the label in the first cell, its value in the second."""
    return _fields_as(text, lambda fields: [f"{label}\t{value}" for label, value in fields])


def pipe_table_as_fields(text: str) -> str | None:
    """A two-column pipe table written as "Label: value" lines, one per row, the header row too when its first
    cell is a field of its own (the reverse of ``fields_as_pipe_table``): the label and its value as before.
    A header of two column names ("Kenttä | Tieto") carries nothing and goes. Only tables whose every row has
    two cells, the first a label (no digits: not a year's or a number's column)."""

    def render(table: PipeTable) -> list[str] | None:
        rows = table.rows
        if any(len(r) != 2 or not r[0] or re.search(r"\d", r[0]) for r in rows) or len(rows) < 2:
            return None
        header = [] if rows[0][0].casefold() in _COLUMN_NAMES or not rows[0][1] else [rows[0]]
        return [f"{_unescape_cell(a)}: {_unescape_cell(b)}".rstrip() for a, b in header + rows[1:]]

    return _replace_tables(text, render)


#: Header cells that name a two-column table's columns, not a field.
_COLUMN_NAMES = frozenset(
    {"kenttä", "tieto", "nimike", "fält", "uppgift", "field", "value", "item", "kohta", "asia", "perustiedot"}
)


# --- HTML: a real parser's element spans -------------------------------------------------------------------------


@dataclass
class Element:
    """An element of an HTML page: its tag, where it starts and ends in the text (end tag included), its children."""

    tag: str
    start: int
    end: int = -1
    children: list[Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def content(self) -> str:
        return " ".join("".join(self.text).split())


class _Spans(HTMLParser):
    VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "col", "area", "base", "wbr", "source"})

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = text
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)
        self.root = Element("#root", 0, len(text))
        self.stack = [self.root]

    def _at(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        element = Element(tag, self._at())
        self.stack[-1].children.append(element)
        if tag in self.VOID:
            text = self.get_starttag_text() or ""
            element.end = element.start + len(text)
            for open_ in self.stack:
                open_.text.append(" ")
        else:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not any(e.tag == tag for e in self.stack[1:]):
            return
        where = self._at()
        close = self.source.find(">", where)
        while self.stack[-1].tag != tag:
            self.stack.pop()  # left open: no end of its own
        self.stack.pop().end = close + 1

    def handle_data(self, data: str) -> None:
        for open_ in self.stack:
            open_.text.append(data)


def html_elements(text: str) -> Element:
    parser = _Spans(text)
    parser.feed(text)
    parser.close()
    return parser.root


def _walk(element: Element) -> Iterator[Element]:
    for child in element.children:
        yield child
        yield from _walk(child)


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str | None:
    if not edits:
        return None
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def html_headings_as_bold(text: str) -> str | None:
    """A section heading (<h2>–<h6>) written as a paragraph of bold text ("<p><strong>Talous</strong></p>",
    what an author who does not use Word's heading styles gets): the same words on a line of their own, the
    same section under it. The title (<h1>) stays."""
    edits = []
    for element in _walk(html_elements(text)):
        if re.fullmatch(r"h[2-6]", element.tag) and element.end > 0 and element.content():
            words = html.escape(element.content(), quote=False)
            edits.append((element.start, element.end, f"<p><strong>{words}</strong></p>"))
    return _splice(text, edits)


def html_fields_as_rows(text: str) -> str | None:
    """A run of paragraphs "Label: value" (two or more, one after another) written as a two-column HTML table,
    a row per field ("<tr><td>Hyvinvointialue</td><td>X</td></tr>", a project card made in Word): the label in
    the first cell, its value in the second."""
    edits = []
    root = html_elements(text)
    for parent in [root, *_walk(root)]:
        run: list[tuple[Element, tuple[str, str]]] = []
        for child in [*parent.children, None]:
            m = (
                _field(child.content())
                if child is not None and child.tag in ("p", "div") and child.end > 0 and not child.children[1:]
                else None
            )
            between = run and child is not None and text[run[-1][0].end : child.start].strip()
            if m and not between:
                run.append((child, (m["label"], m["value"])))  # type: ignore[arg-type]
                continue
            if len(run) >= 2:
                rows = "".join(
                    f"<tr><td>{html.escape(a, quote=False)}</td><td>{html.escape(b, quote=False)}</td></tr>"
                    for _, (a, b) in run
                )
                edits.append((run[0][0].start, run[-1][0].end, f"<table>{rows}</table>"))
            run = (
                [(child, (m["label"], m["value"]))]  # type: ignore[list-item]
                if m and child is not None
                else []
            )
    return _splice(text, edits)


def html_rows_as_fields(text: str) -> str | None:
    """A two-column HTML table (every row two cells, the first a label without digits) written as paragraphs
    "Label: value", a paragraph per row (the reverse of ``html_fields_as_rows``); a header row of column names
    ("Kenttä | Tieto") goes; a caption stays, as a paragraph before."""
    edits = []
    for table in _walk(html_elements(text)):
        if table.tag != "table" or table.end < 0:
            continue
        rows = [e for e in _walk(table) if e.tag == "tr"]
        if any(e.tag == "table" for e in _walk(table)) or len(rows) < 2:
            continue
        cells = [[c.content() for c in row.children if c.tag in ("td", "th")] for row in rows]
        if any(len(r) != 2 or not r[0] or re.search(r"\d", r[0]) for r in cells):
            continue
        if cells[0][0].casefold() in _COLUMN_NAMES:
            cells = cells[1:]
        captions = [
            f"<p>{html.escape(e.content(), quote=False)}</p>" for e in table.children if e.tag == "caption"
        ]
        paragraphs = "\n".join(
            captions
            + [f"<p>{html.escape(a, quote=False)}: {html.escape(b, quote=False)}</p>" for a, b in cells]
        )
        edits.append((table.start, table.end, paragraphs))
    return _splice(text, edits)


# --- headings and lists (M4's classes) ---------------------------------------------------------------------------


def md_headings_as_bold(text: str) -> str | None:
    """A Markdown section heading ("## Talous", levels 2–6) written as a line of bold text alone ("**Talous**",
    what an author writes who does not know the heading marks, and what many converters give): the same words on
    a line of their own, a blank line around, the same section under it. The title ("# X") stays."""
    return re.sub(r"^#{2,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", lambda m: f"**{m.group(1).strip()}**", text, flags=re.M)


_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*•](?P<gap>[ \t]+)(?=\S)")


def _markers(text: str, mark: Callable[[int], str]) -> str | None:
    """Each run of bullet items ("- x", "* x", "• x"; one indent level) with its markers made by ``mark(n)``
    (n counting from 0 within the run); a bold line ("**x**") or a thematic break ("***", "---") is no item."""
    lines = text.split("\n")
    count = 0
    indent = None
    for i, line in enumerate(lines):
        m = _BULLET.match(line)
        if not m or re.match(r"^[ \t]*([-*])(?:[ \t]*\1){2,}[ \t]*$", line) or line.lstrip().startswith("**"):
            if line.strip():
                count, indent = 0, None
            continue
        if indent is not None and m["indent"] != indent:
            continue  # a nested item keeps its marker
        indent = m["indent"]
        lines[i] = m["indent"] + mark(count) + " " + line[m.end() :]
        count += 1
    return "\n".join(lines)


def list_markers_star(text: str) -> str | None:
    """List items marked "*" instead of "-" (or "•"): both are bullets (CommonMark), the same items."""
    return _markers(text, lambda n: "*")


def list_markers_bullet(text: str) -> str | None:
    """List items marked "•" (a bullet pasted from Word or a PDF): the same items in the same order."""
    return _markers(text, lambda n: "•")


def list_markers_numbered(text: str) -> str | None:
    """List items numbered "1)", "2)" … instead of bullets (an ordered list; its numbers say only the order):
    the same items."""
    return _markers(text, lambda n: f"{n + 1})")


def list_markers_lettered(text: str) -> str | None:
    """List items lettered "a)", "b)" … instead of bullets (as Finnish memos and minutes write them): the same
    items in the same order."""
    return _markers(text, lambda n: f"{'abcdefghijklmnopqrstuvwxyz'[n % 26]})")


# --- prose as PDF text breaks it -------------------------------------------------------------------------------

_WIDTH = 70


def _is_prose(line: str) -> bool:
    """A line of running text: long, not a table row (no '|', no tab, no gap of two spaces or more inside), not a
    Markdown heading or fence, not HTML."""
    s = line.strip()
    return (
        len(s) > _WIDTH
        and "|" not in s
        and "\t" not in s
        and not re.search(r"\S {2,}\S", s)
        and not s.startswith(("#", "```", "<", ">"))
    )


def _hyphenate(words: list[str], width: int) -> list[str]:
    """Lines of at most ``width`` columns; a word of letters (ten or more) that would cross the end is cut at a
    syllable boundary (a consonant before a vowel, as Finnish hyphenation cuts it) with a hyphen at the end."""
    lines: list[str] = []
    line = ""
    for word in words:
        if len(line) + 1 + len(word) <= width or not line:
            line = f"{line} {word}" if line else word
            continue
        if re.fullmatch(r"[^\W\d_]{10,}", word):
            vowels = "aeiouyäöåAEIOUYÄÖÅ"
            cuts = [
                k - 1
                for k in range(4, len(word) - 2)
                if word[k] in vowels and word[k - 1] not in vowels and len(line) + k + 1 <= width
            ]
            if cuts:
                lines.append(f"{line} {word[: cuts[-1]]}-")
                line = word[cuts[-1] :]
                continue
        lines.append(line)
        line = word
    return [*lines, line] if line else lines


def _wrap(text: str, hyphens: bool) -> str | None:
    out = []
    changed = False
    for line in text.split("\n"):
        if not _is_prose(line):
            out.append(line)
            continue
        lead = re.match(r"[ \t]*(?:(?:[-*•]|\d{1,2}[.)]|[a-z]\))[ \t]+)?", line).group(0)  # type: ignore[union-attr]
        hang = " " * len(lead.expandtabs())
        words = line[len(lead) :].split()
        width = _WIDTH - len(hang)
        pieces = (
            _hyphenate(words, width)
            if hyphens
            else textwrap.wrap(" ".join(words), width, break_on_hyphens=False)
        )
        out += [lead + pieces[0], *(hang + p for p in pieces[1:])]
        changed = True
    return "\n".join(out) if changed else None


def pdf_wrapped(text: str) -> str | None:
    """Every line of running text longer than 70 columns broken into lines of at most 70, list items' further
    lines indented under their text (what text extracted from a PDF gives; a line break inside a paragraph
    carries nothing). Table rows, headings and short lines are left whole."""
    return _wrap(text, hyphens=False)


def pdf_hyphenated(text: str) -> str | None:
    """As ``pdf_wrapped``, and a long word that would cross the line's end cut at a syllable with a hyphen
    ("kotikuntou-\\ntuksen", what a justified PDF's extracted text gives): the same words."""
    return _wrap(text, hyphens=True)
