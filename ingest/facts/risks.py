"""Risks and indicators: the rows of a risk table, and indicators stated with a target.

A risk table is known by its header ("Riski", "Todennäköisyys"); an indicator is a
sentence that names an indicator or a deadline with a target number or percentage.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Indicator, Project, Risk, Span
from hankegraafi.ingest.facts.text import BULLET, Chunk, quantities
from hankegraafi.ingest.segment import Element, norm_label

_DEADLINE = (
    (re.compile(r"\bQ\s?([1-4])\s?/\s?((?:20)\d{2})"), "Q{0}/{1}"),
    (re.compile(r"\b[Kk]vartaali\s?([1-4])\s?/\s?((?:20)\d{2})"), "Q{0}/{1}"),
    (re.compile(r"vuoden\s+((?:20)\d{2})\s+loppuun"), "{0}"),
)
_PERCENT = re.compile(r"(\d{1,3}(?:,\d+)?)\s?%")
_RISK_COLUMNS = {
    "description": ("riskin kuvaus", "riski"),
    "probability": ("todennäköisyys",),
    "impact": ("vaikutus",),
    "score": ("riskipisteet",),
    "mitigation": ("toimenpiteet riskin vähentämiseksi", "toimenpiteet"),
    "owner": ("vastuutaho", "vastuuhenkilö"),
}


def is_risk_table(element: Element) -> bool:
    header = [norm_label(c) for c in element.header]
    return any("riski" in h for h in header[:1]) or any("todennäköisyys" in h for h in header)


def _table(ctx: Context, element: Element) -> bool:
    """A risk table's rows are risks of the whole project; other tables are left to others."""
    if not is_risk_table(element):
        return False
    columns: dict[str, int] = {}
    for index, heading in enumerate(element.header):
        text = norm_label(re.sub(r"\(.*?\)", "", heading))
        for key, variants in _RISK_COLUMNS.items():
            if key not in columns and any(text.startswith(v) for v in variants):
                columns[key] = index
                break
    target = ctx.root or ctx.unit
    for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):

        def cell(key: str, row: list[str] = row) -> str | None:
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) and row[index].strip() else None

        def number(key: str) -> int | None:
            value = cell(key)
            return int(value) if value and value.isdigit() else None

        description = cell("description")
        if not description:
            continue
        target.risks.append(
            Risk(
                description,
                number("probability"),
                number("impact"),
                number("score"),
                cell("mitigation"),
                cell("owner"),
                Span(line_no, line_no, " | ".join(row)),
            )
        )
    return True


def _indicator(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    if not re.search(r"indikaattori|mennessä|tavoite on|tavoitteena on, että", sentence, re.I):
        return
    deadline = None
    for pattern, template in _DEADLINE:
        m = pattern.search(sentence)
        if m:
            deadline = template.format(*m.groups())
            break
    percent = _PERCENT.search(sentence)
    target: Decimal | None = None
    unit: str | None = None
    if percent:
        target, unit = Decimal(percent.group(1).replace(",", ".")), "%"
    else:
        for quantity, qunit in quantities(sentence):
            if qunit and qunit.lower().startswith(("indikaattor", "investoin", "tavoit")):
                continue  # "investoinnin 2 indikaattoriin": a number that names, not a target
            target, unit = quantity, qunit
            break
    if target is None or (deadline is None and not re.search(r"indikaattori", sentence, re.I)):
        return
    project.indicators.append(Indicator(BULLET.sub("", sentence), target, unit, deadline, chunk.span))


FAMILY = Family("risks-and-indicators", table=_table, sentence=_indicator)
