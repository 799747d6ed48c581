"""Tables of parts and their money: a row per part, a column per part, a part column, group rows.

A county's decision lists its investments in a table "Investointi | Myönnetty (€)", a status report
follows up each part's costs ("Osakokonaisuus | Budjetti | Toteuma"), a plan estimates a column per
investment, a sheet keeps a part column beside its categories or groups its rows under part rows. Each
part named becomes a part of the project (``listed_part``, never the current part) and its sums its
statements. Moved out of ``parts.py`` (at its line limit) unchanged.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import NamedTuple

from hankegraafi.ingest import lightvalues, tables
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.costkinds import table_context, year_alone, year_of_whole, years_alone
from hankegraafi.ingest.facts.costscales import column_scales, counted, in_euros, scale_of
from hankegraafi.ingest.facts.gridpairs import joins_budget
from hankegraafi.ingest.facts.lightmatrix import known_part
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Light, Project, Span
from hankegraafi.ingest.facts.money import cost_category, kind_cue, statements_of
from hankegraafi.ingest.facts.partrows import TOTAL, not_taken_up, numbered_rows
from hankegraafi.ingest.facts.partwords import match_part_line, without_gloss
from hankegraafi.ingest.facts.sumrows import amount, money_statement, sum_rows
from hankegraafi.ingest.facts.text import BULLET, parse_amount
from hankegraafi.ingest.segment import Element, light_value, match_light

GRANTED = re.compile(r"myönn|myönt|beviljad|beviljat|granted", re.I)
#: A column of sums applied for ("Haettu €", "Sökt belopp"): what was asked for, beside the grant.
#: A caption saying its table's sums are what was spent: "Toteutunut", "Toteuma", "Utfall", "Actual".
_ACTUAL = re.compile(
    r"\btoteutu\w*|\btoteum\w*|\butfall\w*|\bactual\b|\bspent\b|\bincurred\b|\breali[sz]ed\b", re.I
)
APPLIED = re.compile(r"haettu|haettava|haetaan|haettiin|\bhaki\b|\bhakea\b|sökt|ansökt|sökte|applied", re.I)


class Listed(NamedTuple):
    """A part a row, column or list item names: its level, word, number and name (maybe with a sum)."""

    level: str  # investment, subproject
    word: str
    number: str
    name: str


def _total(text: str) -> bool:
    """A total's label: partrows' words ("Yhteensä", "Total", "Summa"), or any total label of the cost-category
    vocabulary ("Totalsumma", "Grand total", "Sammanlagt", "Kustannukset yhteensä")."""
    return bool(TOTAL.match(text)) or cost_category(text) == "total"


def listed(text: str) -> Listed | None:
    """The part a cell or list item names ("Investointi 1: X", "Osakokonaisuus 2", "Delprojekt 3 – Y");
    the words are the ``project-part`` vocabulary's, a work package is none."""
    found = match_part_line(BULLET.sub("", text))
    if found is None or found[0] == "work-package":
        return None
    kind, word, number, name = found
    return Listed("investment" if kind == "investment" else "subproject", word, number, name)


def listed_part(ctx: Context, part: Listed, span: Span, name: str | None = None) -> Project:
    """The part of the project a list names, made if new, never made the current part."""
    name = without_gloss(part.name if name is None else name)  # "X – Kuopio, Siilinjärvi" names X
    label = f"{part.word} {part.number}: {name}" if name else f"{part.word} {part.number}"
    parent = ctx.root or ctx.current
    for project in ctx.projects:
        # A sub-project started by its heading has no number of its own: its name gives it.
        number = project.number or ((own := match_part_line(project.name)) is not None and own[2]) or None
        if (
            project.level == part.level
            and number == part.number
            and project.parent is parent
            and (part.level == "investment" or project.name.startswith(part.word))
        ):
            return project
    made = ctx.new_project(part.level, label, span, parent, part.number)
    if "." in part.number and part.level == "investment":
        made.investment_line = part.number.replace(".", "-")
    return made


def money_kind(ctx: Context, element: Element) -> str:
    """Granted when the table or the text just above it says so, else the sum applied for (an estimate)."""
    above = " ".join(ctx.doc.lines[max(0, element.first - 4) : element.first - 1])
    return "granted" if GRANTED.search(" ".join(element.header) + " " + above) else "estimate"


