"""Traffic lights wherever a document puts them: a table row or column, a colon line, a list, a sentence.

Templates differ in where a light stands, not in what it says: a dimension of the
``light-dimension`` vocabulary (``ontology/vocab/status.ttl``: Aikataulu, Kustannukset,
Riskit … with their Swedish and English labels and hidden variants) and a value — a
colour, a coloured symbol or a phrase of the ``light-value`` vocabulary (its hidden labels
and cues, read by ``ingest/lightwords.py``: vihreä / keltainen / punainen in any inflection,
🟢 🟡 🔴, "etenee suunnitellusti"), a mark a legend line explains ("● = vihreä", "V =
vihreä"), a ticked option, or a percentage for progress. So a light is read from any line
that ties one to the other: the row of a table whose first cell is the dimension (the
value in any short cell, or the colour a sentence in it names), "Aikataulu: keltainen – …",
"Aikataulu ....... 75 % (keltainen)", "🟢 Aikataulu – …", several on one line, a header of
dimensions over a row of values, a dimension over its value or a card's colour over its
dimension, or a sentence that starts with the dimension ("Riskit arvioitiin vihreiksi").
A table's header says what its rows mean (:class:`_Table`): colour columns over ticked
boxes, a matrix of reporting periods whose latest column or row is the report's.
Values are the ``light-value`` keys: green is on plan, yellow and red are a deviation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from hankegraafi.ingest.lightcards import card_light, labelled_value
from hankegraafi.ingest.lightcodes import CODES, coded_lights, dimension_codes
from hankegraafi.ingest.lightdims import dimension_in_sentence, dimension_of, loose_dimension, units_corner_word
from hankegraafi.ingest.lightlines import agreed, heading_light, line_lights
from hankegraafi.ingest.lightpairs import bracketed_light, row_pairs
from hankegraafi.ingest.lightplaces import other_heading, place_heading
from hankegraafi.ingest.lightscales import DENIALS, spelt
from hankegraafi.ingest.lightstate import TABLE as _TABLE
from hankegraafi.ingest.lightstate import Table as _Table
from hankegraafi.ingest.lightstate import dimension as _dimension
from hankegraafi.ingest.lightstate import goal_grid, realigned
from hankegraafi.ingest.lightstate import in_place as _in_place
from hankegraafi.ingest.lightstate import loose_value as _loose_value
from hankegraafi.ingest.lighttolerance import TOLERANCE_HEAD, within
from hankegraafi.ingest.lightvalues import LEGEND as _LEGEND
from hankegraafi.ingest.lightvalues import (
    colour_in,
    cost_header,
    document_legend,
    mark_before,
    sentence_light,
    strict_value,
    value_of,
)
from hankegraafi.ingest.lightvalues import marked_option as _marked_option
from hankegraafi.ingest.lightvalues import period_key as _period_key
from hankegraafi.ingest.lightvalues import progress_value as _progress
from hankegraafi.ingest.lightvalues import takes as _takes
from hankegraafi.ingest.lightwords import colour_word as _colour_word
from hankegraafi.ingest.lightwords import colours_in as _colours_in
from hankegraafi.ingest.lightwords import symbol_pattern, symbols


def colour_named(text: str) -> bool:
    """The text rates by a colour word or a coloured symbol ("Aikataulu: vihreä", "🟢 Kustannukset")."""
    return bool(symbol_pattern().search(text) or _colours_in(text))


@contextmanager
def legend(lines: list[str]) -> Iterator[dict[str, str]]:
    """Within the block, a symbol alone is the value a legend line of ``lines`` gives it.

    A legend pairs symbols or codes with values, both kinds at least ("Selite: ● vihreä ▲
    keltainen ■ punainen", "V = vihreä, K = keltainen, P = punainen"), on one line or one mark a
    line (a list, a table of two columns). A symbol no legend
    explains is no value: the same dot is green in one template and a bullet in another.
    The block also keeps what a table's header said its columns are (:class:`_Table`).
    """
    found = document_legend(lines)
    token = _LEGEND.set(found)
    table = _TABLE.set(_Table())
    coded = CODES.set(dimension_codes(lines))
    try:
        yield found
    finally:
        CODES.reset(coded)
        _TABLE.reset(table)
        _LEGEND.reset(token)


def _place_seen(text: str, cells: list[str] | None, below: str | None, below_cells: list[str] | None) -> None:
    """Count the line and note what it says of the place: a heading of lights opens one, another
    section's heading closes it, a vocabulary label on the next line makes it one."""
    table = _TABLE.get()
    if table is None:
        return
    table.seen += 1
    if not cells and len(text) <= 80 and not text.rstrip().endswith(".") and place_heading(text):
        table.heading = True
    nxt = (below_cells[0] if below_cells else (below or "").split(":")[0]) if below is not None else ""
    if nxt and dimension_of(nxt) is not None and not (cells and nxt == cells[0]):
        table.named_at = table.seen + 1  # the next line is a light by its label: this one is beside it


def row_lights(cells: list[str]) -> list[tuple[str, str]]:
    """(dimension, value) of a table row whose first cell is a dimension and another cell its value.

    The value is the first cell after the label that is a value by itself (a reason or a
    description may stand before or after it); a row with a symbol before the label
    ("🟢 Aikataulu") takes the symbol. Under a header of colours the ticked column is the
    value ("Aikataulu | [X] | [ ] | [ ]"); in a matrix of reporting periods, the latest
    period's (:func:`header_seen`); a sentence that names one colour ("…, joten tilanne on
    vihreä.") gives that colour.
    """
    if len(cells) < 2:
        return []
    paired = row_pairs(cells) or bracketed_light(cells)
    if paired:
        return paired
    marked = mark_before(cells[0])  # "(-) riskit | X voi viivästyä": the legend's mark, not the reason
    if marked is not None and dimension_of(marked[1]):
        return [(dimension_of(marked[1]) or "", marked[0])]
    at = 0 if dimension_of(cells[0]) else 1 if len(cells) > 2 and len(cells[0]) <= 3 else None
    dim = dimension_of(cells[at]) if at is not None else None
    if at is None or dim is None:
        return _loose_row(cells)
    heads = [c for i, c in enumerate(cells) if i != at]
    if cost_header(heads) or (len(heads) >= 3 and cost_header(heads[1:])):
        return []  # "Kustannukset | Kustannuslaji | Myönnetty | … | Poikkeama": a section's cost table's head
    lead = cells[at].strip()[:1]
    if lead and lead in symbols():
        return [(dim, value_of(lead) or "")]
    table = _TABLE.get()
    ticked = _ticked_colour(cells, table)
    if ticked is not None:
        return [(dim, ticked)] if ticked else []
    option = _marked_option("\t".join(c for i, c in enumerate(cells) if i != at))
    if option:  # a form's options a cell each, one ticked: "(x) Suunnitelman mukainen | ( ) Poikkeama"
        return [(dim, option)]
    bare = [i for i, c in enumerate(cells) if i != at and _bare_value(c)]
    if len(bare) >= 2:
        # A light matrix: one column per reporting period; the latest is the report's light.
        latest = table.latest if table is not None else None
        pick = latest if latest is not None and latest in bare else bare[-1]
        rated = value_of(cells[pick]) or ""
        return [(dim, rated)] if rated and (not rated.endswith("%") or dim == "progress") else []
    short = [c for i, c in enumerate(cells) if i != at and c.strip() and len(c.strip()) <= 60]
    for cell in short:
        # A long cell is a reason or a risk's description: only its first word may be the value.
        value = _progress(dim, cell) or value_of(cell, first_word=len(cell.strip()) > 25)
        if _takes(value, dim):
            return [(dim, value)]
    for cell in cells[at + 1 :]:
        colour = colour_in(cell)
        if colour is not None:
            return [(dim, colour)]
    return []


def _loose_row(cells: list[str]) -> list[tuple[str, str]]:
    """A row whose first cell names a dimension in other words ("Riskitaso | ▲"): the first cell
    after it that says a value by itself, in a matrix of periods the latest's (as :func:`row_lights`)."""
    # A question names its dimension by a word ("Pysyivätkö kustannukset budjetissa? | Kyllä") anywhere.
    # So does a number the document's thresholds settle ("Schedule Performance Index (SPI) | 0.88" under "0.95 or
    # more is on plan"): the scale says the cell is a rating.
    scored = re.fullmatch(r"\d{1,3}(?:[.,]\d+)?\s*%?", cells[1].strip()) and any(
        k[:1] in "<>" for k in _LEGEND.get()
    )
    placed = _in_place() or cells[0].rstrip().endswith("?") or scored
    dim = loose_dimension(cells[0].rstrip(" ?")) if placed else None
    if dim is None:
        return []
    table = _TABLE.get()
    ticked = _ticked_colour(cells, table)
    if ticked is not None:
        return [(dim, ticked)] if ticked else []
    bare, latest = [i for i, c in enumerate(cells) if i and _bare_value(c)], table.latest if table else None
    for cell in ([cells[latest]] if latest in bare and len(bare) >= 2 else []) + cells[1:]:
        value = _loose_value(cell)
        if _takes(value, dim):
            return [(dim, value)]
    return []


def _bare_value(cell: str) -> bool:
    """The cell is a light value and nothing else: a colour, a symbol, a code or a short phrase."""
    raw = cell.strip()
    if not raw or len(raw) > 20 or raw.endswith("%"):
        return False
    return value_of(raw) in ("on-plan", "deviation") and len(raw.split()) <= 3


_TICK = re.compile(r"\[\s*[xX✓✔]\s*\]|[☒☑✓✔✗✘xX●■⬤]")
_UNTICKED = re.compile(r"\[\s*\]|[☐□○◯-]|")


def _ticked_colour(cells: list[str], table: _Table | None) -> str | None:
    """Under a header of colours, the value of the one ticked column; "" when none or several are
    ticked, None when the row is not such a row."""
    if table is None or not table.colours or len(cells) <= min(table.colours):
        return None
    # A row ends at its last ticked column when the text leaves the blank ones out.
    marks = {i: cells[i].strip() if i < len(cells) else "" for i in table.colours}
    if not all(_TICK.fullmatch(m) or _UNTICKED.fullmatch(m) for m in marks.values()):
        return None
    ticked = [i for i, m in marks.items() if _TICK.fullmatch(m)]
    return table.colours[ticked[0]] if len(ticked) == 1 else ""


#: A header that compares this report's lights with the last one's: which column is now.
_NOW = re.compile(r"\b(?:nyt|nykyi\w*|tämä\w*|tällä|nuvarande|nu|denna|current|now|this)\b", re.I)
_BEFORE = re.compile(r"\b(?:edelli\w*|aiemp\w*|viime|föregående|förra|previous|last)\b", re.I)
#: A column that forecasts the state at the period's end: beside the rating now, no light of the report.
_AHEAD = re.compile(r"\b(?:ennust\w*|prognos\w*|forecast\w*)", re.I)


#: More columns than a table of lights has: a row of thousands of cells (a run of tabs) is read as no header.
_MAX_COLUMNS = 40


def header_seen(cells: list[str]) -> None:
    """Remember what a table header says its columns are, for the rows below it (:func:`row_lights`).

    Colour words as headers ("Vihreä | Keltainen | Punainen") name the value of a ticked column;
    reporting periods ("3/2024 | 4/2024 | 1/2025") say which column is the latest. A header whose
    first cell is already a colour has no corner cell (space-aligned text drops the empty one):
    its cells stand over the columns after the rows' labels.
    """
    table = _TABLE.get()
    if table is None or not 2 <= len(cells) <= _MAX_COLUMNS or dimension_of(cells[0]):
        return
    if goal_grid(table, cells):  # "Tavoite | Toteutunut | Osittain": the goals' statuses, no colours
        return
    table.deviations = any(_DEVIATIONS.match(c.strip()) for c in cells[1:]) and not cost_header(cells[1:])
    allowed = [i for i, c in enumerate(cells) if i and TOLERANCE_HEAD.search(c)]
    measured = [i for i, c in enumerate(cells) if i and c.strip() and i not in allowed]
    table.tolerance = (measured[0], allowed[0]) if len(allowed) == 1 and measured else None
    if _colour_word(cells[0].strip()) in ("on-plan", "deviation"):
        cells = ["", *cells]  # "Grön | Gul | Röd" over "Tidsplan | ● | ○ | ○"
    if len(cells) < 3:
        return
    colours = {i: _colour_word(c) for i, c in enumerate(cells) if i}
    meant = {i: v for i, v in colours.items() if v in ("on-plan", "deviation")}
    if len(meant) >= 2 and len(set(meant.values())) == 2:
        table.colours, table.latest = meant, None
        return
    periods = {i: _period_key(c) for i, c in enumerate(cells) if i}
    dated = {i: k for i, k in periods.items() if k is not None}
    if len(dated) >= 2:
        table.colours, table.latest = {}, max(dated, key=lambda i: dated[i])
        return
    now = [i for i, c in enumerate(cells) if i and _NOW.search(c)]
    before = [i for i, c in enumerate(cells) if i and _BEFORE.search(c)]
    if before and len(now) == 1:
        table.colours, table.latest = {}, now[0]  # "Tilanne nyt | Edellinen raportti": the current column
        return
    ahead = [i for i, c in enumerate(cells) if i and _AHEAD.search(c)]
    rated = [i for i, c in enumerate(cells) if i and c.strip() and i not in ahead]
    if ahead and len(rated) == 1:
        table.colours, table.latest = {}, rated[0]  # "Tilanne nyt | Ennuste", "To date | Forecast": the rating


#: A column of a list of deviations: "Poikkeama", "Avvikelse", "Deviation", "Ongelma", "Issue".
_DEVIATIONS = re.compile(r"^(?:poikkeama\w*|avvikelse\w*|deviations?|ongelma\w*|problem\w*|issues?)\b", re.I)


def _tolerance_row(cells: list[str], table: _Table | None) -> list[tuple[str, str]]:
    """A row under a header with a tolerance column ("Kustannukset | +14 % | ±10 %"): on plan when its measured
    deviation is within the tolerance, else a deviation (``lighttolerance.within``)."""
    at = table.tolerance if table is not None else None
    dim = dimension_of(cells[0]) if at is not None and len(cells) > max(at) else None
    value = within(cells[at[0]], cells[at[1]]) if dim and at is not None else None
    return [(dim or "", value)] if value else []


def _deviation_row(cells: list[str], table: _Table | None) -> list[tuple[str, str]]:
    """A row of a list of deviations (:data:`_DEVIATIONS` in its header): its dimension deviates, or is on plan
    when the row says so ("Aikataulu | Nokian aloitus myöhästyi", "Laatu | ei poikkeamaa")."""
    dim = dimension_of(cells[0]) if table is not None and table.deviations and len(cells) >= 2 else None
    said = " ".join(c.strip() for c in cells[1:] if c.strip())
    # "Poikkeama | EPÄTOSI", "Avvikelse | nej", and a bare "ei" under "Poikkeama?" (test42 om05)
    denied = said.casefold().strip(" .") in DENIALS
    if dim is None or not (denied or re.search(r"[^\W\d_]{3,}", said)):
        return []
    return [(dim, "on-plan" if denied or value_of(said) == "on-plan" else "deviation")]


#: A risk register's column of likelihood: the grades in its row weigh a risk, they rate no dimension.
_LIKELIHOOD = re.compile(r"todennäköisyy\w*|sannolikhet\w*|likelihood|probability", re.I)


def column_lights(header: list[str], values: list[str], *, strict: bool = False) -> list[tuple[str, str]]:
    """A header row of dimensions over a row of values ("Aikataulu | Kustannukset" / "vihreä | keltainen")."""
    if len(header) > _MAX_COLUMNS or any(_LIKELIHOOD.match(h.strip()) for h in header):
        return []  # a risk register ("Riski | Todennäköisyys | Vaikutus"): its grades weigh the risks
    named = [dimension_of(h) for h in header]
    other = [None if dim else loose_dimension(h) for dim, h in zip(named, header, strict=True)]
    # A header one vocabulary label names, or of three dimensions or more, is itself a place of lights.
    place = _in_place() or any(named) or len({d for d in named + other if d}) >= 3
    read = [
        (dim, False) if dim else (loose if place else None, bool(loose and place))
        for dim, loose in zip(named, other, strict=True)
    ]
    dims = [dim for dim, _ in read]
    if sum(1 for d in dims if d) < 2:
        return []
    if sum(1 for d in dims if d) < len([h for h in header if h.strip()]) - 1:
        # A matrix of projects or models by name with other columns among the dimensions ("Hanke | Myönnetty € |
        # Aikataulu | Talous"): its dimensions' cells rate only by values that say themselves.
        if not units_corner_word(header[0]) or not values or len(values[0].strip()) <= 3:
            return []  # a bare letter or number ("A | 2/2024 | V") names no unit by itself
        strict = True
    if len({d for d in dims if d}) < sum(1 for d in dims if d):
        return []  # a dimension twice: not a header of dimensions
    out: list[tuple[str, str]] = []
    for (dim, loose), cell, head in zip(read, values, header, strict=False):
        if dim == "progress" and "%" in head and re.fullmatch(r"\d{1,3}(?:,\d+)?", cell.strip()):
            cell = cell.strip() + " %"  # "Valmiusaste %" over "45"
        value = (strict_value(cell) if loose or strict else value_of(cell)) if dim else None
        if dim and value and (not value.endswith("%") or dim == "progress"):
            out.append((dim, value))
    return out if len(out) >= 2 else []


@contextmanager
def under_header(header: list[str] | None) -> Iterator[None]:
    """Within the block, :func:`row_lights` reads rows as under ``header`` (colour columns, periods)."""
    token = _TABLE.set(_Table())
    try:
        if header:
            header_seen(header)
        yield
    finally:
        _TABLE.reset(token)


def find(
    text: str, cells: list[str] | None, below: str | None, below_cells: list[str] | None
) -> tuple[bool, list[tuple[str, str]]] | None:
    """(whether the next line is used, the lights) of one line of a document, given the next line;
    a line that gives a light makes the lines beside it a place of lights (:func:`_in_place`). A grade of a
    symbol scale is read as its family's symbol ("☀️", ":-)": ``lightscales.spelt``)."""
    text, below = spelt(text), spelt(below) if below is not None else None
    cells = realigned([spelt(c) for c in cells]) if cells else cells
    below_cells = realigned([spelt(c) for c in below_cells]) if below_cells else below_cells
    _place_seen(text, cells, below, below_cells)
    coded = coded_lights(text.replace("\t", "  "), strict_value)  # "AT-V  KU-K", "SCH=G|CST=A"
    found = (False, coded) if coded else _find(text, cells, below, below_cells)
    table = _TABLE.get()
    if found is not None and table is not None:
        table.named_at = table.seen + (1 if found[0] else 0)
    elif table is not None and not cells and not place_heading(text) and other_heading(text):
        table.heading, table.named_at = False, -99  # another section begins: its lines are no place of lights
    return found


def _find(
    text: str, cells: list[str] | None, below: str | None, below_cells: list[str] | None
) -> tuple[bool, list[tuple[str, str]]] | None:
    """(whether the next line is used, the lights) of one line of a document, given the next line.

    A table row is a header of dimensions over the next row of values, or a row with its
    own value; a line of text is a colon line or a list, or a dimension alone above its value,
    or a colour alone above its dimension (a card). A header that names colours or periods is
    remembered for the rows under it.
    """
    table = _TABLE.get()
    if cells and _ruled(text, cells):
        return None  # the rule itself ("|---|:-:|"): the header's values are on the line after it
    if cells:
        ruled = table.ruled if table is not None else None
        if table is not None:
            table.ruled = None
        if below is not None and table is not None and _ruled(below, below_cells):
            table.ruled = cells  # a header over a Markdown rule: its values are on the line after the rule
        elif ruled and len(ruled) == len(cells):
            pairs = column_lights(ruled, cells) or _grouped_columns(ruled, cells)
            if pairs:
                _periods_below(ruled, cells, table)
                return False, pairs
        unit_row = _later_unit(cells, table)
        if unit_row:
            return False, unit_row
        if below_cells and not (below is not None and _ruled(below, below_cells)):  # a rule holds no values
            pairs = column_lights(cells, below_cells) or _grouped_columns(cells, below_cells)
            if pairs:
                _periods_below(cells, below_cells, table)
                return True, pairs
        pairs = (
            _each_a_light(cells)
            or row_lights(cells)
            or _later_period(cells, table)
            or _listed_in_cells(cells)
            or _tolerance_row(cells, table)
            or _deviation_row(cells, table)
            or _agreed_row(cells)
        )
        if not pairs:
            header_seen(cells)
        return (False, pairs) if pairs else None
    if table is not None:
        table.units = None
    pairs = line_lights(text) if not _wrapped(text, below, below_cells) else []
    if pairs:
        return False, pairs + _more_sentences(text, {d for d, _ in pairs})
    pair = (heading_light(text, below) or card_light(text, below)) if below is not None else None
    if pair is not None:
        return True, [pair]
    return _option_below(text, table)


#: A sentence's end before the next one's capital: "Aikataulu on vihreä. Kustannukset ovat keltaisella."
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅ])")


