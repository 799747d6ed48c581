"""Parts a document names in passing or in a list, not as headings of their own sections.

The segmenter reads a line naming a part ("Investointi 3: X", "Osakokonaisuus 2: Y") as the
part's heading, and the walk files what follows under it. Two forms name a part without
opening its section:

- a sentence stating the part's money ("Investointi 2: X hakee 410 000 euroa lisää."): minutes
  or a news item name the part in passing, and the report's lights, goals and cost table after
  it are the whole's;
- a list of parts, one a line with no blank line between ("Investoinnit" over "Investointi 1: X
  myönnetty 900 000 €" / "Investointi 2: Y" / "Investointi 3: Z") and a blank line after it:
  each line is an item of the list, the last one too, and what follows the list is the whole's.
  A plan's outline headings ("2.1 Investointi 1: X" / "2.2 Investointi 2: Y" over Y's "Tavoitteet:")
  are headings, one of them empty, and a last line with its text right under it heads that text.

Both become what the parts family reads as listed parts (``facts/parts.py``): the sentence a line
of text, whose part ``parts._chunks`` lists with its sum; the list one table of part rows, which
``parts._rows_are_parts`` reads with their sums.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hankegraafi.ingest.facts.goallabels import goal_words
from hankegraafi.ingest.facts.partinline import listed_at
from hankegraafi.ingest.facts.partrows import NAME_COLUMN
from hankegraafi.ingest.facts.partwords import (
    document_words,
    match_part_line,
    own_bare_name,
    own_name,
    own_words,
    sentence_name,
)
from hankegraafi.ingest.facts.sums import clause_sum
from hankegraafi.ingest.facts.text import BULLET
from hankegraafi.ingest.segment import Element

if TYPE_CHECKING:
    from hankegraafi.ingest.facts.context import Context

#: Fewest parts that make consecutive part lines a list.
MIN_LISTED = 2
#: An outline number before a part's name ("2.1 Investointi 1: X"): a plan's heading, no list item.
_OUTLINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s")


def said_in_passing(element: Element) -> bool:
    """A part line that is a sentence stating the part's money: no heading of the part."""
    return (
        element.type == "part"
        and element.first == element.last
        and element.text.rstrip().endswith(".")
        and clause_sum(element.text) is not None
    )


def _kind(cell: str) -> str | None:
    """The kind of part a cell names (investment, sub-project), None for none or a work package."""
    found = match_part_line(BULLET.sub("", cell))
    return found[0] if found is not None and found[0] != "work-package" else None


def _names_part(cell: str) -> bool:
    return _kind(cell) is not None


def _part_rows(element: Element) -> list[tuple[list[str], int]] | None:
    """The rows a line or a table of part names gives a list of parts; None if it is something else."""
    if element.type == "part" and element.first == element.last:
        # "TP1 X" read as "Työpaketti 1: X" (facts/partshort.py): the row is the part's label written out.
        written = not _names_part(element.text) and _names_part(element.value)
        return [([element.value if written else element.text, ""], element.first)]
    if element.type == "table" and element.rows and all(row and _names_part(row[0]) for row in element.rows):
        return list(zip(element.rows, element.row_lines, strict=False))
    return None


def read_lists(elements: list[Element]) -> None:
    """Part lines in passing become text, and runs of part lines one after another one table, in place."""
    for index, element in enumerate(elements):
        if said_in_passing(element):
            elements[index] = Element(
                "text", element.first, element.last, element.text, withdrawn=element.withdrawn
            )
    index = 0
    while index < len(elements):
        end = index
        rows: list[tuple[list[str], int]] = []
        while end < len(elements) and (found := _part_rows(elements[end])) is not None:
            if end > index and elements[end].first != elements[end - 1].last + 1:
                break  # a blank line or other text between: the list has ended
            rows += found
            end += 1
        listed = (
            len(rows) >= MIN_LISTED
            and any(elements[k].type == "part" for k in range(index, end))
            and not any(_OUTLINE.match(row[0]) for row, _ in rows)
            and len({_kind(row[0]) for row, _ in rows})
            == 1  # "Investointi 2: X" over "Osahanke 2.1: Y": a part and its own
            and (end == len(elements) or elements[end].first > elements[end - 1].last + 1)
        )
        if listed:
            # A table of part rows alone is read as one already; a part line in the run would open a section.
            table = Element(
                "table",
                elements[index].first,
                elements[end - 1].last,
                "\n".join("\t".join(row) for row, _ in rows),
                rows=[list(row) for row, _ in rows],
                row_lines=[line for _, line in rows],
                title=elements[index].title if elements[index].type == "table" else "",
            )
            elements[index:end] = [table]
        index = index + 1 if listed else max(index + 1, end)


