"""The county tile map: the 22 areas as tiles in roughly their place, coloured by one figure.

A tile map needs no boundary data: each wellbeing services county (and the
City of Helsinki) is one tile on a grid, north at the top, west on the left,
so that a reader finds Lapland, Kainuu or Satakunta where they expect them
and every area has the same weight (a choropleth would make Lapland a third
of the picture). The figure is chosen by ``?figure=`` (and ``?service=`` for
dependencies on a national service), with links and a form, without script.
Every number comes from SPARQL over the store through the pages' query
service: the areas from ``sparql/tilemap-areas.rq``, the figures from the
catalogue's queries (``budget-by-region``, ``deviations``,
``regions-depending-on``, ``projects-by-region``), so the map and the
query's table agree and each figure links its query.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from hankegraafi import queries
from hankegraafi.server import i18n
from hankegraafi.server.errors import BadRequest, NotFound
from hankegraafi.server.pages.builder import sparql
from hankegraafi.server.pages.numbers import decimal, money, number
from hankegraafi.server.query import QueryService

#: Grid place (column, row) of each area by its Statistics Finland code; row 0 is the north.
GRID: dict[str, tuple[int, int]] = {
    "21": (3, 0),
    "19": (3, 1),
    "20": (4, 1),
    "18": (2, 2),
    "13": (4, 2),
    "14": (5, 2),
    "17": (1, 3),
    "16": (2, 3),
    "15": (3, 3),
    "12": (4, 3),
    "06": (1, 4),
    "08": (2, 4),
    "09": (3, 4),
    "10": (4, 4),
    "11": (5, 4),
    "05": (1, 5),
    "07": (2, 5),
    "02": (3, 5),
    "01": (4, 5),
    "03": (2, 6),
    "04": (3, 6),
    "90": (3, 7),
}
TILE_W, TILE_H, GAP = 104, 66, 6
COLUMNS, ROWS = 6, 8

FIGURES = ("utilisation", "deviations", "service", "projects")
DEFAULT_FIGURE = "utilisation"
DEFAULT_SERVICE = "https://w3id.org/hankegraafi/vocab/service/omaolo"

#: Five classes, light to dark, per figure (ColorBrewer's sequential schemes; the two darkest
#: classes carry white text at 4.5:1 or more, the lighter ones dark text).
PALETTES: dict[str, tuple[str, ...]] = {
    "utilisation": ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08306b"),
    "deviations": ("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d", "#67000d"),
    "service": ("#edf8e9", "#bae4b3", "#74c476", "#238b45", "#00441b"),
    "projects": ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3", "#3f007d"),
}
NO_DATA = "#e0e0e0"
ZERO = "#ffffff"
DARK_TEXT, LIGHT_TEXT = "#1a1a1a", "#ffffff"
#: Utilisation classes in per cent: under 25, 25–50, 50–75, 75–100, 100 or more.
UTILISATION_EDGES = (Decimal(25), Decimal(50), Decimal(75), Decimal(100))

#: What the area names drop on a tile (the full name is in the tile's title and the table).
_SUFFIXES = {"sv": " välfärdsområde", "en": " wellbeing services county"}


def text(key: str, lang: str, **values: object) -> str:
    """A text of the tile map in ``lang``: ``tilemap.<key>`` of the one table (``ontology/strings.toml``)."""
    return i18n.translate(f"tilemap.{key}", lang, **values)


def short_name(name: str, lang: str, abbreviation: str | None = None) -> str:
    """The area's name for a tile: "Lapin HVA", "Lappland", "Lapland".

    Finnish has the counties' own abbreviations (skos:altLabel "… HVA");
    Swedish drops "välfärdsområde" and the genitive s, English "wellbeing
    services county". Helsinki keeps its name.
    """
    if lang == "fi":
        return abbreviation or name
    suffix = _SUFFIXES.get(lang)
    if suffix and name.endswith(suffix) and len(name) > len(suffix):
        short = name[: -len(suffix)]
        return short[:-1] if lang == "sv" and short.endswith("s") else short
    return name


def tile_lines(name: str, width: int = 13) -> list[str]:
    """The short name in at most two lines of about ``width`` characters (split at a space or after a hyphen)."""
    if len(name) <= width:
        return [name]
    words = re.findall(r"[^\s-]+-|[^\s-]+", name)  # "Pohjois-Pohjanmaan" → "Pohjois-", "Pohjanmaan"
    first = words[0]
    rest = words[1:]
    while rest and len(first) + len(rest[0]) + (0 if first.endswith("-") else 1) <= width:
        first += rest.pop(0) if first.endswith("-") else " " + rest.pop(0)
    tail = ""
    for word in rest:
        tail += word if (not tail or tail.endswith("-")) else " " + word
    return [first, tail] if tail else [first]


@dataclass
class Tile:
    """One area on the map: where, what it shows and where it leads."""

    code: str
    iri: str
    name: str
    lines: list[str]
    x: int
    y: int
    value: Decimal | None
    value_text: str
    detail: str
    colour: str
    ink: str
    href: str | None
    klass: int  # the palette index of its class (-1 no data, 5 zero)

    @property
    def said(self) -> str:
        """The tile's accessible name: what it shows (the short name and value) first, then the full name."""
        short = "".join(line if line.endswith("-") else line + " " for line in self.lines).strip()
        shown = f"{short} {self.value_text}"
        more = f"{self.name}, {self.detail}" if self.detail else self.name
        return shown if more == short else f"{shown} ({more})"


