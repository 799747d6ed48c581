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
- the separators " ... " (16 %), "[…]" (18 % with the verdict) and ", " (30 %) where the list is not read as a goal
  list or the tail is a label with more words (only an exact label is read after ',' or in '[…]': R17-23), a verdict with a remark after it ("Osittain toteutunut, koska …": remark 42 %), a past participle of the
  goal's verb outside a table; a goal table in a CSV file (0 %) and in some HTML pages (50 %);
- part tags written as words ("Work package 1: X – Y": part tag word 20 %).
"""

from __future__ import annotations

import pytest

from tests.ingest.families import goals

N, SEED = 150, 52

#: (axis, value): (goals recall, goals precision, goals + status recall, goals + status precision) floors.
FLOORS = {
    ("all", "all"): (72.7, 96.6, 71.1, 94.5),  # n=367: 75.7 99.6 74.1 97.5
    ("form", "bullets"): (96.1, 96.1, 92.7, 92.7),  # n=29: 100.0 100.0 96.6 96.6
    ("form", "labelled"): (66.2, 95.8, 66.2, 95.8),  # n=27: 70.4 100.0 70.4 100.0
    ("form", "next-line"): (32.8, 97.0, 32.8, 97.0),  # n=53: 35.8 100.0 35.8 100.0
    ("form", "numbered"): (93.9, 93.9, 88.4, 88.4),  # n=36: 97.2 97.2 91.7 91.7
    ("form", "part-tagged"): (66.2, 96.5, 57.1, 83.5),  # n=33: 69.7 100.0 60.6 87.0
    ("form", "sentence"): (95.2, 97.0, 95.2, 97.0),  # n=56: 98.2 100.0 98.2 100.0
    ("form", "table"): (92.7, 97.0, 92.7, 97.0),  # n=47: 95.7 100.0 95.7 100.0
    ("form", "under-parts"): (23.7, 97.0, 23.7, 97.0),  # n=45: 26.7 100.0 26.7 100.0
    ("form", "verdict-first"): (97.0, 97.0, 97.0, 97.0),  # n=41: 100.0 100.0 100.0 100.0
    ("markup", "csv-comma"): (73.3, 94.8, 73.3, 94.8),  # n=59: 76.3 97.8 76.3 97.8
    ("markup", "csv-semicolon"): (52.4, 97.0, 50.6, 93.8),  # n=56: 55.4 100.0 53.6 96.8
    ("markup", "docx"): (83.5, 97.0, 81.6, 94.8),  # n=52: 86.5 100.0 84.6 97.8
    ("markup", "html"): (62.1, 97.0, 59.8, 93.4),  # n=43: 65.1 100.0 62.8 96.4
    ("markup", "md"): (79.2, 97.0, 74.8, 91.6),  # n=45: 82.2 100.0 77.8 94.6
    ("markup", "tsv"): (73.2, 97.0, 73.2, 97.0),  # n=63: 76.2 100.0 76.2 100.0
    ("markup", "txt"): (86.8, 97.0, 84.8, 94.7),  # n=49: 89.8 100.0 87.8 97.7
    ("separator", " - "): (74.5, 74.5, 74.5, 74.5),  # n=4: 100.0 100.0 100.0 100.0
    ("separator", " -- "): (91.1, 91.1, 87.0, 87.0),  # n=24: 95.8 95.8 91.7 91.7
    ("separator", " ... "): (10.0, 94.2, 10.0, 94.2),  # n=19: 15.8 100.0 15.8 100.0
    ("separator", " / "): (79.5, 79.5, 79.5, 79.5),  # n=5: 100.0 100.0 100.0 100.0
    ("separator", " [...]"): (35.9, 90.4, 8.6, 30.4),  # n=11: 45.5 100.0 18.2 40.0
    ("separator", " | "): (68.2, 93.2, 68.2, 93.2),  # n=16: 75.0 100.0 75.0 100.0
    ("separator", " – "): (54.0, 90.4, 54.0, 90.4),  # n=11: 63.6 100.0 63.6 100.0
    ("separator", " — "): (78.1, 92.4, 78.1, 92.4),  # n=14: 85.7 100.0 85.7 100.0
    ("separator", " → "): (49.5, 49.5, 49.5, 49.5),  # n=2: 100.0 100.0 100.0 100.0
    ("separator", ", "): (39.5, 89.5, 19.5, 49.5),  # n=10: 50.0 100.0 30.0 60.0
    ("separator", ": "): (80.8, 93.2, 80.8, 93.2),  # n=16: 87.5 100.0 87.5 100.0
    ("separator", "; "): (74.5, 74.5, 74.5, 74.5),  # n=4: 100.0 100.0 100.0 100.0
    ("verdict", "achieved"): (97.0, 97.0, 70.6, 70.6),  # n=72: 100.0 100.0 73.6 73.6
    ("verdict", "moved-later"): (97.0, 97.0, 67.7, 67.7),  # n=58: 100.0 100.0 70.7 70.7
    ("verdict", "not-achieved"): (97.0, 97.0, 74.8, 74.8),  # n=99: 100.0 100.0 77.8 77.8
    ("verdict", "partly-achieved"): (97.0, 97.0, 73.3, 73.3),  # n=59: 100.0 100.0 76.3 76.3
    ("verdict", "unfinished"): (97.0, 97.0, 72.9, 72.9),  # n=58: 100.0 100.0 75.9 75.9
    ("verdict form", "as-printed"): (97.0, 97.0, 72.0, 72.0),  # n=152: 100.0 100.0 75.0 75.0
    ("verdict form", "bracket"): (96.3, 96.3, 67.3, 67.3),  # n=31: 100.0 100.0 71.0 71.0
    ("verdict form", "lower"): (97.0, 97.0, 82.1, 82.1),  # n=47: 100.0 100.0 85.1 85.1
    ("verdict form", "negated"): (96.4, 96.4, 74.5, 74.5),  # n=32: 100.0 100.0 78.1 78.1
    ("verdict form", "not-yet-moved"): (85.2, 85.2, 70.9, 70.9),  # n=7: 100.0 100.0 85.7 85.7
    ("verdict form", "participle"): (0.0, 0.0, 0.0, 0.0),  # n=1: 100.0 100.0 0.0 0.0
    ("verdict form", "remark"): (96.5, 96.5, 60.1, 60.1),  # n=33: 100.0 100.0 63.6 63.6
    ("verdict form", "share"): (94.2, 94.2, 73.1, 73.1),  # n=19: 100.0 100.0 78.9 78.9
    ("verdict form", "year"): (95.3, 95.3, 66.1, 66.1),  # n=24: 100.0 100.0 70.8 70.8
    ("heading", "goal-results"): (75.2, 96.4, 73.7, 94.5),  # n=206: 78.2 99.4 76.7 97.5
    ("heading", "goals"): (69.7, 97.0, 67.8, 94.4),  # n=161: 72.7 100.0 70.8 97.4
    ("lang", "en"): (64.5, 97.0, 62.0, 93.2),  # n=117: 67.5 100.0 65.0 96.2
    ("lang", "fi"): (69.3, 97.0, 67.2, 94.1),  # n=94: 72.3 100.0 70.2 97.1
    ("lang", "sv"): (81.0, 96.2, 80.3, 95.5),  # n=156: 84.0 99.2 83.3 98.5
    ("negative", "-"): (73.9, 96.6, 72.1, 94.4),  # n=346: 76.9 99.6 75.1 97.4
    ("negative", "plan"): (51.8, 94.7, 51.8, 94.7),  # n=21: 57.1 100.0 57.1 100.0
    ("position", "last"): (74.3, 97.0, 73.2, 95.6),  # n=181: 77.3 100.0 76.2 98.6
    ("position", "middle"): (71.2, 96.3, 69.0, 93.4),  # n=186: 74.2 99.3 72.0 96.4
    ("table markup", "csv-comma (native)"): (91.8, 91.8, 91.8, 91.8),  # n=13: 100.0 100.0 100.0 100.0
    ("table markup", "csv-semicolon (native)"): (88.4, 88.4, 88.4, 88.4),  # n=9: 100.0 100.0 100.0 100.0
    ("table markup", "docx (native)"): (82.8, 82.8, 82.8, 82.8),  # n=6: 100.0 100.0 100.0 100.0
    ("table markup", "html (native)"): (24.5, 74.5, 24.5, 74.5),  # n=4: 50.0 100.0 50.0 100.0
    ("table markup", "md-bare"): (74.5, 74.5, 74.5, 74.5),  # n=4: 100.0 100.0 100.0 100.0
    ("table markup", "md-padded"): (66.2, 66.2, 66.2, 66.2),  # n=3: 100.0 100.0 100.0 100.0
    ("table markup", "tab"): (49.5, 49.5, 49.5, 49.5),  # n=2: 100.0 100.0 100.0 100.0
    ("table markup", "tsv (native)"): (82.8, 82.8, 82.8, 82.8),  # n=6: 100.0 100.0 100.0 100.0
    ("part tag", "code"): (86.5, 95.2, 77.8, 85.7),  # n=23: 91.3 100.0 82.6 90.5
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
