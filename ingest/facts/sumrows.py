"""Sums a basic-data row or a line states under the word of their kind, the whole's or a part's.

A project's basic data give its sums as label and value: a table row "Haettava avustus | 950 000 €"
or "Valtionavustus\t\t3 860 000 €", a fact box's line "Avustus: 3 150 000 €", a card's "Myönnetty
2,8 M€". The label is a ``statement-kind`` label (granted, applied, estimate; returned for lines).
With a part's word beside it ("Myönnetty investoinnille | 1.240.000,00", "Investoinnille myönnetty:
1 720 000,00 EUR", "Beviljat för delprojektet") the sum is the part's the document reports on: the
part whose section the row stands in, else the one part of that kind the document names; with none
or several, nobody's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.partwords import part_stems
from hankegraafi.ingest.facts.sums import labelled_sum, sum_label_kind, sum_of
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.segment import Element, norm_label
from hankegraafi.ingest.sumcues import plain_sums

#: An investment named by its word alone, in any case ("investoinnille", "investoinnin", "investeringen").
_INVESTMENT_WORD = re.compile(r"\b(?:investoin\w*|investoint\w*|investering\w*)", re.I)
#: A sum printed as money though without its unit ("1.240.000,00", "412 000,00", a sheet's "1150000,00"): thousands
#: and cents.
_MONEY_FORMAT = re.compile(r"-?\d{1,3}(?:[ .\u00a0]?\d{3})+,\d{2}")


def amount(text: str) -> Decimal | None:
    """A sum in any of the formats reports use: "1 234 567 €", "1.234.567,00", "640 000 euroa"."""
    cleaned = text.strip()
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s*(?:€|euroa|eur)?", cleaned, re.I):
        cleaned = cleaned.replace(".", "")
    return sum_of(cleaned)


def money_statement(project: Project, kind: str, total: Decimal, raw: str, span: Span) -> None:
    """A total granted or applied for (estimate) of ``project``, once per kind."""
    if any(c.kind == kind for c in project.costs):
        return
    line = CostLine(raw, "total", None, {"budget": total}, span)
    project.costs.append(CostStatement("EUR", kind, None, [line], span))


def owner_of_label(ctx: Context, label: str) -> tuple[str, Project | None]:
    """The label less a part's word, and whose sum it states: the whole's, or with a part's word the
    part the row stands under, else the one part of that kind (None when there is none or several)."""
    m = _INVESTMENT_WORD.search(label) or part_stems().search(label)
    whole = ctx.root or ctx.current
    if m is None:
        return label, whole
    bare = f"{label[: m.start()]} {label[m.end() :]}".strip(" :")
    level = "investment" if _INVESTMENT_WORD.match(m.group()) else "subproject"
    unit = ctx.sub or ctx.investment
    if unit is not None and unit.level == level:
        return bare, unit
    named = [p for p in ctx.projects if p.level == level and p.parent is not None]
    return bare, named[0] if len(named) == 1 else None


#: What a sum's label says beside its kind and owner: the years or the period it covers ("Myönnetty avustus
#: 2023-2025", "Avustus 1.1.2023–31.12.2025") and the whole's own words ("Koko hankkeen avustus", "hela projektets").
_ASIDE = re.compile(
    r"\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2,4})?\b|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*[–-]?|"
    r"\bkoko\s+hank\w*|\bhela\s+projekt\w*|\b(?:vuosi|vuosille|vuosina|åren|år)\b",
    re.I,
)


def sum_kind(ctx: Context, label: str) -> tuple[str, Project | None] | None:
    """The statement kind a row's label names (granted, applied, estimate) and whose sum it is, its years,
    period and the whole's words aside ("Myönnetty avustus 2023-2025", "Koko hankkeen avustus"); else None."""
    bare, target = owner_of_label(ctx, label)
    words = re.sub(r"\s+", " ", _ASIDE.sub(" ", norm_label(bare))).strip(" ,:()-–")
    kind = sum_label_kind(words, ("estimate", "granted", "applied")) if words else None
    return (kind, target) if kind else None


def without_sums(ctx: Context, element: Element, category: Callable[[str], str | None]) -> Element:
    """The table less its rows that state a sum granted or applied for under the costs, a blank row between
    in a sheet ("Myönnetty avustus 2023-2025 | 1 150 000,00"): one sum, the sum's own (:func:`sum_rows`), no
    cost row. A row whose label is a cost category stays, and so does a row of several figures (a table laid
    out turned, "Myönnetty | 100 000 | 40 000")."""
    drop = {
        i
        for i, r in enumerate(element.rows)
        if i and len([c for c in r if c.strip()]) == 2 and not category(r[0]) and sum_kind(ctx, r[0])
    }
    if not drop:
        return element
    rows = [r for i, r in enumerate(element.rows) if i not in drop]
    lines = [n for i, n in enumerate(element.row_lines) if i not in drop]
    return dataclasses.replace(element, rows=rows, row_lines=lines)


