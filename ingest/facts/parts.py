"""Parts named with their money: investments listed in a decision, a web page or a cost table.

Outside the reporting tool a project's investments are not headings that the text
below belongs to but items of a list: "- Investointi 1: Hoitotakuu" on a county's
page, "Investointi 1: Palvelujen saatavuus 900 000 euroa" in a board's minutes, a
table "Investointi | Myönnetty (€)", or a plan's cost estimate with one column per
investment and a total column. Each listed investment becomes a part of the
project (not the current part, so the text after the list still belongs to the
whole), and a sum beside it a statement of what was granted or applied for.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.facts.text import BULLET, Chunk, parse_amount
from hankegraafi.ingest.segment import Element

_PART = re.compile(
    r"^\s*(?P<word>Investointi|Investering|Investment)\s+(?P<num>\d+(?:\.\d+)?)\s*[:.–-]?\s*(?P<name>.*?)\s*$"
)
_TOTAL = re.compile(r"^\s*(?:yhteensä|kaikki yhteensä|kokonaiskustannukset|total|totalt|summa)\b", re.I)
#: A sum at the end of a part's name: "Digitaaliset palvelut 520 000 euroa".
_TRAILING_SUM = re.compile(
    r"[\s:–-]+(?P<amount>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:€|euroa|euro|eur)\.?\s*$",
    re.I,
)
_GRANTED = re.compile(r"myönn|myönt|beviljad|granted", re.I)


def amount(text: str) -> Decimal | None:
    """A sum in any of the formats reports use: "1 234 567 €", "1.234.567,00", "640 000 euroa"."""
    cleaned = text.strip()
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s*(?:€|euroa|eur)?", cleaned, re.I):
        cleaned = cleaned.replace(".", "")
    return parse_amount(cleaned)


def listed_part(ctx: Context, number: str, name: str, span: Span, word: str = "Investointi") -> Project:
    """The investment numbered ``number`` of the project, made if new, never made the current part."""
    label = f"{word} {number}: {name}" if name else f"{word} {number}"
    parent = ctx.root or ctx.current
    for project in ctx.projects:
        if project.level == "investment" and project.number == number and project.parent is parent:
            return project
    part = ctx.new_project("investment", label, span, parent, number)
    if "." in number:
        part.investment_line = number.replace(".", "-")
    return part


def money_statement(project: Project, kind: str, total: Decimal, raw: str, span: Span) -> None:
    """A total granted or applied for (estimate) of ``project``, once per kind."""
    if any(c.kind == kind for c in project.costs):
        return
    line = CostLine(raw, "total", None, {"budget": total}, span)
    project.costs.append(CostStatement("EUR", kind, None, [line], span))


def _money_kind(ctx: Context, element: Element) -> str:
    """Granted when the table or the text just above it says so, else the sum applied for (an estimate)."""
    above = " ".join(ctx.doc.lines[max(0, element.first - 4) : element.first - 1])
    return "granted" if _GRANTED.search(" ".join(element.header) + " " + above) else "estimate"


def _rows_are_parts(ctx: Context, element: Element) -> bool:
    """'Investointi | Myönnetty (€)' with a row per investment and a total."""
    # A table without a header row starts with its first part.
    skip = 0 if element.rows[0] and _PART.match(element.rows[0][0]) else 1
    rows = element.rows[skip:]
    parts = [r for r in rows if r and _PART.match(r[0])]
    if len(parts) < 2 or len(parts) + sum(1 for r in rows if r and _TOTAL.match(r[0])) < len(rows):
        return False
    kind = _money_kind(ctx, element)
    for row, line_no in zip(rows, element.row_lines[skip:], strict=False):
        values = [a for a in (amount(c) for c in row[1:]) if a is not None]
        span = Span(line_no, line_no, "\t".join(row))
        m = _PART.match(row[0])
        if m:
            part = listed_part(ctx, m.group("num"), m.group("name").strip(" :"), span)
            if values:
                money_statement(part, kind, values[-1], row[0], span)
        elif values and ctx.root is not None:
            money_statement(ctx.root, kind, values[-1], row[0], span)
    return True


def _columns_are_parts(ctx: Context, element: Element) -> bool:
    """A cost estimate with a column per investment ('Kustannuslaji | Investointi 1 | … | Yhteensä')."""
    header = element.header
    columns = [(i, _PART.match(h)) for i, h in enumerate(header) if i > 0]
    parts = [(i, m) for i, m in columns if m]
    totals = [i for i, h in enumerate(header) if i > 0 and _TOTAL.match(h)]
    if not parts:
        return False
    rows = _joined_rows(element)
    kind = _money_kind(ctx, element) if "kustannusarvio" not in (element.title or "").lower() else "estimate"
    targets: list[tuple[int, Project]] = []
    for index, m in parts:
        span = Span(element.first, element.first, "\t".join(header))
        targets.append((index, listed_part(ctx, m.group("num"), m.group("name").strip(" :"), span)))
    if totals and ctx.root is not None:
        targets.append((totals[-1], ctx.root))
    for index, project in targets:
        statement = CostStatement("EUR", kind, None, [], Span(element.first, element.last, element.text))
        for row, line_no, raw in rows:
            value = amount(row[index]) if index < len(row) else None
            if value is None:
                continue
            category = cost_category(row[0]) or ("total" if _TOTAL.match(row[0]) else None)
            statement.lines.append(
                CostLine(row[0], category, None, {"budget": value}, Span(line_no, line_no, raw))
            )
        if statement.lines and not any(c.kind == kind for c in project.costs):
            project.costs.append(statement)
    return True


def _joined_rows(element: Element) -> list[tuple[list[str], int, str]]:
    """The table's rows, a label broken over two lines ("Omat henkilöstö-" / "kustannukset") joined."""
    out: list[tuple[list[str], int, str]] = []
    for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
        if out and len([c for c in row if c.strip()]) == 1 and out[-1][0][0].rstrip().endswith("-"):
            previous, first, raw = out[-1]
            label = previous[0].rstrip()[:-1] + row[0].strip()
            out[-1] = ([label, *previous[1:]], first, raw + "\n" + "\t".join(row))
            continue
        out.append((list(row), line_no, "\t".join(row)))
    return out