#: The verb by which a later sentence gives a dimension its colour ("Costs are amber", "Budget är grön"), and the
#: words that deny or suppose it instead (a negation, a modal, a condition: red team R17-31).
_STATES = re.compile(r"\b(?:on|ovat|oli|olivat|är|var|is|are|was|were)\b", re.I)
_NOT_STATED = re.compile(
    r"\b(?:ei|eivät|eikä|enää|inte|ej|icke|not|no longer|jos|if|om|could|might|may|would|voi\w*|saatta\w*|kan|kunde)\b",
    re.I,
)


def _more_sentences(text: str, have: set[str]) -> list[tuple[str, str]]:
    """The lights of the line's later sentences when a line of lights goes on in sentences that each name a
    dimension and its colour ("Schedule is green. Costs are amber. Risks are red."): the line is read as the
    light its first words give, and a paragraph of one line is no prose left for the sentence readers."""
    out: list[tuple[str, str]] = []
    for sentence in _SENTENCE_END.split(text.strip())[1:]:
        if not _STATES.search(sentence) or _NOT_STATED.search(sentence):
            continue  # "Costs could turn red if …", "Kustannukset eivät ole enää punaisella": no colour given
        rated = sentence_light(sentence)
        if rated is not None and rated[0] not in have and colour_in(sentence) == rated[1]:
            out.append(rated)
            have = have | {rated[0]}
    return out


