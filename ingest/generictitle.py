"""The title of a document read without a known layout (ingest/generic.py): which line names its project.

A name field ("Hanke: X") first; then a subject, a breadcrumb or a heading naming a project, or the
name inside a title about one; else the first heading that is not only a place's or an
organisation's name. Lines that are never a title (site chrome, minutes headers, message lines,
broken lines of a paragraph) are passed over.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest.domain import PROJECT_WORDS
from hankegraafi.ingest.facts.captionnames import first_caption, table_caption
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.facts.meetinglines import meeting_line, meeting_title_name
from hankegraafi.ingest.facts.namesites import (
    kind_part,
    names_whole,
    only_set_aside,
    own_crumb,
    page_kind,
    question_line,
    set_aside,
    subject_title,
    title_parts_name,
)
from hankegraafi.ingest.facts.outline import title_heads
from hankegraafi.ingest.facts.partscopes import own_part_caption
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.shortnames import defined_owner
from hankegraafi.ingest.facts.text import BULLET, parse_date
from hankegraafi.ingest.hankenames import _kind_word, _section_word, name_before_hanke
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.namecuts import (
    OWNER,
    caption_line,
    cut_at_break,
    genitive_before_matter,
    headline_name,
    list_title,
    message_line,
    name_beside_matter,
    page_marked,
    project_of_body,
    recipient_body,
    states_sum,
    subject_name,
    unquoted,
    unquoted_head,
    without_kind,
    without_sum,
)
from hankegraafi.ingest.paragraphs import broken_line
from hankegraafi.ingest.segment import Element
from hankegraafi.ingest.titlewords import (
    _HANKE_AFTER,
    _MEETING_HEADER,
    _NAME_FIELD,
    _NAMED_PROJECT,
    _NOT_TITLE,
    _ROW_NAME_FIELD,
    _SECTION_LIKE,
    _SECTION_MARK,
    _WEAK_TITLE,
    SUBJECT_LINE,
    acted_name,
    kind_named,
    marking,
    name_before_kind,
    only_kinds,
    unframed,
    unitalic,
)

#: Between a goal and its status on a slide's line: a dash between spaces.
_GOAL_DASH = re.compile(r"\s+[–—-]\s+")


def unit_section(text: str) -> bool:
    """A section's heading of the unit's word and a section's word, no title: "Hanke lyhyesti", "Projektet i
    korthet", "Kort om projektet", "Project at a glance" (the summary's words are labels of the document-section
    vocabulary). A name that has a unit's word keeps words the vocabulary does not know ("Lyhyet jonot -hanke").
    Class: test28 ob05, test31 ic15, ic57; tune u1223-u1226."""
    if len(text) > 60 or not PROJECT_WORDS.search(text):
        return False
    rest = " ".join(PROJECT_WORDS.sub(" ", text).split()).strip(" :–-")
    return bool(rest) and _section_word(rest)


def _clean_title(text: str) -> str:
    """A title without its § mark, markdown hashes, a second language after " / " or the document's
    kind after a dash ("Vakehyvan X -hanke – hankesuunnitelma" is the project's name and the kind)."""
    text = _SECTION_MARK.sub("", text.strip().strip("#").strip())
    text = name_beside_matter(without_kind(text))  # "Tilannekatsaus: X", "X -hanke, väliraportti"
    text = project_of_body(text) or text  # "X -hankkeen ohjausryhmä": the project whose group meets
    halves = [h.strip() for h in re.split(r"\s+/\s+", text)]
    return halves[0] if len(halves) == 2 and min(len(h) for h in halves) >= 8 else text


#: A section's number before a heading of the document's outline: "3 Kostnader …", "2.1. Tavoitteet".
_NUMBERED_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?-i:[A-ZÅÄÖ])")


