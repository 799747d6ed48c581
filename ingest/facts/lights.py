"""Traffic lights: one value per dimension of the reporting unit, the progress as a percentage.

The segmenter has recognised the light's dimension and value wherever the layout put
them (a field, a table row or column, a colon line: ``ingest/lighttext.py``); a later
light of the same dimension replaces an earlier one. A report that rates its
dimensions in prose ("Aikataulun osalta hanke eteni suunnitellusti. Riskit arvioitiin
vihreiksi.") gives them in sentences: a paragraph that rates two dimensions or more is
read so, for the dimensions no explicit light gave. One sentence alone is not taken —
running text mentions costs and schedules without rating them. A sentence that says how far
the project is ("Hankkeen kokonaisvalmiusaste on 88 %") gives its progress, when no explicit
light did, in a report or a document that rates its dimensions elsewhere.
"""

from __future__ import annotations

import re
from decimal import Decimal
from weakref import WeakKeyDictionary

from hankegraafi.ingest import (
    lightchanges,
    lightclauses,
    lightdims,
    lightmarked,
    lightpairs,
    lightplaces,
    lightrows,
    lightscales,
    lightstate,
    lightsweep,
    lighttext,
    lightticks,
    lighttolerance,
    lightunits,
    lightvalues,
)
from hankegraafi.ingest.facts import lightmatrix
from hankegraafi.ingest.facts.context import Context, Family, same_investment
from hankegraafi.ingest.facts.model import Light, Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.text import Chunk, parse_amount, sentences
from hankegraafi.ingest.segment import Element, table_cells

#: Document kinds that rate their dimensions: reports, not plans, pages or minutes.
_REPORTS = ("status-report", "final-report")
#: Kinds that have no traffic lights: a plan's "Riskit | Rekrytointi voi viivästyä" is a risk, not a rating.
_NO_LIGHTS = ("project-plan", "innokyla-page")


def _light(ctx: Context, element: Element) -> None:
    _TRAIL.setdefault(ctx, []).append((element.first, ctx.unit))
    if ctx.seg.kind in _NO_LIGHTS and not (
        lighttext.colour_named(element.text) or _stated(ctx, element) or _under_lights_heading(ctx, element)
    ):
        return  # a plan's "Riskit | Rekrytointi voi viivästyä" is a risk; "Aikataulu: vihreä" is a rating anywhere
    cells = element.text.split("\t")
    if len(cells) >= 4 and lightvalues.cost_header(cells[2:]):
        return  # "Kustannukset | Kustannuslaji | Myönnetty | … | Poikkeama": a cost table's head under its section
    span = Span(element.first, element.last, element.text)
    percent = None
    # A form's options, a cell each or on the line, one ticked ("(x) Suunnitelman mukainen | ( ) Poikkeama").
    ticked = (
        lightvalues.marked_option("\t".join((table_cells(element.text) or ["", element.text])[1:]))
        if "\n" not in element.text
        else None
    )
    value: str | None = (
        lightrows.tolerated(ctx.doc.lines, element) or _as_matrix(ctx, element) or ticked or element.value
    )
    if element.value.endswith("%"):  # a progress, or a rating by the thresholds of the legend
        rated = lightrows.rated_by_thresholds(_legend(ctx), element.value)
        percent, value = (None, rated) if rated else (parse_amount(element.value), None)
    if _part_columns(ctx, element, span):
        return
    if element.text.lstrip().startswith(">"):
        # Quoted from an earlier message ("> Aikataulu: keltainen"): last month's rating, not this document's.
        _QUOTED.setdefault(ctx, []).append(
            (_row_unit(ctx, element) or ctx.unit, Light(element.key, value, percent, span))
        )
        return
    target = _row_unit(ctx, element) or (ctx.unit if ctx.unit is not ctx.root else None)
    target = target or lightunits.heading_unit(ctx, element.first) or ctx.unit
    pairs = lightpairs.row_pairs(table_cells(element.text) or []) if "\n" not in element.text else []
    if any(dim == element.key for dim, _ in pairs):
        # "Aikataulu | VIHREÄ | Henkilöstö | VIHREÄ": lights side by side, each a dimension and its value.
        for dim, rated in pairs:
            _rate(target, Light(dim, None if rated.endswith("%") else rated, _percent(rated), span))
        return
    _rate(target, Light(element.key, value, percent, span))