def _table(ctx: Context, element: Element) -> bool:
    if not element.rows or len(element.header) < 2:
        return False
    return _rows_are_parts(ctx, element) or _columns_are_parts(ctx, element)


#: A sum of the whole project in running text: its total estimate, what was applied for or granted.
_WHOLE_SUM = re.compile(
    r"(?P<cue>\b(?:koko\s+)?hankkeen\s+(?:kokonais)?(?:kustannusarvio|kustannukset|budjetti)\w*|"
    r"\bvaltionavustu\w*\s+myönnettiin|\bmyönnettiin\b[^.]{0,60}?\bvaltionavustu\w*|\bhaettava\s+(?:valtion)?avustus|"
    r"\bhakea\b[^.]{0,120}?\bvaltionavustu\w*|^\s*yhteensä\b|\bbeviljades\b|"
    r"\b(?:on|ovat)\s+myöntänyt\b[^.]{0,60}?\bvaltionavustu\w*|\bhaki\s+(?:valtion)?avustusta\b)[^.€\d]{0,120}?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3},\d{1,2}\s*milj\.?(?:oonaa)?)\s*(?:€|euroa|euro|eur)\b",
    re.I,
)


def _whole_sums(ctx: Context, chunk: Chunk) -> None:
    """A sentence stating the whole project's total, application or grant gives the whole's statement."""
    whole = ctx.root
    if whole is None:
        return
    for m in _WHOLE_SUM.finditer(chunk.text):
        value = amount(m.group("amount"))
        if value is None:
            continue
        kind = "granted" if _GRANTED.search(m.group("cue")) else "estimate"
        money_statement(whole, kind, value, m.group("cue").strip(), chunk.span)
        return


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """List items naming investments ("- Investointi 2: Digitaaliset palvelut") are parts of the whole."""
    for chunk in chunks:
        _whole_sums(ctx, chunk)
        if not chunk.bullet:
            continue
        m = _PART.match(BULLET.sub("", chunk.text))
        if m and len(m.group("name")) <= 120:
            name, total = _split_sum(m.group("name").strip(" :"))
            part = listed_part(ctx, m.group("num"), name, chunk.span, m.group("word"))
            if total is not None:
                money_statement(part, "estimate", total, chunk.text, chunk.span)


def _split_sum(name: str) -> tuple[str, Decimal | None]:
    m = _TRAILING_SUM.search(name)
    if m is None:
        return name, None
    return name[: m.start()].strip(" :–-"), amount(m.group("amount"))


def _finish(ctx: Context) -> None:
    """A part heading ending in a sum ("Investointi 1: Palveluvelan purku 1 800 000 €") names the part and its money."""
    granted = any(_GRANTED.search(line) for line in ctx.doc.lines[:80])
    for project in ctx.projects:
        if project.level != "investment":
            continue
        name, total = _split_sum(project.name)
        if total is None or not name:
            continue
        project.name = name
        project.path = (*project.path[:-1], name)
        money_statement(project, "granted" if granted else "estimate", total, project.span.quote, project.span)


FAMILY = Family("parts", table=_table, chunks=_chunks, finish=_finish)
