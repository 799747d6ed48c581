"""Metamorphic tests of the ingest: transform a document without changing its facts, and compare the facts read.

Each transformation below is a small function from a document's bytes (and its extension) to other bytes that
say the same facts in another form a real author uses: another encoding or line end, other whitespace, another
number or currency form, other Markdown or CSV markup, other heading forms. The original and the transformed
document are both measured against the document's gold by scripts/measure_extraction.py's own scoring
(``measure_document``: the same fact model, the same keys), and every difference of a category's missed or wrong
facts is a change the transformation caused: a fact lost (missed now, found before), a wrong fact gained, or a fact
found that was missed before. A transformation that changes facts in many documents is a class of fault: the
readers depend on a form that carries no meaning.

Only the development sets are read (tune, test, test2 … test48 without the held-out ones); a transformation that
does not apply to a document (no tab to expand, no euro sign) leaves it out of that row.

    .venv/bin/python scripts/metamorph.py                        # every transformation, every development set but tune
    .venv/bin/python scripts/metamorph.py --set test27 --only nbsp_thousands --examples 5
    .venv/bin/python scripts/metamorph.py --list                 # the transformations and why each keeps the facts
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import logging
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

from measure_extraction import CORPUS, Outcome, corpus_documents, corpus_sets, measure_document  # noqa: E402

#: Never read: the held-out sets.
HELD_OUT = frozenset({"test5", "test6", "test8", "test11", "test13", "test15", "test18", "test49"})
#: The categories compared, with short column names (measure_extraction's names).
CATEGORIES = {
    "refused-or-not": "refused",
    "project name": "names",
    "county": "county",
    "municipalities": "munic",
    "funder": "funder",
    "money": "money",
    "dependency entities": "deps",
    "organisations": "orgs",
    "cost cells": "cells",
    "traffic lights": "lights",
    "goals": "goals",
    "goals + status": "goals+st",
}
TEXT_FORMATS = ("txt", "md", "html", "htm", "csv", "tsv")

Transform = Callable[[bytes, str], "bytes | None"]
TRANSFORMS: dict[str, Transform] = {}


def transformation(*formats: str) -> Callable[[Callable[[str], str | None]], Callable[[str], str | None]]:
    """Register a text → text transformation for documents of ``formats`` (UTF-8 in and out)."""

    def register(function: Callable[[str], str | None]) -> Callable[[str], str | None]:
        def on_bytes(data: bytes, ext: str) -> bytes | None:
            if ext not in formats:
                return None
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                return None
            out = function(text)
            return None if out is None or out == text else out.encode("utf-8")

        on_bytes.__doc__ = function.__doc__
        TRANSFORMS[function.__name__] = on_bytes
        return function

    return register


def encoding(*formats: str) -> Callable[[Callable[[str], bytes | None]], Callable[[str], bytes | None]]:
    """Register a text → bytes transformation (another encoding of the same characters)."""

    def register(function: Callable[[str], bytes | None]) -> Callable[[str], bytes | None]:
        def on_bytes(data: bytes, ext: str) -> bytes | None:
            if ext not in formats:
                return None
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                return None
            return function(text)

        on_bytes.__doc__ = function.__doc__
        TRANSFORMS[function.__name__] = on_bytes
        return function

    return register


# --- encodings and line ends ---------------------------------------------------------------------------------


@encoding(*TEXT_FORMATS)
def utf8_bom(text: str) -> bytes | None:
    """UTF-8 with a byte-order mark (Notepad, Excel's "CSV UTF-8"): the same characters, three bytes before."""
    return None if text.startswith("\ufeff") else b"\xef\xbb\xbf" + text.encode("utf-8")


@encoding("txt", "md", "csv", "tsv")
def utf16(text: str) -> bytes | None:
    """UTF-16 with its byte-order mark (Excel's "Unicode text", Windows tools): the same characters."""
    return text.encode("utf-16")


@encoding("txt", "md", "csv", "tsv")
def cp1252(text: str) -> bytes | None:
    """Windows-1252 (an older Windows editor's default): the same characters where every one is representable."""
    try:
        out = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return None if out == text.encode("utf-8") else out


@transformation(*TEXT_FORMATS)
def crlf(text: str) -> str | None:
    """CRLF line ends (any Windows editor): a line is the same line whatever ends it."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# --- whitespace ------------------------------------------------------------------------------------------------


@transformation("txt", "md")
def trailing_spaces(text: str) -> str | None:
    """Two spaces after every line with text (editors leave them; in Markdown a hard break): nothing visible."""
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


@transformation("txt", "md")
def blank_lines_doubled(text: str) -> str | None:
    """Every blank line doubled: paragraphs and blocks stay apart and in order, only further apart."""
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


@transformation("txt", "md")
def tabs_as_aligned_columns(text: str) -> str | None:
    """A block of tab-separated rows laid out with spaces instead (what `column -t -s TAB` does, or an author
    aligning a pasted table by hand): every cell padded to its column's width and two spaces, so that each
    column starts where it starts in every row. The same rows, the same cells."""
    lines = text.split("\n")
    if not any("\t" in line for line in lines):
        return None
    out: list[str] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        rows = [line.split("\t") for line in lines[i:j]]
        widths = [max(len(row[k]) for row in rows if k < len(row)) for k in range(max(map(len, rows)))]
        out += ["".join(cell.ljust(widths[k] + 2) for k, cell in enumerate(row[:-1])) + row[-1] for row in rows]
        i = j
    return "\n".join(out)


@transformation("txt", "md")
def spaces_to_tabs(text: str) -> str | None:
    """In the rows of a space-aligned table (a gap of three spaces or more), runs of spaces before an 8-column
    tab stop replaced by a tab (what an editor that indents with tabs, or `unexpand -a`, does). Shown with
    8-column tab stops every row looks exactly the same: the aligned columns stay aligned."""

    def unexpand(line: str) -> str:
        if "\t" in line or not re.search(r"\S {3,}(?=\S)", line):
            return line
        chunks = [line[i : i + 8] for i in range(0, len(line), 8)]
        out = [c.rstrip(" ") + "\t" if len(c) == 8 and c.endswith("  ") else c for c in chunks[:-1]]
        return "".join(out + chunks[-1:])

    return "\n".join(unexpand(line) for line in text.split("\n"))


#: A field at a line's start, "Label: value" (after a list marker or bold), as R17 wrote it (stop 52).
_FIELD = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*][ \t]+)?(?:\*\*)?)(?P<label>[A-ZÅÄÖ][\wåäöÅÄÖ .()/-]{1,40}?)(?P<colon>:(?:\*\*)?) (?=\S)",
    re.M,
)


@transformation("txt", "md")
def colon_tab(text: str) -> str | None:
    """A field's value after a tab instead of a space ("Hanke:<TAB>Kotona kuntoon", a form exported from Word,
    a value aligned with the tab key; R17, stop 52): the same label, the same value. Not in a line with a tab
    already (a row of a tab-separated table: "Investointi 1: X<TAB>…" would become two cells)."""

    def tabbed(m: re.Match[str]) -> str:
        end = text.find("\n", m.start())
        if "\t" in text[m.start() : end if end >= 0 else len(text)]:
            return m.group(0)
        return m["lead"] + m["label"] + m["colon"] + "\t"

    return _FIELD.sub(tabbed, text)


_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d])")


@transformation(*TEXT_FORMATS)
def nbsp_thousands(text: str) -> str | None:
    """Thousands separated by a no-break space (U+00A0, what Word and Excel put): the same number."""
    return _GROUPED.sub(lambda m: m.group(1) + m.group(2).replace(" ", "\u00a0"), text)


@transformation(*TEXT_FORMATS)
def narrow_nbsp_thousands(text: str) -> str | None:
    """Thousands separated by a narrow no-break space (U+202F, the SI and Finnish standard form): the same number."""
    return _GROUPED.sub(lambda m: m.group(1) + m.group(2).replace(" ", "\u202f"), text)


# --- numbers and currency ----------------------------------------------------------------------------------------

#: A sum with a currency after it: "1 234 567 €", "12 000 euroa", "5 000 EUR" (the number grouped by spaces or not).
_SUM = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,})((?:,\d{2})?)(\s?)(€|EUR\b|euroa\b|euro\b)"
)


@transformation(*TEXT_FORMATS)
def unseparated_thousands(text: str) -> str | None:
    """Thousands not separated ("1234567"): the same number. In a row of an aligned table the spaces taken out
    pad the number on the left, so that its column keeps its right edge."""

    def line(row: str) -> str:
        table = re.search(r"\S {2,}\S|\t", row.strip()) is not None

        def plain(m: re.Match[str]) -> str:
            grouped = m.group(1) + m.group(2)
            # In prose no padding: two spaces there could read as a column's gap.
            return (" " * grouped.count(" ") if table and m.start() and row[m.start() - 1] == " " else "") + (
                grouped.replace(" ", "")
            )

        return _GROUPED.sub(plain, row)

    return "\n".join(line(row) for row in text.split("\n"))


@transformation(*TEXT_FORMATS)
def dot_thousands(text: str) -> str | None:
    """Thousands separated by full stops ("1.234.567", the German and older Finnish form): the same number, the
    same length. Only numbers of two groups or more (a single "1.234" could be read as a decimal)."""
    return _GROUPED.sub(
        lambda m: m.group(1) + m.group(2).replace(" ", ".") if m.group(2).count(" ") >= 2 else m.group(0), text
    )


@transformation("txt", "md", "html", "htm", "tsv")
def comma_thousands(text: str) -> str | None:
    """Thousands separated by commas ("1,234,567", the English form, Excel in an English locale): the same
    number. Only numbers of two groups or more (a single "1,234" is a Finnish decimal); not in a CSV file, where
    the comma is the delimiter (``csv_comma_thousands`` quotes them there)."""

    def english(m: re.Match[str]) -> str:
        if m.group(2).count(" ") < 2:
            return m.group(0)
        # its decimals after a point, as the English form writes them ("1 210 000,00" → "1,210,000.00", not
        # "1,210,000,00": a number no reader of either form would read as the same sum)
        return m.group(1) + m.group(2).replace(" ", ",") + m.group(3).replace(",", ".")

    return _GROUPED_DECIMALS.sub(english, text)


#: A number grouped by spaces with its decimals after a comma, if any ("1 210 000", "1 210 000,00").
_GROUPED_DECIMALS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)((?:,\d{1,2})?)(?![\d])")


@transformation("txt", "md", "html", "htm", "tsv")
def decimals_added(text: str) -> str | None:
    """Sums with a currency given with cents (",00"): the same value. Only sums written with a currency sign or
    word, so that no count or year changes; not a table's unit ("(1 000 €)"); not in a CSV file, where the
    comma would split the cell."""

    def cents(m: re.Match[str]) -> str:
        unit = m.group(1) in ("1000", "1 000") and text[max(0, m.start() - 1) : m.start()] == "("
        return m.group(0) if unit else m.group(1) + (m.group(2) or ",00") + m.group(3) + m.group(4)

    return _SUM.sub(cents, text)


@transformation(*TEXT_FORMATS)
def euro_code(text: str) -> str | None:
    """The euro sign after a sum written as the currency code EUR ("1 234 € " → "1 234 EUR"): the same sum."""
    return _SUM.sub(lambda m: m.group(1) + m.group(2) + " EUR" if m.group(4) == "€" else m.group(0), text)


@transformation(*TEXT_FORMATS)
def euro_before(text: str) -> str | None:
    """The euro sign before the sum ("€ 1 234 567", the English form): the same sum."""
    return _SUM.sub(lambda m: "€ " + m.group(1) + m.group(2) if m.group(4) == "€" else m.group(0), text)


def _swedish(text: str) -> bool:
    return len(re.findall(r"\b(?:och|för|att|som)\b", text)) > len(
        re.findall(r"\b(?:ja|sekä|että|joka)\b", text)
    )


@transformation(*TEXT_FORMATS)
def euro_word(text: str) -> str | None:
    """The euro sign after a sum written as the word ("1 234 euroa", Swedish "1 234 euro"): the same sum."""
    word = "euro" if _swedish(text) else "euroa"
    return _SUM.sub(lambda m: m.group(1) + m.group(2) + " " + word if m.group(4) == "€" else m.group(0), text)


# --- labels ----------------------------------------------------------------------------------------------------

VOCAB_DIR = REPO / "ontology" / "vocab"


LABEL_FILES = ("fields.ttl", "status.ttl", "cost-categories.ttl")
#: Where a label of each scheme stands: a field's and a light's before its value (a colon, a cell's end, a tab),
#: a cost category's first in its row (before a cell's end, a tab, two spaces or a colon), a heading alone on its line.
_LEAD = r"^[ \t]*(?:#{1,6}[ \t]+|[-*•][ \t]+|\|[ \t]*|\*\*|<[^>\n]*>)*"
_CONTEXTS = {
    "field": (_LEAD, r"[ \t]*(?::|\*\*:|:\*\*|[ \t]*\||<|\t)"),
    "cost": (_LEAD, r"(?=[ \t]*(?::|\||<|\t|  |\*\*|$))"),
    "heading": (_LEAD + r"(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?", r"[ \t]*:?[ \t]*(?:\*\*|</[^>\n]*>)*[ \t]*$"),
}


@functools.cache
def _vocabulary() -> tuple[dict[tuple[str, str], set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """(concept, language) → its preferred and alternative labels; label (lower case) → the concepts it names, in
    every scheme of ``LABEL_FILES``; concept → its schemes."""
    import rdflib
    from rdflib.namespace import SKOS

    graph = rdflib.Graph()
    for name in LABEL_FILES:
        graph.parse(VOCAB_DIR / name, format="turtle")
    by_concept: dict[tuple[str, str], set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for concept, _, label in graph.triples((None, predicate, None)):
            owners[str(label).strip().casefold()].add(str(concept))
            if predicate != SKOS.hiddenLabel and isinstance(label, rdflib.Literal) and label.language:
                by_concept[(str(concept), label.language)].add(str(label).strip())
    schemes: dict[str, set[str]] = defaultdict(set)
    for concept, _, scheme in graph.triples((None, SKOS.inScheme, None)):
        schemes[str(concept)].add(str(scheme).rsplit("/", 1)[-1])
    return by_concept, owners, schemes


@functools.cache
def _label_swaps(scheme: str, context: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Each preferred or alternative label (lower case) of a concept of ``scheme`` → another label of the same
    concept in the same language (the next in sorted order), and a pattern of those labels where ``context``
    puts a label.

    Left out: labels of one word under five letters and labels that two concepts share in any scheme (a cost
    category's "Henkilöstö" is also a light's dimension: swapping it would change which fact the line states),
    labels with other than letters ("Yhteensä €"), and labels that name a part of a project ("Investoinnin
    tavoitteet"): the part's word is a fact of its own."""
    by_concept, owners, schemes = _vocabulary()
    swaps: dict[str, str] = {}
    for (concept, _lang), labels in by_concept.items():
        if scheme not in schemes.get(concept, ()):
            continue
        usable = sorted(
            label
            for label in labels
            if len(owners[label.casefold()]) == 1
            and (" " in label or len(label) >= 5)
            and re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", label)
            and not re.search(r"investoin|osahank|delprojekt|työpaket|arbetspaket|investering", label, re.I)
        )
        if len(usable) < 2:
            continue
        for i, label in enumerate(usable):
            swaps.setdefault(label.casefold(), usable[(i + 1) % len(usable)])
    words = "|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True))
    before, after = _CONTEXTS[context]
    pattern = re.compile(rf"({before})({words})(?=({after}))( {{2,}}(?=\S))?", re.I | re.M)
    return pattern, swaps


