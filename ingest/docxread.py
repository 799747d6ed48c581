"""Read a DOCX into its lines: paragraphs with list markers, table rows tab-separated, struck runs
``~~…~~``, the level of each heading paragraph (the DOCX reader of ingest/readers.py).

Its own module by format, as the HTML reader is (ingest/htmlread.py). A paragraph's text is what a
reader of the document sees with its changes accepted: runs inside tracked insertions, hyperlinks and
content controls are text, deleted runs are not (python-docx's ``Paragraph.runs`` gives only the
runs that are the paragraph's own children).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from hankegraafi.ingest.docxmarks import as_bullet, unseen_text
from hankegraafi.ingest.ooxml import MAX_PARTS, MAX_XML_BYTES, check_archive
from hankegraafi.ingest.readerror import IngestError
from hankegraafi.ingest.salvage import salvage_docx_text

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.text.run import CT_R
    from docx.styles.style import BaseStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run


#: The bounds of every Office file (ingest/ooxml.py), under the names the DOCX reader has always had.
MAX_DOCX_XML_BYTES = MAX_XML_BYTES
MAX_DOCX_PARTS = MAX_PARTS


def docx_lines(
    data: bytes,
    where: Path,
    warnings: list[str] | None = None,
    headings: dict[int, int] | None = None,
    max_chars: int | None = None,
) -> list[str]:
    """Paragraphs and table rows (tab-separated) in body order; struck runs as ``~~…~~``; the level
    of each heading paragraph into ``headings`` (:func:`_docx_blocks`). A body whose runs hold
    more than ``max_chars`` characters is refused before its blocks are read."""
    try:
        check_archive(data, where, "docx")
    except zipfile.BadZipFile as exc:
        salvaged = salvage_docx_text(data, MAX_DOCX_XML_BYTES)  # cut short: its document part comes early
        if not any(line.strip() for line in salvaged) or warnings is None:
            raise IngestError(where, f"is a truncated or corrupt DOCX ({exc})") from exc
        warnings.append(
            f"{where.name}: a truncated DOCX (its ZIP directory is missing): what is there of its "
            "text was read, without list markers (katkennut DOCX / avbruten DOCX)"
        )
        return salvaged
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors …
        raise IngestError(where, f"is a corrupt DOCX ({exc})") from exc
    if max_chars is not None and (held := _run_text_size(document.element.body)) > max_chars:
        # Reading its blocks costs ~0.3 s a million characters, and the caller refused the text only
        # after (a 100 kB DOCX of 21 M characters: 5.5 s; an e-mail of 50 such attachments ~4 min:
        # R4-4, stop 43). The runs' text is the lines' but for their breaks and list markers.
        raise IngestError(where, f"its text is {held} characters, over the limit of {max_chars} (docx)")
    try:
        return _docx_blocks(document, {} if headings is None else headings)
    except (AttributeError, KeyError, ValueError, TypeError, IndexError) as exc:
        # python-docx reads parts lazily: a styles or numbering part it cannot read as
        # such fails only here, after the document opened ("'Part' object has no attribute
        # 'styles'").
        raise IngestError(where, f"is a corrupt DOCX ({type(exc).__name__}: {exc})") from exc


#: Children of a paragraph whose runs python-docx's ``Paragraph.runs`` leaves out but a reader sees:
#: tracked insertions and moves (the text as accepted), hyperlinks, content controls (a template's
#: form fields), smart tags, simple fields and custom XML. Deleted and moved-away runs are no text.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_HOLDERS = frozenset(
    _W + tag
    for tag in ("ins", "moveTo", "hyperlink", "sdt", "sdtContent", "smartTag", "fldSimple", "customXml")
)
_PLAIN_CHILDREN = frozenset(_W + tag for tag in ("pPr", "r", "bookmarkStart", "bookmarkEnd", "proofErr"))
_R = _W + "r"


def _runs(paragraph: Paragraph) -> list[Run]:
    """The paragraph's runs in reading order, those inside insertions, links and controls included."""
    from docx.text.run import Run

    p = paragraph._p
    if all(child.tag in _PLAIN_CHILDREN for child in p):
        return paragraph.runs  # the common paragraph: its runs are its children
    found: list[Run] = []
    stack = list(reversed(p))
    while stack:
        node = stack.pop()
        if node.tag == _R:
            found.append(Run(cast("CT_R", node), paragraph))
        elif node.tag in _RUN_HOLDERS:
            stack.extend(reversed(node))
    return found


