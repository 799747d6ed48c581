"""Search finds inflected Finnish forms, grouped by type; facets narrow the projects."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

COUNTY_21 = "https://w3id.org/hankegraafi/vocab/county/21"


def results(client: FlaskClient, query: str) -> dict[str, list[str]]:
    page = client.get(f"/search?q={quote(query)}&hl=fi")
    assert page.status_code == 200
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    out = {}
    for section in soup.select("main section"):
        heading = section.h2.get_text().rsplit(" (", 1)[0]
        out[heading] = [a.get_text() for a in section.select("li a")]
    return out


@pytest.mark.parametrize(
    ("query", "group", "name"),
    [
        ("Omaolon", "Digitaaliset palvelut", "Omaolo"),
        ("Tarmoaan", "Digitaaliset palvelut", "Tarmoa"),
        ("Satakunnan hyvinvointialueella", "Hyvinvointialueet", "Satakunnan hyvinvointialue"),
        ("perhekeskuksen", "Digitaaliset palvelut", "Sähköinen perhekeskus"),
        ("DigiFinlandin", "Kansalliset toimijat", "DigiFinland Oy"),
        ("THL:n", "Kansalliset toimijat", "Terveyden ja hyvinvoinnin laitos"),
        ("Lapin", "Hyvinvointialueet", "Lapin hyvinvointialue"),
        ("kestävän kasvun Lapin", "Hankkeet", "Kestävän kasvun Lappi"),
        ("Rovaniemellä", "Kunnat", "Rovaniemi"),
    ],
)
def test_inflected_forms_are_found(client: FlaskClient, query: str, group: str, name: str) -> None:
    found = results(client, query)
    assert name in found.get(group, []), found


def test_results_are_grouped_by_type(client: FlaskClient) -> None:
    found = results(client, "Omaolo")
    assert "Omaolo" in found["Digitaaliset palvelut"]
    assert "Omaolo" in found["Osaprojektit"]
    assert any("Omaolon laajennus" in n for n in found["Investoinnit"])
    assert results(client, "xyzzyplugh") == {}


def test_browse_facets(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/browse?hl=fi").get_data(as_text=True), "html.parser")
    assert (
        page.find("h2", id="h-results").get_text() == "20 hanketta"
    )  # the 19 of the samples and the invented one
    region = page.find("section", attrs={"aria-labelledby": "f-region"})
    counts = {a.get_text(): li.get_text() for li in region.select("li") for a in li.select("a")}
    assert "(6)" in counts["Lapin hyvinvointialue"]  # five from the samples, one invented
    narrowed = client.get(f"/browse?region={quote(COUNTY_21, safe='')}&hl=fi")
    soup = BeautifulSoup(narrowed.get_data(as_text=True), "html.parser")
    assert soup.find("h2", id="h-results").get_text() == "6 hanketta"
    names = [a.get_text() for a in soup.select("section.results tbody a")]
    assert "Lapin Pilari 4, Investointi 1" in names and "Kestävän kasvun hanke" not in names
    both = client.get(f"/browse?region={quote(COUNTY_21, safe='')}&year=2023&hl=fi")
    soup = BeautifulSoup(both.get_data(as_text=True), "html.parser")
    rows = soup.select("section.results tbody tr")
    assert 0 < len(rows) < 6
    assert all("2023" in r.find_all("td")[3].get_text() or r.find_all("td")[3].get_text() == "" for r in rows)
    # Facet links deeper than one choice are not for crawlers (the combinations are many).
    assert all(
        a.get("rel") == ["nofollow"] for a in soup.select("aside ul.facet a") if a.get_text() != "poista"
    )