def _swap_labels(text: str, scheme: str, context: str) -> str | None:
    pattern, swaps = _label_swaps(scheme, context)

    def swap(m: re.Match[str]) -> str:
        found, other = m.group(2), swaps[m.group(2).casefold()]
        if found.isupper():
            other = other.upper()
        else:
            other = other[:1].upper() + other[1:] if found[:1].isupper() else other[:1].lower() + other[1:]
        # In an aligned table the spaces after the label change with it: the next column starts where it did.
        gap = m.group(4) or ""
        return m.group(1) + other + (" " * max(2, len(found) + len(gap) - len(other)) if gap else "")

    return pattern.sub(swap, text)


@transformation(*TEXT_FORMATS)
def field_labels_swapped(text: str) -> str | None:
    """A field's label before its value replaced by another label of the same field in the same language
    (fields.ttl ``document-field``: "Hankeaika:" → "Hankkeen kesto:"): the vocabulary says both name the field,
    so the value after it is the same fact."""
    return _swap_labels(text, "document-field", "field")


@transformation(*TEXT_FORMATS)
def section_headings_swapped(text: str) -> str | None:
    """A heading alone on its line replaced by another heading of the same section in the same language
    (fields.ttl ``document-section``: "Tavoitteet" → "Tavoitteet ja odotetut tulokset"): the section under it
    is the same."""
    return _swap_labels(text, "document-section", "heading")


