"""Innokylä pages. A tab saved as a page whose tab strip is a list, one tab a line (facts/innokyla.py):
the page is about the toimintamalli its title names, not refused, and its county comes from the
municipalities it names. A toimintamalli's steps ("Toimintamallin vaiheet") are no goals."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.readers import read_bytes

TAB = (
    "<html><body><main><h1>Kotikuntoutuksen etäohjaus</h1>\n"
    '<ul class="tabs"><li>Perustiedot</li><li>Kehittämisen polku</li><li>Arviointi</li></ul>\n'
    "<h2>Arviointi</h2><h3>Arvioinnin tulokset</h3>\n"
    "<table><tr><th>Tavoite</th><th>Mittari</th><th>Toteutuminen</th></tr>\n"
    "<tr><td>Kuntoutus alkaa kotiutumispäivänä</td><td>Jaksojen osuus</td><td>Toteutunut</td></tr>\n"
    "<tr><td>Kotikäynnit vähenevät</td><td>Käynnit / kk</td><td>Ei toteutunut</td></tr></table>\n"
    "<p>Malli laajenee Kuopioon ja Siilinjärvelle.</p></main></body></html>\n"
)


def test_a_tab_strip_saved_as_a_list_makes_a_tab_page() -> None:
    x = extract(read_bytes(TAB.encode(), file_name="tab.html", max_bytes=100_000))
    assert x.kind == "innokyla-page"
    assert x.tab_of == "Kotikuntoutuksen etäohjaus"
    assert [p.name for p in x.projects] == ["Kotikuntoutuksen etäohjaus"]
    assert [(g.description, g.status) for g in x.projects[0].goals] == [
        ("Kuntoutus alkaa kotiutumispäivänä", "achieved"),
        ("Kotikäynnit vähenevät", "not-achieved"),
    ]
    assert x.region is not None and str(x.region.iri).endswith("county/13")


def test_one_tab_name_alone_is_no_strip() -> None:
    page = (
        "<html><body><h1>Kotihoidon kehittämishanke</h1><p>Arviointi</p>"
        "<p>Pohjois-Savon hyvinvointialueen hanke arvioi työtään.</p></body></html>"
    )
    x = extract(read_bytes(page.encode(), file_name="p.html", max_bytes=100_000))
    assert x.tab_of is None
    assert [p.name for p in x.projects] == ["Kotihoidon kehittämishanke"]


def test_the_steps_of_a_toimintamalli_are_no_goals() -> None:
    page = (
        "Toimintamallin nimi\nIltaneuvonta\nPaikkakunta, maakunta tai hyvinvointialue\nKainuun hyvinvointialue\n\n"
        "Toimintamallin tavoitteet\n- Päivystyskäynnit vähenevät.\n- Soittaja saa ajan samassa puhelussa.\n\n"
        "Toimintamallin vaiheet\n1. Oireiden arvio\n2. Ajan varaaminen\n"
    )
    assert match_heading("Toimintamallin vaiheet") == ("implementation", "")
    x = extract(read_bytes(page.encode(), file_name="malli.txt", max_bytes=100_000))
    assert [g.description for p in x.projects for g in p.goals] == [
        "Päivystyskäynnit vähenevät.",
        "Soittaja saa ajan samassa puhelussa.",
    ]
