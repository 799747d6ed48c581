"""A sheet's name row whose label stands in its second column, after an item's code or section (stop 43, N14).

"1.1 | Hankkeen nimi | X" in a numbered form's export, "facts | Project name | X" in a long sheet, "Projekt |
Namn | X" where only the section and the label together name the field: the value names the project. A
contact's "yhteyshenkilö | nimi | …" names a person, and a list's head "Nro | Hanke | Kunta" no project.
All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def names(text: str, name: str) -> list[str]:
    return [p.name for p in extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000)).projects]


def test_a_numbered_forms_name_row_names_the_project() -> None:
    sheet = (
        "nro\tkysymys\tvastaus\n1\tLomake\tVäliraportti 2/2025\n1.1\tProjektin nimi\tKylätalojen etävastaanotto\n"
        "1.2\tHallinnoija\tLapin hyvinvointialue\n1.3\tKunnat\tSalla; Savukoski\n"
    )
    assert names(sheet, "valiraportti.tsv") == ["Kylätalojen etävastaanotto"]


def test_the_section_and_the_label_together_name_the_field() -> None:
    table = (
        "| Del | Fält | Uppgift |\n|---|---|---|\n| Projekt | Namn | Hemvård på distans i Kristinestad |\n"
        "| Projekt | Kommuner | Kristinestad, Närpes |\n| Projekt | Huvudman | Välfärdsområdet i Österbotten |\n"
    )
    assert names("Uppföljning våren 2025\n\n" + table, "uppfoljning.md") == [
        "Hemvård på distans i Kristinestad"
    ]


def test_a_contacts_name_in_the_middle_column_names_no_project() -> None:
    sheet = (
        "Väliraportti – Perhekeskus verkossa\n\nosio\ttieto\tarvo\nyhteyshenkilö\tnimi\tMaija Lehto\n"
        "perustiedot\thallinnoija\tKainuun hyvinvointialue\nperustiedot\tkunnat\tKajaani, Kuhmo\n"
    )
    assert names(sheet, "raportti.tsv") == ["Perhekeskus verkossa"]
