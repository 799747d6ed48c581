"""Cost tables laid out for the eye in text: columns two spaces apart, a header without its corner cell,
a header a PDF broke over two lines in a table read turned (``plaintext._narrow_gaps``,
``money._normalised``). Found by the variant generator's format=txt-space and format=pdf."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import money
from hankegraafi.ingest.plaintext import tabulate
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import Element


def test_rows_whose_columns_all_stand_two_spaces_apart_take_the_blocks_columns() -> None:
    lines = [
        "Kostnadsslag               Budget     Utfall",
        "Köp av tjänster         190 000 €  141 500 €",
        "Egna personalkostnader  310 000 €  188 200 €",
        "Övriga kostnader        125 000 €  109 800 €",
        "Totalt                  625 000 €  439 500 €",
    ]
    out = tabulate(["Rapport", "", *lines])[2:]
    assert [line.split("\t") for line in out[1:]] == [
        ["Köp av tjänster", "190 000 €", "141 500 €"],
        ["Egna personalkostnader", "310 000 €", "188 200 €"],
        ["Övriga kostnader", "125 000 €", "109 800 €"],
        ["Totalt", "625 000 €", "439 500 €"],
    ]


def test_a_label_with_two_spaces_inside_keeps_them_when_its_row_has_the_blocks_columns() -> None:
    lines = [
        "Investointi                                   Tila            Valmiusaste",
        "Investointi 1  Hoitovelan purku               vihreä          60 %",
        "Investointi 4  Digitaaliset palvelut          keltainen       35 %",
    ]
    out = tabulate(lines)
    assert out[2].split("\t") == ["Investointi 4  Digitaaliset palvelut", "keltainen", "35 %"]


def test_an_indented_header_without_its_corner_over_rows_of_a_turned_table() -> None:
    text = (
        "VÄLIRAPORTTI 2/2024\n\nHankkeen nimi:     Kotiutustiimi Pirkanmaalle\n"
        "Hallinnoija:       Pirkanmaan hyvinvointialue\n\n2. KUSTANNUKSET HANKKEEN ALUSTA (1 000 €)\n\n"
        "                 Henkilöstökulut  Palvelujen ostot  Matkakulut  Yhteensä\n"
        "Budjetti                     420               180          35       635\n"
        "Toteutunut                   264                97          12       373\n"
    )
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    lines = {
        (line.category, column): value
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
    }
    assert lines[("service-purchases", "budget")] == Decimal(180000)
    assert lines[("travel", "actual")] == Decimal(12000)
    assert lines[("total", "actual")] == Decimal(373000)


def test_a_turned_tables_header_broken_over_two_lines_is_joined_before_it_is_turned() -> None:
    table = Element(
        "table",
        1,
        4,
        "",
        rows=[
            ["Vuosi", "Ulkopuoliset palvelut", "Hankehenkilöstön", "Tietojärjestelmät ja"],
            ["", "", "kustannukset", "lisenssit"],
            ["2023", "0,33", "0,49", "0,45"],
            ["2024", "0,41", "0,48", "0,21"],
        ],
        row_lines=[1, 2, 3, 4],
    )
    rows = money._normalised(table).rows
    assert [row[0] for row in rows[1:]] == [
        "Ulkopuoliset palvelut",
        "Hankehenkilöstön kustannukset",
        "Tietojärjestelmät ja lisenssit",
    ]
    assert rows[2][1:] == ["0,49", "0,48"]
    # A second line whose words stand under no word of the first is not the header's tail: not joined.
    broken = Element(
        "table",
        1,
        4,
        "",
        rows=[
            ["Vuosi", "", "Henkilöstökulut", "Muut kulut"],
            ["", "kustannukset", "ja lisenssit"],
            ["2023", "220", "490", "510"],
            ["2024", "60", "390", "460"],
        ],
        row_lines=[1, 2, 3, 4],
    )
    assert [row[0] for row in money._normalised(broken).rows[2:]] == ["Henkilöstökulut", "Muut kulut"]


def test_a_table_with_no_gap_wider_than_two_spaces_is_read_by_its_rows() -> None:
    """Every column two spaces apart, rows unaligned, the header indented over the label column: the rows
    of three cells or more ending in an amount beside one another make the table, in a text with no other
    laid-out line (tabulate's count of laid-out lines counts them)."""
    lines = [
        "KUVITTEELLINEN HYVINVOINTIALUE",
        "Hanke: Kotikuntoutus verkossa",
        "",
        "Kustannukset 1-6/2025 (EUR)",
        "",
        "                    Arvio  Toteutunut",
        "Henkilöstökulut  210 000  98 400",
        "Laitehankinnat  45 000  44 100",
        "Yhteensä  255 000  142 500",
        "",
        "Henkilöstökulut  jäivät arviosta.  Rekrytointi viivästyi.",
    ]
    out = tabulate(lines)
    assert [line.split("\t") for line in out[5:9]] == [
        ["", "Arvio", "Toteutunut"],
        ["Henkilöstökulut", "210 000", "98 400"],
        ["Laitehankinnat", "45 000", "44 100"],
        ["Yhteensä", "255 000", "142 500"],
    ]
    assert "\t" not in out[10]  # a sentence's double spaces stay text