def title_candidates(elements: list[Element]) -> list[tuple[Element, str]]:
    """Short lines near the top that could be a title; a breadcrumb gives its last item."""
    out: list[tuple[Element, str]] = []
    for element in elements[:40]:
        element = _section_row(element) or element
        if element.type not in ("text", "heading") or (element.type == "heading" and element.key):
            continue  # a section the vocabulary knows ("Kokonaisuuteen kuuluvat toimintamallit") names no project
        raw = unquoted_head(unitalic(unframed(element.text)))  # '"X" – kind', "*X*": the quotes mark the name
        if len(raw) > 300:
            continue  # no title; and the patterns below stay linear
        if page_marked(raw):
            continue  # a printout's running header ("Sähköinen asiointi – lomakkeen tuloste   Sivu 1/2")
        if _NUMBERED_SECTION.match(raw):
            continue  # "3 Kostnader för projektet sedan start", "2. Hankkeen tavoitteet": an outline's section
        crumbs = re.split(r"\s+[>»›]\s+", raw)
        crumbs = crumbs if len(crumbs) >= 2 else _slashed_trail(raw)
        if len(crumbs) >= 2:
            raw = own_crumb(crumbs, elements[:40])  # "Etusivu > Hankkeet > X": the page's own name, X
            raw = _kind_crumb(crumbs) or raw  # "… › X › Final report": the report of X
        parts = [p for p in re.split(r"\s+[–—|]\s+", raw) if not _NOT_TITLE.fullmatch(p.strip())]
        if not parts:
            continue  # "Hyvinvointialue – Ajankohtaista" less its section word: a site's name at most
        raw = " – ".join(parts)
        if (met := meeting_title_name(raw)) is not None:
            out.append((element, met))  # "X – ohjausryhmän kokous 3/2024": the name beside the meeting
            continue
        if meeting_line(raw):
            continue  # "Steering group", "1. Kokouksen avaus", "Valm. kehittämisjohtaja": the meeting's own line
        named = None if message_line(raw) or names_whole(raw) else title_parts_name(None, raw, kind=True)
        named = named or name_before_kind(raw)  # "Hankkeen X tilanneraportti 2/2025"
        if named is None and only_kinds(raw):
            continue  # "Lomake: Valtionavustushankkeen tilanneraportti (6 kk)": a form's label and its kind
        if named is not None and _title_part(named):  # "Kind 2/2024 – X", "X – where our goals stand"
            out.append((element, named))  # a title writing its kind beside the name is a title
            continue
        text = subject_name(_clean_title(raw))  # "Subject: Tilannekatsaus Q3/2023 - X": X
        if message_line(text):
            continue  # a message's sender, recipients, date, greeting or closing
        head, colon, tail = text.partition(": ")
        if colon and _MEETING_HEADER.search(tail) and re.search(r"hank|projekt", head, re.I):
            text = head  # "X -hanke: ohjausryhmän kokous 2/2025": the project's name, then the meeting
        if caption_line(text) or question_line(text) or table_caption(text):
            continue  # a caption over a table of amounts or a list ("Menot kululajeittain (€):", "Taulukko 1. …")
        if not text or len(text) > 140 or (text.endswith((".", ",")) and len(text.split()) > 4):
            continue  # a sentence of running text, not a title
        if _NOT_TITLE.match(text) or _MEETING_HEADER.search(text) or tab_strip_like(text) or unit_section(text):
            continue
        if page_kind(text) or _dated_kind(text) or marking(text):
            continue  # "Helhet" between "Innokylä" and the page's name; "Vuosiseuranta 2024", a kind alone
        if len(halves := _GOAL_DASH.split(text)) >= 2 and status_of(halves[-1]) is not None:
            continue  # a goal and its status on a slide ("Yökäynnit vähenevät 30 % – siirtyy jatkohankkeeseen")
        if not (text[:1].isupper() or text[:1].isdigit()) or re.search(r"[a-zåäö][.!?;]\s+[A-ZÄÖÅ]", text):
            continue  # a line of a paragraph broken by the export, not a heading
        if (parse_date(text) and len(text) <= 40) or not re.search(r"[A-Za-zÄÖÅäöå]{3}", text):
            continue
        if ((part := match_part_line(text)) is not None and not part[3]) or own_part_caption(text):
            continue  # "Osahanke 2" alone, "Status of the work stream": a part's page, whose whole the text names
        out.append((element, text))
    return out