@dataclass
class FigureLink:
    key: str
    label: str
    href: str
    current: bool


@dataclass
class TileMap:
    """Everything the template draws."""

    figure: str
    figure_label: str
    about: str
    tiles: list[Tile]
    legend: list[tuple[str, str, int]]
    figures: list[FigureLink]
    services: list[tuple[str, str, bool]] = field(default_factory=list)
    query_href: str | None = None
    width: int = COLUMNS * (TILE_W + GAP)
    height: int = ROWS * (TILE_H + GAP)


Names = Callable[[str], str]


def _run(data: QueryService, name: str, params: Mapping[str, str]) -> list[dict[str, object]]:
    """A catalogue query through the pages' query service (its parameters bound, not formatted in)."""
    query_text, bindings = queries.get(name).bind(dict(params))
    return [dict(row) for row in data.select(query_text, bindings)]


def _projects(data: QueryService, lang: str) -> dict[str, set[str]]:
    per: dict[str, set[str]] = defaultdict(set)
    for row in _run(data, "projects-by-region", {"lang": lang}):
        per[str(row["region"])].add(str(row["project"]))
    return per


def figures_of(
    data: QueryService, figure: str, lang: str, service: str | None
) -> tuple[dict[str, tuple[Decimal, str]], dict[str, str]]:
    """Each area's value and detail for ``figure``, and the catalogue call it came from.

    An area missing from the answer has no data; an area with projects but
    nothing to count (no deviating light, no dependent project) has 0.
    """
    projects = _projects(data, lang)
    values: dict[str, tuple[Decimal, str]] = {}
    if figure == "utilisation":
        params = {"lang": lang}
        budget: dict[str, Decimal] = defaultdict(Decimal)
        actual: dict[str, Decimal] = defaultdict(Decimal)
        counted: dict[str, set[str]] = defaultdict(set)
        for row in _run(data, "budget-by-region", params):
            area = str(row["region"])
            b, a = decimal(row.get("budget")), decimal(row.get("actual"))
            if b is None or not _plausible(b) or (a is not None and not _plausible(a)):
                continue
            budget[area] += b
            actual[area] += a or Decimal(0)
            counted[area].add(str(row["project"]))
        for area, total in budget.items():
            if total > 0:
                share = _share(actual[area], total)
                detail = text(
                    "budget_detail",
                    lang,
                    actual=money(actual[area], lang),
                    budget=money(total, lang),
                    n=len(counted[area]),
                )
                values[area] = (share, detail)
        return values, {"name": "budget-by-region", **params}
    if figure == "deviations":
        params = {"lang": lang}
        lights: dict[str, int] = defaultdict(int)
        deviating: dict[str, set[str]] = defaultdict(set)
        for row in _run(data, "deviations", params):
            area = str(row["region"])
            lights[area] += 1
            deviating[area].add(str(row["project"]))
        for area in set(projects) | set(lights):
            detail = text("lights_detail", lang, n=lights.get(area, 0), p=len(deviating.get(area, ())))
            values[area] = (Decimal(lights.get(area, 0)), detail)
        return values, {"name": "deviations", **params}
    if figure == "service" and service:
        params = {"node": service, "lang": lang}
        dependent: dict[str, set[str]] = defaultdict(set)
        for row in _run(data, "regions-depending-on", params):
            dependent[str(row["region"])].add(str(row["project"]))
        for area in set(projects) | set(dependent):
            n = len(dependent.get(area, ()))
            values[area] = (Decimal(n), text("projects_detail", lang, n=n))
        return values, {"name": "regions-depending-on", **params}
    for area, members in projects.items():
        values[area] = (Decimal(len(members)), text("projects_detail", lang, n=len(members)))
    return values, {"name": "projects-by-region", "lang": lang}