def _rows_are_parts(ctx: Context, element: Element) -> bool:
    """'Investointi | Myönnetty (€)' with a row per investment and a total."""
    element = numbered_rows(element)
    # A table without a header row starts with its first part.
    skip = 0 if element.rows[0] and listed(element.rows[0][0]) else 1
    rows = element.rows[skip:]
    parts = [r for r in rows if r and listed(r[0])]
    # A row with no sum that is neither a part nor a total is a page's running header the table
    # was broken by ("X hyvinvointialue | Aluehallitus | 14.3.2023 | 3 (7)") or text under the
    # table that the reader took in ("Tila: vihreä = etenee suunnitellusti, …"): it is passed over.
    # a follow-up's total row is any total label of the vocabulary ("Totalsumma"); a table of sums granted or applied
    # per part keeps partrows' words (test20 n02's "Sammanlagt" under "Beviljat | Ny fördelning" is its gold's cells)
    follow_up = skip and bool(_FOLLOW_UP & {tables.column_role(c) for c in element.header[1:]})
    total = _total if follow_up else TOTAL.match
    pages = [r for r in rows if r and not listed(r[0]) and not total(r[0]) and _page_row(r)]
    noise = pages + [r for r in _text_after(rows) if not any(r is p for p in pages)]
    totals = sum(1 for r in rows if r and total(r[0]))
    if len(parts) < 2 or len(parts) + totals + len(noise) < len(rows) or len(pages) >= len(parts):
        return False
    rows = [r for r in rows if not any(r is n for n in noise)]
    row_lines = [
        n
        for r, n in zip(element.rows[skip:], element.row_lines[skip:], strict=False)
        if not any(r is x for x in noise)
    ]
    # a table taken only by the vocabulary's wider totals is read for its cells, not also for grants per part as money
    wide = follow_up and any(r and not TOTAL.match(r[0]) and _total(r[0]) for r in rows)
    if skip and (_cost_rows(ctx, element) or wide):
        return True
    kind = money_kind(ctx, element)
    kinds = _column_kinds(element.header) if skip else {}
    # sums in thousands by the caption ("Euromäärät investoinneittain (1 000 €)" over "1 300"; test30 oc11)
    scale = scale_of(" ".join([element.title or "", *table_context(ctx, element)[:1]])) or 1
    for row, line_no in zip(rows, row_lines, strict=False):
        # A share or percentage ("Osuus %", a cell "60 %") is no sum.
        cells = [
            c
            for i, c in enumerate(row)
            if i and "%" not in c and not (skip and i < len(element.header) and "%" in element.header[i])
        ]
        cued = [_cued(c) for c in cells]
        values = [a for _, a in cued if a is not None]
        span = Span(line_no, line_no, "\t".join(row))
        named = listed(row[0])
        if named is not None and not named.name and not skip and len(row) >= 2 and row[1][:1].isupper():
            named = listed(f"{row[0]}: {row[1]}")  # "Osio 1 | Kotikuntoutus": the part's name beside it
        if named is not None and not_taken_up(row):
            continue
        target = listed_part(ctx, named, span) if named else ctx.root
        if target is None:
            continue
        if named is not None and skip:
            _row_lights(ctx, element.header, row, target, span)
        if kinds:
            # "Investointi | Haettu € | Myönnetty €": each column is a statement of its own.
            for index, column_kind in kinds.items():
                value = amount(row[index]) if index < len(row) else None
                if value is not None:
                    money_statement(target, column_kind, value * scale, row[0], span)
        elif values:
            said = next((k for k, a in cued if k and a is not None), None)
            # in the caption's scale too ("Sökt understöd per investering (1 000 euro)" over "620", test43 on17)
            money_statement(target, said or kind, values[-1] * scale, row[0], span)
    return True


def _cued(cell: str) -> tuple[str | None, Decimal | None]:
    """A cell's sum and the kind its own word says ("myönnetty 620 000 €", "haettu 450 000 €")."""
    value = amount(cell)
    if value is not None:
        return None, value
    m = re.fullmatch(
        r"(?P<cue>[^\W\d_]{4,20})\s*:?\s+(?P<sum>(?:€|EUR)?\s?\d.*)", cell.strip()
    )  # "myönnetty € 1 900 000"
    if m is None or (value := amount(m.group("sum"))) is None:
        return None, None
    return "granted" if GRANTED.search(m["cue"]) else "applied" if APPLIED.search(m["cue"]) else None, value


