"""What a cost table states: its kind and year, read from its words and the document around it.

Tables of different kinds (cumulative, annual, reporting period, estimate) are never added
together, so the kind comes from the table's own words (``statement-kind`` cues in
``ontology/vocab/status.ttl``): its header, its title, the caption right above it. A year's
budget beside the actual so far is the year's table; a granted-vs-realised table of an interim
report is its period's; a row on the last line of a document cut short is not whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import MODEL_STATEMENT_KIND
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.text import adds_up, parse_date
from hankegraafi.ingest.segment import Element


def kind_cue(texts: list[str]) -> tuple[str, str] | None:
    """(kind, the words) of the first kind cue in ``texts`` (the table's header, title, lines above).

    Tables of different kinds are never added together, so the kind is read from the table's own
    words where it has them: the cues of the ``statement-kind`` scheme (``ontology/vocab/status.ttl``).
    """
    for text in texts:
        for kind, pattern in cues.ranked("statement-kind"):
            m = pattern.search(text)
            if m:
                return MODEL_STATEMENT_KIND.get(kind, kind), m.group().strip()
    return None


def table_context(ctx: Context, element: Element, above: int = 3) -> list[str]:
    """The lines between a table's title and the table (at most ``above``), nearest first.

    Only the table's own lead-in ("Hankkeen kustannukset koko hankeajalta (euroa).")
    speaks for it; a title farther up than that, or none, leaves only the caption right above
    the table, when the line is one.
    """
    out: list[str] = []
    line_no = element.first - 1
    while line_no >= 1 and len(out) <= above:
        text = ctx.doc.lines[line_no - 1].strip()
        if text and not _RULE.fullmatch(text):  # a caption's underline ("-----") says nothing of the table
            if element.title and text == element.title.strip():
                return out
            out.append(text)
        line_no -= 1
    # No title met: the line right above still speaks for the table when it is its caption, a line
    # of text of its own ("Taulukko 2. …, kertymä 31.8.2023 (€)", "Kustannusarvio … (1 000 €):").
    return out[:1] if out and _caption(out[0]) else []


def lead_in(ctx: Context, element: Element) -> list[str]:
    """The table's caption (:func:`table_context`), else the line of text right above it when it leads into the
    table (ends in a colon); of that line the last sentence ("Hanke kehittää kotikuntoutusta. Toteutuneet
    kustannukset vuosittain:" says "Toteutuneet kustannukset vuosittain:", R16-19)."""
    said = table_context(ctx, element)
    lines = ctx.doc.lines[max(0, element.first - 3) : element.first - 1]
    above = next((line.strip() for line in reversed(lines) if line.strip()), "")
    said = said or ([above] if above.endswith(":") else [])
    return [re.split(r"(?<=[.!?])\s+", said[0])[-1], *said[1:]] if said else []


#: A rule drawn under a caption or a title ("----------", "=========="): no words.
_RULE = re.compile(r"[-=_~]{3,}")

#: Most lines a run's caption stands above a table of its run.
_RUN = 30


def run_caption(ctx: Context, element: Element) -> str:
    """The caption over the run of tables ``element`` stands in: the nearest line above it that is a
    caption (one short line of words), past the part names and tables of the run ("3 Kustannukset
    kumulatiivisesti 30.6.2024 (€)" over "Osahanke 1: X", its table, "Osahanke 2: Y", its table), and
    no farther than the run's heading or a paragraph. Templates print one caption over a table per
    part; each table is of the kind the caption says. Empty when there is none."""
    for before in reversed([e for e in ctx.seg.elements if e.last < element.first]):
        if element.first - before.last > _RUN or before.type not in ("text", "table", "part"):
            return before.text.strip() if before.type == "heading" and _caption(before.text) else ""
        if before.type == "text" and _caption(before.text):
            if match_part_line(before.text.strip()) is None:
                return before.text.strip()
        elif before.type == "text":
            return ""  # a paragraph: the run began after it
    return ""


def _caption(text: str) -> bool:
    """A table's caption: one short line of words, no row of cells and no sentence of a paragraph (a key of
    abbreviations, "budj. = vuoden budjetti", ends no sentence)."""
    return (
        "\t" not in text
        and len(text) <= 120
        and not re.search(r"[^\d\s][.!?]\s+\S", re.sub(r"\.\s*=", " =", text))
        and bool(_WORDS.search(text))
    )


_WORDS = re.compile(r"[^\W\d_]{3,}")


def cut_line(ctx: Context) -> int | None:
    """The last line of a document the reader found cut short, or None: a table row there is not whole."""
    if not any("cut short" in w or "truncated" in w for w in ctx.doc.warnings):
        return None
    return next((i + 1 for i in range(len(ctx.doc.lines) - 1, -1, -1) if ctx.doc.lines[i].strip()), None)


#: Columns whose year, printed alone, makes a table the year's: what was planned or expected for it.
_WHOLE_YEAR_ROLES = ("budget", "forecast", "granted")


def year_of_whole(header: list[str], columns: list[str | None], said: list[str] | None = None) -> str | None:
    """The year a table's budget or forecast columns name alone ("Budjetti 2024", "Ennuste 2024"), or None.

    A period in the actual's header ("Toteuma 1–6/2024") then says how far the year has run, not that
    the table is the period's: the budget and the forecast are the whole year's. So also when the label
    column's head names the year alone and the budget's none. A budget column with a period of its own
    ("Budjetti Q2/2025") keeps the table the period's.
    """
    years: set[str] = set()
    for index, role in enumerate(columns):
        if index == 0 or role not in _WHOLE_YEAR_ROLES or index >= len(header):
            continue
        found = kind_cue([header[index]])
        if found is not None and found[0] == "period":
            return None
        years |= set(re.findall(r"(?<![/\d])\b(?:19|20)\d{2}\b", header[index]))
    if not years and header and (corner := year_alone([header[0]])):
        return corner  # "Kulut 2023 | Budjetti | Toteutunut 1–5/2023": the label column's head names the year
    if (
        not years
        and said
        and any(
            role in _WHOLE_YEAR_ROLES and i < len(header) and _YEAR_WORD.search(header[i])
            for i, role in enumerate(columns)
        )
    ):
        return year_alone(said)  # "Talous 2023" over "Vuoden budjetti | Toteuma 1–4/2023": the year's word
    if not years and said and any(r in _WHOLE_YEAR_ROLES for r in columns[1:]) and (alone := year_alone(said)):
        # "Talous 2022 (t€), toteutunut 1-8/2022" over "Budjetti | Tot. 1-8 | Ennuste": the caption's period is
        # the actual's (how far the year has run), its year alone the budget's and the forecast's
        # the actual's period in its own head as well ("Talous 2024" over "Budjetti | Toteutunut 1–6/2024")
        spent = {m.group(1) for m in _SPENT_SO_FAR.finditer(" ".join([*said, *header[1:]]))}
        return alone if spent == {alone} else None
    return next(iter(years)) if len(years) == 1 else None


#: An actual "so far" in a caption: its word right before the period ("toteutunut 1-8/2022", "utfall 1–6/2025").
_SPENT_SO_FAR = re.compile(
    r"\b(?:toteu\w*|tot\.|utfall|utfallet|spent|actual|actuals)\s*:?\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*((?:19|20)\d{2})\b",
    re.I,
)


def period_year(header: list[str], columns: list[str | None], every: bool = False) -> str | None:
    """The one year the heads of a table's reporting-period columns name ("Jakso 7–12/2022 budjetti | Jakso
    7–12/2022 toteuma": 2022), or None: the period's own, before the year the report's or project's dates give.
    ``every``: the table is the period's, each money column's head counts ("Budget 1–6/2025 | Utfall 1–6/2025")."""
    years = {
        y
        for i, role in enumerate(columns)
        if i and role and (every or role.startswith("period")) and i < len(header)
        for y in _ANY_YEAR.findall(header[i])
    }
    return years.pop() if len(years) == 1 else None


#: A year printed alone: not a date's ("31.12.2024"), a period's ("1–6/2024") nor a range's ("2023–2025").
_YEAR_ALONE = re.compile(r"(?<![\d./–-])(?<![\d][–-] )(?:19|20)\d{2}(?![\d./]|\s?[–-]\s?\d)")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


#: A sentence of running text: five words or more and a full stop at its end ("Styrgruppen beslöt i februari 2024
#: om en omfördelning mellan kostnadsslagen."); a table's caption has no full stop.
_SENTENCE = re.compile(r"^\s*(?:\S+\s+){4,}\S*[^\W\d]\S*[.!?]\s*$")


def year_alone(texts: list[str]) -> str | None:
    """The one year a table's title or caption names by itself ("Talous 2024 (t€)", "Ekonomi 2025"), or None.

    A title that says one year and no kind says the table is that year's: its budget, forecast and
    difference are the year's, not the project's so far. A title with a date ("tilanne 31.8.2024"),
    a period ("1–6/2024"), a range ("2023–2025") or two years says no one year; nor does a sentence above the
    table ("… beslöt i februari 2024 om en omfördelning …"), the date of something else.
    """
    said = " ".join(t for t in texts if not _SENTENCE.search(t))  # a sentence above the table is no caption
    alone = {m.group() for m in _YEAR_ALONE.finditer(said)}
    return next(iter(alone)) if len(alone) == 1 and len(set(_ANY_YEAR.findall(said))) == 1 else None


def years_alone(text: str) -> list[str]:
    """The years ``text`` prints alone: "Budjetti 2024" has one, "Toteutunut 31.12.2023" and "1–6/2024" none."""
    return _YEAR_ALONE.findall(text)


#: The whole year in a column's header: a year printed alone, or the word for it ("Vuosi bud.").
_YEAR_WORD = re.compile(r"\b(?:vuosi|vuoden|år|årets|year)\b", re.I)


def beside_period(
    header: list[str], columns: list[str | None], title: str, cue: tuple[str, str] | None
) -> tuple[str, str]:
    """(kind, cue words) of the columns beside a table's reporting-period columns.

    A status report's table gives the period's budget and actual ("Jakson budjetti | Jakson
    toteuma") beside a second pair: the year's when its headers say so ("Vuosi bud.", "Budjetti
    2024") or the title does ("vuositason"), else the whole project's so far ("Budjetti yht. |
    Toteuma yht.", "Kertymä"): a pair that names no year is not the year's.
    """
    beside = [
        header[i]
        for i, role in enumerate(columns)
        if i and role and not role.startswith("period") and i < len(header)
    ]
    said = kind_cue(beside)
    if said is not None and said[0] in ("annual", "cumulative"):
        return said
    if "vuositason" in title or any(years_alone(h) or _YEAR_WORD.search(h) for h in beside):
        return "annual", cue[1] if cue else "jakso"
    return "cumulative", " | ".join(beside) or "jakso"


_CALENDAR_YEAR = re.compile(
    r"(?<![\d.])1\.1\.(?P<a>(?:19|20)\d{2})\s*[–-]\s*31\.12\.(?P<b>(?:19|20)\d{2})(?![\d])"
)


def calendar_year(text: str) -> str | None:
    """The year a period of one whole calendar year names ("1.1.2023–31.12.2023"), or None.

    A reporting period's words make a table the period's; a period that is the year itself makes
    it the year's, as "Budjetti 2023" would.
    """
    m = _CALENDAR_YEAR.search(text)
    return m.group("a") if m and m.group("a") == m.group("b") else None


#: Longest reporting period a table of one period covers; a longer one runs from the project's start.
_LONGEST_PERIOD_DAYS = 366


def over_a_year(text: str) -> bool:
    """``text`` names a span of more than a year ("1.1.2022–30.9.2023"): the project's costs so far.

    A reporting period is a half-year, a year or less; a table of costs over a longer span than that
    sums up the project from its start (a follow-up "1.3.2023–31.5.2025"), which is the cumulative
    statement, not a period's, and no one year is its year.
    """
    m = _PERIOD_IN_TITLE.search(text)
    if m is None or not re.search(r"\d{4}$", m.group("a")):
        return False
    start, end = parse_date(m.group("a")), parse_date(m.group("b"))
    return isinstance(start, date) and isinstance(end, date) and (end - start).days > _LONGEST_PERIOD_DAYS


def from_start(ctx: Context, text: str) -> bool:
    """``text`` names a span that begins on the project's first day ("Kustannukset 1.10.2023–30.6.2024" of a
    project of "1.10.2023–30.9.2025", "Costs 1 April – 30 September 2025" of one of "1 April 2025 – …"): the
    project's costs so far, the cumulative statement, however short."""
    spans = _spans(text)
    if not spans:
        return False
    span = spans[0]
    starts = {p.start for p in ctx.projects if isinstance(p.start, date)}
    return span[0] in starts or span[0] in _longer_spans(ctx, span)


#: Month names of English and Swedish dates ("1 April – 30 September 2025", "1 maj–31 augusti 2025").
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "januari"),
            ("february", "februari"),
            ("march", "mars"),
            ("april",),
            ("may", "maj"),
            ("june", "juni"),
            ("july", "juli"),
            ("august", "augusti"),
            ("september",),
            ("october", "oktober"),
            ("november",),
            ("december",),
        ),
        start=1,
    )
    for name in names
}
#: The months' short forms ("Feb", "Aug", "okt", "Sept."): their names' first three letters.
_SHORT_MONTHS = {name[:3]: number for name, number in _MONTHS.items()}