def _wrapped(text: str, below: str | None, below_cells: list[str] | None) -> bool:
    """The line is a paragraph's, broken off mid-clause: long, with no end mark nor a comma that ends a list's
    item, and the sentence goes on in lower case on the next line ("Läget i korthet: tidtabellen följer planen,
    kostnaderna avviker från budgeten eftersom" / "licenserna blev dyrare, …"). Its ratings are the
    paragraph's to read, clause by clause (``facts/lights._clause_list``): read on the line alone, the clauses
    the next line holds are lost. A list broken after a comma ("aikataulu vihreä, kustannukset keltainen,")
    is read on its lines."""
    line = text.rstrip()
    if below is None or len(line) < 60 or line[-1:] in ".,:;!?)" or below_cells is not None:
        return False
    nxt = below.lstrip()
    return nxt[:1].isalpha() and nxt[:1].islower()


def _listed_in_cells(cells: list[str]) -> list[tuple[str, str]]:
    """A row whose first cell names what it rates (a part, a date) and whose other cells list lights as a
    line does ("Delprojekt 1: X | Tidplan – gult · Kostnader – grönt · Personal – rött"): two lights at least,
    each dimension once. The unit a first cell names is the facts' to find (``facts/lights._row_unit``)."""
    if len(cells) < 2 or dimension_of(cells[0]) is not None:
        return []
    out: list[tuple[str, str]] = []
    for cell in cells[1:]:
        out += line_lights(cell) if len(cell) > 8 else []
    dims = [d for d, _ in out]
    return out if len(out) >= 2 and len(set(dims)) == len(dims) else []