#: A footnote's reference mark: a superscript number or sign.
_NOTE_MARK = re.compile(r"\s*(?:\d{1,3}|[*†‡]{1,3})\s*")


#: Where Word keeps a colour: a run's font colour and highlight, a run's or a cell's shading.
_COLOUR_ATTRS = ((_W + "color", _W + "val"), (_W + "highlight", _W + "val"), (_W + "shd", _W + "fill"))


def _colour_word(properties: Any) -> str | None:
    """The traffic light's colour word the formatting ``properties`` (a w:rPr or w:tcPr) paint, if any:
    a vivid font colour, highlight or shading (``lightwords.hue_word``: grey and pale tints are none)."""
    from hankegraafi.ingest.lightwords import hue_word

    if properties is None:
        return None
    for tag, attr in _COLOUR_ATTRS:
        found = properties.find(tag)
        value = found.get(attr) if found is not None else None
        if not value or value.lower() in ("auto", "none"):
            continue
        paint = (
            f"#{value}"
            if re.fullmatch(r"[0-9A-Fa-f]{6}", value)
            else re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)
        )
        word = hue_word(paint)
        if word:
            return word
    return None


def _mark(text: str) -> bool:
    """A lone symbol ("●", "■", "⬤"): a mark whose colour alone may say what it means."""
    shown = text.strip()
    return len(shown) == 1 and not shown.isalnum()


#: Words a colour may mark as a light: a short phrase (a dimension's name, a legend's meaning).
_PAINTED_WORDS = 4
#: Words of a painted phrase that is a paragraph's or a cell's whole text ("Kustannukset pysyvät
#: budjetissa" in green in a cell of its own): a longer name of a dimension, said in one colour.
_PAINTED_WHOLE = 8
#: Runs and distinct colours of short painted phrases that make a document's colours a scale.
_SCALE_RUNS, _SCALE_COLOURS = 3, 2


def _painted_scale(body: Any) -> bool:
    """Whether the document marks short phrases with a scale of colours: three or more short runs in
    two or more light colours (font colour or highlight). Then a painted phrase is a light: "Aikataulu"
    in green beside "Henkilöstö" in orange under a legend of painted meanings (test23 s31, test27 i19).
    One colour throughout is a template's (green headings), not a scale."""
    colours: list[str] = []
    for properties in body.iter(_W + "rPr"):
        said = _colour_word(properties)
        if said is None:
            continue
        run = properties.getparent()
        text = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
        if text and len(text.split()) <= _PAINTED_WORDS and not _mark(text):
            colours.append(said)
        if len(colours) >= 200:
            break
    return len(colours) >= _SCALE_RUNS and len(set(colours)) >= _SCALE_COLOURS


def _paragraph_text(paragraph: Paragraph, painted: bool = False) -> str:
    parts: list[str] = []
    runs = _runs(paragraph)
    if painted and (whole := _painted_whole(runs)):
        return whole
    lead: int | None = None  # the part of a symbol the paragraph opens with
    for run in runs:
        text = run.text
        if not text and (text := unseen_text(run._r)) and not "".join(parts).strip():
            lead = len(parts)  # a Wingdings tick, a form's check box, a rated picture's words
        if parts and parts[-1][-1:].isdigit() and _NOTE_MARK.fullmatch(text) and run.font.superscript:
            continue  # "131 260" and a superscript "1": a footnote's mark, no digit of the amount
        if run.font.strike and text.strip():
            text = f"~~{text}~~"
        elif _mark(text) and (said := _colour_word(run._r.rPr)):
            # A dot whose font colour alone carries the light (test22 q12): printed, a reader sees the
            # colour; read as text it was "●" beside every dimension. As the HTML reader spells one.
            text = f"{text} {said} "
        elif painted and 0 < len(text.split()) <= _PAINTED_WORDS and (said := _colour_word(run._r.rPr)):
            # a phrase painted with the document's scale of colours, its trailing space after the colour
            text = f"{text.rstrip()} ({said}){text[len(text.rstrip()) :]}"
        parts.append(text)
    if lead is not None and "".join(parts[lead + 1 :]).strip():
        parts[lead] = as_bullet(parts[lead])  # "✓ Yöpartio perustetaan …": a bullet, no verdict (R15-17)
    text = "".join(parts) if runs else paragraph.text
    return text.replace("~~~~", "").rstrip()


