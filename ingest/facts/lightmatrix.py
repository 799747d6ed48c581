"""Lights in a matrix of parts: a table whose rows are the dimensions and whose columns are the parts the
document named ("Osa-alue | Vauvaperheiden kotikäynnit | Eroperheiden tuki" over "Aikataulu | ▰▰▰▱▱ | ▰▰▰▰▰").

The class (test33 id08 id18 id26 id39 id46 id60 id66 id67, test32 od04, test31 ic52, test27 i12; tuning
documents u1281, u1282): a report rates each part in a column of its own, the header naming the part by its name
alone ("Intervallijaksot" of "Tukimuoto 1: Intervallijaksot"), by its word and number ("Osahanke 2") or by a key
the text gives it ("TP1" of "Työpaketti 1: X", "Juonne 1" of "… Juonne 1: X" in a sentence), often with the parts
listed in a field the parts family reads only at its end: such a matrix waits for :data:`LATE`. The marks may
be the document's own, which the segmenter does not know: the rows are then a table, read here cell by cell
under the document's legend; rows the light reader took are moved to the parts.

The negative side: a column header that names no part the document has ("2024 | 2025", "Nyt | Edellinen",
"Vastuu"), two columns naming one part, or a first column that is not a dimension: nothing is read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from hankegraafi.ingest import lightdims, lightrows, lightsweep, lightunits, lightvalues
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Light, Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.segment import Element, table_cells

#: A matrix has at most this many part columns (a wider one is a sheet of something else).
_MOST = 8


def known_part(ctx: Context, head: str) -> Project | None:
    """The part the document named already that a column's header names: by its name alone, by its word and
    number, or by a key the text gives it (``lightunits.keyed_part``, ``lightunits.named_in_text``); else None."""
    head = head.strip(" *_")
    if not head or len(head) > 80 or lightdims.dimension_of(head):
        return None
    parts = [p for p in ctx.projects if p is not ctx.root and p.level in ("investment", "subproject")]
    if not parts:
        # No part to name: the look-ups below read the whole text, per cell (a sheet's every row, stop 52).
        return None
    forms = {head.casefold()}
    if keyed := lightunits.keyed_part(ctx.doc.text, head):
        forms.add(keyed.casefold())
    if named := lightunits.named_in_text(ctx.doc.text, head):
        forms.add(named.casefold())
    for project in parts:
        name = project.name.casefold()
        label, _, tail = name.partition(": ")
        # "A" of "Osakokonaisuus A: X", "2" of "Osio 2: Y": the letter or number the part's word numbers it by
        key = label.rsplit(" ", 1)[-1] if tail and " " in label else None
        if any(form in (name, tail, key) or name.startswith(f"{form}:") for form in forms):
            return project
    return None


def known_parts(ctx: Context, heads: list[str]) -> list[Project] | None:
    """Each header cell's part (:func:`known_part`), all of them distinct; else None."""
    parts = [known_part(ctx, h) for h in heads]
    found = [p for p in parts if p is not None]
    if not heads or len(found) != len(heads) or len({id(p) for p in found}) != len(found):
        return None
    return found


#: Matrices whose columns named no part yet, per extraction: a document may list its parts in a field that is
#: read after the matrix ("Osakokonaisuudet: Polku 1: X; Polku 2: Y"); :func:`settle` reads them at the end.
_WAITING: WeakKeyDictionary[Context, list[tuple[Element, dict[str, str]]]] = WeakKeyDictionary()