@transformation(*TEXT_FORMATS)
def light_labels_swapped(text: str) -> str | None:
    """A traffic light's dimension before its value replaced by another label of the same dimension in the same
    language (status.ttl ``light-dimension``): the same light."""
    return _swap_labels(text, "light-dimension", "field")


@transformation(*TEXT_FORMATS)
def cost_labels_swapped(text: str) -> str | None:
    """A cost category's row label replaced by another label of the same category in the same language
    (cost-categories.ttl): the vocabulary says both name the category, so the cell is the same fact."""
    return _swap_labels(text, "cost-category", "cost")


@functools.cache
def _section_headings() -> frozenset[str]:
    """Every label (lower case) of the section headings' scheme (fields.ttl ``document-section``)."""
    import rdflib
    from rdflib.namespace import SKOS

    graph = rdflib.Graph().parse(VOCAB_DIR / "fields.ttl", format="turtle")
    scheme = rdflib.URIRef("https://w3id.org/hankegraafi/vocab/document-section")
    out = set()
    for concept in graph.subjects(SKOS.inScheme, scheme):
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            out |= {str(label).strip().casefold() for label in graph.objects(concept, predicate)}
    return frozenset(out)


_HEADING_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:#{1,6}[ \t]+)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?)(?P<title>[^\W\d_][^:\n]{2,60}?)(?P<colon>:?)[ \t]*$",
    re.M,
)


