"""The part a head's sentence says the text is about, named by its word and its name written out.

"Tämä katsaus koskee osakokonaisuutta Etäkuntoutus kotiin.", "Rapporten gäller delprojektet Mobil
tandvård.", "Raportti koskee osaa **Osakokonaisuus 2: Mielenterveyspalvelut**.": the report's lights and
cost tables are that part's (partscopes.said_reference, read by subject._said_in_text only in a line
that says what the text is about). Before, only "osahanketta 2 (X)" with its number and its name in
brackets was read. Found on test9 q18 and by the variant generator (parts_form=part-head: lights 0 %,
lights~ 100 %); tuning document u366.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partscopes import said_reference
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("line", "number", "name"),
    [
        (
            "tämä katsaus koskee osakokonaisuutta Etäkuntoutus kotiin. Kuhmossa aloitettiin.",
            "",
            "Etäkuntoutus kotiin",
        ),
        ("Rapporten gäller delprojektet Mobil tandvård.", "", "Mobil tandvård"),
        (
            "Raportti koskee osaa **Osakokonaisuus 2: Mielenterveyspalvelut**. Muuta.",
            "2",
            "Mielenterveyspalvelut",
        ),
    ],
)
def test_a_sentence_names_the_part_by_its_name(line: str, number: str, name: str) -> None:
    found = said_reference(line)
    assert found is not None and (found.level, found.number, found.name) == ("subproject", number, name)


@pytest.mark.parametrize(
    "line",
    [
        "Osahanke 2 viivästyi kesällä.",  # a number and no name: no part named so
        "Raportti koskee osahanketta, joka alkoi keväällä.",  # a sentence going on, no name
        "Osahanke 1: A ja Osahanke 2: B etenivät.",  # two parts
    ],
)
def test_other_sentences_name_no_part(line: str) -> None:
    assert said_reference(line) is None


def test_the_part_the_head_says_owns_the_lights() -> None:
    text = (
        "Lägesrapport 1/2025\nProjekt: Närvård i Österbotten\n\n"
        "Den här rapporten gäller delprojektet Mobil tandvård. Bussen besöker Närpes varje vecka.\n\n"
        "Läget\nTidtabell: grön\nRisker: röd\n"
    )
    x = extract(read_bytes(text.encode(), file_name="rapport.txt", max_bytes=100_000))
    lights = {p.name: [(light.dimension, light.value) for light in p.lights] for p in x.projects}
    assert lights == {
        "Närvård i Österbotten": [],
        "Mobil tandvård": [("schedule", "on-plan"), ("risks", "deviation")],
    }
