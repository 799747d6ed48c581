"""Parts a document lists by their bare names, under their word in the plural.

Class read: a page, plan or report that lists the project's parts without the word and number
before each name: a heading of the parts' word in the plural over one name a line ("Osakokonaisuudet"
over "1  Palvelujen saatavuus ja jatkuvuus", "Osahankkeet (3)", "Delprojekten"), a sentence ending in a
colon over a numbered list ("Hanke koostuu seuraavista osahankkeista:" over "1. X"), the names after
the colon of one sentence ("Hanke koostuu kolmesta osahankkeesta: X, Y ja Z.") or after the word to
the sentence's end ("Hankkeeseen kuuluvat osahankkeet X, Y ja Z.", or through a clause equating them,
"… kolmeen osahankkeeseen, jotka ovat X, Y ja Z.", "…, som är X och Y", in a paragraph of any lines;
places in a locative after the word, "… kahtena osakokonaisuutena Seinäjoella ja Alavudella", are where
the work is done, no names), or a table under that
heading with a column of the names ("Osa | Nimi | Budjetti (€)" over "1 | X | 230 000"). Each name is
a part of the whole, named by itself (the document gives no other name), never the current part: the
text after the list is the whole's. A sum in the table's row is the part's, granted or applied for as
the table or the text above it says (``parts._money_kind``); the table is no cost table of the whole.
The words are the ``project-part`` vocabulary's (investment, sub-project; a work package is a task of
the whole and names no part). Lines naming a part by its word and number are read elsewhere
(``partwords``, ``partlists``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.partinline import listed_at, listed_in, paragraph_at
from hankegraafi.ingest.facts.partlists import numbers_other
from hankegraafi.ingest.facts.partscopes import part_pattern
from hankegraafi.ingest.facts.partwords import from_scheme, match_part_line, part_words, without_gloss
from hankegraafi.ingest.facts.sumrows import amount, money_statement
from hankegraafi.ingest.orgwords import analyses
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: A list item's number or bullet before the name ("1.", "2)", "3", "-", "•").
_ITEM_MARK = re.compile(r"^\s*(?:(?P<num>\d{1,2})[.)]?\s+|[-–•*]\s+)")
#: A name: capitalised, short, no sentence going on, no sum.
_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[^.;:!?\d€]{2,90}")
#: The names of one sentence after its colon: "X, Y ja Z." (fi, sv, en).
_JOINED = re.compile(r"\s*(?:,\s*(?:ja|och|and)\s+|,\s*|\s+(?:ja|och|and)\s+)")
#: A word saying "per part" ("osahankkeittain", "investoinneittain", "delprojektvis"): no list of parts.
_PER = re.compile(r"(?:ittain|ttain|vis)$", re.I)
#: A column of the parts' names beside their numbers ("Nimi", "Osahankkeen nimi", "Namn").
_NAME_COLUMN = re.compile(r"(?:\w+n\s+)?(?:nimi|nimike|namn|benämning|name)", re.I)
#: A clause equating the parts with the names after it ("…, jotka ovat X", "…, som är X", "…, eli X").
_EQUATING = re.compile(
    r",?\s*(?:jotka\s+ovat|joita\s+ovat|eli|nimittäin|som\s+är|nämligen|which\s+are|namely)\s+", re.I
)
#: A colon after the parts' word inside a paragraph's sentence ("Hanke (1.9.2023–31.8.2025) jakautuu kahteen
#: osahankkeeseen: X ja Y." wrapped over two lines): the names follow it, as after an equating clause.
_COLON = re.compile(r"\s*:\s+")
_MAX_ITEMS = 12


def _stems() -> tuple[re.Pattern[str], dict[str, str]]:
    """Any inflected form of an investment's or sub-project's word; each stem's key."""

    def build(_: registry.Scheme) -> tuple[re.Pattern[str], dict[str, str]]:
        keys = {
            (w[:-2] if len(w) > 6 else w): key
            for w, key in part_words().items()
            if key in ("investment", "sub-project") and " " not in w
        }
        alternatives = "|".join(re.escape(s) for s in sorted(keys, key=len, reverse=True))
        return re.compile(rf"\b(?P<stem>{alternatives})\w*", re.I), {s.casefold(): k for s, k in keys.items()}

    return from_scheme("project-part", "named-lists", build)