#: Largest sum of money the map adds up: a figure beyond it is no budget a document states (a
#: stored "1e400" or 10^20 against 10^-18 gave a 500); such a row is left out like one without a budget.
MAX_AMOUNT = Decimal("1e15")


def _plausible(value: Decimal) -> bool:
    return value.is_finite() and abs(value) <= MAX_AMOUNT


def _share(actual: Decimal, total: Decimal) -> Decimal:
    """Actual as a per cent of the budget, to one decimal: wide enough for any pair under
    :data:`MAX_AMOUNT` (a tiny budget makes a huge share, which the default 28 digits cannot round)."""
    with localcontext() as ctx:
        ctx.prec = 80
        return (actual * 100 / total).quantize(Decimal("0.1"))


Band = tuple[Decimal | None, Decimal | None, str, int]
#: Which palette colours n count classes use (fewer classes than five keep clear steps apart).
_SPREAD = {1: (3,), 2: (1, 3), 3: (1, 2, 3), 4: (1, 2, 3, 4), 5: (0, 1, 2, 3, 4)}


def classes(figure: str, values: list[Decimal], lang: str) -> list[Band]:
    """The legend's classes as (low, high exclusive, label, palette index).

    Utilisation has fixed per cent bands; counts have up to five equal steps of
    whole numbers from 1 to the greatest value (zero has a class of its own).
    """
    if figure == "utilisation":
        edges: list[Decimal | None] = [None, *UTILISATION_EDGES, None]
        out: list[Band] = []
        for i, (lo, hi) in enumerate(itertools.pairwise(edges)):
            if lo is None:
                label = f"< {number(hi or 0, lang)} %"
            elif hi is None:
                label = f"≥ {number(lo, lang)} %"
            else:
                label = f"{number(lo, lang)}–{number(hi, lang)} %"
            out.append((lo, hi, label, i))
        return out
    top = max(1, int(max(values, default=Decimal(0))))
    count = min(5, top)
    step = -(-top // count)  # ceil(top / count)
    out = []
    for i, colour in enumerate(_SPREAD[count]):
        first, last = 1 + i * step, (i + 1) * step
        label = number(first, lang) if first == last else f"{number(first, lang)}–{number(last, lang)}"
        out.append((Decimal(first), Decimal(last + 1), label, colour))
    return out


def class_of(value: Decimal, bands: list[Band]) -> int:
    """The palette index of the band ``value`` falls in (the last band takes anything above)."""
    for lo, hi, _label, colour in bands:
        if (lo is None or value >= lo) and (hi is None or value < hi):
            return colour
    return bands[-1][3]


def build(
    data: QueryService,
    lang: str,
    args: Mapping[str, str],
    *,
    names: Names,
    page_url: Callable[[str], str | None],
    link: Callable[..., str],
    query_link: Callable[[dict[str, str]], str | None],
) -> TileMap:
    """The map for ``?figure=`` (and ``?service=``) in ``lang``.

    ``names`` gives a resource's name, ``page_url`` its page, ``link`` the map's
    own URL with other arguments, ``query_link`` a catalogue call's page (None
    without the catalogue).
    """
    figure = args.get("figure") or DEFAULT_FIGURE
    if figure not in FIGURES:
        raise BadRequest(text("bad_figure", lang, value=_quoted(figure), known=", ".join(FIGURES)))
    service_rows = data.select(sparql("tilemap-services"))
    service_iris = [str(r["service"]) for r in service_rows]
    service = _chosen_service(args.get("service"), service_iris)
    if args.get("service") and service is None:
        known = ", ".join(sorted(s for s in (_slug(iri) for iri in service_iris[:30]) if s)) or "–"
        raise NotFound(text("bad_service", lang, value=_quoted(str(args["service"])), known=known))
    values, call = figures_of(data, figure, lang, service)
    # Only areas with a value are coloured; counts of zero have their own (white) class.
    numbers_ = [v for v, _ in values.values()]
    bands = classes(figure, numbers_, lang)
    palette = PALETTES[figure]
    tiles = []
    rows = data.select(sparql("tilemap-areas"))
    abbreviations = {str(r["area"]): str(r["abbreviation"]) for r in rows if "abbreviation" in r}
    for row in rows:
        code = str(row["code"])
        if code not in GRID:
            continue
        iri = str(row["area"])
        col, grid_row = GRID[code]
        name = names(iri)
        found = values.get(iri)
        if found is None:
            value, shown, detail, colour, ink, klass = None, text("no_data", lang), "", NO_DATA, DARK_TEXT, -1
        else:
            value, detail = found
            shown = f"{number(value, lang)} %" if figure == "utilisation" else number(value, lang)
            if figure != "utilisation" and value == 0:
                colour, ink, klass = ZERO, DARK_TEXT, 5
            else:
                klass = class_of(value, bands)
                colour, ink = palette[klass], (LIGHT_TEXT if klass >= 3 else DARK_TEXT)
        tiles.append(
            Tile(
                code=code,
                iri=iri,
                name=name,
                lines=tile_lines(short_name(name, lang, abbreviations.get(iri))),
                x=col * (TILE_W + GAP),
                y=grid_row * (TILE_H + GAP),
                value=value,
                value_text=shown,
                detail=detail,
                colour=colour,
                ink=ink,
                href=page_url(iri),
                klass=klass,
            )
        )
    legend = [(palette[colour], label, colour) for _lo, _hi, label, colour in bands]
    if figure != "utilisation":
        legend.insert(0, (ZERO, text("class_zero", lang), 5))
    legend.append((NO_DATA, text("no_data", lang), -1))
    service_name = names(service) if service else ""
    figures = [
        FigureLink(
            key,
            text(f"fig_{key}", lang),
            link(figure=key, service=_slug(service)) if key == "service" else link(figure=key),
            key == figure,
        )
        for key in FIGURES
    ]
    services = sorted(
        ((_slug(iri) or iri, names(iri), iri == service) for iri in service_iris),
        key=lambda s: s[1].casefold(),
    )
    figure_label = text(f"fig_{figure}", lang) + (f": {service_name}" if figure == "service" else "")
    return TileMap(
        figure=figure,
        figure_label=figure_label,
        about=text(f"about_{figure}", lang, service=service_name),
        tiles=tiles,
        legend=legend,
        figures=figures,
        services=services,
        query_href=query_link(call),
    )


def page(data: QueryService, lang: str, names: Names, page_url: Callable[[str], str | None]) -> dict[str, Any]:
    """The template context of ``/map`` for this request (its arguments, links kept in its language)."""
    from flask import current_app, request, url_for

    for name in ("figure", "service"):
        if len(request.args.getlist(name)) > 1:
            raise BadRequest(text("repeated", lang, name=name))
    hl = request.args.get("hl")
    keep: dict[str, Any] = {"hl": hl} if hl in i18n.LANGS else {}

    def link(**values: str | None) -> str:
        args: dict[str, Any] = {**keep, **{k: v for k, v in values.items() if v}}
        return url_for("pages.tile_map", **args)

    def query_link(call: dict[str, str]) -> str | None:
        if "catalogue.run" not in current_app.view_functions:
            return None
        args: dict[str, Any] = {"format": "html", **call}
        return url_for("catalogue.run", **args)

    view = build(data, lang, request.args, names=names, page_url=page_url, link=link, query_link=query_link)
    return {
        "title": text("title", lang),
        "map": view,
        "hl": keep.get("hl"),
        "tt": lambda key, **values: text(key, lang, **values),
    }


def _slug(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def _quoted(value: str) -> str:
    """A value from the query string as an error message quotes it (short; markup is escaped where shown)."""
    return repr(value if len(value) <= 80 else value[:80] + "…")


def _chosen_service(wanted: str | None, known: list[str]) -> str | None:
    """The service asked for (its IRI, a CURIE as the catalogue and the explorer read it, or its last
    segment, as the map's links write it), None when it is not in the data; without one, Omaolo
    (else the first service). ``hgv:service/omaolo`` had been "not in the data" (R4-2, stop 43)."""
    from hankegraafi.ontology.namespaces import PREFIXES
    from hankegraafi.queries.params import expand

    if wanted and wanted.strip():
        given = wanted.strip()
        given = expand(given, PREFIXES) or given
        for iri in known:
            if given in (iri, _slug(iri)):
                return iri
        return None
    if DEFAULT_SERVICE in known:
        return DEFAULT_SERVICE
    return known[0] if known else None


__all__ = ["FIGURES", "GRID", "TileMap", "build", "class_of", "classes", "page", "short_name", "tile_lines"]