def _month(word: str) -> int | None:
    """A month's number by its name or its short form ("August", "aug.", "Sept"; test25 l75 "1 Feb - 31 Aug 2025")."""
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or (_SHORT_MONTHS.get(word[:3]) if 3 <= len(word) <= 4 else None)


_NAMED_SPAN = re.compile(
    r"\b(?P<d1>\d{1,2})\.?\s+(?P<m1>[^\W\d_]{3,9})(?:\s+(?P<y1>\d{4}))?\s*[–-]\s*"
    r"(?P<d2>\d{1,2})\.?\s+(?P<m2>[^\W\d_]{3,9})\s+(?P<y2>\d{4})\b"
)


def named_span(texts: list[str]) -> str | None:
    """The first text that prints a span in month names ("Costs 1 Feb - 31 Aug 2025 (EUR)"), or None: a table
    under it is of that span (a period, or the project's costs so far when the span opens at its start), not the
    year alone its end names (test25 l75)."""
    for text in texts:
        for m in _NAMED_SPAN.finditer(text or ""):
            if _month(m.group("m1")) is not None and _month(m.group("m2")) is not None:
                return text
    return None


def named_span_kind(ctx: Context, text: str) -> str:
    """A span in month names over a table: the project's costs so far when it is longer than a period or opens
    at the project's start ("COSTS 1 SEP 2023 - 31 AUG 2025", test29 ib90), else the period's."""
    spans = _spans(text)
    if spans and ((spans[0][1] - spans[0][0]).days > _LONGEST_PERIOD_DAYS or from_start(ctx, text)):
        return "cumulative"
    return "period"


