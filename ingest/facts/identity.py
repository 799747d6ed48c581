"""Identity and hierarchy: the project's name and parts, title block, lifecycle, dates and links.

A report's investments start at a "Hankkeen / Projektin nimi" field or an
"Investointi N" heading (the context keeps the hierarchy); this family reads the
title lines above the first label, the fields that describe the project itself,
and at the end gives each top-level project its programme.
"""

from __future__ import annotations

import re
import weakref
from datetime import date

from hankegraafi.ingest.domain import PROJECT_WORDS
from hankegraafi.ingest.entities import Mention
from hankegraafi.ingest.facts.captionnames import caption_name
from hankegraafi.ingest.facts.context import Context, Family, FieldHook
from hankegraafi.ingest.facts.funding import programme_as_funder
from hankegraafi.ingest.facts.goalforms import status_of
from hankegraafi.ingest.facts.goals import answer_status
from hankegraafi.ingest.facts.headrows import paged_head, running_head
from hankegraafi.ingest.facts.leadname import settle_lead_name
from hankegraafi.ingest.facts.meetinglines import meeting_title_name
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.names import plain_case
from hankegraafi.ingest.facts.namesites import (
    beside_kind,
    crumb_tab,
    defined_owner,
    kind_part,
    only_set_aside,
    owner_name,
    page_kind,
    question_line,
    settle_asides,
    settle_title,
    subject_segments_name,
    without_aside,
)
from hankegraafi.ingest.facts.outline import title_places
from hankegraafi.ingest.facts.partscopes import own_part_caption
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.programmelines import (
    PROGRAMME_TAIL,
    SEPARATORS,
    part_field,
    programme_line,
    programme_name,
    project_value,
    repeated_label,
)
from hankegraafi.ingest.facts.projectname import clause_under_kind, kind_line, no_name, prose, title_name
from hankegraafi.ingest.facts.text import Chunk, parse_date, parse_period
from hankegraafi.ingest.generic import name_beside_description
from hankegraafi.ingest.generictitle import site_menu, site_word, subject_named
from hankegraafi.ingest.namecuts import subject_name, unquoted, unquoted_head, without_period
from hankegraafi.ingest.paragraphs import broken_line
from hankegraafi.ingest.segment import Element, best_label, norm_label
from hankegraafi.ingest.titlewords import SUBJECT_LINE, unframed
from hankegraafi.ontology import registry


def lifecycle(value: str) -> str | None:
    """The lifecycle status a "Tila" or "Vaihe" value names, by the labels of the lifecycle scheme."""
    table = {c.key: c.surface_forms() for c in registry.lifecycle_statuses()}
    return best_label(norm_label(value), table, cutoff=0.8)


_URL = re.compile(r"https?://[^\s<>()]+")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|png|jpe?g|txt|zip)$", re.I)


#: A line that goes on with the name above it: starts in lower case, short, no label, no sentence.
_NAME_TAIL = re.compile(r"^(?-i:[a-zåäö])[^\t:]{1,79}$")


def join_wrapped_names(elements: list[Element]) -> None:
    """A name field whose value a PDF or a narrow form broke onto the next line takes that line back.

    "Hanke: X, Investointi 2: Digitaaliset" / "palvelut ja etävastaanotto": the second line
    starts in lower case right below the field, with no label of its own and no sentence
    end, so it is the rest of the name, not text of the document. Cost tables and lights
    are then filed under the whole name.
    """
    _unwrap_labelled_values(elements)
    index = 0
    while index + 1 < len(elements):
        field, tail = elements[index], elements[index + 1]
        text = tail.text.strip()
        if (
            field.type == "field"
            and field.key == "name"
            and field.value.strip()
            and "\n" not in field.value
            and not field.value.rstrip().endswith((".", ")"))
            and tail.type == "text"
            and tail.first == tail.last == field.last + 1
            and _NAME_TAIL.match(text)
            and not text.endswith((".", "!", "?"))
            and len(text.split()) <= 8
        ):
            field.value = f"{field.value.rstrip()} {text}"
            field.text = f"{field.text.rstrip()} {text}"
            field.last = tail.last
            del elements[index + 1]
        index += 1


#: A line that is a label and its value of its own: "Hankekoodi:<TAB>S31874", "Hankenumero: TSK-0417".
_LABELLED = re.compile(r"^[^\t:]{2,40}:(?:\s*\t|\s+)\s*\S")


