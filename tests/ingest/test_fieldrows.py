"""A card's fields as a two-column table read as the fields' lines (ingest/fieldrows.py, stop 53)."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.fieldrows import field_rows

CARD = ["Hankkeen nimi: Kotona kuntoon", "Hyvinvointialue: Etelä-Savon hyvinvointialue", "Rahoittaja: STM"]


@pytest.mark.parametrize(
    "table",
    [
        [
            "| Hankkeen nimi | Kotona kuntoon |",
            "|---|---|",
            "| Hyvinvointialue | Etelä-Savon hyvinvointialue |",
            "| Rahoittaja | STM |",
        ],
        [
            "Hankkeen nimi     Kotona kuntoon",
            "Hyvinvointialue   Etelä-Savon hyvinvointialue",
            "Rahoittaja        STM",
        ],
    ],
    ids=["pipes, the first field as the header", "aligned"],
)
def test_a_card_as_a_two_column_table_is_its_lines(table: list[str]) -> None:
    out = field_rows(["Otsikko", "", *table, "", "Teksti."])
    assert [line for line in out if line] == ["Otsikko", *CARD, "Teksti."]
    assert len(out) == len(table) + 4  # the lines after it keep their numbers


def test_a_header_of_column_names_and_an_empty_header() -> None:
    rows = ["| Hyvinvointialue | Etelä-Savon hyvinvointialue |", "| Rahoittaja | STM |"]
    assert field_rows(["| Kenttä | Tieto |", "|---|---|", *rows]) == ["", *CARD[1:], ""]
    assert field_rows(["| | |", "|:--|:--|", *rows]) == ["", *CARD[1:], ""]


# Negatives: tables of lights, costs and goals name no field; other forms are not two-cell rows.
@pytest.mark.parametrize(
    "lines",
    [
        ["| Osa-alue | Arvio |", "|---|---|", "| Aikataulu | vihreä |", "| Kustannukset | keltainen |"],
        ["| Kululaji | Euroa |", "|---|---|", "| Palkat | 120 000 |", "| Matkat | 4 000 |"],
        ["Tavoite  Tila", "Kotikuntoutus alkaa  toteutunut", "Jonot lyhenevät  kesken"],
        ["| Kenttä | 2024 | 2025 |", "|---|---|---|", "| Rahoittaja | STM | STM |", "| Hankeaika | 1 | 2 |"],
        ["Hankkeen nimi:\tKotona kuntoon", "Rahoittaja:\tSTM"],
        ["Hankkeen nimi\tKotona kuntoon", "Hyvinvointialue\tEtelä-Savon hyvinvointialue", "Rahoittaja\tSTM"],
        ["Hankkeen nimi   Kotona kuntoon", "Rahoittaja  STM"],
        ["| Rahoittaja | STM |"],
    ],
    ids=["lights", "costs", "goals", "three columns", "colon fields", "tab rows", "not aligned", "one row"],
)
def test_other_tables_stay(lines: list[str]) -> None:
    assert field_rows(lines) == lines


def test_rows_of_no_field_stay_the_tables() -> None:
    """ "| Yhteistyötahot | X ry |", "| Helhet | X |": the readers of parties and of a model's whole read such
    rows as rows; the card's fields become lines after the rest of the table (tune u156, u702; test23 s65)."""
    table = [
        "| Tieto | Sisältö |",
        "|---|---|",
        "| Hanke | Arjen apu |",
        "| Yhteistyötahot | Omaishoitajat ry, Kansanopisto |",
        "| Rahoittaja | STM |",
    ]
    assert field_rows(table) == [*table[:2], table[3], "Hanke: Arjen apu", "Rahoittaja: STM"]
    bare = ["| Genomförandeort | Lovisa |", "| Helhet | Y |", "| Finansiär | STM |"]
    assert field_rows(bare) == ["Genomförandeort: Lovisa", bare[1], "Finansiär: STM"]


def test_a_card_aligned_with_wide_gaps_is_read_from_its_spaces() -> None:
    """R19-4 (stop 54): a card aligned with three spaces or more had its gaps made tabs (ingest/plaintext.py)
    and stayed a tab table; the lines as written say it was aligned with spaces. Real tab rows stay."""
    spaced = ["Hyvinvointialue     Etelä-Savon hyvinvointialue", "Rahoittaja          STM"]
    tabbed = [line.replace("     ", "\t").replace("          ", "\t") for line in spaced]
    assert field_rows(tabbed, spaced) == ["Hyvinvointialue: Etelä-Savon hyvinvointialue", "Rahoittaja: STM"]
    assert field_rows(tabbed, tabbed) == tabbed
    assert field_rows(tabbed) == tabbed
