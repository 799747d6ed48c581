"""The county tile map (/map) on the ingested samples, and a browser that uses it.

The figures the map shows are checked against the catalogue queries run
directly on the store (not through the server), so the map and the query's
table must agree. The browser test opens the map in Chromium, switches the
figure with its links and its form (no script on the page), reads the
tiles' colours and links, and follows a tile to its county page; it keeps
screenshots of the map, a chart and a project page in fi, sv and en.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from lxml import html as lxml_html

from hankegraafi.queries.catalogue import run as run_query
from hankegraafi.server.pages import tilemap
from hankegraafi.store.embedded import EmbeddedStore
from tests.browser import chromium, served
from tests.web import checkers

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/"
OMAOLO = "https://w3id.org/hankegraafi/vocab/service/omaolo"
CANONICAL = "https://w3id.org/hankegraafi/id/project/canonical/21/investointi-1"


def tiles(client: FlaskClient, url: str) -> dict[str, dict[str, str]]:
    """Each tile of the map page by its county code: its fill, value, class and link."""
    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    doc = lxml_html.fromstring(response.data)
    out = {}
    for tile in doc.xpath("//svg[@class='tilemap']/*[contains(@class, 'tile')]"):
        rect = tile.xpath("./rect")[0]
        out[tile.get("data-code")] = {
            "fill": rect.get("fill"),
            "value": rect.get("data-value") or "",
            "class": rect.get("data-class"),
            "href": tile.get("href") or "",
            "label": tile.get("aria-label"),
            "text": " ".join(t.text_content() for t in tile.xpath("./text")),
        }
    return out


def test_the_map_draws_the_22_areas_each_once_in_its_own_place(client: FlaskClient) -> None:
    drawn = tiles(client, "/map?hl=fi")
    assert set(drawn) == set(tilemap.GRID)
    assert len(drawn) == 22
    assert len(set(tilemap.GRID.values())) == 22  # no two areas on one tile
    # North at the top, Helsinki at the bottom, Satakunta west of Kainuu.
    assert tilemap.GRID["21"][1] == 0 and tilemap.GRID["90"][1] == max(r for _, r in tilemap.GRID.values())
    assert tilemap.GRID["06"][0] < tilemap.GRID["20"][0]
    # Every tile links to its county's page.
    for code, tile in drawn.items():
        assert tile["href"] == f"/vocab/county/{code}.html"


def test_budget_utilisation_is_the_catalogue_query_added_up_per_county(
    client: FlaskClient, demo_store: EmbeddedStore
) -> None:
    budget: dict[str, Decimal] = defaultdict(Decimal)
    actual: dict[str, Decimal] = defaultdict(Decimal)
    for row in run_query(demo_store, "budget-by-region", {}).dicts():
        code = str(row["region"]).removeprefix(COUNTY)
        budget[code] += Decimal(str(row["budget"]))
        actual[code] += Decimal(str(row["actual"] or 0))
    assert len(budget) >= 3, budget  # the samples have figures for several counties
    drawn = tiles(client, "/map?figure=utilisation&hl=fi")
    for code, tile in drawn.items():
        if code in budget:
            expected = (actual[code] * 100 / budget[code]).quantize(Decimal("0.1"))
            assert Decimal(tile["value"]) == expected, code
            assert tile["text"].endswith(f"{str(expected).replace('.', ',')} %")
            assert tile["fill"] in tilemap.PALETTES["utilisation"]
        else:
            # No figures: grey, and the tile says so.
            assert tile["value"] == ""
            assert tile["fill"] == tilemap.NO_DATA
            assert "ei tietoja" in tile["text"]


def test_dependencies_on_a_service_count_the_dependent_projects(
    client: FlaskClient, demo_store: EmbeddedStore
) -> None:
    per_county: dict[str, set[str]] = defaultdict(set)
    for row in run_query(demo_store, "regions-depending-on", {"node": OMAOLO}).dicts():
        per_county[str(row["region"]).removeprefix(COUNTY)].add(str(row["project"]))
    assert per_county, "the samples have projects depending on Omaolo"
    drawn = tiles(client, "/map?figure=service&service=omaolo&hl=en")
    for code, projects in per_county.items():
        assert Decimal(drawn[code]["value"]) == len(projects)
        assert drawn[code]["fill"] in tilemap.PALETTES["service"]
    # A county with projects but none depending on Omaolo shows 0 in white, not "no data".
    zeros = [c for c, t in drawn.items() if t["value"] == "0"]
    assert zeros and all(drawn[c]["fill"] == tilemap.ZERO for c in zeros)
    # The page names the service, and links the query the numbers come from.
    page = client.get("/map?figure=service&service=omaolo&hl=en").get_data(as_text=True)
    assert "Dependencies on a service: Omaolo" in page
    assert "/queries/regions-depending-on?format=html&amp;node=https" in page


def test_the_map_speaks_the_page_language_and_survives_odd_arguments(client: FlaskClient) -> None:
    titles = {}
    for lang in ("fi", "sv", "en"):
        doc = lxml_html.fromstring(client.get(f"/map?hl={lang}").data)
        titles[lang] = doc.xpath("string(//h1)")
        assert doc.get("lang") == lang
        # The figure links keep the page's language.
        assert all(f"hl={lang}" in a.get("href") for a in doc.xpath("//nav[@class='figures']//a"))
    assert titles == {
        "fi": "Hyvinvointialueet kartalla",
        "sv": "Välfärdsområdena på kartan",
        "en": "Counties on a map",
    }
    sv = tiles(client, "/map?hl=sv&figure=projects")
    assert "Lappland" in sv["21"]["text"] and "Lapplands välfärdsområde" in sv["21"]["label"]
    # An unknown figure or service is a clear error naming the parameter (not another map silently);
    # the full service IRI works as its last segment does.
    wrong = client.get("/map?figure=nonsense&hl=en", headers={"Accept": "text/plain"})
    assert wrong.status_code == 400 and "parameter 'figure'" in wrong.get_data(as_text=True)
    missing = client.get("/map?figure=service&service=<x>&hl=en", headers={"Accept": "text/plain"})
    assert missing.status_code == 404 and "parameter 'service'" in missing.get_data(as_text=True)
    assert tiles(client, f"/map?figure=service&service={OMAOLO}") == tiles(
        client, "/map?figure=service&service=omaolo"
    )


def test_the_home_page_links_the_map(client: FlaskClient) -> None:
    doc = lxml_html.fromstring(client.get("/?hl=en").data)
    assert doc.xpath("//a[@href='/map']/text()") == ["Counties on a map"]


def test_colour_classes_follow_the_numbers() -> None:
    bands = tilemap.classes("utilisation", [], "fi")
    assert [label for *_rest, label, _colour in bands] == [
        "< 25 %",
        "25–50 %",
        "50–75 %",
        "75–100 %",
        "≥ 100 %",
    ]
    assert [tilemap.class_of(Decimal(v), bands) for v in ("0", "24.9", "25", "81.2", "99.9", "100", "250")] == [
        0,
        0,
        1,
        3,
        3,
        4,
        4,
    ]
    # Counts: as many classes as values up to five, far apart in the palette when they are few.
    two = tilemap.classes("deviations", [Decimal(1), Decimal(2)], "en")
    assert [(label, colour) for _lo, _hi, label, colour in two] == [("1", 1), ("2", 3)]
    many = tilemap.classes("service", [Decimal(3), Decimal(23)], "fi")
    assert [label for _lo, _hi, label, _c in many] == ["1–5", "6–10", "11–15", "16–20", "21–25"]
    assert tilemap.class_of(Decimal(23), many) == 4 and tilemap.class_of(Decimal(6), many) == 1


def test_tile_names_are_short_and_fit_two_lines() -> None:
    assert tilemap.short_name("Lapin hyvinvointialue", "fi", "Lapin HVA") == "Lapin HVA"
    assert tilemap.short_name("Helsingin kaupunki", "fi", None) == "Helsingin kaupunki"
    assert tilemap.short_name("Mellersta Österbottens välfärdsområde", "sv") == "Mellersta Österbotten"
    assert tilemap.short_name("Norra Savolax välfärdsområde", "sv") == "Norra Savolax"
    assert tilemap.short_name("Kainuu wellbeing services county", "en") == "Kainuu"
    assert tilemap.tile_lines("Pohjois-Pohjanmaan HVA") == ["Pohjois-", "Pohjanmaan HVA"]
    assert tilemap.tile_lines("Vantaa and Kerava") == ["Vantaa and", "Kerava"]
    assert tilemap.tile_lines("Lapland") == ["Lapland"]


# -- in a browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live_url(app: Flask) -> Iterator[str]:
    with served(app) as url:
        yield url


def _read_tiles(page: Any) -> dict[str, tuple[str, str]]:
    """(computed fill, link) of each tile, as the browser has them."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('svg.tilemap .tile')].map(t => [
            t.dataset.code, [getComputedStyle(t.querySelector('rect')).fill, t.getAttribute('href') || '']]))"""
    )


@pytest.mark.browser
def test_a_browser_switches_the_figure_and_follows_a_tile(live_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 1000})
        page.on(
            "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        page.goto(live_url + "/map?hl=fi", wait_until="load")
        assert page.locator("h1").inner_text() == "Hyvinvointialueet kartalla"
        first = _read_tiles(page)
        assert len(first) == 22
        assert checkers.blocking(checkers.run_axe(page)) == []  # no critical or serious axe violation
        page.screenshot(path=str(ARTIFACTS / "tilemap-fi.png"), full_page=True)

        # Switch the figure with its link: the coloured tiles change colour.
        page.locator("nav.figures a[data-figure='deviations']").click()
        page.wait_for_url("**figure=deviations**", wait_until="load")
        assert page.locator("nav.figures a[aria-current='page']").get_attribute("data-figure") == "deviations"
        second = _read_tiles(page)
        grey = _rgb(tilemap.NO_DATA)
        coloured = [c for c in first if first[c][0] != grey and second[c][0] != grey]
        assert coloured, (first, second)
        assert all(first[c][0] != second[c][0] for c in coloured)
        assert {link for _fill, link in second.values()} == {link for _fill, link in first.values()}

        # And with the form (a plain GET, no script): Omaolo's dependents in green.
        page.locator("#tm-service").select_option("omaolo")
        page.locator("form.service-pick button").click()
        page.wait_for_url("**figure=service**", wait_until="load")
        assert "service=omaolo" in page.url
        third = _read_tiles(page)
        greens = {_rgb(c) for c in tilemap.PALETTES["service"]}
        assert any(fill in greens for fill, _ in third.values())
        for lang in ("sv", "en"):
            page.goto(live_url + f"/map?hl={lang}", wait_until="load")
            page.screenshot(path=str(ARTIFACTS / f"tilemap-{lang}.png"), full_page=True)

        # A tile leads to its county's page, which answers.
        page.goto(live_url + "/map?hl=en", wait_until="load")
        page.locator("svg.tilemap a.tile[data-code='21']").click()
        page.wait_for_url("**/vocab/county/21.html", wait_until="load")
        assert page.locator("h1").inner_text() == "Lapland wellbeing services county"

        # A chart of a catalogue query, and a project page in each language.
        page.goto(live_url + "/queries/budget-by-region?format=html&hl=en", wait_until="load")
        bars = page.locator("figure.hg-chart rect.bar")
        assert bars.count() >= 4
        caption = page.locator("figure.hg-chart figcaption").first.inner_text()
        assert caption.startswith("Budget and actual costs")
        assert checkers.blocking(checkers.run_axe(page)) == []
        page.locator("figure.hg-chart").first.screenshot(path=str(ARTIFACTS / "chart-budget-by-region.png"))
        history = "/queries/project-history?format=html&hl=fi&project=" + CANONICAL
        page.goto(live_url + history, wait_until="load")
        assert page.locator("figure.hg-chart[data-kind='line'] circle.point").count() >= 2  # budget and actual
        page.locator("figure.hg-chart").first.screenshot(path=str(ARTIFACTS / "chart-project-history.png"))
        for lang in ("fi", "sv", "en"):
            page.goto(live_url + f"/id/project/lapin-pilari-4-investointi-1?hl={lang}", wait_until="load")
            assert page.locator("html").get_attribute("lang") == lang
            page.screenshot(path=str(ARTIFACTS / f"project-{lang}.png"))  # the top of the page: fast
    assert not problems, problems


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"
