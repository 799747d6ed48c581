"""The project's name when the document's first lines are not it.

A report, a minute or a message often opens with lines that name no project: a
meeting's header ("PÖYTÄKIRJA 9/2024"), a § title about the matter, an e-mail's
header fields (Lähettäjä, Aihe …), a greeting, or a news headline, which is a
clause ("Etävastaanotot tulevat tunturikyliin"). :func:`no_name` tells such a line
so that the title block passes it over; when no line names the project, the text
does ("… Tunturin terveys -hanke tuo …"): the first sentence naming a project by its
word gives the project named by the file its name.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.domain import PROJECT_WORDS
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.meetinglines import meeting_line
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.nameboxes import matter_name, table_name
from hankegraafi.ingest.facts.namesites import KIND_WORDS, kind_part, names_whole, page_kind, rename
from hankegraafi.ingest.facts.partnames import read_enumerated
from hankegraafi.ingest.facts.signednames import signed_name, subject_label
from hankegraafi.ingest.facts.text import Chunk, sentences
from hankegraafi.ingest.facts.wholedoc import name_field
from hankegraafi.ingest.generic import is_generic, name_before_hanke
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.namecuts import (
    GREETING,
    MAIL_HEADER,
    attributive,
    cut_at_break,
    finite_verb,
    governing_body,
    headline_name,
    kind_line,
    page_marked,
    without_sum,
)
from hankegraafi.ingest.segment import Element
from hankegraafi.ingest.titlewords import about_itself, marking

#: A minute's header, § title or diary number ("123/2024", a register's "VSHVA-2023-1187" alone on its
#: line): the meeting and the matter, never the project's name.
_MEETING = re.compile(
    r"^\s*§\s*\d+|\b(?:pöytäkirja|protokoll|kokouskutsu|esityslista|föredragningslista)\b|\b\d+/(?:19|20)\d\d\b"
    r"|^\s*[A-ZÅÄÖ]{2,10}[-/ ](?:19|20)\d\d[-/ ]\d{1,6}\s*$",
    re.I,
)
#: A dateline: a short line with a full date ("Aluehallitus 22.4.2024", "Julkaistu 14.5.2024").
#: A period line is one too: "Raportointijakso 1.1.–30.6.2025", "Perioden 1.1–30.6.2024".
#: A date written in words ("12 February 2025", "3 mars 2025", "February 12, 2025") ends one too, and the
#: time may follow a Swedish or English word ("Skickad 3.9.2025 kl. 10.41", "Submitted 12 February 2025").
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januari|februari|mars|maj|juni|juli|augusti|oktober)"
)
_DATELINE = re.compile(
    r"^\s*(?:\S+\s+){0,3}(?:(?:\d{1,2}\.\d{1,2}\.?(?:\d{4})?\s*[–-]\s*)?\d{1,2}\.\d{1,2}\.\d{4}\b"
    rf"|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b)"
    r"(?:\s+(?:klo|kl\.?|at)?\s*[\d.:]+(?:\s*[–-]\s*[\d.:]+)?)?\s*$",
    re.I,
)
#: An e-mail address: a contact line ("Kehittämisjohtaja, etunimi.sukunimi@…"), never a title.
_EMAIL = re.compile(r"(?<=[\w.+-])@[\w-]+\.\w")
#: A sentence that names another project beside this one (worked with, continued, earlier).
_OTHER = re.compile(
    r"\bkanssa\b|\byhdessä\b|\bjatk(?:aa|oa|uu|o)\b|\baiemm\w*|\bedelli\w*|\bkuten\b|"
    r"\btillsammans\b|\btidigare\b|\bfortsätt\w*",
    re.I,
)
#: A message's opening word before the name ("Liitteenä X -hankkeen tilannekatsaus"): no part of it.
_OPENER = re.compile(
    r"^(?:Liitteenä|Liitteessä|Ohessa|Oheisena|Oheessa|Tässä|Alla|Bifogat|Bifogad|Här|Nedan|Attached|Enclosed)\s+"
)
#: A title of a report's kind, then a colon or a dash, then the project's name.
KIND_TITLE = re.compile(
    rf"^(?:{KIND_WORDS})(?:\s+\d{{1,2}}/\d{{4}}|\s+\d{{4}})?\s*(?::|\s[–—-])\s+(?P<name>\S.{{2,120}})$", re.I
)
#: The words of a project's name after the county's genitive ("Hämeen hyvä arki -hankkeen").
_HANKE = re.compile(r"\s?[-–]\s?hank(?:e|etta|kee\w*)\b")
#: The partitive "X -hanketta" ("koskee X -hanketta", "on osa X -hanketta"): read as "X -hanke".
_PARTITIVE = re.compile(r"(?<=[-–])(\s?)hanketta\b")
#: The Swedish word after the name: "Hemma i Borgå-projektet", "för Stöd hemma -projektet".
_PROJEKTET = re.compile(r"\s?[-–]\s?projektet(?=s?\b)")
#: The name after an inflected project word: "Hankkeessa Saariston sote on …", "inom projektet Stöd för
#: vardagen, som …". It ends at a punctuation mark or at a verb or conjunction ("för att" is a clause).
_AFTER_WORD = re.compile(
    r"(?:\b[Hh]ankkee(?:lle|seen|ssa|sta|n)|\b[Pp]rojekt(?:ille|iin|issa|et|ets))\s+"
    r"(?P<name>[A-ZÄÖÅ0-9][^.,;:()\n]{2,80}?)"
    # "Projektet Mobil mun- och tandvård (…)": a word cut at a hyphen before "och"/"ja" is a compound's half.
    r"(?=\s*[.,;:(]|(?<!-)\s+(?:on|ovat|oli|ja|sekä|jonka|joka|jossa|är|och|som|för att|har|hade|ska|kommer|var|blir|pågår|enligt|liitteen)\s|\s*$)"
)
#: The name in quotes of any style after an inflected project word: «X», "X", ”X”, „X“ (test42 om11).
_QUOTED_AFTER = re.compile(
    r"(?:\b[Hh]ankkee(?:lle|seen|ssa|sta|n)|\b[Pp]rojekt(?:ille|iin|issa|et|ets)|\b[Pp]roject)\s+"
    r"[«\"”“„](?P<name>[A-ZÄÖÅ0-9][^«»\"”“„\n]{2,80})[»\"”“]"
)
#: One capitalised word, the shape of a section heading taken for a title.
_LONE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+,?")
#: Lower-case words that stand inside a name between capitalised ones ("Hemma i Borgå", "Koti ja arki").
_INNER = re.compile(r"^(?:i|och|på|av|med|till|för|ja|sekä)$")


#: A form's section line: a project word's genitive and one word ("Projektin perustiedot", "Hankkeen kuvaus").
_SECTION_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:hankkeen|projektin|toimintamallin|kokonaisuuden|projektets)\s+[a-zåäö]\w*\s*$",
    re.I,
)


def no_name(text: str, headlines: bool = True) -> bool:
    """A title line that is not a project's name: a message header, greeting, minute header, dateline,
    headline, a form's section line, a printout's running header or a meeting's own line (its body,
    an agenda's procedural item, a minute's label: ``meetinglines``). Without ``headlines`` a clause
    passes (:func:`clause_under_kind`)."""
    return bool(
        _SECTION_LINE.match(text)
        or page_kind(text)  # "Kokonaisuus" between "Innokylä" and the page's name
        or meeting_line(text)
        or _EMAIL.search(text)
        or MAIL_HEADER.match(text)
        or GREETING.match(text)
        or _MEETING.search(text)
        or _DATELINE.match(text)
        or _datelines(text)
        or marking(text)
        or (headlines and headline(text))
        or page_marked(text)
    )


def clause_under_kind(text: str) -> bool:
    """A title line in the shape of a clause right under the report's kind alone ("Loppuraportti" over
    "Vastaanotto uudistuu Etelä-Pohjanmaalla"): a name that says what the project changes, no news
    headline (a news page opens with no kind line). Short, no sentence's end, nothing else that names
    no project. Class: test47 or14; tune u2340-u2341."""
    text = text.strip()
    return (
        headline(text)
        and not about_itself(text)
        and not no_name(text, headlines=False)
        and len(text.split()) <= 8
        and not text.endswith((".", "!", "?", ":"))
        and text[:1].isupper()
    )


#: Between the parts of a metadata line: "Julkaistu 18.7.2025 · Raportointijakso 1.4.–30.6.2025".
_META_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _datelines(text: str) -> bool:
    """A line of datelines joined by a middle dot or a bar (a page's publication and period line)."""
    parts = _META_SEPARATOR.split(text.strip())
    return len(parts) > 1 and all(_DATELINE.match(part) for part in parts)


def headline(text: str) -> bool:
    """A clause, not a name: a word after the first is a verb ("Etävastaanotot tulevat tunturikyliin").

    Names of projects are noun phrases ("Arki sujuvaksi Savossa", "Kotiin turvallisesti");
    a news headline says what happens. A title with a project's word is left alone.
    """
    if PROJECT_WORDS.search(text):
        return False
    words = re.findall(r"[A-Za-zÅÄÖåäö-]+", text)
    return any(
        word.islower()
        and finite_verb(word)
        and not attributive(word, words[at + 1] if at + 1 < len(words) else "", words[at - 1])
        for at, word in enumerate(words[1:], 1)
    )


def named_in(sentence: str) -> str | None:
    """The project a sentence names by its word: "Tunturin terveys -hanke", "Hämeen hyvä arki -hanke"."""
    if _OTHER.search(sentence):
        return None
    sentence = _PARTITIVE.sub(r"\1hanke", sentence)
    swedish = _swedish_before(sentence)
    if swedish is not None:
        return swedish
    name = name_before_hanke(sentence)
    if name is not None:
        # Only "X -hanke" / "X-hankkeen" names a project; "Yhteenveto hankkeen toteutumisesta" does not.
        return _OPENER.sub("", name) if name.endswith("-hanke") else None
    m = _HANKE.search(sentence)
    if m is None:
        return None
    words = sentence[: m.start()].split()[-4:]
    # Lower-case words after a capitalised genitive ("Hämeen hyvä arki"): the name starts at it.
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        if word[:1].isupper() and not word.endswith(("ueen", "ueelle", "alueen", "yhtymän")):
            rest = words[start + 1 :]
            if rest and all(w.islower() and w.isalpha() and not finite_verb(w) for w in rest):
                return " ".join(words[start:]) + " -hanke"
            return None
    return None


def _swedish_before(sentence: str) -> str | None:
    """ "X-projektet": capitalised words before the word, with small words between them ("Hemma i Borgå")."""
    m = _PROJEKTET.search(sentence)
    if m is None:
        return None
    words = [w.strip("\"”“'()") for w in sentence[: m.start()].split()[-6:]]
    taken: list[str] = []
    for word in reversed(words):
        if not word or word.endswith((":", ",", ";", ".")):
            break
        if not (word[:1].isupper() or word[:1].isdigit() or _INNER.match(word)):
            break
        taken.append(word)
    taken.reverse()
    while taken and _INNER.match(taken[0]):
        taken.pop(0)  # "för Hemma i Borgå-projektet": the name starts at its first capital
    if not taken:
        return None
    return " ".join(taken) + m.group(0)  # the word as written: "Borgå-projektet", "hemma -projektet"


def named_after(sentence: str, genitive: bool = True) -> str | None:
    """The project named after its inflected word: "Hankkeessa Saariston sote on kaksi investointia:".

    In running text the genitive is left out (``genitive=False``): "hankkeen Kuopion pisteessä"
    is whose point, not a name."""
    if _OTHER.search(sentence):
        return None
    for m in _QUOTED_AFTER.finditer(sentence):
        if genitive or not re.match(r"(?i)hankkeen|projektets", m.group(0)):
            return m.group("name").strip()  # "hakee avustusta hankkeelle "X" ajalle …": the quotes bound it
    for m in _AFTER_WORD.finditer(sentence):
        if genitive or not re.match(r"(?i)hankkeen|projektets", m.group(0)):
            name = without_sum(m.group("name").strip())  # "hankkeelle 410 000 euroa …" names none
            return None if name is not None and cut_at_break(name) else name
    return None


def weak_title(name: str) -> bool:
    """A title the text may rename: a clause, a line that is no name (a greeting, a header), or one
    capitalised word that a section heading would be ("Sammanfattning", "Eteneminen")."""
    return _clause(name) or no_name(name) or bool(_LONE_WORD.fullmatch(name))


def _same_word(root: Project | None, name: str) -> bool:
    """The text's name holds the one-word title ("Digiarki" and "Digiarki-hanke"): no other name."""
    return (
        root is not None and bool(_LONE_WORD.fullmatch(root.name)) and root.name.casefold() in name.casefold()
    )


def _clause(name: str) -> bool:
    """A title that is a clause: it introduces a list (":") or a word in it is a verb ("Hanke jakautuu …")."""
    words = re.findall(r"[A-Za-zÅÄÖåäö-]+", name)
    return name.rstrip().endswith(":") or any(w.islower() and finite_verb(w) for w in words[1:])


def title_name(title: str) -> str:
    """The project's name in a title that is a clause about it ("Kotona Karjalassa -hanke sai
    2,4 miljoonaa euroa" names "Kotona Karjalassa -hanke"); any other title as it is."""
    if (headline := headline_name(title)) is not None:
        return headline  # "X hanke ehti puoliväliin", "X hanke puolivälissä": the name before the news
    return (named_in(title) or named_after(title) or title) if _clause(title) else title


def _begin(ctx: Context, elements: list[Element]) -> None:
    """A fact box's name row or a title of the report's kind names the project; else, when no title
    line named it or a clause did, the first sentence naming one does.

    Runs after the title block and the late title of a recognised layout, before the walk,
    so that every fact the walk reads belongs to the project under its own name.
    """
    _tail_off(ctx)
    root = ctx.root
    boxed = None if any(e.type == "field" and e.key == "name" for e in elements) else table_name(elements)
    if boxed is not None:
        if root is None or root.name != boxed[1]:
            _name_project(ctx, boxed[1], Span(boxed[0].first, boxed[0].last, boxed[1]))
        return
    head = (
        None if any(e.type == "field" and e.key == "name" for e in elements) else head_row_name(ctx, elements)
    )
    if head is not None and (root is None or root is ctx.fallback or root.span.first > head[0].last):
        _name_project(ctx, head[1], Span(head[0].first, head[0].last, head[1]))
        return
    titled = kind_title(elements)
    if titled is not None and (
        root is None
        or root is ctx.fallback
        or root.span.first > titled[0].first
        # the same title line taken whole ("Hankesuunnitelma: X" named "Hankesuunnitelma: X")
        or (root.name != titled[1] and root.name.endswith(titled[1]) and kind_title([_as_title(root.name)]))
    ):
        _name_project(ctx, titled[1], Span(titled[0].first, titled[0].last, titled[0].text.strip()))
        return
    matter = matter_name(ctx, elements) if root is None or root is ctx.fallback else None
    if matter is None and (root is None or root is ctx.fallback or subject_label(root.name)):
        matter = signed_name(ctx)  # a message's signature: "Ystävällisin terveisin" / … / "X -hanke"
    if matter is not None:
        _name_project(ctx, matter[1], Span(matter[0].first, matter[0].last, matter[1]))
        return
    if is_generic(ctx) and root is not None:
        _listed(ctx, root, elements)
    if is_generic(ctx) or (root is not None and not weak_title(root.name)):
        return
    if root is None and not any(no_name(e.text) for e in _title_lines(elements)):
        return  # nothing at the top was passed over: the layout names its project elsewhere (a table)
    if any(e.type == "field" and e.key == "name" for e in elements):
        return  # a name field names it
    for element in elements[:80]:
        if element.type != "text":
            continue
        for sentence in sentences(element.text):
            name = named_in(sentence) or named_after(sentence, genitive=False)
            if name is None or len(name) < 4 or _same_word(root, name):
                continue
            span = Span(element.first, element.last, sentence)
            if root is None:
                ctx.root = ctx.new_project("project", name, span)
            else:
                rename(ctx, root, name, span)
            ctx.result.title = name
            ctx.result.title_span = span
            return


#: A title's name, a spaced separator and a tail in lower case: the page's or report's kind ("Muistiystävällinen
#: Ylä-Savo · tiimin tilannesivu", "Järvenpää Hospital at Home — quarterly note Q2/2025").
_TAILED = re.compile(r"^(?P<name>(?-i:[A-ZÅÄÖ]).{2,80}?)\s+[·—–|]\s+(?P<tail>(?-i:[a-zåäö])[^·—–|]{2,60})$")


def _tail_off(ctx: Context) -> None:
    """The project a title names with a lower-case tail after a separator is named without it when the text
    below the title names it so alone: the tail is the document's kind or a subtitle (test25 l23, test29 ib61;
    every set's gold accepts a subtitled name's head alone). A name the text never gives alone keeps its tail
    ("Trygg vardag – hemvård i skärgården")."""
    root = ctx.root
    if (
        root is None
        or root is ctx.fallback
        or root.parent is not None
        or (m := _TAILED.match(root.name)) is None
    ):
        return
    name = m.group("name").strip()
    body = "\n".join(ctx.doc.lines[root.span.last : root.span.last + 200])
    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]|\s+[·—–|]\s)", body) is None:
        return
    rename(ctx, root, name, root.span)
    if ctx.result.title == m.group(0):
        ctx.result.title = name


