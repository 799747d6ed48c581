"""Forms in which reports name what a project relies on, read from invented report texts (issue 13,
stop 28, tuning documents u172–u176): the gold convention counts partners and evaluators as
dependencies, and a name before a verb and "hankkeen" is an organisation's, not a project's.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.organisations import names_project_after
from hankegraafi.ingest.readers import read_bytes

HEAD = "VÄLIRAPORTTI 1/2024\n\nHanke: Kuvitteellinen kotihoitohanke\nRaportointijakso: 1.1.2024–30.6.2024\n\n"


def read(body: str) -> Extraction:
    return extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))


def relied_on(x: Extraction) -> set[str]:
    return {d.target.label for p in x.projects for d in p.dependencies}


def test_a_verb_before_hankkeen_ends_a_name() -> None:
    text = "Kuvalan yliopisto toteuttaa hankkeen arvioinnin."
    assert not names_project_after(text, len("Kuvalan yliopisto"))
    # A project's own name goes on to its "hanke" word, whatever its words.
    text = "Yhteistyötä tehtiin Kuvala 2.0 sote-keskus -hankkeen kanssa."
    assert names_project_after(text, len("Yhteistyötä tehtiin Kuvala"))


def test_an_organisation_before_a_verb_and_hankkeen_is_relied_on() -> None:
    x = read(
        "Kuvalan yliopisto toteuttaa hankkeen vaikutusten arvioinnin.\n"
        "Virvelä-ammattikorkeakoulu osallistuu hankkeen koulutuksiin.\n"
    )
    assert {"Kuvalan yliopisto", "Virvelä-ammattikorkeakoulu"} <= relied_on(x)


def test_a_swedish_evaluator_after_av_is_relied_on() -> None:
    x = read("Klienternas erfarenheter följs upp av Yrkeshögskolan Kuvala. Kvaliteten utvärderas av THL.\n")
    assert {"Yrkeshögskolan Kuvala", "Terveyden ja hyvinvoinnin laitos"} <= relied_on(x)


def test_a_body_whose_instructions_are_followed_is_relied_on() -> None:
    x = read("Kirjaaminen tehdään Kelan ohjeiden mukaan. Laitehankinnoissa seurataan Valviran ohjeita.\n")
    labels = relied_on(x)
    assert "Kansaneläkelaitos" in labels
    assert any("valvontavirasto" in label for label in labels)


def test_services_and_national_actors_in_a_goal_section_are_relied_on() -> None:
    x = read(
        "1. Tavoitteiden toteutuminen\n\n"
        "1) Asiakkaat varaavat ajat sähköisesti. Toteutunut.\n\n"
        "Ajanvarausten tiedot julkaistiin Palvelutietovarannossa, josta vastaa Digi- ja väestötietovirasto.\n"
    )
    assert {"Palvelutietovaranto", "Digi- ja väestötietovirasto"} <= relied_on(x)


def test_organisations_in_a_goal_section_are_not_relied_on() -> None:
    # A collaboration a goal's result reports as meant to go on is no dependency of this project.
    x = read(
        "1. Tavoitteiden toteutuminen\n\n"
        "1) Asiakkaat varaavat ajat sähköisesti. Ei toteutunut.\n\n"
        "Yhteistyötä Kuvalan sosiaali- ja terveyspalvelujen kuntayhtymän kanssa oli tarkoitus jatkaa.\n"
    )
    assert not any("kuntayhtymä" in label for label in relied_on(x))


def test_a_service_the_work_is_built_on_is_relied_on_beside_a_publishing_word() -> None:
    x = read(
        "Ryhmien omahoito on Mielenterveystalon varassa, ja aikataulut julkaistaan verkossa.\n"
        "Välitehtävät perustuvat Omaolon ohjelmiin, joiden kuvaukset julkaistaan syksyllä.\n"
    )
    assert {"Mielenterveystalo", "Omaolo"} <= relied_on(x)


def test_a_part_named_for_bringing_in_a_service_relies_on_it() -> None:
    x = read(
        "Investointi 1: Sosiaalihuollon asiakirjat Kanta-arkistoon\nArkistointi alkoi.\n\n"
        "Investointi 2: Omaolo\nOirearviot avattiin.\n"
    )
    parts = {p.name: {d.target.label for d in p.dependencies} for p in x.projects if p.parent is not None}
    assert "Kanta-palvelut" in parts["Investointi 1: Sosiaalihuollon asiakirjat Kanta-arkistoon"]
    # A part named by the service alone has it as its subject: no dependency of its own.
    assert "Omaolo" not in parts["Investointi 2: Omaolo"]


def test_a_plural_verb_before_hankkeen_ends_a_name_too() -> None:
    # "osallistuvat" is also a participle's plural; in lower case no project's name goes on through it.
    text = "Kuvalan yliopisto ja Kuvalan ammattikorkeakoulu osallistuvat hankkeen arviointiin."
    assert not names_project_after(text, len("Kuvalan yliopisto"))


def test_details_published_in_a_service_rely_on_it_but_a_published_model_does_not() -> None:
    x = read("Ryhmien aikataulut julkaistaan Palvelutietovarannossa joka maanantai.\n")
    assert "Palvelutietovaranto" in relied_on(x)
    x = read("Hankkeen esittelyvideo on julkaistu Innokylässä.\n")
    assert "Innokylä" not in relied_on(x)
