"""A sentence that judges or restates one listed goal by naming it (facts/goalnames.py).

Invented report texts: the list of goals, then a paragraph that judges each by naming it
in other words, or an overview above the list that says what became of one; a sentence
about all the goals together, a survey not made and a quoted message's header are no goals.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalnames import named_goal
from hankegraafi.ingest.facts.model import Goal, Span
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "Kainuun hyvinvointialue\nTILANNERAPORTTI 1/2025\n\nHanke: Kotona pärjäämisen tuki Kainuussa\n"
    "Raportin päivämäärä: 10.4.2025\n\n"
)


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="raportti.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def _goal(text: str) -> Goal:
    return Goal(text, "unknown", None, Span(1, 1, text))


def test_a_sentence_names_the_goal_whose_inflected_stem_it_shares_and_no_other() -> None:
    listed = [_goal("Ateriapalvelun tilaus onnistuu verkossa"), _goal("Turvapuhelinten hälytykset vähenevät")]
    assert named_goal("Ateriapalvelua koskeva tavoite toteutui.", listed) is listed[0]
    assert named_goal("Turvapuhelinhälytysten määrä väheni.", listed) is listed[1]  # a compound of its stem
    assert named_goal("Kotihoidon asiakasmäärä ei kasvanut.", listed) is None  # no stem shared
    assert named_goal("Tavoite toteutui osittain.", listed) is None  # a status word names nothing


def test_the_name_of_who_or_where_names_no_goal() -> None:
    """Found on seed 004: "Tuotekehitys on kesken, mutta Itä-Uudenmaan hyvinvointialue on mukana …"
    judged the goal "… että Itä-Uudenmaan hyvinvointialueella on otettu käyttöön …" by the county's name."""
    listed = [_goal("Tavoitteena on, että Kainuun hyvinvointialueella on otettu käyttöön sähköinen ajanvaraus")]
    assert (
        named_goal("Kehitystyö on kesken, mutta Kainuun hyvinvointialue on mukana pilotissa.", listed) is None
    )
    assert named_goal("Sähköinen ajanvaraus toteutui osittain.", listed) is listed[0]


def test_a_paragraph_after_the_list_judges_each_goal_it_names() -> None:
    body = (
        "Tavoitteet\n"
        "- Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa.\n"
        "- Turvapuhelimen hälytyksiin vastataan kymmenessä minuutissa.\n\n"
        "Ateriapalvelua koskeva tavoite saavutettiin. Hälytyksiin vastaaminen toteutui osittain.\n"
    )
    assert goals(body) == [
        ("Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa.", "achieved"),
        ("Turvapuhelimen hälytyksiin vastataan kymmenessä minuutissa.", "partly-achieved"),
    ]


def test_an_overview_above_the_list_gives_the_status_of_the_goal_it_names() -> None:
    body = (
        "1. Yhteenveto\n"
        "Ateriapalvelun verkkotilauksen avaaminen siirtyi syksyyn 2025, koska järjestelmä viivästyi.\n\n"
        "2. Tavoitteet\n"
        "- Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa\n"
        "- Turvapuhelimen hälytyksiin vastataan kymmenessä minuutissa\n\n"
        "3. Riskit\n"
        "Järjestelmätoimittajan aikataulu on epävarma.\n"
    )
    assert goals(body) == [
        ("Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa", "moved-later"),
        ("Turvapuhelimen hälytyksiin vastataan kymmenessä minuutissa", "unknown"),
    ]


def test_all_goals_together_a_survey_and_a_quoted_header_are_no_goals() -> None:
    body = (
        "Tavoitteet\n"
        "- Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa.\n\n"
        "Samtliga mål har ännu inte uppnåtts.\n\n"
        "-----Alkuperäinen viesti-----\n"
        "Lähettäjä: Matti Korhonen\n"
    )
    assert goals(body) == [("Ateriapalvelun tilaus onnistuu verkossa kaikissa kunnissa.", "unknown")]