def part_columns(
    ctx: Context,
    element: Element,
    legend: dict[str, str],
    rate: Callable[[Project, Light], None],
    unit: Callable[[Context, str, Span], Project | None] | None = None,
) -> None:
    """Rate the parts of a table of dimensions by parts (the module's class). A table whose columns name no
    part the document has named yet waits for the end of the document (:func:`settle`), unless each head is a
    part's line itself ("Work stream 1: Home rehabilitation", "Osio 2: X"): ``unit`` then gives its part, as a
    matrix whose values the segmenter read gets it. The table stays every other family's, as it was before."""
    rows = element.rows
    if len(rows) < 3 or not 2 <= len(rows[0]) - 1 <= _MOST or lightdims.dimension_of(rows[0][0]):
        return
    rated = _rated(_questions_joined(ctx, element)[1:], element.row_lines[1:], legend)
    if len({light.dimension for _, light in rated}) < 2:
        return  # no matrix of ratings (a cost table's "Henkilöstökulut" row is no rating)
    parts = known_parts(ctx, rows[0][1:])
    heads = [h.strip(" *_") for h in rows[0][1:]]
    if parts is None and unit is not None and all(_part_line(h) for h in heads):
        span = Span(element.first, element.first, "\t".join(rows[0]))
        named = [unit(ctx, h, span) for h in heads]
        parts = [p for p in named if p is not None]
        parts = parts if len(parts) == len(heads) and len({id(p) for p in parts}) == len(parts) else None
    if parts is None:
        _WAITING.setdefault(ctx, []).append((element, legend))
        return
    for at, light in rated:
        if at < len(parts):
            rate(parts[at], light)


def _questions_joined(ctx: Context, element: Element) -> list[list[str]]:
    """The table's rows, a question its first cell breaks off ("Onko investoinnissa merkittäviä | Ei | Kyllä" over
    "riskejä?", test35 of02) whole: the line after the row goes on in lower case and ends the question, as the
    sweep joins it (``lightsweep._questions_joined``). Reads the one line after each row."""
    out: list[list[str]] = []
    lines, taken = ctx.doc.lines, set(element.row_lines)
    for row, no in zip(element.rows, element.row_lines, strict=False):
        first = row[0].rstrip() if row else ""
        nxt = lines[no].strip() if no < len(lines) and no + 1 not in taken else ""
        if first and not first.endswith("?") and nxt.endswith("?") and nxt[:1].islower() and len(nxt) <= 100:
            row = [f"{first} {nxt}", *row[1:]] if table_cells(lines[no]) is None else row
        out.append(row)
    return out


def _part_line(head: str) -> bool:
    """The head names a part by the project-part vocabulary's word, a number or letter and its name ("Osio 1:
    X", "Work stream 2: Y"): an investment's or a sub-project's line (``partwords.match_part_line``)."""
    named = match_part_line(head)
    return named is not None and named[0] in ("investment", "sub-project")


#: A column's head that is a part's code or word and number ("K1", "OK2", "TP3", "Kärki 1"): letters and a number.
_CODE = re.compile(r"^[^\W\d_]{1,12}[ -]?\d{1,2}$")


def _phase(head: str) -> bool:
    """The head is a phase by its word ("Vaihe 1", "Fas 2", "Phase 1": the document-field vocabulary's phase), a
    period's column, not a part's (red team R15-22)."""
    from hankegraafi.ontology import registry

    word = re.sub(r"[ -]?\d+$", "", head).strip().casefold()
    forms = {
        form.casefold()
        for concept in registry.scheme("document-field")
        if concept.key == "phase"
        for form in concept.surface_forms()
    }
    return word in forms


def _opens_a_line(text: str, code: str) -> bool:
    """The text names a part by ``code``: a line opens with it and a name ("K1 Digitaalinen ajanvaraus.",
    "Kärki 1: Neuvola-auto<tab>…") that says no time; a timeline's line ("Vaihe 1: Kartoitus keväällä 2024.",
    "Q1: …") opens with a phase, whose matrix is a period's (red team R15-11)."""
    pattern = rf"(?m)^[ \t*•-]*{re.escape(code)}(?::[ \t]*|[ \t]+[–—-]?[ \t]*)[A-ZÄÖÅ].*$"
    lines = [m.group(0) for m in re.finditer(pattern, text)]
    return any(not _TIME.search(line) for line in lines)


#: A time a line says: a year, a date, a month or a quarter ("2024", "1.3.", "Q2/2025").
_TIME = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.|\bQ[1-4]\b", re.I)