#: A sentence counting the project's parts in a word of its own: "Hankkeessa on kolme osiota", "Projektet
#: består av två spår", "The project has three strands", "Hanke jakautuu kahteen osioon" (fi, sv, en), in the
#: present or, in a final report, the past ("Hankkeessa oli kaksi alaprojektia", "Projektet hade två spår").
_COUNTED = re.compile(
    r"\b(?:on|oli|har|hade|has|have|had|består\s+av|bestod\s+av|omfattar|omfattade|consists\s+of|"
    r"consisted\s+of|koostuu|koostui|jakautuu|jakautui|(?:is|was)\s+divided\s+into|comprises|comprised|"
    r"toteutetaan|toteutettiin)\s+(?:\w+\s+)?(?P<count>kaksi|kolme|neljä|viisi|kahte\w*|kolme\w*|nelj\w*|"
    r"två|tre|fyra|fem|two|three|four|five|[2-6])\s+(?P<noun>(?-i:[a-zåäö])[a-zåäö-]{2,20})\b",
    re.I,
)
#: A line of a part in that word, its number or letter and its name: "Osio 1: X", "Spår 2 – Y".
_OWN_WORD_LINE = (
    r"^\s*(?P<word>{word})\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?|(?-i:[A-H]|I{{1,3}}|IV)\b)(?:\s*[:.–—-]\s*|\s+)"
    r"(?P<name>(?-i:[A-ZÅÄÖ]).{{2,}})$"
)
#: What stands before a line's own text: a list's bullet, a quoted mail's "> ", a wiki heading's "h3. ",
#: Markdown's marks.
_MARKS = re.compile(r"^(?:\s*>)*\s*(?:h[1-6]\.\s+)?(?:[-•·*–]\s+)?[*_#\s]*")
#: A numbered line in any capitalised word: the word, its number (1, 1.2, A, II) and a separator.
_SERIES_LINE = re.compile(
    r"^(?P<word>(?-i:[A-ZÅÄÖ])[a-zåäö-]{3,24}(?:\s(?-i:[a-z]{3,12}))?)\s+"
    r"(?P<num>\d{1,2}(?:\.\d{1,2})?|(?-i:[A-H]|I{1,3}|IV)\b)(?:\s*[:.–—-]\s*|\s+)(?-i:[A-ZÅÄÖ])"
)
#: A line that is a sentence: it ends in a full stop after a lower-case word or a figure.
_SENTENCE_END = re.compile(r"[a-zåäö0-9)]\.\s*$")
#: The first number of a series: 1, 1.1, A, I.
_FIRST = re.compile(r"1|\d{1,2}\.1|A|I")
#: Words that number other things than a project's parts (the start of the word, lower case): goals and
#: results, steps and phases, a text's own divisions, tables and figures, events, a tender's lots and a
#: decision's options, questions, risks and measures, the projects of a portfolio, groups of people.
_NOT_PARTS = (
    "tavoite",
    "osatavoite",
    "päätavoite",
    "alatavoite",
    "päämäärä",
    "mål",
    "delmål",
    "objective",
    "goal",
    "target",
    "aim",
    "tulos",
    "resultat",
    "result",
    "tuotos",
    "output",
    "outcome",
    "vaihe",
    "steg",
    "fas",
    "phase",
    "step",
    "stage",
    "askel",
    "luku",
    "kapitel",
    "chapter",
    "section",
    "kohta",
    "pykälä",
    "artikla",
    "article",
    "osa",
    "del",
    "taulukko",
    "tabell",
    "table",
    "kuva",
    "kuvio",
    "figur",
    "figure",
    "liite",
    "bilaga",
    "appendix",
    "annex",
    "kaavio",
    "diagram",
    "chart",
    "dia",
    "slide",
    "sivu",
    "sida",
    "page",
    "työpaja",
    "workshop",
    "verkstad",
    "tilaisuus",
    "kokous",
    "möte",
    "meeting",
    "webinaari",
    "webinar",
    "seminaari",
    "seminar",
    "koulutus",
    "utbildning",
    "training",
    "session",
    "tapaaminen",
    "kerta",
    "viikko",
    "vecka",
    "week",
    "päivä",
    "dag",
    "day",
    "kierros",
    "round",
    "sprint",
    "kvartaali",
    "quarter",
    "jakso",
    "period",
    "vuosi",
    "year",
    "vaihtoehto",
    "alternativ",
    "option",
    "ehdotus",
    "förslag",
    "proposal",
    "päätös",
    "beslut",
    "decision",
    "kysymys",
    "fråga",
    "question",
    "tehtävä",
    "uppgift",
    "task",
    "suositus",
    "rekommendation",
    "recommendation",
    "havainto",
    "finding",
    "johtopäätös",
    "slutsats",
    "conclusion",
    "esimerkki",
    "exempel",
    "example",
    "skenaario",
    "scenario",
    "versio",
    "version",
    "huomio",
    "note",
    "lähde",
    "källa",
    "source",
    "riski",
    "risk",
    "mittari",
    "indikaattori",
    "indikator",
    "indicator",
    "tunnusluku",
    "measure",
    "kpi",
    "hanke",
    "projekti",
    "projekt",
    "project",
    "ryhmä",
    "grupp",
    "group",
    "kunta",
    "kommun",
    "municipality",
    "asiakas",
    "klient",
    "client",
    "case",
    "tapaus",
    "potilas",
    "patient",
    "henkilö",
    "person",
)
#: The endings a counted noun takes after a number (fi partitive, illative and essive: "kolmena työlinjana";
#: sv plurals: "två åtgärdsområden", "tre linjer"; en plural).
_ENDINGS = ("iin", "na", "nä", "ta", "tä", "on", "ön", "en", "er", "ar", "or", "a", "ä", "s")


