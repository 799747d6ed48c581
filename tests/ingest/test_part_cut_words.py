"""Parts keyed by their word cut short with a full stop (invented text; ingest/facts/partshort.py).

"Investointi 1 Kotikuntoutus" / "Investointi 2 Etävastaanotto" named in full, then a lights matrix with columns
"Inv. 1 | Inv. 2", or group lines "Delpr. 1 X" over light rows: the cut word begins a part word the text writes
with the same numbers, so the keys are those parts and the lights theirs. A cut word the text never writes out
with its numbers (inventory numbers "Inv. 1 Sähkösängyt") stands for nothing, and a cost row "Inv. 1
Henkilöstökulut" is no part named "Henkilöstökulut".
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partshort import truncated, written_key
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import Element

_HEAD = "TILANNEKATSAUS\n\nHankkeen nimi: Arjen apu Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"


def _read(body: str, name: str = "katsaus.md") -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name=name, max_bytes=100_000))


def _texts(*lines: str) -> list[Element]:
    return [Element("text", n, n, line) for n, line in enumerate(lines, start=1)]


def test_a_cut_word_the_text_writes_in_full_with_its_numbers_is_the_key() -> None:
    lines = ("- Investointi 1 Kotikuntoutus", "- Investointi 2 Etävastaanotto", "Aikataulu\tInv. 1\tInv. 2")
    assert truncated(_texts(*lines)) == {"Inv.": "Investointi"}
    assert truncated(_texts("Delprojekt 1 X och Delprojekt 2 Y.", "Delpr. 1 X", "Delpr. 2 Y")) == {
        "Delpr.": "Delprojekt"
    }
    assert written_key("\n".join(lines), "Inv. 2") == "Investointi 2"


def test_a_cut_word_not_written_out_or_of_one_number_is_no_key() -> None:
    assert truncated(_texts("Inventaario:", "Inv. 1 Sähkösängyt", "Inv. 2 Rollaattorit")) == {}
    assert truncated(_texts("Investointi 1 X ja Investointi 2 Y.", "Inv. 1 Z")) == {}
    assert truncated(_texts("Kappale 1 ja Kappale 2.", "Kap. 1 X", "Kap. 2 Y")) == {}  # no part's word
    assert written_key("Inv. 1 X\nInv. 2 Y", "Inv. 1") == ""


def test_light_columns_by_the_cut_key_are_the_parts_lights() -> None:
    x = _read(
        "Hankkeessa on kaksi investointia:\n\n- Investointi 1 Kotikuntoutus\n- Investointi 2 Etävastaanotto\n\n"
        "vihreä = suunnitelman mukaan, keltainen = poikkeama\n\n"
        "| | Inv. 1 | Inv. 2 |\n|---|---|---|\n| Aikataulu | vihreä | keltainen |\n"
        "| Kustannukset | vihreä | vihreä |\n"
    )
    parts = {p.name: p for p in x.projects if p.level == "investment"}
    assert sorted(parts) == ["Etävastaanotto", "Kotikuntoutus"]  # a list item's part by its name alone
    lights = {(p, light.dimension): light.value for p, u in parts.items() for light in u.lights}
    assert lights == {
        ("Kotikuntoutus", "schedule"): "on-plan",
        ("Kotikuntoutus", "costs"): "on-plan",
        ("Etävastaanotto", "schedule"): "deviation",
        ("Etävastaanotto", "costs"): "on-plan",
    }
    assert not [light for light in x.projects[0].lights]  # none left to the whole


def test_group_lines_by_the_cut_key_open_the_parts() -> None:
    x = _read(
        "Projektet har två delprojekt: Delprojekt 1 Minnesrådgivning och Delprojekt 2 Familjevård.\n\n"
        "Läget (grön = enligt plan, gul = avvikelse)\n\n"
        "  Delpr. 1 Minnesrådgivning\n     Tidtabell ........ grön\n     Personal ......... gul\n"
        "  Delpr. 2 Familjevård\n     Tidtabell ........ gul\n     Personal ......... grön\n",
        name="lagesrapport.txt",
    )
    parts = {p.name: p for p in x.projects if p.level == "subproject"}
    assert sorted(parts) == ["Delprojekt 1: Minnesrådgivning", "Delprojekt 2: Familjevård"]
    lights = {(p, light.dimension): light.value for p, u in parts.items() for light in u.lights}
    assert lights == {
        ("Delprojekt 1: Minnesrådgivning", "schedule"): "on-plan",
        ("Delprojekt 1: Minnesrådgivning", "staff"): "deviation",
        ("Delprojekt 2: Familjevård", "schedule"): "deviation",
        ("Delprojekt 2: Familjevård", "staff"): "on-plan",
    }


def test_cost_rows_by_the_cut_key_make_no_part_of_their_category() -> None:
    x = _read(
        "Hankkeessa on kaksi investointia: Investointi 1 Kotikuntoutus ja Investointi 2 Etävastaanotto.\n\n"
        "Talous 2024 (€)\n\n"
        "Rivi\tBudjetti\tToteuma\nInv. 1 Henkilöstökulut\t520 000\t331 400\n"
        "Inv. 2 Henkilöstökulut\t610 000\t402 200\n",
        name="katsaus.txt",
    )
    names = sorted(p.name for p in x.projects)
    assert not any("Henkilöstökulut" in n for n in names)
