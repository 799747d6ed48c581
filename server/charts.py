"""Catalogue results drawn as inline SVG charts (bars; lines over time), made on the server.

Why on the server: the chart needs no script or library (the pages' CSP allows
no inline code anyway), it is part of the page a screen reader or a crawler
reads (``<title>``, ``<desc>``, every value written out), and its numbers are
written as the pages write them (:mod:`hankegraafi.server.pages.numbers`).
Which chart fits a query is said by the query's header
(:class:`hankegraafi.queries.catalogue.Chart`); this module only draws rows.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from markupsafe import Markup, escape

from hankegraafi.queries.catalogue import MAX_SERIES, Chart
from hankegraafi.server import i18n
from hankegraafi.server.pages.numbers import money, number

#: Most bars (categories) one chart draws; the table below it has every row.
MAX_BARS = 40
#: Most x values (points in time) a line chart draws: the latest ones.
MAX_LINE_XS = 200
WIDTH = 720
#: Series colours (Okabe and Ito's, darkened to 3:1 against white) and line dashes.
COLOURS = ("#0072B2", "#C75000", "#007A5E", "#AA4499", "#8A6100", "#332288")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 2")
INK = "#1a1a1a"
GRID = "#d0d0d0"


def text(key: str, lang: str, **values: object) -> str:
    """A chart's text in ``lang``: ``chart.<key>`` of the one table (``ontology/strings.toml``)."""
    return i18n.translate(f"chart.{key}", lang, **values)


@dataclass
class Plot:
    """The numbers a chart draws: values by (x, series key), in the rows' order."""

    xs: list[str] = field(default_factory=list)
    x_labels: dict[str, str] = field(default_factory=dict)
    series: list[tuple[str, str]] = field(default_factory=list)
    values: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    dropped_x: int = 0
    dropped_series: int = 0


def local_name(value: str) -> str:
    """The last segment of an IRI (``budget`` for ``…ontology#budget``), else the value."""
    return re.split(r"[#/]", value.rstrip("/#"))[-1]


#: Largest magnitude a chart draws: beyond it a float is infinite or a tick cannot be written
#: (a literal such as "1e400" in the data gave 500s); such a value stays in the table only.
MAX_MAGNITUDE = Decimal("1e15")


def _number(cell: Mapping[str, Any] | None) -> Decimal | None:
    if not cell or cell.get("type") == "uri":
        return None
    try:
        value = Decimal(str(cell["value"]).strip())
    except (InvalidOperation, KeyError):
        return None
    if not value.is_finite() or abs(value) > MAX_MAGNITUDE:
        return None
    return value


def collect(
    chart: Chart,
    bindings: Iterable[Mapping[str, Mapping[str, Any]]],
    lang: str,
    names: Callable[[str], str] | None = None,
) -> Plot:
    """The chart's numbers from SPARQL JSON result rows (filtered, added up as the header says)."""
    plot = Plot()
    series_seen: dict[str, str] = {}
    for row in bindings:
        if not all(_matches(row.get(var), allowed) for var, allowed in chart.where):
            continue
        x_cell = row.get(chart.x)
        if not x_cell or not str(x_cell.get("value", "")).strip():
            continue
        x = str(x_cell["value"])
        for y in chart.y:
            value = _number(row.get(y))
            if value is None:
                continue
            if chart.series:
                s_cell = row.get(chart.series)
                if not s_cell:
                    continue
                key = str(s_cell["value"])
                label = chart.label(local_name(key), lang) or _name(row, chart.series, names)
            else:
                key = y
                label = chart.label(y if len(chart.y) > 1 else "y", lang) or y
            if key not in series_seen:
                if len(series_seen) >= MAX_SERIES:
                    series_seen[key] = ""
                    continue
                series_seen[key] = label
                plot.series.append((key, label))
            if not series_seen[key]:
                continue  # a series beyond the ones drawn
            if x not in plot.x_labels:
                plot.xs.append(x)
                plot.x_labels[x] = _name(row, chart.x, names)
            previous = plot.values.get((x, key))
            plot.values[(x, key)] = value + previous if chart.total and previous is not None else value
    plot.dropped_series = len([k for k, v in series_seen.items() if not v])
    return plot


def _matches(cell: Mapping[str, Any] | None, allowed: frozenset[str]) -> bool:
    if not cell:
        return False
    value = str(cell.get("value", ""))
    return value in allowed or local_name(value) in allowed


def _name(row: Mapping[str, Mapping[str, Any]], var: str, names: Callable[[str], str] | None) -> str:
    """What a chart calls a cell: an IRI by its name in the page's language (the pages' names),
    else by the row's ``<var>Label`` column (the catalogue's convention), else its last segment."""
    cell = row[var]
    value = str(cell.get("value", ""))
    if cell.get("type") != "uri":
        return value
    if names:
        return names(value)
    label = row.get(f"{var}Label")
    return str(label["value"]) if label and label.get("value") else local_name(value)


