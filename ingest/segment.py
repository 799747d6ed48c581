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
from collections import Counter
from dataclasses import dataclass, field, replace

from lxml import etree

from hankegraafi.ingest import cues, lightcards, lighttext
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
    plain_markdown,
    similar,
    table_cells,
)
from hankegraafi.ingest.repeats import drop_repeated_blocks
from hankegraafi.ingest.segmemo import remembered
from hankegraafi.ingest.struck import replaced_value

logger = logging.getLogger(__name__)


# --- elements -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    no: int
    text: str
    withdrawn: bool = False


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


# --- kind ---------------------------------------------------------------------------------


def kinds() -> tuple[str, ...]:
    """The kinds a layout rule knows, in the order a tie is decided: the document kinds of the
    vocabulary with weighted cues (``hg:weightedCue``, ``hg:cueRank`` in ``ontology/vocab/kinds.ttl``)."""
    return tuple(cues.weighted("document-kind"))


def __getattr__(name: str) -> tuple[str, ...]:
    """``KINDS``: :func:`kinds` as read now (a module constant would miss a vocabulary re-read)."""
    if name == "KINDS":
        return kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def kind_scores(lines: list[str]) -> dict[str, int]:
    """The score of each document kind: the weights of its cue patterns found (each once). A row's
    first cell counts as a line of its own: a label beside its value ("Viimeksi muokattu<tab>X", a
    page's <dl> read as rows) is the label a cue looks for alone on its line."""
    lines = [cell for line in lines for cell in dict.fromkeys((line, line.split("\t", 1)[0]))]
    head = "\n".join(line.lower() for line in lines[:40])
    text = "\n".join(line.lower() for line in lines)
    scores: dict[str, int] = {}
    for kind, weighted in cues.weighted("document-kind").items():
        # Title cues count only near the top, where a title page puts them.
        scores[kind] = sum(
            weight
            for pattern, weight in weighted
            if re.search(pattern, head if weight >= 6 else text, flags=re.M)
        )
    return scores


def detect_kind(lines: list[str]) -> str | None:
    """The document kind with the highest cue score, or None when no cue of any kind is found.

    A final report mentions lights and cumulative costs as a status report does;
    its title, "Tila: Lopetus" or the closing questions decide between them.
    """
    scores = kind_scores(lines)
    kind = max(kinds(), key=lambda k: scores[k])
    return kind if scores[kind] > 0 else None


# --- cleaning -----------------------------------------------------------------------------


def strip_tags(text: str) -> str:
    """One line's text without HTML markup (tags, comments), as libxml2's HTML parser reads it.

    Text copied from web pages keeps tags of any length (a ``<span style=…>``
    of 300 characters); a pattern with a length limit left those in, one
    without one is slow on hostile input. libxml2's parser is linear and knows
    what a tag is ("a < b" stays text). Leading whitespace, which the parser
    drops, is kept: tabs mark table rows.
    """
    if "<" not in text:
        return text
    body = text.lstrip()
    lead = text[: len(text) - len(body)]
    parser = etree.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(body.encode("utf-8", "surrogatepass"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return text
    return lead + ("" if root is None else "".join(root.itertext()))


#: An icon's name that a page's text keeps before a collapsible block's title ("icon/chevron-down
#: Created with Sketch. Perustiedot", "icon/chevron-down Tavoitteet"): no text of the document.
_ICON = re.compile(r"\bicon/[\w-]+(?:\s+Created with Sketch\.)?\s*")


def _clean(lines: list[str]) -> list[Line]:
    """Drop markup remnants, resolve strike-through (also across lines) into a withdrawn flag."""
    out: list[Line] = []
    open_strike = False
    for no, raw in enumerate(lines, start=1):
        text = strip_tags(raw)
        text = _ICON.sub("", text).replace("\u00a0", " ")
        withdrawn = open_strike
        if "~~" in text and not open_strike and (kept := replaced_value(text)) is not None:
            text = kept  # "Aikataulu: ~~keltainen~~ vihreä": the new value, the old one dropped
        elif "~~" in text:
            withdrawn = True
            if text.count("~~") % 2 == 1:
                open_strike = not open_strike
            text = text.replace("~~", "")
        if re.search(r"\bPOISTETTU\b", text):
            withdrawn = True
            text = re.sub(r"\s*\bPOISTETTU\b\s*", " ", text)
        text = re.sub(r"[ \u202f]+", " ", text).rstrip().lstrip(" ")
        out.append(Line(no, plain_markdown(text), withdrawn))
    return out


def _is_label(text: str) -> bool:
    if "\t" in text or text.startswith("|"):
        return True  # table rows repeat legitimately (headers of every cost table)
    return bool(
        match_field(text.split("\t")[0])
        or match_light(text)
        or match_heading(text)
        or light_value(text)
        or re.fullmatch(r"[\d%\s.,€-]*", text)
    )


def _drop_page_headers(lines: list[Line]) -> set[int]:
    """Lines repeated three times or more that are not labels: page headers and footers. A card's
    rating line ("Status: green" under each dimension's heading) repeats too, but is a value: kept."""
    counts = Counter(line.text for line in lines if line.text)
    removed: set[int] = set()
    kept = lightcards.labelled_value
    repeated = {t for t, c in counts.items() if c >= 3 and len(t) >= 12 and not (_is_label(t) or kept(t))}
    seen: set[str] = set()
    for line in lines:
        if line.text in repeated:
            if line.text in seen:
                removed.add(line.no)
            seen.add(line.text)
    return removed


# --- segmentation -------------------------------------------------------------------------


def _segment(lines: list[str]) -> Segmented:
    """Cut ``lines`` (a document's lines, 1-based by position) into elements."""
    kind = detect_kind(lines)
    cleaned = _clean(lines)
    removed = _drop_page_headers(cleaned)
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


def _continues_table(lines: list[Line], i: int) -> bool:
    """The line after ``i`` is another row of cells, or the table's end (a blank line, then no row)."""
    j = i + 1
    if j >= len(lines):
        return True
    return table_cells(lines[j].text) is not None or not lines[j].text


_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")


def _caps_heading(text: str, numbered_only: bool) -> bool:
    """A heading a template prints in capitals ("3. KUSTANNUKSET RAPORTOINTIKAUDELLA").

    Near the top, before any heading or field, only a numbered one counts: the title
    lines of a cover page are capitals too, and they name the project.
    """
    if "\t" in text or len(text) > 80 or text.rstrip().endswith((".", ",", ";")):
        return False
    numbered = bool(_NUMBERED.match(text))
    if numbered_only and not numbered:
        return False
    rest = _NUMBERED.sub("", text)
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
                heads = table_cells(lines[nxt].text) if nxt is not None else None
                if nxt is not None and light_value(lines[nxt].text) and not lighttext.cost_header(heads or []):
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
    below = lines[nxt].text if nxt is not None and nxt - i <= 2 else None
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
    "kinds",
    "light_value",
    "match_field",
    "match_heading",
    "match_light",
    "match_part",
    "norm_label",
    "segment",
    "similar",
    "table_cells",
]
