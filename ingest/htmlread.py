"""Read an HTML page into the lines a person would see (the HTML reader of ingest/readers.py).

Block elements become lines, table rows tab-separated lines, list items keep their markers, struck
text is marked ``~~…~~``; a page's chrome (navigation, footer) is left out (ingest/htmlchrome.py).
Its own module by format, as the PDF and DOCX readers are parts of ingest/readers.py.
"""

from __future__ import annotations

import codecs
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from hankegraafi.ingest.damaged import decode_western, utf8_with_stray_bytes, utf16_without_bom
from hankegraafi.ingest.htmlchrome import chrome, fact_box, keys_beside
from hankegraafi.ingest.htmlforms import form_answers
from hankegraafi.ingest.htmlgrids import div_tables, layout_tables, role_tables
from hankegraafi.ingest.htmllists import term_rows
from hankegraafi.ingest.lightmarkup import spell_legend_marks
from hankegraafi.ingest.lightwords import spell_light_marks
from hankegraafi.ingest.plaintext import spread
from hankegraafi.ingest.readerror import IngestError

if TYPE_CHECKING:
    from bs4 import Tag

_BLOCK = {f"h{n}" for n in range(1, 7)} | {
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "ul",
    "label",
    "legend",
}
_SKIP = {"script", "style", "noscript", "svg", "template", "head", "button", "input", "select", "nav"}
_STRUCK = {"del", "s", "strike"}
_HEADINGS = {f"h{n}" for n in range(1, 7)}


#: Byte-order marks the HTML parser reads itself (the page's text is then no guess).
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: What a browser reads a page declared in these in (WHATWG Encoding: the labels of Latin-1
#: and ASCII name windows-1252), so a declared "iso-8859-1" page's euro sign stays one.
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252"}
#: Codecs that are no charset of a page (they read escapes or domain names), never obeyed.
_NO_CHARSET = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "undefined"})


def _declared(data: bytes) -> tuple[str, str | None] | None:
    """The charset the page declares (XML declaration or ``<meta>``) and its Python codec
    (None for a name no codec has), or None when it declares none."""
    from bs4.dammit import EncodingDetector

    label = EncodingDetector.find_declared_encoding(data, is_html=True)
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return label, None
    if not info._is_text_encoding or info.name in _NO_CHARSET:  # base64, zlib, rot13 …
        return label, None
    return label, _AS_BROWSERS_READ.get(info.name, info.name)


def page_text(data: bytes, where: Path, warnings: list[str] | None = None) -> str | bytes:
    """The page's text, its encoding decided by its bytes where they decide it, as a text's is.

    Bytes that are UTF-8 are UTF-8, whatever the page declares: an editor that saves UTF-8
    keeps a template's old ``<meta charset="iso-8859-1">``, and the parser obeying it made every
    "ä" "Ã¤" and every "€" two control characters (money lost). Bytes that are not UTF-8 are
    UTF-8 with stray bytes (``utf8_with_stray_bytes``), else the page's declared 8-bit charset
    when they decode in it, else the Western 8-bit encoding that reads best (``decode_western``,
    with its warning): a cp1252 page declaring UTF-8, or nothing, had each letter made U+FFFD.
    A page with a byte-order mark is left to the parser, which reads the mark.
    """
    if data.startswith(_BOMS):
        return data
    if b"\x00" in data:
        unicode = utf16_without_bom(data, where, warnings)  # "Unicode" saved without its mark
        if unicode is not None:
            return unicode
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        declared = _declared(data)
        if warnings is not None and declared and declared[1] != "utf-8" and re.search(rb"[\x80-\xff]", data):
            warnings.append(
                f"{where.name}: the page declares its encoding as {declared[0]} but its bytes are UTF-8: "
                "read as UTF-8 (merkistö luettu UTF-8:na / teckenkodning läst som UTF-8)"
            )
        return text
    stray = utf8_with_stray_bytes(data, where, warnings)
    if stray is not None:
        return stray
    codec = (_declared(data) or ("", None))[1]
    if codec and not codec.startswith("utf-"):  # a Unicode charset these bytes are not
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    western = decode_western(data, where, warnings)
    return data if western is None else western


