"""The pages are valid HTML5 and accessible: landmarks, headings, labels, language, contrast."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import html5lib
import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

PAGES = [
    "/",
    "/search?q=Omaolon",
    "/search?q=ei+mitään+tällaista",
    "/browse",
    "/browse?region=https%3A%2F%2Fw3id.org%2Fhankegraafi%2Fvocab%2Fcounty%2F21",
    "/.well-known/void",
    "/id/dataset.html",
    "/id/project/lapin-pilari-4-investointi-1.html",
    "/id/project/kestavan-kasvun-lappi.html",
    "/id/project/keski-suomen-pilari-4-investointi-2.html",
    "/id/project/kainuun-pilari-4-investointi-1/sahkoinen-perhekeskus.html",
    "/vocab/organisation/digifinland.html",
    "/vocab/county/21.html",
    "/vocab/region/lappi.html",
    "/vocab/municipality/rovaniemi.html",
    "/vocab/service/omaolo.html",
    "/vocab/dependency-kind.html",
    "/vocab/goal-status/achieved.html",
    "/id/document/lappi-loppuraportti-txt.html",
    "/id/graph/lappi-loppuraportti-txt.html",
    "/id/project/ei-ole.html",
]
CSS = Path(__file__).resolve().parents[2] / "server" / "static" / "pages" / "pages.css"


def get(client: FlaskClient, url: str, lang: str = "fi") -> str:
    response = client.get(url, headers={"Accept": "text/html", "Accept-Language": lang})
    assert response.status_code in (200, 404), url
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


@pytest.mark.parametrize("url", PAGES)
def test_page_is_valid_html5(client: FlaskClient, url: str) -> None:
    html = get(client, url)
    html5lib.HTMLParser(strict=True).parse(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "fi"
    assert len(soup.find_all("h1")) == 1, url
    assert len(soup.find_all("main")) == 1
    assert soup.find("header") and soup.find("footer")
    for nav in soup.find_all("nav"):
        assert nav.get("aria-label"), url
    ids = [t["id"] for t in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), f"duplicate ids on {url}"
    for field in soup.find_all("input"):
        assert soup.find("label", attrs={"for": field["id"]}), f"unlabelled input on {url}"
    levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), f"heading skips a level on {url}"
    for svg in soup.find_all("svg"):
        assert svg.get("role") == "img" and svg.get("aria-label")
    assert soup.find("a", href="/.well-known/void"), "every page links to the dataset description"
    assert soup.find("a", class_="skip", href="#main")


def test_language_switch(client: FlaskClient) -> None:
    fi = BeautifulSoup(get(client, "/vocab/county/21.html?hl=fi"), "html.parser")
    sv = BeautifulSoup(get(client, "/vocab/county/21.html?hl=sv"), "html.parser")
    en = BeautifulSoup(get(client, "/vocab/county/21.html?hl=en"), "html.parser")
    assert fi.h1.get_text() == "Lapin hyvinvointialue"
    assert sv.h1.get_text() == "Lapplands välfärdsområde"
    assert en.h1.get_text() == "Lapland wellbeing services county"
    assert sv.html["lang"] == "sv" and en.html["lang"] == "en"
    switch = [a["href"] for a in fi.select("nav.langs a")]
    assert switch == [
        "/vocab/county/21.html?hl=fi",
        "/vocab/county/21.html?hl=sv",
        "/vocab/county/21.html?hl=en",
    ]
    # Accept-Language chooses when there is no ?hl= nor cookie.
    fresh = client.application.test_client()
    page = fresh.get("/vocab/county/21.html", headers={"Accept-Language": "sv-FI,sv;q=0.9"})
    assert "Lapplands välfärdsområde" in page.get_data(as_text=True)


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_meet_wcag_aa_contrast() -> None:
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS.read_text(encoding="utf-8")))
    for text in ("ink", "muted", "accent"):
        for background in ("bg", "soft"):
            assert contrast(colours[text], colours[background]) >= 4.5, (text, background)
    for badge in ("ok", "warn", "bad", "neutral", "accent"):
        assert contrast("#ffffff", colours[badge]) >= 4.5, badge
