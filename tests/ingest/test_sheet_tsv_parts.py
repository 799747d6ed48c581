"""A tab-separated sheet's tables parted by its blank rows, and a long-form section's dated name kept as its
table's caption (issue 13, stop 45).

A ``.tsv`` sheet was never parted at its blank rows as a CSV is: a table took the field rows above it as its own,
so the parts it listed were no units (test36 og16, its progress and sums per part lost). A section in long form
that is a table lost the name that dates it ("costs Jan-Jun 2025 | Cost category | Period budget", test33 id29),
and the period's table went to the wrong year. Invented text.
"""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


def test_a_tab_sheets_parts_table_under_its_field_rows_names_the_parts() -> None:
    text = "\n".join(
        [
            "Väliraportti\tKotihoito kylissä\t",
            "Hallinnoija\tPirkanmaan hyvinvointialue\t",
            "Osatoteuttajat\tNokian kaupunki, Ylöjärven kaupunki\t",
            "Raportti hyväksytty\t20.8.2025\t",
            "\t\t",
            "Osahanke\tVastuutaho\tAlue",
            "Osahanke 1 Yöhoito\tkotihoito\tNokia",
            "Osahanke 2 Etäkäynnit\tetäpalvelut\tYlöjärvi",
        ]
    )
    names = {project.name for project in _read(text, "valiraportti.tsv").projects}
    assert {"Osahanke 1: Yöhoito", "Osahanke 2: Etäkäynnit"} <= names, names


def test_a_long_form_sections_dated_name_dates_its_period_table() -> None:
    text = "\n".join(
        [
            "section\tkey\tvalue",
            "facts\tProject name\tNight pharmacy on the islands",
            "facts\tDuration\t1 March 2024 – 28 February 2026",
            "facts\tFunder\tMinistry of Social Affairs and Health",
            "costs Jul-Dec 2025\tCost category\tPeriod budget\tPeriod actual",
            "costs Jul-Dec 2025\tStaff costs\t120000\t101500",
            "costs Jul-Dec 2025\tTravel\t4000\t3900",
            "costs Jul-Dec 2025\tTotal\t124000\t105400",
        ]
    )
    costs = [
        (s.kind, s.year, line.category, dict(line.values))
        for project in _read(text, "status.tsv").projects
        for s in project.costs
        for line in s.lines
    ]
    assert ("period", "2025", "staff-costs", {"budget": Decimal(120000), "actual": Decimal(101500)}) in costs
    assert ("period", "2025", "total", {"budget": Decimal(124000), "actual": Decimal(105400)}) in costs


def test_a_workbooks_tables_are_parted_at_its_blank_rows() -> None:
    """A workbook's sheet is cells too: its blank rows part its tables as a CSV's do (test31 ic81's cost table
    after its lights, tune u980's table of towns no longer read as sums)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ["Väliraportti", "Kotihoito kylissä"],
        ["Hallinnoija", "Pirkanmaan hyvinvointialue"],
        ["Osatoteuttajat", "Nokian kaupunki, Ylöjärven kaupunki"],
        ["Raportti hyväksytty", "20.8.2025"],
        [],
        ["Osahanke", "Vastuutaho", "Alue"],
        ["Osahanke 1 Yöhoito", "kotihoito", "Nokia"],
        ["Osahanke 2 Etäkäynnit", "etäpalvelut", "Ylöjärvi"],
    ]:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    result = extract(read_bytes(data.getvalue(), file_name="valiraportti.xlsx", max_bytes=1_000_000))
    names = {project.name for project in result.projects}
    assert {"Osahanke 1: Yöhoito", "Osahanke 2: Etäkäynnit"} <= names, names
