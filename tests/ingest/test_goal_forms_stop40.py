"""Goals judged under a label the document repeats for every goal, questions of reaching, forms (stop 40, G9).

Invented text. Classes: a goal's line (a heading, a card's title, a sentence with its full stop) judged by a line
below it under one label that every goal of the block repeats ("Miten kävi: …", "Hur det gick: …", "How we did: …",
"Toteutuminen: …"; goalheads._under_repeated_label): the repeated label is the form's verdict field whatever its
words, so the verdict may stand in a later clause whose subject is the goal ("…, joten tavoite ei toteutunut", "…
och målet uppnåddes"; goalheads.labelled_verdict) and one labelled note may stand between ("Lähtötaso: 12 %"); a
printed form's value in a box of brackets ("Tila<TAB>[ Toteutunut ]", "Tavoite 1  [ X ]"; goalheads.form_line).
A yes/no question of reaching answered after it, a tab or a space apart ("Saavutettiinko tavoite?<TAB>Kyllä",
"Toteutuiko tavoite?  Osittain (64)", "Uppnåddes målet?<TAB>Delvis"; goalstatus._asked with the question clitic,
goalheads._LABEL, opening_verdict). A goal table with no header whose status column carries its label in every cell
("Outcome 1: X<TAB>Status: Achieved"; goaltables._labelled_column), under any heading. A form's goal fields run on
after the rows of another table with no blank line between (goalheads.form_goals_within), an empty goal field
without a status field below it, a form's long note in brackets ("(pakollinen, enintään 200 merkkiä)").
Negative side: the same label after events that judges nothing ("Hur det gick: salen var full"), a label said once,
a note's figure that is no goal ("Tavoitetaso: 5", "Share of cafés held as planned: 94 %"), a tick box "[ ]"; a
question answered yes that asks of something else ("Hölls ett slutseminarium?<TAB>Ja": no goal, no verdict); a
repeated label that judges nothing ("Tehtävä 1: X<TAB>Vastuu: Y"). A verdict cell in the verb of getting to the goal
or falling short of it ("Tavoitteeseen päästiin", "Päästiin osittain", "Ei päästy", "Jäi tavoitteesta", "Ei täyty";
goalreach.py), in the column beside a result column of figures that a status word heads ("Tavoite | Tulos |
Päätelmä"; goalcolumns.goal_columns, _stating_column); negative: "Päästiin aloittamaan keväällä", a training table
with the same header words. A verdict of reaching said of a count of the places out of a count ("toteutunut kahdessa
kunnassa kolmesta", "uppnått på två av fyra områden", "reached in 3 of 4 health centres"; goalreach.in_share_of_places):
in part; "kaikissa kunnissa", "i alla tre kommuner" whole. A tick grid of goal statuses whose corner cell is empty
(" | Saavutettu | Osittain | Ei saavutettu" over "X | | X"; goalcolumns._corner_matrix); negative: a grid of ratings
("Bra | Godtagbar | Svag") over courses.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalheads import form_line, labelled_verdict, opening_verdict
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes


def goals(text: str, name: str = "raportti.md") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_verdict_in_a_later_clause_under_a_label() -> None:
    assert labelled_verdict("Miten kävi: osuus oli lopussa 47 %, tavoite saavutettiin.") == "achieved"
    assert (
        labelled_verdict("Miten kävi: ryhmä ei alkanut Ähtärissä, joten tavoite ei toteutunut.")
        == "not-achieved"
    )
    assert labelled_verdict("Hur det gick: rutinen infördes i maj och målet uppnåddes.") == "achieved"
    assert (
        labelled_verdict("Where we ended up: 31 trained, so the target was reached in part.")
        == "partly-achieved"
    )
    assert labelled_verdict("How we did: partly met, nine short of the target.") == "partly-achieved"
    assert (
        labelled_verdict("Miten onnistuimme: käyntejä tuli 6 % vähemmän, tavoitetta ei saavutettu.")
        == "not-achieved"
    )
    # no label, or a clause whose subject is something else
    assert labelled_verdict("Osuus oli lopussa 47 %, tavoite saavutettiin.") is None
    assert labelled_verdict("Hur det gick: salen var full och frågorna många.") is None


def test_a_printed_forms_boxed_value() -> None:
    assert form_line("Tila\t[ Toteutunut ]") == "Tila: Toteutunut"
    assert (
        form_line("Tavoite 2  [ Kotikäynti kahden päivän sisällä ]")
        == "Tavoite 2: Kotikäynti kahden päivän sisällä"
    )
    assert (
        form_line("Tavoite 2 [ Kotikäynti kahden päivän sisällä ]")
        == "Tavoite 2: Kotikäynti kahden päivän sisällä"
    )
    assert (
        form_line("Päivä 1  [ Kuopio, fysioterapeutit ]") == "Päivä 1  [ Kuopio, fysioterapeutit ]"
    )  # no goal's label
    assert form_line("Tila\t[ ]") == "Tila: [ ]"  # an empty tick box is no value


def test_goals_judged_under_a_repeated_label() -> None:
    text = (
        "# Etelä-Pohjanmaan perheneuvola lähelle -hanke: loppuraportti\n\n"
        "Etelä-Pohjanmaan hyvinvointialue · 12.5.2025\n\nHanke toimi Seinäjoella ja Ähtärissä.\n\n"
        "## Tavoitteet ja niiden toteutuminen\n\n"
        "Perheneuvolaan pääsee kuukaudessa.\n\n"
        "Miten kävi: jono lyheni kolmeen viikkoon, joten tavoite saavutettiin.\n\n"
        "Vertaisryhmä toimii molemmissa kunnissa.\n\n"
        "Lähtötaso: ryhmä Seinäjoella\n\n"
        "Miten kävi: ryhmä ei alkanut Ähtärissä, joten tavoite ei toteutunut.\n\n"
        "## Tapahtumat\n\n"
        "Avoimet ovet perheneuvolassa.\n\n"
        "Miten kävi: kävijöitä oli kolmisenkymmentä.\n"
    )
    assert sorted(goals(text)) == [
        ("Perheneuvolaan pääsee kuukaudessa", "achieved"),
        ("Vertaisryhmä toimii molemmissa kunnissa", "not-achieved"),
    ]


def test_a_label_said_once_judges_by_its_words_only() -> None:
    text = (
        "# Perheneuvola lähelle -hanke: loppuraportti\n\n"
        "Etelä-Pohjanmaan hyvinvointialue · 12.5.2025\n\n"
        "## Tavoitteet ja niiden toteutuminen\n\n"
        "Perheneuvolaan pääsee kuukaudessa.\n\n"
        "Miten kävi: jono lyheni kolmeen viikkoon, joten tavoite saavutettiin.\n\n"
        "Hanke järjesti lisäksi kaksi koulutusta.\n"
    )
    assert ("Perheneuvolaan pääsee kuukaudessa", "achieved") not in goals(text)


def test_a_yes_no_question_of_reaching() -> None:
    assert opening_verdict("Toteutuiko tavoite?      Osittain (64 perhettä 90:stä)") == "partly-achieved"
    assert opening_verdict("Saavutettiinko tavoite?\tEi, vapaaehtoisia ei löytynyt") == "not-achieved"
    assert opening_verdict("Uppnåddes målet?\tDelvis, i Kristinestad inom fem dagar") == "partly-achieved"
    assert (
        opening_verdict("Toteutuiko tavoite? Ei vielä, ensimmäinen ilta pidetään tammikuussa") == "unfinished"
    )
    # a question of something else than reaching, answered yes: no verdict
    assert opening_verdict("Pidettiinkö päätösseminaari?      Kyllä") is None


def test_goal_fields_each_over_a_question_and_questions_are_no_goals() -> None:
    text = (
        "Slutrapport för statsunderstöd (utskrift av formulär)\nProjekt\tHemvård i skärgården\n"
        "Välfärdsområde\tVälfärdsområdet Egentliga Finland\nDatum\t2.6.2025\n\n"
        "Mål och måluppfyllelse\n"
        "Mål 1 (obligatoriskt fält)\tHembesök inom två dagar på alla öar\nUppnåddes målet?\tJa\n"
        "Mål 2\tVideobesök för 30 klienter\nUppnåddes målet?\tDelvis, 18 klienter\n\n"
        "Spridning\nHölls ett slutseminarium?\tJa\nPublicerades modellen på webben?\tJa, i maj\n"
    )
    assert sorted(goals(text, "rapport.txt")) == [
        ("Hembesök inom två dagar på alla öar", "achieved"),
        ("Videobesök för 30 klienter", "partly-achieved"),
    ]


def test_a_status_label_in_every_cell_makes_a_goal_table() -> None:
    text = (
        "Väliraportti 1/2025\nHanke: Kotiin kuntoutus Lappeenrannassa\nEtelä-Karjalan hyvinvointialue\t30.4.2025\n\n"
        "2. MITÄ ON SAATU AIKAAN\n\n"
        "Tulos 1: Kuntoutus alkaa kotona kolmessa päivässä\tTilanne: toteutunut\n"
        "Tulos 2: Kuntoutussuunnitelma jokaiselle asiakkaalle\tTilanne: osittain (60 %)\n\n"
        "3. SEURAAVAT TEHTÄVÄT\n\n"
        "Tehtävä 1: Suunnitelman pohja sähköiseksi\tVastuu: kuntoutuksen esihenkilö\n"
        "Tehtävä 2: Omaisten illan ajankohta\tVastuu: hankekoordinaattori\n"
    )
    assert sorted(goals(text, "raportti.txt")) == [
        ("Tulos 1: Kuntoutus alkaa kotona kolmessa päivässä", "achieved"),
        ("Tulos 2: Kuntoutussuunnitelma jokaiselle asiakkaalle", "partly-achieved"),
    ]


def test_form_goal_fields_run_on_after_basic_data() -> None:
    text = (
        "Final report (form printout)\nProject\tEvening Chat for Carers\n"
        "Wellbeing services county\tCentral Finland wellbeing services county\nDate of report\t30.4.2025\n"
        "Objective 1 (required field, at most 200 characters)\tChat open four evenings a week\n"
        "Objective achieved?\tYes\n"
        "Objective 2 (at most 200 characters)\t-\n"
        "Objective 3 (at most 200 characters)\tAnswer within ten minutes\n"
        "Objective achieved?\tPartly (71 %)\n"
        "Final seminar held?\tYes\n"
    )
    assert sorted(goals(text, "report.txt")) == [
        ("Answer within ten minutes", "partly-achieved"),
        ("Chat open four evenings a week", "achieved"),
    ]


def test_the_verb_of_getting_to_a_goal_in_a_verdict_cell() -> None:
    assert status_of("Tavoitteeseen päästiin") == "achieved"
    assert status_of("Päästiin osittain") == "partly-achieved"
    assert status_of("Ei päästy") == "not-achieved"
    assert status_of("Jäi tavoitteesta") == "not-achieved"
    assert status_of("Ei täyty tällä hankekaudella") == "not-achieved"
    # got to start something: no verdict
    assert status_of("Päästiin aloittamaan vasta keväällä") is None


def test_the_verdict_column_beside_a_result_column_of_figures() -> None:
    text = (
        "# Kotisairaala Joensuussa -hanke: loppuraportti\n\n*Pohjois-Karjalan hyvinvointialue · 1.9.2025*\n\n"
        "## Mihin pyrittiin ja mihin päästiin\n\n"
        "| Tavoite | Tulos | Päätelmä |\n|---|---|---|\n"
        "| Hoitaja tavoitettavissa ympäri vuorokauden | numero käytössä 1.3. alkaen | Tavoitteeseen päästiin |\n"
        "| Lääkehoito kotona 25 potilaalle kuukaudessa | 17 potilasta / kk | Päästiin osittain |\n"
        "| Päivystyskäynnit vähenevät viidenneksellä | −4 % | Jäi tavoitteesta |\n\n"
        "## Koulutukset\n\n| Koulutus | Tulos | Päätelmä |\n|---|---|---|\n"
        "| Perehdytys | 22 hoitajaa | Jatketaan syksyllä |\n| Lääkehoidon päivitys | 14 hoitajaa | Siirretään verkkoon |\n"
    )
    assert sorted(goals(text)) == [
        ("Hoitaja tavoitettavissa ympäri vuorokauden", "achieved"),
        ("Lääkehoito kotona 25 potilaalle kuukaudessa", "partly-achieved"),
        ("Päivystyskäynnit vähenevät viidenneksellä", "not-achieved"),
    ]


def test_reached_in_a_count_of_the_places_out_of_a_count_is_partly() -> None:
    assert status_of("toteutunut kahdessa kunnassa neljästä") == "partly-achieved"
    assert status_of("uppnått i två av tre kommuner") == "partly-achieved"
    assert status_of("uppnått på två av fyra områden") == "partly-achieved"
    assert status_of("reached in 3 of 4 health centres") == "partly-achieved"
    # every place: whole
    assert status_of("saavutettu kaikissa kunnissa") == "achieved"
    assert status_of("uppnått i alla tre kommuner") == "achieved"
    # a count of places with no verdict of reaching: no status
    assert status_of("Kurssi pidettiin kahdessa kunnassa kolmesta") is None


def test_a_tick_grid_of_statuses_with_an_empty_corner() -> None:
    text = (
        "# Slutrapport: Hemma tryggt i Jakobstad\n\n*Österbottens välfärdsområde · 1.9.2025*\n\n## Målen i ansökan\n\n"
        "| | Uppnått | Delvis uppnått | Inte uppnått |\n|---|---|---|---|\n"
        "| Hemrehabilitering inom tre dagar | X | | |\n| Kvällsbesök i alla byar | | X | |\n\n"
        "## Kurserna\n\n| | Bra | Godtagbar | Svag |\n|---|---|---|---|\n"
        "| Kursen i förflyttningsteknik för anhöriga | X | | |\n| Kursen i digitala tjänster | | X | |\n"
    )
    assert sorted(goals(text)) == [
        ("Hemrehabilitering inom tre dagar", "achieved"),
        ("Kvällsbesök i alla byar", "partly-achieved"),
    ]