def _listed(ctx: Context, root: Project, elements: list[Element]) -> None:
    """A page listing several projects, each under a heading that is its name ("Arjen turva -hanke",
    "Nuorten mieli -hanke"): when the page's project is one of them, the others are projects too."""
    listed = [
        (element, element.text.strip())
        for element in elements[:200]
        if element.type == "text"
        and not prose(element.text)
        and name_before_hanke(element.text.strip()) == element.text.strip()
    ]
    names = [name for _, name in listed]
    if len(set(names)) < 2 or root.name not in names:
        return
    for element, name in listed:
        if name != root.name:
            ctx.new_project("project", name, Span(element.first, element.last, name))


def _as_title(text: str) -> Element:
    return Element("text", 0, 0, text)


def kind_title(elements: list[Element]) -> tuple[Element, str] | None:
    """A title that gives the document's kind, then the project's name: "Slutrapport: Digital
    mottagning", "Loppuraportti – Kotona Kainuussa". The name is what follows the kind."""
    for element in elements[:20]:
        if element.type not in ("text", "heading") or prose(element.text):
            continue
        m = KIND_TITLE.match(element.text.strip().strip("#").strip())
        if m is None:
            continue
        name = m.group("name").strip(" .")
        if (
            re.search(r"[A-Za-zÅÄÖåäö]{3}", name)
            and name[:1].isupper()
            and not _clause(name)
            and not no_name(name)
        ):
            return element, name
    return None


