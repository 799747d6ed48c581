"""Goal families of stop 50 (G7), each read by its family, not by one document's form.

- A goal's label with any key and any signs after it: a letter or roman key ("Tavoite A:", "Mål II →"), an arrow of
  any shape or "::" between the key and the goal, the goal in brackets after its key ("Tavoite 1 (X) – valmis").
- Notes joined on one line under a goal ("Lähtötaso 2023: … · Tulos 2025: …") and a measure's label with its year
  ("Baseline (2023):") end the goal's words and are no goal.
- The verdict of a level against its target: exceeded ("tavoitetaso ylitetty", "target exceeded") or short of it
  ("jäi alle tavoitteen", "under målet", "fell short").
- A decision's lead ("Ehdotus", "Hyvinvointialuejohtajan esitys", "Aluehallitus päättää") ends the goals above it:
  its numbered items ("1. hakea …, 2. valtuuttaa …") are no goals, after a table too.
- A goal's cell saying nothing is the vocabulary's empty answer ("TBD", "Ei tiedossa / N/A").
- The verdict before the goal: a keyword in capitals ("EI_TOTEUTUNUT X", a task list's) or a code with its meaning in
  brackets ("K (kesken) X"); the key listing the codes is no goal, an acronym before a goal no verdict; in running
  text the verdict opening a sentence ("Osittain toteutui X.", "Not achieved: X.") judges the goal after it.
- A goals title with the year it is for ("Tavoitteet 2024", "Objectives for 2025") heads the goals, no goal itself;
  any sign between a goal and its verdict ("X  >  valmis", "X  »  achieved").

Invented texts; tuning documents u1760–u1767 pin each family whole, in other forms (sv, en, minutes, e-mail).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goallabels import unlabelled
from hankegraafi.ingest.facts.goals import states_a_goal
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.facts.goalverdicts import opening_verdict_goal
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI\n\nHanke: Kuvitteellinen lähipalveluhanke\n\n"


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_goal_label_with_any_key_and_any_signs_after_it() -> None:
    assert unlabelled("Tavoite A: Ammattilainen löytää palvelut") == "Ammattilainen löytää palvelut"
    assert unlabelled("Tavoite 1  ⟶  Nuoret saavat ajan") == "Nuoret saavat ajan"
    assert unlabelled("Mål II → Äldre får hjälp hemma") == "Äldre får hjälp hemma"
    assert unlabelled("Objective C :: Visits by video") == "Visits by video"
    assert unlabelled("Goal IV » Fewer falls at home") == "Fewer falls at home"
    assert unlabelled("Tavoite B   Jonot poistuvat") == "Jonot poistuvat"
    assert unlabelled("Tavoite 2 (jonot lyhenevät) – valmis") == "jonot lyhenevät – valmis"


def test_a_word_after_the_label_is_no_key() -> None:
    assert unlabelled("Tavoite on sama kuin suunnitelmassa") == "Tavoite on sama kuin suunnitelmassa"
    assert unlabelled("Tavoitteet ja tulokset") == "Tavoitteet ja tulokset"
    assert unlabelled("Mål i Helsingfors uppnåddes") == "Mål i Helsingfors uppnåddes"


def test_letter_keyed_goals_each_judged_by_the_line_below() -> None:
    body = (
        "Tavoitteet\n"
        "  Tavoite A: Kotihoidon käynnit kirjataan mobiilisti\n"
        "     Arvio: toteutunut\n"
        "  Tavoite B: Yöpartio kaikissa kunnissa\n"
        "     Arvio: toteutunut osittain\n"
    )
    assert goals(body) == [
        ("Kotihoidon käynnit kirjataan mobiilisti", "achieved"),
        ("Yöpartio kaikissa kunnissa", "partly-achieved"),
    ]


def test_joined_notes_under_a_goal_are_no_goal() -> None:
    body = (
        "Tavoitteet ja tulokset\n\n"
        "  Tavoite 1 ⟶ Kotikäynti alkaa viikon sisällä\n"
        "      Lähtötaso 2023: kolme viikkoa vain arkisin · Tulos 2025: viikko, myös viikonloppuisin\n"
        "      Arvio: tavoite saavutettu\n\n"
        "  Tavoite 2 ⟶ Omaishoitajat saavat vertaistukea verkossa\n"
        "      Lähtötaso 2023: ei verkkoryhmiä · Tulos 2025: kaksi verkkoryhmää kuukaudessa alkaen\n"
        "      Arvio: jäi alle tavoitteen\n"
    )
    assert goals(body) == [
        ("Kotikäynti alkaa viikon sisällä", "achieved"),
        ("Omaishoitajat saavat vertaistukea verkossa", "not-achieved"),
    ]


def test_a_level_exceeded_or_short_of_its_target() -> None:
    assert status_of("tavoitetaso ylitetty") == "achieved"
    assert status_of("target exceeded") == "achieved"
    assert status_of("målnivån överskreds") == "achieved"
    assert status_of("jäi alle tavoitteen") == "not-achieved"
    assert status_of("under målet") == "not-achieved"
    assert status_of("fell short of the target") == "not-achieved"
    # a level below a figure is no verdict on the goal: "stayed under ten minutes" may be the goal met
    assert status_of("jäi alle 10 minuutin") is None


def test_a_decision_after_the_goals_is_no_goal() -> None:
    body = (
        "Hankkeen tavoitteet\n"
        "  - Kiireetön hoito seitsemässä päivässä\n"
        "  - Neljäsosa asioinnista sähköisesti\n\n"
        "Kustannusarvio (euroa)\n"
        "  Henkilöstökulut            300 000\n"
        "  Yhteensä                   300 000\n\n"
        "Hyvinvointialuejohtajan esitys\n"
        "Aluehallitus päättää\n"
        "  1. hakea valtionavustusta hankkeelle ja\n"
        "  2. valtuuttaa hyvinvointialuejohtajan allekirjoittamaan hakemuksen.\n"
    )
    assert [goal for goal, _ in goals(body)] == [
        "Kiireetön hoito seitsemässä päivässä",
        "Neljäsosa asioinnista sähköisesti",
    ]


def test_a_goal_whose_words_decide_is_still_a_goal() -> None:
    body = "Hankkeen tavoitteet\n  - Asiakas päättää itse kotikäyntien ajan\n  - Omaiset saavat tiedon samana päivänä\n"
    assert [goal for goal, _ in goals(body)] == [
        "Asiakas päättää itse kotikäyntien ajan",
        "Omaiset saavat tiedon samana päivänä",
    ]


def test_an_empty_answer_is_no_goal() -> None:
    assert placeholder("- TBD")
    assert placeholder("Ei tiedossa / N/A")
    assert placeholder("–")
    assert not placeholder("Open data in use in every municipality")


def test_the_verdict_before_the_goal_as_a_keyword_or_a_glossed_code() -> None:
    body = (
        "Tavoitteet\n"
        "VALMIS Kotihoidon käynnit kirjataan mobiilisti\n"
        "EI_TOTEUTUNUT Yöpartio kaikissa kunnissa\n"
        "\n"
        "Merkinnät: T (toteutunut), O (osittain toteutunut), K (kesken)\n"
        "O (osittain toteutunut) Omaishoitajat saavat vapaan kuukausittain\n"
        "K (kesken) Etäkuntoutus kaikille kotiutuville\n"
    )
    assert goals(body) == [
        ("Kotihoidon käynnit kirjataan mobiilisti", "achieved"),
        ("Yöpartio kaikissa kunnissa", "not-achieved"),
        ("Omaishoitajat saavat vapaan kuukausittain", "partly-achieved"),
        ("Etäkuntoutus kaikille kotiutuville", "unfinished"),
    ]


def test_an_acronym_before_a_goal_is_no_verdict() -> None:
    body = "Tavoitteet\n- THL:n mittarit raportoidaan ohjausryhmälle\n- KELA-korvaukset haetaan sähköisesti\n"
    assert goals(body) == [
        ("THL:n mittarit raportoidaan ohjausryhmälle", "unknown"),
        ("KELA-korvaukset haetaan sähköisesti", "unknown"),
    ]


def test_a_sentence_whose_verdict_opens_it_judges_the_goal_after_it() -> None:
    assert opening_verdict_goal("Osittain toteutui etäkäyntien osuuden nosto 30 prosenttiin (24 %).") == (
        "etäkäyntien osuuden nosto 30 prosenttiin (24 %)",
        "partly-achieved",
    )
    assert opening_verdict_goal("Not achieved: remote visits in every municipality.") == (
        "remote visits in every municipality",
        "not-achieved",
    )
    assert opening_verdict_goal("Ej uppnått: kvällsbesök i alla kommuner.") == (
        "kvällsbesök i alla kommuner",
        "not-achieved",
    )


def test_a_verdict_and_its_reason_or_a_led_sentence_is_no_verdict_first() -> None:
    assert opening_verdict_goal("Ei toteutunut, koska rahoitus puuttui kokonaan.") is None
    assert (
        opening_verdict_goal("Hankkeen tavoitteista toteutui kiireettömän hoidon odotusajan lyheneminen.")
        is None
    )
    assert opening_verdict_goal("Tilanne: osa tavoitteista on kesken.") is None
    assert opening_verdict_goal("Kotikäynnit toteutuivat osittain kaikissa kunnissa.") is None


def test_a_goals_title_for_a_year_heads_the_goals() -> None:
    assert match_heading("Tavoitteet 2024") == ("goals", "")
    assert match_heading("Objectives for 2025") == ("goals", "")
    assert match_heading("Projektets mål 2024–2025") == ("goals", "")
    assert match_heading("Kustannukset 2024") != ("goals", "")  # a year's costs: the cost readers tell it
    body = "Tavoitteet 2024\n\n- Etäkäynnit kaikissa kunnissa (valmis)\n- Yöpartio Kouvolaan (työn alla)\n"
    assert goals(body) == [("Etäkäynnit kaikissa kunnissa", "achieved"), ("Yöpartio Kouvolaan", "unfinished")]


def test_any_sign_between_a_goal_and_its_verdict() -> None:
    body = (
        "Tavoitteet\n"
        "K1: Ajanvaraus verkossa kaikille asiakkaille  >  valmis\n"
        "K2: Takaisinsoitto kaikilla asemilla  »  lykätty vuoteen 2026\n"
    )
    assert goals(body) == [
        ("Ajanvaraus verkossa kaikille asiakkaille", "achieved"),
        ("Takaisinsoitto kaikilla asemilla", "moved-later"),
    ]


def test_a_status_and_its_condition_is_a_key_no_goal() -> None:
    assert not states_a_goal("Tavoite on saavutettu, kun toteuma on vähintään tavoitetaso.")
    assert not states_a_goal("Målet är uppnått om väntetiden är under två veckor.")
    # a past verdict with its time after it judges a goal
    assert states_a_goal("Tavoite saavutettiin, kun uusi ajanvarausjärjestelmä otettiin käyttöön keväällä.")


def test_behind_schedule_is_work_going_on() -> None:
    assert status_of("jäljessä aikataulusta") == "unfinished"
    assert status_of("efter tidsplanen") == "unfinished"


def test_the_goals_of_a_year_end_at_another_sections_title() -> None:
    body = (
        "Tavoitteet 2025\n- Kotikuntoutus alkaa viikossa\n- Etäkäynnit kaikissa tiimeissä\n\n"
        "Riskit 2025\n- Fysioterapeuttien saatavuus heikkenee\n"
    )
    assert [goal for goal, _ in goals(body)] == [
        "Kotikuntoutus alkaa viikossa",
        "Etäkäynnit kaikissa tiimeissä",
    ]
