"""A goal line under a goals heading that names its part first stays a goal (invented text).

"Osahanke 1: Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu" under "Tavoitteet" is a goal of
sub-project 1 judged after a dash, not the part's heading (partwords.read_part_lines leaves it text for
the goal families); the same line outside a goals heading, or without a judgement, heads its part.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.partwords import read_part_lines
from hankegraafi.ingest.segment import segment


def _types(text: str) -> list[tuple[str, str]]:
    elements = segment(text.splitlines()).elements
    read_part_lines(elements, lambda header: False)
    return [(e.type, e.text.strip()) for e in elements if "Osahanke" in e.text or "Delprojekt" in e.text]


_GOALS = """TILANNERAPORTTI 2/2024

Hankkeen nimi: Kotisairaala Pirkanmaalle

Tavoitteet
{line}
Delprojekt 2: Chatten svarar inom en timme – delvis uppnått
"""


def test_a_judged_goal_of_a_part_under_a_goals_heading_stays_text() -> None:
    types = _types(_GOALS.format(line="Osahanke 1: Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu"))
    assert [t for t, _ in types] == ["text", "text"]


def test_a_part_line_without_a_judgement_still_heads_its_part() -> None:
    types = _types(_GOALS.format(line="Osahanke 1: Kotisairaalan laajennus"))
    assert types[0] == ("part", "Osahanke 1: Kotisairaalan laajennus")
