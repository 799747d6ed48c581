"""Forms of goals and their verdicts read by G4 (stop 47), each seen with more than one author.

- Goals judged one clause each after a lead that names them: "Hankkeen tavoitteista X on toteutunut, Y on kesken ja
  Z on toteutunut osittain." (test25), "… X on toteutunut ja Y ovat toteutuneet osittain (…)." (test31), "Hankkeen
  tavoitteista vuodelle 2022 X toteutui, mutta Y ei toteutunut, koska …" (test38). The clauses are joined by commas,
  "ja", "mutta", "and", "but"; each clause's verdict is its verb; a clause of reason goes with the verdict before it.
  Negatives: one goal with its own comma and "ja"; a clause without its verdict.
- A verdict reached in named places and not yet, later or under way in another: in part (test29, test30, test31).
- A verdict with the goal noun as its subject ("tavoite ylittyi", "målet uppfylls delvis"): test23, test29.

Invented text, other areas and wording than the development documents that showed the forms.
"""

from __future__ import annotations

import time

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.facts.goaltails import clause_verdict, judged_clauses
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "poytakirja.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_clause_s_verdict_begins_at_its_verb_after_the_goal() -> None:
    assert clause_verdict("iltakäynnit Kemissä ja Torniossa ovat toteutuneet") == (
        "iltakäynnit Kemissä ja Torniossa",
        "achieved",
    )
    assert clause_verdict("ryhmäkuntoutus kaikissa lähipisteissä jäi kesken") == (
        "ryhmäkuntoutus kaikissa lähipisteissä",
        "unfinished",
    )
    assert clause_verdict("hoitotakuun odotusaika toteutui") == ("hoitotakuun odotusaika", "achieved")
    # "on" of an English goal opens no verdict: the verdict is the later "was met"
    assert clause_verdict("a call to every client over 75 on the next day was met") == (
        "a call to every client over 75 on the next day",
        "achieved",
    )
    assert clause_verdict("kotihoidon ja kotikuntoutuksen yhteinen") is None


def test_clauses_joined_by_commas_ja_and_mutta_are_goals_each_with_its_verdict() -> None:
    assert judged_clauses(
        "iltakäynnit Kemissä ja Torniossa ovat toteutuneet, vertaisryhmä Rovaniemellä on toteutunut osittain, "
        "mutta lääkeautomaatti kaikille asiakkaille ei ole toteutunut, koska hankinta keskeytettiin."
    ) == [
        ("iltakäynnit Kemissä ja Torniossa", "achieved"),
        ("vertaisryhmä Rovaniemellä", "partly-achieved"),
        ("lääkeautomaatti kaikille asiakkaille", "not-achieved"),
    ]
    assert judged_clauses(
        "the discharge call on the next day was met, the weekend team was partly met, but the shared care plan "
        "was not met, because the record system was delayed."
    ) == [
        ("the discharge call on the next day", "achieved"),
        ("the weekend team", "partly-achieved"),
        ("the shared care plan", "not-achieved"),
    ]


def test_one_goal_or_a_clause_without_its_verdict_is_no_list_of_clauses() -> None:
    assert (
        judged_clauses("kotihoidon ja kotikuntoutuksen yhteinen, kaikille avoin ajanvaraus toteutui osittain.")
        == []
    )
    assert judged_clauses("iltakäynnit Kemissä ovat toteutuneet ja raportti liitteessä 2.") == []


_MINUTES = """ETELÄ-SAVON HYVINVOINTIALUE                     PÖYTÄKIRJA            5/2024
Aluehallitus

§ 61  ARJEN TURVA SAVOSSA -HANKKEEN TILANNE

Sosiaali- ja terveysministeriö myönsi Arjen turva Savossa -hankkeelle 700 000 euroa.
Hanke toteutetaan Mikkelissä ja Savonlinnassa.

Hankkeen kustannuksista henkilöstökulut ovat toteutuneet suunnitellusti ja
ostopalvelut ovat jääneet alle arvion. Hankkeen tavoitteista kerrotaan liitteessä 2.

Hankesuunnitelman tavoitteista turvapuhelin jokaiselle yli 80-vuotiaalle on
toteutunut, kotiapu viikonloppuisin jäi kesken ja yökäyntien aloitus Savonlinnassa
siirtyi vuodelle 2025.

Päätös        Merkittiin tiedoksi.
"""


