"""Three forms of a goal's line read by G2 (stop 45), each seen with more than one author.

Invented text, other areas and wording than the development documents that showed the forms:

- a verdict whose last clause is the unfinished word alone or after one noun ("– nyt 71 %, kesken" test35,
  "– mittaus kesken" test28, "⏳ kesken" test36) is unfinished; a status said first stands (the negative);
- a mark between the goal and its verdict on one line ("X ✅ valmis", test36; test2 and test27 print the mark in
  a column of its own);
- a part's key before each goal: a letter and a colon ("A: X", "B: Y", test36 og03) or a part word's acronym
  ("TP A: X", test36 og05), as "Osa 1 – X" is (goalkeys.py).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "muistio.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_the_unfinished_word_last_is_the_verdict() -> None:
    assert status_of("nyt 64 %, kesken") == "unfinished"
    assert status_of("seuranta kesken") == "unfinished"
    assert status_of("nu 40 %, pågår") == "unfinished"


def test_a_status_said_first_stands_before_an_unfinished_remark() -> None:
    assert status_of("osittain, raportointi kesken") == "partly-achieved"
    assert status_of("ei toteutunut, rekrytointi kesken") == "not-achieved"
    assert status_of("toteutunut osittain, kaksi koulua vielä kesken") == "partly-achieved"
    assert status_of("osittain kesken") == "partly-achieved"
    # a label of its own ends the phrase: not started, no noun before "kesken"; a task under way is no verdict
    assert status_of("inte påbörjat") == "not-achieved"
    assert status_of("Not started") == "not-achieved"
    assert status_of("Koulutukset käynnissä") is None


def test_a_dash_verdict_ending_in_kesken_in_a_list() -> None:
    text = (
        "Ohjausryhmän kokous 2/2025\nTurvallinen kotiutus Keski-Suomessa\nKeski-Suomen hyvinvointialue\n\n"
        "1. Tavoitteiden tilanne\n"
        "- Kotiutushoitaja soittaa jokaiselle kotiutuneelle seuraavana päivänä – nyt 58 %, kesken\n"
        "- Lääkelista tarkistetaan kotiutuksessa – arviointi kesken\n"
        "- Kotiutusohje saatavilla myös selkokielellä – valmis\n\n"
        "2. Muut asiat\nEi muita asioita.\n"
    )
    assert _goals(text) == [
        ("Kotiutushoitaja soittaa jokaiselle kotiutuneelle seuraavana päivänä", "unfinished"),
        ("Lääkelista tarkistetaan kotiutuksessa", "unfinished"),
        ("Kotiutusohje saatavilla myös selkokielellä", "achieved"),
    ]


def test_a_mark_between_goal_and_verdict() -> None:
    text = (
        "# Nuorten chat Satakunnassa\n\nOhjausryhmä 2.2.2025 · Satakunnan hyvinvointialue\n\n## Tavoitteet\n\n"
        "- Chat auki myös lauantaisin ✅ valmis\n"
        "- Vastaus viestiin tunnin sisällä ⏳ kesken\n"
        "- Ryhmächat 30 nuorelle ❌ ei toteudu, mukana 12 nuorta\n"
    )
    assert _goals(text, "dia.md") == [
        ("Chat auki myös lauantaisin", "achieved"),
        ("Vastaus viestiin tunnin sisällä", "unfinished"),
        ("Ryhmächat 30 nuorelle", "not-achieved"),
    ]


def test_a_parts_letter_and_colon_before_each_goal() -> None:
    text = (
        "Loppuraportti\nKotihoito yöllä Kainuussa\nKainuun hyvinvointialue, 3.3.2025\n\n"
        "Tavoitteiden toteutuminen\n"
        "A: Yöhoitaja käy kaikissa Kajaanin kotihoidon piireissä. Toteutui.\n"
        "A: Turvahälytykseen vastataan 20 minuutissa. Toteutui osittain.\n"
        "B: Etävalvonta korvaa joka toisen yökäynnin. Ei toteutunut.\n\n"
        "Raportin hyväksyi ohjausryhmä.\n"
    )
    assert _goals(text) == [
        ("Yöhoitaja käy kaikissa Kajaanin kotihoidon piireissä", "achieved"),
        ("Turvahälytykseen vastataan 20 minuutissa", "partly-achieved"),
        ("Etävalvonta korvaa joka toisen yökäynnin", "not-achieved"),
    ]


def test_a_part_words_acronym_before_each_goal() -> None:
    text = (
        "# Steering group 4/2024 – Safe Steps in Lapland\n\nLapland Wellbeing Services County\n\n## Goals\n\n"
        "- WP A: Falls assessment for every new home care client – achieved\n"
        "- WP B: Balance groups in every village hall – not achieved\n"
    )
    assert _goals(text, "minutes.md") == [
        ("Falls assessment for every new home care client", "achieved"),
        ("Balance groups in every village hall", "not-achieved"),
    ]


def test_one_letter_alone_is_no_key() -> None:
    text = (
        "# Safe Steps in Lapland – project update\n\nThe project Safe Steps is run by Lapland Wellbeing Services"
        " County.\n\n## Goals\n\n"
        "- A: Falls assessment for every new home care client – achieved\n"
        "- Balance groups in every village hall – not achieved\n"
    )
    assert _goals(text, "update.md")[0] == ("A: Falls assessment for every new home care client", "achieved")


def test_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """A separator led by spaces is tried from the goal's last letter only (goalforms._TAIL): 20 000 spaces had
    taken seconds, each space a new start of the run."""
    import time

    from hankegraafi.ingest.facts.goalforms import _TAIL

    started = time.perf_counter()
    assert _TAIL.match("x" * 8 + " " * 20_000 + "y") is None
    assert time.perf_counter() - started < 0.5


def test_a_report_label_dated_by_a_months_name_is_no_goal() -> None:
    """ "Tilanne lokakuu 2024: X" below a goal reports on it, as "Tilanne 10/2024: X" does (test36 og12)."""
    text = (
        "VÄLIRAPORTTI\nKotikuntoutus Kymenlaaksossa\nKymenlaakson hyvinvointialue, 2.12.2024\n\n"
        "Tavoitteet ja niiden tilanne\n"
        "Tavoite 1. Kuntoutus alkaa kolmen päivän kuluessa kotiutumisesta.\n"
        "    Arvio marraskuu 2024: toteutunut (2,4 päivää).\n"
        "Tavoite 2. Etäkuntoutus on käytössä Kotkassa.\n"
        "    Arvio marraskuu 2024: jäi tavoitteesta (12 %).\n\n"
        "Seuraavat vaiheet\nSeuraava katsaus tammikuu 2025: ohjausryhmä kokoontuu.\n"
    )
    assert _goals(text) == [
        ("Kuntoutus alkaa kolmen päivän kuluessa kotiutumisesta", "achieved"),
        ("Etäkuntoutus on käytössä Kotkassa", "not-achieved"),
    ]