def _headings(text: str, change: Callable[[re.Match[str]], str]) -> str:
    known = _section_headings()
    return _HEADING_LINE.sub(
        lambda m: change(m) if m.group("title").strip().casefold() in known else m.group(0), text
    )


@transformation("txt", "md")
def headings_in_capitals(text: str) -> str | None:
    """A section heading the vocabulary knows written in capitals ("TAVOITTEET", as typewritten reports and
    older templates do): the same heading, the same section under it."""
    return _headings(text, lambda m: m.group("lead") + m.group("title").upper() + m.group("colon"))


@transformation("txt", "md")
def headings_colon_toggled(text: str) -> str | None:
    """A section heading the vocabulary knows with its colon taken off, or one put on where it had none
    ("Tavoitteet:" ↔ "Tavoitteet"): authors write both; the section under it is the same."""
    return _headings(text, lambda m: m.group("lead") + m.group("title") + ("" if m.group("colon") else ":"))


@transformation("txt", "md")
def headings_numbered(text: str) -> str | None:
    """Section headings the vocabulary knows numbered in order ("3. Tavoitteet"), or their numbers taken off
    where they had them: a heading's number says where it stands, nothing of the project."""
    count = iter(range(1, 100))

    def renumber(m: re.Match[str]) -> str:
        lead = m.group("lead")
        hashes = re.match(r"[ \t]*(?:#{1,6}[ \t]+)?", lead).group(0)  # type: ignore[union-attr]
        if re.search(r"\d", lead):
            return hashes + m.group("title") + m.group("colon")
        return f"{hashes}{next(count)}. {m.group('title')}{m.group('colon')}"

    return _headings(text, renumber)