#: The document's legend of light marks, per extraction (``lightvalues.document_legend``).
_LEGENDS: WeakKeyDictionary[Context, dict[str, str]] = WeakKeyDictionary()


def _stated(ctx: Context, element: Element) -> bool:
    """The light's value cell rates by itself: a mark or score the document's legend explains ("✓" under
    "✓ = etenee suunnitellusti, ! = poikkeama"; "2" under "asteikko: 1 = …, 2 = …"), a ticked option.

    The class: a page or a plan (kinds that give no lights, :data:`_NO_LIGHTS`) with a table of
    ratings, or a report whose kind was taken for a plan's. A rating so stated is one in any kind, and
    so is a percentage of progress ("Valmiusaste | 40 %"); a phrase that only resembles a rating
    ("Riskit | Rekrytointi voi viivästyä") is not.
    """
    last = element.text.split("\n")[-1]
    # A card's value stands on a line of its own under its dimension ("Aikataulu" / "hyvä"): all of it is the value.
    cells = table_cells(last) or (
        ["", last] if "\n" in element.text and ":" not in last else last.split(":", 1)
    )
    # "Aikataulu ➡" under "Merkinnät: ⬆ parempi · ➡ suunnitelman mukainen": the legend's mark after the label.
    if len(cells) == 1 and len(marked := last.rsplit(None, 1)) == 2 and marked[1] in _legend(ctx):
        cells = marked
    token = lightvalues.LEGEND.set(_legend(ctx))
    try:
        values = [lightvalues.strict_value(cell) or "" for cell in cells[1:]]
    finally:
        lightvalues.LEGEND.reset(token)
    if len(cells) >= 3 and lighttolerance.within(cells[-2], cells[-1]) is not None:
        return True  # "Aikataulu | 1 kk myöhässä | 2 kk": a deviation measured against its tolerance
    if lightscales.agreement(cells[-1]) is not None:
        return True  # "Kustannukset pysyivät budjetissa | jokseenkin eri mieltä": an answer of agreement
    return any(v in ("on-plan", "deviation") or (element.key == "progress" and v.endswith("%")) for v in values)


def _under_lights_heading(ctx: Context, element: Element) -> bool:
    """The light stands in a block of lights right under a heading of lights ("Tilannekuva 30.9.2022" over
    "Aikataulu — etenee suunnitellusti" / "Kustannukset — budjetissa"): a rating in a page or a plan too.

    The class: a page or a plan (kinds that give no lights, :data:`_NO_LIGHTS`) that says where it rates
    by a heading (``lightplaces.place_heading``: Liikennevalot, Tilannekuva, Lägesbild …). The lines
    between the heading and the light each name a dimension; a blank line or any other line ends the block,
    so a plan's risk table under its own heading stays a risk's."""
    for no in range(element.first - 1, max(element.first - 12, 0), -1):
        text = ctx.doc.lines[no - 1].strip() if no <= len(ctx.doc.lines) else ""
        if not text:
            return False
        if lighttext.dimension_of(re.split(r"\s+[–—-]\s+|:|\t", text)[0]) is None:
            return len(text) <= 80 and lightplaces.place_heading(text)
    return False


def _percent(value: str) -> Decimal | None:
    return parse_amount(value) if value.endswith("%") else None


