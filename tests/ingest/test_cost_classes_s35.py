"""Cost tables and sums by class (issue 13, stop 35; invented reports, none a development document's text).

Each test is one class of form: year columns whose kind the caption right above the table says, two sums glued
in a fixed-width column.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _costs(text: str, name: str = "raportti.txt") -> list[tuple[str, str, str | None, str, dict[str, Decimal]]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [
        (p.name, s.kind, s.year, line.category or line.raw_label, dict(line.values))
        for p in x.projects
        for s in p.costs
        for line in s.lines
    ]


def _head(language: str = "fi") -> str:
    if language == "sv":
        return "Lägesrapport 2/2024\nProjekt: Kolumnprojektet\nHuvudman: Österbottens välfärdsområde\n\n"
    return "Tilanneraportti 2/2024\nHanke: Sarakehanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_year_columns_hold_what_the_caption_above_them_says() -> None:
    for caption, role in (
        ("Toteutuneet kulut vuosittain (euroa):", "actual"),
        ("Sidotut kustannukset vuosittain", "committed"),
        ("Ennustetut kulut vuosittain (euroa):", "forecast"),
        ("Matkakulut ovat laskeneet.", "budget"),  # no caption of a kind: a budget, as before
    ):
        text = (
            _head() + f"Talous\n\n{caption}\nKululaji\t2023\t2024\tYhteensä\nMatkakulut\t1 000\t2 000\t3 000\n"
        )
        rows = {(kind, year): values for _, kind, year, _, values in _costs(text)}
        assert rows == {
            ("annual", "2023"): {role: Decimal(1000)},
            ("annual", "2024"): {role: Decimal(2000)},
            ("cumulative", None): {role: Decimal(3000)},
        }, caption


def test_two_sums_glued_in_a_filled_column_are_two_cells() -> None:
    from hankegraafi.ingest.tables import split_glued_sums

    head = ["Kostnadsslag", "Budget", "Utfall", "%"]
    # the empty cell beside the glued one takes the first sum; a short row gets a cell more
    assert split_glued_sums([head, ["Totalt", "", "1 040 000,00 1 031 300,00", "99"]])[1] == [
        "Totalt",
        "1 040 000,00",
        "1 031 300,00",
        "99",
    ]
    assert split_glued_sums([head, ["Totalt", "1 250 000 1 198 450", "96"]])[1] == [
        "Totalt",
        "1 250 000",
        "1 198 450",
        "96",
    ]
    # one sum ("12 500" is no 12 and 500), and a full row with no room, stay as they are
    assert split_glued_sums([head, ["Resor", "", "12 500", "99"]])[1] == ["Resor", "", "12 500", "99"]
    assert split_glued_sums([head, ["Resor", "5", "1 040 000 1 031 300", "99"]])[1] == [
        "Resor",
        "5",
        "1 040 000 1 031 300",
        "99",
    ]
    text = (
        _head("sv") + "Kostnader sedan start (euro)\nKostnadsslag            Budget      Utfall\n"
        "Personalkostnader    1 250 000 1 198 450\nResekostnader           45 000      39 900\n"
    )
    rows = {category: values for _, _, _, category, values in _costs(text)}
    assert rows["staff-costs"] == {"budget": Decimal(1250000), "actual": Decimal(1198450)}

