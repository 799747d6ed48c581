"""Names that look like dependencies and are not, and dependencies said beside another name
(issue 13, stop 28, tuning documents u187–u191): a service named as an overlap or as the
alternative the work gave way to is no dependency, whatever cue word the sentence has.
"""

from __future__ import annotations

from hankegraafi.ingest.entities import Gazetteer, Mention
from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.mentioned import site_keeper, site_of
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology.namespaces import VOCAB

HEAD = (
    "TILANNERAPORTTI 1/2024\n\nHanke: Kuvitteellinen kotihoitohanke\nRaportointijakso: 1.1.2024–30.6.2024\n\n"
)


def read(body: str) -> Extraction:
    return extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))


def relied_on(x: Extraction) -> set[str]:
    return {d.target.label for p in x.projects for d in p.dependencies}


def test_a_service_named_as_an_overlap_is_not_relied_on_beside_a_guidance_cue() -> None:
    x = read(
        "Avustus myönnettiin hakemuksen mukaisesti paitsi sovelluksen osalta, joka todettiin "
        "päällekkäiseksi Omaolo-kehitystyön kanssa.\n"
    )
    assert "Omaolo" not in relied_on(x)


def test_a_service_bringing_the_same_functionality_is_an_alternative() -> None:
    x = read(
        "Ministeriö ei hyväksynyt chat-palvelun hankintaa, koska sama toiminnallisuus tulee "
        "Mielenterveystalon kautta.\n"
        "Ansökan godkändes inte för chatten, eftersom motsvarande funktionalitet fås via Omaolo.\n"
    )
    assert not {"Mielenterveystalo", "Omaolo"} & relied_on(x)


def test_the_same_cues_without_an_overlap_still_make_a_dependency() -> None:
    x = read(
        "Käynnit kirjataan Kanta-palveluiden määrittelyjen mukaisesti.\n"
        "Omahoito-ohjelmat tarjotaan Mielenterveystalon kautta.\n"
    )
    assert {"Kanta-palvelut", "Mielenterveystalo"} <= relied_on(x)


def test_the_owner_named_before_a_service_is_relied_on_with_it() -> None:
    x = read(
        "Nuoret saavat HUSin Mielenterveystalon nettiterapioita.\n"
        "Perheet ohjataan HUSin ylläpitämään Mielenterveystaloon.\n"
    )
    assert {"Mielenterveystalo", "HUS-yhtymä"} <= relied_on(x)
    assert ("Mielenterveystalo", "HUS-yhtymä") in {
        (d.service.label, d.organisation.label) for d in x.developers
    }


def test_an_owner_apart_from_the_service_or_in_brackets_is_not() -> None:
    x = read(
        "HUSin edustaja kertoi kokemuksista, ja nuoret saavat Mielenterveystalon nettiterapioita.\n"
        "Nuoret saavat nettiterapioita Mielenterveystalosta (HUS).\n"
    )
    assert "Mielenterveystalo" in relied_on(x)
    assert "HUS-yhtymä" not in relied_on(x)


FUNDED = "Rahoittaja: Sosiaali- ja terveysministeriö\n\n"


def test_working_with_the_funder_is_no_dependency_on_it() -> None:
    x = read(
        FUNDED
        + "Aikataulusta neuvoteltiin STM:n yhteyshenkilön kanssa. Arvioinnissa tehdään yhteistyötä THL:n kanssa.\n"
    )
    assert x.projects[0].funder is not None and x.projects[0].funder.label == "Sosiaali- ja terveysministeriö"
    assert "Terveyden ja hyvinvoinnin laitos" in relied_on(x)
    assert "Sosiaali- ja terveysministeriö" not in relied_on(x)


def test_the_funders_guidance_is_still_relied_on() -> None:
    x = read(FUNDED + "Kirjaukset tehdään STM:n linjausten mukaisesti.\n")
    assert "Sosiaali- ja terveysministeriö" in relied_on(x)


def test_a_document_kind_names_the_site_its_pages_are_published_in() -> None:
    assert site_of("innokyla-page") == {VOCAB + "service/innokyla"}
    assert site_of("status-report") == frozenset()
    assert site_of("no-such-kind") == frozenset()


PAGE = (
    "Hyppää sisältöön Innokylä Etusivu Toimintamallit Kokonaisuudet Tietoa Innokylästä Kirjaudu\n"
    "Kuvitteellinen kotikuntoutus\n\nPerustiedot\n\nToimintamallin nimi\nKuvitteellinen kotikuntoutus\n"
    "Toimintamallin lyhyt kuvaus\nKotikuntoutus etäyhteydellä.\nLuotu\n03.05.2023\nViimeksi muokattu\n"
    "21.11.2024\n\nRatkaisun perusidea **\nHarjoitukset haetaan Omaolon omahoito-ohjelmista.\n\n"
    "Innokylä on kaikille avoin kehittämisyhteisö, jossa jaetaan toimintamalleja.\n"
)