def _dated_kind(text: str) -> bool:
    """The document's kind with its period and nothing else ("Vuosiseuranta 2024", "Tilannekuva syksy 2024",
    "Lägesbild hösten 2024"): a sheet's or report's title naming what it is, never the project (test48 os04;
    tune u2376, negative u2377). A kind's words without a period ("Kotihoidon seuranta") may be a name."""
    return re.search(r"\d", text) is not None and kind_part(text)


def _kind_crumb(crumbs: list[str]) -> str | None:
    """The item before a breadcrumb's last when the last is the document's kind ("City › Projects › X › Final
    report", "… › X › Tilanneraportti 2/2024"): the page is X's report (test48 os18; tune u2370). A site's
    section or another kind before it ("Raportit › Loppuraportit › X", negative u2371) names nothing."""
    last, before = crumbs[-1].strip(), crumbs[-2].strip() if len(crumbs) > 2 else ""
    if not before or not kind_part(last) or kind_part(before) or site_word(before) or page_kind(before):
        return None
    if _LISTING.search(before):
        return None  # "Päättyneet hankkeet › Loppuraportti": a list's page
    # Positive evidence that the item is a project (R22-1): it stands under a listing of projects ("Hankkeet ›
    # X", "Kehittämishankkeet › X", "Projects › X"), or it is a name of two words or more; a section of one
    # word ("Raportit", "Dokumentit", "Materiaalit", "Slutrapporter") is the site's.
    under_projects = len(crumbs) > 3 and _PROJECTS.search(crumbs[-3].strip()) is not None
    return before if under_projects or len(re.findall(r"[^\W\d_]{2,}", before)) >= 2 else None


#: A breadcrumb's item listing projects: "Hankkeet", "Kehittämishankkeet", "Projekt", "Projekten", "Projects".
_PROJECTS = re.compile(r"(?:hankkeet|projektit|projekt|projekten|projects)$", re.I)


#: A site's listing in a breadcrumb, by a plural of its items or an archive: "Päättyneet hankkeet", "Avslutade
#: projekt", "Reports", "Arkisto" (test17 j08, tune u579).
_LISTING = re.compile(
    r"\b(?:hankkeet|projektit|raportit|julkaisut|ajankohtaista|uutiset|projekten|rapporter|publikationer|nyheter|"
    r"projects|reports|publications|news|arkisto|arkiv|archive|\w+hankkeet|\w+raportit|\w+rapporter)\b"
    r"|^(?:\w+\s+)?projekt$",
    re.I,
)


def _tab_trail(element: Element, text: str) -> bool:
    """A breadcrumb whose last item is one of the page's tabs, ``text`` the item before it: the page is a
    tab of the model or project ``text`` names (namesites.own_crumb)."""
    raw = element.text.strip()
    if len(raw) > 300:
        return False
    crumbs = re.split(r"\s+[>»›]\s+", raw)
    crumbs = crumbs if len(crumbs) >= 2 else _slashed_trail(raw)
    return len(crumbs) > 2 and crumbs[-2].strip() == text and crumbs[-1].strip() != text


def site_word(text: str) -> bool:
    """A site's section or tool word alone ("Etusivu", "Toimintamallit", "Hankkeet", "Sök"): no title."""
    return _NOT_TITLE.fullmatch(text.strip()) is not None


def site_menu(text: str) -> bool:
    """A site's menu on one line, its items parted by tabs or runs of spaces ("Toimintamallit   Kokonaisuudet
    Verkostot   Ajankohtaista"): three items or more of at most three words, two of them a site's words."""
    items = [i.strip() for i in re.split(r"\t|\s{2,}", text.strip()) if i.strip()]
    return (
        len(items) >= 3
        and all(len(i.split()) <= 3 for i in items)
        and sum(1 for i in items if _NOT_TITLE.fullmatch(i)) >= 2
    )


