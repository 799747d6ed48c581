"""A goal judged by its outcome against its target in an indicator table, and by a sentence after it
whose subject is a pronoun for it ("Tämä toteutui …", "Detta lyckades delvis").

Invented texts (tuning documents u515–u519 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import goal_status
from hankegraafi.ingest.facts.goaltargets import target_status
from hankegraafi.ingest.facts.goalverdicts import verdict
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def goals(body: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_the_outcome_against_the_target() -> None:
    header = ["tavoite", "mittari", "tavoitearvo", "toteutunut arvo"]
    assert target_status(header, ["Käynnit lisääntyvät", "käyntejä", "300", "310"], 0, 3) == "achieved"
    assert target_status(header, ["Käynnit lisääntyvät", "käyntejä", "300", "120"], 0, 3) == "partly-achieved"
    assert target_status(header, ["Käynnit lisääntyvät", "käyntejä", "300", "0"], 0, 3) == "not-achieved"
    assert target_status(header, ["Jonot lyhenevät", "jonossa", "500", "420"], 0, 3) == "achieved"
    assert target_status(header, ["Odotus", "vrk", "alle 21 vrk", "25 vrk"], 0, 3) == "partly-achieved"
    assert target_status(header, ["Käynnit lisääntyvät", "käyntejä", "300", "käytössä"], 0, 3) is None
    # a column of status words beside them judges: the figures do not
    assert target_status([*header, "arvio"], ["X", "käyntejä", "300", "0", "Osittain"], 0, 4) is None


def test_an_indicator_table_without_status_words() -> None:
    body = (
        "Mittarit\n"
        "| Tavoite | Mittari | Tavoitetaso | Toteuma |\n|---|---|---|---|\n"
        "| Kotikäynnit lisääntyvät Kuvalassa | käyntejä | 1 200 | 1 350 |\n"
        "| Hoitojonot lyhenevät | jonossa | 80 | 95 |\n"
        "| Omaishoitajat koulutetaan | koulutettuja | 40 | 0 |\n"
    )
    assert goals(body, "r.md") == [
        ("Hoitojonot lyhenevät", "partly-achieved"),
        ("Kotikäynnit lisääntyvät Kuvalassa", "achieved"),
        ("Omaishoitajat koulutetaan", "not-achieved"),
    ]


def test_a_verdict_whose_subject_is_a_pronoun_for_the_goal() -> None:
    assert verdict("Tämä toteutui jo keväällä.") == "achieved"
    assert verdict("Tässä onnistuttiin osittain, koska lomake valmistui vasta syksyllä.") == "partly-achieved"
    assert verdict("Tätä ei saatu toteutettua.") == "not-achieved"
    assert verdict("Detta lyckades delvis.") == "partly-achieved"
    assert verdict("Tämä hanke toteutui.") is None  # the project, not the goal
    assert verdict("Tämä on tärkeää.") is None
    assert goal_status("Arbetet lyckades inte under perioden.") == "not-achieved"
    body = (
        "Tavoitteet\nYöpartio kattaa kaikki Kuvalan kylät. Tämä toteutui maaliskuussa.\n"
        "Omaisille avataan neuvontapuhelin. Tätä ei saatu toteutettua.\n"
    )
    assert goals(body) == [
        ("Omaisille avataan neuvontapuhelin", "not-achieved"),
        ("Yöpartio kattaa kaikki Kuvalan kylät", "achieved"),
    ]