def _grouped_columns(header: list[str], values: list[str]) -> list[tuple[str, str]]:
    """Lights grouped by their value in columns: a header of values ("Toteutui suunnitellusti | Poikkesi
    suunnitelmasta", "Vihreä | Keltainen | Punainen") over cells that list the dimensions having each
    ("Aikataulu / Kustannukset | Henkilöstö (vaihtuvuus)"): every header cell a value, every item a
    dimension (a comment in brackets aside), each dimension once."""
    if len(header) < 2 or len(values) != len(header):
        return []
    heads: list[str] = []
    for h in header:  # every head a value: the first that is none ends the reading (a row of names at once)
        value = value_of(h) if h.strip() and len(h.split()) <= 4 else None
        if value not in ("on-plan", "deviation"):
            return []
        heads.append(value)
    out: list[tuple[str, str]] = []
    for value, cell in zip(heads, values, strict=True):
        for item in re.split(r"\n|[,;•·]", re.sub(r"\([^()]*\)", " ", cell)):
            if not item.strip(" -–"):
                continue
            dim = dimension_of(item.strip(" -–."))
            if dim is None or any(dim == d for d, _ in out):
                return []
            out.append((dim, value))
    return out


def _agreed_row(cells: list[str]) -> list[tuple[str, str]]:
    """A statement and the answer of agreement with it, a cell each ("Kustannukset pysyivät budjetissa |
    jokseenkin eri mieltä"): read as the line's (``lightlines.agreed``)."""
    filled = [c.strip() for c in cells if c.strip()]
    return agreed(filled[0], filled[1]) if len(filled) == 2 else []


