"""A goal line under a goals heading that names its part first stays a goal (invented text).

"Osahanke 1: Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu" under "Tavoitteet" is a goal of
sub-project 1 judged after a dash, not the part's heading (partlines.read_part_lines leaves it text for
the goal families); the same line outside a goals heading, or without a judgement, heads its part.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partlines import read_part_lines
from hankegraafi.ingest.readers import read_bytes
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


def test_judged_goals_of_parts_in_a_list_are_goals_and_no_parts() -> None:
    """'- Delprojekt 1: X – uppnått' or '2. Osahanke 2: Y – osittain saavutettu' as list items under a goals
    heading: the goals X and Y judged after the dash, no part named 'X – uppnått'; a listed part with its
    sum stays a part."""
    text = (
        "SLUTRAPPORT\n\nProjektets namn: Hemrehabilitering i Österbotten\n\nMåluppfyllelse\n\n"
        "- Delprojekt 1: Rehabiliteringsteamet besöker alla kommuner – uppnått\n"
        "- Delprojekt 2: Videobesök ersätter en tredjedel av hembesöken – delvis uppnått\n"
        "- Delprojekt 2: Anhörigas kamratstöd på nätet – inte uppnått\n"
    )
    x = extract(read_bytes(text.encode(), file_name="slutrapport.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Hemrehabilitering i Österbotten"]
    assert [(g.description, g.status) for g in x.projects[0].goals] == [
        ("Rehabiliteringsteamet besöker alla kommuner", "achieved"),
        ("Videobesök ersätter en tredjedel av hembesöken", "partly-achieved"),
        ("Anhörigas kamratstöd på nätet", "not-achieved"),
    ]
