"""A cost sheet kept in long form, the year a column of its own (invented sheets; ``facts/yearrows.py``).

"KUSTANNUKSET (€);Vuosi;Budjetti;Toteuma;Poikkeama" over one row per kind and year: each year's rows
are that year's table, and the header, whose first cell names a light's dimension and whose last a
light's value ("Poikkeama"), is no light.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.yearrows import year_column
from hankegraafi.ingest.readers import read_bytes

_SHEET = (
    "Lapin hyvinvointialue;;;;\n"
    "Hanke;Saamenkielinen etävastaanotto;;;\n"
    ";;;;\n"
    "KUSTANNUKSET (€);Vuosi;Budjetti;Toteuma;Poikkeama\n"
    "Henkilöstökulut;2024;100 000;90 000;10 000\n"
    "Yhteensä;2024;100 000;90 000;10 000\n"
    "Henkilöstökulut;2025;120 000;30 000;90 000\n"
    "Yhteensä;2025;120 000;30 000;90 000\n"
    ";;;;\n"
    "Myönnetty yhteensä;220 000;;;\n"
)


def test_each_years_rows_are_that_years_table_and_the_header_is_no_light() -> None:
    x = extract(read_bytes(_SHEET.encode(), file_name="seuranta.csv", max_bytes=100_000))
    (project,) = [p for p in x.projects if p.name == "Saamenkielinen etävastaanotto"]
    tables = {(s.kind, s.year): s for s in project.costs if len(s.lines) > 1}
    assert sorted(tables) == [("annual", "2024"), ("annual", "2025")]
    staff = tables[("annual", "2025")].lines[0]
    assert (staff.category, staff.values) == (
        "staff-costs",
        {"budget": Decimal(120000), "actual": Decimal(30000), "deviation": Decimal(90000)},
    )
    assert not project.lights  # "KUSTANNUKSET … Poikkeama" is a header, not the costs' light


def test_the_column_of_years_needs_its_head_and_years_under_it() -> None:
    rows = [["Kululaji", "År", "Budget"], ["Resor", "2024", "1 000"], ["Resor", "2025", "2 000"]]
    assert year_column(rows) == 1
    assert (
        year_column([["Kululaji", "Vuosi", "Budjetti"], ["Matkat", "kaikki", "1 000"], ["Muut", "", "5"]])
        is None
    )
    assert (
        year_column([["Kululaji", "Budjetti", "Toteuma"], ["Matkat", "2024", "1 000"], ["Muut", "2025", "5"]])
        is None
    )
