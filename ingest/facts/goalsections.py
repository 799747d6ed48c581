"""Where a goals section ends when the vocabulary does not know the heading that ends it.

A goals section runs from its heading to the next heading the segmenter recognises. A report's
next numbered section ("4. Talous ja henkilöstö") or a page's next topic (a cost table, then "Muut
hankkeet" over a list of links) may stand under a heading no vocabulary knows; the goal families
(facts/goals.py, facts/goalforms.py) read only the chunks before it.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalstatus import line_status
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.labels import match_heading, match_light
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: An amount of money in a cell: digits grouped in thousands or four digits and more ("140 000", "1.320.000,00",
#: "3 961 402,15", "2400"), with or without a unit.
_AMOUNT = re.compile(
    r"^[-−+]?\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d+)?\s*(?:€|e|eur|euroa)?$|^[-−+]?\d{4,}(?:,\d+)?\s*€?$", re.I
)


def _titled(chunk: Chunk) -> bool:
    """A short line of its own that names a topic and no goal ("Muut hankkeet", "Lue myös"): a heading the
    vocabulary does not know. A goal's label ("Tavoite 2: …") or a list item goes on the goals."""
    text = chunk.text.strip()
    return (
        not (chunk.bullet or chunk.numbered)
        and chunk.first == chunk.last
        and 0 < len(text.split()) <= 6
        and not re.search(r"[.!?]$", text)
        and not _GOAL_WORD.search(text)
    )


#: A word of a goal in a title ("Target group" names none).
_GOAL_WORD = re.compile(r"tavoit|\bmål|\bgoal|\bobjective|\btarget(?!\s*groups?\b)", re.I)

#: The goals' measures named in a title: "Tavoitteiden mittarit", "Mätare för målen", "Indicators".
_MEASURES = re.compile(r"mittar|indikaattor|mätare|indikator|indicator|\bmeasures\b|\bmetrics\b", re.I)
#: One word alone that titles measures (a label alone on its line, "Mittari" over its value, does not).
_MEASURES_ALONE = re.compile(
    r"^(?:mittarit|indikaattorit|mätare|indikatorer|indicators|measures|metrics)$", re.I
)


def _measures_title(chunk: Chunk) -> bool:
    """A short line of its own that titles the goals' measures: the goals section has ended above it (a
    title the vocabulary does not know, so no heading the segmenter gives)."""
    text = chunk.text.strip().strip("*_#").strip()
    words = text.split()
    return (
        not (chunk.bullet or chunk.numbered)
        and chunk.first == chunk.last
        and ":" not in text
        and not re.search(r"[.!?;,]$", text)
        and (
            (2 <= len(words) <= 6 and _MEASURES.search(text) is not None)
            or _MEASURES_ALONE.match(text) is not None
        )
    )