def _title_part(name: str) -> bool:
    """The name part of a title is a name: no site's word alone, no minute's header, message line or
    sentence."""
    return not (
        _NOT_TITLE.fullmatch(name)
        or marking(name)  # "Lägesrapport – reviderad version": the report's state beside its kind
        or _MEETING_HEADER.search(name)
        or message_line(name)
        or len(name) > 140
        or (name.endswith((".", ",")) and len(name.split()) > 4)
    )


def _slashed_trail(line: str) -> list[str]:
    """A breadcrumb whose items a slash parts ("Innokylä / Kokonaisuudet / X", a Markdown export's
    links): the items before the last are short and one is a site's section word. A title in two
    languages ("Kotona Kainuussa / Hemma i Kajanaland") has no section word: it is no trail."""
    items = re.split(r"\s+/\s+", line)
    trail = items[:-1]
    if trail and all(len(i.split()) <= 2 for i in trail) and any(_NOT_TITLE.fullmatch(i) for i in trail):
        return items
    # "Start / Verksamhetsmodeller / X / Genomförande": the site's sections first, the page's name and
    # its tab after them (three items or more, a site's word among the first two).
    if len(items) >= 3 and len(items[0].split()) <= 2 and any(_NOT_TITLE.fullmatch(i) for i in items[:2]):
        return items
    return []


def _section_row(element: Element) -> Element | None:
    """A minute's § title that a tab put in a row of the head's table ("§ 133<tab>X:n väliraportti")."""
    rows = element.text.split("\n") if element.type == "table" else []
    at = next((i for i, row in enumerate(rows) if _SECTION_MARK.match(row)), None)
    text = " ".join(c.strip() for c in rows[at].split("\t") if c.strip()) if at is not None else ""
    return Element("text", element.first + at, element.first + at, text) if at is not None else None


def tab_strip_like(text: str) -> bool:
    return text.count("|") >= 2


