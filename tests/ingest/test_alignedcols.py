"""A space-aligned table whose columns stand two spaces apart read by its columns (ingest/alignedcols.py)."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.alignedcols import aligned_columns, currency_rows
from hankegraafi.ingest.plaintext import tabulate


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (
            ["Osa-alue           A  B  C", "Aikataulu          V  K  V", "Tuotosten laajuus  V  P  V"],
            [["Osa-alue", "A", "B", "C"], ["Aikataulu", "V", "K", "V"], ["Tuotosten laajuus", "V", "P", "V"]],
        ),
        (
            [
                "Mål                Status     Kommentar",
                "Hembesök per vecka  uppnått    ok",
                "Väntetid  delvis     -",
            ],
            None,
        ),
        (
            ["Objective  Status    Owner", "Home visits  achieved  Unit A", "Waiting time  partly    Unit B"],
            None,
        ),
    ],
    ids=["lights", "not lined up", "columns drift"],
)
def test_lined_up_columns(lines: list[str], rows: list[list[str]] | None) -> None:
    found = aligned_columns(lines)
    assert ([found[i] for i in range(len(lines))] if rows else found) == (rows or {})


def test_right_aligned_figures_and_the_tabulated_lines() -> None:
    lines = ["Kululaji   Budjetti  Toteuma", "Palkat      120 000   90 000", "Matkat        4 000    1 500"]
    assert aligned_columns(lines)[2] == ["Matkat", "4 000", "1 500"]
    table = [
        "Tavoite        Tila      Vastuu",
        "Kotikäynnit    valmis    Tiimi A",
        "Jonot          kesken    Tiimi B",
    ]
    assert tabulate(["Otsikko", "", *table])[3] == "Kotikäynnit\tvalmis\tTiimi A"


# Negatives: prose with two spaces after its full stops, a two-column card, rows with tabs or pipes.
@pytest.mark.parametrize(
    "lines",
    [
        ["Hanke eteni.  Jonot lyhenivät.  Kotikäynnit alkoivat.", "Tiimi kasvoi.  Uusi malli.  Arvio valmis."],
        ["Hankkeen nimi     Kotona kuntoon", "Rahoittaja        STM", "Hankeaika         2023–2025"],
        ["| a  | b  | c  |", "| d  | e  | f  |"],
        ["a\tb  c  d", "e\tf  g  h"],
        ["Aikataulu  V  K  V"],
    ],
    ids=["prose", "two columns", "pipes", "tabs", "one row"],
)
def test_other_lines_stay(lines: list[str]) -> None:
    assert aligned_columns(lines) == {}


def test_sums_a_space_apart_closed_by_their_currency() -> None:
    """R18-8: a table pasted from a PDF, its cells a space apart; the currency closes each sum."""
    lines = ["Kululaji Budjetti Toteuma", "Matkakulut 4 000 EUR 1 250,50 EUR", "Ostopalvelut 30 000 € 12 500 €"]
    assert currency_rows(lines) == {
        0: ["Kululaji", "Budjetti", "Toteuma"],
        1: ["Matkakulut", "4 000 EUR", "1 250,50 EUR"],
        2: ["Ostopalvelut", "30 000 €", "12 500 €"],
    }


# Negatives: a header of more words than columns, one sum a row, sums without their currency, a sentence.
@pytest.mark.parametrize(
    "lines",
    [
        ["Kululaji Budjetti 2025 Toteuma", "Matkakulut 4 000 € 1 250 €", "Palkat 30 000 € 12 500 €"],
        ["Kululaji Summa", "Myönnetty avustus 120 000 €", "Omarahoitus 30 000 €"],
        ["Kululaji Budjetti Toteuma", "Palkat 120 000 80 000", "Matkat 4 000 1 250"],
        ["Hanke sai", "Avustusta myönnettiin 120 000 € ja 80 000 €", "lisäksi 5 000 € ja 2 000 €."],
    ],
    ids=["header words", "one sum", "no currency", "sentences"],
)
def test_other_rows_of_sums_stay(lines: list[str]) -> None:
    assert currency_rows(lines) == {}