def test_the_chrome_of_an_innokyla_page_names_no_dependency() -> None:
    x = extract(read_bytes(PAGE.encode(), file_name="sivu.txt", max_bytes=100_000))
    assert x.kind == "innokyla-page"
    assert "Omaolo" in relied_on(x)
    assert "Innokylä" not in relied_on(x)


def test_a_programme_in_brackets_after_the_projects_name_is_its_programme() -> None:
    x = read(
        "Kuvala kotona – Kuvalan ikäihmisten palveluhanke (Tulevaisuuden sote-keskus -ohjelma, 2021–2023)\n"
    )
    assert "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma" in relied_on(x)


def test_programmes_the_work_is_tied_to_in_a_list_are_each_relied_on() -> None:
    x = read("Kokonaisuus liittyy sote-rakenneuudistukseen sekä Kansalliseen mielenterveysstrategiaan.\n")
    labels = relied_on(x)
    assert "Sosiaali- ja terveydenhuollon rakenneuudistus" in labels
    assert "Kansallinen mielenterveysstrategia ja itsemurhien ehkäisyn ohjelma" in labels


def test_a_programme_named_apart_from_the_cue_is_not_listed() -> None:
    x = read(
        "Etäkäyntien kehittäminen liittyy valtakunnalliseen KATI-ohjelmaan. Raportissa verrataan tuloksia Työkykyohjelman tuloksiin.\n"
    )
    labels = relied_on(x)
    assert "KATI-ohjelma" in labels
    assert "Työkykyohjelma" not in labels


def test_a_partner_with_a_plural_name_keeps_its_number() -> None:
    x = read(
        "Vertaisryhmät järjestetään yhteistyössä Marttojen kanssa. Kielityö tehdään yhteistyössä Saamelaiskäräjien kanssa.\n"
    )
    assert {"Martat", "Saamelaiskäräjät"} <= relied_on(x)
    assert not {"Martta", "Saamelaiskäräjä"} & relied_on(x)


def test_a_singular_name_stays_singular() -> None:
    x = read("Ajanvaraus tehdään yhteistyössä Essoten kanssa.\n")
    assert "Essote" in relied_on(x)


def test_a_steering_groups_members_are_organisations_not_dependencies() -> None:
    x = read(
        "Hankkeen ohjausryhmässä ovat mukana Kuntaliiton edustajat.\n"
        "I styrgruppen sitter en representant för Sitra.\n"
        "Vertaistuki järjestetään yhteistyössä Sitran kanssa.\n"
    )
    labels = relied_on(x)
    assert not any("Kuntaliitto" in label for label in labels)
    assert "Suomen itsenäisyyden juhlarahasto Sitra" in labels  # through its shared work, not the group
    assert any("Kuntaliitto" in p.organisation.label for p in x.projects[0].participations)


def test_service_descriptions_put_into_a_service_rely_on_it_and_its_keeper() -> None:
    x = read(
        "Perhekeskusten palvelukuvaukset viedään Palvelutietovarantoon, jota ylläpitää Digi- ja väestötietovirasto.\n"
    )
    assert {"Palvelutietovaranto", "Digi- ja väestötietovirasto"} <= relied_on(x)


def test_the_works_own_description_in_a_service_is_still_documentation() -> None:
    x = read("Toimintamallin kuvaus on tallennettu Innokylään, jota ylläpitää THL.\n")
    assert not {"Innokylä", "Terveyden ja hyvinvoinnin laitos"} & relied_on(x)


def test_an_organisation_that_supported_the_work_is_relied_on_but_a_name_with_tuki_is_no_cue() -> None:
    x = read("Arviointia tuki Lapin yliopiston sosiaalityön opiskelijaryhmä.\n")
    assert "Lapin yliopisto" in relied_on(x)
    x = read("Kelan tuki maksetaan asiakkaille kuukausittain hakemuksesta.\n")
    assert relied_on(x) == set()


def test_the_keeper_of_the_site_in_its_chrome_is_no_organisation() -> None:
    page = PAGE + "Palvelua ylläpitävät Terveyden ja hyvinvoinnin laitos. © THL 2024\nPalaute | Tietosuoja\n"
    x = extract(read_bytes(page.encode(), file_name="sivu.txt", max_bytes=100_000))
    named = {p.organisation.label for p in x.projects[0].participations}
    assert "Terveyden ja hyvinvoinnin laitos" not in named | relied_on(x)


def test_a_keeper_of_another_service_on_a_site_page_is_still_named() -> None:
    assert not site_keeper(
        "innokyla-page", "Omaolo-palvelua ylläpitää DigiFinland.", read_mentions("Omaolo-palvelua")
    )
    assert not site_keeper("status-report", "Sivustoa ylläpitää THL.", [])
    assert site_keeper("innokyla-page", "Sivustoa ylläpitää THL.", [])


def read_mentions(text: str) -> list[Mention]:
    return Gazetteer.default().find(text)