#: A page mark in a head row: "1 (3)", "Sivu 2/4", "Sida 1 (2)".
_PAGE_MARK = re.compile(
    r"^(?:(?:sivu|sida|page)\s*\d{1,3}(?:\s*(?:\(\d{1,3}\)|/\s*\d{1,3}))?|\d{1,3}\s*(?:\(\d{1,3}\)|/\s*\d{1,3}))$",
    re.I,
)


def head_row_name(ctx: Context, elements: list[Element]) -> tuple[Element, str] | None:
    """The project's name in the cells of a report's head rows: "Tilanneraportti | X" or
    "X | Raportointijakso 1.1.–30.6.2023" under "COUNTY | TILANNERAPORTTI".

    A form's head is a small table on the first lines whose cells give the county or the
    organisation, the report's kind and number, the period or date and a page mark; the one
    cell left that reads as a name (capitalised, not in capitals, no clause) is the project's.
    """
    table = next((e for e in elements[:3] if e.type == "table"), None)
    if table is None or table.first > 3:
        return None
    # The head is the table's first rows on consecutive lines; a blank line ends it (the rows after
    # it are the form's fields: "Laatija | …").
    head = [
        row
        for index, (row, line) in enumerate(zip(table.rows, table.row_lines, strict=False))
        if line == table.first + index
    ]
    if head and (kinded := _kind_row_name(ctx, head[0])) is not None:
        return table, kinded
    if not 1 <= len(head) <= 3:
        return None
    left = [
        cell.strip("*_ ")
        for row in head
        for cell in row
        if cell.strip("*_ ") and not _head_cell(ctx, cell.strip("*_ "))
    ]
    if len(left) != 1:
        return None
    name = left[0]
    if not (name[:1].isupper() and re.search(r"[a-zåäö]{3}", name) and len(name) <= 100) or no_name(name):
        return None
    if kind_title([e for e in elements[:6] if e.first == table.last + 1]) is not None:
        return None  # "Tilanneraportti 2/2024 – X" under a letterhead's unit ("Hankehallinto") names it
    return (table, name) if not _clause(name) and not prose(name) else None


