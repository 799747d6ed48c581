"""Money: cost tables (budget, actual, granted, committed, forecast, utilisation), estimates, granted sums.

A cost table's columns and categories are matched fuzzily ("Henkilöstökulut", "Vuosi bud"); the categories and
their variants are the cost-category vocabulary's, the columns any of the templates' sets (budget / granted / actual
/ committed / forecast / utilisation per cent / deviation), the numbers in any grouping and scale (text.parse_amount).
Each table's kind — cumulative, reporting period, annual — is read from its own words (``hg:statementKindCue``) or,
when none say it, assumed and noted, so that tables of different kinds are never added together. Sums in running
text (a plan's
"Kustannusarvio 76 000 €", a granted "Myönnetty avustus 420 000 €" kept apart from costs) are read by
``moneytext.py``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from hankegraafi.ingest import columnshapes, tables
from hankegraafi.ingest.facts import (
    costcarry,
    costgrids,
    costgroups,
    costlines,
    costpages,
    costrecords,
    costscales,
    gluedsums,
    moneytext,
    sumrows,
    yearrows,
)
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.costcats import COST_CATEGORIES as COST_CATEGORIES
from hankegraafi.ingest.facts.costcats import _categories as _categories
from hankegraafi.ingest.facts.costcats import cost_category as cost_category
from hankegraafi.ingest.facts.costcats import named_by_tail
from hankegraafi.ingest.facts.costheads import under_estimate_heading
from hankegraafi.ingest.facts.costkinds import (
    beside_period,
    calendar_year,
    cut_line,
    default_kind,
    document_period,
    from_start,
    kind_cue,
    lead_in,
    named_span,
    named_span_kind,
    over_a_year,
    period_actual,
    period_year,
    run_caption,
    table_context,
    year_alone,
    year_of_whole,
    years_alone,
)
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.moneytext import of_part as of_part
from hankegraafi.ingest.facts.moneytext import owner as owner
from hankegraafi.ingest.facts.sums import GRANTED_SUM as GRANTED_SUM
from hankegraafi.ingest.facts.sums import returned_rows
from hankegraafi.ingest.facts.text import Chunk, has_scale, parse_amount
from hankegraafi.ingest.segment import Element, match_heading, norm_label

_column = tables.column_role  # the column key of a header cell, through the ``cost-column`` vocabulary


def _roles(headers: list[str], rows: list[list[str]]) -> list[str | None]:
    """The columns' roles: the header's words, then the numbers and the shape (``columnshapes``)."""
    return columnshapes.shape_roles([_column(h) if h else None for h in headers], rows, headers)


def _table(ctx: Context, element: Element) -> bool:
    """A table with budget or actual columns is a cost statement of the reporting unit.

    Its cells are cleaned (markdown emphasis), a header broken over two rows joined, and
    the columns' roles read from the header words, then from the numbers where the words
    do not tell (``ingest/tables.py``).
    """
    if (parts := costpages.stacked(element)) is not None:  # tables of a sheet stacked: each on its own
        return all([_table(ctx, part) for part in parts])
    returned_rows(ctx, element)
    # "| Funding | The project has been granted EUR 1.2 million. |": a sentence's sums in a card's cell
    moneytext.read_cells(ctx, element, cost_category)
    element = _from_header(element)
    element = sumrows.without_sums(ctx, element, cost_category)  # "Myönnetty avustus 2023-2025 | 1 150 000"
    element = costpages.without_running_lines(element)  # a header at a page's foot, the page's header glued
    if len(element.rows) == 1 and any(_column(c) for c in element.rows[0][1:]):
        costpages.hold(ctx, element)  # a header alone: its rows come after a rule line
        return True
    element = costpages.headed(ctx, element, cost_category) or element
    said = lambda: [*table_context(ctx, element), element.title or ""]  # noqa: E731 "toteuma / budjetti" over it
    element = _normalised(gluedsums.caption_paired(element, said, _column))
    # rows of a category and two sums under "Kustannukset (budjetti / toteuma, euroa)": the caption is the header
    element = gluedsums.caption_headed(element, said, _column, cost_category)
    element = costgrids.pivoted(element, _column, cost_category)  # "Own staff costs – budget | 310 000"
    if (
        sheets := yearrows.split(element, cost_category)
    ) is not None:  # "Kululaji | Vuosi | Budjetti | …": a table a year
        for year, sheet in sheets:
            roles = _roles(sheet.header, sheet.rows[1:])
            _costs(ctx, sheet, roles, year_hint=year, kind_hint="annual")
        return True
    if not element.rows:
        return False  # nothing left of it but rules ("\t---"): no table (R5-1, was a ValueError)
    width = max(len(row) for row in element.rows)
    headers = [*element.header, *[""] * (width - len(element.header))]
    columns = _roles(headers, element.rows[1:])
    if (revision := costgrids.revised(element, columns)) is not None:  # "Ursprunglig | Reviderad budget"
        (element, columns), headers = revision, revision[0].header
    if not any(columns[1:]):  # "Kustannusarvio" over "Kustannuslaji | Vastuu | Arvio €": the title names it
        columns = tables.estimate_column(headers, " ".join([element.title, *table_context(ctx, element)]))
    if (grid := tables.role_year_grid(headers)) and costgrids.by_grid(
        ctx, element, grid, _costs, cost_category
    ):
        return True  # "Budget | | Utfall |" over "2024 | 2025 | 2024 | 2025": a statement a year
    years = tables.years_of(headers)
    first_new = len(ctx.unit.costs)
    if years is not None and ctx.section != "financial-benefits" and _by_year(ctx, element, years):
        costpages.remember(ctx, element, ctx.unit.costs[first_new:])  # rows may go on over the page
        return True
    if (
        any(columns[1:])
        and ctx.section != "financial-benefits"
        and yearrows.by_rows(ctx, element, columns, _costs)
    ):
        return True
    if not any(columns[1:]) and (rest := costpages.continued(ctx, element, cost_category)) is not None:
        made = _read_rest(ctx, rest)  # the rows after a page break, under the header before it
        costpages.merge(ctx, made, lambda key: COST_CATEGORIES[key][1] if key in COST_CATEGORIES else None)
        return True
    if (
        not any(columns[1:])
        or ctx.section == "financial-benefits"
        or "taloudelliset" in norm_label(element.header[0])
        or not _rows_named(ctx, element)
        or tables.label_box(element.rows, cost_category)  # a report's head of labels and sums
        or _no_euros(element.rows[1:], columns)  # "Kustannukset | +14 % | ±10 %": shares and months, no sums
    ):
        # Not a cost table (no money columns, or rows that are investments or parts, not cost categories:
        # sums per investment in minutes, trainings counted and summed); no other family reads it either.
        return True
    costpages.remember(ctx, element, _read(ctx, element, columns))
    return True


#: A cell of a sum in euros: digits with their grouping and sign ("1 200", "−12 500,00", "(42)", "420 000,-"), a
#: scale or the currency around them ("€", "e", "eur", "t€", "milj. €"), or person-days ("0 htp", a table of
#: them); not a share, a count of months or person-years ("+14 %", "1 kk myöhässä", "2,4 htv").
_EURO_WORDS = re.compile(r"\b[tkM]?\s?€|€|\B[tkM]\b|\b(?:euro?[as]?|e|milj\.?|miljoonaa|t|k)\b|[,:]-", re.I)
_EURO_CELL = re.compile(r"^[-−–+(]?\s*\d[\d \u00a0\u202f.,]*\)?\s*\*?$")


def _no_euros(rows: list[list[str]], columns: list[str | None]) -> bool:
    """The table's value cells hold no sum in euros, only shares, months or person-years ("Kustannukset | +14 % |
    ±10 %", "Aikataulu | 1 kk myöhässä | 2 kk"): a table of deviations against a tolerance, no cost table."""
    cells = [
        row[i].strip()
        for row in rows
        for i in range(1, len(row))
        if row[i].strip() and (i >= len(columns) or columns[i] != "utilisation-percent")
    ]
    plain = [
        tables.PERSON_DAYS.sub("", _EURO_WORDS.sub("", cell)).strip() for cell in cells
    ]  # "0 htp": a count
    return bool(cells) and not any(_EURO_CELL.match(cell) for cell in plain)


