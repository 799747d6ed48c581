"""A role row whose list a sheet split at its own delimiter still lists the parties in that role.

"Kumppanit;X (X): koulutus; Y kaupunki: tilat" in a CSV of ";" is the label and one cell an item: the
items are joined again, each party's share after its colon dropped as a share in brackets is. A lone
row is no header over a table of parties. The texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partytables import _joined
from hankegraafi.ingest.readers import read_bytes

SHEET = """Pohjois-Savon hyvinvointialue;;;;
Seurantataulukko 1/2025;;;;
Hanke;Arjen turva Savossa -hanke;;;
Toteutusalue;Kuopio, Varkaus;;;
;;;;
Kumppanit;Savonia-ammattikorkeakoulu: arviointi; Varkauden kaupunki: tilat;;
;;;;
Kotihoidon asiakkaille tehtiin tammikuussa 380 etäkäyntiä.;;;;
"""


def test_a_split_role_row_is_joined_again() -> None:
    assert _joined(["Kumppanit", "X Oy: koulutus", "Y ry: tilat"]) == [
        "Kumppanit",
        "X Oy: koulutus; Y ry: tilat",
    ]
    assert _joined(["Henkilöstökulut", "120 000", "80 000"]) == ["Henkilöstökulut", "120 000", "80 000"]
    assert _joined(["Hanke", "X", "Y"]) == ["Hanke", "X", "Y"]


def test_the_partners_of_a_sheets_row_are_dependencies() -> None:
    x = extract(read_bytes(SHEET.encode(), file_name="seuranta.csv", max_bytes=1_000_000))
    (project,) = x.projects
    assert sorted(d.target.label for d in project.dependencies) == ["Savonia-ammattikorkeakoulu", "Varkaus"]