def _level(stem: str) -> str:
    key = next(k for s, k in _stems()[1].items() if stem.casefold().startswith(s))
    return "investment" if key == "investment" else "subproject"


def heading_of_parts(text: str) -> str | None:
    """The level of part a heading lists when it is the parts' word alone, in the plural or any case,
    with a count or a colon ("Osakokonaisuudet", "Osahankkeet (3)", "Delprojekten:"); else None."""
    line = re.sub(r"\(\d{1,2}\)|[#*_:]", " ", text).strip()
    m = _stems()[0].fullmatch(line)
    if m is None or match_part_line(text) is not None:
        return None
    return _level(m.group("stem"))


def _intro_sentence(text: str) -> tuple[str, str] | None:
    """(level, what follows the colon) for a sentence naming the parts' word just before its colon
    ("Hanke koostuu seuraavista osahankkeista:", "… kolmesta osahankkeesta: X, Y ja Z.")."""
    head, colon, rest = text.partition(":")
    if not colon or len(head) > 160:
        return None
    found = list(_stems()[0].finditer(head))
    if not found or head[found[-1].end() :].strip() or re.search(r"\d", head[found[-1].start() :]):
        return None  # the word must end the text before the colon, with no number: "osahankkeista:"
    if _PER.search(found[-1].group(0)):
        return None  # "Yhteyshenkilöt osahankkeittain:": what follows is given per part, no part's name
    return _level(found[-1].group("stem")), rest.strip()


def _item(text: str) -> tuple[str, str] | None:
    """(number, name) of a list item that is a bare name, else None."""
    mark = _ITEM_MARK.match(text)
    name = text[mark.end() :].strip() if mark else text.strip()
    name = name.strip("*_ ")
    if not _NAME.fullmatch(name) or len(name.split()) > 10 or match_part_line(name) is not None:
        return None
    return (mark.group("num") or "") if mark else "", name


def _inline(rest: str) -> list[str]:
    """The names after a sentence's colon: "X, Y ja Z." (two at least, each a name)."""
    names = [n.strip() for n in _JOINED.split(rest.rstrip(". ")) if n.strip()]
    return names if len(names) >= 2 and all(_NAME.fullmatch(n) and len(n.split()) <= 10 for n in names) else []


def _in_a_place(name: str) -> bool:
    """A name that is one place name in a case other than the base ("Seinäjoella", "Kotkassa"): a reading
    as a place and every reading inflected."""
    found = analyses(name) if " " not in name else ()
    return any(cls == "paikannimi" for _, cls, _ in found) and all(c not in ("", "nimento") for *_, c in found)


def _named_in_sentences(text: str) -> list[tuple[str, list[str]]]:
    """(level, names) for each sentence that ends with the parts' word and their names, no colon between
    ("Hankkeeseen kuuluvat osahankkeet X, Y ja Z.", "Projektet omfattar delprojekten X, Y och Z."), or a
    clause equating the two ("… osahankkeeseen, jotka ovat X ja Y."): every word from the part's word (or
    the clause) to the full stop is the names, two at least, not all places in a locative."""
    found: list[tuple[str, list[str]]] = []
    for sentence in re.split(r"(?<=\.)\s+", " ".join(text.split())):
        words = list(_stems()[0].finditer(sentence))
        if not words or not sentence.rstrip().endswith("."):
            continue
        after = sentence[words[-1].end() :]
        if _PER.search(words[-1].group(0)):
            continue  # "Yhteyshenkilöt osahankkeittain: …": given per part, no part's name
        equating = _EQUATING.match(after) or _COLON.match(after)
        if equating is None and not after[:1].isspace():
            continue
        names = _inline(after[equating.end() if equating else 0 :].strip())
        if names and not all(_in_a_place(n) for n in names):
            found.append((_level(words[-1].group("stem")), names))
    return found