def _row_lights(ctx: Context, header: list[str], row: list[str], target: Project, span: Span) -> None:
    """A column of a dimension in a table of parts ("Investointi | Tila | Valmiusaste" over
    "Investointi 2: X | käynnissä | 40 %"): each row's value is its part's light, the progress a percentage."""
    if ctx.seg.kind in ("project-plan", "innokyla-page"):
        return  # plans and pages rate nothing
    for index, cell in enumerate(row[1:], start=1):
        dimension = match_light(header[index].strip(" *_")) if index < len(header) else None
        # a cell the light vocabulary words ("ajallaan", "ylittyy", "on time", "i tid"), as lights.py reads one
        value = (light_value(cell) or lightvalues.value_of(cell)) if dimension else None
        if dimension is None or not value:
            continue
        percent = parse_amount(value) if value.endswith("%") else None
        if dimension == "progress" and percent is None:
            continue
        light = Light(dimension, None if percent is not None else value, percent, span)
        target.lights = [have for have in target.lights if have.dimension != dimension] + [light]


_PAGE_MARK = re.compile(
    r"^\s*\d{1,3}\s*(?:\(\d{1,3}\)|/\s*\d{1,3})\s*$|\b(?:pöytäkirja|protokoll|sivu|sida)\b", re.I
)


def _page_row(row: list[str]) -> bool:
    """A running page header or footer read as a table row: a page mark ("3 (7)", "Pöytäkirja
    4/2023") and no sum in any cell."""
    return any(_PAGE_MARK.search(c) for c in row) and not any(
        amount(c) is not None and re.search(r"\d{3}", c) for c in row if not _PAGE_MARK.search(c)
    )


def _text_after(rows: list[list[str]]) -> list[list[str]]:
    """The rows below a table's last part or total that hold no sum: lines of text under the table
    that the reader took in as rows (a legend "Tila: vihreä = etenee suunnitellusti, …" cut at its
    colon, a decision "Päätös | Aluevaltuusto merkitsi …" after a blank line)."""
    last = max((i for i, r in enumerate(rows) if r and (listed(r[0]) or _total(r[0]))), default=-1)
    tail = rows[last + 1 :]
    if any(amount(c) is not None or re.search(r"\d{3}", c) for r in tail for c in r):
        return []
    return tail


#: A document that settles the grant at the project's end: a final report or account ("loppuselvitys", "slutredovisning").
_FINAL_ACCOUNT = re.compile(
    r"loppuselvity|loppuselvitys|loppuraport|slutredovis|slutrapport|final report|final account|closing report",
    re.I,
)
#: Columns that make a table a follow-up of costs, not a list of sums granted or applied for.
_FOLLOW_UP = {"actual", "committed", "forecast", "period-actual"}