#: A sheet's kind in its first cell: a follow-up of costs or of the project ("Kustannusseuranta",
#: "Hankeseuranta", "Uppföljning"), or a report's kind in two words ("Progress report Q2/2025").
_SHEET_KIND = re.compile(
    rf"^(?:[\w-]*(?:seuranta|uppföljning)|{KIND_WORDS})(?:\s+(?:[QHqh][1-4]|\d{{1,2}})?(?:/\d{{4}})?|\s+\d{{4}})?$",
    re.I,
)


def _kind_row_name(ctx: Context, row: list[str]) -> str | None:
    """The name in a sheet's or export's first row beside the document's kind, on either side of it:
    "Seurantaraportti;X;;;", "Kustannusseuranta 1–9/2025<tab>X<tab>sivu 1/2", "X;tilannekatsaus;;;" (a kind of
    title-kind with its period; the other cells empty or head cells: a date, a page mark). A header row
    opens with no kind; a kind beside a label ("Seurantalomake 2/2024;Päivitetty;…") names none. Class:
    test27 i58/i60, test30 oc10, test31 ic12; tune u1184-u1186."""
    cells = [cell.strip("*_ ") for cell in row if cell.strip("*_ ")]
    if len(cells) < 2:
        return None
    for kind, name in ((cells[0], cells[1]), (cells[1], cells[0])):
        if kind.isupper() or not (kind_line(kind) or _SHEET_KIND.match(kind) or kind_part(kind)):
            continue
        rest = cells[2:]
        if any(not _head_cell(ctx, cell) for cell in rest) or _head_cell(ctx, name) or match_field(name):
            continue
        if not (name[:1].isupper() and re.search(r"[a-zåäö]{3}", name) and len(name) <= 100) or no_name(name):
            continue
        if not _clause(name) and not prose(name) and not kind_part(name):
            return name
    return None


