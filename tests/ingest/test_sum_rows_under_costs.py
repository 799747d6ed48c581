"""A row stating the sum granted under a sheet's cost table is that sum, not a cost row.

A follow-up sheet gives, under its cost table and a blank row, the grant with the years it covers
("Myönnetty avustus 2023-2025;1150000,00") or the whole's ("Koko hankkeen avustus;13500000,00"): the
label's years and the whole's words aside, the statement-kind vocabulary names the sum (test12 c08).
Before, the row was a raw row of the cost table, and no sum was read (the figure, printed with cents and
no grouping as a sheet exports it, was not taken for money either).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_SHEET = (
    "Hanke;Kainuun kotisairaala;;\nHyvinvointialue;Kainuun hyvinvointialue;;\nRaportointipäivä;3.3.2025;;\n;;;\n"
    "KUSTANNUKSET 2024;Budjetti 2024;Toteuma 2024;Ennuste 12/2024\n"
    "Matkakulut;12000,00;9900,00;11000,00\nYhteensä;12000,00;9900,00;11000,00\n;;;\n"
    "Myönnetty avustus 2023-2025;640000,00;;\nKoko hankkeen avustus;640000,00;;\n"
)


def test_the_grant_under_the_costs_is_a_sum_of_its_own() -> None:
    x = extract(read_bytes(_SHEET.encode(), file_name="seuranta.csv", max_bytes=100_000))
    (project,) = x.projects
    rows = [(s.kind, line.raw_label) for s in project.costs for line in s.lines]
    assert ("granted", "Myönnetty avustus 2023-2025") in rows
    assert not any(label.startswith(("Myönnetty", "Koko")) for kind, label in rows if kind != "granted")
    (granted,) = [s for s in project.costs if s.kind == "granted"]
    assert granted.lines[0].values == {"budget": Decimal(640000)}
