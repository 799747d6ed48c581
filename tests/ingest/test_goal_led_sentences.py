"""Goals of stop 30 (issue 13) in running text: a sentence led by the goal word judges the goal after
it ("Hankkeen tavoitteista X toteutui", "Tavoite X:stä jäi toteutumatta"), "X on kesken." is unfinished,
and a legend in brackets after its label is no goal.

Invented news and minutes texts (the tuning document u272 shows the same forms in a whole document).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goals import led_goal, legend_line
from hankegraafi.ingest.facts.goalstatus import goal_status
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "Uutinen 2.6.2025\n\nPerhetyön kehittämishanke\n\n"
    "Pohjois-Savon hyvinvointialueen Perhetyön kehittämishanke toimii Kuopiossa ja Iisalmessa.\n\n"
)


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="u.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_sentence_led_by_the_goal_word_judges_the_goal_after_it() -> None:
    body = (
        "Itsearvio (toteutui = valmis, kesken = työ jatkuu, jäi toteutumatta = luovuttiin):\n\n"
        "Hankkeen tavoitteista neuvolan chat iltaisin toteutui keväällä. Isien ryhmien käynnistäminen on kesken. "
        "Tavoite perhevalmennuksesta verkossa jäi toteutumatta.\n"
    )
    assert goals(body) == [
        ("neuvolan chat iltaisin toteutui keväällä.", "achieved"),
        ("Isien ryhmien käynnistäminen on kesken.", "unfinished"),
        ("perhevalmennuksesta verkossa jäi toteutumatta.", "not-achieved"),
    ]


def test_the_lead_names_no_goal_when_it_counts_them_or_says_as_for_whom() -> None:
    assert led_goal("Tavoitteista osa toteutui vuoden 2024 aikana.") is None
    assert led_goal("Tavoite on, että puolet yhteydenotoista tulee sähköisesti.") is None
    assert led_goal("Tavoite nuorten aikuisten kohderyhmän osalta jäi hankeaikana kesken.") is None
    assert (
        led_goal("Av målen uppnåddes chatten för föräldrar i alla kommuner.")
        == "chatten för föräldrar i alla kommuner."
    )


def test_unfinished_is_the_whole_predicate_only() -> None:
    assert goal_status("Kirjaamisen yhtenäistäminen on kesken.") == "unfinished"
    assert goal_status("Suunnitelman laatiminen on osittain vielä kesken, mutta toimet on valittu.") == (
        "partly-achieved"
    )
    assert goal_status("Tavoite jäi hankeaikana kesken, koska hanke alkoi syksyllä.") == "partly-achieved"


def test_a_legend_after_its_label_is_no_goal() -> None:
    assert legend_line(
        "Loppuraportin itsearvio (vihreä = toteutui, keltainen = toteutui osin, punainen = ei toteutunut):"
    )
    assert not legend_line("Chat avattiin (ks. liite 2) ja se toteutui.")


def test_the_verb_before_the_goal_and_a_code_legend_after_its_label() -> None:
    assert (
        led_goal("Av projektets mål uppnåddes nattpatrullen i alla kommuner.")
        == "nattpatrullen i alla kommuner."
    )
    assert led_goal("Tavoitteista toteutui etälääkärin konsultaatio kaikissa tiimeissä.") == (
        "etälääkärin konsultaatio kaikissa tiimeissä."
    )
    assert led_goal("Tavoite saavutettiin kaikilta osin.") is None
    assert legend_line("Projektets mål (G = uppnått, D = delvis, E = inte uppnått):")
