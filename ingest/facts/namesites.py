"""The places a project's name can stand, and what stands beside it there.

A document gives its project's name in one or more places: a line at the top, a name field,
a title of the report's kind, a page's running header, a message's subject, the running
text. Beside the name these places often write what the document is or a short form of the
name: "X – tilanneraportti 1/2025", "X | Väliraportti 2/2024" (a page header), "Aihe: X:
väliraportti 1/2025", "X (PHKK)", "X (RRP, P4, I1)". The first-match readers (``identity.
title_block``, ``projectname``, the generic reader) took such a line for no name at all
because it names the report's kind, or took the name with its aside in brackets, so that
the project was named after its file or under a name the text never uses again; every fact
keyed by the name was filed under it.

- :func:`beside_kind`: the part of a title line or subject that is not the report's kind and
  period is the name, whichever side of a dash, bar or colon it stands (variant generator
  name_place=title-kind-year, page-header, email; tune u355, u356).
- :func:`without_aside`: a whole project's name less the bracketed aside after it: a short
  name, a code, its programme or a description (test12 c01, c05, c06, c13, c14; tune u357).
- :func:`short_name_of`: the short name in those brackets, written in the text as "PEVE-hanke",
  names the same project, not another one (tests/ingest/test_name_sites.py).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.namecuts import kind_line
from hankegraafi.ingest.segment import Element

#: A report's kind: a title line naming it names no project ("Tilanneraportti 2/2024").
KIND_WORDS = (
    r"loppuraportti|tilanneraportti|väliraportti|hankesuunnitelma|lägesrapport|mellanrapport|slutrapport|"
    r"projektplan|final report|status report|progress report|interim report|project plan"
)
#: A report's kind and its number, period or season alone: "tilanneraportti 1/2025", "Slutrapport 2024".
_KIND_PART = re.compile(
    rf"^(?:{KIND_WORDS})(?:\s+(?:\d{{1,2}}/(?:19|20)\d\d|(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?|[QHqh][1-4](?:/\d{{4}})?))*$",
    re.I,
)
#: Between the parts of a title line: a dash, a bar or a colon with spaces after it.
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")


def beside_kind(text: str) -> str | None:
    """The one part of a title line that is not the report's kind and period, when the line has such
    a part beside it: "X – tilanneraportti 1/2025", "X | Tilanneraportti 1/2023", "X: tilanneraportti
    1/2023" (a message's subject less its label), "Loppuraportti – X" give X.

    The kind says what the document is; the part beside it is what the document is about, the
    project's name, whichever side it stands. A line of three parts or more is left alone."""
    parts = [p.strip(" .*_#") for p in _TITLE_PARTS.split(text.strip()) if p.strip(" .*_#")]
    if len(parts) != 2:
        return None
    kinds = [bool(_KIND_PART.match(p) or kind_line(p)) for p in parts]
    if kinds.count(True) != 1:
        return None
    name = parts[kinds.index(False)]
    return name if re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


#: A message subject's label and a reply's or forward's marks after it ("Subject: VS: …", "Ämne: SV: …").
_SUBJECT_LABEL = re.compile(r"^\s*(?:subject|aihe|ämne|otsikko)\s*:\s*(?:(?:re|vs|sv|fw|fwd|vl)\s*:\s*)*", re.I)
#: Between the segments of a subject: a dash or a bar between spaces, a colon or a comma before a space.
_SUBJECT_PARTS = re.compile(r"\s+[–—|-]\s+|[:,;]\s+")
#: A segment naming the meeting the message is for, its date, or only a date: "ohjausryhmä 14.3.",
#: "Ohjausryhmä 19.9.", "styrgruppens möte 3.10", "kokous 12.3.2024", "steering group 5 March", "14.3.".
_MEETING_SEGMENT = re.compile(
    r"^(?:(?:\w+[-\s])?(?:ohjausryhm|johtoryhm|kokou|palaveri|työryhm|styrgrupp|ledningsgrupp|arbetsgrupp|möte|"
    r"steering\s+group|board|meeting)\w*(?:\s+\w+)?\s*)?"
    r"(?:(?:ma|ti|ke|to|pe|mån|tis|ons|tors|fre)\s+)?(?:\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?|\d{1,2}/\d{1,2})?\s*$",
    re.I,
)
#: A segment that is a message's request or note: "tiedoksi", "för kännedom", "kommentit pyydetään", "FYI".
_NOTE_SEGMENT = re.compile(
    r"^(?:tiedoksi|kommente\w*|för\s+kännedom|för\s+kommentarer|fyi|for\s+information)\b", re.I
)


