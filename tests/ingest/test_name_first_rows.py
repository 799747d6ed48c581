"""The project's name in a sheet's or export's first row, after the document's kind (stop 38, N8).

"Seurantaraportti;X;;;" in a CSV, "Tilanneraportti 2/2024<tab>X" in a tab export, "Lägesrapport 2/2025,X"
with commas: the first cell names the kind, the next one the project. A header row, a kind followed by
its period or by the county's name, names none. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes

_BODY = "Kuvaus;Hanke tuo kotikuntoutuksen videoyhteydellä Kajaaniin ja Sotkamoon.;;;\n"


def read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def names(text: str, name: str = "seuranta.csv") -> list[str]:
    return [p.name for p in read(text, name).projects]


def test_a_sheets_first_row_gives_the_kind_and_then_the_name() -> None:
    sheet = "Seurantaraportti;Liikkuva kuntoutus Kainuussa;;;\nHyvinvointialue;Kainuun hyvinvointialue;;;\n"
    assert names(sheet + _BODY) == ["Liikkuva kuntoutus Kainuussa"]
    follow_up = "Kustannusseuranta;Etäkuntoutus Lapissa;;;\nOrganisaatio;Lapin hyvinvointialue;;;\n"
    assert names(follow_up + _BODY.replace("Kajaaniin ja Sotkamoon", "Rovaniemelle")) == [
        "Etäkuntoutus Lapissa"
    ]


def test_a_tab_exports_first_row_with_the_kinds_number() -> None:
    text = (
        "Tilanneraportti 2/2024\tKotisairaala Kymissä\nHyvinvointialue\tKymenlaakson hyvinvointialue\n"
        "Raportointijakso\t1.7.–31.12.2024\n\nYhteenveto\nKotisairaala hoitaa potilaita Kotkassa ja Haminassa.\n"
    )
    assert names(text, "raportti.txt") == ["Kotisairaala Kymissä"]


def test_a_kind_followed_by_a_period_or_a_county_names_no_project() -> None:
    period = "Väliraportti;1.1.–30.6.2025;;;\nHanke;Perhekeskus verkossa;;;\nHyvinvointialue;Keski-Pohjanmaan hyvinvointialue;;;\n"
    assert names(period + _BODY) == ["Perhekeskus verkossa"]
    county = (
        "Tilannekatsaus 2/2025\tPohjois-Savon hyvinvointialue\t12.1.2026\nHankkeen nimi\tLiikkuvat palvelut Ylä-Savossa\n"
        "\nMitä tehtiin\nLiikkuva terveysasema kiersi Iisalmessa ja Kiuruvedellä.\n"
    )
    assert names(county, "katsaus.txt") == ["Liikkuvat palvelut Ylä-Savossa"]


def test_a_header_row_of_a_cost_sheet_is_no_kind_and_no_name() -> None:
    sheet = (
        "Hanke;Arjen tuki Kainuussa;;\nHyvinvointialue;Kainuun hyvinvointialue;;\n;;;\nKustannuslaji;Budjetti;Toteuma;\n"
        "Henkilöstökustannukset;120 000;80 000;\nYhteensä;120 000;80 000;\n"
    )
    assert names(sheet) == ["Arjen tuki Kainuussa"]


def test_a_kind_of_the_vocabulary_with_its_period_and_a_page_mark_beside_the_name() -> None:
    # stop 42 (N12): "Kuluseuranta 1–6/2025", "Seurantalomake 3/2025" (title-kind's compounds), a page mark after
    sheet = "Kuluseuranta 1–6/2025;Etäkuntoutus Sallassa;;sivu 1/1\nHallinnoija;Lapin hyvinvointialue;;\n"
    assert names(sheet + _BODY.replace("Kajaaniin ja Sotkamoon", "Sallaan")) == ["Etäkuntoutus Sallassa"]
    tab = "Seurantalomake 3/2025\tKotihoito yöllä Joensuussa\nAlue\tPohjois-Karjalan hyvinvointialue\n"
    assert names(tab + "\nHankkeen yöpartio aloitti Joensuussa.\n", "lomake.txt") == [
        "Kotihoito yöllä Joensuussa"
    ]


def test_the_name_first_and_the_kind_after_it() -> None:
    sheet = "Kotona Kuhmossa;tilannekatsaus;;;\nToteuttaja;Kainuun hyvinvointialue;;;\n"
    assert names(sheet + _BODY) == ["Kotona Kuhmossa"]


def test_a_kind_beside_a_label_names_no_project() -> None:
    sheet = "Seurantalomake 2/2024;Päivitetty;12.9.2024;\nHanke;Kotiapteekki Keravalla;;\nHyvinvointialue;Keski-Uudenmaan hyvinvointialue;;\n"
    assert names(sheet + _BODY) == ["Kotiapteekki Keravalla"]