def _row_unit(ctx: Context, element: Element) -> Project | None:
    """The unit a light matrix's row names in its first cell ("Investointi 2: Etävastaanotot | 🟢 | 🟡"):
    the investment or part of that number or name (a part named earlier with its name and now by its word
    and number alone, "Osakokonaisuus 1", is that part), made when the document has not named it yet.
    The document's current part stays as it was: the row names a unit, it opens no section."""
    row = table_cells(last := element.text.split("\n")[-1]) or lightunits.part_label(last)
    label = row[0].strip() if len(row) >= 2 and not lighttext.dimension_of(row[0]) else ""
    part = match_part_line(label) if label else None
    if part is None and (keyed := lightunits.keyed_part(ctx.doc.text, label) if label else ""):
        part, label = match_part_line(keyed), keyed  # "DO1 | i takt | …" under "Delområde 1: X (DO1)"
    numbered = _numbered_under(ctx, element, label) if part is None and label else ""
    if numbered and (part := match_part_line(numbered)) is not None:
        label = numbered
    elif part is None and len(label) > 3 and lightrows.units_corner(ctx.doc.lines, element):
        label = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", label).strip(" *_")  # "[Etäfysioterapia](/fi/…)"
        part = ("sub-project", "", "", label) if label and len(label) <= 80 else None
    if part is None or part[0] not in ("investment", "sub-project"):
        return None
    kind, number, name = ("investment" if part[0] == "investment" else "subproject"), part[2], part[3]
    label = f"{part[1]} {number}: {name}" if name and number and ":" not in label else label  # parts' form
    for project in ctx.projects:
        if project.level == kind and (
            (kind == "investment" and number and same_investment(project, number)) or project.name == label
        ):
            return project
    if kind == "subproject" and (same := ctx.same_part(label, ctx.root)) is not None:
        return same  # "Osakokonaisuus 1" under parts named "Osakokonaisuus 1: X" above (N2's reading)
    if not name and (named := lightunits.named_in_text(ctx.doc.text, label)):  # "Investointi 1 X" in a sentence
        label, name = f"{label}: {named}", named
    if (kind == "subproject" or (numbered and ":" not in numbered)) and not name:
        return None  # a part by its number alone ("1" under "Moduuli | …") is one the document has named
    saved = (ctx.investment, ctx.sub, ctx.area, list(ctx.own_units))
    span = Span(element.first, element.last, element.text)
    if kind == "investment":
        ctx.start_investment(label, number, span, False)
    else:
        ctx.start_sub(label, span, False)
    made = ctx.investment if kind == "investment" else ctx.sub
    ctx.investment, ctx.sub, ctx.area, ctx.own_units[:] = saved
    return made


#: A row's first cell that numbers its unit: "1 Hoitoon pääsyn nopeuttaminen", "2. Etäseuranta".
_NUMBERED = re.compile(r"^(?P<n>\d{1,2}|[A-ZÄÖÅ])[.):]?(?:\s+(?P<name>\S.*))?$")  # "2", "B" of "Osio B: X"


def _numbered_under(ctx: Context, element: Element, first: str) -> str:
    """The part a numbered row names under a header whose corner is the part's word ("Investointi |
    Aikataulu | Kustannukset" over "1 Hoitoon pääsyn nopeuttaminen | kunnossa | …" is "Investointi 1:
    Hoitoon pääsyn nopeuttaminen"), else "".

    The class: a light matrix of parts whose rows give only the part's number and name, the part's word
    standing once in the header's corner (test10 a04; tuning document u343). The header is the row
    above whose other cells are all dimensions: the element's first line, or a line above it.
    """
    numbered = _NUMBERED.match(first)
    if numbered is None:
        return ""
    lines = element.text.split("\n")[:-1] or [
        ctx.doc.lines[n - 1] for n in range(element.first - 1, max(element.first - 12, 0), -1)
    ]
    for line in lines:
        header = table_cells(line) or []
        if len(header) >= 2 and all(lighttext.dimension_of(c) for c in header[1:] if c.strip()):
            # "Moduuli | Aikataulu" over "2 | 1": the number alone names the part listed above by it.
            name = f": {numbered['name'].strip()}" if numbered["name"] else ""
            named = f"{header[0].strip()} {numbered['n']}{name}"
            part = match_part_line(named)
            return named if part is not None and part[0] in ("investment", "sub-project") else ""
    return ""


def _rate(target: Project, light: Light) -> None:
    """``light`` on ``target``: a later light of the same dimension replaces an earlier one."""
    target.lights = [have for have in target.lights if have.dimension != light.dimension]
    target.lights.append(light)


