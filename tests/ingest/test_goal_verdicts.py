"""A goal stated in a sentence and judged by the next, whose subject is "the goal" (issue 13).

"Omaishoitajat voivat pitää vapaansa tunteina. Tavoitteesta on toteutunut noin 40 %." The verdict
refers back to the goal just stated (goalverdicts.judged_pairs); it is no goal of its own. Found by
the variant generator (bench/variants, ``goals`` = prose); tuning documents u311 and u312.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalverdicts import judged_pairs, verdict
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Tavoite toteutui osittain.", "partly-achieved"),
        ("Tämä tavoite jäi saavuttamatta.", "not-achieved"),
        ("Tavoitteesta on toteutunut 60 %.", "partly-achieved"),
        ("Tavoitteesta on toteutunut 100 %.", "achieved"),
        ("Målet flyttades framåt.", "moved-later"),
        ("Arbetet med målet är oavslutat.", "unfinished"),
        ("Tavoitteena on lyhentää jonoja.", None),
        ("Hanke eteni hyvin.", None),
    ],
)
def test_a_verdict_on_the_goal(sentence: str, status: str | None) -> None:
    assert verdict(sentence) == status


def test_only_a_statement_before_a_verdict_is_judged() -> None:
    said = [
        "Jonot lyhenevät kuukaudella.",
        "Tavoite toteutui.",
        "Tavoite toteutui.",
        "Seuraavaksi:",
        "Tavoite ei toteutunut.",
    ]
    assert judged_pairs(said) == ({0: "achieved"}, {1})


def test_goals_judged_by_the_next_sentence() -> None:
    text = (
        "Tilanneraportti\nHanke: Kotiapu Kainuuseen\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Tavoitteiden toteutuminen\n"
        "Kotiapua saa kaikissa kunnissa. Tavoite toteutui.\n"
        "Asiakkaat varaavat käynnit sähköisesti. Tavoitteesta on toteutunut 50 %.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    assert sorted((g.description, g.status) for p in x.projects for g in p.goals) == [
        ("Asiakkaat varaavat käynnit sähköisesti", "partly-achieved"),
        ("Kotiapua saa kaikissa kunnissa", "achieved"),
    ]