def _painted_whole(runs: list[Run]) -> str | None:
    """A paragraph of five to eight words painted in one colour throughout (its runs split where Word
    split them): a dimension's longer name marked as a whole, read with its colour once."""
    said = [run for run in runs if run.text.strip()]
    text = "".join(run.text for run in runs).strip()
    if not said or not _PAINTED_WORDS < len(text.split()) <= _PAINTED_WHOLE or "~~" in text:
        return None
    colours = {_colour_word(run._r.rPr) for run in said}
    if len(colours) != 1 or None in colours or any(run.font.strike for run in said):
        return None
    return f"{text} ({colours.pop()})"


def _style_level(style: BaseStyle | None) -> int | None:
    """A style's heading level: Title 0, "Heading N" N, else the outline level the style or the style
    it is based on sets (Word's own heading styles under a translated or custom name)."""
    if style is None:
        return None
    name, level = (style.name or "").casefold(), None
    seen: BaseStyle | None = style
    heading = re.fullmatch(r"heading (\d)", name)
    if name == "title":
        level = 0
    elif heading:
        level = int(heading.group(1))
    for _ in range(8):  # a chain of based-on styles, bounded: a hostile file may make it a loop
        if level is not None or seen is None:
            break
        found = seen.element.xpath("./w:pPr/w:outlineLvl/@w:val")
        level = int(found[0]) + 1 if found and str(found[0]).isdigit() and int(found[0]) < 9 else None
        seen = getattr(seen, "base_style", None)
    return level


_P, _TBL, _SDT, _SDT_CONTENT = _W + "p", _W + "tbl", _W + "sdt", _W + "sdtContent"
_CUSTOM_XML, _TEXT_BOX = _W + "customXml", _W + "txbxContent"
#: Markup compatibility's fallback: the same drawing again for older readers (its text box a copy).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _run_text_size(body: Any) -> int:
    """Characters in the body's runs (``w:t``), a text box's copy for older readers left out."""
    size = sum(len(t.text or "") for t in body.iter(_W + "t"))
    return size - sum(len(t.text or "") for box in body.iter(_FALLBACK) for t in box.iter(_W + "t"))


def _blocks(parent: Any, holder: Any) -> Iterator[Paragraph | Table]:
    """The paragraphs and tables of a body, a cell or a text box in order, those inside content
    controls (a template's form field of whole paragraphs) and custom XML included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent:
        if child.tag == _P:
            yield Paragraph(child, holder)
        elif child.tag == _TBL:
            yield Table(child, holder)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content, holder)
        elif child.tag == _CUSTOM_XML:
            yield from _blocks(child, holder)


def _text_boxes(paragraph: Paragraph) -> list[Any]:
    """The text boxes anchored in a paragraph (a floating box of lights beside the date line), each
    once: not the copy a drawing keeps for older readers, not a box inside another box."""
    found = []
    for box in paragraph._p.iter(_TEXT_BOX):
        above = {a.tag for a in box.iterancestors()}
        if _FALLBACK not in above and _TEXT_BOX not in above:
            found.append(box)
    return found


def _docx_blocks(document: DocxDocument, headings: dict[int, int]) -> list[str]:
    """Lines of the body in order: paragraphs with list markers, table rows tab-separated, a text
    box's lines after the paragraph it is anchored in; the level of each line a heading style gave
    into ``headings`` (:func:`_style_levels`)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    numbered = 0
    # Paragraph.style looks the id up among all styles, and for a paragraph without
    # one scans them for the default: most of a DOCX's reading time. Look ids up once.
    styles = {s.style_id: s for s in document.styles}
    style_names = {style_id: s.name or "" for style_id, s in styles.items()}
    # The level of the styles the body uses, looked up when first used: a template defines a
    # few hundred styles, and an XPath per style was a third of a DOCX's reading time.
    style_levels: dict[str, int | None] = {}
    painted = _painted_scale(document.element.body)
    pending = list(reversed(list(_blocks(document.element.body, document._body))))
    while pending:
        block = pending.pop()
        if isinstance(block, Paragraph):
            text = _paragraph_text(block, painted)
            style_id = block._p.style  # the paragraph's w:pStyle, None for the default style
            style = style_names.get(style_id, "") if style_id else ""
            # Word keeps list markers in the numbering, not the text: put them back.
            if style.startswith("List Number") and text.strip():
                numbered += 1
                text = f"{numbered}. {text}"
            else:
                numbered = 0 if text.strip() else numbered
                if style.startswith("List Bullet") and text.strip():
                    text = f"- {text}"
            if style_id and style_id not in style_levels:
                style_levels[style_id] = _style_level(styles.get(style_id))
            level = style_levels[style_id] if style_id else None
            for part in text.split("\n"):
                lines.append(part.rstrip())
                if level is not None and part.strip():
                    headings[len(lines)] = level
            for box in reversed(_text_boxes(block)):  # read next, before the following paragraph
                pending.extend(reversed(list(_blocks(box, block))))
        elif isinstance(block, Table):
            lines.extend(_table_lines(block, painted))
    return lines