def _part_columns(ctx: Context, element: Element, span: Span) -> bool:
    """A matrix with a column per part ("Osa-alue | Investointi 1 | Investointi 2" over "Aikataulu | vihreä |
    keltainen"): each column's value is that part's light, not the latest of a row of periods. A Markdown row
    ("| Tidtabell | i takt | i otakt |") is read by its cells as a tab-separated one."""
    cells = lightrows.row_cells(element.text) if "\t" in element.text else table_cells(element.text) or []
    if len(cells) < 3 or "\n" in element.text:
        return False
    header = lightrows.header_above(ctx.doc.lines, element)
    if header is None or len(header) != len(cells):
        return False
    parts = [match_part_line(h) for h in header[1:]]
    if not all(p is not None and p[0] in ("investment", "sub-project") for p in parts):
        # Parts by the key the document gave each ("DO1" of "Delområde 1: X (DO1)", "A" of "Osio A: Y").
        keyed = [lightunits.keyed_part(ctx.doc.text, h) for h in header[1:]]
        parts = [match_part_line(k) if k else None for k in keyed]
        if not all(p is not None and p[0] in ("investment", "sub-project") for p in parts):
            known = lightmatrix.known_parts(ctx, header[1:])  # by name: "Intervallijaksot", "TP1", "Juonne 1"
            if known is None:  # parts a field lists later in the document; the parts' row if coded ("K1 | K2")
                return lightmatrix.waits(ctx, element, _legend(ctx))
            keyed = [k.name for k in known]
        header = [header[0], *keyed]
    for head, cell in zip(header[1:], cells[1:], strict=True):
        token = lightvalues.LEGEND.set(_legend(ctx))  # "keskitaso" of "keskitaso ja korkea = …": by the legend
        try:
            value = lighttext.value_of(cell)
        finally:
            lightvalues.LEGEND.reset(token)
        unit = _column_unit(ctx, head, span)
        if unit is not None and value in ("on-plan", "deviation"):
            _rate(unit, Light(element.key, value, None, span))
    return True


def _column_unit(ctx: Context, head: str, span: Span) -> Project | None:
    """The part a column's header names ("Osahanke 2" for "Osahanke 2: X"), as :func:`_row_unit` finds the
    part a row names."""
    named = next(
        (p for p in ctx.projects if p.name == head.strip() or p.name.startswith(f"{head.strip()}:")), None
    )
    return named or _row_unit(ctx, Element("light", span.first, span.last, f"{head}\t-"))


def _as_matrix(ctx: Context, element: Element) -> str | None:
    """The value of a row the segmenter took whole ("Aikataulu | vihreä | keltainen") read under its
    table's header: a matrix of reporting periods gives the latest period's value."""
    cells = lightrows.row_cells(element.text)
    if len(cells) < 3 or "\n" in element.text:
        return None
    header = lightrows.header_above(ctx.doc.lines, element)
    if header is None:
        return None
    # Under the document's legend, as the segmenter read the row: "V" of "V = vihreä" is a value only by it,
    # and without it a matrix "Nyt | Edellinen" over "V | K" would take the earlier period's "K".
    token = lightvalues.LEGEND.set(_legend(ctx))
    try:
        with lighttext.under_header(header):
            pairs = lighttext.row_lights(cells)
    finally:
        lightvalues.LEGEND.reset(token)
    return pairs[0][1] if pairs and pairs[0][0] == element.key else None


def _legend(ctx: Context) -> dict[str, str]:
    """The document's legend of light marks (``lightvalues.document_legend``), read once per extraction."""
    if ctx not in _LEGENDS:
        _LEGENDS[ctx] = lightvalues.document_legend([line.text for line in ctx.seg.lines])
    return _LEGENDS[ctx]


