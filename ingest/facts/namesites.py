"""The places a project's name can stand, and what stands beside it there.

A document gives its project's name in one or more places: a line at the top, a name field, a title of the
report's kind, a page's running header, a message's subject, the running text. Beside the name these places
often write what the document is or a short form of the name: "X – tilanneraportti 1/2025", "X | Väliraportti
2/2024" (a page header), "Aihe: X: väliraportti 1/2025", "X (PHKK)", "X (RRP, P4, I1)". The first-match readers
(``identity.title_block``, ``projectname``, the generic reader) took such a line for no name at all because it
names the report's kind, or took the name with its aside in brackets, so that the project was named after its
file or under a name the text never uses again; every fact keyed by the name was filed under it.

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

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.shortnames import defined_owner
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.namecuts import MAIL_HEADER, REPLY_MARKS, finite_verb, kind_line, unquoted, unreplied
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

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
#: An Innokylä page's kind alone on its line, between the site's name and the page's own ("Innokylä" /
#: "Kokonaisuus" / "Ikäihmisten arjen tuki Etelä-Savossa"; sv "Helhet", en "Entity"): the words WHOLE_ROW reads.
_PAGE_KIND = re.compile(r"^\W*(?:kokonaisuus|helhet|entity)\W*$", re.I)


def page_kind(text: str) -> bool:
    """An Innokylä page's kind word alone on a title line: no project's name."""
    return _PAGE_KIND.match(text.strip()) is not None


#: Between the parts of a title line: a dash, a bar or a colon with spaces after it.
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")


def beside_kind(text: str) -> str | None:
    """The one part of a title line that is not the report's kind and period, when the line has such
    a part beside it: "X – tilanneraportti 1/2025", "X | Tilanneraportti 1/2023", "X: tilanneraportti
    1/2023" (a message's subject less its label), "Loppuraportti – X" give X.

    The kind says what the document is; the part beside it is what the document is about, the
    project's name, whichever side it stands. A line of three parts or more is left alone."""
    text = text.strip()
    parts = [p.strip(" .*_#") for p in _TITLE_PARTS.split(text) if p.strip(" .*_#")]
    if len(parts) != 2:
        # A kind's period may hold a dash ("X – report 1 Jan – 30 Jun 2024"), "X – Kainuu – report" none.
        halves = (
            [text[: m.start()].strip(" .*_#"), text[m.end() :].strip(" .*_#")]
            for m in _TITLE_PARTS.finditer(text)
        )
        # Never a part's line ("Tilanne 8/2024 – Investointi 1: X"); the split whose name is shortest ("Interim
        # report 1 Jan – 30 Jun 2024: X" is X, not "30 Jun 2024: X").
        found = [h for h in halves if all(h) and [kind_part(x) for x in h].count(True) == 1]
        found = [h for h in found if all(_one_side(x) and not match_part_line(x) for x in h)]
        parts = min(found, key=lambda h: min(len(x) for x in h if not kind_part(x)), default=[])
    if len(parts) != 2:
        return None
    parts = [unquoted(p) for p in parts]  # '"X" – tilanneraportti 2/2024'
    kinds = [kind_part(p) for p in parts]
    if kinds.count(True) != 1:
        return None
    name = parts[kinds.index(False)]
    return name if re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


#: A message subject's label and a reply's or forward's marks after it ("Subject: VS: …", "Ämne: SV: …").
_SUBJECT_LABEL = re.compile(rf"^\s*(?:subject|aihe|ämne|otsikko)\s*:\s*{REPLY_MARKS}", re.I)


def subject_value(text: str) -> str | None:
    """A message subject's value less its label and the reply's or forward's marks ("Subject: Fwd: X" is
    X), which the title readers read as any title; None when ``text`` is no subject."""
    label = _SUBJECT_LABEL.match(text)
    return text[label.end() :].strip() if label is not None else None