# --- Markdown and HTML markup ------------------------------------------------------------------------------------


@transformation("md")
def md_setext_headings(text: str) -> str | None:
    """Level 1 and 2 headings as underlined (setext) headings ("X\\n===", "X\\n---"): the same headings."""

    def heading(m: re.Match[str]) -> str:
        title = m.group(2).strip().rstrip("#").strip()
        return title + "\n" + ("=" if len(m.group(1)) == 1 else "-") * max(3, len(title))

    return re.sub(r"^(#{1,2})[ \t]+(.+)$", heading, text, flags=re.M)


@transformation("md")
def md_closed_headings(text: str) -> str | None:
    """Headings closed with their hashes ("## X ##", allowed by CommonMark): the same headings."""
    return re.sub(
        r"^(#{1,6})[ \t]+(.+?)[ \t]*$", lambda m: f"{m.group(1)} {m.group(2)} {m.group(1)}", text, flags=re.M
    )


@transformation("md")
def md_tables_unpadded(text: str) -> str | None:
    """Pipe-table cells without their padding and without the outer pipes ("a|b"), as GitHub allows: the same
    table, row for row and cell for cell."""

    def row(line: str) -> str:
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3):
            return line
        cells = [c.strip() for c in stripped[1:-1].split("|")]
        # A row with an empty first or last cell keeps its outer pipes ("||x|" is no row of two cells).
        return "|" + "|".join(cells) + "|" if not (cells[0] and cells[-1]) else "|".join(cells)

    return "\n".join(row(line) for line in text.split("\n"))