def choose_title(ctx: Context, elements: list[Element], plain_too: bool) -> tuple[Element, str] | None:
    """The element and name of a document's project, by the strongest sign found near the top.

    A name field ("Hanke: X") first; then a heading or breadcrumb naming a project, or
    the name inside a title about one ("Hakemus X -hankkeen valtionavustukseksi");
    with ``plain_too``, else the first heading that is not only a place or
    organisation's name.
    """
    for element in elements[:40]:
        text = element.text.strip()
        field = (_NAME_FIELD.match(text) or _ROW_NAME_FIELD.match(text)) if element.type == "text" else None
        if field and PROJECT_WORDS.search(element.text.split(":")[0].lstrip("-*• ") + " hanke"):
            return element, unquoted(field.group("name").strip())  # ``projekt: "X",``: X
    if (subject := subject_title(elements[:40])) is not None and not _whole_entity(ctx, subject[1]):
        return subject  # "Aihe: Tilannekatsaus: X (RRF), ohjausryhmä 14.3.": X
    for element in elements[:40]:
        said = subject_name(element.text.strip()) if element.type == "text" else ""
        named = None
        for segment in re.split(r"\s+[-–—|]\s+", said) if said != element.text.strip() else []:
            named = named or headline_name(segment)  # "Decision needed for X - steering group 4 December"
        if named is not None and not _whole_entity(ctx, named):
            return element, named  # "Subject: Closing figures of Family Services Online": the name in it
    for element in elements[:40]:
        body = recipient_body(element.text.strip()) if element.type == "text" else None
        if body is not None and not _whole_entity(ctx, body):
            return _fuller_subject(elements[:40], body) or (element, body)  # "To: steering group of X": X
    lines = ctx.doc.lines  # a line of a paragraph the export broke is no title, whatever it names
    candidates = [
        (e, t)
        for e, t in title_candidates(elements)
        if not broken_line(lines, e.first, e.last) and not only_set_aside(ctx, t)
    ]  # "County · Ifylld 30.9.2024": an owner's dateline, no title
    for element, text in candidates:
        if _tab_trail(element, text) and not _whole_entity(ctx, text):
            return element, text  # "Etusivu › Toimintamallit › X › Toteutus": X, over the tab's own heading
    head = _head_end(elements[:40])
    for element, text in candidates:
        raw = unquoted_head(unframed(element.text.strip()).strip("#").strip())
        if element.first > head:
            break  # a form's field below the text ("Goal status (drop-down): Achieved"): no title
        if (
            len(raw) <= 300
            and text in (title_parts_name(ctx, raw, True), meeting_title_name(raw), name_before_kind(raw))
            and not _whole_entity(ctx, text)
        ):
            # "X – loppuraportti", "Ohjausryhmä 4/2023 – X": a title writing its kind or meeting beside the name
            if meeting_title_name(raw) == text:
                FIRM[ctx] = element.first  # a meeting's line named it: "projektet X:s ekonomi" renames it not
            return element, text
    for element, text in candidates[:1]:
        if subject_named(ctx, element.text) == text:  # "Subject: X (ACR)" over a body titled by its kind alone
            if not PROJECT_WORDS.search(text):
                SUBJECT_LINE[ctx] = element.first  # no project's word: maybe the message's topic (leadname)
            return element, text
    heads = title_heads(ctx.doc, candidates)  # the outline's title and subtitle (facts/outline.py)
    block = head_block_name(ctx, elements[:12]) if plain_too else None
    caption = first_caption(elements, lambda name: not _whole_entity(ctx, name))
    chosen = _chosen(ctx, heads, plain_too, block, caption) if heads else None
    chosen = chosen or _chosen(ctx, candidates, plain_too, block, caption)  # a headline's, a list's "Hankkeet"
    if chosen is not None and meeting_title_name(chosen[0].text.strip()) == chosen[1]:
        FIRM[ctx] = chosen[0].first  # a meeting's line named it: "projektet X:s ekonomi" renames it not
    return chosen


#: A sentence of running text: six words or more, ending in a full stop.
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S*[^\W\d_][)\"”]?\.$")


#: A subject's label, then a reply's, forward's, invitation's or note's mark ("Ämne: VB:", "Aihe: Kutsu:"): no title.
_REPLY = re.compile(
    r"^[^:]{2,12}:\s*(?:re|fwd?|fw|vs|vl|sv|vb|aw|wg|tr|rv|antw|vastaus|svar|reply|tiedoksi|kutsu|kokouskutsu|muistutus|för kännedom|"
    r"inbjudan|kallelse|påminnelse|invitation|reminder|fyi)\s*:",
    re.I,
)


def subject_named(ctx: Context, raw: str) -> str | None:
    """The project's name a message's subject line gives whole, its label, kind and period set aside ("Subject: X
    (ACR)", "Aihe: X – asiakkaan arki edellä"): a message's subject is its title, where the body's own title is
    only the report's kind and date (none for "Subject: Figures for Thursday" over "Hi, …"). None for a subject
    that is a kind, a section, an entity, a sum, a reply or a meeting."""
    text = subject_name(raw.strip())
    if text == raw.strip() or not text[:1].isupper() or len(text.split()) > 12 or _whole_entity(ctx, text):
        return None
    if _SECTION_LIKE.search(text) or _WEAK_TITLE.search(text) or match_heading(text) is not None:
        return None
    reply = _REPLY.match(raw.strip())
    if len(text.split()) < 2 or reply is not None:
        return None  # "Subject: Kustannukset", "Re: Kysymys", "Tiedoksi: ohjausryhmän materiaalit"
    if _MEETING_HEADER.search(text) or meeting_line(text) or message_line(text) or question_line(text):
        return None  # "Subject: Ohjausryhmän kokous 14.3.2025": the meeting's, no project's
    if states_sum(text) or list_title(text) or _kind_word(text) or kind_part(text):
        return None
    heads = [e.text.strip(" #*_") for e in ctx.seg.elements[:15] if e.type in ("text", "heading")]
    return text if any(kind_part(h) for h in heads if len(h) <= 80) else None  # a report sent as a message