#: A sum a sheet prints without its unit under a grant's label ("Myönnetty avustus;820 000", "Beviljat
#: statsunderstöd;520 000", "Myönnetty avustus yhteensä;600000"): a whole number of thousands or more; the
#: label of a grant or an application says it is money. A count ("Haettu | 12") is less, a year ("Myönnetty |
#: 2024") is none; a budget's label does not say so ("Totalt (budget) | 182 000" is a cost row, tune u763).
_WHOLE_EUROS = re.compile(r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{4,9})(?:\.\d{2})?")  # an export's "1490000.00" too
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: The sum a value opens, a note after it: "EUR 300,000 (Ministry of …)", "[ 440 000 euroa, STM, … ]".
_LEADING_SUM = re.compile(
    r"^\s*\[?\s*(?P<sum>(?:€|eur)?\s?\d[\d \u00a0.,]*?\d(?:\s*(?:€|euroa|euro|eur)\b)?)\s*(?:[,;(]\s*[^\W\d_]|\]|$)",
    re.I,
)


def _leading_sum(cell: str) -> str:
    """The cell's sum when a note follows it (its grantor, its programme), else the cell as it is."""
    m = _LEADING_SUM.match(cell)
    if m is None:
        return cell
    # "EUR 300,000": English grouping, not a decimal comma
    return re.sub(
        r"(?<![\d,.])(\d{1,3})((?:,\d{3})+)(?![\d,.])", lambda g: g[1] + g[2].replace(",", " "), m["sum"]
    )


def sum_rows(ctx: Context, element: Element) -> None:
    """Rows "Haettava avustus | 950 000 €" or "Myönnetty investoinnille | 1.240.000,00" of a basic-data
    table: each row whose label the statement-kind vocabulary knows states that sum. The table stays
    for the other families (nothing is taken)."""
    firsts = [row[0].strip() if row else "" for row in element.rows]
    for index, (row, line_no) in enumerate(zip(element.rows, element.row_lines, strict=False)):
        # The sum is the row's one value, wherever the reader left empty cells ("Valtionavustus\t\t3 860 000 €").
        cells = [cell for cell in row if cell.strip()]
        if len(cells) == 3 and _section_cell(firsts, index):
            # An export's section column first ("Perustiedot | Myönnetty avustus | 1490000.00"): the label and its sum
            row, cells = row[1:], cells[1:]
        if len(cells) != 2 or not row[0].strip():
            continue
        kind, target = sum_kind(ctx, row[0]) or (None, None)
        cell = _leading_sum(cells[1])
        value = amount(cell) if kind else None
        money = (
            re.search(r"€|eur", cell + row[0], re.I)
            or _MONEY_FORMAT.fullmatch(cell.strip())
            or (
                kind in ("granted", "applied")
                and _WHOLE_EUROS.fullmatch(cell.strip())
                and not _YEAR.fullmatch(cell.strip())
            )
        )
        if kind and value and money and target is not None:  # a form's field filled "0,00" states no sum
            money_statement(target, kind, value, row[0], Span(line_no, line_no, "\t".join(row)))


def _section_cell(firsts: list[str], index: int) -> bool:
    """Row ``index``'s first cell is a section column's: words the row above or below repeats ("Perustiedot")."""
    cell = firsts[index]
    return (
        bool(cell)
        and not re.search(r"\d", cell)
        and any(0 <= i < len(firsts) and firsts[i] == cell for i in (index - 1, index + 1))
    )


def line_sum(ctx: Context, chunk: Chunk) -> None:
    """A line that is a sum under its kind's word alone ("Avustus: 3 150 000 €", "Investoinnille myönnetty:
    1 720 000,00 EUR"): the whole's, or the part's its word names."""
    # "Granted funding: EUR 1,250,000", "Grant: 980,000 euros": the number first, Finnish grouping (sumcues.plain_sums)
    said = labelled_sum(plain_sums(chunk.text), lambda label: owner_of_label(ctx, label)[0])
    if said is None:
        return
    target = owner_of_label(ctx, chunk.text.split(":")[0])[1]
    if target is not None:
        money_statement(target, *said, chunk.text, chunk.span)