def _spans(text: str) -> list[tuple[date, date]]:
    """The spans ``text`` prints, in numbers ("1.4.–30.9.2025") or with month names ("1 April – 30 September
    2025"); a start without its year is in the end's year."""
    out = [span for m in _PERIOD_IN_TITLE.finditer(text) if (span := _span(m)) is not None]
    for m in _NAMED_SPAN.finditer(text) if not out else ():
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        if m1 is None or m2 is None:
            continue
        y2 = int(m.group("y2"))
        try:
            start = date(int(m.group("y1") or y2), m1, int(m.group("d1")))
            end = date(y2, m2, int(m.group("d2")))
        except ValueError:
            continue
        if start <= end:
            out.append((start, end))
    return out


def _span(m: re.Match[str]) -> tuple[date, date] | None:
    """The dates of a printed span; a start without its year is in the end's year ("1.4.–30.9.2025")."""
    end = parse_date(m.group("b"))
    a = m.group("a")
    start = parse_date(
        a if re.search(r"\d{4}$", a) else f"{a.rstrip('.')}.{end.year}" if isinstance(end, date) else a
    )
    return (start, end) if isinstance(start, date) and isinstance(end, date) and start <= end else None


def _longer_spans(ctx: Context, span: tuple[date, date]) -> set[date]:
    """Starts of spans the document's first lines print that end later than ``span`` (the project's period in
    its head or its first sentence, "Ikäneuvo (1.9.2024–31.8.2026) tarjoaa …", when no field gave its dates)."""
    return {other[0] for line in ctx.doc.lines[:30] for other in _spans(line) if other[1] > span[1]}