def _row_cells(row: Any) -> list[Any]:
    """A row's cells, a merged cell once (python-docx repeats it for every grid column it spans)."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def _nests(cell: Any) -> bool:
    return cell._tc.find(_TBL) is not None


def _is_block(cell: Any) -> bool:
    """A cell that holds a table or several paragraphs of text: a block of the page, not a value."""
    return _nests(cell) or sum(1 for p in cell.paragraphs if p.text.strip()) > 1


def _block_row(cells: list[Any]) -> bool:
    return any(_nests(c) for c in cells) and all(_is_block(c) for c in cells if c.text.strip() or _nests(c))


def _table_lines(table: Table, painted: bool, depth: int = 0) -> list[str]:
    """A table's rows tab-separated; a table holding tables in its cells is the template's layout
    (a lights table in one cell, the cost table in the next): a row of such blocks is read cell by
    cell, its paragraphs a line each and its tables' rows after them, the row of captions above it
    before each block; a row of values with a table in a cell is read as a row, the table after it."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    rows = list(table.rows)
    if depth >= 8 or not any(_nests(c) for row in rows for c in row.cells):
        return [_row_line(row, painted) for row in rows]
    lines: list[str] = []
    captions: list[str] = []
    for index, row in enumerate(rows):
        cells = _row_cells(row)
        if not _block_row(cells):
            following = _row_cells(rows[index + 1]) if index + 1 < len(rows) else []
            if not any(_nests(c) for c in cells) and len(following) == len(cells) and _block_row(following):
                captions = [" ".join(_paragraph_text(p, painted) for p in c.paragraphs).strip() for c in cells]
                continue
            lines.append(_row_line(row, painted))
            for cell in cells:
                for block in _blocks(cell._tc, cell):
                    if isinstance(block, Table):
                        lines.extend(_table_lines(block, painted, depth + 1))
            continue
        for column, cell in enumerate(cells):
            if column < len(captions) and captions[column]:
                lines.append(captions[column])
            for block in _blocks(cell._tc, cell):
                if isinstance(block, Paragraph):
                    lines.extend(part.rstrip() for part in _paragraph_text(block, painted).split("\n"))
                elif isinstance(block, Table):
                    lines.extend(_table_lines(block, painted, depth + 1))
        captions = []
    return lines


def _row_line(row: Any, painted: bool) -> str:
    from docx.text.paragraph import Paragraph

    cells: list[str] = []
    previous = None
    for cell in row.cells:  # a merged cell repeats: an empty cell keeps the columns below it
        merged, previous = cell._tc is previous, cell._tc
        said = (_paragraph_text(p, painted) for p in _blocks(cell._tc, cell) if isinstance(p, Paragraph))
        shown = "" if merged else " ".join(said).strip()
        if not merged and (not shown or _mark(shown)):
            # A cell whose shading is the light (an empty or one-dot cell filled green).
            fill = _colour_word(cell._tc.tcPr)
            shown = f"{shown} {fill}".strip() if fill else shown
        cells.append(shown)
    return "\t".join(cells)


__all__ = ["MAX_DOCX_PARTS", "MAX_DOCX_XML_BYTES", "docx_lines"]