def _sentence_on(elements: list[Element], index: int, rest: str) -> str:
    """The names after the colon (or a line's last sentence) to the sentence's end, which a PDF's or a
    fixed-width text's line breaks may carry on to the next lines; empty when no full stop ends it within
    three lines."""
    last = elements[index].last
    if (end := _SENTENCE_END.search(rest)) is not None:
        return rest[: end.start()]  # "X ja Y. Hankkeen …": the names' sentence ends inside the line
    for element in elements[index + 1 : index + 4]:
        if rest.rstrip().endswith("."):
            break
        if element.type != "text" or element.first != last + 1:
            break
        rest, last = f"{rest} {element.text.strip()}", element.last
        if (end := _SENTENCE_END.search(rest)) is not None:
            return rest[: end.start()]  # the sentence ended inside the line the break carried on to
    return rest if rest.rstrip().endswith(".") else ""


def _make(ctx: Context, level: str, name: str, number: str, span: Span) -> Project | None:
    whole = ctx.root
    if whole is None or name.casefold() == whole.name.casefold():
        return None
    for project in ctx.projects:
        if project.name.casefold() == name.casefold():
            return project
    return ctx.new_project(level, name, span, whole, number or None)


def _items_below(elements: list[Element], start: int) -> list[tuple[str, str, int]]:
    """The bare names one a line right below ``start`` (a blank line between allowed before the first)."""
    items: list[tuple[str, str, int]] = []
    last = elements[start].last
    for element in elements[start + 1 :]:
        if element.type != "text" or "\n" in element.text.strip() or len(items) >= _MAX_ITEMS:
            break
        if element.first > last + (2 if not items else 1):
            break
        item = _item(element.text)
        if item is None:
            break
        items.append((*item, element.first))
        last = element.last
    return items if len(items) >= 2 else []


def _table_names(ctx: Context, element: Element, level: str, money_kind: Callable[[Element], str]) -> bool:
    """A table under the parts' heading with a column of their names: each row's name a part, a sum
    in the row the part's; the whole keeps no cost table read from it."""
    header = element.header
    names = [i for i, h in enumerate(header) if _NAME_COLUMN.fullmatch(h.strip(" *_"))]
    if not names or len(element.rows) < 3:
        return False
    at = names[0]
    kind = money_kind(element)
    for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
        name = row[at].strip(" *_") if at < len(row) else ""
        if not _NAME.fullmatch(name):
            continue
        number = row[0].strip() if at and re.fullmatch(r"\d{1,2}", row[0].strip()) else ""
        part = _make(ctx, level, name, number, Span(line_no, line_no, "\t".join(row)))
        sums = [a for i, c in enumerate(row) if i != at and i and "%" not in c and (a := amount(c)) is not None]
        if part is not None and sums and sums[-1] != Decimal(0):
            money_statement(part, kind, sums[-1], row[at], Span(line_no, line_no, "\t".join(row)))
    if ctx.root is not None:
        ctx.root.costs = [
            s
            for s in ctx.root.costs
            if not (element.first <= s.span.first <= element.last and s.kind != "granted")
        ]
    return True