@transformation("html", "htm")
def html_one_line(text: str) -> str | None:
    """Whitespace between tags taken out (a minified page): whitespace between elements carries nothing outside
    <pre> and between inline elements, so only runs after a closing or before an opening block tag go."""
    if "<pre" in text.lower():
        return None
    block = r"(?:p|div|tr|td|th|li|ul|ol|table|thead|tbody|h[1-6]|section|article|dl|dt|dd|br|head|body|html|title|meta)"
    return re.sub(rf"(</?{block}\b[^>]*>)\s*\n\s*(?=</?{block}\b)", r"\1", text, flags=re.I)


@transformation("html", "htm")
def html_cells_on_lines(text: str) -> str | None:
    """Every table cell and row on a line of its own, indented (a pretty-printed page): whitespace between
    block elements carries nothing."""
    if "<pre" in text.lower():
        return None
    out = re.sub(r"(?<!\n)(<(?:tr|td|th)\b)", r"\n  \1", text, flags=re.I)
    return re.sub(r"(</(?:tr|table)>)(?!\n)", r"\1\n", out, flags=re.I)


_ENTITIES = {
    "ä": "&auml;",
    "ö": "&ouml;",
    "å": "&aring;",
    "Ä": "&Auml;",
    "Ö": "&Ouml;",
    "Å": "&Aring;",
    "é": "&eacute;",
}


@transformation("html", "htm")
def html_entities(text: str) -> str | None:
    """Letters outside ASCII and the euro sign written as character references ("&auml;", "&#8364;"), as older
    editors and Word's filtered HTML write them, in the page's text only (not in tags or scripts): a browser and
    any HTML parser show the same characters."""

    def body(part: str) -> str:
        part = re.sub("[äöåÄÖÅé]", lambda m: _ENTITIES[m.group(0)], part)
        return part.replace("€", "&#8364;")

    pieces = re.split(r"(<[^>]*>)", text)
    inside = False
    out = []
    for piece in pieces:
        if piece.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z]+)", piece)
            if name and name.group(1).lower() in ("script", "style"):
                inside = not piece.startswith("</")
            out.append(piece)
        else:
            out.append(piece if inside else body(piece))
    return "".join(out)


@transformation("html", "htm")
def html_upper_case_tags(text: str) -> str | None:
    """Tag and attribute names in capitals ("<TABLE><TR><TD>", as pages of the 1990s and some exporters write
    them): HTML's names are case-insensitive, the same elements."""
    return re.sub(
        r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(/?)>",
        lambda m: (
            "<"
            + m.group(1)
            + m.group(2).upper()
            + re.sub(r"(\s+)([a-zA-Z-]+)(?==|\s|$)", lambda a: a.group(1) + a.group(2).upper(), m.group(3))
            + m.group(4)
            + ">"
        ),
        text,
    )


# --- CSV -------------------------------------------------------------------------------------------------------


def _rewrite_csv(text: str, delimiter: str, **options: object) -> str | None:
    head = "\n".join(text.split("\n")[:10])
    found = max(",;\t", key=head.count)
    if not head.count(found):
        return None
    rows = list(csv.reader(io.StringIO(text), delimiter=found))
    if any(delimiter in cell for row in rows for cell in row) and options.get("quoting") != csv.QUOTE_ALL:
        options = {**options, "quoting": csv.QUOTE_MINIMAL}
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n", **options).writerows(rows)  # type: ignore[arg-type]
    return buffer.getvalue()


