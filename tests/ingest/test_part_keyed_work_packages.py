"""Work packages that a lights or cost table keys report as parts (invented text; ingest/facts/partshort.py).

"Työpaketti 1: X" / "Työpaketti 2: Y" over a cost table whose rows are keyed "TP1", "TP2" (the word's initials) or
a lights table by "Työpaketti 1" rows: the packages are the parts and the table's costs and lights theirs. Work
packages named over running text, with a table of "TP1" keys that holds no light and no sum, stay tasks of the
whole (no part); the whole keeps its lights.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes

_HEAD = "TILANNEKATSAUS\n\nHankkeen nimi: Arjen apu Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"
_PACKAGES = (
    "Hanke on jaettu kahteen työpakettiin:\n\nTyöpaketti 1: Kotikuntoutus\nTyöpaketti 2: Etävastaanotto\n\n"
)


def _read(body: str) -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name="katsaus.txt", max_bytes=100_000))


def test_a_cost_table_keyed_by_the_initials_makes_the_packages_parts() -> None:
    x = _read(
        _PACKAGES + "Kustannukset kumulatiivisesti (euroa)\n\nTyöpaketti\tKustannuslaji\tBudjetti\tToteuma\n"
        "TP1\tHenkilöstökulut\t120 000\t96 400\nTP2\tHenkilöstökulut\t80 000\t79 100\n"
    )
    parts = {p.name: p for p in x.projects if p.level == "subproject"}
    assert sorted(parts) == ["Työpaketti 1: Kotikuntoutus", "Työpaketti 2: Etävastaanotto"]
    budgets = {
        n: [str(line.values.get("budget")) for c in p.costs for line in c.lines] for n, p in parts.items()
    }
    assert budgets == {"Työpaketti 1: Kotikuntoutus": ["120000"], "Työpaketti 2: Etävastaanotto": ["80000"]}


def test_a_lights_table_keyed_by_the_word_makes_the_packages_parts() -> None:
    x = _read(
        _PACKAGES + "Tilannevalot (vihreä = suunnitelman mukaan, keltainen = poikkeama)\n\n"
        "Työpaketti\tAikataulu\tKustannukset\nTyöpaketti 1\tvihreä\tkeltainen\nTyöpaketti 2\tkeltainen\tvihreä\n"
    )
    lights = {
        (p.name, li.dimension): li.value for p in x.projects if p.level == "subproject" for li in p.lights
    }
    assert lights == {
        ("Työpaketti 1: Kotikuntoutus", "schedule"): "on-plan",
        ("Työpaketti 1: Kotikuntoutus", "costs"): "deviation",
        ("Työpaketti 2: Etävastaanotto", "schedule"): "deviation",
        ("Työpaketti 2: Etävastaanotto", "costs"): "on-plan",
    }


def test_keys_without_lights_or_sums_leave_the_packages_tasks_of_the_whole() -> None:
    x = _read(
        _PACKAGES + "Vastuuhenkilöt\n\nTunnus\tVastuuhenkilö\nTP1\tprojektipäällikkö\nTP2\tsuunnittelija\n\n"
        "Kotikuntoutus alkoi Kajaanissa syyskuussa.\n"
    )
    assert [p.name for p in x.projects] == ["Arjen apu Kainuussa"]