#: The fewest segments of a subject read here (two are ``beside_kind``'s: "Tilannekatsaus 5/2024 – X / Y").
_MIN_SEGMENTS = 3


def subject_segments_name(text: str) -> str | None:
    """The one segment of a message's subject that names the project, its kind words set aside.

    Class read: a subject of three segments or more, in any order, joined by colons, dashes and
    commas: the report's kind ("Tilannekatsaus", "lägesrapport", "status update"), the meeting it is
    for and its date ("ohjausryhmä 14.3.", "Styrgruppen 3.10."), a note ("tiedoksi") and the project's
    name with an aside in brackets ("X (RRF)"): "Tilannekatsaus: X (RRF), ohjausryhmä 14.3." and
    "Ohjausryhmä 19.9. – tilannekatsaus, X (RRF)" give X. None when the line is no subject, or when
    no segment or more than one is left (then the subject names more than one thing)."""
    label = _SUBJECT_LABEL.match(text)
    if label is None:
        return None
    parts = [p.strip(" .*_#") for p in _SUBJECT_PARTS.split(text[label.end() :].strip())]
    left = [
        p
        for p in parts
        if p
        and not (_KIND_PART.match(p) or kind_line(p) or _MEETING_SEGMENT.match(p) or _NOTE_SEGMENT.match(p))
    ]
    if len(parts) < _MIN_SEGMENTS or len(left) != 1:
        return None  # "Kind – X" is beside_kind's; nothing set aside, or two names left: no one name
    name = without_aside(left[0])
    return name if name[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


def subject_title(elements: list[Element]) -> tuple[Element, str] | None:
    """The first message subject among ``elements`` that names the project apart from its kind words,
    its meeting and its notes (:func:`subject_segments_name`), with the name."""
    for element in elements:
        if element.type == "text" and (name := subject_segments_name(element.text.strip())) is not None:
            return element, name
    return None


#: Between a tab strip's items: a bar, a bullet or a middle dot.
_TAB_ITEMS = re.compile(r"\s*[|•·]\s*")


def own_crumb(crumbs: list[str], elements: list[Element]) -> str:
    """The page's own name in a breadcrumb: its last item, unless that item is one of the tabs a tab
    strip near the top lists ("Innokylä > Toimintamallit > X > Toteutus ja seuranta" over "Kuvaus |
    Toteutus ja seuranta | Arviointi"): then the page is one tab of the item before it, X, and X is
    the name (a toimintamalli's tab saved as a page; the tabs' names vary by template)."""
    last = crumbs[-1].strip()
    for element in elements:
        items = [i.strip(" *_[]") for i in _TAB_ITEMS.split(element.text.strip())]
        if element.text.count("|") + element.text.count("•") + element.text.count("·") >= 2 and any(
            item.casefold() == last.casefold() for item in items
        ):
            return crumbs[-2].strip() if len(crumbs) > 2 else last
    return last


def _bare(name: str) -> str:
    return re.sub(r"\s*-?\s*hanke$", "", re.sub(r"\s+", " ", name.casefold())).strip()


#: The fewest characters of the shorter name for two names beginning alike to be one project's.
_ALIKE_LEAST = 8


def begins_alike(text_name: str, title_name: str) -> bool:
    """The text's name and the title's begin alike, one going on after the other's end: the same project,
    the title's name kept. "Projektet Seniorernas vardag utvecklar …" under the heading "Seniorernas
    vardag" (the text's runs on into its sentence), and "Projektet Vardagsstöd i Vanda och Kervo pågår"
    read as "Vardagsstöd i Vanda" under the heading "Vardagsstöd i Vanda och Kervo" (the text's was cut
    at a conjunction inside the name)."""
    text, title = _bare(text_name), _bare(title_name)
    if len(text) >= len(title):
        return len(title) >= _ALIKE_LEAST and text.startswith(title + " ")
    # The title goes on past the text's name: the same name only where the text's stopped at a
    # conjunction inside it. A headline going on in words of its own ("X puolivälissä", "X laajenee")
    # is no name, the text's "X -hankkeessa" is.
    rest = title[len(text) + 1 :].split(" ", 1)[0] if title.startswith(text + " ") else ""
    return len(text) >= _ALIKE_LEAST and rest in _CONJUNCTIONS


#: Words joining two parts of one name ("Vardagsstöd i Vanda och Kervo", "Koti ja arki", "Care and home").
_CONJUNCTIONS = frozenset({"ja", "sekä", "tai", "och", "samt", "eller", "and", "or", "&", "–"})


def fuller(text_name: str, title_name: str) -> bool:
    """The text's name is the title's with words of a name before it ("Kanta-Hämeen Kestävän kasvun hanke"
    for "Kestävän kasvun hanke"); a date, number or code before it ("25.9.2023 X -hanke", a minute's
    dateline run into its § title) makes no fuller name."""
    text, title = _bare(text_name), _bare(title_name)
    if not (len(text) > len(title) and text.endswith(" " + title)):
        return False
    return re.search(r"[^\W\d_]{3}", text[: -len(title)]) is not None


def rename(ctx: Context, root: Project, name: str, span: Span) -> None:
    """``root`` is named ``name``; the paths of its parts follow."""
    old = root.path
    root.name, root.path, root.span = name, (name,), span
    for other in ctx.projects:
        if other is not root and other.path[: len(old)] == old:
            other.path = (name, *other.path[len(old) :])


#: A bracketed aside at the end of a name: "(PHKK)", "(RRP, P4, I1)", "(… RRP-hanke 2023-2025)".
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,120})\)\s*$")