@transformation("csv")
def csv_semicolons(text: str) -> str | None:
    """Fields separated by semicolons (Excel's CSV where the decimal mark is a comma, as in Finland): the same
    rows and cells, quoted where a cell holds a semicolon."""
    return _rewrite_csv(text, ";")


@transformation("csv")
def csv_quoted(text: str) -> str | None:
    """Every field quoted (LibreOffice's "quote all text cells"): the same rows and cells."""
    return _rewrite_csv(text, "\t" if "\t" in text.split("\n", 1)[0] else ",", quoting=csv.QUOTE_ALL)


# --- structure: tables, fields, headings, lists, wrapped prose (scripts/metamorph_forms.py, stop 53) -----------

import metamorph_forms as forms  # noqa: E402


@functools.cache
def _document_fields() -> frozenset[str]:
    """Every label (lower case) of a document field (fields.ttl ``document-field``)."""
    by_concept, _, schemes = _vocabulary()
    return (
        frozenset(
            label.casefold()
            for (concept, _lang), labels in by_concept.items()
            if "document-field" in schemes.get(concept, ())
            for label in labels
        )
        | _CARD_PLACES
    )


#: A project card's lines of its county and towns, which the vocabulary has as places, not fields.
_CARD_PLACES = frozenset(
    {"hyvinvointialue", "alue", "kunnat", "välfärdsområde", "område", "kommuner", "wellbeing services county"}
    | {"region", "municipalities", "toteutusalue", "paikkakunnat"}
)


forms.field_labels = _document_fields

transformation("md")(forms.pipe_table_as_html)
transformation("txt", "md")(forms.pipe_table_as_tabs)
transformation("txt", "md")(forms.pipe_table_as_aligned)
transformation("txt", "md")(forms.tabs_as_pipe_table)
transformation("md")(forms.fields_as_pipe_table)
transformation("txt", "md")(forms.fields_as_tab_rows)
transformation("txt", "md")(forms.pipe_table_as_fields)
transformation("html", "htm")(forms.html_fields_as_rows)
transformation("html", "htm")(forms.html_rows_as_fields)
transformation("md")(forms.md_headings_as_bold)
transformation("html", "htm")(forms.html_headings_as_bold)
transformation("txt", "md")(forms.list_markers_star)
transformation("txt", "md")(forms.list_markers_bullet)
transformation("txt", "md")(forms.list_markers_numbered)
transformation("txt", "md")(forms.list_markers_lettered)
transformation("txt", "md")(forms.pdf_wrapped)
transformation("txt", "md")(forms.pdf_hyphenated)


# --- running ---------------------------------------------------------------------------------------------------


@dataclass
class Change:
    """What one transformation changed in one document's facts, per category."""

    document: str
    lost: dict[str, list[str]] = field(default_factory=dict)  # found before, missed now
    wrong: dict[str, list[str]] = field(default_factory=dict)  # wrong now, not before
    gained: dict[str, list[str]] = field(default_factory=dict)  # missed before, found now


def compare(before: Outcome, after: Outcome) -> Change:
    change = Change(f"{before.set}/{before.name}")
    for category in CATEGORIES:
        b, a = before.scores.get(category), after.scores.get(category)
        if b is None and a is None:
            continue
        b_missed, a_missed = Counter(b.missed if b else []), Counter(a.missed if a else [])
        b_wrong, a_wrong = Counter(b.wrong if b else []), Counter(a.wrong if a else [])
        if lost := sorted((a_missed - b_missed).elements()):
            change.lost[category] = lost
        if wrong := sorted((a_wrong - b_wrong).elements()):
            change.wrong[category] = wrong
        if gained := sorted((b_missed - a_missed).elements()):
            change.gained[category] = gained
    return change


