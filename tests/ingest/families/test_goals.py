"""The goals family (tests/ingest/families/goals.py) on a fixed seed: a floor per axis value at the figure measured at
the end of stop 52 (G9) less a margin (3 points, or one goal's share where an axis value has few goals), and no goal
read in a negative document (a task list, a feedback grid, a light table). The figures are goals recall and
precision, goals + status recall and precision (scripts/measure_extraction.match_goals).

Known gaps (figures of the floors' run, n=150 seed 52), left for a later stop and listed so they are not hidden:
- CSV files (csv-comma 37 %, csv-semicolon 48 % recall): a goal table under a one-cell heading row is read as no
  table (0 %), "Tavoite 1,X" joins its label cell into the goal, a verdict line "Tilanne,X" is lost;
- goals under parts' sub-headings ("### Osakokonaisuus A: X" over its list; under-parts 31 %): a part's goals after
  the first part, or a part with one goal, are lost;
- a goal on a line with its verdict on the next line ("X" / "Tilanne: Y"; next-line 38 %) in HTML paragraphs, TSV
  and DOCX (R16-5's class); "Tavoite 1: X" / "Tilanne: Y" in CSV (labelled 41 %);
- the separators ", " (26 %) and " ... " (46 %) and " | " (54 %) in some markups, a verdict with a remark after it
  ("Osittain toteutunut, koska …": remark 42 %), a past participle of the goal's verb outside a table;
- part tags written as words ("Work package 1: X – Y": part tag word 20 %).
"""

from __future__ import annotations

import pytest

from tests.ingest.families import goals

N, SEED = 150, 52

