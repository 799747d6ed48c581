"""Goals judged in shapes of any wording (stop 35, G4): a pronoun verdict with any verb of reaching, an
indicator table whose target is a goal word with its year, goals on lines of their own judged by the paragraph
below outside a goals section, and a status cell of a wrapped goal table broken after a dash.

Invented texts (tuning documents u610–u616 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goaltargets import target_columns, target_status
from hankegraafi.ingest.facts.goalverdicts import verdict
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def goals(text: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_a_pronoun_verdict_by_its_words_of_degree_and_polarity() -> None:
    assert verdict("Tähän päästiin jo keväällä.") == "achieved"
    assert verdict("Tässä päästiin vain osin, koska laitteet myöhästyivät.") == "partly-achieved"
    assert verdict("Tätä ei ehditty tehdä hankeaikana.") == "not-achieved"
    assert verdict("Tämä lykkääntyi vuodelle 2026.") == "moved-later"
    assert verdict("Detta nåddes bara delvis, eftersom personal saknades.") == "partly-achieved"
    assert verdict("Detta hann inte genomföras.") == "not-achieved"
    assert verdict("This was delivered in May.") == "achieved"
    assert verdict("This could not be done before the summer.") == "not-achieved"
    # no verb of reaching, or the project as the subject: no verdict
    assert verdict("Tämä tarkoittaa uusia työtapoja.") is None
    assert verdict("Tämä hanke toteutettiin kolmessa kunnassa.") is None
    assert verdict("This means a new way of working.") is None


def test_pronoun_verdicts_under_a_heading_of_goals_and_how_they_went() -> None:
    text = HEAD + (
        "Hur målen nåddes\n\n"
        "Hemvården får mobila journaler. Detta förverkligades i mars.\n\n"
        "Nattpatrullen täcker alla kommuner. Detta nåddes bara delvis.\n\n"
        "Anhöriga får en egen chatt. Detta hann inte genomföras.\n"
    )
    assert goals(text) == [
        ("Anhöriga får en egen chatt", "not-achieved"),
        ("Hemvården får mobila journaler", "achieved"),
        ("Nattpatrullen täcker alla kommuner", "partly-achieved"),
    ]


def test_a_target_named_by_a_goal_word_and_its_year() -> None:
    header = ["indikator", "utgångsläge 2022", "målsättning 2025", "uppnått värde 2024"]
    assert target_columns(header) == (2, 3)
    assert target_columns(["mittari", "lähtötaso", "tavoite 2026", "toteutunut 6/2025"]) == (2, 3)
    assert target_columns(["indicator", "baseline", "goal for 2025", "achieved 2024"]) == (2, 3)
    # a target below its baseline is a goal of less, whatever its words
    assert (
        target_status(
            ["indicator", "baseline", "goal for 2025", "achieved 2024"], ["Wait", "21", "10", "9"], 0, 3
        )
        == "achieved"
    )
    assert (
        target_status(
            ["indicator", "baseline", "goal for 2025", "achieved 2024"], ["Wait", "21", "10", "15"], 0, 3
        )
        == "partly-achieved"
    )


def test_an_indicator_table_without_a_goal_column() -> None:
    text = HEAD + (
        "Indikator\tUtgångsläge 2022\tMålsättning 2025\tUppnått värde 2024\n"
        "Antal hembesök per vecka\t10\t40\t44\n"
        "Antal utbildade vårdare\t0\t25\t0\n"
    )
    assert goals(text) == [
        ("Antal hembesök per vecka", "achieved"),
        ("Antal utbildade vårdare", "not-achieved"),
    ]


def test_lines_judged_by_the_paragraph_below_outside_a_goals_section() -> None:
    text = HEAD + (
        "Syksyn kuulumiset\n\n"
        "Kotikäynnit etäyhteydellä kaikissa kunnissa\n\n"
        "Toteutui. Etäkäyntejä tehtiin syksyllä 900.\n\n"
        "Yhteinen asiakasrekisteri apteekin kanssa\n\n"
        "Ei toteutunut – hankinta keskeytettiin.\n"
    )
    assert goals(text) == [
        ("Kotikäynnit etäyhteydellä kaikissa kunnissa", "achieved"),
        ("Yhteinen asiakasrekisteri apteekin kanssa", "not-achieved"),
    ]


def test_a_status_cell_broken_after_a_dash_goes_on_below() -> None:
    text = HEAD + (
        "Tavoitteiden toteutuminen\n\n"
        "Tavoite\tToteutuminen\n"
        "Muistihoitajat kiertävät\tEi toteutunut –\n"
        "kaikissa kunnissa\tsiirtyi vuodelle 2025\n"
        "Omaishoitajille avataan chat\tToteutui\n"
    )
    assert goals(text) == [
        ("Muistihoitajat kiertävät kaikissa kunnissa", "moved-later"),
        ("Omaishoitajille avataan chat", "achieved"),
    ]


def test_a_listed_goal_judged_by_the_pronoun_sentence_in_its_item() -> None:
    text = HEAD + (
        "Vad vi ville och vad vi fick\n\n"
        "1) En kvällsmottagning i varje kommun.\n   Detta uppfylldes redan under våren.\n\n"
        "2) Kortare väntetid till fysioterapi.\n   Det här nåddes bara delvis, eftersom en terapeut saknades.\n"
    )
    assert goals(text) == [
        ("En kvällsmottagning i varje kommun", "achieved"),
        ("Kortare väntetid till fysioterapi", "partly-achieved"),
    ]


def test_fulfilled_and_moved_to_are_status_words() -> None:
    assert verdict("Detta uppfylldes i maj.") == "achieved"
    from hankegraafi.ingest.facts.goalheads import opening_verdict
    from hankegraafi.ingest.facts.goalstatus import goal_status, line_status

    assert opening_verdict("Delvis uppfyllt: bara i Vasa.") == "partly-achieved"
    assert opening_verdict("Inte uppfyllt, ingen lokal hittades.") == "not-achieved"
    assert line_status("Not achieved - moved to spring 2025") == "moved-later"
    assert goal_status("The course was deferred to autumn 2025.") == "moved-later"


def test_an_outcome_read_on_a_date_and_a_baseline_by_its_earlier_year() -> None:
    header = ["mätare", "nivå 2023", "mål 2025", "uppnått 2025"]
    assert target_columns(header) == (2, 3)
    assert target_status(header, ["Fallolyckor per år", "90", "45", "61"], 0, 3) == "partly-achieved"
    assert target_columns(["indicator", "starting point 2023", "objective 2026", "reached by august 2025"]) == (
        2,
        3,
    )
    assert target_columns(["mittari", "lähtötaso 2023", "tavoitetaso 2025", "saavutettu 6/2025"]) == (2, 3)


def test_pushed_back_and_an_outcome_dated_by_a_quarter_in_brackets() -> None:
    assert verdict("That was pushed back to 2026, when the new platform comes.") == "moved-later"
    assert verdict("Tämä lykättiin syksyyn 2025.") == "moved-later"
    assert target_columns(["indicator", "level in 2024", "target 2026", "result (q3/2025)"]) == (2, 3)
    header = ["indicator", "level in 2024", "target 2026", "result (q3/2025)"]
    assert target_status(header, ["Admissions per quarter", "60", "40", "48"], 0, 3) == "partly-achieved"