def _rows_named(ctx: Context, element: Element) -> bool:
    """The rows are cost categories, not only a total; named by their head words alone ("Hoitotarvikkeet",
    "Night car lease") only where the table says its sums are euros: trainings counted are no cost table."""
    rows = element.rows[1:]
    if any(row and cost_category(row[0]) for row in rows) and not _total_only(rows):
        return True
    said = " ".join([element.title or "", *table_context(ctx, element)[:1], *element.header])
    return costscales.in_euros(said) and any(r and _named(r[0]) for r in rows) and not _total_only(rows, _named)


def _named(label: str) -> str | None:
    """A money table's row's category, also one named by its head word ("Hoitotarvikkeet", "Night car lease")."""
    return cost_category(label) or named_by_tail(label)


def _total_only(rows: list[list[str]], named_as: Callable[[str], str | None] = cost_category) -> bool:
    """Rows none of which but a total is a cost category: other things counted ("Ensiapukoulutus | 4 | 3")."""
    named = [named_as(row[0]) for row in rows if row and row[0].strip()]
    return "total" in named and len(named) > 1 and all(key in (None, "total") for key in named)


#: A cell that is a sum alone ("2025" is a year, no sum: at least four digits with a grouping, or five).
_AMOUNT_CELL = re.compile(r"^[-−]?\s*(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d{5,})(?:,\d+)?\s*(?:€|eur\w*)?$", re.I)