def waits(ctx: Context, element: Element, legend: dict[str, str]) -> bool:
    """A matrix row the light reader files under the current unit, whose header may name parts the document
    lists later: :func:`settle` moves its lights to the parts when it does. True when the row is the parts'
    whatever the document names later: each head a code a line of the text opens with before a name ("K1 | K2"
    over "Aikataulu | + | 0", the text's "K1 Digitaalinen ajanvaraus. …"), so no value of it is the current
    unit's."""
    _WAITING.setdefault(ctx, []).append((element, legend))
    heads = [head.strip(" *_") for head in (lightrows.header_above(ctx.doc.lines, element) or [])[1:]]
    coded = [h for h in heads if _CODE.match(h) and not _phase(h) and _opens_a_line(ctx.doc.text, h)]
    return len(heads) >= 2 and len(set(coded)) == len(heads)


def _rate(target: Project, light: Light) -> None:
    """``light`` on ``target``, as ``facts.lights`` rates: a later light of a dimension replaces an earlier one."""
    target.lights = [have for have in target.lights if have.dimension != light.dimension]
    target.lights.append(light)


def settle(ctx: Context, rate: Callable[[Project, Light], None] = _rate) -> None:
    """Read the matrices that waited, now that every part the document names is known: after the parts
    family's end (:data:`LATE`), which reads a field listing the parts last."""
    for element, legend in _WAITING.pop(ctx, []):
        if element.type == "table":
            header, rows, lines = element.rows[0], element.rows[1:], element.row_lines[1:]
        else:  # a row the light reader took, under the header above it
            header = lightrows.header_above(ctx.doc.lines, element) or []
            rows, lines = [table_cells(element.text) or element.text.split("\t")], [element.first]
            if len(header) != len(rows[0]):
                continue
        parts = known_parts(ctx, header[1:])
        rated = _rated(rows, lines, legend) if parts is not None else []
        if parts is None or not rated:
            continue
        if element.type != "table":
            for project in ctx.projects:  # what the row gave the unit it was filed under
                project.lights = [light for light in project.lights if light.span.first != element.first]
        for at, light in rated:
            if at < len(parts):
                rate(parts[at], light)


def _rated(rows: list[list[str]], lines: list[int], legend: dict[str, str]) -> list[tuple[int, Light]]:
    """(column, light) of each row that names a dimension, each column's cell read under the document's legend
    (the first column after the row's label is 0)."""
    rated: list[tuple[int, Light]] = []
    token = lightvalues.LEGEND.set(legend)
    try:
        for row, line_no in zip(rows, lines, strict=False):
            dimension = lightdims.dimension_of(row[0].strip(" *_")) if row else None
            # A yes-or-no question about a dimension, a part's answer in each column ("Poikkeamia aikataulussa? |
            # Ei | Kyllä" under "Kysymys | Osahanke 1 | Osahanke 2"): each answer rates the part (lightsweep.answered).
            asked = bool(row) and dimension is None and row[0].rstrip(" *_").endswith("?")
            if dimension is None and not asked:
                continue
            span = Span(line_no, line_no, "\t".join(row))
            for at, cell in enumerate(row[1 : 1 + _MOST]):
                # a percentage of the plan done by the document's threshold ("95 % or more = on plan")
                said = lightsweep.answered([row[0], cell]) if asked else None
                if said is None and dimension is not None:
                    value = lightvalues.strict_value(cell) or lightrows.rated_by_thresholds(
                        legend, cell.strip()
                    )
                    said = (dimension, value) if value else None
                if said is not None and said[1] in ("on-plan", "deviation"):
                    rated.append((at, Light(said[0], said[1], None, span)))
    finally:
        lightvalues.LEGEND.reset(token)
    return rated


#: The matrices that waited, read after every family that names parts (``facts.FAMILIES``).
LATE = Family("lights-by-parts", finish=settle)

__all__ = ["LATE", "known_part", "known_parts", "part_columns", "settle", "waits"]