def _head_end(elements: list[Element]) -> int:
    """The last line of the document's head: the line before its first sentence of running text (a
    title stands above the text it heads); every line when there is none among ``elements``."""
    first = next((e.first for e in elements if e.type == "text" and _SENTENCE.match(e.text.strip())), None)
    return first - 1 if first is not None else 10**9


def _chosen(
    ctx: Context,
    candidates: list[tuple[Element, str]],
    plain_too: bool,
    block: tuple[Element, str] | None = None,
    caption: tuple[Element, str] | None = None,
) -> tuple[Element, str] | None:
    """:func:`choose_title`'s choice among the title candidates."""
    for element, text in candidates:
        named = name_beside_description(ctx, text)
        if named is not None:
            return element, named
    for element, text in candidates:
        crumb = len(element.text) <= 300 and re.search(r"\s[>»›]\s", element.text)
        if crumb and not _whole_entity(ctx, text) and not _WEAK_TITLE.search(text):
            return element, text  # a breadcrumb ends in the page's own name
    for element, text in candidates:
        if _whole_entity(ctx, text):
            continue
        if _WEAK_TITLE.search(text):
            inner = name_before_hanke(text) or _name_after_word(ctx, text) or genitive_before_matter(text)
            inner = (
                None
                if inner is None or _whole_entity(ctx, inner) or programme_project(ctx, text, inner)
                else inner
            )
            if inner:
                return element, inner
            continue
        if states_sum(text):
            continue  # a sum ("870 000 euro för projektet X", a headline's "X:lle 7,9 miljoonaa euroa …"): no title
        if _SECTION_LIKE.search(text):
            continue
        if PROJECT_WORDS.search(text) and not _sibling_part(text, candidates):
            return element, acted_name(text) or headline_name(text) or text  # "X hanke ehti puoliväliin"
    for element, text in candidates:
        if meeting_title_name(element.text.strip()) == text and not _whole_entity(ctx, text):
            return element, text  # "Styrgruppen för projektet X", "X – ohjausryhmän kokous 3/2024": X
    if block is not None:  # a report's head of owner, name and kind (:func:`head_block_name`)
        FIRM[ctx] = block[0].first
        return block
    if caption is not None:
        return caption  # "Tabell 1. Projektet X: kostnader 2024" where no title names the project
    if plain_too:
        for element, text in candidates:
            if (
                _standalone(ctx, element)
                and len(text.split()) <= 12
                and not _whole_entity(ctx, text)
                and not _SECTION_LIKE.search(text)
                and not _WEAK_TITLE.search(text)
                and not (states_sum(text) or list_title(text) or _kind_word(text))  # "Yhteenveto" alone
            ):
                return element, text
    return None


def programme_project(ctx: Context, text: str, name: str) -> bool:
    """``name``, read before "hanke" in ``text``, is only the programme that funds the project: "RRF hanke" out
    of "Kestävän kasvun ohjelman (RRF) hanke · 2023–2025", "KATI-ohjelman hanke", "RRF-hanke". A line
    describing the project's kind, no name (test48 os06; tune u2374, negative u2375 "X (KOKU) -hanke")."""
    rest = re.sub(r"[\s-]*(?:hanke|projekti|projektet|project)$", "", name.strip(), flags=re.I).strip(" -–()")
    if not rest or re.search(r"ohjelman$", rest, re.I):
        return True
    if re.search(r"ohjelman\s*\(\s*" + re.escape(rest) + r"\s*\)\s*-?\s*hank", text, re.I):
        return True  # "-ohjelman (TSK) hanke": the programme's short name in brackets
    if len(rest.split()) > 1:
        return False  # "Päijät-Hämeen kestävän kasvun hanke": words of a name, though a programme's too
    mentions = ctx.names.known(rest)  # "RRF", "KATI": the programme's short name alone
    return (
        len(mentions) == 1
        and mentions[0].entry.type == "programme"
        and len(mentions[0].surface) >= len(rest) - 2
    )