def _from_header(element: Element) -> Element:
    """The table from its header on, when rows of a sheet's head ("Tarkastelujakso | 1.1.–30.6.2024",
    "Tulostettu | 15.08.2024") stand above it in the same block, a blank line between: a later row
    that names two money columns or more, with cost categories under it, is the header."""
    if any(_column(c) for c in element.header):
        return element
    for at, row in enumerate(element.rows[1:], start=1):
        below = element.rows[at + 1 :]
        # Every row above the last one was checked in an earlier turn (else the loop returned): one check a row,
        # not all rows above again (R13-8: n²/2 checks on a long table of pairs).
        last = element.rows[at - 1]
        if (
            len([c for c in last if c.strip()]) != 2
            or not last[0].strip()
            or cost_category(last[0])
            or match_heading(last[0])
        ):
            # Rows above that are no label and value: a header of two rows, the table itself, or its
            # title row ("Taloudelliset hyödyt | 2023": what the table is, kept with it).
            return element
        apart = at < len(element.row_lines) and element.row_lines[at] - element.row_lines[at - 1] > 1
        # A header that labels its own row-label column ("Kustannuslaji | Budjetti 2025 | Toteuma Q1", "Tili |
        # Kustannuslaji | …") is no second row of a group row over it: the rows above are the sheet's caption
        # rows ("LOHKO | KUSTANNUKSET 2025 (€)", "HUOM | Kulut näkyvät miinusmerkkisinä."), read as its lines above.
        labelled = (
            bool(row[0].strip())
            and last[0].strip().casefold() != row[0].strip().casefold()  # "Kululaji | Vuosi 2024": a group row
            and not any(_AMOUNT_CELL.match(c) for c in [*last, row[0]])
        )
        if sum(1 for c in row[1:] if _column(c)) >= 2 and (
            (apart and any(r and cost_category(r[0]) for r in below))
            or (labelled and any(cost_category(c) for r in below for c in r[:2]))  # "4000 | Henkilöstökulut"
        ):
            # A blank line parts the head rows from the header: a group row right over it ("Kululaji |
            # Vuosi 2024") is the header's first row, joined with it, not a sheet's head.
            lines = element.row_lines[at:]
            return dataclasses.replace(
                element, rows=element.rows[at:], row_lines=lines, first=lines[0] if lines else element.first
            )
    return element


