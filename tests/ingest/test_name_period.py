"""The period a title writes after a project's name is no part of the name.

"Lapin Kestävän kasvun hanke (2022-2025)", "X -hanke 2022–2025", a name field "X -projekti
[2023–2024]": the project is X; years inside a name ("Hyvinvointia 2030", "Sote 2023–2025 -hanke")
stay. The texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.namecuts import without_period
from hankegraafi.ingest.readers import read_bytes

TITLED = """Väliraportti 1/2024
Arjen tuki Kymenlaaksossa -hanke (2023–2025)

Hanke kehittää kotihoidon iltakäyntejä Kotkassa ja Haminassa, ja asiakkaat saavat kuvapuhelut.
"""

FIELD = """TILANNERAPORTTI
Hankkeen nimi: Arjen tuki Kymenlaaksossa -hanke [2023–2025]
Raportointijakso: 1.1.–30.6.2024

Hanke kehittää kotihoidon iltakäyntejä Kotkassa ja Haminassa, ja asiakkaat saavat kuvapuhelut.
"""


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Lapin Kestävän kasvun hanke (2022-2025)", "Lapin Kestävän kasvun hanke"),
        ("Satakunnan Kestävän kasvun hanke 2022–2025", "Satakunnan Kestävän kasvun hanke"),
        ("Kotiin-projekt 2022-2024", "Kotiin-projekt"),
        ("Kotona Kainuussa (2021–)", "Kotona Kainuussa"),
        ("Hyvinvointia 2030", "Hyvinvointia 2030"),
        ("Sote 2023–2025 -hanke", "Sote 2023–2025 -hanke"),
        ("Projekt Hemma 2022-2024", "Projekt Hemma 2022-2024"),
    ],
)
def test_without_period(name: str, cut: str) -> None:
    assert without_period(name) == cut


@pytest.mark.parametrize(("text", "file_name"), [(TITLED, "valiraportti.txt"), (FIELD, "tilanneraportti.txt")])
def test_the_project_is_named_without_its_period(text: str, file_name: str) -> None:
    x = extract(read_bytes(text.encode(), file_name=file_name, max_bytes=1_000_000))
    assert [p.name for p in x.projects] == ["Arjen tuki Kymenlaaksossa -hanke"]
