"""A goal's status after its label and the date it was judged on (issue 13, stop 31, F9).

"X. Arvio 2/2024: osittain", "**X.** → Tilanne 11/2023: *16 %, jatkuu*", "X (tilanne: 18 %, jatkuu)":
the label with its date is a status column's label, the status may be in emphasis, a share with the
work going on is unfinished (test10 a01, a06, a16; tuning document u344). A legend of light marks in
a goals section is no goal; an icon's name before a block's title is no text. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import segment


def _goals(text: str) -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name="raportti.md", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_status_after_a_dated_label() -> None:
    assert status_of("Arvio 2/2024: osittain") == "partly-achieved"
    assert status_of("Tilanne 30.6.2024: *kesken*") == "unfinished"
    assert status_of("Tilanne 11/2023: 16 %, jatkuu") == "unfinished"
    assert status_of("40 % – fortsätter") == "unfinished"
    assert status_of("60 %") == "partly-achieved"  # a share alone is in part
    assert status_of("Jatkuu") is None  # a goal made permanent goes on too


_HEAD = "# Tilanneraportti 2/2024\n\nHankkeen nimi: Kainuun kotiutus -hanke  \nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_goals_with_dated_tails_are_read_with_their_status() -> None:
    text = _HEAD + (
        "## Hankkeen tavoitteet\n\n"
        "1. **Kotiutuksista 80 % sujuu ilman viivettä.** → Tilanne 6/2024: *55 %, jatkuu*\n"
        "2. Kotiutustiimi toimii kaikissa kunnissa. Arvio 6/2024: osittain\n"
        "3. Lääkelista tarkistetaan ennen kotiutusta (tilanne: 100 %)\n"
    )
    assert _goals(text) == [
        ("Kotiutuksista 80 % sujuu ilman viivettä", "unfinished"),  # the goal without its sentence's full stop
        ("Kotiutustiimi toimii kaikissa kunnissa", "partly-achieved"),
        ("Lääkelista tarkistetaan ennen kotiutusta", "achieved"),
    ]


def test_a_legend_of_light_marks_among_goals_is_no_goal() -> None:
    text = _HEAD + (
        "## Tavoitteet ja niiden toteutuminen\n\n"
        "1. Kotiutustiimi toimii kaikissa kunnissa. Arvio 6/2024: toteutunut\n\n"
        "Aikataulu\t✓\nRiskit\t!\n\n✓ = etenee suunnitellusti, ! = poikkeama, vaatii toimia\n"
    )
    assert _goals(text) == [("Kotiutustiimi toimii kaikissa kunnissa", "achieved")]


def test_an_icons_name_is_no_text() -> None:
    lines = ["icon/chevron-down Tavoitteet", "icon/arrow-right Created with Sketch. Perustiedot"]
    assert [line.text for line in segment(lines).lines] == ["Tavoitteet", "Perustiedot"]