def statements_of(ctx: Context, element: Element) -> list[CostStatement]:
    """The statements a cost table makes for the reporting unit (``ingest/facts/parts.py`` moves them
    to the part a column names)."""
    before = list(ctx.unit.costs)
    _table(ctx, element)
    return [s for s in ctx.unit.costs if not any(s is b for b in before)]


def _read(ctx: Context, element: Element, columns: list[str | None] | None = None) -> list[CostStatement]:
    """The statements a cost table makes, one per group of columns side by side."""
    if columns is None:
        headers = [*element.header, *[""] * (max(len(row) for row in element.rows) - len(element.header))]
        columns = _roles(headers, element.rows[1:])
    columns = period_actual(element.header, columns, element.rows[1:])
    before = len(ctx.unit.costs)
    groups = tables.column_groups(columns)
    if len(groups) == 1:
        _costs(ctx, element, columns)
        return ctx.unit.costs[before:]
    owners = costgroups.group_owners(ctx, element.header, groups)  # "Osa 1 myönnetty | … | Osa 2 myönnetty"
    for group, of_group in zip(groups, owners, strict=True):
        # Statements side by side (a year's and the cumulative): each group a table of its own, with
        # the label column left of it when the sheet repeats one ("Kustannuslaji | … | | Kustannuslaji | …").
        keep = [_label_column(element.rows[1:], group[0]), *group]
        rows = [[row[i] if i < len(row) else "" for i in keep] for row in element.rows]
        part, made = dataclasses.replace(element, rows=rows), len(ctx.unit.costs)
        _costs(ctx, part, [columns[i] for i in keep])
        costgroups.move(ctx.unit, made, of_group)
    return ctx.unit.costs[before:]


def _read_rest(ctx: Context, rest: Element) -> list[CostStatement]:
    """The statements of a table's rows after a page break, under its header: one a year under year columns
    ("Kustannuslaji | 2023 | 2024 | 1–6/2025 | Yhteensä", its last rows on the next page without it)."""
    years, before = tables.years_of(rest.header), len(ctx.unit.costs)
    if years is not None and _by_year(ctx, rest, years):
        return ctx.unit.costs[before:]
    return _read(ctx, rest)


def _label_column(rows: list[list[str]], first: int) -> int:
    """The nearest column left of ``first`` whose cells are mostly cost categories; the first column if none."""
    for index in range(first - 1, 0, -1):
        cells = [row[index] for row in rows if index < len(row) and row[index].strip()]
        if cells and sum(1 for c in cells if cost_category(c)) * 2 > len(cells):
            return index
    return 0