def _cost_rows(ctx: Context, element: Element) -> bool:
    """'Investointi | Budjetti | Toteuma | Käyttöaste %' with a row per part: each part's totals.

    A status report's summary of costs per part (or per sub-project) is each part's cost
    statement with one line, its total; the total row is the whole's. The kind comes from
    the table's own words (a "jakso" column, "kumulatiivinen"), else cumulative. A column of
    the sums granted makes the table the sums granted per part (money, test2's convention),
    unless a utilisation column ("Käyttöaste", "Utnyttjandegrad %") measures the spending
    against them: then it follows up each part's costs against its grant, the granted column
    the base of the follow-up (a minute's "Investointi | Myönnetty | Toteutunut | Käyttö-%",
    test10's and test12's convention).
    """
    roles = [tables.column_role(cell) if index else None for index, cell in enumerate(element.header)]
    if not _FOLLOW_UP & {r for r in roles if r}:
        return False
    # "Investointi | Myönnetty | Toteutunut" in minutes: each part's costs followed up against its grant, and the
    # sums granted per part (money) too, read after this (test17 j12, test23 s29, test24 r12, test25 l90, test30
    # oc11, test32 od08, test35 of10: cost cells of granted and actual by part, which had been money alone)
    money_too = "granted" in roles and "utilisation-percent" not in roles
    if money_too and any(_FINAL_ACCOUNT.search(line) for line in ctx.doc.lines[:120]):
        return False  # a final account's grant and what was spent of it per part: money alone (test2 h16, tune u247)
    cue = kind_cue([" ".join(element.header), element.title or ""])
    kind, cue_text = cue if cue else ("cumulative", None)
    year = None
    years = {y for head in element.header[1:] for y in years_alone(head)}
    if kind == "period" and (whole := year_of_whole(element.header, roles, [element.title or ""])):
        # "Budjetti 2022 | Toteutunut 1–9/2022" with a row a part: the year's table, its actual the year so far, as
        # a table of kinds is read (money.py; test43 on14)
        kind, cue_text, year = "annual", whole, whole
    elif cue is None and len(years) == 1:
        kind, cue_text, year = "annual", next(iter(years)), next(iter(years))  # "Budjetti 2024 | Toteuma 2024"
    scales = column_scales(element.header)  # "Budjetti t€" over "820": thousands (test34 oe05)
    # a caption's scale for the columns that name none ("Euromäärät investoinneittain (1 000 €)", test30 oc11)
    said = scale_of(" ".join([element.title or "", *table_context(ctx, element)[:1]])) or Decimal(1)
    scales = [
        scale
        if scale is not None
        else said
        if i < len(roles) and roles[i] not in (None, "utilisation-percent")
        else None
        for i, scale in enumerate([*scales, *[None] * (len(element.header) - len(scales))])
    ]
    # English grouping ("380,000") only where nothing says otherwise: no scale (a figure in millions or thousands has
    # decimals, "0,380", "1 250,5": R17-30) and every sum with a comma in the table so grouped
    commas = [
        c for row in element.rows[1:] for i, c in enumerate(row) if 0 < i < len(roles) and roles[i] and "," in c
    ]
    english = all(s in (None, 1) for s in scales) and all(_grouped(c) != c for c in commas)
    for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
        named = listed(row[0]) if row else None
        span = Span(line_no, line_no, "\t".join(row))
        target = listed_part(ctx, named, span) if named else ctx.root if row and _total(row[0]) else None
        values = {
            role: value * (scale or 1)
            for role, cell, scale in zip(roles, row, scales, strict=False)
            if role and (value := parse_amount(_grouped(cell) if english else cell)) is not None
        }
        if target is None or not values:
            continue
        statement = CostStatement("EUR", kind, year, [CostLine(row[0], "total", None, values, span)], span)
        statement.cue = cue_text
        if cue_text is None:
            ctx.result.notes.append(f"cost-kind-default:{kind} ({element.header[0]})")
        target.costs.append(statement)
    return not money_too


#: A sum in English grouping ("380,000", "1,250,000 €"); not a decimal below one ("0,380").
_EN_GROUPED = re.compile(r"\s*[-−]?(?!0,)\d{1,3}(?:,\d{3})+\s*(?:€|eur\w*)?\s*", re.I)


def _grouped(cell: str) -> str:
    """``cell`` with an English grouping's commas as spaces ("380,000" → "380 000"), else as it is."""
    return cell.replace(",", " ") if _EN_GROUPED.fullmatch(cell) else cell


def _column_kinds(header: list[str]) -> dict[int, str]:
    """Columns of sums applied for and granted, when the header has both, or the one granted column: index → kind."""
    kinds: dict[int, str] = {}
    for index, cell in enumerate(header[1:], start=1):
        if APPLIED.search(cell):
            kinds[index] = "applied"
        elif GRANTED.search(cell):
            kinds[index] = "granted"
    if len(set(kinds.values())) == 2 or list(kinds.values()) == ["granted"]:
        return kinds  # applied and granted, or the one granted column beside what was spent
    return {}