def default_kind(ctx: Context, columns: list[str | None]) -> str:
    """The kind of a table that does not say: cumulative, except a granted-vs-realised table of an interim report.

    The committed and forecast columns belong to the cumulative follow-up of the RRF
    reporting tool; a table of granted and realised sums in a report that states a
    reporting period shorter than the project ("Väliraportti 1.1.–31.8.2023") covers that
    period. Either way the statement has no cue, and a note says the kind was assumed.
    """
    present = {c for c in columns[1:] if c}
    if (
        ctx.seg.kind == "status-report"
        and "granted" in present
        and not present & {"committed", "forecast"}
        and (ctx.unit.reporting_period or document_period(ctx)) is not None
    ):
        return "period"
    return "cumulative"


#: A span of dates: "1.4.–30.9.2025", "1.1.2023–31.8.2024", and the start's last dot left out ("1.1–30.6.2023").
_PERIOD_IN_TITLE = re.compile(r"(?P<a>\d{1,2}\.\d{1,2}\.?(?:\d{4})?)\s*[–-]\s*(?P<b>\d{1,2}\.\d{1,2}\.\d{4})")


def document_period(ctx: Context) -> tuple[date, date] | None:
    """A reporting period printed near the top ("Väliraportti 1.1.–31.8.2023"), when no field gave one."""
    for project in ctx.projects:
        if project.reporting_period is not None:
            return project.reporting_period
    for text in ctx.doc.lines[:15]:
        m = _PERIOD_IN_TITLE.search(text)
        if m:
            end = parse_date(m.group("b"))
            a = m.group("a")
            start = parse_date(
                a if re.search(r"\d{4}$", a) else f"{a}{end.year}" if isinstance(end, date) else a
            )
            if isinstance(start, date) and isinstance(end, date):
                return start, end
    return None


