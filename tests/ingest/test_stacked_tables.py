"""A cost table printed right under another table, no heading or blank line between, is a table of its own.

Report templates print a part's tables one under another ("Tavoite | Tila" and its goals, then
"Kustannuslaji | Budjetti 2024 | Toteuma 1–8/2024 | Ennuste 2024" and its rows): read as one table, the
costs were rows of the goals' table, whose header names no money column, and none was read (test12 c06).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_document
from hankegraafi.ingest.segment import segment

_GOALS_THEN_COSTS = [
    "Tavoite\tTilanne 9/2025",
    "Kotikuntoutus alkaa kahdessa kunnassa\tToteutunut",
    "Etäohjaus vakiintuu\tKesken",
    "Kululaji\tMyönnetty\tToteutunut\tKäyttöaste %",
    "Matkakulut\t12 000\t8 400\t70",
    "Yhteensä\t12 000\t8 400\t70",
]


def _tables(lines: list[str]) -> list[list[list[str]]]:
    return [e.rows for e in segment(lines).elements if e.type == "table"]


def test_a_cost_header_under_a_goal_table_begins_a_table() -> None:
    assert _tables(_GOALS_THEN_COSTS) == [
        [
            ["Tavoite", "Tilanne 9/2025"],
            ["Kotikuntoutus alkaa kahdessa kunnassa", "Toteutunut"],
            ["Etäohjaus vakiintuu", "Kesken"],
        ],
        [
            ["Kululaji", "Myönnetty", "Toteutunut", "Käyttöaste %"],
            ["Matkakulut", "12 000", "8 400", "70"],
            ["Yhteensä", "12 000", "8 400", "70"],
        ],
    ]


def test_a_second_header_row_of_one_table_stays_its_header() -> None:
    """ "Kululaji | 2024 | 2025" over "| Budjetti | Toteuma | …": one table, its header in two rows."""
    lines = [
        "Kululaji\t2024\t\t2025",
        "\tBudjetti\tToteuma\tBudjetti\tToteuma",
        "Matkakulut\t1 000\t900\t1 200\t1 100",
    ]
    assert len(_tables(lines)) == 1


def test_a_cost_table_header_repeated_stays_in_its_table() -> None:
    """Under a table whose own header is a cost header (a page break repeating it) nothing is cut here."""
    lines = [
        "Kululaji\tBudjetti\tToteuma\tEnnuste",
        "Matkakulut\t1 000\t900\t1 000",
        "Kululaji\tBudjetti\tToteuma\tEnnuste",
        "Ohjelmistot\t2 000\t1 500\t2 000",
    ]
    assert len(_tables(lines)) == 1


def test_the_costs_under_the_goals_are_read(tmp_path: Path) -> None:
    path = tmp_path / "katsaus.txt"
    path.write_text(
        "\n".join(
            ["Hanke\tArjen tuki Kainuussa", "Hyvinvointialue\tKainuun hyvinvointialue", "", *_GOALS_THEN_COSTS]
        )
        + "\n",
        encoding="utf-8",
    )
    extraction = extract(read_document(path, max_bytes=1_000_000))
    cells = {
        (line.category, column, value)
        for project in extraction.projects
        for statement in project.costs
        for line in statement.lines
        for column, value in line.values.items()
    }
    assert ("travel", "granted", Decimal(12000)) in cells
    assert ("travel", "actual", Decimal(8400)) in cells
    goals = [goal.description for project in extraction.projects for goal in project.goals]
    assert "Kululaji" not in goals and "Matkakulut" not in goals


def test_a_row_with_a_share_whose_label_reads_like_a_field_stays_a_row() -> None:
    """ "Laitteet" is near the attachments field's "Liitteet": in an open table, a row of amounts and a
    per cent ("80 000 € | 61 900 € | 77 %") is the table's row, not a field that cuts the table (test12 c05)."""
    lines = [
        "Kustannuslaji\tBudjetti 2023\tToteuma 1–6/2023\tToteutumis-%",
        "Henkilöstökulut\t420 000 €\t198 300 €\t47 %",
        "Laitteet\t80 000 €\t61 900 €\t77 %",
        "Vuokrat\t12 000 €\t12 000 €\t100 %",
    ]
    (rows,) = _tables(lines)
    assert [row[0] for row in rows] == ["Kustannuslaji", "Henkilöstökulut", "Laitteet", "Vuokrat"]