def part_row(ctx: Context, header: list[str], row: list[str]) -> list[tuple[str, str]]:
    """(dimension, value) of a row of a table of parts whose other columns are dimensions ("Investering |
    Tidtabell | Kostnader" over "Investering 1: X | ◐ | ●"), read under the document's legend and with its
    space-aligned columns set right (``lightstate.realigned``: "Tidtabell  Kostnader" a cell each, a mark
    glued to the label the first value). For ``facts/parts.py``, which files each row under its part."""
    token = lightvalues.LEGEND.set(_legend(ctx))
    try:
        header = lightstate.realigned([lightscales.spelt(c) for c in header])
        row = lightstate.realigned([lightscales.spelt(c) for c in row])
        out = []
        for index, cell in enumerate(row[1:], start=1):
            dim = lightdims.dimension_of(header[index].strip(" *_")) if index < len(header) else None
            value = (
                lightvalues.strict_value(cell) or lightvalues.value_of(cell) if dim and cell.strip() else None
            )
            if dim and value and (not value.endswith("%") or dim == "progress"):
                out.append((dim, value))
        return out
    finally:
        lightvalues.LEGEND.reset(token)


#: Lights said in single sentences, per extraction: kept to the end, where a document that rates
#: nothing else (a news item's "hanke on 60-prosenttisesti valmis") is seen to give no light.
_SAID: WeakKeyDictionary[Context, list[tuple[Project, Light]]] = WeakKeyDictionary()


def _said(ctx: Context, chunks: list[Chunk]) -> None:
    """Sentences that rate one dimension, kept for :func:`_finish`: one that says how far the project
    is ("Hankkeen kokonaisvalmiusaste on 88 %"), and one that starts with a dimension and names
    its colour ("Riskit ovat keltaisella, koska …"); the first of each dimension of a unit."""
    if ctx.seg.kind in _NO_LIGHTS:
        return
    said = _SAID.setdefault(ctx, [])
    for chunk in chunks:
        if chunk.bullet or chunk.numbered or chunk.text.lstrip().startswith(">"):
            continue
        for sentence in sentences(_without_heading(ctx, chunk)):
            light = _sentence_light(sentence, chunk.span)
            if light is not None and not any(
                u is ctx.unit and had.dimension == light.dimension for u, had in said
            ):
                said.append((ctx.unit, light))


def _without_heading(ctx: Context, chunk: Chunk) -> str:
    """The paragraph without a heading line the text ran into it ("Kokonaisarvio" over "Hyödyt ovat
    vihreällä …"): a first line of four words at most, with no end mark, before a line of its own."""
    first = ctx.doc.lines[chunk.first - 1].strip() if chunk.last > chunk.first else ""
    short = 0 < len(first.split()) <= 4 and first[-1:] not in ".,;:!?" and chunk.text.startswith(first)
    return chunk.text[len(first) :].strip() if short else chunk.text


def _sentence_light(sentence: str, span: Span) -> Light | None:
    percent = lightdims.progress_in_sentence(sentence)
    if percent is not None:
        return Light("progress", None, Decimal(percent[:-1].replace(",", ".")), span)
    rated = lighttext.sentence_light(sentence)
    if rated is None or lighttext.colour_in(sentence) != rated[1]:
        return None  # a colour, not a phrase: "Aikataulu viivästyi" reports, "… on keltainen" rates
    return Light(rated[0], rated[1], None, span)


#: Lights of lines quoted from an earlier message, per extraction: the document's only when it has no others.
_QUOTED: WeakKeyDictionary[Context, list[tuple[Project, Light]]] = WeakKeyDictionary()


def _finish(ctx: Context) -> None:
    quoted = _QUOTED.pop(ctx, [])
    if not any(project.lights for project in ctx.projects):
        for unit, light in quoted:  # a report forwarded whole: its quoted lights are all there is
            _rate(unit, light)
    rated = {id(project): bool(project.lights) for project in ctx.projects}  # before any sentence adds
    for unit, light in _SAID.pop(ctx, []):
        rates = (ctx.seg.kind in _REPORTS and light.dimension == "progress") or rated.get(id(unit), False)
        if rates and not any(have.dimension == light.dimension for have in unit.lights):
            unit.lights.append(light)
    _marked(ctx)
    _ticked(ctx)
    _changes(ctx)
    _swept(ctx)