def _each_a_light(cells: list[str]) -> list[tuple[str, str]]:
    """A line of lights set apart by spaces, each cell a dimension and its mark ("Aikataulu :|   Talous :)",
    "□ aikataulu   ■ henkilöstö" under a legend of the marks): every cell one light, two at least, each
    dimension once."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or any(len(c) > 40 or len(c.split()) < 2 for c in filled):
        return []  # each cell a dimension and its mark: two words or more, short
    out: list[tuple[str, str]] = []
    for cell in filled:
        found = line_lights(cell) if len(cell) <= 40 else []
        if len(found) != 1 or any(found[0][0] == d for d, _ in out):
            return []
        out += found
    return out


#: A Markdown table's rule under its header ("|---|:--:|").
_RULE = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?")  # "|---|:-:|": one dash a cell is enough


def _ruled(below: str, below_cells: list[str] | None) -> bool:
    """The line is a Markdown table's rule, as written ("|---|:-:|") or with its cells parted by tabs."""
    cells = [c.strip() for c in below_cells or [] if c.strip()]
    return bool(_RULE.fullmatch(below.strip())) or (
        len(cells) >= 2 and all(re.fullmatch(r":?-+:?", c) for c in cells)
    )


def _option_below(text: str, table: _Table | None) -> tuple[bool, list[tuple[str, str]]] | None:
    """A form that lists a dimension's options on lines of their own: "Aikataulu" / "☐ Vihreä" / "☒ Keltainen"."""
    if table is None:
        return None
    dim = dimension_of(text) if len(text.strip()) <= 50 and ":" not in text else None
    if dim is not None:
        table.pending = dim
        return None
    marked = _marked_option(text.strip()) if table.pending else None
    if marked is None:
        table.pending = None
        return None
    if not marked:
        return None  # an option not ticked: the next line may hold the ticked one
    dim, table.pending = table.pending, None
    return (False, [(dim, marked)]) if dim else None