def _columns_are_parts(ctx: Context, element: Element) -> bool:
    """A cost estimate with a column per investment ('Kustannuslaji | Investointi 1 | … | Yhteensä')."""
    header = element.header
    columns = [(i, listed(h)) for i, h in enumerate(header) if i > 0]
    parts = [(i, named) for i, named in columns if named]
    totals = [i for i, h in enumerate(header) if i > 0 and _total(h)]
    rows = _joined_rows(element)
    ratings = sum(1 for row, _, _ in rows if match_light(row[0].strip(" *_")))
    if not parts or not rows or ratings * 2 > len(rows):
        return False  # no part's column, a header alone, or a matrix of ratings ("Aikataulu | 81 | 62")
    kind = money_kind(ctx, element) if "kustannusarvio" not in (element.title or "").lower() else "estimate"
    above = " ".join(ctx.doc.lines[max(0, element.first - 3) : element.first - 1]) + " " + (element.title or "")
    column = "budget"
    if _ACTUAL.search(above) and not GRANTED.search(above):
        kind, column = (
            "cumulative",
            "actual",
        )  # "KUSTANNUKSET OSIOITTAIN, TOTEUTUNUT 1.3.2022 - 31.12.2024 (EUR)"
    targets: list[tuple[int, Project]] = []
    for index, named in parts:
        span = Span(element.first, element.first, "\t".join(header))
        targets.append((index, listed_part(ctx, named, span)))
    if totals and ctx.root is not None:
        targets.append((totals[-1], ctx.root))
    # A plan's estimate whose caption names one year alone ("Kostnadsförslag 2023 (euro)") is that year's (od06).
    year = year_alone([element.title or "", *table_context(ctx, element)[:1]]) if kind == "estimate" else None
    # sums in thousands by the caption ("Cost estimate by subproject (EUR thousand)" over "312"; tune u1801)
    # or by the corner cell ("Subproject (EUR thousand)", R16)
    scale = scale_of(" ".join([element.title or "", *table_context(ctx, element)[:1], header[0]])) or 1
    own = column_scales(header)  # or by each part's column head ("Investointi 1 (t€)", "Delprojekt 2 (k€)")
    for index, project in targets:
        statement = CostStatement("EUR", kind, year, [], Span(element.first, element.last, element.text))
        for row, line_no, raw in rows:
            value = amount(row[index]) if index < len(row) else None
            if value is None:
                continue
            value *= (own[index] if index < len(own) else None) or scale
            category = cost_category(row[0]) or ("total" if _total(row[0]) else None)
            if category is None and column == "actual":
                continue  # under a "spent" caption a row that names no cost is no cost: "Myönnetty avustus" (test9 q06)
            statement.lines.append(
                CostLine(row[0], category, None, {column: value}, Span(line_no, line_no, raw))
            )
        if statement.lines and column == "actual" and joins_budget(project, statement):
            continue  # the budget's grid before this one (facts/gridpairs.py)
        # one statement of a kind and year: a plan's estimate grid a year ("Kustannusarvio 2025 osahankkeittain", then
        # 2026's) gives each year its own
        if statement.lines and not any(
            c.kind == kind and c.year == year and not _said_total(c, statement) for c in project.costs
        ):
            project.costs[:] = [c for c in project.costs if (c.kind, c.year) != (kind, year)] + [statement]
    return True


def _said_total(said: CostStatement, table: CostStatement) -> bool:
    """``said`` is a sum the text stated before the table, the table's total alone ("varav Investering 1: X ….
    1 240 t€" over an estimate whose part column sums to 1 240: test44 oo17): the table's column gives it way."""
    totals = [line.values for line in table.lines if line.category == "total"]
    return (
        said.year == table.year
        and len(said.lines) == 1
        and said.lines[0].category == "total"
        and bool(totals)
        and said.lines[0].values.get("budget") in totals[-1].values()
    )


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


def _caption_header(ctx: Context, element: Element) -> None:
    """A table of cost categories with one column of sums and no header row, under a caption that
    says what the sums are ("Investering 4, kostnadsförslag per kostnadsslag (euro)" over
    "Egna personalkostnader | 380 000"): the caption's word becomes the column's header, so that the
    money family reads the table (and ``partscopes`` files it under the part the caption names)."""
    rows = element.rows
    if len(rows) < 2 or any(len(row) != 2 for row in rows) or element.first < 2:
        return
    if not all((cost_category(row[0]) or _total(row[0])) and amount(row[1]) is not None for row in rows):
        return
    caption = ctx.doc.lines[element.first - 2].strip()
    if not caption or "\t" in caption or len(caption) > 160:
        return
    words = re.findall(r"[A-Za-zÅÄÖåäö-]{4,}", caption)
    word = next((w for w in words if tables.column_role(w) in ("budget", "granted", "actual")), None)
    if word is not None:
        rows.insert(0, ["", word])
        element.row_lines.insert(0, element.first)


def read_table(ctx: Context, element: Element) -> bool:
    if not element.rows or len(element.header) < 2:
        return False
    _caption_header(ctx, element)
    sum_rows(ctx, element)
    return (
        _group_rows(ctx, element)
        or _part_column(ctx, element)
        or _kinds_across(ctx, element)
        or _rows_are_parts(ctx, element)
        or _columns_are_parts(ctx, element)
    )


