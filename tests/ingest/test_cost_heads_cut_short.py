"""Cost columns headed by a word cut short, and a year's table named by its label column's head.

A sheet or a PDF with narrow columns abbreviates its heads ("Budj. 2024 | Tot. 1-9/2024", Swedish
"Budg. | Utf. | Progn."): the column is the one whose one-word label begins with the cut word, so no
abbreviation needs a label of its own (test12 c13: the budget column was lost). A table whose label
column's head names the year ("Kulut 2023 | Budjetti | Toteutunut 1–5/2023") is that year's, its actual
the year so far, as one whose budget column names the year (test12 c11: read as the period's).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.costkinds import year_of_whole
from hankegraafi.ingest.readers import read_bytes


def test_a_head_cut_short_names_the_column_whose_word_it_begins() -> None:
    assert tables.column_role("Budj. 2024") == "budget"
    assert tables.column_role("Utf. 1–9/2025") == "actual"
    assert tables.column_role("Progn.") == "forecast"
    assert tables.column_role("Enn. 2024") == "forecast"
    assert tables.column_role("Myönn.") == "granted"
    # A cut word no column's one-word label begins with, or none cut: no column.
    assert tables.column_role("Huom.") is None
    assert tables.column_role("Nro.") is None


def test_the_label_columns_year_makes_the_years_table() -> None:
    assert (
        year_of_whole(["Kulut 2023", "Budjetti", "Toteutunut 1–5/2023"], [None, "budget", "actual"]) == "2023"
    )
    # A caption's period in the corner names no year alone: the table stays the period's.
    assert year_of_whole(["KULUT 1.1.–30.6.2025", "Suunn.", "Tot."], [None, "budget", "actual"]) is None
    # The budget column's own year wins over the corner's.
    assert year_of_whole(["Kulut", "Budjetti 2024", "Toteuma 1–6/2024"], [None, "budget", "actual"]) == "2024"


def test_a_sheet_of_cut_heads_is_read_as_the_years_table() -> None:
    text = (
        "Lägesrapport 2/2024\nProjekt\tTrygg vård i skärgården\nVälfärdsområde\tVälfärdsområdet i Österbotten\n\n"
        "Kostnadsslag\tBudg. 2024\tUtf. 1–6/2024\tProgn.\nResekostnader\t10 000\t4 000\t9 000\n"
    )
    x = extract(read_bytes(text.encode(), file_name="rapport.txt", max_bytes=100_000))
    got = [
        (s.kind, s.year, line.category, line.values) for p in x.projects for s in p.costs for line in s.lines
    ]
    assert got == [
        (
            "annual",
            "2024",
            "travel",
            {"budget": Decimal(10000), "actual": Decimal(4000), "forecast": Decimal(9000)},
        )
    ]