def _head_cell(ctx: Context, cell: str) -> bool:
    """A head cell that names no project: capitals (a letterhead), the kind, a date or period, a page
    mark, a label, a governing body, or only a county's or organisation's name."""
    if (
        cell.isupper()
        or kind_line(cell)
        or _PAGE_MARK.match(cell)
        or cell.endswith(":")
        or governing_body(cell)
    ):
        return True  # ... or the body whose minute it is ("Regionstyrelsen | 31.10.2022")
    if " | " in cell or re.search(rf"\b(?:{KIND_WORDS})\b", cell, re.I):
        return True  # a page header's joined cell: "Lapin hyvinvointialue – Hankesuunnitelma Lappi 2"
    if re.search(r"\d{1,2}\.\d{1,2}\.", cell) or re.fullmatch(r"[\d\s./–-]+", cell):
        return True
    mentions = ctx.names.known(cell)
    return len(mentions) == 1 and len(mentions[0].surface) >= len(cell.rstrip(" .:")) - 2


def _name_project(ctx: Context, name: str, span: Span) -> None:
    """The document's project is ``name``: a new root, or the root renamed (its parts follow)."""
    if ctx.root is None:
        ctx.root = ctx.new_project("project", name, span)
    else:
        rename(ctx, ctx.root, name, span)
    ctx.fallback = None
    ctx.result.title, ctx.result.title_span = name, span


