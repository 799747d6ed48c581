"""A printed form's field boxes and a letterhead's unit over a title of the report's kind (invented text).

"Projektets namn      [ X ]": the box is no part of the name. "County | Hankehallinto | date" over
"Tilanneraportti 2/2024 – X": the unit of the letterhead is the sender, the title names the project; with a
kind line that names nothing under it ("Tilanneraportti 1/2025"), the head row's cell still names it.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.namecuts import unquoted
from hankegraafi.ingest.readers import read_bytes


def _read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))


def _root(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project")


def test_a_fields_box_is_no_part_of_the_name() -> None:
    assert unquoted("[ Kotona Kainuussa ]") == "Kotona Kainuussa"
    assert unquoted('"Kotona Kainuussa",') == "Kotona Kainuussa"
    assert unquoted("Kotona [Kainuu]") == "Kotona [Kainuu]"
    x = _read(
        "Projektkort – utskrift                    Utskrivet 14.10.2024 kl. 9.12\n"
        "-------------------------------------------------------------------\n\nProjektets namn             [ Trygg vardag i skärgården ]\n"
        "Ansvarig                    [ Egentliga Finlands välfärdsområde ]\n"
    )
    assert _root(x) == "Trygg vardag i skärgården"


def test_a_title_under_a_letterheads_unit_names_the_project() -> None:
    x = _read(
        "Kainuun hyvinvointialue\tKehittämisyksikkö\t3.2.2025\nVäliraportti 1/2025 – Yökylä\n"
        "Raportointijakso\t1.7.–31.12.2024\n\nYökylä tuo yöpartion Kajaaniin.\n"
    )
    assert _root(x) == "Yökylä"


def test_a_kind_line_naming_nothing_leaves_the_head_rows_name() -> None:
    x = _read(
        "Pohjois-Savon hyvinvointialue\tKotikuntoutus Savossa\t1.2.2025\nTilanneraportti 1/2025\n"
        "Raportointijakso\t1.7.–31.12.2024\n\nHanke kuntouttaa kotona Kuopiossa.\n"
    )
    assert _root(x) == "Kotikuntoutus Savossa"
