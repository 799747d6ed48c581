"""A deck's section heading of the unit's word and a summary's is no title (stop 43, N14).

"Hanke lyhyesti", "Projektet i korthet", "Kort om projektet", "Project at a glance": the summary's words are
labels of the document-section vocabulary, the unit's word names no project, and the name on the deck's
first line names it. A goal with its status after a dash ("… mukana hankkeessa – kesken") is no title
either. A name that has a unit's word keeps words the vocabulary does not know. All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.generictitle import unit_section
from hankegraafi.ingest.readers import read_bytes


def names(text: str) -> list[str]:
    return [
        p.name for p in extract(read_bytes(text.encode(), file_name="diat.txt", max_bytes=100_000)).projects
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Hanke lyhyesti",
        "Projekti pähkinänkuoressa",
        "Projektet i korthet",
        "Kort om projektet",
        "Project at a glance",
    ],
)
def test_a_unit_word_and_a_summarys_is_a_section(heading: str) -> None:
    assert unit_section(heading)


@pytest.mark.parametrize(
    "name", ["Lyhyet jonot -hanke", "Arjen turva -hanke", "Projekt Havsbris", "Kotona Kainuussa"]
)
def test_a_name_with_a_unit_word_is_no_section(name: str) -> None:
    assert not unit_section(name)


def test_the_decks_first_line_names_the_project_over_the_summary_heading() -> None:
    deck = (
        "Muistihoitaja kotiin\n\nOhjausryhmä 4.3.2025\nPäijät-Hämeen hyvinvointialue\n\nHanke lyhyesti\n\n"
        "Hankeaika 1.1.2025–31.12.2026\nKunnat: Lahti ja Hollola\nMuistihoitaja tekee kotikäynnit.\n\n"
        "Tavoitteet\n\nKaikki kunnat mukana hankkeessa – kesken\n"
    )
    assert names(deck) == ["Muistihoitaja kotiin"]


def test_a_sheets_basic_data_heading_is_a_section_over_its_name_field() -> None:
    sheet = (
        "Basic data\n\nProject name\tTeleRehab Kotka\nWellbeing services county\tKymenlaakso Wellbeing Services "
        "County\nProject period\t1 March 2025 – 28 February 2027\n\nStatus\n\nThe group sessions run weekly.\n"
    )
    x = extract(read_bytes(sheet.encode(), file_name="sheet.tsv", max_bytes=100_000))
    assert [(p.name, p.level) for p in x.projects] == [("TeleRehab Kotka", "project")]
