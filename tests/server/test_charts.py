"""Charts of catalogue results: the ``# chart:`` header and the SVG drawn from result rows.

The header is read by :func:`parse_query_file` (one parser for the whole
header); the SVG by :mod:`hankegraafi.server.charts` from SPARQL JSON rows as
``/queries/NAME`` gets them. The drawings are checked by their geometry: a
bar's length and a point's place follow the numbers.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from hankegraafi.queries.catalogue import CatalogueFileError, Chart, load_catalogue, parse_query_file
from hankegraafi.server import charts

SVG = "{http://www.w3.org/2000/svg}"

HEADER = """# name: x
# title@fi: Testi
# title@en: Test
# description@fi: Testikysely.
# description@en: A test query.
# column: area string en="Area" fi="Alue"
# column: kind string en="Kind" fi="Laji"
# column: budget decimal en="Budget" fi="Budjetti"
# column: actual decimal en="Actual" fi="Toteuma"
"""
BODY = "SELECT ?area ?kind ?budget ?actual WHERE { }\n"
LABELS = """# chart@fi: title="Budjetti alueittain" x="Alue" y="Euroa" budget="Budjetti" actual="Toteuma"
# chart@sv: title="Budget per område" x="Område" y="Euro" budget="Budget" actual="Utfall"
# chart@en: title="Budget by area" x="Area" y="Euro" budget="Budget" actual="Actual"
"""


def parse(chart_lines: str) -> Chart:
    query = parse_query_file("x.rq", HEADER + chart_lines + BODY)
    assert len(query.charts) == 1
    return query.charts[0]


def test_a_chart_line_and_its_labels_are_read() -> None:
    chart = parse("# chart: bar x=?area y=?budget,?actual where=?kind=total|sum sum unit=EUR\n" + LABELS)
    assert chart.kind == "bar"
    assert chart.x == "area"
    assert chart.y == ("budget", "actual")
    assert chart.where == (("kind", frozenset({"total", "sum"})),)
    assert chart.total is True
    assert chart.unit == "EUR"
    assert chart.label("title", "sv") == "Budget per område"
    assert chart.label("actual", "en") == "Actual"
    assert chart.label("nothing", "fi") is None


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("# chart: pie x=?area y=?budget\n" + LABELS, "kind first"),
        ("# chart: bar x=?area y=?missing\n" + LABELS, "undeclared column(s): missing"),
        ("# chart: bar x=?area\n" + LABELS, "needs x=?column and y=?column"),
        ("# chart: bar x=?area y=?budget unit=USD\n" + LABELS, "unit is EUR or %"),
        ("# chart: bar x=?area y=?budget where=?kind\n" + LABELS, "where needs"),
        ("# chart: bar x=?area y=?budget stacked\n" + LABELS, "unknown flag"),
        ("# chart: line x=?area y=?budget,?actual series=?kind\n" + LABELS, "one y column"),
        ('# chart@fi: title="T" x="X" y="Y"\n', "before any chart line"),
        # Every chart is named in Finnish, Swedish and English; two series need a name each.
        (
            "# chart: bar x=?area y=?budget,?actual\n" + LABELS.replace('actual="Utfall"', ""),
            "chart@sv lacks actual",
        ),
        (
            "# chart: bar x=?area y=?budget\n" + LABELS.splitlines(keepends=True)[0],
            "chart@sv lacks title, x, y",
        ),
    ],
)
def test_a_wrong_chart_header_names_the_problem(lines: str, message: str) -> None:
    with pytest.raises(CatalogueFileError, match=r"x\.rq") as caught:
        parse(lines)
    assert message in str(caught.value)


def test_the_catalogue_asks_for_bars_and_a_line_over_time() -> None:
    catalogue = load_catalogue()
    budget = catalogue["budget-by-region"].charts[0]
    assert (budget.kind, budget.x, budget.y, budget.total, budget.unit) == (
        "bar",
        "region",
        ("budget", "actual"),
        True,
        "EUR",
    )
    assert catalogue["outputs-by-type"].charts[0].kind == "bar"
    history = catalogue["project-history"].charts[0]
    assert (history.kind, history.x, history.series) == ("line", "documentDate", "property")
    # Every chart of the catalogue is named in all three languages.
    for query in catalogue.values():
        for chart in query.charts:
            for lang in ("fi", "sv", "en"):
                assert chart.labels[lang]["title"], (query.name, lang)


def lit(value: str, datatype: str | None = None) -> dict[str, str]:
    cell = {"type": "literal", "value": value}
    if datatype:
        cell["datatype"] = datatype
    return cell


def row(area: str, budget: str, actual: str | None, kind: str = "total") -> dict[str, dict[str, str]]:
    out = {"area": lit(area), "kind": lit(kind), "budget": lit(budget)}
    if actual is not None:
        out["actual"] = lit(actual)
    return out


def draw(chart: Chart, rows: list[dict[str, dict[str, str]]], lang: str = "fi") -> ET.Element:
    figures = charts.charts_for([chart], {"results": {"bindings": rows}}, lang)
    assert len(figures) == 1
    figure = ET.fromstring(str(figures[0]))
    svg = figure.find(f"{SVG}svg")
    assert svg is not None
    return svg


BAR = "# chart: bar x=?area y=?budget,?actual where=?kind=total sum unit=EUR\n" + LABELS


def test_bar_lengths_are_proportional_to_the_numbers_and_rows_are_added_up() -> None:
    chart = parse(BAR)
    rows = [
        row("Lappi", "1000000", "880745"),
        row("Lappi", "460000", "304400"),  # added to the row above (sum)
        row("Kainuu", "370000", "267100"),
        row("Kainuu", "999999999", "1", kind="line"),  # left out by where=?kind=total
        row("Pirkanmaa", "120000", None),  # no actual: one bar only
    ]
    svg = draw(chart, rows)
    bars = {
        (b.get("data-x"), b.get("data-series")): b for b in svg.iter(f"{SVG}rect") if b.get("class") == "bar"
    }
    assert set(bars) == {
        ("Lappi", "budget"),
        ("Lappi", "actual"),
        ("Kainuu", "budget"),
        ("Kainuu", "actual"),
        ("Pirkanmaa", "budget"),
    }
    assert Decimal(bars[("Lappi", "budget")].get("data-value") or "") == Decimal(1460000)
    assert Decimal(bars[("Lappi", "actual")].get("data-value") or "") == Decimal(1185145)
    widths = {key: float(bar.get("width") or 0) for key, bar in bars.items()}
    per_euro = widths[("Lappi", "budget")] / 1460000
    expected = {
        ("Lappi", "actual"): 1185145,
        ("Kainuu", "budget"): 370000,
        ("Kainuu", "actual"): 267100,
        ("Pirkanmaa", "budget"): 120000,
    }
    for key, euros in expected.items():
        assert widths[key] == pytest.approx(euros * per_euro, abs=0.1), key
    # Every bar starts at the zero line, in the order of the rows, budget before actual.
    assert len({bar.get("x") for bar in bars.values()}) == 1
    ys = [
        float(bars[key].get("y") or 0)
        for key in [("Lappi", "budget"), ("Lappi", "actual"), ("Kainuu", "budget")]
    ]
    assert ys == sorted(ys)
    # The values are written out as the pages write money (Finnish: narrow no-break space, no-break space, €).
    values = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "val"]
    assert "1\u202f460\u202f000\u00a0€" in values
    assert "1\u202f185\u202f145\u00a0€" in values


def test_a_chart_has_a_title_a_description_and_labels_in_the_page_language() -> None:
    chart = parse(BAR)
    svg = draw(chart, [row("Lappi", "1000", "500"), row("Kainuu", "2000", "2500")], lang="en")
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and title.text == "Budget by area"
    assert desc is not None and desc.text is not None
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    # The description says every value, in English number format.
    assert "Lappi Budget 1,000\u00a0€, Actual 500\u00a0€" in desc.text
    assert "Kainuu Budget 2,000\u00a0€, Actual 2,500\u00a0€" in desc.text
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Area" in texts and "Euro" in texts  # the axis labels
    legend = [t.text for g in svg.iter(f"{SVG}g") if g.get("class") == "legend" for t in g.iter(f"{SVG}text")]
    assert legend == ["Budget", "Actual"]
    sv = draw(chart, [row("Lappi", "1000", "500")], lang="sv")
    assert next(t.text for t in sv.iter(f"{SVG}title")) == "Budget per område"


def test_an_iri_is_named_in_the_page_language_else_by_its_label_column() -> None:
    header = HEADER.replace(
        '# column: area string en="Area" fi="Alue"', '# column: area iri en="Area" fi="Alue"'
    )
    header += '# column: areaLabel string en="Name" fi="Nimi"\n'
    query = parse_query_file("x.rq", header + BAR + BODY.replace("?area ", "?area ?areaLabel "))
    cells = {
        "area": {"type": "uri", "value": "https://w3id.org/hankegraafi/vocab/county/21"},
        "areaLabel": lit("Lapin hyvinvointialue"),
        "kind": lit("total"),
        "budget": lit("10"),
    }
    data = {"results": {"bindings": [cells]}}

    def shown(figure: object) -> list[str | None]:
        svg = ET.fromstring(str(figure)).find(f"{SVG}svg")
        assert svg is not None
        return [t.text for t in svg.iter(f"{SVG}title") if t.text and "—" not in t.text][1:]

    # With the pages' names (the app's label index): the page's language.
    names = {"https://w3id.org/hankegraafi/vocab/county/21": "Lapland wellbeing services county"}
    (figure,) = charts.charts_for(query.charts, data, "en", names.__getitem__)
    assert shown(figure) == ["Lapland wellbeing services county"]
    # Without them (an endpoint without pages): the row's label column.
    (figure,) = charts.charts_for(query.charts, data, "en")
    assert shown(figure) == ["Lapin hyvinvointialue"]


def test_names_in_the_rows_are_escaped() -> None:
    chart = parse(BAR)
    figures = charts.charts_for(
        [chart], {"results": {"bindings": [row('<script>alert("x")</script>', "10", "5")]}}, "fi"
    )
    html = str(figures[0])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    ET.fromstring(html)  # still well-formed


def test_a_chart_without_numbers_is_not_drawn() -> None:
    chart = parse(BAR)
    assert charts.charts_for([chart], {"results": {"bindings": [row("Lappi", "n/a", None)]}}, "fi") == []
    assert charts.charts_for([chart], {"boolean": True}, "fi") == []


LINE = """# chart: line x=?area y=?budget series=?kind unit=%
# chart@fi: title="Aikasarja" x="Päivä" y="Prosenttia"
# chart@sv: title="Tidsserie" x="Dag" y="Procent"
# chart@en: title="Time series" x="Day" y="Per cent"
"""


def test_a_line_runs_over_a_time_axis_with_points_placed_by_date_and_value() -> None:
    chart = parse(LINE)
    days = ["2022-01-01", "2023-01-01", "2024-07-01"]
    rows = [
        {"area": lit(days[2], "xsd:date"), "kind": lit("progress"), "budget": lit("85")},
        {"area": lit(days[0], "xsd:date"), "kind": lit("progress"), "budget": lit("10")},
        {"area": lit(days[1], "xsd:date"), "kind": lit("progress"), "budget": lit("40")},
        {"area": lit(days[1], "xsd:date"), "kind": lit("other"), "budget": lit("20")},
    ]
    svg = draw(chart, rows, lang="fi")
    points = [c for c in svg.iter(f"{SVG}circle") if c.get("data-series") == "progress"]
    assert [p.get("data-x") for p in points] == days  # sorted by time, not by row order
    xs = [float(p.get("cx") or 0) for p in points]
    ordinals = [dt.date.fromisoformat(d).toordinal() for d in days]
    # Positions follow the days between the dates (not equal steps).
    assert (xs[1] - xs[0]) / (xs[2] - xs[0]) == pytest.approx(
        (ordinals[1] - ordinals[0]) / (ordinals[2] - ordinals[0]), abs=0.002
    )
    ys = [float(p.get("cy") or 0) for p in points]
    # Heights above the baseline are proportional to the values 10, 40, 85 (0 is on the axis).
    baseline = max(
        float(line.get("y1") or 0) for line in svg.iter(f"{SVG}line") if line.get("stroke") == charts.INK
    )
    heights = [baseline - y for y in ys]
    assert heights[1] / heights[0] == pytest.approx(4.0, rel=0.01)
    assert heights[2] / heights[0] == pytest.approx(8.5, rel=0.01)
    lines = [p for p in svg.iter(f"{SVG}polyline") if p.get("data-series") == "progress"]
    assert len(lines) == 1 and len((lines[0].get("points") or "").split()) == 3
    # The other series has one point and no line; both are in the legend.
    assert [c.get("data-series") for c in svg.iter(f"{SVG}circle")].count("other") == 1
    values = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "val"]
    assert "85\u00a0%" in values and "40\u00a0%" in values


def test_long_results_are_cut_to_a_readable_chart_and_say_so() -> None:
    bars = parse(BAR)
    rows = [row(f"Alue {i:03d}", str(i + 1), None) for i in range(charts.MAX_BARS + 5)]
    (figure,) = charts.charts_for([bars], {"results": {"bindings": rows}}, "en")
    doc = ET.fromstring(str(figure))
    drawn = [r.get("data-x") for r in doc.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert drawn == [f"Alue {i:03d}" for i in range(charts.MAX_BARS)]  # the first ones, in the rows' order
    assert (
        doc.findtext("p")
        == f"The chart shows the first {charts.MAX_BARS} of {charts.MAX_BARS + 5} categories; the table has every row."
    )
    line = parse(LINE)
    start = dt.date(2020, 1, 1)
    days = [(start + dt.timedelta(days=i)).isoformat() for i in range(charts.MAX_LINE_XS + 3)]
    rows = [{"area": lit(d), "kind": lit("k"), "budget": lit(str(i))} for i, d in enumerate(reversed(days))]
    (figure,) = charts.charts_for([line], {"results": {"bindings": rows}}, "fi")
    doc = ET.fromstring(str(figure))
    points = [c.get("data-x") for c in doc.iter(f"{SVG}circle")]
    assert points == days[3:]  # the latest, in time order
    assert (
        doc.findtext("p")
        == f"Kaaviossa {charts.MAX_LINE_XS} viimeisintä {charts.MAX_LINE_XS + 3} ajankohdasta; taulukossa kaikki rivit."
    )


def test_ticks_are_round_numbers_that_cover_the_values() -> None:
    assert charts.nice_ticks(0, 1_460_000) == [0, 500_000, 1_000_000, 1_500_000]
    assert charts.nice_ticks(0, 3, integer=True) == [0, 1, 2, 3]
    assert charts.nice_ticks(-50, 120)[0] <= -50
