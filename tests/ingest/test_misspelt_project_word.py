"""The project word in a misspelt inflection still names a project: "X hankelle", "X hanken", "X -hankessa".

Writers inflect "hanke" on its nominative stem ("hanken" for "hankkeen", "hankelle" for
"hankkeelle"); the name before it is the project's all the same. A compound ("hankekoordinaattori",
"hankeaika") is no project word. The texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.generic import name_before_hanke
from hankegraafi.ingest.readers import read_bytes

MINUTES = """Aluehallitus 14.5.2024 § 77

Kestävän kasvun hankkeen muutoshakemus

Sosiaali- ja terveysministeriö myönsi Lapin Kestävän kasvun hankelle 6 250 000 euroa. Hanke kehittää
etäkuntoutusta Rovaniemellä ja Kemissä, ja kotihoidon asiakkaat saavat iltakäynnit kuvayhteydellä.
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministeriö myönsi Lapin Kestävän kasvun hankelle", "Lapin Kestävän kasvun hanke"),
        ("Tiedote: Vantaan ja Keravan Kestävän kasvun hanken", "Vantaan ja Keravan Kestävän kasvun hanke"),
        ("Kotiutuksen tuki -hankessa", "Kotiutuksen tuki -hanke"),
        ("Kotiutuksen tuki -hankkeessa", "Kotiutuksen tuki -hanke"),
        ("Kainuun hankekoordinaattori", None),
        ("Lapin hankeaika", None),
    ],
)
def test_name_before_a_misspelt_project_word(text: str, name: str | None) -> None:
    assert name_before_hanke(text) == name


def test_a_minutes_generic_title_takes_the_texts_fuller_name() -> None:
    x = extract(read_bytes(MINUTES.encode(), file_name="poytakirja.txt", max_bytes=1_000_000))
    assert [p.name for p in x.projects] == ["Lapin Kestävän kasvun hanke"]