def _unwrap_labelled_values(elements: list[Element]) -> None:
    """A block label ("1 Hanke", "Hanke") read as the name field whose value is the next line, when
    that line is a label and value of its own ("Hankekoodi:<TAB>S31874"): the label is a heading and
    the line stays a line, so that the real name field below names the project."""
    for field in list(elements):
        if (
            field.type == "field"
            and field.key == "name"
            and field.first != field.last
            and "\n" not in field.value
            and _LABELLED.match(field.value.strip())
        ):
            at = elements.index(field)
            elements[at : at + 1] = [
                Element("heading", field.first, field.first, field.text),
                Element("text", field.last, field.last, field.value.strip()),
            ]


#: The site each page names alone on its first title line ("Innokylä"): its chrome ("Innokylä | Tietosuoja")
#: names where the page is published, no service the work relies on (as ``mentioned.site_of`` for its kind).
_SITES: weakref.WeakKeyDictionary[Context, set[str]] = weakref.WeakKeyDictionary()


def title_block(ctx: Context, elements: list[Element]) -> None:
    """Programme, project name, county and date from the lines before the first label."""
    join_wrapped_names(elements)
    block: list[Element] = []
    name_field = any(e.type == "field" and e.key == "name" for e in elements)  # a name field names it
    for element in elements:
        if element.type == "table" and element.first == element.last and site_menu(element.text):
            continue  # a site's menu above the page's name ("Toimintamallit<TAB>Kokonaisuudet<TAB>…")
        if not name_field and (cells := running_head(element) or paged_head(element)):
            # "Owner<TAB>Kind 2/2023", "KIND<TAB>Name" above the text: each cell is a line of the title
            block.extend(Element("text", element.first, element.last, cell) for cell in cells)
            continue
        if element.type != "text" or prose(element.text):
            break  # a title stands above the first label and the first paragraph of running text
        block.append(element)
    if ctx.seg.kind == "innokyla-page":
        block = []
    lines = ctx.doc.lines  # a line of a paragraph the export broke is no title
    title_lines = [
        e
        for e in block
        if len(e.text) <= 100 and not e.text.endswith(".") and not broken_line(lines, e.first, e.last)
    ]
    title_lines = title_places(ctx.doc, title_lines, lambda e: e)  # a page's bar above its <h1>: no title
    subject: tuple[Element, str] | None = (
        None  # a message's subject naming the project (generictitle.subject_named)
    )
    for index, element in enumerate(title_lines[:12]):
        text = unquoted_head(unframed(element.text))  # "== Owner | X | Kind ==": a plain-text title bar
        under_kind = index > 0 and kind_line(unquoted_head(unframed(title_lines[index - 1].text)))
        code = re.match(r"^(?P<id>RRP[\d.]+)\s*[-–]\s*(?P<name>.+)$", text)
        if code:
            span = Span(element.first, element.last, text)
            ctx.vote_region(code.group("name"), 5)
            ctx.start_investment(code.group("name"), "", span, False)
            ctx.investment.identifier = code.group("id")  # type: ignore[union-attr]
            ctx.result.title = ctx.result.title or text
            ctx.result.title_span = ctx.result.title_span or span
            continue
        mentions = ctx.gaz.find(text.capitalize() if text.isupper() else text)  # a cover page's capitals
        whole = mentions[0] if len(mentions) == 1 and len(mentions[0].surface) >= len(text) - 2 else None
        core = PROGRAMME_TAIL.sub("", text)  # "X -ohjelma 2020–2023", "Programmet … – pelare 4"
        if whole is None and core != text:
            found = ctx.gaz.find(core)
            whole = found[0] if len(found) == 1 and len(found[0].surface) >= len(core) - 2 else None
        series = (
            programme_line(text.capitalize() if text.isupper() else text, mentions) if whole is None else None
        )
        if parse_date(text) and len(text) <= 12:
            ctx.result.issued = ctx.result.issued or parse_date(text)
        elif whole is not None and whole.entry.type == "programme":
            ctx.pending_programme = whole.entry
        elif series is not None:
            ctx.pending_programme = ctx.pending_programme or series  # the programme's heading above the form
        elif (whole is not None and whole.entry.type in ("county", "organisation", "national-actor")) or (
            _organisation_line(text, mentions)
        ):
            ctx.vote_region(text, 5)
        elif whole is not None and whole.entry.type == "service" and _site_line(elements, element, lines):
            _SITES.setdefault(ctx, set()).add(str(whole.entry.iri))  # the site the page is published in
            continue  # a site's name alone ("Innokylä" above the page's kind and name): no project's
        elif kind_line(text):
            continue  # "Osavuosikatsaus H1/2024": the report's kind and period
        elif ctx.root is None and ctx.investment is None and (met := meeting_title_name(text)) is not None:
            _title_root(ctx, element, met)  # "X – ohjausryhmän kokous 3/2024", "Styrgruppen för projektet X"
        elif ctx.root is None and ctx.investment is None and (named := _beside_kind(ctx, text)) is not None:
            _title_root(
                ctx, element, without_period(named)
            )  # "X – tilanneraportti 1/2025", "Aihe: X: väliraportti 2/2024"
        elif re.search(
            r"loppuraportti|tilanneraportti|väliraportti|hankesuunnitelma|NextGeneration|rahoittama|"
            r"sisällysluettelo|lägesrapport|mellanrapport|slutrapport|^projektplan\b|[\s-]ohjelma$|[\s-]programmet$",
            core,
            re.I,
        ):
            continue  # the document's kind, or the programme it reports to: not the project's name
        elif (
            under_kind
            and not name_field
            and ctx.root is None
            and ctx.investment is None
            and clause_under_kind(text)
        ):
            _title_root(
                ctx, element, text
            )  # "Loppuraportti" / "Vastaanotto uudistuu X:lla": a name, no headline
        elif (said := subject_named(ctx, text)) is not None:
            subject = subject or (
                element,
                said,
            )  # "Subject: X – longer at home": the title, if the body has none
        elif (
            no_name(text)
            or _run_on(text)
            or only_set_aside(ctx, text)
            or kind_part(text)
            or question_line(text)
            or _bare_part(text)
            or owner_name(text.capitalize() if text.isupper() else text)  # "ÖSTERBOTTENS VÄLFÄRDSSAMKOMMUN"
        ):
            continue  # a message's header, a minute's §, a headline or a part's page: the text names the project
        elif 0 < element.first <= len(lines) and site_menu(lines[element.first - 1]):
            continue  # a site's menu on one line ("Toimintamallit   Kokonaisuudet   Verkostot")
        elif ctx.root is None and ctx.investment is None and re.search(r"[A-Za-zÄÖ]{3}", text):
            # "Etusivu > Hankkeet > X": the page's own name; "Taulukko 1. X: perustiedot": X
            named = last_crumb(text) or caption_name(text)
            if subject is not None and named is None:
                continue  # a plain line under a message's subject naming the project ("Partners"): the subject's
            text = named or text
            _title_root(
                ctx,
                element,
                name_beside_description(ctx, text) or without_period(title_name(plain_case(ctx, text))),
            )
    if subject is not None and ctx.root is None and ctx.investment is None and not name_field:
        _title_root(ctx, *subject)
        if not PROJECT_WORDS.search(subject[1]):
            SUBJECT_LINE[ctx] = subject[0].first  # maybe the message's topic: the lead's name replaces it
    if not name_field:
        _caption_root(ctx, elements)  # a caption names the project only where no name field does (R18-5)


