"""A project's name where the document's title is not it: the forms the text names it by.

Invented text in the shapes tuning documents u115–u124 brought in: a report titled by its
number and period whose first section is "Yleistä", a sentence naming the project in the
partitive ("koskee X -hanketta"), Swedish "X-projektet" and "inom projektet X för …", and a
list's lead-in clause ("Hankkeessa X on kaksi investointia:"). The assertions are the
names a careful reader takes from the text.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.projectname import named_after, named_in, no_name, title_name
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tämä väliraportti koskee Arki Kuntoon -hanketta.", "Arki Kuntoon -hanke"),
        ("Palvelu on osa Vahva Vanhuus -hanketta, jossa kokeillaan etähoitoa.", "Vahva Vanhuus -hanke"),
        ("Rapporten gäller Trygg i Ekenäs-projektet.", "Trygg i Ekenäs-projektet"),
        ("Här är lägesrapporten för Seniorer på Nätet -projektet.", "Seniorer på Nätet -projektet"),
    ],
)
def test_a_sentence_names_the_project_in_the_partitive_and_in_swedish(sentence: str, name: str) -> None:
    assert named_in(sentence) == name


def test_a_sentence_naming_another_project_names_none_in_swedish_either() -> None:
    assert named_in("Arbetet fortsätter det tidigare Hemma i Borgå-projektet.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hankkeessa Pohjoisen Arki on kolme osaa:", "Pohjoisen Arki"),
        ("Tjänsten byggs inom projektet Vardag för alla, som pågår till 2025.", "Vardag för alla"),
        ("Medel söks för projektet Stark Start för att stödja familjer.", "Stark Start"),
    ],
)
def test_the_name_after_an_inflected_project_word(text: str, name: str) -> None:
    assert named_after(text) == name


def test_a_title_that_introduces_a_list_gives_the_name_in_it() -> None:
    assert title_name("Hankkeessa Pohjoisen Arki on kolme osaa:") == "Pohjoisen Arki"
    assert title_name("Pohjoisen Arki") == "Pohjoisen Arki"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Raportointijakso 1.7.–31.12.2024", True),
        ("Rapporteringsperiod 1.1–30.6.2025", True),
        ("Aluehallitus 22.4.2024", True),
        ("Kotona Kainuussa", False),
        ("Arki 2030", False),
    ],
)
def test_a_period_line_is_no_name(line: str, expected: bool) -> None:
    assert no_name(line) is expected


def test_a_numbered_report_opening_with_yleista_is_named_by_its_sentence() -> None:
    text = (
        "Tilanneraportti 3/2025\nPohjois-Savon hyvinvointialue\nRaportointijakso 1.7.–31.12.2025\n\n"
        "Yleistä\nTämä tilanneraportti koskee Arki Kuntoon -hanketta. Kotikuntoutus alkoi Kuopiossa.\n\n"
        "Toteutuneet toimenpiteet\nKuntoutujia oli syksyllä 80.\n"
    )
    x = read(text)
    assert [p.name for p in x.projects] == ["Arki Kuntoon -hanke"]


def test_a_swedish_message_names_its_project_by_x_projektet() -> None:
    text = (
        "Från: Projektkansliet <kansli@example.fi>\nTill: Styrgruppen\nDatum: 2.10.2025\n"
        "Ämne: Lägesrapport för perioden 1.1–30.6.2025\n\nHej alla,\n\n"
        "här är en kort lägesrapport för Trygg i Ekenäs-projektet.\n\n"
        "Under våren började hemrehabiliteringen i Raseborg. Tjugo klienter deltog.\n"
    )
    x = read(text, "lagesrapport.txt")
    assert [p.name for p in x.projects] == ["Trygg i Ekenäs-projektet"]


def test_a_fact_box_table_names_the_project_by_its_name_field() -> None:
    text = (
        "# Loppuraportti\n\n| Kenttä | Tieto |\n|---|---|\n| Hankkeen nimi | Kylätalkkarit kotiin |\n"
        "| Hyvinvointialue | Kainuun hyvinvointialue |\n\n## Toteutus\n\n"
        "Kylätalkkarit kävivät syksyllä 300 kotona Kuhmossa ja Suomussalmella.\n"
    )
    x = read(text, "loppuraportti.md")
    assert [p.name for p in x.projects] == ["Kylätalkkarit kotiin"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("# Slutrapport: Trygg hemvård i skärgården", "Trygg hemvård i skärgården"),
        ("# Loppuraportti – Kylätalkkarit kotiin", "Kylätalkkarit kotiin"),
    ],
)
def test_a_title_of_the_report_s_kind_then_a_name_gives_the_name(title: str, name: str) -> None:
    text = (
        f"{title}\n\n**Projekttid:** 1.1.2023–31.8.2025\n\n## Sammanfattning\n\n"
        "Välfärdsområdet i Egentliga Finland arbetade i Pargas och Kimitoön. Hembesöken ökade med en tredjedel.\n"
    )
    x = read(text, "rapport.md")
    assert [p.name for p in x.projects] == [name]


def test_a_county_page_listing_several_projects_under_their_names_gives_each() -> None:
    text = (
        "Hankkeet\n\nKainuun hyvinvointialueella on käynnissä kaksi hanketta.\n\n"
        "Kylätalkkarit -hanke\n\nTalkkarit auttavat ikäihmisiä Kuhmossa ja Suomussalmella pihatöissä.\n\n"
        "Lukuvalmentajat -hanke\n\nKoululaisten lukutaitoa tuetaan Sotkamossa vapaaehtoisten voimin.\n"
    )
    x = read(text, "hankkeet.txt")
    assert sorted(p.name for p in x.projects) == ["Kylätalkkarit -hanke", "Lukuvalmentajat -hanke"]


def test_one_project_page_with_one_name_heading_stays_one_project() -> None:
    text = (
        "Kylätalkkarit -hanke\n\nKainuun hyvinvointialueen talkkarit auttavat ikäihmisiä Kuhmossa.\n\n"
        "Tavoitteet\n\nTalkkarit käyvät jokaisessa kylässä kerran kuussa.\n"
    )
    x = read(text, "hanke.txt")
    assert [p.name for p in x.projects] == ["Kylätalkkarit -hanke"]


def test_a_numbered_kind_title_then_the_name() -> None:
    text = (
        "# Tilanneraportti 2/2024: Kylätalkkarit kotiin\n\nRaportointikausi 1.7.–31.12.2024\n\n"
        "## Eteneminen\n\nKainuun hyvinvointialue palkkasi talkkarit Kuhmoon. Käyntejä oli 120.\n"
    )
    assert [p.name for p in read(text, "tilanne.md").projects] == ["Kylätalkkarit kotiin"]


def test_a_section_word_taken_for_the_title_gives_way_to_the_project_the_text_names() -> None:
    text = (
        "Lägesrapport 1/2025\nVälfärdsområdet i Kymmenedalen\n\nSammanfattning\n"
        "Den här rapporten gäller projektet Trygg natt i Kotka. Nattpatrullen besökte 40 hem.\n"
    )
    assert [p.name for p in read(text, "lagesrapport.txt").projects] == ["Trygg natt i Kotka"]


def test_a_one_word_title_is_kept_when_the_text_names_it_with_its_word() -> None:
    text = (
        "Lägesrapport 1/2025\nVälfärdsområdet i Kymmenedalen\n\nNattpatrullen\n"
        "Den här rapporten gäller Nattpatrullen-projektet. Patrullen besökte 40 hem i Kotka.\n"
    )
    assert [p.name for p in read(text, "lagesrapport.txt").projects] == ["Nattpatrullen"]
