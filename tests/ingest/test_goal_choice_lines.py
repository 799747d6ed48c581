"""Goals each over a form's choice line of goal statuses (issue 13, stop 31, F9).

"3.1 X" / "[ ] Saavutettu [x] Osittain saavutettu [ ] Ei saavutettu": the line is a goal judged by the
option ticked, wherever the form puts it (test10 a14's "OSIO 3 – TAVOITTEET", a heading no vocabulary
knows; tuning document u348). A choice line of light colours judges no goal. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goaltables import choice_lines
from hankegraafi.ingest.readers import read_bytes


def test_a_line_over_a_choice_of_goal_statuses_is_a_goal() -> None:
    lines = [
        "2.1 Etävastaanotto kaikilla terveysasemilla",
        "   [ ] Saavutettu  [x] Osittain saavutettu  [ ] Ei saavutettu",
        "2.2 Asiakkaiden palautekysely sähköistetään",
        "   [ ] Saavutettu  [ ] Osittain saavutettu  [x] Ei vielä arvioitavissa",
    ]
    goals = [(g.description, g.status, g.span.first) for g in choice_lines(lines, 10)]
    assert goals == [
        ("Etävastaanotto kaikilla terveysasemilla", "partly-achieved", 10),
        ("Asiakkaiden palautekysely sähköistetään", "unknown", 12),
    ]


def test_a_choice_of_colours_judges_no_goal() -> None:
    assert choice_lines(["Aikataulun tilanne katsauskaudella", "☐ Vihreä ☒ Keltainen ☐ Punainen"], 1) == []


def test_goals_of_a_printed_form() -> None:
    text = (
        "SEURANTARAPORTTI\nHanke\tKainuun etäkotihoito -hanke\nAvustuksen saaja\tKainuun hyvinvointialue\n\n"
        "OSIO 3 – TAVOITTEET\n"
        "3.1 Kotihoidon etäkäynnit kaikissa kunnissa\n"
        "    [x] Saavutettu  [ ] Osittain saavutettu  [ ] Ei saavutettu\n"
        "3.2 Omaiset käyttävät hoitokalenteria\n"
        "    [ ] Saavutettu  [ ] Osittain saavutettu  [x] Ei saavutettu\n"
    )
    x = extract(read_bytes(text.encode(), file_name="lomake.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Kotihoidon etäkäynnit kaikissa kunnissa", "achieved"),
        ("Omaiset käyttävät hoitokalenteria", "not-achieved"),
    ]