def _site_line(elements: list[Element], element: Element, lines: list[str]) -> bool:
    """A service's name alone is the page's site when it is the first line and the site's menu or the page's
    kind alone comes next ("Innokylä" over "Kokonaisuus"); "Omaolo" over a project's heading is a service."""
    if element is not elements[0] or len(elements) < 2:
        return False
    after = elements[1]
    return page_kind(after.text) or (0 < after.first <= len(lines) and site_menu(lines[after.first - 1]))


def _bare_part(text: str) -> bool:
    """A part's word and number alone ("Osahanke 2", "Delprojekt 3"): the title of a part's page, whose
    whole the text names ("X -hanke (…) on …"); the part itself is the walk's."""
    part = match_part_line(text)
    return (part is not None and not part[3]) or own_part_caption(text)


#: The fewest words of a line in lower case that is running text whatever its punctuation.
_RUN_ON_WORDS = 6


def _run_on(text: str) -> bool:
    """A line of a message's text after its greeting, in lower case and holding a sentence's end, ending
    in a colon or long ("thank you for yesterday's meeting. The main points:", "thanks for a good meeting
    yesterday 🙂 Here are the notes of …"): no title."""
    return text[:1].islower() and (
        re.search(r"[.!?]\s", text) is not None or text.endswith(":") or len(text.split()) >= _RUN_ON_WORDS
    )


