"""Goals under a title the vocabulary does not know, reported after a label, in a form's fields (stop 36).

Invented text. Classes: a title of its own naming the goals ("Tavoitteet ja missä nyt ollaan", "Mål och hur
långt vi har kommit", "3. Tavoitteet ja niiden tila 31.12.2022", "PART 2 GOALS") heads the list or the labelled
goals below it (facts/goalleads.goal_title); an item's report after its goal sentence ("X. Status: too early to
tell") judges it (facts/goals._reported); a labelled goal's status the segmenter took for the project's status
field ("Tila<TAB>toteutunut") and a form's note in brackets after a label ("Tavoite 1 (teksti): X") are the
goal's (facts/goalheads); the verb of reaching and "too early to assess" are statuses (status.ttl, goalstatus).
Negative side: a headline beginning "Tavoitteena …", the goals' measures under their own title, a status field
under no goal, a bracketed note after another label, "reached" in running text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalheads import form_line
from hankegraafi.ingest.facts.goalleads import goal_title, lead_in
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kotona kotiin -hanke – tilannekatsaus\n\nKanta-Hämeen hyvinvointialue\n\nHanke toimii Hämeenlinnassa ja Forssassa.\n\n"


def goals(body: str, name: str = "sivu.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_goal_titles_and_what_is_none() -> None:
    for title in (
        "Tavoitteet ja missä nyt ollaan",
        "Mål och hur långt vi har kommit",
        "Goals and where we stand now",
        "3. Tavoitteet ja niiden tila 31.12.2022",
        "OSA 3 TAVOITTEET",
        "PART 2 GOALS",
    ):
        assert goal_title(title) and lead_in(title), title
    for line in (
        "Tavoitteena lähipalvelut – kuulumisia kesältä",  # a headline: the goal word not as the topic
        "Tavoitteiden mittarit",  # the goals' measures
        "Goals and actions",
        "Tavoitteet ja tulokset on esitetty liitteessä.",  # a sentence
        "Tavoite 2 – Yhteistyö",  # one goal's label
    ):
        assert not goal_title(line), line
    assert not lead_in("- Tavoitteet ja missä nyt ollaan")  # a bulleted item is no title


def test_a_numbered_list_under_a_goal_title_with_reports_after_a_label() -> None:
    body = (
        "Tavoitteet ja missä nyt mennään\n\n"
        "1. Asiakas saa etäkäynnin viikoittain. Tilanne: kesken (40 asiakasta)\n"
        "2. Lääkerobotti on käytössä sadassa kodissa. Tilanne: saavutettu\n"
        "3. Ajoaika lyhenee kymmenesosalla. Tilanne: ei vielä arvioitavissa\n"
    )
    assert goals(body) == [
        ("Asiakas saa etäkäynnin viikoittain", "unfinished"),
        ("Lääkerobotti on käytössä sadassa kodissa", "achieved"),
        ("Ajoaika lyhenee kymmenesosalla", "unknown"),
    ]


def test_a_status_field_below_a_labelled_goal_is_its_status() -> None:
    body = (
        "3. Tavoitteet ja niiden tila 31.12.2022\n"
        "Tavoite 1: Kotihoidon asiakkaat saavat etäkäynnin viikoittain\n"
        "Tila\ttoteutunut\n"
        "Tavoite 2: Omaishoitajat saavat tukea verkossa\n"
        "Tila\tkesken\n"
    )
    assert goals(body) == [
        ("Kotihoidon asiakkaat saavat etäkäynnin viikoittain", "achieved"),
        ("Omaishoitajat saavat tukea verkossa", "unfinished"),
    ]


def test_a_status_field_under_no_goal_makes_none() -> None:
    assert goals("Tila\tkäynnissä\nRaportointijakso\t1.1.–30.6.2025\n\nHanke jatkuu syksyllä.\n") == []


def test_a_forms_note_after_a_label() -> None:
    assert form_line("Tavoite 1 (teksti): Kotiutuva asiakas saa suunnitelman") == (
        "Tavoite 1: Kotiutuva asiakas saa suunnitelman"
    )
    assert form_line("Goal status (drop-down): Partly achieved") == "Goal status: Partly achieved"
    assert form_line("Yhteyshenkilö (teksti): Maria Nieminen") == "Yhteyshenkilö (teksti): Maria Nieminen"
    body = (
        "OSA 3 TAVOITTEET\n"
        "Tavoite 1 (teksti): Kotiutuva asiakas saa kuntoutussuunnitelman viikossa\n"
        "Tavoitteen tila (valikko): Toteutunut\n"
        "Tavoite 2 (teksti): Kuntoutusryhmät toimivat molemmissa kaupungeissa\n"
        "Tavoitteen tila (valikko): Ei toteudu\n"
    )
    assert goals(body) == [
        ("Kotiutuva asiakas saa kuntoutussuunnitelman viikossa", "achieved"),
        ("Kuntoutusryhmät toimivat molemmissa kaupungeissa", "not-achieved"),
    ]


def test_reaching_and_too_early() -> None:
    assert [
        status_of(s) for s in ("Nått", "Delvis nått", "Inte nått", "Reached", "Partly reached", "Not met")
    ] == [
        "achieved",
        "partly-achieved",
        "not-achieved",
        "achieved",
        "partly-achieved",
        "not-achieved",
    ]
    for said in (
        "ei vielä arvioitavissa",
        "Tilanne: ei vielä arvioitavissa",
        "För tidigt att bedöma",
        "Too early to tell",
    ):
        assert status_of(said) == "unknown", said
    assert status_of("Ei toteutunut") == "not-achieved"  # a "no" stays one


def test_reached_in_running_text_is_no_goal() -> None:
    assert (
        goals("Tiedote on nyt tavoittanut kaikki kotitaloudet. The newsletter reached 2 400 families.\n") == []
    )


def test_the_goals_measures_under_their_own_title_end_the_goals() -> None:
    body = (
        "Tavoitteet ja miten niissä on edetty\n\n"
        "- Terveysauto käy joka kylässä kahden viikon välein – toteutunut\n"
        "- Kyläläiset varaavat ajan puhelimella – osittain toteutunut\n\n"
        "Tavoitteiden mittarit\n\n"
        "- Terveysauton käyntien määrä kuukaudessa\n"
        "- Asiakkaiden matka-aika lähimpään palveluun\n"
    )
    assert goals(body) == [
        ("Terveysauto käy joka kylässä kahden viikon välein", "achieved"),
        ("Kyläläiset varaavat ajan puhelimella", "partly-achieved"),
    ]


def test_a_numbered_list_laid_out_with_tabs_and_its_reports_below() -> None:
    body = (
        "3 TAVOITTEET\n"
        "1.\tAjanvaraus keskitetään yhteen numeroon\n"
        "\tEteneminen: valmis\n"
        "2.\tTiimivastaanotot aloittavat kahdessa kunnassa\n"
        "\tEteneminen: ei aloitettu, siirretty vuodelle 2024\n\n"
        "4 SEURAAVAT TEHTÄVÄT\n"
        "1.\tKoulutetaan kaksi hoitajaa\n"
        "\tVastuu: kotihoito\n"
    )
    assert goals(body) == [
        ("Ajanvaraus keskitetään yhteen numeroon", "achieved"),
        ("Tiimivastaanotot aloittavat kahdessa kunnassa", "moved-later"),
    ]


def test_goals_listed_in_a_sentence_judged_by_ordinals_in_the_next() -> None:
    body = (
        "Hankkeella oli kolme tavoitetta: kotihoidon asiakkaat saavat etäkäynnin, omaishoitajat saavat tukea "
        "verkossa ja yöpartio kattaa koko kunnan. Ensimmäinen saavutettiin, toinen toteutui osittain ja kolmas "
        "siirtyi vuodelle 2026.\n\n"
        "The board had three aims: to approve the budget, to hear the reports and to plan the autumn. "
        "The first meeting was held in May, the second in June and the third in August.\n"
    )
    assert goals(body) == [
        ("kotihoidon asiakkaat saavat etäkäynnin", "achieved"),
        ("omaishoitajat saavat tukea verkossa", "partly-achieved"),
        ("yöpartio kattaa koko kunnan", "moved-later"),
    ]


def test_a_checklist_and_statuses_as_shares_or_not_yet() -> None:
    body = (
        "Tavoitteet\n\n"
        "- ☒ Iltakäynnit hoidetaan videolla\n"
        "- ☐ Omainen liittyy videokäynnille (siirtyy kevääseen 2026)\n\n"
        "Tavoitteiden eteneminen\n\n"
        "1. Etäkäyntien osuus 30 prosenttia — *kaksi kolmesta kunnasta yli tavoitteen*\n"
        "2. Ajoaika vähenee viidenneksellä — *ei vielä, seuranta jatkuu*\n"
    )
    assert goals(body) == [
        ("Iltakäynnit hoidetaan videolla", "achieved"),
        ("Omainen liittyy videokäynnille", "moved-later"),
        ("Etäkäyntien osuus 30 prosenttia", "partly-achieved"),
        ("Ajoaika vähenee viidenneksellä", "unfinished"),
    ]
    assert status_of("Kolme neljästä kunnasta") is None  # a share alone says no status


def test_a_status_field_a_paragraph_below_its_labelled_goal() -> None:
    body = (
        "Tavoitteet / Mål\n\n"
        "Tavoite 1: Neuvola-auto käy jokaisessa kylässä\n\n"
        "Tila: toteutunut.\n\n"
        "Tavoite 2: Perheet varaavat ajan verkossa\n\n"
        "Tila: siirtyy vuodelle 2026.\n"
    )
    assert goals(body) == [
        ("Neuvola-auto käy jokaisessa kylässä", "achieved"),
        ("Perheet varaavat ajan verkossa", "moved-later"),
    ]