# -- numbers and scales ---------------------------------------------------------------


def nice_ticks(lo: float, hi: float, count: int = 5, *, integer: bool = False) -> list[float]:
    """Round tick values (1, 2 or 5 × 10ⁿ apart; whole numbers for counts) that cover ``lo``…``hi``."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = magnitude
    for factor in (1, 2, 2.5, 5, 10):
        step = magnitude * factor
        if raw <= step:
            break
    if integer:
        step = max(step, 1.0)
    start = (lo // step) * step
    ticks = []
    value = start
    while value < hi + step * 0.999:
        ticks.append(round(value, 10))
        value += step
        if len(ticks) > 50:  # pragma: no cover - the step above keeps it near ``count``
            break
    return ticks


def value_text(value: Decimal | float, unit: str | None, lang: str) -> str:
    """A value with its unit, written as the pages write numbers."""
    dec = Decimal(str(value))
    if unit == "EUR":
        return money(dec, lang)
    if unit == "%":
        return f"{number(dec, lang)}\u00a0%"
    return number(dec, lang)


def tick_text(value: float, lang: str) -> str:
    dec = Decimal(str(value)).normalize()
    return number(dec.quantize(Decimal(1)) if dec == dec.to_integral_value() else dec, lang)


def _time(value: str) -> float | None:
    """A date, dateTime or year as days since year 1 (None when it is none of these)."""
    text_value = value.strip()
    try:
        if re.fullmatch(r"-?[0-9]{4}", text_value):
            return float(dt.date(int(text_value), 1, 1).toordinal())
        return float(dt.date.fromisoformat(text_value[:10]).toordinal())
    except ValueError:
        return None


def _whole(values: Iterable[Decimal]) -> bool:
    return all(v == v.to_integral_value() for v in values)


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _attr(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


# -- drawing -----------------------------------------------------------------------------


def render(chart: Chart, plot: Plot, lang: str, ident: str) -> Markup | None:
    """The chart as a ``<figure>`` with inline SVG, or None when it has nothing to draw."""
    if not plot.values:
        return None
    title = chart.label("title", lang) or ""
    if chart.kind == "bar":
        svg, desc = _bars(chart, plot, lang, ident)
    else:
        svg, desc = _lines(chart, plot, lang, ident)
    notes = []
    if plot.dropped_x:
        shown = MAX_BARS if chart.kind == "bar" else MAX_LINE_XS
        key = "first_bars" if chart.kind == "bar" else "last_points"
        notes.append(text(key, lang, n=shown, of=shown + plot.dropped_x))
    if plot.dropped_series:
        notes.append(text("first_series", lang, n=len(plot.series), of=len(plot.series) + plot.dropped_series))
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'viewBox="0 0 {WIDTH} {svg[0]}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'font-family="system-ui, sans-serif" font-size="12" class="hg-chart-{chart.kind}">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
    )
    note_html = "".join(f'<p class="hg-chart-note">{escape(n)}</p>' for n in notes)
    return Markup(
        f'<figure class="hg-chart" id="{ident}" data-kind="{chart.kind}">'
        f"<figcaption>{escape(title)}</figcaption>{head}{svg[1]}</svg>{note_html}</figure>"
    )


def _legend(plot: Plot, y: float, lang: str, *, lines: bool) -> str:
    if len(plot.series) < 2:
        return ""
    parts = [f'<g class="legend" aria-label="{escape(text("legend", lang))}">']
    x = 0.0
    for i, (_key, label) in enumerate(plot.series):
        colour = COLOURS[i % len(COLOURS)]
        if lines:
            dash = f' stroke-dasharray="{DASHES[i]}"' if DASHES[i] else ""
            parts.append(
                f'<line x1="{_attr(x)}" y1="{_attr(y - 4)}" x2="{_attr(x + 22)}" y2="{_attr(y - 4)}" '
                f'stroke="{colour}" stroke-width="2.5"{dash}/>'
            )
        else:
            parts.append(f'<rect x="{_attr(x)}" y="{_attr(y - 10)}" width="12" height="12" fill="{colour}"/>')
        shown = _short(label, 40)
        parts.append(f'<text x="{_attr(x + 28)}" y="{_attr(y)}" fill="{INK}">{escape(shown)}</text>')
        x += 40 + 7 * len(shown)
    parts.append("</g>")
    return "".join(parts)


def _bars(chart: Chart, plot: Plot, lang: str, ident: str) -> tuple[tuple[int, str], str]:
    """Horizontal grouped bars: long Finnish names stay readable beside their bars."""
    xs = plot.xs[:MAX_BARS]
    plot.dropped_x = len(plot.xs) - len(xs)
    keys = [k for k, _ in plot.series]
    shown_xs = set(xs)
    values = [v for (x, _k), v in plot.values.items() if x in shown_xs]
    numbers = [float(v) for v in values]
    ticks = nice_ticks(min(0.0, *numbers), max(0.0, *numbers), integer=_whole(values))
    d0, d1 = ticks[0], ticks[-1]
    x0, x1 = 275.0, 600.0
    legend_h = 22 if len(keys) > 1 else 0
    top = 26 + legend_h
    bar_h = 13
    band = len(keys) * (bar_h + 2) + 10

    def at(value: float) -> float:
        return x0 + (value - d0) / (d1 - d0) * (x1 - x0)

    bottom = top + band * len(xs)
    height = int(bottom + 48)
    out = [
        f'<text x="0" y="14" font-weight="bold" fill="{INK}">{escape(chart.label("x", lang) or "")}</text>',
        _legend(plot, 14 + legend_h, lang, lines=False),
    ]
    for tick in ticks:
        tx = at(tick)
        out.append(
            f'<line x1="{_attr(tx)}" y1="{top - 4}" x2="{_attr(tx)}" y2="{_attr(bottom)}" stroke="{GRID}"/>'
        )
        out.append(
            f'<text x="{_attr(tx)}" y="{_attr(bottom + 16)}" text-anchor="middle" fill="{INK}">'
            f"{escape(tick_text(tick, lang))}</text>"
        )
    out.append(
        f'<text x="{_attr((x0 + x1) / 2)}" y="{_attr(bottom + 38)}" text-anchor="middle" fill="{INK}">'
        f"{escape(chart.label('y', lang) or '')}</text>"
    )
    zero = at(0.0)
    items = []
    for i, x in enumerate(xs):
        y = top + i * band
        label = plot.x_labels[x]
        mid = y + (band - 10) / 2
        out.append(
            f'<text x="{_attr(x0 - 8)}" y="{_attr(mid + 4)}" text-anchor="end" fill="{INK}">'
            f"<title>{escape(label)}</title>{escape(_short(label, 39))}</text>"
        )
        said = []
        for j, key in enumerate(keys):
            value = plot.values.get((x, key))
            if value is None:
                continue
            end = at(float(value))
            by = y + j * (bar_h + 2)
            shown = value_text(value, chart.unit, lang)
            series_label = plot.series[j][1]
            out.append(
                f'<rect class="bar" x="{_attr(min(zero, end))}" y="{_attr(by)}" width="{_attr(abs(end - zero))}" '
                f'height="{bar_h}" fill="{COLOURS[j % len(COLOURS)]}" data-x="{escape(x)}" '
                f'data-series="{escape(key)}" data-value="{value}">'
                f"<title>{escape(label)} — {escape(series_label)}: {escape(shown)}</title></rect>"
            )
            out.append(
                f'<text class="val" x="{_attr(max(zero, end) + 4)}" y="{_attr(by + bar_h - 2)}" fill="{INK}">'
                f"{escape(shown)}</text>"
            )
            said.append(f"{series_label} {shown}" if len(keys) > 1 else shown)
        items.append(f"{label} {', '.join(said)}")
    out.append(
        f'<line x1="{_attr(zero)}" y1="{top - 4}" x2="{_attr(zero)}" y2="{_attr(bottom)}" stroke="{INK}"/>'
    )
    desc = text("bar_desc", lang, n=len(xs), items="; ".join(items[:12]) + ("; …" if len(items) > 12 else ""))
    return (height, "".join(out)), desc


def _lines(chart: Chart, plot: Plot, lang: str, ident: str) -> tuple[tuple[int, str], str]:
    """Each series as a line over its x values: a time axis when every x is a date or a year."""
    times = {x: _time(x) for x in plot.xs}
    timed = all(t is not None for t in times.values())
    order = sorted(plot.xs, key=lambda x: times[x] or 0.0) if timed else list(plot.xs)
    if len(order) > MAX_LINE_XS:
        plot.dropped_x = len(order) - MAX_LINE_XS
        order = order[-MAX_LINE_XS:]
        kept = set(order)
        plot.values = {key: v for key, v in plot.values.items() if key[0] in kept}
        times = {x: times[x] for x in order}
    if timed:
        t_lo = min(t for t in times.values() if t is not None)
        t_hi = max(t for t in times.values() if t is not None)
    numbers = [float(v) for v in plot.values.values()]
    # Headroom above the highest point for the values written over the points.
    lo, hi = min(0.0, *numbers), max(0.0, *numbers)
    ticks = nice_ticks(lo, hi + (hi - lo) * 0.12, integer=_whole(plot.values.values()))
    d0, d1 = ticks[0], ticks[-1]
    legend_h = 22 if len(plot.series) > 1 else 0
    x0, x1 = 90.0, 690.0
    top, bottom = 34.0 + legend_h, 254.0 + legend_h
    height = int(bottom + 56)

    def px(x: str) -> float:
        if timed and t_hi > t_lo:
            return x0 + ((times[x] or 0.0) - t_lo) / (t_hi - t_lo) * (x1 - x0)
        if len(order) == 1:
            return (x0 + x1) / 2
        return x0 + order.index(x) / (len(order) - 1) * (x1 - x0)

    def py(value: float) -> float:
        return bottom - (value - d0) / (d1 - d0) * (bottom - top)

    out = [
        f'<text x="0" y="14" font-weight="bold" fill="{INK}">{escape(chart.label("y", lang) or "")}</text>',
        _legend(plot, 14 + legend_h, lang, lines=True),
    ]
    for tick in ticks:
        ty = py(tick)
        out.append(f'<line x1="{x0}" y1="{_attr(ty)}" x2="{x1}" y2="{_attr(ty)}" stroke="{GRID}"/>')
        out.append(
            f'<text x="{_attr(x0 - 6)}" y="{_attr(ty + 4)}" text-anchor="end" fill="{INK}">'
            f"{escape(tick_text(tick, lang))}</text>"
        )
    labelled = order if len(order) <= 8 else [order[round(i * (len(order) - 1) / 5)] for i in range(6)]
    for x in dict.fromkeys(labelled):
        out.append(
            f'<text x="{_attr(px(x))}" y="{_attr(bottom + 18)}" text-anchor="middle" fill="{INK}">'
            f"{escape(_short(plot.x_labels[x], 24))}</text>"
        )
    out.append(f'<line x1="{x0}" y1="{_attr(bottom)}" x2="{x1}" y2="{_attr(bottom)}" stroke="{INK}"/>')
    out.append(
        f'<text x="{_attr((x0 + x1) / 2)}" y="{_attr(bottom + 42)}" text-anchor="middle" fill="{INK}">'
        f"{escape(chart.label('x', lang) or '')}</text>"
    )
    points = len(plot.values)
    items = []
    for j, (key, label) in enumerate(plot.series):
        colour = COLOURS[j % len(COLOURS)]
        xs = [x for x in order if (x, key) in plot.values]
        coords = [(px(x), py(float(plot.values[(x, key)]))) for x in xs]
        if len(coords) > 1:
            dash = f' stroke-dasharray="{DASHES[j]}"' if DASHES[j] else ""
            path = " ".join(f"{_attr(a)},{_attr(b)}" for a, b in coords)
            out.append(
                f'<polyline class="line" points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"'
                f' data-series="{escape(key)}"{dash}/>'
            )
        for x, (cx, cy) in zip(xs, coords, strict=True):
            value = plot.values[(x, key)]
            shown = value_text(value, chart.unit, lang)
            out.append(
                f'<circle class="point" cx="{_attr(cx)}" cy="{_attr(cy)}" r="4" fill="{colour}" '
                f'data-x="{escape(x)}" data-series="{escape(key)}" data-value="{value}">'
                f"<title>{escape(label)}, {escape(plot.x_labels[x])}: {escape(shown)}</title></circle>"
            )
            if points <= 16:
                out.append(
                    f'<text class="val" x="{_attr(cx)}" y="{_attr(cy - 8 - 12 * j)}" text-anchor="middle" '
                    f'fill="{colour}">{escape(shown)}</text>'
                )
            items.append(f"{label} {plot.x_labels[x]}: {shown}")
    desc = text("line_desc", lang, n=points, items="; ".join(items[:16]) + ("; …" if len(items) > 16 else ""))
    return (height, "".join(out)), desc


def charts_for(
    query_charts: Iterable[Chart],
    data: Mapping[str, Any],
    lang: str,
    names: Callable[[str], str] | None = None,
) -> list[Markup]:
    """Every chart of a query that has something to draw in these SPARQL JSON results."""
    bindings = data.get("results", {}).get("bindings", [])
    out = []
    for i, chart in enumerate(query_charts):
        figure = render(chart, collect(chart, bindings, lang, names), lang, f"hg-chart-{i + 1}")
        if figure is not None:
            out.append(figure)
    return out


__all__ = ["MAX_BARS", "MAX_LINE_XS", "Plot", "charts_for", "collect", "nice_ticks", "render", "value_text"]
