"""A title that writes the report's kind beside the project's name (ingest/namecuts.name_beside_matter).

A minute's § title or a page's heading says what the matter is as well as whose: "Väliraportti: X
-hanke", "X -hanke, väliraportti", "X -hanke: tilannekatsaus 30.9.2024", "X -hankkeen loppuraportti",
"Lägesrapport: X-projektet". The kind and its period are no part of the name. All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.namecuts import kind_line, name_beside_matter, without_kind
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    "title",
    [
        "Väliraportti: Hyvä arki Lapissa -hanke",
        "Hyvä arki Lapissa -hanke, väliraportti",
        "Hyvä arki Lapissa -hanke: väliraportti 30.6.2025",
        "Hyvä arki Lapissa -hankkeen väliraportti",
    ],
)
def test_the_kind_on_either_side_of_the_name_is_set_aside(title: str) -> None:
    assert name_beside_matter(title) == "Hyvä arki Lapissa -hanke"


def test_a_swedish_title_keeps_its_project_word() -> None:
    assert (
        name_beside_matter("Tryggt hemma i Kronoby -projektets lägesrapport")
        == "Tryggt hemma i Kronoby -projektet"
    )
    assert name_beside_matter("Lägesrapport 2/2024: Tryggt hemma i Kronoby") == "Tryggt hemma i Kronoby"


def test_a_part_that_says_more_than_a_kind_stays() -> None:
    assert name_beside_matter("Hyvä arki Lapissa -hanke: kotihoito ja omaishoito") == (
        "Hyvä arki Lapissa -hanke: kotihoito ja omaishoito"
    )


def test_a_minutes_section_title_names_the_project_without_the_matter() -> None:
    text = (
        "LAPIN HYVINVOINTIALUE\nAluehallitus\tPöytäkirja 4/2025\n\n"
        "§ 38\tTilannekatsaus: Hyvä arki Lapissa -hanke\n\n"
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 1 800 000 euroa. Hanke toteutetaan Rovaniemellä ja Kemissä.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="poytakirja.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Hyvä arki Lapissa -hanke"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Arjen apu Kainuussa – seurantataulukko", "Arjen apu Kainuussa"),
        ("Digituki Pirkanmaalla – seurantalomake 2/2024", "Digituki Pirkanmaalla"),
        ("Tryggt hemma i Kronoby – uppföljningstabell", "Tryggt hemma i Kronoby"),
    ],
)
def test_a_tracking_table_or_form_after_the_name_is_the_documents_kind(title: str, name: str) -> None:
    assert without_kind(title) == name


def test_a_form_or_table_alone_names_no_project() -> None:
    assert kind_line("Raportointilomake") and kind_line("Seurantataulukko 2024")


def test_what_a_minute_does_with_the_report_is_set_aside_too() -> None:
    # A § title in capitals: the genitive's ending keeps the title's case.
    assert name_beside_matter("KOTONA TURVASSA -HANKKEEN VÄLIRAPORTTI TIEDOKSI") == "KOTONA TURVASSA -HANKE"
    assert name_beside_matter("Tryggt hemma -projektets slutrapport för kännedom") == "Tryggt hemma -projektet"