def _quiet_parser() -> None:
    """Beautiful Soup's warnings about how it is called are no news about a document: a page whose
    whole text looks like a URL or a file name (``MarkupResemblesLocatorWarning``), an XHTML page
    read by the HTML parser (``XMLParsedAsHTMLWarning``: on purpose, it reads broken XHTML too).
    They reached the command line's error output as a dozen lines of advice to the programmer,
    naming no file, above the summary; filtered once per process (the filter is process-wide)."""
    import warnings as python_warnings

    import bs4

    for name in (
        "MarkupResemblesLocatorWarning",
        "XMLParsedAsHTMLWarning",
        "GuessedAtParserWarning",
        "AttributeResemblesVariableWarning",
        "UnusualUsageWarning",
    ):
        category = getattr(bs4, name, None)
        if isinstance(category, type) and issubclass(category, Warning):
            python_warnings.filterwarnings("ignore", category=category)


#: A footnote's reference mark: a superscript number or sign.
_NOTE_MARK = re.compile(r"\s*(?:\d{1,3}|[*†‡]{1,3})\s*")


def _drop_note_marks(body: Tag) -> None:
    """A superscript footnote mark right after a number ("312 000<sup>2</sup>") is no digit of it:
    read as text it made 3 120 002. A mark after a word ("Kustannukset<sup>*</sup>") is kept: it may
    be what the text says (a light marked by its asterisk)."""
    for sup in body.find_all("sup"):
        before = sup.previous_sibling
        glued = isinstance(before, str) and before[-1:].isdigit()  # "5 <sup>3</sup>" is a power, say
        if glued and _NOTE_MARK.fullmatch(sup.get_text()):
            sup.decompose()


#: An icon's alternative text, at most: a label ("Kunnossa", "Vaatii huomiota"), not a photo's description.
_ICON_WORDS, _ICON_CHARS = 4, 40


def _spell_icons(body: Tag) -> None:
    """An image whose ``alt`` is a short label reads as that label, as a text browser shows it: a status
    icon "Kunnossa" / "Vaatii huomiota" in a table's cells under a legend of the same icons (test22 q04)
    was an empty cell. A colour word is left to ``spell_light_marks``, which writes it already; a long
    alt describes a photo and an empty alt marks decoration (WCAG): neither is read."""
    from hankegraafi.ingest.lightwords import colours_in

    for image in body.find_all("img"):
        alt = " ".join(str(image.get("alt") or "").split())
        if alt and len(alt) <= _ICON_CHARS and len(alt.split()) <= _ICON_WORDS and not colours_in(alt):
            image.replace_with(f" {alt} ")


#: Inline elements a site marks up a field's label and value with.
_INLINE_FIELD = ("span", "strong", "b", "em", "small")


def _label_spans(body: Tag) -> None:
    """A field marked up inline, a label element and its value side by side (``<span class="label">
    Toimintamallin rahoittaja</span> <span class="value">STM</span>``, a CMS's field markup), reads as
    the two lines a page of block fields gives, the label its own line: joined by a space, label and
    value were one line whose label no reader found (test22 q04: the funder, the kokonaisuus). Told by
    the markup's class word "label", as the site marks it, never by the words."""
    for label in body.find_all(_INLINE_FIELD):
        classes = label.get("class")
        words = [str(c) for c in classes] if isinstance(classes, list) else [str(classes or "")]
        if not any("label" in c.lower() for c in words):
            continue
        value = label.find_next_sibling(True)
        if value is None or value.name not in _INLINE_FIELD or not value.get_text(strip=True):
            continue
        label.name, value.name = "div", "div"