#: Between the items of a breadcrumb: "Etusivu > Hankkeet > X", "Framsida › Projekt › X".
_CRUMB = re.compile(r"\s+[>»›]\s+")


def last_crumb(text: str) -> str | None:
    """The last item of a breadcrumb, the page's own name: the items before it are a site's sections,
    short (three words at most); the last names the project the page is about."""
    items = [item.strip() for item in _CRUMB.split(text.strip())]
    if (
        len(items) >= 3
        and crumb_tab(items[-1])
        and not _tab_item(items[-2])
        and re.search(r"[A-Za-zÅÄÖåäö]{3}", items[-2])
        and all(0 < len(item.split()) <= 3 for item in items[:-2])
    ):
        return items[-2]  # "Etusivu > Toimintamallit > X > Arviointi": the page is a tab (a known section) of X
    if len(items) < 2 or not all(0 < len(item.split()) <= 3 for item in items[:-1]):
        return None
    return items[-1] if re.search(r"[A-Za-zÅÄÖåäö]{3}", items[-1]) else None


def _tab_item(item: str) -> bool:
    """A breadcrumb's item that is a page's tab or section ("Arviointi", "Kehittämisen polku"), or a site's
    section word ("Toimintamallit", "Etusivu"): no page's own name."""
    return crumb_tab(item) or site_word(item)


def _caption_root(ctx: Context, elements: list[Element]) -> None:
    """A report whose title lines named no project, named by a caption near the top (``caption_name``):
    the caption may stand under the form's first heading ("Perustiedot"), below the title block."""
    if ctx.root is not None or ctx.investment is not None:
        return
    for element in elements[:15]:
        name = caption_name(element.text) if element.type == "text" and "\n" not in element.text else None
        if name is not None:
            _title_root(ctx, element, name)
            return


def _title_root(ctx: Context, element: Element, name: str) -> None:
    """The project a title line names: the document's root, under the programme named above it."""
    span = Span(element.first, element.last, element.text.strip())
    ctx.root = ctx.new_project("project", name, span)
    ctx.result.title = name
    ctx.result.title_span = span
    ctx.vote_region(name, 5)
    if ctx.pending_programme is not None:
        ctx.root.programme = ctx.pending_programme


def _beside_kind(ctx: Context, text: str) -> str | None:
    """The project's name beside the report's kind on a title line or a message's subject
    (namesites.beside_kind): capitalised, no header or clause, not only a name the vocabularies know."""
    subject = subject_name(text)  # "Aihe: X: tilanneraportti 1/2023" less its label
    name = beside_kind(subject) or subject_segments_name(text)  # "Aihe: Kind: X (RRF), ohjausryhmä 14.3."
    if name is None or no_name(name) or not (name[:1].isupper() or name[:1].isdigit()):
        return None
    known = ctx.names.known(name)
    if (len(known) == 1 and len(known[0].surface) >= len(name) - 2) or defined_owner(ctx, name):
        return None  # "Lapin hyvinvointialue – Loppuraportti", "Hyvil | Loppuraportti": the owner
    return plain_case(ctx, name) if name.isupper() else name


#: A name in a local case, the place where a project works ("Etäkuntoutus Pohjois-Savossa", "Kotiin Kainuussa"):
#: an owner's line names it in the nominative or the genitive (test38 oi03; tune u2350).
_LOCAL_CASE = re.compile(r"(?:ss|st|ll|lt)[aä]$")


def _organisation_line(text: str, mentions: list[Mention]) -> bool:
    """A title line that names the organisation behind the document, not its project:
    a county's or organisation's names beside each other ("X välfärdsområde · Y
    hyvinvointialue") or one with its short name ("X hyvinvointialue – Keusote"). At most
    one word besides the known names, and only a capitalised or upper-case one."""
    known = [m for m in mentions if m.entry.type in ("county", "organisation", "national-actor")]
    known = [m for m in known if not _LOCAL_CASE.search(m.surface)]  # "X Pohjois-Savossa": a place, no owner
    if not known:
        return False
    rest = text
    for m in sorted(known, key=lambda m: -len(m.surface)):
        rest = rest.replace(m.surface, " ")
    words = [w for w in SEPARATORS.split(rest) if w]
    if len(words) > 1 or len(text) - len(rest.strip()) < len(text) / 2:
        return False
    return not words or (words[0][:1].isupper() and len(words[0]) <= 12 and words[0] != text.strip())