def _by_year(ctx: Context, element: Element, years: dict[int, str | None]) -> bool:
    """A table with one column per year ("2024 | 2025 | 2026 | Yhteensä"): a statement per year.

    The title says what the years hold (a plan's "Kustannusarvio vuosittain", a report's "Toteutuneet
    kustannukset vuosittain", or nothing in a plan); an estimate's years are estimates of that year, the total
    column the estimate without a year; a report's years are annual statements, its total the cumulative one.
    """
    if not any(row and cost_category(row[0]) for row in element.rows[1:]) or _total_only(element.rows[1:]):
        return False  # no cost categories, or none but a total: the county's service areas, visits by year
    if costscales.counted(" ".join([element.title or "", element.header[0], *table_context(ctx, element)[:1]])):
        return False  # "Asiakkaille toimitetut välineet (kpl)" over "Väline | 2023 | 2024": pieces a year
    shared = tables.year_words(element.header[next(iter(years))])
    title = " ".join([shared, element.title or "", *table_context(ctx, element)])
    role = tables.column_role(shared) if shared else None
    role = role or _caption_role(element.header[:1])  # the corner: "Toteutuneet kustannukset | 2023 | 2024"
    role = role or tables.column_role(element.title or "") or _caption_role(lead_in(ctx, element))
    estimate = role != "actual" and (  # what was spent is no estimate, whatever the § is called (R16-19)
        tables.names_estimate(title)
        or (
            role in (None, "budget")
            and (ctx.seg.kind == "project-plan" or under_estimate_heading(ctx, element))
        )
    )
    beside = {tables.column_role(h) for i, h in enumerate(element.header) if i and i not in years}
    if role is None and not estimate and beside & {"budget", "granted"}:
        role = "actual"  # "2020 | 2021 | Yhteensä | Myönnetty": the years are spent against the sum granted
    role = role or "budget"  # what year columns hold when nothing says otherwise (a plan's: its estimate)
    # "Toteutunut 2022 | Toteutunut 1–9/2023 | Toteutunut yhteensä | Myönnetty | Käyttöaste %": the columns beside the
    # years that the header names (the grant, the utilisation) stand with the years' total, one statement with it
    with_total = [
        i
        for i, h in enumerate(element.header)
        if i
        and i not in years
        and tables.column_role(h) in ("budget", "granted", "utilisation-percent", "deviation")
    ]
    for index, year in years.items():
        keep = [index, *with_total] if year is None and not estimate else [index]
        rows = [[row[0], *(row[i] if i < len(row) else "" for i in keep)] for row in element.rows]
        kind = "estimate" if estimate else "annual" if year else "cumulative"
        own = tables.own_role(element.header[index], shared) or role  # "Toteuma 2024 | Ennuste 2025"
        roles = [None, own, *(tables.column_role(element.header[i]) for i in keep[1:])]
        _costs(ctx, dataclasses.replace(element, rows=rows), roles, year_hint=year, kind_hint=kind)
    return True


#: The roles a caption can give a table's year columns on its own: what was spent, committed or foreseen (a
#: budget is what year columns hold when nothing says otherwise).
_CAPTION_ROLES = ("actual", "committed", "forecast")


def _caption_role(context: list[str]) -> str | None:
    """The role the caption right above a table of year columns names, when the title names none: "Toteutuneet
    kustannukset vuosittain (euroa):", "Utfall per år (euro)", "Realised costs per year (EUR)" over "Menolaji |
    2023 | 2024 | Yhteensä" hold what was spent each year, not a budget."""
    role = tables.column_role(context[0]) if context else None
    return role if role in _CAPTION_ROLES else None


_YEAR_LABEL = re.compile(r"(?:vuosi\s+|år\s+)?(?:19|20)\d{2}", re.I)


def _turned_row_label(cell: str) -> bool:
    """A row label of a table laid out turned: a money column's name ("Toteuma") or a year ("2024")."""
    return bool(_column(cell) or _YEAR_LABEL.fullmatch(cell.strip()))


def _turned(rows: list[list[str]]) -> bool:
    """Categories as columns, budget and actual (or the years) as rows: a few categories in the header,
    two row labels or more that are money columns' names or years, or one under three categories or more (an
    estimate in one row: "Kostnadsslag | Personalkostnader | … | Totalt" over "Beräknad kostnad | 1,62 M€ | …")."""
    # the header first: a few cells
    heads = sum(1 for head in rows[0][1:] if cost_category(head)) if rows else 0
    labels = sum(1 for row in rows[1:] if row and _turned_row_label(row[0]))
    return heads >= 2 and ((len(rows) >= 3 and labels >= 2) or (len(rows) == 2 and labels == 1 and heads >= 3))