def _own_word(elements: list[Element]) -> re.Pattern[str] | None:
    """The word a sentence of the text counts its parts in, as the start of a numbered line's word."""
    for element in elements:
        if element.type != "text":
            continue
        m = _COUNTED.search(element.text)
        if m is None or match_part_line(m.group("noun").capitalize() + " 1") is not None:
            continue  # a word of the vocabulary is read as such
        noun = m.group("noun").lower()
        stem = next((noun[: -len(e)] for e in _ENDINGS if noun.endswith(e) and len(noun) - len(e) >= 3), noun)
        if _numbers_other(stem):
            continue  # "two options", "kolme vaihetta": no parts
        return re.compile(_OWN_WORD_LINE.format(word=re.escape(stem) + r"\w{0,3}"), re.I)
    return None


def read_own_part_words(elements: list[Element]) -> None:
    """The word the document numbers its parts in when the vocabulary does not hold it, read by
    ``partwords.match_part_line`` for this document (:func:`own_part_words`); run before any family."""
    own_words(())  # the last document's words are no words of this one
    own_words(own_part_words(elements))


def own_part_words(elements: list[Element]) -> tuple[str, ...]:
    """The word the document numbers its parts in when the vocabulary does not hold it (lower case): the
    word a sentence counts the parts in, as its numbered lines write it, or the word of a series
    (:func:`read_own_word_parts`), and the word a sentence enumerates its parts in (``partinline``)."""
    found = _lines_in(elements, _own_word(elements))
    if len({m.group("num") for m in found}) < MIN_LISTED:
        found = _lines_in(elements, _series_word(elements))  # the counted word's lines are none: a series
    inline = {
        p.word.lower() for i in range(len(elements)) for p in listed_at(elements, i, _numbers_other) if p.own
    }
    if len({m.group("num") for m in found}) < MIN_LISTED:
        return tuple(sorted(inline))  # one line in the word ("… ja" / "Palvelukokeilu 2: X."): no series
    return tuple(sorted({m.group("word").lower() for m in found} | inline))


def _lines_in(elements: list[Element], line: re.Pattern[str] | None) -> list[re.Match[str]]:
    """The lines of ``elements`` in a part's word (``line``), as their own lines or a table's rows."""
    if line is None:
        return []
    return [m for element in elements for text in _own_lines(element) if (m := line.match(text)) is not None]