#: (axis, value): (goals recall, goals precision, goals + status recall, goals + status precision) floors.
FLOORS = {
    ("all", "all"): (65.4, 92.1, 63.5, 89.4),  # n=367: 68.4 95.1 66.5 92.4
    ("form", "bullets"): (96.1, 96.1, 96.1, 96.1),  # n=29: 100.0 100.0 100.0 100.0
    ("form", "labelled"): (36.5, 43.6, 29.1, 34.9),  # n=27: 40.7 47.8 33.3 39.1
    ("form", "next-line"): (34.7, 97.0, 32.8, 92.0),  # n=53: 37.7 100.0 35.8 95.0
    ("form", "numbered"): (93.9, 93.9, 91.1, 91.1),  # n=36: 97.2 97.2 94.4 94.4
    ("form", "part-tagged"): (66.2, 96.5, 60.1, 87.8),  # n=33: 69.7 100.0 63.6 91.3
    ("form", "sentence"): (95.2, 97.0, 95.2, 97.0),  # n=56: 98.2 100.0 98.2 100.0
    ("form", "table"): (45.9, 97.0, 45.9, 97.0),  # n=47: 48.9 100.0 48.9 100.0
    ("form", "under-parts"): (28.1, 97.0, 25.9, 89.9),  # n=45: 31.1 100.0 28.9 92.9
    ("form", "verdict-first"): (97.0, 97.0, 97.0, 97.0),  # n=41: 100.0 100.0 100.0 100.0
    ("markup", "csv-comma"): (34.3, 59.9, 34.3, 59.9),  # n=59: 37.3 62.9 37.3 62.9
    ("markup", "csv-semicolon"): (45.2, 97.0, 36.3, 78.5),  # n=56: 48.2 100.0 39.3 81.5
    ("markup", "docx"): (83.5, 97.0, 83.5, 97.0),  # n=52: 86.5 100.0 86.5 100.0
    ("markup", "html"): (62.1, 97.0, 62.1, 97.0),  # n=43: 65.1 100.0 65.1 100.0
    ("markup", "md"): (79.2, 97.0, 77.0, 94.3),  # n=45: 82.2 100.0 80.0 97.3
    ("markup", "tsv"): (73.2, 97.0, 73.2, 97.0),  # n=63: 76.2 100.0 76.2 100.0
    ("markup", "txt"): (86.8, 97.0, 84.8, 94.7),  # n=49: 89.8 100.0 87.8 97.7
    ("separator", " - "): (81.4, 95.0, 76.8, 89.7),  # n=22: 86.4 100.0 81.8 94.7
    ("separator", " -- "): (90.2, 94.6, 87.9, 92.2),  # n=44: 93.2 97.6 90.9 95.2
    ("separator", " ... "): (43.4, 97.0, 39.9, 89.3),  # n=56: 46.4 100.0 42.9 92.3
    ("separator", " / "): (89.5, 96.2, 89.5, 96.2),  # n=30: 93.3 100.0 93.3 100.0
    ("separator", " [...]"): (53.6, 80.8, 48.2, 72.8),  # n=37: 56.8 84.0 51.4 76.0
    ("separator", " | "): (50.9, 96.6, 48.0, 91.3),  # n=35: 54.3 100.0 51.4 94.7
    ("separator", " – "): (51.4, 79.1, 51.4, 79.1),  # n=27: 55.6 83.3 55.6 83.3
    ("separator", " — "): (74.5, 81.7, 74.5, 81.7),  # n=24: 79.2 86.4 79.2 86.4
    ("separator", " → "): (70.9, 95.9, 70.9, 95.9),  # n=28: 75.0 100.0 75.0 100.0
    ("separator", ", "): (20.5, 65.6, 20.5, 65.6),  # n=19: 26.3 71.4 26.3 71.4
    ("separator", ": "): (78.6, 95.3, 78.6, 95.3),  # n=24: 83.3 100.0 83.3 100.0
    ("separator", "; "): (75.7, 94.7, 75.7, 94.7),  # n=21: 81.0 100.0 81.0 100.0
    ("verdict", "achieved"): (97.0, 97.0, 55.3, 55.3),  # n=72: 100.0 100.0 58.3 58.3
    ("verdict", "moved-later"): (97.0, 97.0, 60.8, 60.8),  # n=58: 100.0 100.0 63.8 63.8
    ("verdict", "not-achieved"): (97.0, 97.0, 68.7, 68.7),  # n=99: 100.0 100.0 71.7 71.7
    ("verdict", "partly-achieved"): (97.0, 97.0, 63.1, 63.1),  # n=59: 100.0 100.0 66.1 66.1
    ("verdict", "unfinished"): (97.0, 97.0, 71.1, 71.1),  # n=58: 100.0 100.0 74.1 74.1
    ("verdict form", "as-printed"): (97.0, 97.0, 63.4, 63.4),  # n=152: 100.0 100.0 66.4 66.4
    ("verdict form", "bracket"): (96.3, 96.3, 67.3, 67.3),  # n=31: 100.0 100.0 71.0 71.0
    ("verdict form", "lower"): (97.0, 97.0, 75.7, 75.7),  # n=47: 100.0 100.0 78.7 78.7
    ("verdict form", "negated"): (96.4, 96.4, 74.5, 74.5),  # n=32: 100.0 100.0 78.1 78.1
    ("verdict form", "not-yet-moved"): (85.2, 85.2, 56.6, 56.6),  # n=7: 100.0 100.0 71.4 71.4
    ("verdict form", "participle"): (0.0, 0.0, 0.0, 0.0),  # n=1: 100.0 100.0 0.0 0.0
    ("verdict form", "remark"): (96.5, 96.5, 38.9, 38.9),  # n=33: 100.0 100.0 42.4 42.4
    ("verdict form", "share"): (94.2, 94.2, 62.6, 62.6),  # n=19: 100.0 100.0 68.4 68.4
    ("verdict form", "year"): (95.3, 95.3, 57.8, 57.8),  # n=24: 100.0 100.0 62.5 62.5
    ("heading", "goal-results"): (64.5, 91.6, 62.5, 88.8),  # n=206: 67.5 94.6 65.5 91.8
    ("heading", "goals"): (66.6, 92.7, 64.7, 90.2),  # n=161: 69.6 95.7 67.7 93.2
    ("lang", "en"): (60.2, 94.4, 56.8, 89.1),  # n=117: 63.2 97.4 59.8 92.1
    ("lang", "fi"): (60.8, 87.9, 57.6, 83.4),  # n=94: 63.8 90.9 60.6 86.4
    ("lang", "sv"): (72.0, 92.9, 72.0, 92.9),  # n=156: 75.0 95.9 75.0 95.9
    ("negative", "-"): (66.1, 91.8, 64.1, 89.1),  # n=346: 69.1 94.8 67.1 92.1
    ("negative", "plan"): (51.8, 94.7, 51.8, 94.7),  # n=21: 57.1 100.0 57.1 100.0
    ("position", "last"): (67.7, 90.4, 65.5, 87.5),  # n=181: 70.7 93.4 68.5 90.5
    ("position", "middle"): (63.1, 93.9, 61.5, 91.5),  # n=186: 66.1 96.9 64.5 94.5
    ("table markup", "aligned"): (62.9, 79.9, 58.4, 74.1),  # n=44: 65.9 82.9 61.4 77.1
    ("table markup", "csv"): (71.2, 95.0, 68.2, 91.0),  # n=66: 74.2 98.0 71.2 94.0
    ("table markup", "html"): (77.0, 89.3, 73.7, 85.5),  # n=60: 80.0 92.3 76.7 88.5
    ("table markup", "md-bare"): (60.9, 93.4, 59.7, 91.5),  # n=83: 63.9 96.4 62.7 94.5
    ("table markup", "md-padded"): (57.7, 97.0, 57.7, 97.0),  # n=61: 60.7 100.0 60.7 100.0
    ("table markup", "tab"): (63.0, 97.0, 63.0, 97.0),  # n=53: 66.0 100.0 66.0 100.0
    ("part tag", "code"): (86.5, 95.2, 82.2, 90.4),  # n=23: 91.3 100.0 87.0 95.2
    ("part tag", "word"): (9.5, 89.5, 0.0, 39.5),  # n=10: 20.0 100.0 10.0 50.0
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, goals.Tally]]:
    return goals.run(N, SEED)


def test_every_axis_value_is_at_its_floor(figures: dict[str, dict[str, goals.Tally]]) -> None:
    low = []
    for (axis, value), floor in FLOORS.items():
        got = figures[axis][value].figures()
        if any(g < f for g, f in zip(got, floor, strict=True)):
            low.append(f"{axis}={value}: {tuple(round(g, 1) for g in got)} < {floor}")
    assert not low, "\n".join(low)


def test_no_goal_is_read_in_a_negative(figures: dict[str, dict[str, goals.Tally]]) -> None:
    for negative in ("tasks", "feedback", "lights"):
        tally = figures["negative"].get(negative)
        assert tally is None or tally.extracted == 0, (negative, tally)


def test_the_generator_is_deterministic_and_covers_the_vocabulary() -> None:
    first = goals.document(SEED, 7)
    assert first.data == goals.document(SEED, 7).data and first.goals == goals.document(SEED, 7).goals
    labels = goals.verdict_labels()
    assert all(labels[status][lang] for status in goals.STATUSES for lang in goals.LANGS)
    assert {"goals", "goal-results"} == set(goals.section_labels())
