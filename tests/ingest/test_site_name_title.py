"""A page's first title lines are the site's name and the page's kind, then its own name (invented text).

"Innokylä" (a service the vocabulary knows) alone on the first line, the site's menu, and "Kokonaisuus" /
"Helhet" / "Entity" alone are no project's name: the line after them is (identity.title_block,
namesites.page_kind, generictitle.choose_title); the site so named is where the page is published, no service
the work relies on. A project named by a service and a place keeps its name.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_BODY = (
    "Kokonaisuuden tiedot\nVastuutaho: Etelä-Savon hyvinvointialue\nAlue: Mikkeli, Juva\n"
    "Toiminta-aika: 01.01.2024 - 31.12.2025\n\nKokonaisuuden tavoitteet\n"
    "Tavoite 1. Kotona asuvien osuus kasvaa.\n    Arvio 2025: tavoite saavutettiin.\n\n"
    "Resurssit ja kustannukset\nKustannusarvio koko toiminta-ajalle 500 000 euroa.\n"
)


def _names(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=100_000))
    return [p.name for p in x.projects]


def test_the_site_and_kind_lines_name_no_project() -> None:
    assert _names("Innokylä\nKokonaisuus\n\nMuistiystävällinen Savo\n\n" + _BODY) == ["Muistiystävällinen Savo"]


def test_the_site_menu_between_does_not_end_the_title_block() -> None:
    text = "Innokylä\nToimintamallit   Kokonaisuudet   Verkostot   Kirjaudu\n\nKokonaisuus\n\nMuistiystävällinen Savo\n\n"
    assert _names(text + _BODY) == ["Muistiystävällinen Savo"]


def test_the_site_named_alone_on_top_is_no_dependency_of_the_work() -> None:
    text = (
        "Innokylä\nKokonaisuus\n\nMuistiystävällinen Savo\n\n"
        + _BODY
        + "\nInnokylä | Saavutettavuusseloste | Tietosuoja\n"
    )
    x = extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Muistiystävällinen Savo"]
    assert not any(str(d.target.iri).endswith("/innokyla") for p in x.projects for d in p.dependencies)


def test_a_service_and_its_place_name_the_project() -> None:
    text = (
        "Terveyskylä Pohjois-Savossa\n\nHankkeen nimi: Terveyskylä Pohjois-Savossa\n"
        "Toteuttaja: Pohjois-Savon hyvinvointialue\nKunnat: Kuopio, Iisalmi\n"
    )
    assert _names(text) == ["Terveyskylä Pohjois-Savossa"]


def test_a_service_alone_above_a_projects_heading_is_no_site() -> None:
    """R8-5: the site is the first line with the site's menu or the page's kind after it, not any service."""
    text = (
        "Omaolo\n\nSähköinen asiointi Kainuussa -hanke\n\nKainuun hyvinvointialue, tilannekatsaus 3/2025.\n\n"
        "Hanke ottaa käyttöön Omaolo-palvelun oirearviot kaikissa kunnissa. Omaolo on käytössä jo kahdessa kunnassa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="tilanne.txt", max_bytes=100_000))
    assert any(str(d.target.iri).endswith("/omaolo") for p in x.projects for d in p.dependencies)