#: The generic word a cost kind's compound name ends in: "Viestintä|palvelut", "Toimitila|kulut",
#: "Resekostnader" has "Rese|kostnader"; the word before it names the kind by itself.
_GENERIC_TAIL = re.compile(
    r"(?:kulut|kustannukset|palvelut|menot|hankinnat|maksut|kostnader|tjänster|utgifter|anskaffningar)$"
)


@functools.lru_cache(maxsize=4096)  # every row's label is compared with every name of the vocabulary
def _stemmed(name: str) -> tuple[str, str]:
    """A kind's name in lower case, and that without its generic word at the end."""
    low = name.lower()
    return low, _GENERIC_TAIL.sub("", low)


#: Words joining two names in one row's label: "Matkat ja majoitus", "Resor och logi".
_JOINED = re.compile(r"\s+(?:ja|sekä|och|samt|and)\s+|\s*&\s*|,\s+", re.I)


def kind_by_words(
    text: str,
    labels: dict[str, tuple[str, ...]],
    kind: Callable[[str], str | None],
    groups: Mapping[str, frozenset[str]] | None = None,
) -> str | None:
    """The cost kind a row's label names in fewer words than the vocabulary's, else None.

    Class read: a row named by the stem of a kind's compound ("Viestintä" for "Viestintäpalvelut",
    "Toimitila" for "Toimitilakulut") or by two names joined whose first the vocabulary knows
    ("Viestintä ja markkinointi", "Laitteet ja ohjelmistot": a row is named by its first kind). A
    row whose first name is no kind is none ("Tulkkaus ja matkat"): taking a later name
    ("Tietojärjestelmät ja lisenssit") read 140 more cells of the generated variants' turned tables,
    every one under a document whose name was not read (their precision 51 -> 46 %). ``text`` is the normalised
    label, ``labels`` the vocabulary's labels per kind and ``kind`` the lookup of one label
    (``money.cost_category``), ``groups`` the kinds other kinds are filed under (the vocabulary's broader ones),
    each with the word stems of its own names.

    A first name filed under a group but not worded like the group's own name, joined to a later name of a kind
    of its own ("Koulutus ja asiantuntijapalvelut", "Training and consultancy", "Koulutus ja matkat"), is the
    later kind: the row says which specific cost it is (class read: test7 y01, test39 oj09, oj13, oj16; a later
    name that is no kind or a group again keeps the first: "Koulutus ja tilaisuudet", "Koulutus ja muut
    kulut"). A first name worded like its group ("Henkilöstö ja matkat", "Muut kulut ja välilliset
    kustannukset", "Ostopalvelut, ei asiantuntijapalveluita") is the group, a combined row (R13-1).
    """
    for key, names in labels.items():
        for name in names:
            low, stem = _stemmed(name)
            if key != "total" and len(stem) >= 4 and stem != low and text == stem.rstrip("-"):
                return key
    conjuncts = [c for c in _JOINED.split(text) if c.strip()]
    if len(conjuncts) < 2:
        return None
    first = kind(conjuncts[0])
    groups = groups or {}
    own = groups.get(first or "")
    if own is not None and not own & {w[:4] for w in re.findall(r"[^\W\d_]{4,}", conjuncts[0])}:
        for later in conjuncts[1:]:
            finer = kind(later)
            if finer is not None and finer != "total" and finer not in groups:
                return finer
    return first if first != "total" else None