def _normalised(element: Element) -> Element:
    """The table with clean cells and its header joined, the line numbers following the rows."""
    cells = [[tables.clean_cell(c) for c in row] for row in element.rows]
    # a first column of codes dropped, not one of years before the kinds (a table a year: ``yearrows``)
    rows = tables.with_corner(
        cells if yearrows.year_column(cells, cost_category) == 0 else tables.without_code_column(cells)
    )
    rows = gluedsums.notations(gluedsums.split_glued_sums(rows), _column)  # "1 040 000,00 1 031 300,00"
    rows = gluedsums.split_glued_heads(rows, _column)  # "Budget | Actual Utilisation %" over four cells a row
    rows = gluedsums.month_ledger(
        rows, cost_category, _column
    )  # month rows, "Yhteensä 1–6/2022", "Budjetti 2022"
    rows, lines = tables.without_rule_rows(rows, element.row_lines)
    rows, lines = tables.without_running_header(rows, lines)
    tail_under_words = len(rows) > 1 and all(
        i < len(rows[0]) and rows[0][i].strip() for i, cell in enumerate(rows[1]) if cell.strip()
    )
    joined = tables.join_header(rows, is_row_label=cost_category)
    if tail_under_words and len(joined) < len(rows) and _turned(joined):
        # A turned table whose header of categories a PDF broke over two lines ("Hankehenkilöstön" over
        # "kustannukset"), each word of the second line under a word of the first: its categories are
        # read once the header is joined (a line whose words stand under no word is not its tail).
        rows, lines = joined, [lines[0], *lines[2:]]
    if _turned(rows):
        # Categories as columns, budget and actual (or the years) as rows: read it turned, one row
        # per category, so that a sheet laid out the other way is the same table.
        rows = costscales.turned(rows)  # a scale every category's head names alike goes to the corner
        lines = [element.first] * len(rows)
    joined = tables.join_header(rows, is_row_label=cost_category)
    if len(joined) < len(rows):
        lines = [lines[0], *lines[2:]]
    return dataclasses.replace(element, rows=joined, row_lines=lines)


