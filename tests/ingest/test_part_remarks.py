"""A remark in brackets after a part's name is no part of the name (invented text).

A report's head names the part it covers with a remark on its scope: "Investointi 3: X (vain tämä
investointi)", "Delprojekt 3: Y (endast detta delprojekt)". The part is X or Y; its lights and cost
table are filed under that name. A short form in brackets ("(ETÄ)") has no part's word and stays.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.readers import read_bytes


def test_a_remark_naming_the_parts_word_is_cut_from_the_name() -> None:
    assert match_part_line("Osakokonaisuus 2: Kotikuntoutus (raportti koskee vain tätä osakokonaisuutta)") == (
        "sub-project",
        "Osakokonaisuus",
        "2",
        "Kotikuntoutus",
    )
    assert match_part_line("Investering 1: Mobil vård (gäller endast investeringen)") == (
        "investment",
        "Investering",
        "1",
        "Mobil vård",
    )


def test_a_short_form_in_brackets_stays_in_the_name() -> None:
    assert match_part_line("Investointi 2: Etäpalvelut (ETÄ)") == (
        "investment",
        "Investointi",
        "2",
        "Etäpalvelut (ETÄ)",
    )


_REPORT = """TILANNERAPORTTI 1/2025
Kainuun hyvinvointialue

Hanke:\tKotona kunnossa Kainuussa
Raportti koskee:\tOsakokonaisuus 2: Kotikuntoutus (vain tämä osakokonaisuus)

Liikennevalot (vihreä = suunnitelman mukaan, punainen = poikkeama)
Aikataulu\tpunainen
Kustannukset\tvihreä

Kustannukset 2025 (euroa)
Kustannuslaji\tBudjetti\tToteutunut
Henkilöstökulut\t120 000\t40 500
Yhteensä\t120 000\t40 500
"""


def test_the_reports_lights_and_costs_go_to_the_part_by_its_name_alone() -> None:
    x = extract(read_bytes(_REPORT.encode(), file_name="raportti.txt", max_bytes=100_000))
    parts = [p for p in x.projects if p.level == "subproject"]
    assert [p.name for p in parts] == ["Osakokonaisuus 2: Kotikuntoutus"]
    assert {light.dimension: light.value for light in parts[0].lights} == {
        "schedule": "deviation",
        "costs": "on-plan",
    }
    assert [s.kind for s in parts[0].costs] == ["annual"]
