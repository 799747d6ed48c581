"""A part's key before a goal (ingest/facts/goalkeys.py, G10 stop 41).

Invented text. The class, seen in two sets of other authors: goals listed under their part's key, "Osa 1 – X:
*toteutui*" (test30) and a memo's "A  X – toteutunut" / "B  Y – …" under its trials' goals (test31). Negative
side: English goals that begin with the article "A" are no series of letters; a goal's own label ("Tavoite 1:")
is left to the goal-label reading.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "raportti.md") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_word_and_number_before_each_goal_is_its_part() -> None:
    text = (
        "# Seurantaraportti 1/2025\n\n**Hanke:** Kotiin turvallisesti Kainuussa\n"
        "**Omistaja:** Kainuun hyvinvointialue\n\n## Tavoitteet\n\n"
        "- Vaihe 1 – Kotikäynti kotiutuspäivänä jokaiselle asiakkaalle: *toteutui*\n"
        "- Vaihe 2 – Kuntoutussuunnitelma kirjataan viikon sisällä: *ei toteutunut*\n"
    )
    assert _goals(text) == [
        ("Kotikäynti kotiutuspäivänä jokaiselle asiakkaalle", "achieved"),
        ("Kuntoutussuunnitelma kirjataan viikon sisällä", "not-achieved"),
    ]


def test_letters_in_order_key_the_trials_goals() -> None:
    text = (
        "# Evening Care in Lapland – note\n\nLapland Wellbeing Services County runs the project in Rovaniemi.\n\n"
        "## 3 The trials' goals\n\n"
        "A  Physiotherapy visits at home until 9 pm – achieved\n"
        "B  Medication reviews at home for 100 clients – not achieved\n\n"
        "## 4 Next steps\n\nThe steering group meets in December.\n"
    )
    assert _goals(text) == [
        ("Physiotherapy visits at home until 9 pm", "achieved"),
        ("Medication reviews at home for 100 clients", "not-achieved"),
    ]


def test_a_goal_beginning_with_the_article_keeps_it() -> None:
    text = (
        "# School Nurses Closer – update\n\nThe project School Nurses Closer, run by Kanta-Häme Wellbeing Services"
        " County, works in Forssa.\n\n## Goals\n\n"
        "- A nurse at every school two days a week – achieved\n"
        "- A chat for parents on weekday evenings – not achieved\n"
    )
    assert _goals(text) == [
        ("A nurse at every school two days a week", "achieved"),
        ("A chat for parents on weekday evenings", "not-achieved"),
    ]


def test_a_numbered_label_before_a_colon_is_the_goals_own() -> None:
    """A goal's label, "Outcome 1: X", names the goal as "Tavoite 1:" does (test29 ib10, tune u1065): kept, a part's key is not."""
    text = (
        "# Care Hubs on the Coast – report\n\nThe project Care Hubs on the Coast, run by Kymenlaakso Wellbeing"
        " Services County, works in Kotka.\n\n## Goals\n\n"
        "- Outcome 1: Both hubs open five days a week – achieved\n"
        "- Outcome 2: Social worker in every hub – not achieved\n"
    )
    assert _goals(text) == [
        ("Outcome 1: Both hubs open five days a week", "achieved"),
        ("Outcome 2: Social worker in every hub", "not-achieved"),
    ]
