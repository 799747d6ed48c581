"""Cost lines: a run of text lines, each a cost category and its sum, read as the cost table it is.

A news item, an e-mail or a memo prints a unit's costs as lines, not as a table: "Henkilöstökulut
1 120 400 € (budjetti 2 310 000 €)", "Personalkostnader: 540 200 euro (budget 1 100 000 euro)", "Staff
costs EUR 98,000 (budget EUR 150,000)". Each line is a category's row; the sum in brackets is another
column's, the column its word names (the ``cost-column`` vocabulary: "budjetti", "budget", "ennuste",
"myönnetty"); the sum before it is the spending measured against it (a budget's word in brackets beside
an actual's), or the budget when the brackets name what was spent. The run becomes a table element before
the walk (``money.FAMILY.begin``), so that its kind, year and scale are read from its caption as a printed
table's are ("Kulut hankkeen alusta 31.3.2024 asti:" cumulative).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest import tables
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: A sum with its currency after it ("1 120 400 €", "540 200 euro", "41 200 euroa") or before it ("EUR 98,000",
#: "€ 1 200"): the number in any grouping.
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
_SUM = rf"(?:(?:€|eur|euro)\s*(?:{_NUMBER})|(?:{_NUMBER})\s*(?:€|euroa|euro|eur)(?!\w))"
#: A cost line: its label, its sum, and a second sum in brackets under its column's word.
_LINE = re.compile(
    rf"^\s*(?:[-–•·*]\s*)?(?P<label>[^\W\d_][^\d:()]{{2,60}}?)\s*:?\s+(?P<first>{_SUM})"
    rf"\s*\(\s*(?P<word>[^\W\d_][^\d():]{{1,30}}?)\s*:?\s*(?P<second>{_SUM})\s*\)\s*[.;,]?\s*$",
    re.I,
)
#: A plain text's heading: a short line opened by its outline number ("2. Kostnader år 2024", "3.1 Talous").
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_][^.!?]{0,70}$")
#: The fewest lines that make a run: one line alone is a sentence, not a table.
_RUN = 2


def _label(role: str) -> str:
    """The Finnish label of a ``cost-column`` concept, the table's header cell of that column."""
    concept = next((c for c in registry.scheme("cost-column") if c.key == role), None)
    return concept.pref.get("fi", role) if concept is not None else role


def _amount(raw: str) -> str:
    """A sum as a table's cell prints it: the digits with their grouping, the currency after them."""
    number = re.sub(r"^(?:€|eur|euro)\s*", "", raw.strip(), flags=re.I)
    number = re.sub(r"\s*(?:€|euroa|euro|eur)$", "", number, flags=re.I)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        number = number.replace(",", " ")  # "98,000": English grouping
    return number.strip()


def _row(text: str, is_category: Callable[[str], str | None]) -> tuple[list[str], str] | None:
    """A cost line's cells (label, sum, the bracket's sum) and the bracket's column role; None for any other line."""
    m = _LINE.match(text)
    if m is None or is_category(m.group("label")) is None:
        return None
    role = tables.column_role(m.group("word"))
    if role not in ("budget", "granted", "actual", "forecast", "committed"):
        return None
    return [m.group("label").strip(), _amount(m.group("first")), _amount(m.group("second"))], role


def as_tables(elements: list[Element], is_category: Callable[[str], str | None]) -> None:
    """Each run of two or more text lines that are cost lines of one bracket's column becomes a table, in place:
    "Kululaji | Toteuma | Budjetti" over a row per line. Lines of a run stand one under the other; a run needs
    a category other than the total."""
    index = 0
    heading = (
        ""  # the title of a table the run makes: the heading over it ("Kostnader år 2024"), as a printed one's
    )
    while index < len(elements):
        if elements[index].type == "heading" or _NUMBERED.match(elements[index].text):
            heading = elements[index].text.strip()  # a plain text's heading is its outline-numbered line
        run: list[tuple[Element, list[str]]] = []
        role: str | None = None
        at = index
        while at < len(elements) and elements[at].type == "text" and elements[at].first == elements[at].last:
            element = elements[at]
            found = _row(element.text, is_category)
            if found is None or (role is not None and found[1] != role):
                break
            if run and element.first != run[-1][0].last + 1:
                break
            run.append((element, found[0]))
            role = found[1]
            at += 1
        if len(run) < _RUN or role is None or all(is_category(cells[0]) == "total" for _, cells in run):
            index += 1
            continue
        first = run[0][0].first
        main = "budget" if role == "actual" else "actual"
        header = ["Kululaji", _label(main), _label(role)]
        rows = [header, *(cells for _, cells in run)]
        table = dataclasses.replace(
            run[0][0],
            type="table",
            title=run[0][0].title or heading,
            last=run[-1][0].last,
            text="\n".join("\t".join(r) for r in rows),
            rows=rows,
            row_lines=[first, *(e.first for e, _ in run)],
        )
        elements[index : index + len(run)] = [table]
        index += 1