def _own_lines(element: Element) -> list[str]:
    """A text's or heading's line, or each row of a table of two columns or more whose first cell is a word
    and a number and whose second a name ("Osio 1 | Kotikuntoutus"), joined as a line ("Osio 1: X")."""
    if element.type in ("text", "heading"):
        return [_bare(element.text)]
    if element.type != "table":
        return []
    lines = [
        f"{row[0].strip()}: {row[1].strip()}"
        for row in element.rows
        if len(row) >= 2 and _ROW_KEY.fullmatch(row[0].strip()) and row[1].strip()[:1].isupper()
    ]
    # a row declaring its part in one cell, the first or after a code ("Kehityslinja 1: X | description",
    # "KT1 | Kehittämisteema 1: X"; facts/partfieldrows.py)
    lines += [cell for row in element.rows if (cell := _declared(row)) is not None]
    return lines or _numbered_under_word(element)


def _declared(row: list[str]) -> str | None:
    """A table row's cell that is a whole part line: the first, or the second after a short code."""
    cells = [c.strip(" *_") for c in row]
    at = 1 if len(cells) >= 2 and _ROW_CODE.fullmatch(cells[0]) else 0
    cell = cells[at] if at < len(cells) else ""
    return cell if _SERIES_LINE.match(cell) and ":" in cell and not _SENTENCE_END.search(cell) else None


#: A short code that keys a part in a table's first cell ("KT1", "OP2", "TP-3").
_ROW_CODE = re.compile(r"(?-i:[A-ZÅÄÖ]{1,4})-?\d{1,2}")


def _numbered_under_word(element: Element) -> list[str]:
    """A table whose first column's header is a word and its cells numbers, beside a column of names
    ("Työlinja | Nimi | Kustannusarvio €" over "1 | Sosiaalihuollon neuvonta | 640 000"): each row as a
    line "Työlinja 1: Sosiaalihuollon neuvonta"."""
    header = element.header
    if len(header) < 2 or not re.fullmatch(r"(?-i:[A-ZÅÄÖ])[a-zåäö-]{3,24}", word := header[0].strip(" *_")):
        return []
    names = [i for i, h in enumerate(header) if i and NAME_COLUMN.fullmatch(h.strip(" *_"))]
    at = names[0] if names else 1
    rows = [r for r in element.rows[1:] if len(r) > at and re.fullmatch(r"\d{1,2}", r[0].strip())]
    if [r[0].strip() for r in rows] != [str(n) for n in range(1, len(rows) + 1)]:
        return []  # "Tunnus | Tehtävän nimi" over "0 | X", "1 | Osahanke 1: …", "1.1 | …": a plan's ids, no parts
    return [f"{word} {r[0].strip()}: {r[at].strip()}" for r in rows if r[at].strip()[:1].isupper()]


#: A table's first cell that numbers its row in a word: "Osio 1", "Work package 2", "Delområde B".
_ROW_KEY = re.compile(
    r"(?-i:[A-ZÅÄÖ])[a-zåäö-]{3,24}(?:\s[a-z]{3,12})?\s+(?:\d{1,2}(?:\.\d{1,2})?|(?-i:[A-H]))"
)


def _bare(text: str) -> str:
    """A line's own text, less the marks before it (:data:`_MARKS`) and after it."""
    return _MARKS.sub("", text).rstrip("*_ ")


def _numbers_other(word: str) -> bool:
    """The word is one of :data:`_NOT_PARTS` or a compound ending in one ("kohderyhmä", "delmål"); a word of
    three letters only as itself ("Hankeosa 1" is a part, "Osa 1" a tender's lot); or a word the vocabulary
    gives one goal (``goal-label``: a template's "Kehityskohde" is one vocabulary line, for goals and parts)."""
    return word in goal_words() or any(word == w or (len(w) > 3 and word.endswith(w)) for w in _NOT_PARTS)


#: For the parts one sentence enumerates (``partinline``).
numbers_other = _numbers_other


