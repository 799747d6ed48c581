"""Where the project's name stands in a document's head, and what runs on beside it (stop 36, N6).

A name field's value run on with the other fields of its line, a subject's segments joined by
slashes, a form's printout (its page mark, its label and kind, its sending dateline), a minute's
§ title tying its matter to the project by "i"/"in", a compound's first half before "ja"/"och"
inside the name, a lower-case subtitle after the name, and a part's name with a rating mark glued
to it. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.namesites import kind_part, subject_segments_name
from hankegraafi.ingest.facts.partwords import match_part_line, without_marks
from hankegraafi.ingest.namecuts import headline_name, page_marked
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def names(text: str, name: str = "raportti.txt") -> list[str]:
    return [p.name for p in read(text, name).projects]


def test_a_name_fields_value_ends_where_the_other_fields_of_its_line_begin() -> None:
    head = "Tilannekatsaus 2/2025\n\nHanke: {} · Raportointijakso 1.1.–30.6.2025 · Julkaistu 4.8.2025\n\n"
    body = "Hanke vie fysioterapeutin kotikäynnit Kajaaniin ja Sotkamoon.\n"
    assert names(head.format("Liikkuva kuntoutus Kainuussa") + body) == ["Liikkuva kuntoutus Kainuussa"]
    # The other way: a bar between two names (the name in two languages) keeps the value whole.
    bilingual = "Projekt: Trygg vardag | Turvallinen arki\n\nÖsterbottens välfärdsområde\n\nProjektet ger stöd i hemmet.\n"
    assert names(bilingual) == ["Trygg vardag | Turvallinen arki"]


def test_a_subjects_segments_joined_by_slashes_leave_the_name() -> None:
    assert subject_segments_name("Aihe: Muistio: ohjausryhmä 14.3.2024 / Kotikuntoutus Kymissä") == (
        "Kotikuntoutus Kymissä"
    )
    assert subject_segments_name("Subject: Minutes / steering group 3.3.2025 / Home Rehab Online") == (
        "Home Rehab Online"
    )
    # A slash between a name's two languages is no joint when the other joints leave the name.
    assert subject_segments_name("Ämne: Lägesrapport: Hemma tryggt / Kotona turvassa, styrgruppen 3.4.") == (
        "Hemma tryggt / Kotona turvassa"
    )


def test_a_forms_printout_names_its_project_under_the_owners_line() -> None:
    assert page_marked("Sähköinen asiointi – lomakkeen tuloste      Sivu 1/2")
    assert page_marked("e-Services portal – form printout   Page 1 of 3")
    assert not page_marked("Sivuston kehittäminen 2024")
    assert kind_part("Lomake") and kind_part("Online form") and kind_part("e-form")
    assert not kind_part("Care platform")  # an English label ends no compound written in one word
    text = (
        "Sähköinen asiointi – lomakkeen tuloste                     Sivu 1/1\n"
        "Lomake: Valtionavustushankkeen väliraportti (12 kk)\n"
        "Lähetetty 2.9.2025 klo 8.15\n\n"
        "Pohjois-Savon hyvinvointialue\n"
        "Muistihoitaja kotiin\n"
        "Hankeaika 1.1.2024–31.12.2025\n\n"
        "OSA 1 KUVAUS\n"
        "Muistihoitajat tekivät kotikäyntejä Kuopiossa ja Iisalmessa koko kevään ajan.\n"
        "Tavoitteen tila (valikko): Toteutunut\n"
    )
    assert names(text) == ["Muistihoitaja kotiin"]


def test_a_minutes_matter_tied_to_the_project_by_in_names_it() -> None:
    assert headline_name("ÄNDRING AV KOSTNADSFÖRDELNINGEN I PROJEKTET HEMMA I BORGÅ") == "HEMMA I BORGÅ"
    assert headline_name("Budget changes in the project Senior Helpers") == "Senior Helpers"


def test_a_compounds_first_half_before_ja_or_och_stays_in_the_name() -> None:
    text = (
        "Hyvinvointialueen uutiset\n\n"
        "Sosiaali- ja terveysneuvonta verkossa: vuosi lyhyesti\n\n"
        "Hanke Sosiaali- ja terveysneuvonta verkossa avasi chatin Joensuussa. Hankkeelle Sosiaali- ja "
        "terveysneuvonta verkossa ja sen kumppaneille järjestettiin koulutus.\n"
    )
    assert names(text, "uutinen.txt") == ["Sosiaali- ja terveysneuvonta verkossa"]


def test_a_parts_name_is_read_without_the_rating_marks_glued_to_it() -> None:
    assert without_marks("Delprojekt 2: Föräldragrupper ◐") == "Delprojekt 2: Föräldragrupper"
    assert match_part_line("Investointi 3: Tiedolla johtaminen ●") == (
        "investment",
        "Investointi",
        "3",
        "Tiedolla johtaminen",
    )
    assert match_part_line("Osahanke 1: Nuoret 2.0") == ("sub-project", "Osahanke", "1", "Nuoret 2.0")


PART_PAGE = (
    "<html><body><main><h1>Delprojekt 3</h1>\n"
    "<p>Delprojekt 3, Digital rådgivning, startade i mars i Jakobstad. Projektet Trygg ålderdom i Österbotten\n"
    "(1.1.2024–31.12.2025) hör till Österbottens välfärdsområde.</p>\n"
    "<h2>Delprojektets läge 30.6.2025</h2>\n"
    "<table><tr><td>Tidtabell</td><td>grön</td></tr><tr><td>Kostnader</td><td>gul</td></tr></table>\n"
    "</main></body></html>\n"
)


def test_a_parts_page_names_its_whole_in_the_text_and_the_part_between_commas() -> None:
    extraction = read(PART_PAGE, "delprojekt.html")
    by_name = {p.name: p for p in extraction.projects}
    assert set(by_name) == {"Trygg ålderdom i Österbotten", "Delprojekt 3: Digital rådgivning"}
    part = by_name["Delprojekt 3: Digital rådgivning"]
    # The caption naming the part by its own word ("Delprojektets läge") keeps its ratings the part's.
    assert {(light.dimension, light.value) for light in part.lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }


def test_an_english_text_names_the_whole_as_the_x_project() -> None:
    text = (
        "# Work stream 2\n\n"
        "Work stream 2, Home Rehabilitation, began its visits in Kajaani in August.\n"
        "The Active Ageing Kainuu project belongs to the Kainuu wellbeing services county.\n"
    )
    assert sorted(names(text, "stream.md")) == ["Active Ageing Kainuu", "Work stream 2: Home Rehabilitation"]


def test_a_lower_case_message_line_and_a_kind_with_its_period_are_no_names() -> None:
    message = (
        "From: Project office\nSubject: Home Care North – notes of the steering group meeting 4 November 2025\n\n"
        "Hello all,\n\nthanks for a good meeting yesterday 🙂 Here are the notes of the project Home Care North\n"
        "(Kainuu wellbeing services county).\n"
    )
    assert names(message, "notes.txt") == ["Home Care North"]
    report = (
        "Digital Rehabilitation Kainuu - interim report 1.1.-30.6.2024\n"
        "Kainuu wellbeing services county\tReport date 15.8.2024\n\n"
        "1 SUMMARY\nThe project brings remote rehabilitation to Kajaani and Sotkamo.\n"
    )
    assert names(report) == ["Digital Rehabilitation Kainuu"]


def test_a_model_pages_tab_strip_and_its_whole_by_the_bare_word() -> None:
    tab = (
        "Innokylä  >  Toimintamallit  >  Liikkuva neuvola Kainuussa  >  Arviointi\n\n"
        "Liikkuva neuvola Kainuussa\n"
        "Kokonaisuus: Kainuun perhepalvelut -hanke   |   Rahoittaja: STM\n"
        "Perustiedot    Kuvaus    Toteutus    [Arviointi]    Resurssit\n\n"
        "ARVIOINTI\n\nNeuvola kävi kylissä kerran kuussa.\n"
    )
    extraction = read(tab, "valilehti.txt")
    assert extraction.tab_of == "Liikkuva neuvola Kainuussa"
    model = next(p for p in extraction.projects if p.name == "Liikkuva neuvola Kainuussa")
    assert model.parent is not None and model.parent.name == "Kainuun perhepalvelut -hanke"
    page = (
        "| | |\n|---|---|\n| Toimintamallin nimi | Iltapäivystys ikäihmisille |\n"
        "| Kokonaisuus | Turvallisesti kotona Kainuussa |\n\nKainuun hyvinvointialue kehitti mallin.\n"
    )
    assert sorted(names(page, "malli.md")) == ["Iltapäivystys ikäihmisille", "Turvallisesti kotona Kainuussa"]


def test_more_words_number_a_projects_parts() -> None:
    for line, word in (
        ("Alahanke 1: Kotiutusvalmennus", "Alahanke"),
        ("Painopiste 2: Ikäihmisten mielen hyvinvointi", "Painopiste"),
        ("Insats 1: Rehabilitering i hemmet", "Insats"),
        ("Spår 2: Stöd via chatt", "Spår"),
        ("Workstream 1: Low-threshold counselling", "Workstream"),
        ("Track A: Hospital to home", "Track"),
        ("Strand 2: Digital youth services", "Strand"),
    ):
        found = match_part_line(line)
        assert found is not None and found[0] == "sub-project" and found[1] == word, line
    # A heading listing the dimensions rated under it after a dash is the part's name and that list.
    assert match_part_line("Track A: Hospital to home — Schedule · Costs · Staffing · Risks") == (
        "sub-project",
        "Track",
        "A",
        "Hospital to home",
    )
    # The other way: a name whose dash part is no list of dimensions stays whole.
    whole = match_part_line("Spår 1: Unga vuxna – mottagning och chatt")
    assert whole is not None and whole[3] == "Unga vuxna – mottagning och chatt"


def test_an_owners_line_is_no_name_beside_a_slash_or_alone_in_capitals() -> None:
    minutes = (
        "KAINUUN HYVINVOINTIALUE / Kotona kylissä -hanke\nOHJAUSRYHMÄN MUISTIO 2/2024\n\n"
        "Aika: 3.4.2024 klo 13\n\nHanke vie kotihoidon etäkäynnit Kuhmoon ja Sotkamoon.\n"
    )
    assert names(minutes, "muistio.txt") == ["Kotona kylissä -hanke"]
    report = (
        "ÖSTERBOTTENS VÄLFÄRDSSAMKOMMUN\nHemvård på distans i Närpes\nMellanrapport för perioden 1.1–30.6.2022\n\n"
        "Projektet ger hemvård per video i Närpes och Kristinestad.\n"
    )
    assert names(report, "rapport.txt") == ["Hemvård på distans i Närpes"]


def test_a_matrix_of_ratings_per_part_gives_the_parts_no_sums() -> None:
    text = (
        "Kotona vahvasti -hanke\nVantaan ja Keravan hyvinvointialue\n\n"
        "Hanke koostuu kahdesta alahankkeesta: Alahanke 1: Kotiutus ja Alahanke 2: Omaishoito.\n\n"
        "Tilannepisteet (0–100): 75–100 = suunnitelman mukaan, 50–74 = lievä poikkeama, alle 50 = vakava poikkeama\n\n"
        "                      Alahanke 1   Alahanke 2\n"
        "  Aikataulu                   81           62\n"
        "  Kustannukset                77           88\n"
        "  Riskit                      90           47\n"
    )
    extraction = read(text)
    assert [s for p in extraction.projects for s in p.costs] == []


def test_a_finnish_matter_in_the_project_and_a_part_words_focus() -> None:
    assert headline_name("BUDJETTIMUUTOS HANKKEESSA KOTIKUNTOUTUS PLUS") == "KOTIKUNTOUTUS PLUS"
    assert headline_name("Lisäaika hankkeelle Arjen tuki") == "Arjen tuki"
    found = match_part_line("Kehittämiskohde 2: Digitaaliset palvelut")
    assert found is not None and found[:2] == ("sub-project", "Kehittämiskohde")


def test_a_lead_names_the_whole_up_to_its_period_in_brackets() -> None:
    text = (
        "# Delprojekt 2\n\n"
        "Delprojekt 2, Kvällsbesöken, ordnar hembesök på kvällen i Vasa\n"
        "inom projektet Trygga nätter i Österbotten (1.1.2025–31.12.2026).\n"
        "Delprojektet har fått 120 000 euro av Österbottens välfärdsområde.\n"
    )
    assert sorted(names(text, "del.md")) == ["Delprojekt 2: Kvällsbesöken", "Trygga nätter i Österbotten"]