def _spell_abbreviations(body: Tag) -> None:
    """An abbreviation with its expansion in ``title`` reads as a printout shows it: "V (vihreä –
    etenee suunnitellusti)". Read as text, a status table of such letters was letters only (test24
    r10: V / K whose meaning only the titles gave). Only a short abbreviation (12 characters or
    fewer) whose title says something else is spelt: a long one already says what it is."""
    for abbr in body.find_all("abbr"):
        title = " ".join(str(abbr.get("title") or "").split())
        shown = abbr.get_text(" ", strip=True)
        if title and shown and len(shown) <= 12 and title.casefold() != shown.casefold() and len(title) <= 200:
            abbr.append(f" ({title})")


#: What a ``<noscript>`` holds when it is a script's content given again (a chart tool's table, a
#: gallery's list), not the site's message that scripts are off.
_FALLBACK_CONTENT = ("table", "ul", "ol", "dl", "figure")


def _script_fallbacks(body: Tag) -> None:
    """A ``<noscript>`` that gives a script's content again is read, as a browser without scripts
    shows it (test27 i76: the cost table a chart embed shows, given again as a table inside
    ``<noscript>``, was skipped with every noscript). A noscript of words only ("Ota JavaScript
    käyttöön") or of a tracking image stays out: that is the site's, not the page's."""
    for fallback in body.find_all("noscript"):
        if fallback.find(_FALLBACK_CONTENT) is not None:
            fallback.name = "div"


def _fill(shape: Tag) -> str | None:
    """The light's colour word of an SVG shape's fill: its ``fill`` attribute or its style's ``fill:`` (not the
    stroke's grey of "fill: rgb(0, 150, 70); stroke: #333")."""
    from hankegraafi.ingest.lightwords import hue_word

    style = shape.get("style")
    paints = [
        shape.get("fill"),
        *re.findall(r"(?:^|;)\s*fill\s*:\s*([^;]+)", style if isinstance(style, str) else ""),
    ]
    return next((word for paint in paints if isinstance(paint, str) and (word := hue_word(paint))), None)


def _labelled_shapes(svg: Tag) -> list[str]:
    """A drawing's dots labelled by the ``<text>`` after each ("<circle fill='#2e7d32'/><text>Aikataulu</text>"):
    "Aikataulu green" for each label that names a light's dimension; other labels (a key's) are no line. A chart
    is none (red team R15-13): a shape with no label (a bar), dimensions' shapes of different sizes, or a label
    with a unit in brackets ("Henkilöstö (htv)") make its swatches a chart's legend, not lights."""
    from hankegraafi.ingest.lightdims import dimension_of
    from hankegraafi.ingest.lightvalues import value_of

    shapes = svg.find_all(list(_SHAPES))
    out: list[str] = []
    sizes: set[tuple[str, ...]] = set()
    for shape in shapes:
        label = shape.find_next_sibling()
        if label is None or label.name != "text" or shape.name in ("path", "polygon"):
            return []  # a bar, an axis, a pie's slice: a chart
        if shape.name == "rect" and shape.get("width") != shape.get("height"):
            return []  # a bar: a light's mark is a dot or a square
        text, colour = label.get_text(" ", strip=True), _fill(shape)
        if re.search(r"\d", text) and not dimension_of(text) and value_of(text) not in ("on-plan", "deviation"):
            return []  # "12" over a bar, "2024" under it: a chart's value or axis, no light's label
        if colour and text and len(text) <= 60 and dimension_of(text):
            if re.search(r"\([^)]*\)", text):
                return []  # "Henkilöstö (htv)": a measure's unit
            out.append(f"{text} {colour}")
            sizes.add(tuple(str(shape.get(a) or "") for a in ("r", "rx", "ry", "width", "height")))
    return out if len(sizes) <= 1 else []


#: An SVG's shapes that draw a light's dot or bar.
_SHAPES = ("circle", "ellipse", "rect", "path", "polygon")


