"""Before a document is cut into elements: its kind (the vocabulary's weighted cues) and its lines
cleaned (markup remnants, icons, strike-through as a withdrawn flag, page headers repeated on every page).

Split out of ingest/segment.py (which cuts the cleaned lines into elements) when that module reached
the 600-line limit; segment.py re-exports these names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from hankegraafi.ingest import cues, lightcards
from hankegraafi.ingest.labels import light_value, match_field, match_heading, match_light, plain_markdown
from hankegraafi.ingest.struck import replaced_value


@dataclass(frozen=True)
class Line:
    no: int
    text: str
    withdrawn: bool = False


# --- kind ---------------------------------------------------------------------------------


def kinds() -> tuple[str, ...]:
    """The kinds a layout rule knows, in the order a tie is decided: the document kinds of the
    vocabulary with weighted cues (``hg:weightedCue``, ``hg:cueRank`` in ``ontology/vocab/kinds.ttl``)."""
    return tuple(cues.weighted("document-kind"))


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
#: A text progress bar before the share it draws ("X  [######----] 60 %", "X  ██████░░░░ 60 %"): the share after a
#: dash, as a goal's share is written ("X – 60 %"); the bar is no word of the goal (red team R21-11, test23 s12).
_BAR = re.compile(r"\s*(?:\[(?=[^\]]*[#=*-])[#=*.\- ]{4,40}\]|[█▓▒░■□▮▯]{4,40})\s*(?=\d{1,3}(?:[,.]\d)?\s?%)")


#: A list item's bullet as a PDF's text layer or a copy from one gives it: the glyph of a symbol font that has no
#: Unicode meaning (Symbol's bullet U+F0B7, Wingdings' square U+F0A7, arrowhead U+F0D8, diamond U+F076, a font's
#: unmapped glyph read as DEL U+007F) or a typographic bullet the readers do not list ("▪", "◦", "‣", "⁃", "➢",
#: "➤", "❖"), then a space and the item's text. It is read as "• ": the item of a list, as the readers
#: know it (test44 oo06's goals under "2 Tavoitteet" were lost to "\x7f Kuntoutukseen …"). A glyph alone in a cell
#: (a tick "▪" in a matrix) stays; a glyph before a tab is read by _TAB_MARKER below.
_GLYPH_BULLET = re.compile(
    r"^[\x7f\uf0a7\uf0a8\uf0b7\uf0d8\uf076\u25aa\u25e6\u2023\u2043\u27a2\u27a4\u2756] +(?=[^\s|])"
)


#: A list's marker and a tab before the item, as Word's "plain text" export and a paste from Word write a list
#: ("•<TAB>X – toteutunut", "-<TAB>X", "1.<TAB>X", "a)<TAB>X", "o<TAB>X" for a second level, the Symbol font's
#: "\uf0b7<TAB>X"), the item holding no tab of its own: one list item, not a table's row of the marker and the
#: item (R18-6: every goal, light and cost line of such a list was lost). Read as the marker and a space.
_TAB_MARKER = re.compile(
    r"^(?P<mark>[-•*·–o\x7f\uf0a7\uf0a8\uf0b7\uf0d8\uf076\u25aa\u25e6\u2023\u2043\u27a2\u27a4\u2756]|\d{1,2}[.)]|[a-h]\))"
    r"\t+(?=[^\t\s][^\t]*$)"
)


#: A line indented by tabs and holding no other tab: under a "marker<TAB>item" line, the item's own next line.
_INDENTED = re.compile(r"^\t+[^\t\s][^\t]*$")


def _tab_marker(m: re.Match[str]) -> str:
    mark = m.group("mark")
    return ("•" if mark == "o" or (mark > "\x7e" and mark not in "•·–") else mark) + " "


def clean_lines(lines: list[str]) -> list[Line]:
    """Drop markup remnants, resolve strike-through (also across lines) into a withdrawn flag."""
    out: list[Line] = []
    open_strike = False
    listed = False  # the last line with text was a list item read from "marker<TAB>item"
    for no, raw in enumerate(lines, start=1):
        text = strip_tags(raw)
        text = _ICON.sub("", text).replace("\u00a0", " ")
        if "%" in text:
            text = _BAR.sub(" – ", text)
        text = _GLYPH_BULLET.sub("• ", text.lstrip(" ")) if text[:3].strip(" ")[:1] > "\x7e" else text
        if "\t" in text[:4]:
            if listed and _INDENTED.match(text):
                text = text.lstrip("\t")  # the item's indented line ("1.<TAB>X" / "<TAB>Outcome: Reached")
            else:
                marked = _TAB_MARKER.sub(_tab_marker, text, count=1)
                listed, text = marked != text, marked
        elif text.strip():
            listed = False
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


def drop_page_headers(lines: list[Line]) -> set[int]:
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
