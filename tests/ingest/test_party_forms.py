"""Organisations and dependencies read from the form of the text (issue 13, u125–u132).

Invented report texts. A legal form makes a name even right after a label's colon; a
service's keeper in brackets ("Omaolo (DigiFinland Oy)") is an organisation, not a
dependency of its own; a renamed dependency section ("Kytkökset muihin toimijoihin") is one
vocabulary label; an organisation that does a share of the work ("koulutetaan X:ssä",
"ordnar") is relied on; a source, a past project or a party said not to take part is not.
The words live in ``ontology/vocab/kinds.ttl`` (schemes ``work-share`` and
``mention-cue``), so a test adds one there and sees the reading change.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.mentioned import mentioned_only
from hankegraafi.ingest.orglists import place_where
from hankegraafi.ingest.orgnames import find_org_names
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

HEAD = "TILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen kotiapuhanke\nRaportointijakso: 1.1.2025–30.6.2025\n\n"
PREFIXES = """
@prefix hg:   <https://w3id.org/hankegraafi/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""


def read(body: str) -> Extraction:
    return extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))


def deps(x: Extraction) -> set[str]:
    return {d.target.label for p in x.projects for d in p.dependencies}


def parties(x: Extraction) -> set[str]:
    return {pa.organisation.label for p in x.projects for pa in p.participations}


def test_a_legal_form_names_the_word_after_a_label_s_colon() -> None:
    names = [o.name for o in find_org_names("Yhteistyötahot: Kuvalinkki Oy, Pikkulan seurakunta")]
    assert names == ["Kuvalinkki Oy", "Pikkulan seurakunta"]
    assert [o.name for o in find_org_names("Kuvalinkki Oy toimittaa tabletit.")] == ["Kuvalinkki Oy"]
    # A word that only begins a sentence is still no name ("Lisäksi Oy …" is none).
    assert find_org_names("Lisäksi Oy on mainittu.") == []


def test_a_keeper_in_brackets_keeps_the_service_and_is_no_dependency() -> None:
    x = read("Riippuvuudet\n\n- Omaolo (DigiFinland Oy)\n- Kanta-palvelut (Kela)\n- Pikkulan Kotiapu ry\n")
    assert deps(x) == {"Omaolo", "Kanta-palvelut", "Pikkulan Kotiapu ry"}
    kept = {(d.service.label, d.organisation.label) for d in x.developers}
    assert kept == {("Omaolo", "DigiFinland Oy"), ("Kanta-palvelut", "Kansaneläkelaitos")}


def test_a_renamed_dependency_section_reads_its_table() -> None:
    x = read(
        "Kytkökset muihin toimijoihin\n\n"
        "Taho / palvelu\tMihin tarvitaan\tVastuuhenkilö\n"
        "Mäkelän Apuvälineet Oy\tKotikäyntien apuvälineet\tMatti Meikäläinen\n"
        "Mielenterveystalo\tOmahoito-ohjelmat\t–\n"
    )
    assert deps(x) == {"Mäkelän Apuvälineet Oy", "Mielenterveystalo"}


def test_a_party_doing_a_share_of_the_work_is_relied_on() -> None:
    x = read(
        "Toteutus\n\n"
        "Kotihoidon henkilöstö koulutetaan Järvimaan ammattikorkeakoulussa. "
        "Föreningen Grannhjälpen i Byholm ordnar kamratstöd för anhöriga. "
        "Painotalo Kirjava Oy:n esite jaettiin asukkaille.\n"
    )
    assert deps(x) == {"Järvimaan ammattikorkeakoulu", "Föreningen Grannhjälpen i Byholm"}
    assert "Painotalo Kirjava Oy" in parties(x)  # named, a party, but nothing says the work relies on it


def test_a_work_share_word_added_to_the_vocabulary_is_read() -> None:
    body = "Toteutus\n\nIkäihmisiä opastaa Järvimaan Kotiapu ry kolmena päivänä viikossa.\n"
    assert "Järvimaan Kotiapu ry" not in deps(read(body))
    cue = '<https://w3id.org/hankegraafi/vocab/work-share/does-work> hg:cue "\\\\bopasta(?:a|vat)\\\\b"@fi .'
    with registry.extended(PREFIXES + cue):
        assert "Järvimaan Kotiapu ry" in deps(read(body))


def test_sources_past_projects_and_parties_not_taking_part_are_only_mentioned() -> None:
    assert mentioned_only("Hanke hyödyntää Tutkimussäätiön aiemmin julkaisemaa selvitystä.")
    assert mentioned_only("Behovet beskrevs i en utredning som Kustens högskola publicerade år 2021.")
    assert not mentioned_only("Hanke hyödyntää Omaolon oirearvioita.")
    x = read(
        "Yhteistyö ja riippuvuudet\n\n"
        "Aiemmassa Nuoret ensin -hankkeessa mukana ollut Lasten Turva ry ei osallistunut tähän hankkeeseen. "
        "Chat-palvelun alustan toimittaa Viestikulma Oy.\n"
    )
    assert deps(x) == {"Viestikulma Oy"}
    assert "Lasten Turva ry" not in parties(x)


def test_a_place_in_an_inside_case_is_where_work_is_done() -> None:
    assert place_where("Kuhmossa") and place_where("Kuhmoon")
    assert not place_where("Kuhmo") and not place_where("Kajaanin")
    x = read("Toteutus\n\nKuhmossa koulutettiin kotihoidon henkilöstö kuvapuheluiden käyttöön.\n")
    assert not any(
        pa.organisation.type == "municipality"
        for p in x.projects
        for pa in p.participations
        if pa.role != "stakeholder"
    )