def development_documents(sets: list[str], per_set: int = 0) -> list[tuple[Path, dict]]:
    """The documents of text formats of ``sets`` (never a held-out one); with ``per_set`` at most that many of
    each set, spread evenly over its sorted names (the same sample every run)."""
    out = []
    for which in sets:
        if which in HELD_OUT:
            raise SystemExit(f"{which} is held out: never read")
        found = [(p, g) for p, g in corpus_documents(which) if p.suffix.lstrip(".").lower() in TEXT_FORMATS]
        if per_set and len(found) > per_set:
            found = [found[i * len(found) // per_set] for i in range(per_set)]
        out += found
    return out


def run(
    documents: list[tuple[Path, dict]], names: list[str], progress: bool = False
) -> dict[str, tuple[int, list[Change]]]:
    """Per transformation: how many documents it applied to, and the changes of those whose facts changed."""
    results: dict[str, tuple[int, list[Change]]] = {name: (0, []) for name in names}
    with tempfile.TemporaryDirectory(prefix="metamorph.") as tmp:
        for i, (path, gold) in enumerate(documents):
            data = path.read_bytes()
            ext = path.suffix.lstrip(".").lower()
            before: Outcome | None = None
            for name in names:
                changed = TRANSFORMS[name](data, ext)
                if changed is None or changed == data:
                    continue
                if before is None:
                    before = measure_document(path, gold)
                # The same file name in a folder of its own: the name is a cue the readers may use.
                folder = Path(tmp) / name
                folder.mkdir(exist_ok=True)
                copy = folder / path.name
                copy.write_bytes(changed)
                after = measure_document(copy, gold)
                applied, changes = results[name]
                change = compare(before, after)
                if change.lost or change.wrong or change.gained:
                    changes.append(change)
                results[name] = (applied + 1, changes)
            if progress and i % 25 == 0:
                print(f"  {i}/{len(documents)} {path.name}", file=sys.stderr, flush=True)
    return results


def render(results: dict[str, tuple[int, list[Change]]], examples: int) -> str:
    short = list(CATEGORIES.values())
    lines = [
        "Documents whose facts a transformation changed, per category: lost (a fact found before, missed after) "
        "or wrong (a wrong fact after, not before); +N: documents where it found a fact missed before.",
        f"{'transformation':24} {'docs':>5} {'any':>4} " + " ".join(f"{c:>8}" for c in short),
    ]
    for name, (applied, changes) in results.items():
        worse = [c for c in changes if c.lost or c.wrong]
        cells = []
        for category in CATEGORIES:
            bad = sum(1 for c in changes if category in c.lost or category in c.wrong)
            good = sum(1 for c in changes if category in c.gained)
            cells.append(f"{bad}{'+' + str(good) if good else ''}" if bad or good else ".")
        lines.append(f"{name:24} {applied:>5} {len(worse):>4} " + " ".join(f"{c:>8}" for c in cells))
    if examples:
        for name, (_, changes) in results.items():
            worse = [c for c in changes if c.lost or c.wrong or c.gained]
            if not worse:
                continue
            lines.append(f"\n{name}:")
            for c in worse[:examples]:
                for label, facts in (("lost", c.lost), ("wrong", c.wrong), ("gained", c.gained)):
                    for category, items in facts.items():
                        shown = "; ".join(items[:3]) + (f" … ({len(items)})" if len(items) > 3 else "")
                        lines.append(f"  {c.document}: {label} {CATEGORIES[category]}: {shown[:300]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", dest="sets", action="append", metavar="SET", help="a development set (repeatable)"
    )
    parser.add_argument("--tune", action="store_true", help="also the tune set (1 100 documents: slow)")
    parser.add_argument(
        "--only", action="append", choices=sorted(TRANSFORMS), help="one transformation (repeatable)"
    )
    parser.add_argument("--per-set", type=int, default=0, help="at most N documents of each set (0: all)")
    parser.add_argument(
        "--examples", type=int, default=3, help="documents shown per transformation (%(default)s)"
    )
    parser.add_argument("--list", action="store_true", help="the transformations and why each keeps the facts")
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)
    if args.list:
        for name, function in TRANSFORMS.items():
            print(f"{name}: {' '.join((function.__doc__ or '').split())}")
        return 0
    logging.basicConfig(level=logging.ERROR)
    sets = args.sets or [s for s in corpus_sets(CORPUS) if s not in HELD_OUT and (args.tune or s != "tune")]
    documents = development_documents(sets, args.per_set)
    started = time.monotonic()
    results = run(documents, args.only or list(TRANSFORMS), args.progress)
    print(
        f"{len(documents)} documents of text formats in {', '.join(sets)} ({time.monotonic() - started:.0f} s)"
    )
    print(render(results, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