@cues.per_reading
def _minute_labels(scheme: str) -> re.Pattern[str]:
    """A minute's item labels (``minute-label`` of the scheme: "Päätösehdotus", "Esittelijä", "Förslag till beslut")
    opening a line, alone, before a colon or before the words of the item ("Päätösehdotus Aluehallitus päättää")."""
    forms = [f for c in registry.scheme(scheme).concepts if c.key == "minute-label" for f in c.surface_forms()]
    written = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^[\s#*_]*(?:{written})(?:\s*:|\s*$|\s+(?=[A-ZÅÄÖ]))")


#: The year or years a title is for, after its label: "Riskit vuodelle 2025", "Risker för 2025", "Risks 2025".
_FOR_YEAR = re.compile(
    r"\s+(?:för\s+|for\s+|vuodelle\s+|vuonna\s+)?\(?\d{4}(?:\s*[–—/-]\s*\d{2,4})?\)?:?$", re.I
)


def _other_title(chunk: Chunk) -> bool:
    """A title of its own line naming another section or a light's dimension for a year ("Riskit vuodelle 2025",
    "Kustannukset 2024"), as the goals' own title does ("Tavoitteet vuodelle 2025"): the goals above it have ended."""
    text = chunk.text.strip().strip("*_#:").strip()
    bare = _FOR_YEAR.sub("", text)
    if not _titled(chunk) or bare == text:
        return False  # a subtitle without its year groups goals ("Staff", "**Kustannukset**": R15-20)
    found = match_heading(bare) if bare else None
    return (found is not None and found[0] not in ("goals", "goal-results")) or (
        bare != "" and match_light(bare) is not None
    )


def _minute_label(text: str) -> bool:
    """A minute's label opens the chunk: the goals of a minute's item end where its proposal or presenter begins."""
    return _minute_labels("meeting-line").match(text) is not None


#: A decision's lead on a line of its own: whose proposal it is ("Ehdotus", "Hyvinvointialuejohtajan ehdotus:",
#: "Direktörens förslag:", "The director's proposal:"), who decides ("Aluehallitus päättää", "Styrelsen beslutar",
#: "The board resolves:") or both ("Ehdotus: Aluehallitus päättää"): the decision's numbered items below ("1. hakea
#: …, 2. valtuuttaa …") are no goals, wherever the lead stands (after a table, the first chunk read again).
_WORDS = r"(?:[^\W\d][\w'’-]*\s+){0,3}"
_PROPOSAL = rf"{_WORDS}(?:ehdotus|esitys|päätösehdotus|förslag|förslag\s+till\s+beslut|proposal)\s*:?"
_DECIDE = rf"{_WORDS}(?:päättää|päätti|esittää|beslutar|beslöt|föreslår|resolves|resolved|decides|decided)\s*:?"
_DECIDES = re.compile(rf"^[\s#*_]*(?:{_PROPOSAL}(?:\s+{_DECIDE})?|{_DECIDE})[\s*_]*$", re.I)


def _amounts(table: Element) -> bool:
    """A table of amounts: most of its rows after the first hold a sum of money."""
    body = table.rows[1:]
    with_sums = sum(1 for row in body if any(_AMOUNT.match(cell.strip()) for cell in row))
    return len(body) >= 2 and 2 * with_sums > len(body)


#: A section's number in its heading and the mark after it ("3. Tavoitteet", "2 Tavoitteiden toteutuminen").
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})(\.?)\s+\S")
#: A numbered line that may head a section: "4. Kustannukset (kumulatiivinen, euroa)", "4 Toteutuneet
#: kustannukset" (the headings numbered without a full stop, as the goals heading is).
_NUMBERED_LINE = re.compile(r"^\s*(?P<n>\d{1,2})(?P<mark>[.)]?)\s+(?P<title>[A-ZÅÄÖ].{2,80})$")