#: A head's unit at its end, in brackets or after a comma: "Henkilöstö (htv)", "Personal, årsverken", "Staff (EUR)".
_HEAD_UNIT = re.compile(r"(?:\((?P<bracket>[^()]{1,20})\)|,\s*(?P<comma>[^\W\d_][^\s,]{0,14}))\s*$")


def _money_head(head: str) -> bool:
    """A column head whose unit, if it names one, is money: euros or a scale of them ("(€)", "(t€)", "(1 000 €)");
    a head in person-years, pieces or shares ("Henkilöstö (htv)", "Ostopalvelut (kpl)") counts no money."""
    m = _HEAD_UNIT.search(head.strip(" *_"))
    if m is None:
        return True
    unit = m["bracket"] or m["comma"]
    return in_euros(unit) or scale_of(unit) is not None


#: Words of a caption or corner that name what is counted when it is no money: people, their working time.
_MONEY_WORD = re.compile(r"€|\beur\b|\beuro\w*|\bkustannu\w*|\bkostnad\w*|\bcost\w*|\bbudje?t\w*", re.I)


def _money_size(rows: list[list[str]], width: int) -> bool:
    """A table's cells are sums of euros by their size: one of them a thousand or more."""
    return any(
        (value := amount(row[i])) is not None and abs(value) >= 1000
        for row in rows
        for i in range(1, min(width, len(row)))
    )


def _kinds_across(ctx: Context, element: Element) -> bool:
    """Parts as rows and cost kinds as columns ('| Henkilöstö | Ostopalvelut | Muut | Yhteensä' over 'Investointi 1
    Hoitotakuu | 980 000 | 260 000 | 40 000 | 1 280 000', test42 om11; 'Byggsten 1 | 240 000 | …', test30 oc06): the
    transpose of a cost estimate with a column per part, read as that (:func:`_columns_are_parts`), whatever the
    parts' word, the kinds' language or the scale. Every head after the corner is a cost kind of the vocabulary or
    a total (two kinds at least) in money, every row a part or a total, every part's cell under a kind a sum or
    empty: a table of shares ("78 %"), of person-years ("Henkilöstö (htv)") or of ratings is no such table."""
    element = numbered_rows(element)
    header, body = element.header, element.rows[1:]
    if len(header) < 3 or listed(header[0]) or len(body) < 2:
        return False
    kinds = [cost_category(h) or ("total" if _total(h) else None) for h in header[1:]]
    if (
        None in kinds
        or sum(1 for k in kinds if k != "total") < 2
        or not all(_money_head(h) for h in header[1:])
    ):
        return False
    parts = [row for row in body if row and listed(row[0])]
    if len(parts) < 2 or any(not row or not (listed(row[0]) or _total(row[0])) for row in body):
        return False
    for row in parts:
        cells = [row[i].strip() if i < len(row) else "" for i in range(1, len(header))]
        if any(c and ("%" in c or amount(c) is None) for c in cells) or not any(cells):
            return False
    # sums of money by their size or by the words around them; shares, people and pieces are none ("Person-years by
    # subproject", "Subproject (person-years)", "Share of costs by subproject (%)" over "2.5" or "60"; R16)
    said = " ".join([element.title or "", *table_context(ctx, element)[:1], header[0]])
    if "%" in said or counted(said) or (not _MONEY_WORD.search(said) and not _money_size(parts, len(header))):
        return False
    width = len(header)
    rows = [[header[0], *(row[0] for row in body)]]
    rows += [[header[i], *(row[i] if i < len(row) else "" for row in body)] for i in range(1, width)]
    turned = dataclasses.replace(element, rows=rows, row_lines=[element.first] * len(rows))
    return _columns_are_parts(ctx, turned)