#: An investment's number, not inside a bracketed code after the name ("X (Pilari 4, Investointi 1)").
_INVESTMENT = re.compile(r"\bInvestointi\s+\d")


def _investment(value: str) -> bool:
    """The name field names an investment ("X, Investointi 2"); a code in brackets after a name is
    the programme's line of the project, its aside (settle_asides), no investment of it."""
    return _INVESTMENT.search(without_aside(value)) is not None


def _name(ctx: Context, element: Element, value: str, span: Span) -> None:
    """A name field starts the project, or an investment of it once the project is named."""
    if not value:
        return
    value = unquoted(value)  # ``projekt: "X",``: X
    ctx.vote_region(value, 5)
    value = without_period(value)
    root = ctx.root
    if root is not None and ctx.investment is None and _same_name(root.name, value):
        # The title ("Loppuraportti: X", a page's heading) already named it: the field's
        # wording is the name, no investment of a project named twice.
        if _bare_name(value) != _bare_name(root.name) or len(value) < len(root.name):
            root.name, root.path, root.span = value, (value,), span
        return
    programme = programme_name(root.name, ctx.gaz.find) if root is not None and ctx.investment is None else None
    if (
        root is not None
        and programme is not None
        and not _investment(value)
        and project_value(value, ctx.gaz.find)
        and not part_field(label := re.split(r"[:\t]", element.text, maxsplit=1)[0])
        and not repeated_label(label, ctx.doc.lines)
    ):
        # "Hankesuunnitelma – Suomen kestävän kasvun ohjelma, haku 2022" over "Hankkeen nimi: X": X
        root.name, root.path, root.span = value, (value,), span
        root.programme = root.programme or programme
        ctx.result.title, ctx.result.title_span = value, span
        return
    if ctx.root is not None and ctx.root is ctx.fallback and not _investment(value):
        # A line above the name field made a project named by the file: this field names it.
        ctx.root.name, ctx.root.path, ctx.root.span = value, (value,), span
        ctx.fallback = None
        ctx.result.title = ctx.result.title or value
        ctx.result.title_span = ctx.result.title_span or span
        if ctx.pending_programme is not None and ctx.root.programme is None:
            ctx.root.programme = ctx.pending_programme  # named on the cover above the name field
    elif _investment(value) or (ctx.root is not None and ctx.seg.kind != "innokyla-page"):
        number = re.search(r"Investointi\s+(\d+(?:\.\d+)?)", value)
        ctx.start_investment(value, number.group(1) if number else "", span, False)
    elif ctx.root is not None and ctx.root is ctx.fallback:
        ctx.root.name, ctx.root.path, ctx.root.span = value, (value,), span
        ctx.fallback = None
        ctx.result.title = ctx.result.title or value
        ctx.result.title_span = ctx.result.title_span or span
    else:
        ctx.root = ctx.new_project("project", value, span)
        ctx.investment = None
        ctx.sub = None
        if ctx.pending_programme is not None and ctx.root.programme is None:
            ctx.root.programme = ctx.pending_programme  # named on the cover above the name field
        ctx.result.title = ctx.result.title or value
        ctx.result.title_span = ctx.result.title_span or span


def _bare_name(name: str) -> str:
    return " ".join(re.findall(r"[\w-]+", name.casefold()))


def _same_name(title: str, value: str) -> bool:
    """A name field that repeats the project's title, or names it inside a longer title."""
    a, b = _bare_name(title), _bare_name(value)
    if not a or not b or re.search(r"\binvestointi\s+\d", b):
        return False
    return a == b or f" {b} " in f" {a} " or (f" {a} " in f" {b} " and len(a) >= 8)