#: Between the segments of a subject: a dash or a bar between spaces, a colon or a comma before a space.
_SUBJECT_PARTS = re.compile(r"\s+[–—|-]\s+|[:,;]\s+")
#: The same, and a slash between spaces.
_SUBJECT_SLASHED = re.compile(r"\s+[–—|/-]\s+|[:,;]\s+")
#: A segment naming the meeting the message is for, its date, or only a date: "ohjausryhmä 14.3.",
#: "Ohjausryhmä 19.9.", "styrgruppens möte 3.10", "kokous 12.3.2024", "steering group 5 March", "14.3.".
_MEETING_SEGMENT = re.compile(
    r"^(?:(?:\w+[-\s])?(?:ohjausryhm|johtoryhm|kokou|palaveri|työryhm|styrgrupp|ledningsgrupp|arbetsgrupp|möte|"
    r"steering\s+group|board|meeting)\w*(?:\s+\w+)?\s*)?"
    r"(?:(?:ma|ti|ke|to|pe|mån|tis|ons|tors|fre)\s+)?(?:\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?|\d{1,2}/\d{1,2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2})?\s*$",
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
    subject = text[label.end() :].strip()
    # Segments joined by slashes too ("Muistio: ohjausryhmä 14.3.2024 / X", "Minutes / steering group
    # 3.3.2025 / X"), when the other joints leave no one name: a slash may also join a name's two languages.
    for joints in (_SUBJECT_PARTS, _SUBJECT_SLASHED):
        parts = [p.strip(" .*_#") for p in joints.split(subject)]
        left = [
            p for p in parts if p and not (kind_part(p) or _MEETING_SEGMENT.match(p) or _NOTE_SEGMENT.match(p))
        ]
        if len(parts) < _MIN_SEGMENTS or len(left) != 1:
            continue  # "Kind – X" is beside_kind's; nothing set aside, or two names left: no one name
        name = without_aside(left[0])
        if name[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", name):
            return name
    return None


def subject_title(elements: list[Element]) -> tuple[Element, str] | None:
    """The first message subject among ``elements`` that names the project apart from its kind words,
    its meeting and its notes (:func:`subject_segments_name`), with the name."""
    for element in elements:
        if element.type == "text" and (name := subject_segments_name(element.text.strip())) is not None:
            return element, name
    return None


#: Between a tab strip's items: a bar, a bullet or a middle dot.
_TAB_ITEMS = re.compile(r"\s*[|•·]\s*")


def crumb_tab(item: str) -> bool:
    """A breadcrumb's last item that is a page's tab or section the vocabulary knows ("Arviointi",
    "Kehittämisen polku", "Utvärdering", "Evaluation"): the page is a tab of the item before it."""
    return len(item.split()) <= 3 and match_heading(item) is not None


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
    if len(crumbs) > 2 and crumb_tab(last) and not crumb_tab(crumbs[-2].strip()):
        return crumbs[-2].strip()  # "Startsida > Verksamhetsmodeller > X > Utvärdering": a tab's heading, of X
    if len(crumbs) > 2 and (last.casefold() in _listed_tabs(elements) or match_part_line(last) is not None):
        # the tabs as a list of links ("- Perustiedot", "- Toteutus", …), or a part's page under its whole
        # ("Etusivu / Hankkeet / X / Investointi 4"): the item before names the whole
        return crumbs[-2].strip()
    return last


#: A list item's mark before a tab's name: "- ", "* ", "• ", "1. ".
_ITEM_MARK = re.compile(r"^\s*(?:[-*•]|\d{1,2}\.)\s+")


def _listed_tabs(elements: list[Element]) -> set[str]:
    """The items of a list of two to eight short lines (one to five words each) near the top: a
    page's tabs written as a list of links, folded."""
    out: set[str] = set()
    run: list[str] = []
    for element in [*elements, Element("text", 0, 0, "")]:
        lines = [line for line in element.text.split("\n") if line.strip()]
        marked = [_ITEM_MARK.sub("", line).strip(" *_[]") for line in lines if _ITEM_MARK.match(line)]
        if lines and len(marked) == len(lines) and all(1 <= len(m.split()) <= 5 for m in marked):
            run.extend(marked)
            continue
        if 2 <= len(run) <= 8:
            out.update(m.casefold() for m in run)
        run = []
    return out


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
    old, name = root.path, unquoted(name)
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


# --- a title's parts: the kind, the owner, the date beside the name ------------------------------

#: Between the parts of a title: a dash, a bar, a slash or a middle dot between spaces, a colon before one.
_PARTS = re.compile(r"\s+[–—|·•/-]\s+|:\s+")
#: Month names a dateline writes in words ("15 January 2025", "30 september 2024"), fi/sv/en.
_MONTH = re.compile(
    r"^(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\w*$"
    r"|^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$"
    r"|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$"
    r"|^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec)\.?$",
    re.I,
)
#: A date or a period in a part: "30.9.2024", "15 January 2025", "2023–2025", "1.3.2023–31.12.2025".
_DATED = re.compile(
    r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d\b"
)
#: A part that is a question or a clause about the project, not its name: "where our goals stand",
#: "Miten hanke etenee", "Var står vi nu", "How the project is doing".
_QUESTION = re.compile(
    r"^(?:where|how|what|why|when|missä|miten|mitä|mihin|miksi|milloin|kuinka|var|hur|vad|varför|vart|när)\b",
    re.I,
)
#: A project's word before its name in a title's part: "Projektet Snabb hjälp", "Hanke Kotona", "The project X".
_PROJECT_WORD = re.compile(r"^(?:projektet|projekti|hanke|the project|project)\s+(?=[A-ZÅÄÖ0-9])", re.I)
#: A part that is only a project's word: "Kanta-Hämeen hyvinvointialue | Hanke | X".
#: A part of a title that is one word in capitals ("KEUSOTE", "PHHYKY", "SOITE"): beside another part left and
#: the kind, the owner's short name in a template's title bar, the other part the name.
_SHORT_NAME = re.compile(r"(?-i:[A-ZÅÄÖ]{2,10})")
_BARE_WORD = re.compile(r"(?:hanke|projekti|projekt|projektet|project|the project)", re.I)
#: The types of a name the vocabularies know that a title writes as the document's owner.
_OWNER_TYPES = ("county", "organisation", "national-actor", "municipality")


@cues.per_reading
def _title_kinds(scheme: str) -> re.Pattern[str]:
    """The labels of ``scheme`` (``title-kind``) as one pattern of alternatives: a one-word label also as a
    compound's end ("vaikuttavuusraportti" ends in "raportti"), a label of more words as written. English writes
    no compounds in one word: its one-word labels end a hyphenated word at most ("e-form", not "platform").
    One search of the alternatives finds what a search of each found (a hundred searches of each part of a
    title had been 10 % of extraction's regular-expression time)."""
    labels = {
        (form.casefold(), lang == "en")
        for concept in registry.scheme(scheme)
        for lang in ("fi", "sv", "en")
        for form in concept.surface_forms(lang)
    }
    out = []
    for label, english in sorted(labels):
        words = [re.escape(w) for w in label.split()]
        head = ("(?:\\w+-)*" if english else r"[\w-]*") if len(words) == 1 else ""
        body = r"\s+".join(words)
        out.append(rf"(?:(?<![\w-]){head}{body}(?![\w-]))")
    return re.compile("|".join(out) or "(?!)", re.I)


def _lower_after_first(part: str) -> bool:
    """No word after the first is capitalised but a month's name: the part names nothing."""
    words = re.findall(r"[^\W\d_][\w-]*", part)
    return all(not w[:1].isupper() or _MONTH.match(w) for w in words[1:])


@cues.per_text  # the title readers ask of the same parts again and again (tune: 23 054 calls, 5 849 texts)
def kind_part(part: str) -> bool:
    """A title's part saying what the document is: a kind's label of the vocabulary (title-kind),
    perhaps with its period, season or audience in lower case ("half-year status report 2/2024",
    "lägesbild hösten 2024", "progress summary for the project board", "Annual report 2024")."""
    part = part.strip(" .*_#")
    if not part:
        return False
    if part.isupper():
        part = part.capitalize()  # "FINAL REPORT SUMMARY", a kind in capitals
    if _KIND_PART.match(part) or kind_line(part):
        return True
    if len(part.split()) > 10 or not _lower_after_first(part):
        return False
    return _title_kinds("title-kind").search(part) is not None


def _one_side(half: str) -> bool:
    """A half of a title is one part, or a kind with the dates of its period (a period's dash)."""
    pieces = [p.strip(" .*_#") for p in _TITLE_PARTS.split(half) if p.strip(" .*_#")]
    return len(pieces) == 1 or (kind_part(half) and all(kind_part(p) or _dated_part(p) for p in pieces))


def _dated_part(part: str) -> bool:
    """A part that only dates the document: "Ifylld 30.9.2024", "Report date 15 January 2025",
    "Project period 2023–2025" (at most six words, none capitalised after the first but a month)."""
    return bool(_DATED.search(part)) and len(part.split()) <= 6 and _lower_after_first(part)


#: An owner's name by its head word, known to the vocabularies or not ("Päijät-Hämeen hyvinvointiyhtymä",
#: "Wellbeing Services County of Central Finland", "Vasa stad").
_OWNER_HEAD = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?:hyvinvointialue|hyvinvointiyhtymä|kuntayhtymä|kaupunki|kunta|välfärdsområde|stad|kommun|"
    r"samkommun|välfärdssamkommun|sairaanhoitopiiri|sjukvårdsdistrikt|"
    r"wellbeing services county|city|municipality)$|^(?:wellbeing services county|city|municipality) of\s+[\w -]{3,40}$",
    re.I,
)


def owner_name(text: str) -> bool:
    """``text`` is an owner's name by its head word ("Vantaan ja Keravan hyvinvointialue", "Vasa stad")."""
    return _OWNER_HEAD.match(text.strip()) is not None


def _owner_part(ctx: Context | None, part: str) -> bool:
    """A part that is only a county's or organisation's name ("Helsingfors stad", "North Savo wellbeing
    services county"): the document's owner."""
    if _OWNER_HEAD.match(part):
        return True
    if ctx is None:
        return False
    if defined_owner(ctx, part):
        return (
            True  # "Hyvil | Loppuraportti" after "Keski-Suomen hyvinvointialue (Hyvil)": the owner's short name
        )
    known = ctx.names.known(part)
    return len(known) == 1 and known[0].entry.type in _OWNER_TYPES and len(known[0].surface) >= len(part) - 2


def question_line(text: str) -> bool:
    """A line asking or telling how the project is doing ("Where the project stands as a whole", "Miten
    hanke etenee?", "Hur gick det?"): a heading over the whole's assessment, no name."""
    return _QUESTION.match(_SECTION_NUMBER.sub("", text.strip(" #*_"))) is not None


#: A section's number before its heading: "2 Miten hanke voi", "3.1. Hur går det" (an outline's heading).
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")


def set_aside(ctx: Context | None, part: str) -> bool:
    """A title's part that is no name: the kind, the owner (with ``ctx``), a date or a question about
    the project."""
    return (
        kind_part(part)
        or _dated_part(part)
        or bool(_QUESTION.match(part) or _BARE_WORD.fullmatch(part))
        or _owner_part(ctx, part)
    )


def title_parts_name(ctx: Context | None, text: str, kind: bool = False) -> str | None:
    """The one part of a title that names the project, the others set aside (:func:`set_aside`):
    "Annual report 2024 – Youth Wellbeing X", "Helsingfors stad – Projektet Snabb hjälp för unga"
    ("Projektet" is no part of the name), "X – where our goals stand", "Project card: X". None when
    the title has one part, when every part is set aside, or when two parts or more are left; with
    ``kind``, also when no part set aside is the kind or a question (a line of the owner and a date)."""
    # "Subject: RE:X: kind", "Aihe: Vast: X: kind": the reply's marks are no part (namecuts.unreplied)
    parts = [p.strip(" .*_#") for p in _PARTS.split(unreplied(text)) if p.strip(" .*_#")]
    if len(parts) >= 3 and MAIL_HEADER.match(parts[0] + ":"):
        # "Subject: Q2 status: X", "Aihe: X: marraskuun tilanne": the header's label is no part of the title
        parts = parts[1:]
    if len(parts) < 2 or any(match_part_line(p) is not None for p in parts):
        return (
            None  # "Osahanke 1: X", "Toimenpidekokonaisuus 2: Y": a part's line, its name the parts' reader's
        )
    left = [p for p in parts if not set_aside(ctx, p)]
    if len(left) == 2 and sum(1 for p in left if _SHORT_NAME.fullmatch(p)) == 1:
        left = [p for p in left if not _SHORT_NAME.fullmatch(p)]  # "KEUSOTE | X | Seurantaraportti 3/2023"
    if len(left) != 1 or all(_dated_part(p) and not kind_part(p) for p in parts if p != left[0]):
        return None  # "Kesto: 2023–2025", "Julkaistu · 3.2.2025": a label and its date, no title (a kind and
        # its period is one: "X - interim report 1.1.-30.6.2024")
    if kind and not any(kind_part(p) or _QUESTION.match(p) for p in parts if p != left[0]):
        return None  # an owner's and a date's line names no title by itself ("City of X · Division · date")
    name = _PROJECT_WORD.sub("", left[0])
    words = name.split()
    if len(words) > 12 or (
        not _title_cased(words) and any(w.islower() and w.isalpha() and finite_verb(w) for w in words[1:])
    ):
        return None  # "Tiivistelmä: Aluehallitus hyväksyi tilanneraportin": a clause, no name
    if name.count("(") != name.count(")"):
        return None  # "… (tilanne: 18 %, jatkuu)": a bracket split, no title
    return name if name[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


def _title_cased(words: list[str]) -> bool:
    """A name in English title case: every word capitalised but short particles between them ("Memory
    Clinic on Wheels", "Physio on Demand"), whose "on" is no Finnish verb. A clause has a word in lower
    case beside its verb ("Kotihoito on Kajaanissa ajoissa"). Class: test27 i31; tune u1227-u1229."""
    inner = [w for w in words[1:] if w.islower()]
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and bool(inner)
        and all(len(w) <= 3 for w in inner)
    )


def only_set_aside(ctx: Context, text: str) -> bool:
    """A line of two parts or more each set aside: an owner's and dateline ("Vanda och Kervo
    välfärdsområde · Ifylld 30.9.2024"), no title."""
    parts = [p.strip(" .*_#") for p in _PARTS.split(text.strip()) if p.strip(" .*_#")]
    return len(parts) >= 2 and all(set_aside(ctx, p) for p in parts)


def without_owner(ctx: Context, name: str) -> str:
    """A name less a county's or organisation's name of two words or more before it, a line run in
    before the title ("Päijät-Hämeen hyvinvointialue Hyvinvointia verkossa -hanke")."""
    for mention in ctx.names.known(name)[:3]:
        surface = mention.surface
        rest = name[len(surface) :].strip(" ,–—-:")
        if (
            name.startswith(surface)
            and not surface.endswith(
                "n"
            )  # the owner's genitive is the name's ("Päijät-Hämeen hyvinvointialueen X")
            and mention.entry.type in ("county", "organisation")
            and len(surface.split()) >= 2
            and rest[:1].isupper()
            and len(rest.split()) >= 2
        ):
            return rest
    return name


#: A name, then its period in brackets and whatever the line goes on with (a name field's value run on:
#: "X (1.1.2024–31.12.2025). Kunnat: A, B", "X (2024–2025), Lappeenranta, Lemi").
_PERIOD_THEN = re.compile(r"^(?P<name>\S.{3,120}?)\s*\((?=[^()]*(?:19|20)\d\d)[^()]{4,40}\)\s*[.,;:]\s*\S.*$")


#: Between the fields of one head line: a bar, a bullet or a middle dot between spaces.
_FIELD_SEPARATOR = re.compile(r"\s+[|•·]\s+")
#: A field after the name on its line: a label and a colon before the value ("Rahoittaja: STM").
_FIELD_PART = re.compile(r"^(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,2}\s*:\s+\S")


def without_fields(name: str) -> str:
    """A name less the other fields of a head line it runs on with: "X · Rapportperiod 1.5–31.8.2024 ·
    Publicerad 16.9.2024", "X | Hankeaika 1.3.2024–28.2.2026 | Päivitetty 5.5.2025", "X • Reporting period
    1 January–30 June 2025" give X (a name field's value read to the line's end).

    The class: a head line of several fields joined by bars, bullets or middle dots, the name's first.
    Each part after the name is a date or period with its label, a document's kind, or a label with a
    colon and its value; else the line is kept whole (a name in two languages, "Hyvä arki · Gott vardag").
    """
    parts = _FIELD_SEPARATOR.split(name.strip())
    first = parts[0].strip()
    if len(parts) < 2 or len(first) < 4 or _dated_part(first) or not re.search(r"[A-Za-zÅÄÖåäö]{3}", first):
        return name
    if all(_dated_part(p) or kind_part(p) or _FIELD_PART.match(p.strip()) for p in parts[1:]):
        return first
    return name


def without_subtitle(ctx: Context, name: str) -> str:
    """A title's name less its subtitle: "X: året i korthet", "X: vuosi lyhyesti", "X: the year in brief"
    give X when the subtitle after the colon is in lower case and the text names X again (the title's
    line is one place; a line naming X without the subtitle is the other). A name of one word before the
    colon is kept whole, and so is a name the text writes whole again ("X: tukea kotiin -hanke")."""
    head, colon, tail = name.partition(": ")
    head = head.strip()
    if not colon or not tail[:1].islower() or len(head.split()) < 2 or len(head) < 8:
        return name
    folded, whole = head.casefold(), name.casefold()
    lines = [line.casefold() for line in ctx.doc.lines]
    if sum(whole in line for line in lines) >= 2:
        return name  # "X: tukea kotiin" written whole again in the text: its name
    return head if any(folded in line and whole not in line for line in lines) else name


#: The project's word alone before a capitalised name, a § title's or heading's "Hanke X, väliraportti",
#: "Projekti X, loppuraportti", "Projekt X – lägesrapport" (test27 i102/i104, test29 ib21; tune u1187-u1189):
#: no part of the name. A compound ("Projektikoulu …") and a lower-case word after it ("Hanke kotiin") stay.
_WORD_BEFORE = re.compile(r"^(?:hanke|projekti|projekt|projektet)\s+(?=(?-i:[A-ZÅÄÖ0-9]))", re.I)


def settle_title(ctx: Context) -> None:
    """The document's whole (the root, no part) named by its title's name part (:func:`title_parts_name`),
    without the other fields of its line (:func:`without_fields`), without an owner's name run in
    before it (:func:`without_owner`) and without the project's word alone before it (:data:`_WORD_BEFORE`)."""
    root = ctx.root
    if root is None or root.level != "project" or root.parent is not None or match_part_line(root.name):
        return
    bare = without_fields(root.name)
    name = without_owner(ctx, title_parts_name(ctx, bare) or bare)
    dated = _PERIOD_THEN.match(name)
    name = dated.group("name") if dated is not None else name  # "X (1.1.2024–31.12.2025). Kunnat: …": X
    name = without_subtitle(ctx, name)
    name = _WORD_BEFORE.sub("", name) if len(_WORD_BEFORE.sub("", name)) >= 4 else name
    if name != root.name and len(name) >= 4 and not any(p.name == name and p is not root for p in ctx.projects):
        if ctx.result.title == root.name:
            ctx.result.title = name
        rename(ctx, root, name, root.span)


#: A model's page states the whole it belongs to in a fact row of its own ("Kokonaisuus X -hanke",
#: "Helhet: X-projektet", an icon's label run into its value) or a sentence ("Toimintamalli kuuluu
#: kokonaisuuteen X -hanke (…)", "Modellen ingår i helheten X-projektet", "… is part of the entity X
#: project"): a whole named with its project word (a whole named without it is a theme, no project).
WHOLE_ROW = re.compile(
    r"^(?:kokonaisuus|helhet|helheten|entity)\s*[:\t]?\s+(?P<name>(?-i:[A-ZÄÖÅ])[^.;:()\n]{2,100}?"
    r"(?:[-\s]hanke|[-\s]projektet|[-\s]projekti|\sproject))(?=\s|$)",
    re.I,
)
BELONGS = re.compile(
    r"\b(?:kuuluu kokonaisuuteen|on osa kokonaisuutta|ingår i helheten|hör till helheten|is part of the entity)\s+"
    r"(?P<name>[A-ZÄÖÅ][^.;:()]{2,100}?(?:[-\s]hanke|[-\s]projektet|[-\s]projekti|\sproject))(?=\s*[.;(]|\s*$)"
)


def names_whole(sentence: str) -> bool:
    """The sentence or row names the whole the page's model belongs to (:data:`WHOLE_ROW`, :data:`BELONGS`):
    not the page's own project."""
    return bool(WHOLE_ROW.match(sentence.strip()) or BELONGS.search(sentence))