def _costs(
    ctx: Context,
    element: Element,
    columns: list[str | None],
    *,
    year_hint: str | None = None,
    kind_hint: str | None = None,
    totals: bool = False,
) -> None:
    """The statements of a cost table's columns; ``totals``: each row is a statement's total (a row per year)."""
    title = norm_label(element.title)
    header_text = " ".join(element.header)
    context = table_context(ctx, element)
    said = " ".join([element.title or "", *context, header_text])
    unit = (
        "person-day"
        if tables.PERSON_DAYS.search(said)
        or any(tables.PERSON_DAYS.search(c) for row in element.rows[1:] for c in row[1:])
        else "EUR"
    )
    cue = kind_cue(
        [header_text, *context, element.title or ""]
    ) or kind_cue(  # the caption nearest the table first
        [run_caption(ctx, element)]
    )
    said_above = [element.title or "", *context[:1]]
    money_roles = {c for c in columns[1:] if c and c not in ("utilisation-percent", "deviation")}
    period_only = bool(money_roles) and all(c.startswith("period-") for c in money_roles)
    if period_only:
        # "Jakson budjetti | Jakson toteuma" and nothing else: a statement of the reporting period.
        columns = [c.removeprefix("period-") if c else c for c in columns]
    has_period_columns = any(c and c.startswith("period") for c in columns)
    if period_only:
        kind, cue_text = "period", (cue[1] if cue else "jakso")
    elif has_period_columns or "vuositason" in title:
        kind, cue_text = beside_period(element.header, columns, title, cue)
    elif cue is not None:
        kind, cue_text = cue
    else:
        kind, cue_text = default_kind(ctx, columns), None
    if kind == "period" and not period_only and (whole := year_of_whole(element.header, columns, said_above)):
        # "Budjetti 2024 | Toteuma 1–6/2024 | Ennuste 2024": the year's table, its actual the year so far.
        kind, cue_text = "annual", whole
    header_years = {
        y for h in element.header[1:] for y in years_alone(h)
    }  # not a date's: "Toteutunut 31.12.2023"
    if cue is None and not has_period_columns and len(header_years) == 1:
        # "Budjetti 2025 | Toteuma 2025": one year's figures, whatever the title says.
        kind, cue_text = "annual", next(iter(header_years))
    elif cue is None and not has_period_columns and not header_years and (spanned := named_span(said_above)):
        kind, cue_text = named_span_kind(ctx, spanned), spanned  # "Costs 1 Feb - 31 Aug 2025": from the start?
    elif (
        cue is None
        and not has_period_columns
        and not period_only  # "Jakson budjetti | Jakson toteuma" under "Kustannukset 1-6/2025": the period's
        and not header_years
        and (alone := year_alone([*said_above, element.header[0] if element.header else ""]))
    ):
        # "Talous 2024 (t€)" over the table, or "Kustannukset 2023 | Talousarvio | Toteutunut" in its
        # corner: the title or the label column's header names the year the table is of.
        kind, cue_text, year_hint = "annual", alone, year_hint or alone
    if kind == "period" and (calendar := calendar_year(cue_text or "")) is not None:
        kind, cue_text, year_hint = "annual", cue_text, year_hint or calendar  # "1.1.2023–31.12.2023": a year
    if kind == "period" and (
        over_a_year(cue_text or "")
        or from_start(ctx, cue_text or "")
        or from_start(ctx, " ".join(said_above[:2]))
    ):  # the caption's span whole: "Costs 1 April – 30 September 2025" (the cue has no year)
        kind = (
            "cumulative"  # "Kustannukset 1.1.2022–30.9.2023": longer than a period, or from the project's start
        )
    if not money_roles & {"actual", "committed", "forecast", "period-actual"} and any(
        tables.names_estimate(h)
        for h in [
            *element.header[1:],
            *said_above,
        ]  # the statement-kind's labels ("Kostnadsförslag"), or the title's
    ):
        kind, cue_text = (
            "estimate",
            "kustannusarvio",
        )  # a plan's estimate ("Kustannuslaji | Kustannusarvio (€)"), not a report's approved budget beside its actual
    if kind_hint is not None:
        kind, cue_text = kind_hint, element.title or None  # columns of years: the title told what they hold
    year = year_hint
    for line_no in range(element.first - 1, max(element.first - 4, 0), -1) if kind_hint is None else ():
        text = ctx.doc.lines[line_no - 1].strip()
        if re.fullmatch(r"(?:19|20)\d{2}", text):
            year = text
            break
    if year is None and kind == "annual" and len(header_years) == 1:
        year = next(iter(header_years))
    if year is None and (kind in ("annual", "period") or has_period_columns):
        # No year line above the table: the year of the title ("Kustannukset 2024"), else the
        # year the reporting period ends in.
        # The label column's header first ("KUSTANNUKSET 1.1.–31.8.2024"): a row of another table above
        # it ("…\tsiirtyy 2025", tables joined over a blank line) is no year of this one.
        head = element.header[0] if element.header else ""
        year_in_title = re.search(r"\b(?:19|20)\d{2}\b", " ".join([head, element.title or "", *context[:1]]))
        period = ctx.unit.reporting_period or document_period(ctx)
        year = year_in_title.group() if year_in_title else str(period[1].year) if period else None
    if year is None and (kind in ("annual", "period") or has_period_columns):
        # Nor a period: the year the document's title gives ("Tilanneraportti 1–6/2024").
        head = " ".join(line for line in ctx.doc.lines[:5] if line.strip())
        found = re.search(r"\b(?:19|20)\d{2}\b", head)
        year = found.group() if found else None
    groups: dict[str, dict[str, str]] = {"main": {}, "period": {}}
    for index, col in enumerate(columns):
        if col is None or index == 0:
            continue
        if col.startswith("period-"):
            groups["period"][str(index)] = col.removeprefix("period-")
        else:
            groups["main"][str(index)] = col
    # Amounts in thousands or millions: a column headed "t€" or "(1 000 €)", or a table titled so.
    # The label column's header speaks for the whole table too ("Kustannuslaji (1 000 €)").
    around = " ".join([element.title or "", *context, element.header[0] if element.header else ""])
    table_scale = costscales.scale_of(around) or costscales.note_under(ctx, element) or Decimal(1)
    own = costscales.column_scales(element.header)  # "Budjetti (t€) | Toteuma (€)": each column its own
    own += [None] * (len(columns) - len(own))
    # A column without a unit of its own ("Ero") in a table whose other money columns all say
    # "(t€)" is in thousands too.
    marked = {s for i, s in enumerate(own) if s is not None and i and columns[i] != "utilisation-percent"}
    fallback = marked.pop() if len(marked) == 1 and table_scale == 1 else table_scale
    scales = [s if s is not None else fallback for s in own]
    rows, row_lines = tables.merge_broken_rows(element.rows[1:], element.row_lines[1:])
    cut = cut_line(ctx)
    span = Span(element.first, element.last, element.text)
    for group, mapping in groups.items():
        if not mapping:
            continue
        own_year = (
            year if group == "period" or kind != "cumulative" else None
        )  # the period's beside the whole's
        if group == "period" or (kind == "period" and kind_hint is None):  # "Jakso 7–12/2022 budjetti"
            own_year = period_year(element.header, columns, every=group == "main") or own_year
        statement = CostStatement(unit, "period" if group == "period" else kind, own_year, [], span)
        statement.cue = cue_text if group == "main" else "jakso"
        if statement.cue is None:
            ctx.result.notes.append(f"cost-kind-default:{kind} ({element.title or element.header[0]})")
        top: int | None = None
        for row, line_no in zip(rows, row_lines, strict=False):
            if not row or not row[0] or line_no == cut:
                continue  # no label, or the row the document's cut broke ("Matkakulut | 14 000 | 9 8")
            category = "total" if totals else _named(row[0])
            values = {}
            for index_text, name in mapping.items():
                index = int(index_text)
                if index < len(row):
                    amount = parse_amount(row[index])
                    if amount is not None:
                        scaled = name != "utilisation-percent" and not has_scale(row[index])
                        values[name] = amount * scales[index] if scaled else amount
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
        costscales.ledger_signed(statement.lines)  # "-262 000" booked as a ledger's costs: 262 000
        costcarry.without_carried(statement, ctx.unit.costs)  # "Siirto" / "Att transportera": sums carried over
        if statement.lines:
            ctx.unit.costs.append(statement)


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    moneytext.read_chunks(ctx, chunks, project, cost_category)


