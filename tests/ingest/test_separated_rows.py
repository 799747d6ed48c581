"""A table whose cells a ';' or a bare '|' parts, in a text, as pipe rows (ingest/pipecells.py, stop 53)."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.pipecells import separated_rows


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (
            ["Tavoite;Tila", "Kotikuntoutus alkaa;toteutunut", "Jonot lyhenevät;kesken"],
            ["| Tavoite | Tila |", "| Kotikuntoutus alkaa | toteutunut |", "| Jonot lyhenevät | kesken |"],
        ),
        (
            ["Hanke|Kotona kuntoon", "Toteuttaja | Etelä-Savon hyvinvointialue"],
            ["| Hanke | Kotona kuntoon |", "| Toteuttaja | Etelä-Savon hyvinvointialue |"],
        ),
        (
            ["Kululaji;Summa", '"Palvelut; ostot";1 000', "Palkat;2 000"],
            ["| Kululaji | Summa |", "| Palvelut; ostot | 1 000 |", "| Palkat | 2 000 |"],
        ),
    ],
    ids=["semicolons", "bare pipes", "a quoted semicolon"],
)
def test_a_separated_table_is_pipe_rows(lines: list[str], rows: list[str]) -> None:
    assert separated_rows(["Otsikko", *lines, "", "Teksti."]) == ["Otsikko", *rows, "", "Teksti."]


# Negatives: a sentence's semicolons, one row alone, a Markdown table's rows, rows of other widths.
@pytest.mark.parametrize(
    "lines",
    [
        ["Rekrytointi on kesken; jatkuu syksyllä.", "Hankinnat ovat valmiit; raportti tulee."],
        ["Hanke|Kotona kuntoon", "", "Toteuttaja|Etelä-Savon hyvinvointialue"],
        ["| Hanke | Kotona kuntoon |", "| Toteuttaja | Etelä-Savon hyvinvointialue |"],
        ["Tavoite;Tila", "Kotikuntoutus alkaa;toteutunut;2024"],
        ["Etusivu | Hankkeet | Kotona kuntoon"],
        ["- Matkakulut – budj. 8 000 | tot. 3 950", "- Palkat – budj. 9 000 | tot. 4 100"],
    ],
    ids=["sentences", "apart", "outer pipes", "other widths", "a breadcrumb", "list items"],
)
def test_other_lines_stay(lines: list[str]) -> None:
    assert separated_rows(lines) == lines


def test_a_table_of_parties_stays_lines() -> None:
    """The readers of parties read "the Municipality of Laukaa;osatoteuttaja" as a line (a co-implementer); as a
    table's row the name was lost (the names family's csv-semicolon tables, stop 54)."""
    rows = [
        "Osatoteuttajat;Rooli",
        "the Municipality of Laukaa;osatoteuttaja",
        "Kangasniemen kunta;osatoteuttaja",
    ]
    assert separated_rows(rows) == rows
    sv = ["Samarbetspartner|Roll", "Reso kommun|delgenomförare", "Merikarvia kommun|delgenomförare"]
    assert separated_rows(sv) == sv


def test_field_lines_whose_values_a_semicolon_parts_stay() -> None:
    """R19-13: "Kumppanit: Kela;THL" is a field listing its items, no row of a table."""
    lines = ["Kumppanit: Kela;THL", "Kunnat: Mikkeli;Juva"]
    assert separated_rows(lines) == lines