def _svg_titles(body: Tag) -> None:
    """An SVG drawing whose shapes carry titles (a row of circles, "Aikataulu: vihreä" on hover and to
    a screen reader) reads as those titles, a line each, after the drawing's own title (test27 i76:
    the lights were titles of circles, and an SVG was skipped whole). A shape's fill that is a light's
    colour is said after a title that names no colour. An SVG of one title (an icon) is left to
    ``spell_light_marks``; a chart's axis labels (``<text>``) stay out."""
    from hankegraafi.ingest.lightwords import colours_in

    for svg in body.find_all("svg"):
        shapes = [t for t in svg.find_all("title") if t.parent is not svg]
        labelled = _labelled_shapes(svg) if len(shapes) < 2 else []
        if len(shapes) < 2 and len(labelled) < 2:
            continue
        own = svg.find("title", recursive=False)
        said = [own.get_text(" ", strip=True)] if own is not None else []
        for title in shapes:
            text = title.get_text(" ", strip=True)
            shape = title.parent
            colour = _fill(shape) if shape is not None and not colours_in(text) else None
            said.append(f"{text} {colour}" if colour else text)
        said += labelled
        drawing = svg.wrap(svg.parent.new_tag("div")) if svg.parent is not None else None
        if drawing is None:
            continue
        svg.decompose()
        for text in filter(None, said):
            line = drawing.parent.new_tag("div") if drawing.parent is not None else None
            if line is not None:
                line.string = text[:300]
                drawing.append(line)


def _fact_boxes_beside(soup: Tag, main: Tag) -> list[Tag]:
    """The fact boxes (``htmlchrome.fact_box``) that stand beside a page's marked content, not in it
    nor in its banner, navigation or footer: a sidebar's status table (test27 i28, a
    role="complementary" box of lights next to role="main"). A list of other pages stays out."""
    from bs4 import Tag as _Tag

    found: list[Tag] = []
    for box in soup.find_all(lambda t: t.name == "aside" or t.get("role") == "complementary", limit=20):
        if not isinstance(box, _Tag) or box is main or main in box.parents or box in main.parents:
            continue
        if any(
            a.name in ("header", "footer", "nav") or a.get("role") in ("banner", "navigation", "contentinfo")
            for a in box.parents
            if isinstance(a, _Tag)
        ) or any(box in f.parents for f in found):
            continue
        if fact_box(box):
            found.append(box)
    return [box for box in found if not any(box in f.parents for f in found if f is not box)]


#: Between the segments of a page's <title> or the items of a trail or title bar: a bar, a dash, a middle dot,
#: a double colon, an angle quote or arrow.
_TITLE_PARTS = re.compile(r"\s+(?:[|–—·•>»›/-]|::)\s+")


def page_name(soup: Tag, main: Tag) -> str:
    """The page's own name when the content (``main``) never prints it: a segment of the ``<title>`` that the
    page's chrome outside the content repeats as the last item of a trail or title bar ("Etusivu ›
    Toimintamallit › X", "Helsingin kaupunki · Toimiala · X"), where a site puts the page it shows; the site's
    name, first in the bar and last in the title, is none. Empty when there is no such segment.

    Class read (test41 ol01, ol09): a saved page whose <main> opens with a generic heading ("Hankkeen
    esittely") or none names its project only in the tab's title and in the breadcrumb or title bar outside
    <main>, which the reader leaves out as chrome."""
    title = soup.find("title")
    if title is None:
        return ""
    inside = " ".join(main.get_text(" ").split()).casefold()
    segments = [s.strip() for s in _TITLE_PARTS.split(" ".join(title.get_text(" ").split())) if s.strip()]
    segments = [s for s in segments if len(s.split()) >= 2 and len(s) <= 120 and s.casefold() not in inside]
    if not segments:
        return ""
    for tag in (soup.body or soup).find_all(["div", "nav", "header", "p", "ol", "ul"], limit=200):
        if tag is main or main in tag.parents or tag in main.parents:
            continue
        if tag.name in ("ol", "ul"):  # a trail as a list: "<ol><li>Start</li> … <li>X</li></ol>"
            items = [" ".join(li.get_text(" ").split()) for li in tag.find_all("li", recursive=False)]
        else:
            items = [i.strip() for i in _TITLE_PARTS.split(" ".join(tag.get_text(" ").split())) if i.strip()]
        if len(items) >= 2 and items[-1] in segments:
            return items[-1]
    return ""


