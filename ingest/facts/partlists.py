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

from hankegraafi.ingest.facts.partwords import match_part_line, sentence_name
from hankegraafi.ingest.facts.sums import clause_sum
from hankegraafi.ingest.facts.text import BULLET
from hankegraafi.ingest.segment import Element

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
        return [([element.text, ""], element.first)]
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
#: består av två spår", "The project has three strands", "Hanke jakautuu kahteen osioon" (fi, sv, en).
_COUNTED = re.compile(
    r"\b(?:on|har|has|have|består\s+av|omfattar|consists\s+of|koostuu|jakautuu|is\s+divided\s+into|"
    r"comprises|toteutetaan)\s+(?:\w+\s+)?(?P<count>kaksi|kolme|neljä|viisi|kahte\w*|kolme\w*|nelj\w*|"
    r"två|tre|fyra|fem|two|three|four|five|[2-6])\s+(?P<noun>(?-i:[a-zåäö])[a-zåäö-]{2,20})\b",
    re.I,
)
#: A line of a part in that word, its number or letter and its name: "Osio 1: X", "Spår 2 – Y".
_OWN_WORD_LINE = r"^\s*(?P<word>{word})\s+(?P<num>\d{{1,2}}|[A-H])\s*[:.–—-]\s*(?P<name>(?-i:[A-ZÅÄÖ]).{{2,}})$"
#: The case endings a counted noun takes after a number (fi partitive and illative, en plural).
_ENDINGS = ("iin", "ta", "tä", "on", "ön", "a", "ä", "s")


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
        return re.compile(_OWN_WORD_LINE.format(word=re.escape(stem) + r"\w{0,3}"), re.I)
    return None


def read_own_word_parts(elements: list[Element]) -> None:
    """The numbered lines in the word a sentence counts the project's parts in become part lines, in place.

    Class read: a report or page that says how many parts the project has in a word of its own that the
    ``project-part`` vocabulary does not hold, since the same word names other things elsewhere ("osio":
    a form's section; "spår", "strand") and then gives each part a line in that word, its number and its
    name ("Osio 1: Perhekeskuksen chat laajeni …", "Spår 2: Familjerådgivning på distans startade …")
    with its own lights below. Two such lines at least, numbered apart; a form's numbered section
    ("OSIO 2: TOTEUTUKSEN ARVIO", with no sentence counting the parts) stays what it was. The part is
    named by its name alone, read as a part line's (``partwords.sentence_name``)."""
    line = _own_word(elements)
    if line is None:
        return
    found = [
        (index, m)
        for index, element in enumerate(elements)
        if element.type in ("text", "heading") and (m := line.match(element.text.strip("*_# "))) is not None
    ]
    if len({m.group("num") for _, m in found}) < MIN_LISTED:
        return
    for index, m in found:
        element = elements[index]
        name = sentence_name(m.group("name").strip(" *_"), element.text.strip(" *_"))
        # named by its name alone: the document's own word, which no vocabulary holds, says nothing of it
        elements[index] = Element(
            "part",
            element.first,
            element.last,
            element.text,
            key="subproject",
            value=name,
            title=m.group("num"),
        )