def _title_lines(elements: list[Element]) -> list[Element]:
    """The short text lines above the first label or paragraph: where a title would stand."""
    out: list[Element] = []
    for element in elements[:20]:
        if element.type != "text" or prose(element.text):
            break
        out.append(element)
    return out


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """A project named only by its file or by a headline takes the name its text gives (in a generic
    document, when the generic family's patterns found none: "valmistelee Savon sujuva arki -hanketta")."""
    root = ctx.root
    if root is None:
        return
    if root is not ctx.fallback and not weak_title(root.name):
        _fuller(ctx, root, sentence, chunk)
        return  # a title that is a name ("Hankerahaa jaetaan …" is a headline, a clause)
    if name_field(ctx) or names_whole(sentence):
        return  # a name field names it (further on); the row naming a model's whole names another
    name = named_in(sentence) or named_after(sentence, genitive=False)
    if name is None or len(name) < 4 or _same_word(root, name):
        return
    rename(ctx, root, name, Span(chunk.first, chunk.last, sentence))
    ctx.fallback = None
    ctx.result.title = ctx.result.title or name
    ctx.vote_region(sentence, 1)


def names_another(sentence: str) -> bool:
    """The sentence names a project beside this one: worked with, continued or earlier ("kanssa", "jatkaa")."""
    return _OTHER.search(sentence) is not None