def _changes(ctx: Context) -> None:
    """Rows of a table of changes to the plan the document explains (``lightchanges``), each under the unit of
    its place; a dimension a unit has already is kept."""
    trail = sorted(_TRAIL.get(ctx, []), key=lambda t: t[0])
    for line, dimension, value in lightchanges.changed_rows(list(ctx.doc.lines), ctx.doc.text):
        unit = lightunits.heading_unit(ctx, line) or lightunits.unit_at(ctx, trail, line)
        if not any(have.dimension == dimension for have in unit.lights):
            unit.lights.append(Light(dimension, value, None, Span(line, line, ctx.doc.lines[line - 1])))


def _marked(ctx: Context) -> None:
    """Lists of dimensions a legend's mark rates (``lightmarked``), each under the unit its line names."""
    trail, names = sorted(_TRAIL.get(ctx, []), key=lambda t: t[0]), [p.name for p in ctx.projects]
    for line, name, pairs in lightmarked.marked_lists(list(ctx.doc.lines)):
        at = lightmarked.unit_named(name, names) if name else None
        unit = (
            ctx.projects[at]
            if at is not None
            else lightunits.heading_unit(ctx, line) or lightunits.unit_at(ctx, trail, line)
        )
        for dimension, value in pairs:
            if not any(have.dimension == dimension for have in unit.lights):
                unit.lights.append(Light(dimension, value, None, Span(line, line, ctx.doc.lines[line - 1])))


def _ticked(ctx: Context) -> None:
    """Dimensions a grid of verdicts marks once (``lightticks``), each under the unit of its place."""
    lines = lightunits.sheet_lines(ctx)
    found = lightticks.ticked_rows(lines)
    trail = sorted(_TRAIL.get(ctx, []), key=lambda t: t[0]) if found else []
    for line, dimension, value in found:
        named = match_part_line(caption := lightticks.caption(lines, line))  # "Osahanke 2: X" over the grid
        unit = _column_unit(ctx, caption, Span(line, line, caption)) if named else None
        unit = unit or lightunits.heading_unit(ctx, line) or lightunits.unit_at(ctx, trail, line)
        if not any(have.dimension == dimension for have in unit.lights):
            unit.lights.append(Light(dimension, value, None, Span(line, line, lines[line - 1])))


def _table(ctx: Context, element: Element) -> bool:
    _TRAIL.setdefault(ctx, []).append((element.first, ctx.unit))
    lightmatrix.part_columns(
        ctx, element, _legend(ctx), _rate, _column_unit
    )  # "Osa-alue | Osio 1: X | Osio 2: Y"
    return _status_column(ctx, element)


#: (first line, the reporting unit then) of each element the family saw, per extraction: the unit a rating
#: on a line belongs to when nothing else names one.
_TRAIL: WeakKeyDictionary[Context, list[tuple[int, Project]]] = WeakKeyDictionary()