#: A column's months of one year: "Toteuma 1–6/2023", "Kulut 7-12/2024" (the reporting period's).
_MONTH_SPAN = re.compile(r"\b\d{1,2}\s*[–-]\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\b")


def period_actual(
    header: list[str], columns: list[str | None], rows: list[list[str]] | None = None
) -> list[str | None]:
    """Two actual columns, one of a period's months ("Toteuma 1–6/2023") and one to date ("Toteuma
    yhteensä", "Kertymä"): the first is the period's actual, the other columns (the budget, the forecast)
    stand beside the one to date, one statement with it; not two groups of columns side by side."""
    actual = [i for i, role in enumerate(columns) if role == "actual" and i < len(header)]
    if len(actual) > 2 and (quarters := _quarters(header, actual) or _summed(header, actual, rows or [])):
        return [None if i in quarters else role for i, role in enumerate(columns)]
    if len(actual) != 2:
        return columns
    months = [i for i in actual if _MONTH_SPAN.search(header[i])]
    other = [i for i in actual if i not in months]
    if (
        len(months) != 1
        or len(other) != 1
        or (
            kind_cue([header[other[0]]]) is None
            and not re.search(r"yhteensä|totalt|sammanlagt|\btotal\b", header[other[0]], re.I)
        )
    ):
        return columns
    return [("period-actual" if i == months[0] else role) for i, role in enumerate(columns)]


#: A column of one part of the year: a quarter ("Toteuma Q1", "2. nelj.", "Utfall kvartal 3", "Q4/2024"), a half
#: ("H1") or months ("Toteuma 1–3/2025").
_PART_OF_YEAR = re.compile(
    r"\b(?:Q|H)[1-4]\b|\b[1-4]\.?\s*(?:nelj|vuosinelj|kvartal|quarter)|\b(?:kvartal|quarter)\s*[1-4]\b", re.I
)
_TOTAL_WORDS = re.compile(r"\byht\b|yhteensä|totalt|sammanlagt|\btotal\b|kertymä|to date|hittills", re.I)


def _quarters(header: list[str], actual: list[int]) -> list[int]:
    """Actual columns of the year's parts beside one of the whole ("Toteuma Q1 | Toteuma Q2 | Toteuma Q3 |
    Toteuma yhteensä"): the parts, which the whole adds up (test33 id21), or none. The statement is the budget
    and the whole's actual."""
    # the whole by its word ("Yht. 1–9/2025" names months as its parts do), the parts by their periods
    whole = [i for i in actual if _TOTAL_WORDS.search(header[i])]
    parts = [
        i
        for i in actual
        if i not in whole and (_PART_OF_YEAR.search(header[i]) or _MONTH_SPAN.search(header[i]))
    ]
    if len(whole) == 1 and len(parts) >= 2:
        return parts
    # quarters beside a whole with no total word ("Q1/2024 | Q2/2024 | Q3/2024 | Tot. 1–9/2024"): by the sums
    # (_summed), since one other actual column may be no whole of them ("Toteuma edellinen vuosi", R15-21)
    parts = [i for i in actual if _PART_OF_YEAR.search(header[i]) or _MONTH_SPAN.search(header[i])]
    whole = [i for i in actual if i not in parts]
    return parts if len(parts) >= 2 and len(whole) == 1 and _TOTAL_WORDS.search(header[whole[0]]) else []


def _summed(header: list[str], actual: list[int], rows: list[list[str]]) -> list[int]:
    """The actual columns that one actual column adds up in every row that has them all, two rows at least (the
    parts of a period beside their whole, whatever the parts' heads say: "Kv1/2024", "Jan–Apr", "Jakso 1"), or none.
    Years that add up to the total of the years ("2023 | 2024 | Totalt") are statements of their own, no parts."""
    for whole in actual:
        parts = [i for i in actual if i != whole]
        if len({year for i in parts for year in _ANY_YEAR.findall(header[i])}) > 1:
            continue
        if adds_up(rows, whole, parts):
            return parts
    return []