def _fuller_subject(elements: list[Element], body: str) -> tuple[Element, str] | None:
    """The subject's fuller name that begins with the steering group's ("To: Safe Nights steering group" over
    "Subject: Safe Nights Kainuu – status …": "Safe Nights Kainuu"; test23 s52, test31 ic13), or None."""
    fuller = re.compile(re.escape(body) + r"(?:\s+(?-i:[A-ZÅÄÖ])[\w-]*)+")
    for element in elements:
        said = subject_name(element.text.strip()) if element.type == "text" else ""
        found = fuller.search(said) if said and said != element.text.strip() else None
        if found is not None:
            return element, found.group()
    return None


def _sibling_part(text: str, candidates: list[tuple[Element, str]]) -> bool:
    """A part's line among two or more of them near the top ("Osahanke 1: X" / "Osahanke 2: Y" on a title slide
    under the project's name): a list of the parts, no title (test47 or08; tune u2348, negative u2349)."""
    if match_part_line(text) is None:
        return False
    return sum(1 for _, other in candidates if match_part_line(other) is not None) >= 2


#: A bracketed aside at the end of a title: its programme, pillar or period ("(Suomen kestävän
#: kasvun ohjelma, pilari 4)"), no part of the name.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def name_beside_description(ctx: Context, text: str) -> str | None:
    """The name in a title that pairs it with the project's formal description, either way round:
    "Kestävästi Savossa – Savon hyvinvointialueen Kestävän kasvun hanke (ohjelma, pilari 4)".

    The description is the half that opens with its owner's genitive and says "hanke"; the
    other half, a short capitalised name that is no organisation, report or section, is the
    project's own name (the description would give only its generic "Kestävän kasvun hanke").
    """
    halves = [h.strip() for h in re.split(r"\s+[–—]\s+", _ASIDE.sub("", text))]
    if len(halves) != 2:
        return None
    for name, description in (halves, halves[::-1]):
        words = description.split()
        if not (
            len(words) >= 2 and any(OWNER.fullmatch(w) for w in words[:3]) and _HANKE_AFTER.search(description)
        ):
            continue
        if (
            name[:1].isupper()
            and 2 <= len(name.split()) <= 8
            and re.search(r"[A-Za-zÅÄÖåäö]{3}", name)
            and not PROJECT_WORDS.search(name)
            and not _whole_entity(ctx, name)
            and not _WEAK_TITLE.search(name)
            and not _SECTION_LIKE.search(name)
            and not _NOT_TITLE.match(name)
        ):
            return name
    return None


def _standalone(ctx: Context, element: Element) -> bool:
    """A heading, or a line with blank lines around it: not a line of a broken paragraph."""
    if element.type == "heading":
        return True
    lines = ctx.doc.lines
    before = lines[element.first - 2].strip() if element.first >= 2 else ""
    after = lines[element.last].strip() if element.last < len(lines) else ""
    return not before and not after


#: The line of a head block's name per document (:func:`head_block_name`): a firm name, which a word
#: "hanke" in the text ("Kustannukset hankkeen alusta …") does not replace (``generic._project_in_text``).
FIRM: weakref.WeakKeyDictionary[Context, int] = weakref.WeakKeyDictionary()
#: Between the parts of a head line: a comma, a middle dot, a bar or a dash between spaces.
_HEAD_PARTS = re.compile(r"\s*[,·•|]\s*|\s+[–—-]\s+|\t")