def html_lines(
    data: bytes, where: Path, warnings: list[str] | None = None, headings: dict[int, int] | None = None
) -> list[str]:
    """Block elements become lines, table rows tab-separated lines, struck text ``~~…~~``.

    ``headings``, when given, receives the level of each line an ``<h1>``–``<h6>`` gave (line
    number, 1-based: level), the page's outline that its lines alone no longer show.

    A UTF-8 page with stray 8-bit bytes is decoded here, stray bytes as cp1252, rather than
    left to the parser's guess, which reads the whole page as cp1252 ("Ã¤" for every "ä").
    """
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment

    _quiet_parser()
    markup = page_text(data, where, warnings)
    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as exc:  # lxml raises several types on garbage
        raise IngestError(where, f"is not readable HTML ({exc})") from exc
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(buffer)).strip()
        buffer.clear()
        if text:
            lines.append(text)

    def blank() -> None:
        flush()
        if lines and lines[-1] != "":
            lines.append("")

    def outline(start: int, level: int) -> None:
        """The lines a heading's element gave since ``start`` are headings of ``level`` (an outer one kept)."""
        for index in range(start, len(lines)):
            if lines[index] and headings is not None:
                headings.setdefault(index + 1, level)

    def cell_text(tag: Tag) -> str:
        """The text under ``tag`` in document order, struck parts marked, skipped parts left out.

        Whether a text is inside a skipped or struck element is carried down the
        walk rather than asked of each text's ancestors: on a page nested thousands
        deep that question cost O(depth) a text (16 s for one 1.5 MB page). ``visit``
        neither enters skipped elements nor goes below a struck one, so above ``tag``
        there is nothing skipped or struck.
        """
        parts: list[str] = []
        walk: list[tuple[object, bool, bool]] = [(tag, False, False)]
        while walk:
            node, skipped, struck = walk.pop()
            if isinstance(node, Tag):
                skipped, struck = skipped or node.name in _SKIP, struck or node.name in _STRUCK
                parts += ["\x00"] if node.name == "br" else []  # a cell's lines stay lines, as in a DOCX cell
                walk.extend((child, skipped, struck) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, Comment) and not skipped:
                text = str(node)
                parts.append(f"~~{text.strip()}~~" if struck else text)
        return re.sub(r"\s*\x00[\s\x00]*", "\n", re.sub(r"\s+", " ", " ".join(parts)).strip(" \x00"))

    # An explicit stack instead of recursion: a page with thousands of nested elements
    # (generated or hostile) must not overflow Python's call stack.
    _BREAKING = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}
    Step = tuple[str, object]

    def visit(child: object, stack: list[Step]) -> None:
        """Handle one child; its own children and after-actions go onto ``stack``."""
        if isinstance(child, Comment):
            return
        if isinstance(child, NavigableString):
            buffer.append(str(child).replace("\n", " "))
            return
        if not isinstance(child, Tag) or child.name in _SKIP:
            return
        if child.name == "br":
            flush()
        elif child.name == "tr":
            flush()
            cells = spread(child.find_all(["td", "th"], recursive=False), cell_text)
            if any(cells):
                lines.append("\t".join(cells))
        elif child.name in _STRUCK:
            flush() if child.find(_BLOCK) else None
            text = cell_text(child).replace("\n", " ")
            if text:
                buffer.append(text if text.startswith("~~") else f"~~{text}~~")
        elif child.name == "li":
            # List items keep a list marker, as the same list has in a text export:
            # extraction reads "- item" as an item and "2. item" as a numbered goal.
            flush()
            parent = child.parent
            if isinstance(parent, Tag) and parent.name == "ol":
                start = str(parent.get("start") or "1")
                number = (int(start) if start.isdigit() else 1) + sum(
                    1 for s in child.find_previous_siblings("li")
                )
                buffer.append(f"{number}. ")
            else:
                buffer.append("- ")
            stack.append(("call", flush))
            stack.append(("children", child))
        elif child.name in _BLOCK:
            breaking = child.name in _BREAKING
            (blank if breaking else flush)()
            if headings is not None and child.name in _HEADINGS:
                stack.append(("call", functools.partial(outline, len(lines), int(child.name[1]))))
            elif headings is not None and child.name == "legend":
                # A form's fieldset is its section and the legend its heading: one level below
                # the page's title, deeper in a fieldset inside another.
                depth = len(child.find_parents("fieldset"))
                stack.append(("call", functools.partial(outline, len(lines), min(6, 1 + max(depth, 1)))))
            stack.append(("call", blank if breaking else flush))
            stack.append(("children", child))
        else:
            stack.append(("children", child))

    def walk(root: Tag) -> None:
        stack: list[Step] = [("children", root)]
        while stack:
            action, item = stack.pop()
            if action == "call":
                item()  # type: ignore[operator]
            elif action == "children":
                # Children in document order: push them reversed so the first is taken first.
                stack.extend(("visit", c) for c in reversed(list(item.children)))  # type: ignore[attr-defined]
            else:
                visit(item, stack)

    # A page saved from a browser carries the site's navigation and footer around the
    # content; when the page marks its content (<main>, role="main"), only that is read,
    # and the site's chrome is left out by element and role wherever it stands.
    body = soup.find("main") or soup.find(role="main") or soup.body or soup  # no CSS: soupsieve compiles 0.6 s
    # A fact box beside the marked content (a sidebar's status table outside <main>) is the page's own.
    boxes = _fact_boxes_beside(soup, body) if body is not soup.body and body is not soup else []
    keys = keys_beside(soup, body) if body is not soup.body and body is not soup else []  # a key at the foot
    if body is not soup.body and body is not soup and (own := page_name(soup, body)):
        lines += [own, ""]  # the page's name only its <title> and its trail give: the content's title
        if headings is not None:
            headings[1] = 1
    for root in [body, *boxes]:
        if isinstance(root, Tag):
            for tag in chrome(root):
                tag.decompose()
            _drop_note_marks(root)  # "312 000<sup>2</sup>": a footnote's mark, no digit of the amount
            _spell_abbreviations(root)  # "<abbr title='vihreä'>V</abbr>": the letter and what it stands for
            _script_fallbacks(root)  # a <noscript> giving a chart's table again, as shown without scripts
            _svg_titles(root)  # circles titled "Aikataulu: vihreä": their titles, a line each
            _label_spans(root)  # '<span class=label>Rahoittaja</span> <span>STM</span>': a field's two lines
            form_answers(root)  # a saved form's answers: its fields' values, chosen options, ticks
            layout_tables(root)  # a table that frames a page: its cells' blocks, not one row
            role_tables(root)  # rows and cells drawn with ARIA roles: a table's
            spell_light_marks(root)  # a light whose colour only the markup gives (alt, title, class)
            spell_legend_marks(root)  # a dot or shaded cell whose class a legend in the page explains
            div_tables(root)  # rows of divs a style draws as a table: a table's
            _spell_icons(root)  # '<img alt="Kunnossa">': an icon's words, as a text browser shows them
            term_rows(root)  # a <dt> and its one-line <dd>: a row, the term a label by its place
        walk(root)
        flush()
    lines += [line for key in keys for line in ("", key)]
    while lines and lines[-1] == "":
        lines.pop()
    return lines
