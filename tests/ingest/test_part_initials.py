"""Parts keyed by their word's initials with no definition line (invented text; ingest/facts/partshort.py).

"Hankkeella on kaksi osahanketta" over "OH1 Kotikuntoutus" / "OH2 Etävastaanotto", then a light matrix and cost
rows keyed "OH1", "OH2": the key is the initials of a part word the text writes ("osahanke"), so the lines are
the parts and the tables' lights and costs theirs. A key no part word of the text fits (service centres "PK1",
"PK2" beside "painopiste") names no part, and one letter ("T1", a goal's) is no key.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partshort import inferred, written_key
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import Element

_HEAD = "TILANNEKATSAUS\n\nHankkeen nimi: Arjen apu Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"


def _read(body: str) -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name="katsaus.md", max_bytes=100_000))


def _texts(*lines: str) -> list[Element]:
    return [Element("text", n, n, line) for n, line in enumerate(lines, start=1)]


def test_initials_of_a_part_word_the_text_writes_are_its_key() -> None:
    assert inferred(_texts("Projektet har två delprojekt:", "DP1 = Mobila team", "DP2 = Digitalt stöd")) == {
        "DP": "Delprojekt"
    }
    assert inferred(_texts("Two work packages.", "WP1 Remote care", "WP2 Training")) == {"WP": "Work package"}
    assert written_key("Osahankkeet\nOH1;X\nOH2;Y", "OH2") == "Osahanke 2"


def test_no_part_word_or_one_number_or_one_letter_is_no_key() -> None:
    assert inferred(_texts("Painopiste on kotona asuminen.", "PK1 Karhula", "PK2 Hamina")) == {}
    assert inferred(_texts("Kaksi osahanketta.", "OH1 Kotikuntoutus")) == {}
    assert inferred(_texts("Kaksi osahanketta.", "T1 Tavoite yksi", "T2 Tavoite kaksi")) == {}
    assert written_key("Työpaketit\nTP1 X\nTP2 Y", "TP1") == ""  # a work package is no part


def test_lines_tables_and_lights_by_the_key_are_the_parts() -> None:
    x = _read(
        "Hankkeella on kaksi osahanketta:\n\n- OH1 Kotikuntoutus\n- OH2 Etävastaanotto\n\n"
        "vihreä = suunnitelman mukaan, keltainen = poikkeama\n\n"
        "| Osa-alue | OH1 | OH2 |\n|---|---|---|\n| Aikataulu | vihreä | keltainen |\n"
        "| Kustannukset | vihreä | vihreä |\n\n"
        "Kustannukset kumulatiivisesti (€)\n\n| Osahanke | Kustannuslaji | Budjetti | Toteuma |\n|---|---|---|---|\n"
        "| OH1 | Henkilöstökulut | 120 000 | 96 400 |\n| OH2 | Henkilöstökulut | 80 000 | 79 100 |\n"
    )
    parts = {p.name: p for p in x.projects if p.level == "subproject"}
    assert sorted(parts) == ["Osahanke 1: Kotikuntoutus", "Osahanke 2: Etävastaanotto"]
    lights = {(p, light.dimension): light.value for p, u in parts.items() for light in u.lights}
    assert lights == {
        ("Osahanke 1: Kotikuntoutus", "schedule"): "on-plan",
        ("Osahanke 1: Kotikuntoutus", "costs"): "on-plan",
        ("Osahanke 2: Etävastaanotto", "schedule"): "deviation",
        ("Osahanke 2: Etävastaanotto", "costs"): "on-plan",
    }
    budgets = {p: [line.values.get("budget") for c in u.costs for line in c.lines] for p, u in parts.items()}
    assert {p: [str(b) for b in v] for p, v in budgets.items()} == {
        "Osahanke 1: Kotikuntoutus": ["120000"],
        "Osahanke 2: Etävastaanotto": ["80000"],
    }
