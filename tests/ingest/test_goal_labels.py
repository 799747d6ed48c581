"""Goals labelled with an outline number under a part's heading ("Tavoite 1.1 …", "Mål 2.1 …").

Invented plan texts (tuning document u203 pins the class in a whole Swedish plan): each
label starts a goal of its own, the number is no part of the goal, and the plan's text run on
after a goal's sentence (its cost, who leads it) is no part of it either.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nHANKESUUNNITELMA 2022\n\nHanke: Kuvitteellinen saatavuushanke\n\n"


def goals(body: str) -> list[tuple[str, str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="s.txt", max_bytes=100_000))
    return [(p.name, g.description, g.status) for p in x.projects for g in p.goals]


def test_goals_numbered_within_their_investment() -> None:
    body = (
        "2 Investoinnit ja tavoitteet\n"
        "Investointi 1: Hoitoon pääsy\n"
        "Tavoite 1.1 Vastaanotolle pääsee viikossa kaikilla terveysasemilla.\n"
        "Tavoite 1.2 Yhteydenotoista puolet hoidetaan sähköisesti.\n"
        "Investoinnin 1 kustannusarvio on 900 000 euroa.\n"
        "Investointi 2: Ennaltaehkäisy\n"
        "Tavoite 2.1 Nuoret saavat keskusteluapua ilman lähetettä. Työtä johtaa opiskeluhuolto.\n"
    )
    assert goals(body) == [
        ("Investointi 1: Hoitoon pääsy", "Vastaanotolle pääsee viikossa kaikilla terveysasemilla.", "unknown"),
        ("Investointi 1: Hoitoon pääsy", "Yhteydenotoista puolet hoidetaan sähköisesti.", "unknown"),
        ("Investointi 2: Ennaltaehkäisy", "Nuoret saavat keskusteluapua ilman lähetettä.", "unknown"),
    ]


def test_a_swedish_goal_numbered_two_levels_deep_keeps_its_status_tail() -> None:
    body = "Mål och utfall\nMål 3.2 Kunderna bokar tid till tandvården på nätet – Uppnåddes delvis\n"
    assert goals(body)[0][1:] == ("Kunderna bokar tid till tandvården på nätet", "partly-achieved")


def test_short_labelled_goals_in_a_run_or_with_their_report_below() -> None:
    run = "Tavoitteet\nTavoite 1 — Jonot lyhenevät\nTavoite 2 — Puhelinjono puolittuu\n"
    assert [g[1:] for g in goals(run)] == [("Jonot lyhenevät", "unknown"), ("Puhelinjono puolittuu", "unknown")]
    reported = "Mål och utfall\nMål 1 Kortare köer\nStatus: uppnått\nMål 2 Telefonkön halveras\nStatus: flyttas till 2026\n"
    assert [g[1:] for g in goals(reported)] == [
        ("Kortare köer", "achieved"),
        ("Telefonkön halveras", "moved-later"),
    ]
    heading = "Tavoitteet\nTavoite 1. Saatavuus\n\nAsiakas saa ajan viikossa kaikilla asemilla.\n"
    assert goals(heading) == []  # a heading over the goal's own text, no goal