def _swept(ctx: Context) -> None:
    """Every rating no reader took, where a rating stands, becomes a light when its place names its dimension
    (``lightsweep.candidates``: a cell under its row's or column's dimension, the value after a label).

    The class: a value of any scale the document defines (a legend of codes or marks, scores, thresholds)
    or the vocabulary knows (colour words, rating words and phrases fi/sv/en) in a table cell or a short line
    whose dimension its row, column or label gives, in a form no reader of ``lighttext`` knows; a risk's row
    that names the dimension it threatens in a cell and its state in a colour rates that dimension. The unit
    is the part the row names, else the unit of the nearest element above. A plan or a page (kinds that
    give no lights) rates so only by a value that says itself (a mark, a score, a colour) or in a block under
    a heading of lights, for its risk table's "Henkilöstö | Rekrytointi viivästyy" is a risk. A dimension
    a unit has is kept; rows that name no unit the document knows and rate one dimension twice are left.
    """
    trail = sorted(_TRAIL.pop(ctx, []), key=lambda t: t[0])
    used: set[int] = set()
    lit: set[int] = set()  # lines a light was read from: a list on them may rate one more dimension
    risky: set[int] = set()  # a risk's row rates its dimension only by a value that says itself (a colour)
    for element in ctx.seg.elements:
        if element.type == "light":
            lit.update(range(element.first, element.last + 1))
    for project in ctx.projects:
        for span in [fact.span for fact in project.lights]:
            lit.update(range(span.first, span.last + 1))
        for span in [fact.span for fact in project.goals] + [fact.span for fact in project.indicators]:
            used.update(range(span.first, span.last + 1))
        risky.update(line for fact in project.risks for line in range(fact.span.first, fact.span.last + 1))
    lines = lightunits.sheet_lines(ctx)  # a sheet saved as CSV is segmented again, its cells split as a table's
    swept = lightsweep.candidates(lines)
    # A list of ratings on one line ("tidsplan grön, …, nytta för familjerna grön") whose reader took some of
    # its pairs gives the rest too; any other line a light was read from is the reader's.
    listed = {c.line for c in swept if c.cell < 0 and sum(1 for o in swept if o.line == c.line) >= 2}
    found = [
        c
        for c in swept
        if c.line not in used
        and (c.line not in lit or c.line in listed)
        and c.dimension is not None
        and c.dimension != "progress"
    ]
    token = lightvalues.LEGEND.set(_legend(ctx))
    try:
        found = [c for c in found if c.line not in risky or lightvalues.strict_value(c.text) is not None]
    finally:
        lightvalues.LEGEND.reset(token)
    if ctx.seg.kind in _NO_LIGHTS:
        asked = lightsweep.asked_lines(found, lines)  # a steering group's yes-or-no answers rate in any kind
        token = lightvalues.LEGEND.set(_legend(ctx))
        try:
            found = [
                c
                for c in found
                if c.line in asked
                or lightvalues.strict_value(c.text if c.cell >= 0 else c.text.split(":", 1)[-1]) is not None
                or _under_lights_heading(ctx, Element("light", c.line, c.line, c.text))
            ]
        finally:
            lightvalues.LEGEND.reset(token)
    placed: list[tuple[Project | None, lightsweep.Candidate]] = []
    for c in found:
        # A row names its unit in its first cell, a line by a part's label before it ("Delområde 1: tidtabell …").
        row = (
            _row_unit(ctx, Element("light", c.line, c.line, lines[c.line - 1])) if c.row or c.cell < 0 else None
        )
        placed.append((row, c))
    loose = [(c.dimension, c.line) for unit, c in placed if unit is None and c.row]
    for unit, c in placed:
        if unit is None and c.row and len({line for dim, line in loose if dim == c.dimension}) > 1:
            continue  # rows naming no known unit, each rating the same dimension: whose is whose is unknown
        target = unit or lightunits.heading_unit(ctx, c.line) or lightunits.unit_at(ctx, trail, c.line)
        if c.dimension and not any(have.dimension == c.dimension for have in target.lights):
            target.lights.append(Light(c.dimension, c.value, None, Span(c.line, c.line, lines[c.line - 1])))


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """Lights rated in prose: a paragraph with two or more dimensions rated, each by its own sentence.

    In a report a sentence rates by a colour or a phrase ("Kustannukset pysyivät budjetissa"). In a
    document whose layout was not recognised (a county's news page, minutes, a report whose template no
    cue names: kind generic) only by a colour each sentence names ("Aikataulun tilanne on vihreä.
    Kustannukset ovat keltaisella, koska …"): colours given to two dimensions or more are traffic lights
    in any document, while phrases alone ("aikataulu on pitänyt") are how such text reports, not rates.
    """
    _TRAIL.setdefault(ctx, []).extend((chunk.first, ctx.unit) for chunk in chunks)
    _said(ctx, chunks)
    if ctx.seg.kind in _NO_LIGHTS:
        return
    coloured = ctx.seg.kind not in _REPORTS  # "generic": no layout recognised
    for chunk in chunks:
        if chunk.bullet or chunk.numbered or chunk.text.lstrip().startswith(">"):
            continue
        found: dict[str, str] = {}
        said = sentences(_without_heading(ctx, chunk))
        for sentence in said:
            rated = lighttext.sentence_light(sentence)
            if coloured and rated is not None and lighttext.colour_in(sentence) != rated[1]:
                rated = None
            if rated is not None and rated[0] not in found:
                found[rated[0]] = rated[1]
            for dimension, value in lightclauses.clause_list(sentence).items():
                found.setdefault(dimension, value)
        # Three dimensions or more rated clause by clause across the paragraph's sentences (lightclauses).
        for dimension, value in lightclauses.paragraph_lights(list(said)).items():
            found.setdefault(dimension, value)
        for dimension, value in lightclauses.verdict_lists(list(said)).items():  # "Poikkeamia: kustannukset …"
            found.setdefault(dimension, value)
        for sentence in said:  # "… all are green except staffing, which is amber"
            for dimension, value in lightclauses.all_but(sentence).items():
                found.setdefault(dimension, value)
        if len(found) < 2:
            continue
        target = ctx.unit
        have = {light.dimension for light in target.lights}
        for dimension, value in found.items():
            if dimension not in have:
                target.lights.append(Light(dimension, value, None, chunk.span))


