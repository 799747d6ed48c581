"""Cost records: a category's cost line printed as a record of label / value lines ("Kustannuslaji 1" / "Nimi:
Henkilöstökulut" / "Myönnetty (€): 310 000"), a run of them read as the cost table it is. Split from
``costlines.py`` (at its size bound), whose sums and runs it shares.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.costlines import _NUMBER, _NUMBERED, _RUN, _SUM, _amount, _remembered
from hankegraafi.ingest.segment import Element

#: A line of a record: its label, a colon, a tab or a leader of dots or spaces, and its value ("Nimi:
#: Henkilöstökulut", "- Budget (€): 310 000", "Approved (EUR) ...... 265 000").
_PAIR = re.compile(
    r"^\s*(?:[-–•·*]\s+)?(?:\*\*)?(?P<label>[^\W\d_][^:\t]{0,60}?)(?:\*\*)?"
    r"\s*(?::|\t|\s\.{2,}|\.{3,}|…+|\s{3,})\s*(?P<value>\S.*?)\s*$"
)
#: A record's own line between records: a few words ("Kustannuslaji 1", "**Kostnadsslag 2**", "Cost line 3 of 4").
_RECORD_HEAD = re.compile(r"^\s*(?:\*\*)?[^\W\d_][^:]{0,40}?(?:\*\*)?\s*$")
#: An amount in a record's value ("455 000", "118 420,50", "EUR 265 000", "-1 000,10").
_AMOUNT_VALUE = re.compile(
    rf"^[-−–]?\s?(?:{_SUM}|(?:{_NUMBER}))$", re.I
)  # a deviation's sign first ("-31 580,00")
#: Most lines between two records of one run (a blank line or two); most elements one start reads (R3-2: quadratic).
_RECORD_GAP, _RECORD_RUN = 3, 64


def _pairs(element: Element) -> list[tuple[str, str, int]] | None:
    """The (label, value, line) pairs of an element: a line of a label and its value, or a table of two cells a
    row (dotted leaders, "Category ...... Staff costs", make one); None for any other element."""
    if element.type == "table":
        rows = [[c.strip() for c in row if c.strip()] for row in element.rows]
        if not rows or any(len(row) != 2 for row in rows):
            return None
        return [(row[0], row[1], line) for row, line in zip(rows, element.row_lines, strict=False)]
    m = _PAIR.match(element.text) if element.first == element.last else None
    return [(m.group("label").strip(" *"), m.group("value").strip(" *"), element.first)] if m else None


def _records(elements: list[Element], index: int) -> tuple[list[tuple[str, list[tuple[str, str, int]]]], int]:
    """The records from ``elements[index]`` on, each its own line's text (or "") and its (label, value, line)
    pairs, and the index after the run: a record ends where a line of a few words stands or its first label
    comes again."""
    records: list[tuple[str, list[tuple[str, str, int]]]] = []
    head = ""
    pairs: list[tuple[str, str, int]] = []
    last = None
    at = index
    while at < len(elements) and at - index < _RECORD_RUN:
        element = elements[at]
        if last is not None and element.first - last > _RECORD_GAP:
            break
        found = _pairs(element)
        if found is None and (element.first != element.last or not _RECORD_HEAD.match(element.text)):
            break
        if found is None:
            if not pairs and head:
                break  # two lines of a few words one after the other: no record between
            if pairs:
                records.append((head, pairs))
            head, pairs = element.text.strip(" *"), []
        for pair in found or []:
            if pairs and pair[0] == pairs[0][0]:
                records.append((head, pairs))
                head, pairs = "", []
            pairs.append(pair)
        last = element.last
        at += 1
    if pairs:
        records.append((head, pairs))
    return records, at


def _named_by_head(
    record: tuple[str, list[tuple[str, str, int]]], labels: list[str], is_category: Callable[[str], str | None]
) -> tuple[str, list[tuple[str, str, int]]]:
    """A record without the label that names the others' category, its own line a category instead ("Yhteensä"
    over "Budjetoitu: 760 000,00", after records of "Kustannuslaji: …"): the record with that pair, its value
    the head. Any other record as it is."""
    head, pairs = record
    have = [label for label, _, _ in pairs]
    if len(have) + 1 != len(labels) or not head or not pairs:
        return record
    at = next((i for i, label in enumerate(labels) if i >= len(have) or have[i] != label), len(have))
    if have != labels[:at] + labels[at + 1 :] or not is_category(head):
        return record
    return head, [*pairs[:at], (labels[at], head, pairs[0][2]), *pairs[at:]]


def _record_table(
    records: list[tuple[str, list[tuple[str, str, int]]]], is_category: Callable[[str], str | None]
) -> tuple[list[list[str]], list[int]] | None:
    """The rows and row lines of a run of records that is a cost table, or None: two records or more with one set
    of labels, one label's values (or each record's own line) cost categories, every other label a cost column's
    and its values amounts, a category other than the total among them."""
    labels = [label for label, _, _ in records[0][1]]
    records = [_named_by_head(record, labels, is_category) for record in records]
    if len(records) < _RUN or any([label for label, _, _ in pairs] != labels for _, pairs in records):
        return None
    # the label whose values are cost categories, but for one a vocabulary may lack ("Apuvälineet ja …")
    least = max(_RUN, len(records) - 1)
    named = [
        i for i in range(len(labels)) if sum(1 for _, pairs in records if is_category(pairs[i][1])) >= least
    ]
    if len(named) > 1:
        return None
    if not named and sum(1 for head, _ in records if head and is_category(head)) < least:
        return None
    columns = [i for i in range(len(labels)) if i not in named]
    if not columns or any(tables.column_role(labels[i]) is None for i in columns):
        return None
    if any(not _AMOUNT_VALUE.match(pairs[i][1]) for _, pairs in records for i in columns):
        return None
    categories = [pairs[named[0]][1] if named else head for head, pairs in records]
    if all(is_category(c) == "total" for c in categories):
        return None
    header = [labels[named[0]] if named else "Kululaji", *(labels[i] for i in columns)]
    rows = [
        [category, *(_amount(pairs[i][1]) for i in columns)]
        for category, (_, pairs) in zip(categories, records, strict=True)
    ]
    lines = [records[0][1][0][2], *(pairs[named[0] if named else 0][2] for _, pairs in records)]
    return [header, *rows], lines


def records_as_tables(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """A cost table printed as records, one block of lines a cost category, becomes the table it is, in place: a
    web form's print ("Kustannuslaji 1" / "Nimi: Henkilöstökulut" / "Myönnetty (€): 455 000" / "Toteutunut
    yhteensä (€): 301 880"), a list of bullets under each category's line ("**Kostnadsslag 1**" / "- Namn:
    Personalkostnader" / "- Budget (€): 310 000"), dotted leaders ("Category ...... Staff costs" / "Approved (EUR)
    ...... 265 000"). Its head is the labels, its rows the records. Records whose labels name no cost column or
    whose values are no cost categories ("Indicator 1" / "Name: …" / "Baseline: 40") are left as they are."""
    is_category = _remembered(is_category)
    index = 0
    heading = ""
    while index < len(elements):
        element = elements[index]
        if element.type == "heading" or _NUMBERED.match(element.text):
            heading = element.text.strip()
        records, end = _records(elements, index)
        found = _record_table(records, is_category) if records else None
        if found is None:
            index += 1
            continue
        rows, lines = found
        table = dataclasses.replace(
            element,
            type="table",
            title=element.title or heading,
            last=elements[end - 1].last,
            text="\n".join("\t".join(r) for r in rows),
            rows=rows,
            row_lines=lines,
            key="",
            value="",
        )
        elements[index:end] = [table]
        index += 1
