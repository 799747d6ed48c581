"""A title naming the project in the genitive before its matter, and captions that name no project.

A minute's § title or a report's title often opens with the project's name in the genitive and
then says what the document is about it ("§ 41 X-n Kestävän kasvun hankkeen loppuraportti");
the caption over a table of amounts ("Kustannukset kululajeittain (€):") is no title at all.
The documents are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.namecuts import caption_line, genitive_before_matter, governing_body
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Pohjois-Karjalan Kestävän kasvun hankkeen loppuraportti", "Pohjois-Karjalan Kestävän kasvun hanke"),
        ("Kainuun Kestävän kasvun hankeen väliraportti", "Kainuun Kestävän kasvun hanke"),  # the author's slip
        (
            "Vantaan Kestävän kasvun ohjelman tilannekatsaus ja lisärahoitushakemus",
            "Vantaan Kestävän kasvun ohjelma",
        ),
        ("Ikäihmisten kotona asumisen tuen hankkeen väliraportti", "Ikäihmisten kotona asumisen tuen hanke"),
        ("Lapin Etäkäynnit kotiin -ohjelman loppuraportti", "Lapin Etäkäynnit kotiin -ohjelma"),
        ("Arjen tuki -toimintamallin arviointi", "Arjen tuki -toimintamalli"),
    ],
)
def test_the_genitive_before_the_matter_is_the_name_in_the_nominative(title: str, name: str) -> None:
    assert genitive_before_matter(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "Hankkeen väliraportti",  # no name before the word
        "Kainuun Kestävän kasvun hankkeen kuntakierros alkoi",  # no report, application or decision after it
        "Hyvinvointialue jatkaa hankkeen toteutusta",  # a clause: a verb before the word
        "Kotona Kainuussa -hanke",  # the nominative: no matter
    ],
)
def test_a_title_without_the_genitive_and_its_matter_gives_none(title: str) -> None:
    assert genitive_before_matter(title) is None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Kustannukset kululajeittain (€):", True),
        ("Investointien kustannukset 1.1.2022–30.9.2023 (euroa)", True),
        ("Menot (1 000 €)", True),
        ("Kostnader per kostnadsslag (kr)", True),
        ("Kotona Kainuussa -hanke", False),
        ("Etäkäynnit kotiin (Lappi)", False),
    ],
)
def test_a_caption_over_amounts_or_a_list_is_told(line: str, caption: bool) -> None:
    assert caption_line(line) is caption


def test_a_governing_body_with_its_owners_genitive_is_a_body() -> None:
    assert governing_body("Hyvinvointialueen hallitus")
    assert governing_body("Aluehallitus")
    assert not governing_body("Hyvinvointialueen hallitus käsitteli hankkeen")


MINUTE = """SATAKUNNAN HYVINVOINTIALUE\tPÖYTÄKIRJA\t4/2025
Hyvinvointialueen hallitus\t3.6.2025\t8 (22)

§ 96\tKotiutustiimin kehittämisen hankkeen väliraportti

Valmistelija: kehittämisjohtaja

Perustelut
Satakunnan hyvinvointialue aloitti kotiutustiimin kokeilun Porissa ja Raumalla vuonna 2024.

Kustannukset kululajeittain (euroa):

Kululaji\tBudjetti\tToteutunut
Henkilöstökulut\t120 000\t80 500
Yhteensä\t120 000\t80 500

Päätös
Ehdotus hyväksyttiin.
"""


def test_a_minutes_section_title_in_a_tab_row_names_the_project_not_the_caption() -> None:
    x = read(MINUTE, "poytakirja.txt")
    assert [p.name for p in x.projects] == ["Kotiutustiimin kehittämisen hanke"]
    assert x.title == "Kotiutustiimin kehittämisen hanke"


def test_a_caption_is_not_taken_for_the_title_when_nothing_else_names_a_project() -> None:
    page = MINUTE.replace("§ 96\tKotiutustiimin kehittämisen hankkeen väliraportti", "§ 96\tVäliraportti")
    x = read(page, "poytakirja.txt")
    assert all("Kustannukset" not in p.name and "hallitus" not in p.name for p in x.projects)