def in_section(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks of a goals section up to the next section's heading that the vocabulary does not know:
    "3. Tavoitteet" ends at a short line numbered "4." ("4. Talous ja henkilöstö", "4. Liikennevalot
    hankkeen päättyessä") unless that line goes on a list of goals numbered alike ("1. … 3. …" then
    "4. …"); and any goals section has ended where a table of amounts stands between its heading and
    chunks that begin with a title of no goal (a page's "Kustannukset vuosittain (€)" table, then "Muut
    hankkeet" over a list of other projects, under headings the vocabulary does not know)."""
    if not chunks:
        return chunks
    # after the section's first chunk: a label opening it is its lead ("Perustelut: …" over the goal list)
    minute = next(
        (
            i
            for i, chunk in enumerate(chunks)
            if (i and _minute_label(chunk.text)) or _DECIDES.match(chunk.text)
        ),
        None,
    )
    chunks = chunks if minute is None else chunks[:minute]  # "Päätösehdotus" / "Aluehallitus päättää 1) …"
    if not chunks:
        return chunks
    other = next((i for i, chunk in enumerate(chunks) if i and _other_title(chunk)), None)
    chunks = chunks if other is None else chunks[:other]  # "Riskit vuodelle 2025" after the goals of the year
    if not chunks:
        return chunks
    over = _heading_over(ctx, chunks)  # "## 4. Koulutuspäivän ohjelma" after "## 3. Tavoitteet"
    chunks = chunks if over is None else chunks[:over]
    if not chunks:
        return chunks
    measures = next((i for i, chunk in enumerate(chunks) if _measures_title(chunk)), None)
    if measures is not None:
        chunks = chunks[:measures]  # "Tavoitteiden mittarit" over a list: the goals' measures, no goals
        if not chunks:
            return chunks
    heading = None
    for element in ctx.seg.elements:
        if element.first >= chunks[0].first:
            break
        if element.type == "heading":
            heading = element
    if heading is None:
        return chunks
    if _titled(chunks[0]) and any(
        _amounts(e) for e in ctx.seg.elements if heading.first < e.first < chunks[0].first and e.type == "table"
    ):
        return []  # a cost table since the goals heading, then a title: another topic, unannounced
    number = _SECTION_NUMBER.match(heading.text)
    if number is None:
        return chunks
    section, style = int(number.group(1)), number.group(2)
    # A numbered line between the heading and these chunks (before a table) ended it already.
    before = [
        e.text for e in ctx.seg.elements if heading.first < e.first < chunks[0].first and e.type == "text"
    ]
    if any(_next_heading(text, section, None, style) for text in before):
        return []
    last: tuple[int, str] | None = None  # the number and mark of the list item before
    for i, chunk in enumerate(chunks):
        item = re.match(r"^\s*(\d{1,2})([.)]?)\s", chunk.text)
        if item is None:
            continue
        first_line = ctx.doc.lines[chunk.first - 1] if 0 < chunk.first <= len(ctx.doc.lines) else chunk.text
        if _next_heading(chunk.text, section, last, style) or _next_heading(first_line, section, last, style):
            return chunks[:i]  # "3. Riskit" and the paragraph under it, joined into one chunk
        last = (int(item.group(1)), item.group(2))
    return chunks


def _heading_over(ctx: Context, chunks: list[Chunk]) -> int | None:
    """The first chunk (after the first) that the document marks as a heading of the goals heading's level or
    above (a markdown "##", an HTML h2, a slide's title) and that names no goal: another topic the vocabulary
    does not know ("## 4. Tukihenkilöiden koulutuspäivä", a slide "Päätettävät asiat"). A deeper heading ("###
    Kotihoito" under "## Tavoitteet") goes on the goals, as do a subsection numbered under the goals heading's
    number ("## 3.1 X" under "## 3 Tavoitteet") and a heading with its status below it (a goal as a heading). A
    document whose goals begin with such a heading flattens its levels: none then, nor without the goals
    heading's level."""
    levels = ctx.doc.headings
    above = [e for e in ctx.seg.elements if e.type == "heading" and e.first < chunks[0].first] if levels else []
    level = levels.get(above[-1].first) if above else None
    if level is None or levels.get(chunks[0].first, level + 1) <= level:
        return None
    number = _SECTION_NUMBER.match(above[-1].text.lstrip("#* "))
    own = re.compile(rf"^[\s#*_]*{number.group(1)}\.\d") if number else None
    first = True
    for i, chunk in enumerate(chunks[1:], 1):
        title = chunk.text.split("\n")[0]
        if levels.get(chunk.first, level + 1) > level or _GOAL_WORD.search(title):
            continue
        if first and chunks[i - 1].text.rstrip().endswith(":"):
            return (
                None  # a lead above the first ("Hankkeen tavoitteet teemoittain:"): the goals' themes (R13-6)
            )
        first = False
        if (own is not None and own.match(title)) or (i + 1 < len(chunks) and line_status(chunks[i + 1].text)):
            continue
        return i
    return None


def _next_heading(text: str, section: int, last: tuple[int, str] | None, style: str = ".") -> bool:
    """A short line numbered as the section after ``section``, not going on the list before it: numbered
    "N." as such headings are, or as the goals section's own heading is ("3 Tavoitteet" … "4 Kustannukset")."""
    m = _NUMBERED_LINE.match(text.strip())
    if m is None:
        return False
    n, mark, title = int(m.group("n")), m.group("mark"), m.group("title").strip()
    return (
        n == section + 1
        and mark in {".", style}
        and last != (n - 1, mark)
        and len(title.split()) <= 8
        and not re.search(r"[a-zåäö]\.$", title)
    )
