"""A table aligned with tabs to the 8-column tab stops is the space-aligned table it shows (ingest/tabstops.py).

Found by the metamorphic tests (scripts/metamorph.py ``spaces_to_tabs``, stop 51: 53 of 72 development documents
with a space-aligned table lost facts when an editor wrote its gaps as tabs; stop 52: 1). A tab-separated export
(adjacent tabs are its empty cells) stays an export: its rows of as many cells have as many tabs. Invented rows.
"""

from __future__ import annotations

from hankegraafi.ingest.plaintext import tabulate
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.tabstops import colon_fields, expand_aligned_tabs
from tests.cpuclock import ratio

#: The rows of a cost table as an editor that writes tabs for spaces saves them (each shows aligned).
TABBED = [
    "Kululaji\t\t\t   Arvio\t Toteuma",
    "Omat palkat ja sivukulut\t 312 000\t 150 400",
    "Ostopalvelut\t\t\t  84 500\t  61 020",
    "Matkat\t\t\t\t   7 300\t   2 950",
    "Kaikki yhteensä\t\t\t 403 800\t 214 370",
]


def test_the_rows_show_as_the_spaces_of_their_tab_stops() -> None:
    shown = expand_aligned_tabs(TABBED)
    assert all("\t" not in row for row in shown)
    # Each row's sums end in the column where they end when shown with tabs at every 8th column.
    assert {len(row) for row in shown} == {len(TABBED[1].expandtabs(8))}
    assert [row.split("\t") for row in tabulate(TABBED)] == [
        ["Kululaji", "Arvio", "Toteuma"],
        ["Omat palkat ja sivukulut", "312 000", "150 400"],
        ["Ostopalvelut", "84 500", "61 020"],
        ["Matkat", "7 300", "2 950"],
        ["Kaikki yhteensä", "403 800", "214 370"],
    ]


def test_a_tab_that_leaves_one_column_is_a_gap_too() -> None:
    # "Asiakasohjaus ja neuvonta" ends at the 25th column: its tab shows one space to the 32nd.
    rows = ["Kululaji\t\t\t\tArvio", "Asiakasohjaus ja neuvontaa\t 51 000", "Matkat\t\t\t\t  4 200"]
    assert [row.split("\t") for row in tabulate(rows)] == [
        ["Kululaji", "Arvio"],
        ["Asiakasohjaus ja neuvontaa", "51 000"],
        ["Matkat", "4 200"],
    ]


def test_an_exports_empty_cells_stay_empty() -> None:
    # A sheet saved as text: one tab between cells, an empty cell two tabs; every row has as many tabs.
    export = [
        "Mittari\tLähtötaso\tTavoite\tToteuma",
        "Jonotusaika (vrk)\t21\t\t9",
        "Asiakkaita\t\t400\t388",
        "Palautteen keskiarvo\t3,9\t4,5\t4,4",
    ]
    assert expand_aligned_tabs(export) == export
    assert tabulate(export)[1].split("\t") == ["Jonotusaika (vrk)", "21", "", "9"]


def test_a_tabbed_field_list_stays_as_it_is() -> None:
    fields = [
        "Hanke\t\tPerhetyön etäpalvelut",
        "Vastuutaho\t\tSatakunnan hyvinvointialue",
        "Kesto\t\t2024\t2025",
    ]
    assert expand_aligned_tabs(fields) == fields


def test_a_tsv_file_is_never_read_so() -> None:
    data = "\n".join(["Hanke: Perhetyön etäpalvelut", "", *TABBED]).encode("utf-8")
    as_text = read_bytes(data, file_name="kulut_2024.txt", max_bytes=100_000).lines
    as_tsv = read_bytes(data, file_name="kulut_2024.tsv", max_bytes=100_000).lines
    assert as_text[3].split("\t") == ["Omat palkat ja sivukulut", "312 000", "150 400"]
    assert as_tsv[3] == TABBED[1]


def test_a_page_head_laid_out_with_tabs_leaves_the_texts_aligned_table_to_its_reader() -> None:
    # One line with tabs (a printout's head) had made the whole text a tab-separated export: the table under it,
    # aligned with spaces, was then never split into its columns.
    text = "\n".join(
        [
            "PERHEKESKUS KOTONA\t\t\t\t\tSivu 1/1",
            "",
            "Hankkeen nimi: Perhekeskus kotona",
            "",
            "Kustannuslaji                 Budjetti     Toteuma",
            "Henkilöstökulut                210 000     102 500",
            "Palvelujen ostot                40 000      12 800",
            "Yhteensä                       250 000     115 300",
        ]
    )
    lines = read_bytes(text.encode("utf-8"), file_name="perhekeskus_2024.txt", max_bytes=100_000).lines
    assert lines[5].split("\t") == ["Henkilöstökulut", "210 000", "102 500"]


def test_linear_in_the_texts_length() -> None:
    # Processor time of this process (not the wall clock, which other processes' load stretches), the collector's
    # older objects frozen, the least of the small side's measures (tests/cpuclock.py).
    def rows(n: int, k: int) -> list[str]:
        return [TABBED[0], *(TABBED[1 + (i + k) % 4] for i in range(n))]

    small, large = ratio(expand_aligned_tabs, rows, 1_000, bound=30)
    assert large < 30 * small + 0.05, (small, large)


def test_a_field_whose_colon_a_tab_follows_is_the_field_it_is() -> None:
    # R17's colon_tab (stop 52): one such line had made the whole text a tab-separated export.
    lines = [
        "Hanke:\tPerhetyön etäpalvelut",
        "- Aikataulu:\tvihreä",
        "**Tila:**\tkäynnissä",
        "Vuosi\t2024\t2025",
    ]
    assert colon_fields(lines) == [
        "Hanke: Perhetyön etäpalvelut",
        "- Aikataulu: vihreä",
        "**Tila:** käynnissä",
        "Vuosi\t2024\t2025",
    ]
    # A row of a table whose first cell ends in a colon keeps its cells.
    assert colon_fields(["Yhteensä:\t1 200\t1 150"]) == ["Yhteensä:\t1 200\t1 150"]
    # A sheet saved as text keeps every tab.
    data = "Hanke:\tPerhetyön etäpalvelut\nKululaji\tBudjetti\n".encode()
    assert read_bytes(data, file_name="kulut.tsv", max_bytes=10_000).lines[0] == "Hanke:\tPerhetyön etäpalvelut"