def _fuller(ctx: Context, root: Project, sentence: str, chunk: Chunk) -> None:
    """The text's fuller name of a project its title names generically: "Kestävän kasvun hanke" in a
    report's title or a minute's § title, "Etelä-Savon Kestävän kasvun hanke on saanut …" in its text.

    The one word right before the same name, a genitive (the county's or owner's), is added, in a
    sentence that names no other project beside this one, and when no name field named it.
    """
    if root.parent is not None or _OTHER.search(sentence) or name_field(ctx):
        return
    start = 0
    for word in _HANKE_WORD.finditer(sentence[:2000]):  # each project named, in a paragraph run together
        name, start = name_before_hanke(sentence[start : word.end()]), word.end()
        if name is None or not name[:1].isupper():
            continue
        own, other = _bare(root.name), _bare(name)
        extra = other[: -len(own)].split() if other.endswith(" " + own) else []
        if extra and extra[-1].endswith("n"):
            # The genitive right before the name; a margin heading run in before it is no part of it.
            name = " ".join(name.split()[-(len(root.name.split()) + 1) :])
            rename(ctx, root, name, Span(chunk.first, chunk.last, sentence))
            ctx.result.title = name
            return


_HANKE_WORD = re.compile(r"hank(?:e|kee)\w*", re.I)


def _bare(name: str) -> str:
    """A name folded, without its word "hanke" at the end ("Kestävän kasvun hanke" → "kestävän kasvun")."""
    return re.sub(r"\s*-?\s*hanke$", "", re.sub(r"\s+", " ", name.casefold())).strip()


def _begin_parts(ctx: Context, elements: list[Element]) -> None:
    """The name, then the parts a sentence enumerates (``partnames.read_enumerated``), before the walk."""
    _begin(ctx, elements)
    read_enumerated(ctx)


FAMILY = Family("project-name", begin=_begin_parts, sentence=_sentence)


def prose(text: str) -> bool:
    """Running text, not a title line: long, or a sentence of more than four words."""
    text = text.strip()
    return len(text) > 100 or (text.endswith((".", "!", "?")) and len(text.split()) > 4)
