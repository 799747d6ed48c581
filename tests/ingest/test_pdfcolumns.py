"""Two text columns of a PDF page are read one after the other; a table that looks the same is not split.

The class: test25 l48 (an English newsletter) and test29 ib12 (a Swedish project card), two authors.
These pages are invented here in other words, as pypdf's layout mode prints such pages.
"""

from __future__ import annotations

from hankegraafi.ingest.pdfcolumns import split_columns
from tests.cpuclock import ratio


def _page(rows: list[tuple[str, str]], at: int = 70) -> list[str]:
    """Layout lines: each row's left text, padded to ``at``, then its right text."""
    return [(left.ljust(at) + right).rstrip() if right else left for left, right in rows]


NEWSLETTER = _page(
    [
        ("Sote-uutiset 3/2025", ""),
        ("", ""),
        ("Kotikuntoutus Kainuussa vie fysiotera-", "LYHYESTI"),
        ("peutit asiakkaiden koteihin Kajaanissa", "Hankeaika 1.1.2024–31.12.2025"),
        ("ja Sotkamossa. Hyvinvointialue vastaa", "Avustus 410 000 euroa (STM)"),
        ("hankkeesta, ja Kajaanin ammattikorkea-", ""),
        ("koulu arvioi sen tulokset.", "Tilanne syyskuussa"),
        ("", "Aikataulu: vihreä"),
        ("Tavoitteet:", "Talous: keltainen"),
        ("1. Kotikäynnit kahdessa kunnassa", "Riskit: vihreä"),
        ("– toteutunut.", "(vihreä = suunnitelman mukaan)"),
        ("2. Jonot lyhyemmiksi kuin vuonna", ""),
        ("2023 – osittain toteutunut.", "Kustannukset 30.9.2025 (euroa)"),
    ]
)


def test_a_newsletter_page_reads_its_left_column_then_its_right() -> None:
    lines = [line for line in split_columns(NEWSLETTER) if line.strip()]
    # The left column's prose is unwrapped into sentences; a hyphen's break is left to join_hyphenated.
    assert lines[:3] == [
        "Sote-uutiset 3/2025",
        "Kotikuntoutus Kainuussa vie fysiotera-",
        "peutit asiakkaiden koteihin Kajaanissa ja Sotkamossa. Hyvinvointialue vastaa hankkeesta, ja Kajaanin "
        "ammattikorkea-",
    ]
    left_end = lines.index("2. Jonot lyhyemmiksi kuin vuonna 2023 – osittain toteutunut.")
    assert lines[left_end + 1 :] == [
        "LYHYESTI",
        "Hankeaika 1.1.2024–31.12.2025",
        "Avustus 410 000 euroa (STM)",
        "Tilanne syyskuussa",
        "Aikataulu: vihreä",
        "Talous: keltainen",
        "Riskit: vihreä",
        "(vihreä = suunnitelman mukaan)",
        "Kustannukset 30.9.2025 (euroa)",
    ]
    assert "Tavoitteet:" in lines[:left_end] and "– toteutunut." in lines[:left_end]


def test_a_table_whose_first_cells_wrap_is_not_split() -> None:
    """A wrapped first cell goes on in a line of its own: the row's figures stand on its first line."""
    table = _page(
        [
            ("Toteutuneet kustannukset (euroa):", ""),
            ("Investointi", "Myönnetty        Toteutunut"),
            ("Investointi 1: Kotihoidon yöpartio ja", "640 000,00        611 200,40"),
            ("etäkäynnit saaristossa", ""),
            ("Investointi 2: Ennaltaehkäisevät", "410 000,00        377 950,00"),
            ("kotikäynnit", ""),
            ("Investointi 3: Asiakasohjauksen", "290 000,00        288 100,00"),
            ("keskittäminen", ""),
            ("Yhteensä", "1 340 000,00      1 277 250,40"),
        ]
    )
    assert split_columns(table) == table


def test_a_matrix_with_row_labels_in_lower_case_is_not_split() -> None:
    matrix = _page(
        [
            ("Osahanke A: Etävastaanotto", ""),
            ("", "Aikataulu   Talous   Henkilöstö   Riskit"),
            ("korkein", "( )         ( )      (X)          ( )"),
            ("keskimmäinen", "(X)         ( )      ( )          (X)"),
            ("matalin", "( )         (X)      ( )          ( )"),
            ("Osahanke B: Kotisairaala", ""),
            ("", "Aikataulu   Talous   Henkilöstö   Riskit"),
            ("korkein", "(X)         ( )      ( )          ( )"),
            ("keskimmäinen", "( )         (X)      (X)          ( )"),
            ("matalin", "( )         ( )      ( )          (X)"),
        ],
        at=30,
    )
    assert split_columns(matrix) == matrix


def test_a_form_of_labels_and_values_is_not_split() -> None:
    form = _page(
        [
            ("Hankkeen nimi", "Kotikuntoutus Kainuussa"),
            ("Hankkeen kesto", "1.1.2024–31.12.2025"),
            ("Hyvinvointialue", "Kainuun hyvinvointialue"),
            ("Toteutuskunnat", "Kajaani, Sotkamo"),
            ("Rahoittaja", "sosiaali- ja terveysministeriö"),
            ("Myönnetty avustus", "410 000 euroa"),
        ],
        at=40,
    )
    assert split_columns(form) == form


def _column_page(lines: int, k: int = 0) -> list[str]:
    """A page whose left column's prose never closes (``k`` names its right column's lines)."""
    left = "kotihoidon tiimi jatkaa kehittämistä alueella ja samalla kuntien"
    return _page([(left, f"rivi {k}-{i}" if k else f"rivi {i}") for i in range(lines)])


def test_a_column_that_never_closes_a_sentence_is_joined_in_linear_time() -> None:
    """A hostile page (stop 41, R2): every left line flows on, so the whole column is one sentence. Joining it
    by concatenation, and testing its end with a pattern that scanned the whole joined text, was quadratic:
    8000 lines of a 95 KB PDF took 19 s to read. Linear work gives a ratio near 8 for 8 times the lines."""
    small, large = ratio(split_columns, _column_page, 2000, bound=30, times=8)
    out = split_columns(_column_page(16000))
    joined = out[0]
    assert joined.startswith("kotihoidon tiimi jatkaa") and joined.count("kotihoidon") == 16000
    assert out[1:3] == ["", "rivi 0"] and len(out) == 16003
    assert large / max(small, 1e-3) < 30, (small, large)