def _count_series(text: str, numbers: dict[str, set[str]]) -> None:
    """Count a numbered line's word and number in ``numbers`` when it can be a part's line."""
    m = _SERIES_LINE.match(text)
    if m is None or _SENTENCE_END.search(text):
        return  # "Nosto 1: Kotikäyntejä tehtiin jo 120.": a numbered sentence, no part's line
    word = m.group("word").lower()
    if (
        any(_numbers_other(w) for w in {word, *word.split()})
        or match_part_line(f"{m.group('word')} 1") is not None
    ):
        return  # a goal, a step or a table; a word of the vocabulary is read as such
    numbers.setdefault(word, set()).add(m.group("num"))


def _series_word(elements: list[Element]) -> re.Pattern[str] | None:
    """The word of a series of numbered lines that names no other thing (:func:`read_own_word_parts`)."""
    numbers: dict[str, set[str]] = {}
    for element in elements:
        if element.type not in ("text", "heading", "table") or len(element.text) > 2000:
            continue
        if element.type != "table" and ("\n" in element.text or len(element.text) > 160):
            continue
        for text in _own_lines(element):
            _count_series(text, numbers)
    for word, found in numbers.items():
        if len(found) >= MIN_LISTED and any(_FIRST.fullmatch(n) for n in found):
            return re.compile(_OWN_WORD_LINE.format(word=re.escape(word)), re.I)
    return None


def read_own_word_parts(elements: list[Element]) -> None:
    """The numbered lines in the word a sentence counts the project's parts in become part lines, in place.

    Class read: a report or page that says how many parts the project has in a word of its own that the
    ``project-part`` vocabulary does not hold, since the same word names other things elsewhere ("osio":
    a form's section; "spår", "strand") and then gives each part a line in that word, its number and its
    name ("Osio 1: Perhekeskuksen chat laajeni …", "Spår 2: Familjerådgivning på distans startade …")
    with its own lights below. Two such lines at least, numbered apart; a form's numbered section
    ("OSIO 2: TOTEUTUKSEN ARVIO", with no sentence counting the parts) stays what it was. The part is
    named by its name alone, read as a part line's (``partwords.sentence_name``).

    Without such a sentence, a series does it (:func:`_series_word`): two lines at least in the same
    capitalised word numbered from the first ("Kehityslinja 1 – X" / "Kehityslinja 2 – Y", "Osio A: X" /
    "Osio B: Y", "Component 1: X"), each a line of its own (a heading, a list item, a quoted line) with a
    name, when the word is none that numbers other things (:data:`_NOT_PARTS`: goals, steps, tables,
    workshops, lots, questions, risks, projects of a portfolio). The words are those
    :func:`read_own_part_words` found before any family read the document; a description after the name
    and a dash, in lower case, is no part of the name ("Osio A: Kotiutustiimi – sairaalasta kotiin …")."""
    words = document_words()
    if not words:
        return
    line = re.compile(_OWN_WORD_LINE.format(word="|".join(re.escape(w) for w in words)), re.I)
    found = [
        (index, m)
        for index, element in enumerate(elements)
        if element.type in ("text", "heading") and (m := line.match(_bare(element.text))) is not None
    ]
    if len({m.group("num") for _, m in found}) < MIN_LISTED:
        return
    seen: set[str] = set()
    for index, m in found:
        element = elements[index]
        if m.group("num") in seen:
            continue  # a later line of a part named before ("Osio B: Soittorinkiin kuuluu 150 …."): its goal
        seen.add(m.group("num"))
        name = own_name(m.group("name"))
        name = sentence_name(name, element.text.strip(" *_"))
        # named as a part of the vocabulary is ("Osio A: X"): the tables name it by its word and number
        elements[index] = Element(
            "part",
            element.first,
            element.last,
            element.text,
            key="subproject",
            value=f"{m.group('word')} {m.group('num')}: {name}",
            title=m.group("num"),
        )


def name_own_parts(ctx: Context) -> None:
    """Parts labelled in a word of the document's own ("Osio A: X", "Kehityslinja 1: Y") are named by their
    names alone once every table and light is filed under them: the word, which no vocabulary holds, says
    nothing of the part, and the tables and matrices name the part by it and its number until then."""
    for project in ctx.projects:
        if project.level != "project" and (bare := own_bare_name(project.name)) != project.name:
            ctx.rename_part(project, bare)