def _status(ctx: Context, element: Element, value: str, span: Span) -> None:
    """A project's "Tila"; under a goals heading, the state of the goal just read (a <dl> of goals)."""
    if not value:
        return
    if ctx.section in ("goals", "goal-results"):
        goals = ctx.current.goals or ctx.unit.goals
        achieved = status_of(value) or answer_status(value)
        if goals and goals[-1].status == "unknown" and achieved is not None:
            goals[-1].status = achieved
            return
    ctx.unit.status = lifecycle(value) or ctx.unit.status


def _phase(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        ctx.unit.phase = lifecycle(value)


def _period(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        target = ctx.unit
        target.start, target.end = parse_period(value)


def _start(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        ctx.unit.start = parse_date(value) or ctx.unit.start


def _end(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        ctx.unit.end = parse_date(value) or ctx.unit.end


def _reporting_period(ctx: Context, element: Element, value: str, span: Span) -> None:
    if not value:
        return
    start, end = parse_period(value)
    if isinstance(start, date) and isinstance(end, date):
        ctx.unit.reporting_period = (start, end)
        ctx.unit.reporting_span = span


def _description(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        target = ctx.unit
        target.description = re.sub(r"\s*\n\s*", " ", value)
        programme_from(ctx, value, target)


def _created(ctx: Context, element: Element, value: str, span: Span) -> None:
    ctx.result.created = parse_date(value)


def _modified(ctx: Context, element: Element, value: str, span: Span) -> None:
    ctx.result.modified = parse_date(value)


def _topics(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        ctx.unit.topics.extend(v for v in value.split("\n") if v.strip())


def _phenomena(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        ctx.unit.phenomena.extend(
            v for v in value.split("\n") if v.strip() and not v.lower().startswith("ei liity")
        )


def _attachments(ctx: Context, element: Element, value: str, span: Span) -> None:
    """Each line of an attachments field: a link, or a file name; other lines are dropped."""
    if not value:
        return
    target = ctx.unit
    items = value.split("\n")
    for offset, raw in enumerate(items):
        item = raw.strip()
        line = element.last - len(items) + 1 + offset
        item_span = Span(line, line, item)
        url = _URL.search(item)
        if url:
            target.links.append((url.group(), item_span))
        elif _FILE.search(item):
            target.attachments.append((item, item_span))


def _links(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """Addresses in running text are the project's links."""
    for chunk in chunks:
        for url in _URL.findall(chunk.text):
            project.links.append((url.rstrip(">.,"), chunk.span))


def programme_from(ctx: Context, text: str, project: Project) -> None:
    """The programme a text names as such ("… ohjelma"), unless the project has one."""
    for mention in ctx.gaz.find(text):
        if mention.entry.type == "programme" and "ohjelm" in mention.surface.lower():
            project.programme = project.programme or mention.entry
            return


def _finish(ctx: Context) -> None:
    """Programmes of top-level projects from their names; parts of withdrawn parts are withdrawn; a
    whole project's name less its bracketed aside (namesites.without_aside)."""
    programme_as_funder(ctx)  # "Rahoitus: Suomen kestävän kasvun ohjelma" names the programme
    for project in ctx.projects:
        if project.programme is None and project.level == "project":
            programme_from(ctx, project.name, project)
            if project.programme is None:
                for mention in ctx.gaz.find(project.name):
                    if mention.entry.type == "programme":
                        project.programme = mention.entry
                        break
    for project in ctx.projects:
        if project.parent is not None and project.parent.withdrawn:
            project.withdrawn = True
    settle_title(ctx)  # "Annual report 2024 – X", "County · date": the title's name part
    settle_asides(ctx)  # "X (PHKK)", "X (RRP, P4, I1)": the name less its aside
    settle_lead_name(ctx)  # "Owner · Unit · X" over "X (1.2.2024–31.1.2026) yhdistää …": X
    site = _SITES.pop(ctx, set())
    for project in ctx.projects if site else []:
        project.dependencies = [d for d in project.dependencies if str(d.target.iri) not in site]


_FIELDS: dict[str, FieldHook] = {
    "name": _name,
    "status": _status,
    "phase": _phase,
    "period": _period,
    "start": _start,
    "end": _end,
    "reporting-period": _reporting_period,
    "description": _description,
    "created": _created,
    "modified": _modified,
    "topics": _topics,
    "phenomena": _phenomena,
    "attachments": _attachments,
}

FAMILY = Family("identity", begin=title_block, fields=_FIELDS, chunks=_links, finish=_finish)
