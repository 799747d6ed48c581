"""Innokylä toimintamalli pages and their tabs: the fields of the form, the whole it belongs to,
and a tab saved as a page of its own.

A toimintamalli (an operating model) page names the kokonaisuus it belongs to
("Toimintamallin kokonaisuus"), where it is carried out ("Toteutuspaikka",
"Paikkakunta, maakunta tai hyvinvointialue") and who wrote it ("Tekijä", a person:
kept only to scrub quotes). Its tabs ("Kehittämisen polku", "Arviointi") are often
saved as pages of their own, titled with the toimintamalli's name above a tab
strip ("Perustiedot | Kehittämisen polku | Arviointi"): such a page describes the
same toimintamalli (the same project node) and records that it is one of its tabs.
The intended change of the development path ("Tavoiteltu muutos") states the
toimintamalli's goals, one a paragraph.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest.facts.context import Context, Family, FieldHook
from hankegraafi.ingest.facts.identity import last_crumb
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.namesites import BELONGS, WHOLE_ROW
from hankegraafi.ingest.facts.partlists import read_own_part_words
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.projectname import names_another
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences
from hankegraafi.ingest.generictitle import name_before_hanke, site_word
from hankegraafi.ingest.segment import Element

INNOKYLA = "innokyla-page"
#: The tab names of a toimintamalli page (fi/sv), as its tab strip lists them.
_TABS = re.compile(
    r"\b(?:perustiedot|kehittämisen polku|arviointi|grunduppgifter|utvecklingsstigen|utvärdering"
    # the newer template's first tab is the model itself, its last the rooting: "Toimintamalli | Kehittämisen
    # polku | Arviointi | Juurruttaminen", "Verksamhetsmodell | Utvecklingsstigen | Utvärdering"
    r"|toimintamalli|juurruttaminen|verksamhetsmodell|förankring|operating model|development path|evaluation)\b",
    re.I,
)


def tab_strip(text: str) -> bool:
    """A line listing two or more tabs of a toimintamalli ("Perustiedot | Kehittämisen polku | Arviointi",
    "Perustiedot    Kuvaus    Toteutus    [Arviointi]", the current tab in brackets); of an element of
    several lines, any line (a strip the reader joined to the fact row above it)."""
    if len(text) > 400:
        return False
    for line in text.split("\n"):
        # a Markdown export's tabs are links: "[Perustiedot](../) | **Arviointi**"
        line = _MD_LINK.sub(r"\1", line)
        parts = [p.strip(" *_[]") for p in re.split(r"[|•·>\t]|\s{2,}", line) if p.strip(" *_[]")]
        if len(parts) == 1:  # the spaces between the tabs collapsed: "Perustiedot Kuvaus [Arviointi] Resurssit"
            words = [w.strip("[]*_") for w in line.split()]
            parts = words if all(w[:1].isupper() for w in words) else parts
        if len(parts) >= 2 and sum(1 for p in parts if _TABS.fullmatch(p)) >= 2:
            return True
    return False


#: A fact row: a label of one to three words, a colon and its value ("Kokonaisuus: X", "Rahoittaja: STM").
_FACT_ROW = re.compile(r"^[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}:\s+\S")
_MD_LINK = re.compile(r"\[([^\]\n]{1,80})\]\([^)\n]{0,200}\)")
#: A sentence of five words or more: a lead under a page's name, no name.
_LEAD = re.compile(r"^(?:\S+\s+){4,}\S*[^\W\d_]\.$")


def _one_tab(text: str) -> bool:
    """A line naming one tab: the item of a tab strip saved as a list ("- Kehittämisen polku")."""
    return _TABS.fullmatch(BULLET.sub("", text).strip()) is not None


def tab_page_title(elements: list[Element]) -> Element | None:
    """The title of a tab saved as a page: the line above its tab strip near the top, or None.

    The strip is one line ("Perustiedot | Kehittämisen polku | Arviointi") or, saved from
    an HTML list, two or more lines of one tab each."""
    texts = [e for e in elements[:10] if e.text.strip()]
    for index, element in enumerate(texts):
        listed = _one_tab(element.text) and index + 1 < len(texts) and _one_tab(texts[index + 1].text)
        if tab_strip(element.text) or listed:
            # A list item above the strip is one of its tabs ("- Perustiedot" / "- Kuvaus" over "- Arviointi").
            above = [
                e
                for e in texts[:index]
                if not tab_strip(e.text) and len(e.text) <= 120 and not BULLET.match(e.text)
            ]
            # The model's short description under its name ("Fysioterapeutin ohjaama kuntoutusjakso kotona
            # videoyhteydellä.", a page's lead) is a sentence; the name above it is none.
            # Nor is a fact row between the name and the strip ("Kokonaisuus: X -hanke | Rahoittaja: STM").
            named = [
                e for e in above if not _LEAD.search(e.text.strip()) and not _FACT_ROW.match(e.text.strip())
            ]
            chosen = (named or above)[-1] if above else None
            if chosen is not None and site_word(last_crumb(chosen.text.strip()) or chosen.text.strip()):
                return _name_below(texts[index + 1 :]) or chosen  # "Innokylä > Kokonaisuudet" over the strip
            return chosen
    return None


def _name_below(texts: list[Element]) -> Element | None:
    """The page's name under its tab strip when the trail above the strip ends in the site's section
    ("Innokylä > Kokonaisuudet" / "[Perustiedot] Toimintamallit Arviointi" / "X"): the first short line
    below the strip that is no tab, lead sentence, fact row or list item; None if the next line is none."""
    for element in texts[:2]:
        text = element.text.strip()
        if tab_strip(text) or _one_tab(text):
            continue
        if len(text) <= 120 and not (_LEAD.search(text) or _FACT_ROW.match(text) or BULLET.match(text)):
            return element if not site_word(text) else None
        return None
    return None


def _begin(ctx: Context, elements: list[Element]) -> None:
    """A tab page is an Innokylä page about the toimintamalli its title names."""
    # first of the families of mine: the document's own word for its parts, read by every later one
    read_own_part_words(elements)
    title = tab_page_title(elements)
    if title is None or ctx.root is not None or site_word(title.text.strip(" #*_")):
        return  # "Sisällys" over "- Toimintamalli" / "- Arviointi": a report's contents, no page's tabs
    name = last_crumb(title.text.strip()) or title.text.strip()  # "Innokylä › Toimintamallit › X": X
    span = Span(title.first, title.last, title.text.strip())
    ctx.seg.kind = ctx.result.kind = INNOKYLA
    ctx.root = ctx.new_project("project", name, span)
    ctx.result.title = name
    ctx.result.title_span = span
    ctx.result.tab_of = name
    ctx.vote_region(name, 5)


def _part_of(ctx: Context, element: Element, value: str, span: Span) -> None:
    """'Toimintamallin kokonaisuus': the toimintamalli is a part of that whole (a project of its own)."""
    name = value.strip().split("\n")[0].strip()
    if not name or placeholder(name):
        return
    own = ctx.root
    whole = ctx.new_project("project", name, span)
    if own is not None and own is not whole and own.parent is None:
        own.parent = whole
    ctx.vote_region(name, 5)


def _place(ctx: Context, element: Element, value: str, span: Span) -> None:
    """Where the model is carried out: its county and municipalities (the places family links those)."""
    if value:
        ctx.vote_region(value, 5)


#: The lines under each document's "Tavoiteltu muutos" heading (the segmenter files it under goals).
_CHANGE_LINES: weakref.WeakKeyDictionary[Context, set[int]] = weakref.WeakKeyDictionary()
_INTENDED_CHANGE = re.compile(r"^(?:tavoiteltu muutos|eftersträvad förändring|intended change)\b", re.I)


def _change_lines(elements: list[Element]) -> set[int]:
    lines: set[int] = set()
    inside = False
    for element in elements:
        if element.type == "heading":
            inside = bool(_INTENDED_CHANGE.match(element.text.strip()))
        elif inside and element.type == "text":
            lines.update(range(element.first, element.last + 1))
        elif element.type != "text":
            inside = False
    return lines


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """The intended change of the development path: each paragraph states a goal of the model."""
    lines = _CHANGE_LINES.get(ctx)
    if lines is None:
        lines = _CHANGE_LINES[ctx] = _change_lines(ctx.seg.elements)
    if ctx.section != "intended-change" and not any(c.first in lines for c in chunks):
        return
    for chunk in chunks:
        if chunk.first not in lines and ctx.section != "intended-change":
            continue
        text = BULLET.sub("", chunk.text).strip()
        if not text or placeholder(text) or text.endswith(":"):
            continue
        first = sentences(text)[0]
        project.goals.append(Goal(first[:500], "unknown", None, chunk.span))


#: The whole named in a tab page's text: "X -hankkeen varoilla", "Kokonaisuuden X väliraportin mukaan"
#: (the name ends at its last capitalised word, before the lower-case word it is the genitive of).
_WHOLE_IN_TEXT = re.compile(
    r"\b(?:[Kk]okonaisuude(?:n|lle|ssa|sta)|[Hh]ankkee(?:n|lle|ssa|sta))\s+"
    r"(?P<name>[A-ZÄÖÅ][^,.;:()]{2,80}?[A-ZÄÖÅ0-9][\w-]*)(?=\s+[a-zåäö])"
)


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """A tab page saved alone, whose form gave no whole ("Toimintamallin kokonaisuus" is on the
    main tab): the project its text names as the model's source of money or report is the whole
    the toimintamalli belongs to ("Tabletit hankittiin X -hankkeen varoilla"); one named as worked
    with, continued or earlier ("yhdessä X-hankkeen kanssa") is not."""
    root = ctx.root
    if root is None or root.parent is not None or names_another(sentence):
        return
    said = WHOLE_ROW.match(sentence.strip()) or BELONGS.search(sentence)
    if said is not None:
        name = said.group("name").strip()
        if len(name) >= 4 and _bare(name) != _bare(root.name):
            whole = ctx.new_project("project", name, Span(chunk.first, chunk.last, sentence))
            if whole is not root:
                root.parent = whole  # "Kokonaisuus X -hanke", "Toimintamalli kuuluu kokonaisuuteen X"
        return
    if ctx.result.tab_of is None:
        return
    found = _WHOLE_IN_TEXT.search(sentence)
    name = found.group("name") if found is not None else name_before_hanke(sentence)
    if name is None or len(name) < 4 or name.casefold().startswith(root.name.casefold()):
        return
    whole = ctx.new_project("project", name, Span(chunk.first, chunk.last, sentence))
    if whole is not root:
        root.parent = whole


def _bare(name: str) -> str:
    """A name folded, without its project word at the end ("X -hanke" and "X" name one project)."""
    return re.sub(r"\s*-?\s*(?:hanke|projektet|projekti|project)$", "", name.strip().casefold())


#: A model page's fact row whose label is the bare word of the whole, a cell apart from its value:
#: "Kokonaisuus | Perhekeskus Keski-Suomi 2025", "Helhet | X" (no project word needed: the row says it).
_WHOLE_CELL = re.compile(
    r"^\W*(?:kokonaisuus|helhet|entity)\W*(?:\t|\s*\|\s*)\W*(?P<name>(?-i:[A-ZÄÖÅ])[^\t|]{2,100}?)\W*$", re.I
)
#: The name field of a model's page ("Toimintamallin nimi", "Verksamhetsmodellens namn").
_MODEL_NAME = re.compile(
    r"^\W*(?:toimintamallin nimi|verksamhetsmodellens namn|name of the operating model)\b", re.I
)


def _whole_cell(ctx: Context, line: str) -> re.Match[str] | None:
    """The whole a model page's row names by its bare word (:data:`_WHOLE_CELL`), on a page that names its
    model in a model's name field; a kokonaisuus page's own "Kokonaisuus | X" is its own name."""
    said = _WHOLE_CELL.match(line.strip())
    if said is None or not any(_MODEL_NAME.match(text) for text in ctx.doc.lines[:60]):
        return None
    return said


def _finish(ctx: Context) -> None:
    """A model's fact row naming its whole ("Kokonaisuus X -hanke", "Kokonaisuus | X" under a model's name
    field) that the segmenter read into another field's value (the tab list's "- Liitteet" above it) or
    as a table's row: looked for on the page's first lines."""
    root = ctx.root
    if root is None or root.parent is not None:
        return
    for number, line in enumerate(ctx.doc.lines[:60], start=1):
        said = WHOLE_ROW.match(line.strip()) or _whole_cell(ctx, line)
        name = said.group("name").strip() if said is not None else ""
        if len(name) >= 4 and _bare(name) != _bare(root.name):
            whole = ctx.new_project("project", name, Span(number, number, line.strip()))
            if whole is not root:
                root.parent = whole
            return


_FIELDS: dict[str, FieldHook] = {"part-of": _part_of, "place": _place}

FAMILY = Family("innokyla", begin=_begin, fields=_FIELDS, chunks=_chunks, sentence=_sentence, finish=_finish)
