"""Goals of stop 49 (G6, issue 13): a goal table named so ("Tavoite", "Objective", "Goal") whose verdict column has
neither a known header nor a status in every cell ("Where we are", "Missä mennään", "Evaluator's verdict", with the
evaluator's own words in some cells) is read when half of its rows or more state a status in words; a schedule's
column ("Tidtabell" with one "klart 12/2025" among seasons) is no verdict.

Invented texts; the tuning documents u1680–u1682 show the same forms in whole documents.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalcolumns import goal_columns
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "TILANNERAPORTTI 2/2025\n\nHanke: Kuvitteellinen kotihoitohanke\nRaportointijakso: 1.1.2025–30.6.2025\n\n"
)


def goals(body: str, name: str = "r.md") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_verdict_column_of_free_words_beside_a_goal_column() -> None:
    body = (
        "## Tavoitteiden arvio\n\n| Tavoite | Ohjausryhmän näkemys |\n|---|---|\n"
        "| Kotihoidon iltakäynnit ulottuvat kello 22:een | Saatiin maaliin maaliskuussa |\n"
        "| Lääkeannostelija sadalle asiakkaalle | Ei aloitettu |\n"
        "| Omaisille oma neuvontapuhelin | Puhelin on soinut huhtikuusta asti |\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit ulottuvat kello 22:een", "achieved"),
        ("Lääkeannostelija sadalle asiakkaalle", "not-achieved"),
        ("Omaisille oma neuvontapuhelin", "unknown"),
    ]


def test_the_column_stating_most_is_the_verdict_figures_state_none() -> None:
    rows = [
        ["Objective", "Now", "Call"],
        ["Medication review for 300 clients", "311", "Met"],
        ["Dispensers in 40 homes", "28", "Partly"],
        ["Dispensers for family carers", "-", "Carried to 2027"],
    ]
    assert goal_columns(rows, whole=True) == (0, 2, ["objective", "now", "call"])


def test_a_schedule_with_one_deadline_word_is_no_verdict() -> None:
    rows = [
        ["Mål", "Tidtabell"],
        ["Tandvårdsbussen besöker varje skola två gånger per år", "hösten 2024"],
        ["Munhygienist på äldreboenden varje månad", "klart 12/2025"],
        ["Förebyggande besök för alla 2-åringar", "våren 2025"],
    ]
    # A plan's goals beside their schedule (stop 52, G9: u1944): goals without a verdict column, none "klart".
    found = goal_columns(rows, whole=True)
    assert found is None or found[1] is None


def test_a_column_of_words_beside_no_goal_word_stays_no_goal_table() -> None:
    rows = [
        ["Riski", "Arvio"],
        ["Rekrytointi viivästyy", "Toteutunut osittain"],
        ["Laitetoimitus myöhästyy", "Ei toteutunut"],
    ]
    assert goal_columns(rows, whole=True) is None


def test_a_row_of_data_taken_as_the_header_is_no_goal_header() -> None:
    # An export's rows without their header: the first row's "objective" is a label of the row, its "Done" a status
    rows = [
        ["KX-10", "Evening clinic twice a week", "Done", "objective", "Opened in March."],
        ["KX-11", "Shared client register", "In progress", "objective", "Median 3 days."],
        ["KX-12", "Peer group for carers", "Won't do", "objective", "Dropped in June."],
        ["KX-13", "Swedish-language chat", "Backlog", "objective", "Postponed to 2027."],
    ]
    assert goal_columns(rows, whole=True) is None


def test_a_record_of_labels_and_values_is_no_goal_table() -> None:
    # "Mål | X" over "Läge | Uppnått": a goal card's labels down the first column, its values beside them
    rows = [
        ["Mål", "Tandvårdsbussen besöker varje skola två gånger per år"],
        ["Läge", "Uppnått"],
        ["Mål", "Munhygienist på äldreboenden varje månad"],
        ["Läge", "Delvis uppnått"],
    ]
    assert goal_columns(rows, whole=True) is None