def _numbered_in_sentence(text: str) -> list[tuple[str, str, str, str]]:
    """(level, word, number, name) of each part a sentence lists by its word, number and name, two or more
    joined ("… två delprojekt: Delprojekt 1 Digitalt vardagsstöd och Delprojekt 2 Minnesteamet.", "… two
    work streams: Work stream 1 Remote clinics and Work stream 2 Home rehabilitation."): the name is
    what stands after the number, capitalised, to the joining word before the next part or the
    sentence's end."""
    flat = " ".join(text.split())
    found = list(part_pattern().finditer(flat))
    if len(found) < 2 or len({m.group("num") for m in found}) != len(found):
        return []
    out: list[tuple[str, str, str, str]] = []
    for m, following in zip(found, [*found[1:], None], strict=True):
        tail = flat[m.end() : following.start() if following else len(flat)]
        if following is None:
            tail = re.split(r"[.;!?](?:\s|$)", tail, maxsplit=1)[0]
        name = _JOINED.split(tail.strip(" :–—-").rstrip(), maxsplit=1)[0] if following else tail.strip(" :–—-")
        name = re.sub(r"\s*(?:,|ja|och|and)\s*$", "", name.strip())
        key = part_words().get(m.group("word").lower())
        if key not in ("investment", "sub-project") or not _NAME.fullmatch(name) or len(name.split()) > 8:
            return []
        word = m.group("word")
        out.append(
            (
                "investment" if key == "investment" else "subproject",
                word[:1].upper() + word[1:],
                m.group("num"),
                name,
            )
        )
    return out if len({w.casefold() for _, w, _, _ in out}) == 1 else []


#: Where a sentence ends inside a paragraph: a full stop, ! or ? and a space before a capital letter. Each
#: sentence lists its parts on its own ("… kolmessa investoinnissa: Investointi 1 X, Investointi 2 Y ja
#: Investointi 4 Z." and later "… jonka varaan investointi 4 rakentuu.").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=(?-i:[A-ZÅÄÖ]))")


def _name_numbered(ctx: Context, element: Element) -> None:
    """The parts a sentence lists by word, number and name: a part of that number the document reports
    on without its name ("Delprojekt 2 – läget 30.9.2024" over its lights) takes the name; a part the
    sentence alone names is made, a part of the whole, never the current one."""
    whole = ctx.root
    if whole is None or element.type not in ("text", "heading", "field", "table"):
        return
    listed = [(p.level, p.word, p.key, p.name) for p in listed_in(element, numbers_other)]
    flat = " ".join(element.text.split()) if element.type in ("text", "heading") else ""
    if len(part_pattern().findall(flat)) < 2 and not listed:
        return  # a sentence or a field's value lists two parts at least
    said = [part for sentence in _SENTENCE_END.split(flat) for part in _numbered_in_sentence(sentence)]
    said = said or listed
    for level, word, number, name in said:
        label = f"{word} {number}: {name}"
        if ctx.same_part(label, whole) is None and not any(p.name == label for p in ctx.projects):
            ctx.new_project(level, label, _line_span(ctx, element, f"{word} {number}"), whole, number)


def _line_span(ctx: Context, element: Element, key: str) -> Span:
    """The span of the line of ``element`` that names a part by ``key`` ("Osio 2"): a fact table's row of
    parts is no span of theirs, and the grant on the table's next row is the whole's (test33 id68)."""
    if element.type != "table":
        return Span(element.first, element.last, element.text)
    lines = ctx.doc.lines  # an element's lines count from 1
    for at in range(element.first, min(element.last, len(lines)) + 1):
        if key.casefold() in lines[at - 1].casefold():
            return Span(at, at, lines[at - 1])
    return Span(element.first, element.last, element.text)


def read_enumerated(ctx: Context) -> None:
    """The parts a sentence enumerates by word, key and colon in a word of the document's own (``partinline``),
    made before the walk: a matrix of lights naming them by word and key ("Area | Pathway 1 | Pathway 2") then
    finds them. A vocabulary word's parts are made after the walk (:func:`_name_numbered`), as before: made
    before it, they took the whole's grant stated in the text as theirs (test31 ic59, ic95)."""
    whole = ctx.root
    elements = ctx.seg.elements if whole is not None else []
    for index, element in enumerate(elements):
        for part in (p for p in listed_at(elements, index, numbers_other) if p.own):
            label = f"{part.word} {part.key}: {part.name}"
            if ctx.same_part(label, whole) is None and not any(p.name == label for p in ctx.projects):
                ctx.new_project(
                    part.level, label, _line_span(ctx, element, f"{part.word} {part.key}"), whole, part.key
                )