def _begin(_: Context, elements: list[Element]) -> None:
    costpages.split(elements, _column, cost_category)  # a goal table and a cost table joined over a blank line
    costpages.rejoin_rows(elements, _column, cost_category)  # "Laitteet | 250 000" read as a field "Liitteet"
    costlines.as_tables(elements, cost_category)  # "Henkilöstökulut 1 120 400 € (budjetti 2 310 000 €)" a line
    costlines.pairs_as_tables(elements, _named)  # "- Henkilöstökulut: budj. 410 000, tot. 118 600"
    costlines.labels_over_pairs(elements, _named)  # "Henkilöstökulut" over "budjetti 780 000 · toteutunut …"
    costlines.sentence_pairs(elements, _named)  # "Kulut 2025: henkilöstökulut budjetti 120 000, toteuma …; …"
    costlines.two_sums_as_tables(elements, _named)  # "• henkilöstökulut 268 000 € / 402 000 €" under a caption
    costrecords.records_as_tables(elements, cost_category)  # "Kustannuslaji 1" / "Nimi: …" / "Myönnetty (€): …"


def _finish(ctx: Context) -> None:
    moneytext.read_fields(ctx, cost_category)  # "Rahoitus: STM, myönnetty 3 150 000 euroa"


FAMILY = Family("money", begin=_begin, table=_table, chunks=_chunks, finish=_finish)
