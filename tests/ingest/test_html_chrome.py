"""A county web page's chrome (header, navigation, footer, asides, cookie banners) is not content.

Found by element and ARIA role, as HTML defines them, never by the chrome's words:
an invented page whose banner, menu, cookie dialog, aside and footer name other
counties, organisations and sums, none of which may reach the extraction.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

PAGE = """<!doctype html><html lang="fi"><head><title>Hanke</title></head><body>
<div id="cookie-consent" class="cc-banner">Käytämme evästeitä. Hyväksy kaikki</div>
<div role="dialog" aria-label="Tietosuoja">Pohjois-Savon hyvinvointialue kerää tietoja.</div>
<header><a href="/">Etelä-Savon hyvinvointialue</a>
  <ul><li>Asiointi</li><li>Hankkeet</li><li>Ota yhteyttä</li></ul></header>
<div role="navigation"><a href="/">Etusivu</a> &gt; <a href="/hankkeet">Hankkeet</a></div>
<div class="content">
  <article>
    <header><h1>Kotikuntoutus Kainuussa -hanke</h1><p>Julkaistu 3.5.2024</p></header>
    <p>Kainuun hyvinvointialue kehittää kotikuntoutusta Kajaanissa ja Sotkamossa yhdessä THL:n kanssa.</p>
    <footer><p>Päivitetty 6.5.2024</p></footer>
  </article>
  <aside><h2>Muut hankkeet</h2><ul><li>Lapin Kestävän kasvun hanke (Rovaniemi)</li>
    <li>DigiFinland: Omaolo-palvelu</li></ul></aside>
</div>
<div role="complementary">Kela tiedottaa: 1 200 000 €</div>
<footer><p>Kuopio, Pohjois-Savon hyvinvointialue</p><p>Puh. 017 000 000</p></footer>
</body></html>"""


def lines() -> list[str]:
    return read_bytes(PAGE.encode(), file_name="hankesivu.html", max_bytes=100_000).lines


def test_chrome_is_not_read_and_the_article_is() -> None:
    text = "\n".join(lines())
    assert "Kotikuntoutus Kainuussa -hanke" in text
    assert "Julkaistu 3.5.2024" in text  # the article's own header
    assert "Päivitetty 6.5.2024" in text  # the article's own footer
    assert "Kajaanissa ja Sotkamossa" in text
    for chrome in (
        "evästeitä",
        "kerää tietoja",
        "Asiointi",
        "Etusivu",
        "Muut hankkeet",
        "Omaolo",
        "Kela",
        "Kuopio",
    ):
        assert chrome not in text, chrome


def test_no_fact_from_the_chrome() -> None:
    x = extract(read_bytes(PAGE.encode(), file_name="hankesivu.html", max_bytes=100_000))
    assert x.region is not None and x.region.label == "Kainuun hyvinvointialue"
    named = {d.target.label for p in x.projects for d in p.dependencies} | {
        pa.organisation.label for p in x.projects for pa in p.participations
    }
    assert not named & {"DigiFinland", "Omaolo", "Kela", "Lapin hyvinvointialue"}
    assert {m.label for m, _ in x.municipalities} == {"Kajaani", "Sotkamo"}
    assert not [c for p in x.projects for c in p.costs]


def test_main_holds_its_own_header() -> None:
    page = "<html><body><header>Sivusto</header><main><header><h1>Hanke X</h1></header><p>Teksti.</p></main></body></html>"
    got = read_bytes(page.encode(), file_name="a.html", max_bytes=10_000).lines
    assert got[0] == "Hanke X" and "Sivusto" not in got