def read_named_lists(ctx: Context, money_kind: Callable[[Element], str]) -> None:
    """Each part a heading or sentence lists by its bare name becomes a part of the whole."""
    elements = ctx.seg.elements
    cells = {cell.strip(" *_#") for line in ctx.doc.lines for cell in re.split(r"[|\t]", line)}
    for index, element in enumerate(elements):
        _name_numbered(ctx, element)
        if (joined := paragraph_at(elements, index)) is not element:
            _name_numbered(ctx, joined)  # a sentence the line breaks carried on to the next lines
        text = element.title if element.type == "table" else element.text
        if element.type == "table" and (level := heading_of_parts(element.title or "")):
            _table_names(ctx, element, level, money_kind)
            continue
        if element.type not in ("text", "heading"):
            continue
        level = heading_of_parts(text) if "\n" not in text.strip() else None
        rest = ""
        if level is None and "\n" not in text.strip() and (said := _intro_sentence(text)) is not None:
            level, rest = said
        if level is None:
            for level, names in _named_in_sentences(_sentence_on(elements, index, text) or text):
                for name in names:
                    _make(ctx, level, name, "", Span(element.first, element.last, text))
            continue
        if rest:
            rest = _sentence_on(elements, index, rest)
            for name in _inline(rest):
                _make(ctx, level, name, "", Span(element.first, element.last, text))
            continue
        if text.rstrip().endswith(":") and (inline := _inline(_sentence_on(elements, index, "").strip())):
            for name in inline:  # "… delas in i två delprojekt:" at a line's end, "X och Y." on the next
                _make(ctx, level, name, "", Span(element.first, element.last, text))
            continue
        for number, name, line_no in _items_below(elements, index):
            _make(ctx, level, _glossed(cells, name), number, Span(line_no, line_no, name))


def _glossed(cells: set[str], name: str) -> str:
    """A listed part's name less its gloss after a spaced dash ("1. Low-threshold clinic — opening a walk-in
    clinic in Kallio", partwords.without_gloss) when a line or table cell of the document is the bare name
    (its matrix's head) and none the whole: a name with a dash of its own ("Kotona – turvallisesti") stays
    whole. ``cells``: the document's lines and cells, stripped (each line split at its pipes and tabs)."""
    head = without_gloss(name)
    return head if head != name and head in cells and name not in cells else name


#: A part's word and number, then its name between commas: "Osahanke 2, Yökotiutukset, tuo …",
#: "Delprojekt 3, Digital rådgivning, startade …", "Work package 1, Remote Clinics, began …".
_APPOSITION = r"(?<![\w-]){word}\s+{number}\s*,\s+(?P<name>(?-i:[A-ZÅÄÖ])[^,.;:()\n]{{2,80}}?)\s*,\s"


def name_in_apposition(ctx: Context) -> None:
    """A part known by its word and number alone (a part's page titled "Osahanke 2") takes the name the
    text gives it between commas after them ("Osahanke 2, Yökotiutukset, tuo kotiutushoitajan …"): its
    name is "Osahanke 2: Yökotiutukset". The first such apposition in the text counts; a name of more
    than six words is a clause, no name."""
    text = "\n".join(ctx.doc.lines)
    for project in ctx.projects:
        part = match_part_line(project.name) if project.level in ("investment", "subproject") else None
        if part is None or part[3]:
            continue
        _kind, word, number, _name = part
        said = re.search(_APPOSITION.format(word=re.escape(word), number=re.escape(number)), text, re.I)
        if said is None or len(said.group("name").split()) > 6:
            continue
        label = f"{word} {number}: {said.group('name').strip()}"
        if not any(p.name == label for p in ctx.projects):
            ctx.rename_part(project, label)