def _set_aside_line(ctx: Context, text: str) -> bool:
    """A head line that is no name: the owner's name, the report's kind (with its period and date after
    it: "Tilanneraportti, raportointikausi 1.7.–30.9.2023 · laadittu 16.10.2023"), a dateline."""
    parts = [p.strip(" *_#") for p in _HEAD_PARTS.split(text.strip()) if p.strip(" *_#")]
    return (
        not parts
        or _whole_entity(ctx, text)
        or kind_part(parts[0])
        or only_set_aside(ctx, text)
        or all(set_aside(ctx, p) for p in parts)  # "Keski-Pohjanmaan hyvinvointialue, Soite": owners
        or re.search(r"\d{1,2}\.\d{1,2}\.\d{4}", text) is not None  # "Kokous 9.4.2025 Kokkolassa": a dateline
        or meeting_line(text)  # "Ohjausryhmä", "Styrgruppens möte 2/2025": the meeting's own line
    )


def _kind_first(text: str) -> bool:
    parts = [p.strip(" *_#") for p in _HEAD_PARTS.split(text.strip()) if p.strip(" *_#")]
    return bool(parts) and kind_part(parts[0])


def head_block_name(ctx: Context, elements: list[Element]) -> tuple[Element, str] | None:
    """The name in a report's head of two to four lines one under another at the top: the owner, the
    name and the kind with its period ("Pirkanmaan hyvinvointialue" / "X" / "Tilanneraportti, raportointikausi
    1.7.–30.9.2023 · laadittu 16.10.2023"), in any order. Every line but one is set aside
    (:func:`_set_aside_line`), one of them the kind; the one left, capitalised, short and no sentence, is the
    name. A head with two lines left names nothing, nor does one without the kind (a news item's dateline
    over its headline)."""
    block: list[Element] = []
    head_end = _head_end(elements)
    for element in elements[:8]:
        if element.type != "text" or element.first != element.last or element.last > head_end:
            continue  # a head stands above the text's first sentence
        if block and element.first != block[-1].last + 1:
            if len(block) >= 2:
                break
            block = []
        block.append(element)
    if not 2 <= len(block) <= 4:
        return None
    left = [e for e in block if not _set_aside_line(ctx, e.text)]
    if len(left) != 1 or not any(_kind_first(e.text) for e in block):
        return None  # a report's head names its kind; a news item's dateline over its headline is none
    if any(kind_named(e.text) or BULLET.match(e.text) for e in block):
        return None  # the kind's line names the project ("Muistio – X -hankkeen ohjausryhmä"), or a list
    text = left[0].text.strip(" *_#")
    text = meeting_title_name(text) or text  # "X – ohjausryhmän kokous 2/2025": X
    if not (text[:1].isupper() and 1 <= len(text.split()) <= 10 and not text.endswith((".", ":", ","))):
        return None
    if _NOT_TITLE.match(text) or _SECTION_LIKE.search(text) or _WEAK_TITLE.search(text) or states_sum(text):
        return None
    return left[0], text


def _name_after_word(ctx: Context, text: str) -> str | None:
    """The name after "hankkeelle" / "för projektet" in a title about an application or decision
    ("Ansökan om statsunderstöd för projektet Hållbar tillväxt i Österbotten, fas 3")."""
    match = _NAMED_PROJECT.search(text)
    name = (
        without_sum(match.group("after").strip(" -–")) if match is not None and match.group("after") else None
    )
    if name is None or len(name) < 4 or _whole_entity(ctx, name) or _WEAK_TITLE.search(name):
        return None
    return None if cut_at_break(name) else name


def _whole_entity(ctx: Context, text: str) -> bool:
    """``text`` is only the name of a county, organisation or municipality (a page's owner)."""
    mentions = ctx.names.known(text)
    return (len(mentions) == 1 and len(mentions[0].surface) >= len(text.rstrip(" .:")) - 2) or defined_owner(
        ctx, text
    )