def test_a_plan_s_goals_judged_clause_by_clause_in_minutes_are_three_goals() -> None:
    assert sorted(_goals(_MINUTES)) == [
        ("kotiapu viikonloppuisin", "unfinished"),
        ("turvapuhelin jokaiselle yli 80-vuotiaalle", "achieved"),
        ("yökäyntien aloitus Savonlinnassa", "moved-later"),
    ]


def test_a_verdict_reached_in_some_places_and_not_yet_or_later_in_others_is_in_part() -> None:
    """The form of test29 (ib22), test30 (oc13), test31 (ic26): reached in named places, another place (or "the
    others") under way, not yet or in a later year."""
    assert status_of("toteutunut Tampereella ja Nokialla, muualla ei vielä") == "partly-achieved"
    assert status_of("uppnått i Vasa, pågår i Korsholm") == "partly-achieved"
    assert status_of("klart i Närpes och Kristinestad; på andra håll ännu inte") == "partly-achieved"
    assert status_of("done in Jyväskylä and Äänekoski; Jämsä in 2026") == "partly-achieved"
    assert status_of("achieved in Jyväskylä, elsewhere still under way") == "partly-achieved"
    # one place alone, a later clause without a place, or all places: reached
    assert status_of("toteutunut Tampereella") == "achieved"
    assert status_of("done; a second edition in 2026") == "achieved"
    assert status_of("uppnått i alla fyra kommuner") == "achieved"


def test_a_verdict_with_the_goal_noun_as_its_subject_is_read_without_the_noun() -> None:
    """The form of test23 (s37 "– tavoite ylittyi, ryhmiä oli kuusi") and test29 (ib55 ": tavoite toteutuu
    osittain"): the goal noun, then a verdict that a vocabulary label begins."""
    assert status_of("tavoite ylittyi, vapaita pidettiin 1,4 kuukaudessa") == "achieved"
    assert status_of("tavoite toteutuu osittain") == "partly-achieved"
    assert status_of("målet uppfylls delvis") == "partly-achieved"
    assert status_of("the goal is partly met") == "partly-achieved"
    # the noun before no verdict, or before a number: nothing
    assert status_of("tavoite ja toteutus esiteltiin aluehallitukselle") is None
    assert status_of("tavoite 300 | toteuma 318") is None


def test_a_comma_inside_a_goal_or_a_goal_by_its_place_in_the_list_names_no_clauses() -> None:
    """R12-2: a comma ends a clause, so a 'goal' running on over one is none; an ordinal or a pronoun refers to a
    goal, it names none."""
    assert (
        judged_clauses(
            "keskusteltiin ohjausryhmässä, loppuraportin luonnos on valmis ja budjetti on toteutunut osittain."
        )
        == []
    )
    assert (
        judged_clauses("the first one was met, the second one was partly met and the last one was not met.")
        == []
    )
    assert (
        judged_clauses(
            "har de två första uppnåtts, det tredje har delvis uppnåtts men det fjärde har inte uppnåtts."
        )
        == []
    )


def test_a_year_dates_the_list_of_places_unless_a_semicolon_parts_it() -> None:
    """R12: "Achieved in Kajaani, Sotkamo and Kuhmo in 2024" dates the whole list; after a semicolon a place and a
    year is the other place's later date."""
    assert status_of("Achieved in Kajaani, Sotkamo and Kuhmo in 2024") == "achieved"
    assert status_of("Valmis Kajaanissa 2023, Sotkamossa 2024") == "achieved"
    assert status_of("Achieved in Kajaani; Kuhmo in 2026") == "partly-achieved"


def test_clauses_are_read_in_time_linear_in_the_pieces() -> None:
    """R12-3: a led sentence of many pieces none judged until its end is no list of clauses, read at once."""
    sentence = "kotikuntoutus laajenee" + " ja a" * 120 + " on toteutunut, etäkuntoutus on toteutunut osittain."
    started = time.process_time()
    assert judged_clauses(sentence[:790]) == []
    assert time.process_time() - started < 0.5


def test_the_goal_noun_before_a_phrase_of_progress_judges_nothing() -> None:
    """test t08's gold: "Koulutukset käynnissä, tavoite etenee suunnitellusti" states no achievement."""
    assert status_of("tavoite etenee suunnitellusti") is None
