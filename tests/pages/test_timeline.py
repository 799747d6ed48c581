"""The project page shows its documents on one time axis and the conflicts between them.

The store holds the five invented documents of tests/queries/test_one_project.py (one
project, three names, a start date and an end date in dispute). The page of the
canonical project and the page of a document's own project IRI both show the timeline;
a real Chromium reads it and the conflicts from the rendered page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.server.app import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.browser import chromium, served
from tests.pages.conftest import page_config
from tests.queries.test_one_project import write

CANONICAL = "/id/project/canonical/10/investointi-2"
RECORD = "/id/project/kymenlaakson-pilari-4-investointi-2"


@pytest.fixture(scope="module")
def timeline_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    root = tmp_path_factory.mktemp("timeline")
    folder = root / "docs"
    folder.mkdir()
    store = EmbeddedStore(root / "store")
    ingester = Ingester(store, page_config(root / "store"))
    ingester.ensure_reference_graphs()
    assert all(o.status == "stored" for o in ingester.ingest_all(write(folder)))
    app = create_app(page_config(root / "store"), store=store)
    app.extensions["hankegraafi.pages"].dump_dir = str(root / "dumps")
    yield app
    store.close()


def cells(soup: BeautifulSoup, section: str) -> list[list[str]]:
    found = soup.find("section", id=section)
    assert found is not None, f"no section {section}"
    return [[" ".join(td.get_text(" ").split()) for td in tr.find_all("td")] for tr in found.select("tbody tr")]


@pytest.mark.parametrize("path", [CANONICAL, RECORD])
def test_timeline_and_conflicts_on_the_page(timeline_app: Flask, path: str) -> None:
    r = timeline_app.test_client().get(path + ".html")
    assert r.status_code == 200, path
    soup = BeautifulSoup(r.text, "html.parser")
    rows = cells(soup, "timeline")
    assert [row[0] for row in rows] == ["2022-02-10", "2022-12-31", "2023-06-30", "2023-10-20", "2024-02-15"]
    by_day = {row[0]: row for row in rows}
    # Cumulative budget and actual as of each report; the costs light went red in mid-2023.
    assert "120 000" in by_day["2022-12-31"][4] and "260 000" in by_day["2023-06-30"][4]
    assert "385 000" in by_day["2024-02-15"][4]
    assert "kaikki suunnitellusti" in by_day["2022-12-31"][-1]
    assert "Kustannukset" in by_day["2023-06-30"][-1]
    if path == CANONICAL:
        # The goal four documents repeat is one goal, with the four documents that state it.
        goals = soup.find("section", id="goals")
        assert goals is not None
        assert goals.get_text().count("puolet palveluohjauksen yhteydenotoista") == 1
        assert len(goals.select("a[href*='/id/document/kymenlaakso-']")) == 4
    if path == RECORD:
        # The record's three reports' cost tables, each titled with its kind, day and document title.
        budget = " ".join(soup.find("section", id="budget").get_text(" ").split())
        for day in ("2022-12-31", "2023-06-30", "2024-02-15"):
            assert f"Kumulatiivinen kokonaisseuranta · tilanne päivänä {day} · Kymenlaakson" in budget
    conflicts = cells(soup, "conflicts")
    assert conflicts[[c[1] for c in conflicts].index("✔ 2024-03-31")][1:3] == ["✔ 2024-03-31", "2024-02-15"]
    assert any(c[1] == "2022-04-01" and c[2] == "2023-06-30" for c in conflicts)


@pytest.fixture(scope="module")
def live_url(timeline_app: Flask) -> Iterator[str]:
    with served(timeline_app) as url:
        yield url


@pytest.mark.browser
def test_browser_reads_the_timeline_and_the_conflicts(live_url: str) -> None:
    artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        response = page.goto(live_url + CANONICAL + "?hl=en", wait_until="networkidle")
        assert response is not None and response.status == 200
        assert "investment" in page.locator("main").inner_text().lower()[:200]
        heading = page.locator("section#timeline h2").inner_text()
        assert heading == "Timeline"
        days = page.locator("section#timeline tbody tr td:first-child").all_inner_texts()
        assert days == ["2022-02-10", "2022-12-31", "2023-06-30", "2023-10-20", "2024-02-15"]
        red = page.locator("section#timeline tbody tr").nth(2).locator("td").last.inner_text()
        assert "⚠" in red
        conflicts = page.locator("section#conflicts tbody tr").all_inner_texts()
        assert any("2022-04-01" in row and "2023-06-30" in row for row in conflicts)
        assert any("✔ 2024-03-31" in row for row in conflicts)
        page.screenshot(path=str(artifacts / "project-timeline.png"), full_page=True)


def test_the_dump_carries_the_derived_graph(timeline_app: Flask) -> None:
    """The canonical project, its records and conflicts are published with the documents' graphs."""
    import gzip

    response = timeline_app.test_client().get("/dumps/hankegraafi.nq.gz")
    try:
        assert response.status_code == 200
        quads = gzip.decompress(response.data).decode("utf-8")
    finally:
        response.close()
    canonical = "<https://w3id.org/hankegraafi/id/meta/canonical> ."
    lines = [line for line in quads.splitlines() if line.endswith(canonical)]
    assert any("ontology#CanonicalProject>" in line for line in lines)
    assert any("ontology#Conflict>" in line for line in lines)
    assert any("prov#specializationOf>" in line for line in lines)


def test_explorer_panel_links_history_and_conflicts(timeline_app: Flask) -> None:
    """The explorer's side panel of a document's project links its history and its canonical project's conflicts."""
    response = timeline_app.test_client().get(
        "/explorer/api/node", query_string={"hl": "fi", "node": "https://w3id.org/hankegraafi/id" + RECORD[3:]}
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    links = {q["name"]: q["href"] for q in response.get_json()["queries"]}
    assert "project-history" in links
    assert "canonical%2F10%2Finvestointi-2" in links["conflicts"]
    conflicts = timeline_app.test_client().get(links["conflicts"] + "&format=json").get_json()
    assert {b["property"]["value"].rsplit("#", 1)[-1] for b in conflicts["results"]["bindings"]} == {
        "startDate",
        "endDate",
    }