def test_items_of_a_list_led_in_by_working_together_are_relied_on() -> None:
    x = read(
        "Toteutus\n\n"
        "Hanke tarvitsee sopimukset seuraavien tahojen kanssa:\n\n"
        "1) Järvimaan yliopisto: vaikutusten arviointi\n"
        "2) Kotiverkko Oy: videopalvelun alusta\n\n"
        "Painotalo Kirjava Oy:n esite jaettiin asukkaille.\n"
    )
    assert deps(x) == {"Järvimaan yliopisto", "Kotiverkko Oy"}


def test_a_service_named_in_a_party_row_s_description_is_relied_on() -> None:
    x = read(
        "Riippuvuudet\n\n"
        "Taho\tRiippuvuuden kuvaus\n"
        "DigiFinland\tOmaolon kuntoutusosion pilotointi\n"
        "Kotiverkko Oy\tVideoyhteyden toimitus\n"
    )
    assert deps(x) == {"DigiFinland Oy", "Omaolo", "Kotiverkko Oy"}


def test_health_centres_are_named_by_the_vocabulary_s_head_words() -> None:
    found = [
        o.name
        for o in find_org_names("Yhteistyössä Pikkulan terveyskeskuksen ja Järvimaan terveysaseman kanssa.")
    ]
    assert found == ["Pikkulan terveyskeskus", "Järvimaan terveysasema"]
    # at the station, to it: where work is done, no name of a party ("Kotkan kaupungilla on": the town's body)
    assert find_org_names("Järvimaan terveysasemalla oirearvio tehdään Omaolossa.") == []
    assert find_org_names("Potilaat ohjataan Järvimaan terveysasemalle.") == []
    assert [o.name for o in find_org_names("Pikkulan kaupungilla on tilat.")] == ["Pikkulan kaupunki"]
    assert find_org_names("Potilas hoidetaan terveyskeskuksessa.") == []  # a head alone is no name
    sentence = "Kotikäynnit suunnitellaan Pikkulan vanhuspalvelukodin kanssa."
    assert find_org_names(sentence) == []
    head = (
        "<https://w3id.org/hankegraafi/vocab/organisation-head/palvelukoti> a skos:Concept ;"
        ' skos:inScheme <https://w3id.org/hankegraafi/vocab/organisation-head> ; skos:prefLabel "palvelukoti"@fi .'
    )
    with registry.extended(PREFIXES + head):
        assert [o.name for o in find_org_names(sentence)] == ["Pikkulan vanhuspalvelukoti"]


def test_a_unit_after_a_colon_keeps_its_legal_form() -> None:
    text = "Asumisen tuesta vastasi Järvimaan erityishuoltopiiri: Pikkulan kuntoutuskeskuksen ky."
    assert [o.name for o in find_org_names(text)] == [
        "Järvimaan erityishuoltopiiri: Pikkulan kuntoutuskeskuksen ky"
    ]


def test_a_study_used_as_background_and_a_party_outside_the_project_are_no_parties() -> None:
    assert mentioned_only("Kuntaliiton selvitystä kotikuntoutuksen kustannuksista käytettiin taustatietona.")
    assert mentioned_only("Mittareita verrattiin Tutkimussäätiön kyselytutkimuksen tuloksiin.")
    assert mentioned_only("En rapport från Kustens högskola användes som bakgrund.")
    assert mentioned_only("Kelan kuntoutuspalvelut eivät ole osa hanketta.")
    assert mentioned_only("Lasten Turva ry:n päivystys ei kuulu hankkeeseen.")
    assert mentioned_only("Kustens högskola ansvarar inte för projektet.")
    assert not mentioned_only("Kustens högskola ansvarar för utvärderingen.")
    x = read(
        "Yhteistyö\n\n"
        "Asiakaskyselyn vastaukset kokosi Järvimaan ammattikorkeakoulu. "
        "Tutkimussäätiön raporttia käytettiin taustana. "
        "Lasten Turva ry:n päivystys ei kuulu hankkeeseen.\n"
    )
    assert deps(x) == {"Järvimaan ammattikorkeakoulu"}  # collecting the project's data is a share of its work
    assert parties(x) == {"Järvimaan ammattikorkeakoulu"}  # "Yhteistyö" alone is an actors section


def test_a_health_station_named_in_passing_is_the_county_s_own_no_party() -> None:
    """ "Järvimaan terveysasemalla aloitettiin …": where the county's work is done, no stakeholder; named with
    a role of its own ("yhteistyössä … terveysaseman kanssa") it takes part."""
    x = read(
        "Yhteenveto\n"
        "Järvimaan terveysasemalla aloitettiin iltavastaanotto. Pikkulan terveysaseman kaksi hoitajaa "
        "siirtyi hankkeeseen.\n"
    )
    assert not any("terveysasema" in party for party in parties(x))
    x = read("Yhteenveto\nIltavastaanotto suunniteltiin yhteistyössä Järvimaan terveysaseman kanssa.\n")
    assert any("Järvimaan terveysasema" in party for party in parties(x))


def test_a_name_after_its_head_ends_before_a_verb_form_in_capitals() -> None:
    """A form's lines run together ("Osatoteuttaja: Pikkulan kaupunki" / "Myönnetty avustus: …"): the next
    label's participle is no name in apposition; a proper name after a common head still is."""
    found = [o.name for o in find_org_names("Osatoteuttaja: Pikkulan kaupunki Myönnetty avustus: 640 000 €")]
    assert found == ["Pikkulan kaupunki"]
    assert [o.name for o in find_org_names("Arvioinnin tekee yliopistokeskus Chydenius.")] == [
        "yliopistokeskus Chydenius"
    ]