#: A table column that gives each row's state, with a date or period after it or not: "Tila", "Tilanne 8/2024",
#: "Läge", "Status".
_STATUS_HEAD = re.compile(r"^(?:tila|tilanne|läge|läget|status)\b", re.I)


def _status_column(ctx: Context, element: Element) -> bool:
    """A table of parts with a column of their states ("Osahanke | Tilanne" over "Osahanke 1: X | V",
    "Investointi | Tila | Myönnetty €" over "Investointi 2: Y | keltainen | …"): each part's light.

    The class: a report or a board's overview that rates each part in one cell beside its name and says
    elsewhere what the state rates: a line by the table that speaks of one dimension, in the legend of
    its values ("Tilanne: V = aikataulussa, K = viivettä") or in a sentence ("Tila kuvaa aikataulua").
    A state no line ties to a dimension is no light (the schema has no light without one); a row that
    names no part rates nothing. The table stays for the families after this one (its names, its sums).
    """
    rows = element.rows
    header = rows[0] if rows else []
    at = [i for i, c in enumerate(header) if i and _STATUS_HEAD.match(c.strip()) and len(c.split()) <= 3]
    if len(rows) < 2 or len(at) != 1 or lighttext.dimension_of(header[0]):
        return False
    dimension = _status_dimension(ctx, element, header[at[0]])
    if dimension is None:
        return False
    token = lightvalues.LEGEND.set(_legend(ctx))
    try:
        for row, line_no in zip(rows[1:], element.row_lines[1:], strict=False):
            value = lightvalues.strict_value(row[at[0]]) if len(row) > at[0] else None
            text = "\t".join(row)
            unit = _row_unit(ctx, Element("light", line_no, line_no, text)) if value else None
            if unit is not None and value in ("on-plan", "deviation"):
                _rate(unit, Light(dimension, value, None, Span(line_no, line_no, text)))
    finally:
        lightvalues.LEGEND.reset(token)
    return False


def _status_dimension(ctx: Context, element: Element, head: str) -> str | None:
    """The dimension the lines by a table say its status column rates: a sentence within four lines of the
    table that uses the column's word ("Tilanne: V = …", "Läget gäller …") and speaks of one dimension."""
    word = head.strip().split()[0].lower()[:4]
    near = [*range(max(element.first - 4, 1), element.first), *range(element.last + 1, element.last + 5)]
    # A legend the segmenter took into the table as a row of its own ("Tila | vihreä = …, keltainen = viivettä").
    own = [": ".join(row) for row in element.rows[1:] if row and row[0].strip().lower().startswith(word)]
    for line in own + [ctx.doc.lines[n - 1] if n <= len(ctx.doc.lines) else "" for n in near]:
        for said in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", line):  # the sentence that uses the word
            found = (
                lightdims.dimension_spoken_of(said)
                if re.search(rf"(?<!\w){re.escape(word)}", said.lower())
                else None
            )
            if found is not None:
                return found
    return None


FAMILY = Family("lights", light=_light, table=_table, chunks=_chunks, finish=_finish)
LATE = lightmatrix.LATE