def _periods_below(header: list[str], values: list[str], table: _Table | None) -> None:
    """Remember a header of dimensions whose first row of values is a reporting period's, or names
    a unit under a header cell that is no dimension ("Kohde", "Investointi"): the rows below rate too."""
    key = _row_period(values[0]) if values else None
    if table is not None and key is not None:
        table.dimensions, table.period = list(header), key
    elif table is not None and values and values[0].strip() and _dimension(header[0])[0] is None:
        table.units = list(header)


def _later_unit(cells: list[str], table: _Table | None) -> list[tuple[str, str]]:
    """A further row under a header of dimensions whose rows name units: that unit's lights."""
    if table is None or not table.units:
        return []
    fits = len(cells) == len(table.units) and cells[0].strip() and _period_key(cells[0]) is None
    # Only values that say themselves: a row of reasons under the same header ("Perustelu | Etenee …") rates nothing.
    pairs = column_lights(table.units, cells, strict=True) if fits else []
    if not pairs:
        table.units = None
    return pairs


def _row_period(cell: str) -> tuple[int, int] | None:
    """A row's label as its period: a date ("3/2024"), or this report against the last one ("Edellinen
    raportti" / "Tämä raportti", "Last reported" / "This period": a template that keeps both rows), the
    current row sorting after the earlier whichever comes first."""
    key = _period_key(cell)
    if key is not None or len(cell.strip()) > 30:
        return key
    now, before = _NOW.search(cell), _BEFORE.search(cell)
    return (0, 0) if before and not now else (9999, 0) if now and not before else None


def _later_period(cells: list[str], table: _Table | None) -> list[tuple[str, str]]:
    """A later period's row under a header of dimensions: its values replace the earlier period's."""
    if table is None or not table.dimensions or table.period is None:
        return []
    key = _row_period(cells[0])
    if key is None or key < table.period:
        return []
    table.period = key
    return column_lights(table.dimensions, cells)


__all__ = [
    "card_light",
    "colour_in",
    "column_lights",
    "dimension_in_sentence",
    "dimension_of",
    "find",
    "header_seen",
    "heading_light",
    "labelled_value",
    "legend",
    "line_lights",
    "row_lights",
    "sentence_light",
    "under_header",
    "value_of",
]