def without_aside(name: str) -> str:
    """A whole project's name less the bracketed aside after it: its short name ("Lähellä ja
    digitaalisesti Satakunnassa (LÄDI)"), a code ("(RRP, P4, I1)"), its programme or a description
    ("(Etelä-Savon hyvinvointialueen RRP-hanke 2023-2025)"). None of them is the name: a form's
    field, a title or a page writes them after it, and the text names the project without them.

    A name of one word before the bracket ("Hanke (X)") keeps it: the bracket may then be the name."""
    found = _ASIDE.search(name)
    if found is None:
        return name
    rest = name[: found.start()].rstrip(" ,–—-")
    return rest if len(rest.split()) >= 2 and re.search(r"[A-Za-zÅÄÖåäö]{3}", rest) else name


def short_name_of(name: str, whole: str) -> bool:
    """``name`` ("PEVE -hanke", "LÄDI-hankkeen") is the short name ``whole`` gives in brackets after
    itself ("Perhekeskus verkossa Pirkanmaalla (PEVE)"): the same project, not another one."""
    found = _ASIDE.search(whole)
    short = re.sub(r"\s*-?\s*(?:hanke|hankkee\w*|projekt\w*)$", "", name.strip(), flags=re.I)
    return found is not None and bool(short) and found.group("aside").strip().casefold() == short.casefold()


def settle_asides(ctx: Context) -> None:
    """Each whole project (no part) named with a bracketed aside is named without it (see above)."""
    for project in ctx.projects:
        if project.level != "project" or match_part_line(project.name) is not None:
            continue
        name = without_aside(project.name)
        if name != project.name and not any(p.name == name and p is not project for p in ctx.projects):
            rename(ctx, project, name, project.span)