def _group_rows(ctx: Context, element: Element) -> bool:
    """A cost table whose rows are grouped under part rows inside it ("| **Investointi 1: X** | | |" over
    its categories, as a Markdown or a pasted table keeps them): each group's rows, under the header,
    are a cost table of that part (a reader that drops the empty cells cuts the table instead:
    ``costpages.headed``)."""
    header = element.header
    if len(header) < 2 or listed(header[0]) or not any(tables.column_role(h) for h in header[1:]):
        return False  # no header, or a first row naming a part ("X | myönnetty 620 000 €"): rows of parts
    groups: list[tuple[Listed | None, list[list[str]], list[int]]] = [(None, [], [])]
    for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
        label = row[0].strip(" *_") if row else ""
        named = listed(label) if label and not any(c.strip(" *_") for c in row[1:]) else None
        if named is not None:
            groups.append((named, [], []))
        else:
            groups[-1][1].append(row)
            groups[-1][2].append(line_no)
    if len(groups) < 2 or groups[0][1]:
        return False  # no group row, or rows before the first group: a table of the unit's own
    for named, rows, lines in groups[1:]:
        if named is None or not rows:
            continue
        part = listed_part(ctx, named, Span(lines[0], lines[-1], "\n".join("\t".join(r) for r in rows)))
        own = dataclasses.replace(
            element, rows=[header, *rows], row_lines=[element.first, *lines], last=lines[-1]
        )
        for statement in statements_of(ctx, own):
            ctx.unit.costs.remove(statement)
            part.costs.append(statement)
    return True


def _part_column(ctx: Context, element: Element) -> bool:
    """'Investointi | Kustannuslaji | Budjetti | Toteutunut' with each row's part in the first column
    (on every row, or on a group's first row only, as a merged cell prints): a cost table per part.

    The part column is the rows' group, not a column of sums: each part's rows, under the header
    less that column, are read as a cost table of the part. A group of the whole project in the same column
    ("Koko hanke | Yhteensä | 775 000", "Hela projektet", "Kaikki") is the whole's, and a part the document
    named already may stand in it by its name or its key ("Kotiutustiimi", "A" for "Fokusområde A: X"; test25
    l10, whose whole's row had left the table unread).
    """
    header, body = element.header, element.rows[1:]
    if len(header) < 3 or not body or not body[0] or listed(header[0]):
        return False
    if not any(tables.column_role(h) for h in header[2:]):
        return False
    owners: list[Listed | Project | str | None] = []
    for row in body:  # up to the first row that names no owner: each look-up may read the whole text
        owners.append(_row_owner(ctx, row[0]) if row and row[0].strip() else None)
        if owners[-1] is None and (len(owners) == 1 or (row and row[0].strip())):
            return False
    if not any(o is not None and o is not _WHOLE_ROW for o in owners):
        return False  # no part's rows: the whole's table
    labelled = [row[1] for row in body if len(row) > 1 and row[1].strip()]
    if sum(1 for label in labelled if cost_category(label) or _total(label)) * 2 <= len(labelled):
        return False
    groups: list[tuple[Listed | Project | str, list[list[str]], list[int]]] = []
    for row, line_no, owner in zip(body, element.row_lines[1:], owners, strict=False):
        if owner is not None and (not groups or _key(groups[-1][0]) != _key(owner)):
            groups.append((owner, [], []))
        groups[-1][1].append(row[1:])
        groups[-1][2].append(line_no)
    for whose, rows, lines in groups:
        span = Span(lines[0], lines[-1], "\n".join("\t".join(r) for r in rows))
        if isinstance(whose, Listed):
            part = listed_part(ctx, whose, span)
        elif isinstance(whose, Project):
            part = whose
        else:
            part = ctx.root or ctx.unit
        own = dataclasses.replace(
            element,
            rows=[header[1:], *rows],
            row_lines=[element.first, *lines],
            first=element.first,
            last=lines[-1],
        )
        for statement in statements_of(ctx, own):
            ctx.unit.costs.remove(statement)
            part.costs.append(statement)
    return True


#: A part column's cell of the whole project ("Koko hanke", "Hela projektet", "Whole project", "Kaikki").
_WHOLE_CELL = re.compile(
    r"^(?:koko hanke|hanke yhteensä|kaikki|hela projektet|projektet som helhet|whole project|all parts)$", re.I
)
_WHOLE_ROW = "whole"


def _row_owner(ctx: Context, cell: str) -> Listed | Project | str | None:
    """Whose rows a part column's cell opens: a part it names (``listed``), a part the document named already
    (by name or key, ``known_part``), the whole (``_WHOLE_CELL``), or None."""
    if (named := listed(cell)) is not None:
        return named
    if _WHOLE_CELL.match(cell.strip(" *_")):
        return _WHOLE_ROW
    return known_part(ctx, cell)


def _key(owner: object) -> object:
    return owner.number if isinstance(owner, Listed) else id(owner)
