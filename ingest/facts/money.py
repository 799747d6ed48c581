"""Money: cost tables (budget, actual, committed, forecast), estimates and granted amounts.

A cost table's columns and categories are matched fuzzily ("Henkilöstökulut",
"Vuosi bud"); a plan's estimate comes from running text ("Kustannusarvio 76 000 €"),
and a granted amount ("Myönnetty avustus 420 000 €") is kept apart from costs.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.text import BULLET, Chunk, parse_amount, sentences
from hankegraafi.ingest.segment import Element, best_label, norm_label

# Cost categories: key -> (labels, parent key)
COST_CATEGORIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "service-purchases": (("Palvelujen osto", "Palvelujen ostot"), None),
    "expert-services": (("Asiantuntijapalvelut",), "service-purchases"),
    "financial-administration-services": (("Taloushallintopalvelut",), "service-purchases"),
    "communication-services": (("Viestintäpalvelut",), "service-purchases"),
    "other-service-purchases": (("Muut palvelujen ostot",), "service-purchases"),
    "own-staff-costs": (("Omat henkilöstökustannukset",), None),
    "staff-costs": (("Henkilöstökulut",), "own-staff-costs"),
    "volunteer-staff-costs": (("Vapaaehtoiset henkilöstökulut",), "own-staff-costs"),
    "other-costs": (("Muut kustannukset",), None),
    "travel": (("Matkakulut",), "other-costs"),
    "materials": (("Materiaalikulut",), "other-costs"),
    "premises": (("Toimitilakulut",), "other-costs"),
    "software": (("Ohjelmistot",), "other-costs"),
    "phone-and-ict-equipment": (("Puhelin- ja ICT-laitehankinnat",), "other-costs"),
    "investment-costs": (("Investointikulut",), "other-costs"),
    "indirect-costs": (("Välilliset kustannukset",), None),
    "total": (("Yhteensä",), None),
}
_CATEGORY_LABELS = {k: v[0] for k, v in COST_CATEGORIES.items()}


def cost_category(label: str) -> str | None:
    """Category key for a printed label, also when cut short or misspelt."""
    text = norm_label(label)
    if text in ("ei valintaa", "nimi", ""):
        return None
    key = best_label(text, _CATEGORY_LABELS, cutoff=0.8)
    if key:
        return key
    for key, labels in _CATEGORY_LABELS.items():
        for candidate in labels:
            c = candidate.lower()
            if len(text) >= 10 and (c.startswith(text) or c.replace("-", " ").startswith(text)):
                return key
    return None


_COLUMNS = {
    "budget": ("budjetti", "vuosi bud", "bud", "suunniteltu", "budget", "kustannusarvio", "kostnadsberäkning"),
    "actual": ("toteuma", "vuosi tot", "tot", "toteutunut", "toteutuma", "kertynyt", "utfall"),
    "committed": ("sidotut", "sidottu"),
    "granted": ("myönnetty", "beviljat", "granted"),
    "utilisation-percent": ("käyttöaste", "käyttöaste %", "toteutumisaste", "utnyttjandegrad"),
    "deviation": ("poikkeama", "avvikelse", "erotus"),
    "forecast": ("ennuste",),
    "period-budget": ("jakso suun",),
    "period-actual": ("jakso tot",),
}


_THOUSANDS = re.compile(r"\bt€|\bt\s*eur\b|\bteur\b|1\s*000\s*(?:€|eur)|tuhatta euroa|tusen euro", re.I)


def _column(header: str) -> str | None:
    return best_label(norm_label(header), _COLUMNS, cutoff=0.75)


_AMOUNT = r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:€|euroa\b|eur\b)"
_ESTIMATE = re.compile(
    r"(?P<cue>kustannusarvio|kokonaiskustannusarvio|arvioidut kokonaiskustannukset|kokonaisbudjetti)\w*"
    r"[^.€\d]{0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + _AMOUNT,
    re.I,
)
_GRANTED = re.compile(
    r"(?P<cue>myönnet\w*\s+(?:valtion)?(?:avustu|rahoitu)\w*|rahoituspäätö\w*)"
    r"[^.€\d]{0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + _AMOUNT,
    re.I,
)
_ESTIMATE_ITEM = re.compile(
    r"(?P<label>[A-ZÄÖÅ][\w -]{3,60}?)\s*[:\t]?\s+(?:n\.\s*|noin\s+)?" + _AMOUNT + r"\.?$"
)


def _table(ctx: Context, element: Element) -> bool:
    """A table with budget or actual columns is a cost statement of the reporting unit."""
    columns = [_column(h) for h in element.header]
    if (
        not any(columns[1:])
        or ctx.section == "financial-benefits"
        or "taloudelliset" in norm_label(element.header[0])
    ):
        return True  # not a cost table; no other family reads it either
    _costs(ctx, element, columns)
    return True


def _costs(ctx: Context, element: Element, columns: list[str | None]) -> None:
    title = norm_label(element.title)
    unit = (
        "person-day"
        if "htp" in element.title.lower() or any("htp" in c for row in element.rows[1:] for c in row[1:])
        else "EUR"
    )
    kind = (
        "annual"
        if "vuosi" in title or "vuositason" in title or any(c and c.startswith("period") for c in columns)
        else "cumulative"
    )
    if any(re.search(r"kustannusarvio|kostnadsberäkning", norm_label(h)) for h in element.header[1:]):
        kind = "estimate"  # a plan's estimate as a table ("Kustannuslaji | Kustannusarvio (€)")
    year = None
    for line_no in range(element.first - 1, max(element.first - 4, 0), -1):
        text = ctx.doc.lines[line_no - 1].strip()
        if re.fullmatch(r"(?:19|20)\d{2}", text):
            year = text
            break
    if year is None and (kind == "annual" or any(c and c.startswith("period") for c in columns)):
        # No year line above the table: the year of the title ("Kustannukset 2024"), else the
        # year the reporting period ends in.
        year_in_title = re.search(r"\b(?:19|20)\d{2}\b", element.title)
        period = ctx.unit.reporting_period
        year = year_in_title.group() if year_in_title else str(period[1].year) if period else None
    groups: dict[str, dict[str, str]] = {"main": {}, "period": {}}
    for index, col in enumerate(columns):
        if col is None or index == 0:
            continue
        if col.startswith("period-"):
            groups["period"][str(index)] = col.removeprefix("period-")
        else:
            groups["main"][str(index)] = col
    # Amounts in thousands: a column headed "t€" or "(1 000 €)", or a table titled so.
    thousands_in_title = bool(_THOUSANDS.search(element.title or ""))
    thousands = [
        Decimal(1000) if thousands_in_title or _THOUSANDS.search(h) else Decimal(1) for h in element.header
    ]
    span = Span(element.first, element.last, element.text)
    for group, mapping in groups.items():
        if not mapping:
            continue
        statement = CostStatement(unit, "period" if group == "period" else kind, year, [], span)
        top: int | None = None
        for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
            if not row or not row[0]:
                continue
            category = cost_category(row[0])
            values = {}
            for index_text, name in mapping.items():
                index = int(index_text)
                if index < len(row):
                    amount = parse_amount(row[index])
                    if amount is not None:
                        values[name] = amount * thousands[index] if name != "utilisation-percent" else amount
            if not values:
                continue
            parent_key = COST_CATEGORIES[category][1] if category else None
            parent = None
            if parent_key is not None or category is None:
                parent = top
            if category and parent_key is None and category != "total":
                top = len(statement.lines)
            statement.lines.append(
                CostLine(row[0], category, parent, values, Span(line_no, line_no, "\t".join(row)))
            )
        if statement.lines:
            ctx.unit.costs.append(statement)


def _estimate(ctx: Context, chunk: Chunk, project: Project, itemised: bool) -> None:
    """A plan's cost estimate ("Kustannusarvio 76 000€.") as an estimate statement of the unit.

    The total comes from a sentence that names the estimate; in a resources section
    ("Resurssit ja kustannusarvio") lines such as "Henkilöstökulut 40 000 €" are its items.
    """
    span = Span(chunk.first, chunk.last, chunk.text)
    _granted(ctx, chunk, project, span)
    items: list[CostLine] = []
    totals: list[CostLine] = []
    parts: list[str] = []
    for sentence in sentences(chunk.text):
        m = _ESTIMATE.search(sentence)
        # A list item and the total may share a line once the lines are joined.
        parts += [sentence[: m.start()].strip(), sentence[m.start() :]] if m and m.start() else [sentence]
    for sentence in filter(None, parts):
        m = _ESTIMATE.search(sentence)
        if m and (amount := parse_amount(m.group("amount"))) is not None:
            totals.append(CostLine(m.group("cue"), "total", None, {"budget": amount}, span))
            continue
        item = _ESTIMATE_ITEM.match(BULLET.sub("", sentence)) if itemised else None
        if item and (category := cost_category(item.group("label"))) not in (None, "total"):
            amount = parse_amount(item.group("amount"))
            if amount is not None:
                items.append(CostLine(item.group("label"), category, None, {"budget": amount}, span))
    if not items and not totals:
        return
    unit = project if project.level != "subproject" else ctx.unit
    statement = next((c for c in unit.costs if c.kind == "estimate"), None)
    if statement is None:
        statement = CostStatement("EUR", "estimate", None, [], span)
        unit.costs.append(statement)
    has_total = any(line.category == "total" for line in statement.lines)
    # Items first, the total last, as a cost table lists them; one total per estimate.
    statement.lines[len(statement.lines) - has_total : len(statement.lines) - has_total] = items
    if totals and not has_total:
        statement.lines.append(totals[0])


def _granted(ctx: Context, chunk: Chunk, project: Project, span: Span) -> None:
    """A granted amount ("Myönnetty avustus 420 000 €") as a statement of kind granted.

    It is money a funder decided, not an estimate or a cost: kept apart so that no
    sum adds it to budgets or actual costs.
    """
    unit = project if project.level != "subproject" else ctx.unit
    if any(c.kind == "granted" for c in unit.costs):
        return
    for sentence in sentences(chunk.text):
        m = _GRANTED.search(sentence)
        if m and (amount := parse_amount(m.group("amount"))) is not None:
            line = CostLine(m.group("cue"), "total", None, {"budget": amount}, span)
            unit.costs.append(CostStatement("EUR", "granted", None, [line], span))
            return


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    for chunk in chunks:
        _estimate(ctx, chunk, project, itemised=ctx.section == "resources")


FAMILY = Family("money", table=_table, chunks=_chunks)
