"""Where a goal form ends and how its status is found, in layouts of stop 29.

A goal table joined on to the next table of the text (the segmenter keeps rows parted by a blank
line together), numbered goals each with its status on the next line after an arrow, and a goal
table without a header under a goals heading. Invented texts; tuning documents u232–u234 pin
each class whole.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goals import legend_line
from hankegraafi.ingest.facts.goalstatus import line_status, status_of
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI\n\nHanke: Kuvitteellinen lähipalveluhanke\n\n"


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_goal_table_ends_where_a_wider_table_begins() -> None:
    body = (
        "TAVOITE                                          TILANNE\n"
        "Kotikäynnit sähköiseen kirjaukseen                toteutunut\n"
        "Iltavastaanotto kahdessa kunnassa                 jäi kesken\n"
        "\n"
        "RYHMÄT 2024              SUUNN.      TOT.     OSALLISTUJIA\n"
        "Liikuntaryhmät              8           7           64\n"
        "Yhteensä                    8           7           64\n"
    )
    assert goals(body) == [
        ("Kotikäynnit sähköiseen kirjaukseen", "achieved"),
        ("Iltavastaanotto kahdessa kunnassa", "unfinished"),
    ]


def test_outline_numbered_goals_each_with_its_status_after_an_arrow() -> None:
    body = (
        "2. ARVIO\n"
        "   Aikataulu ........ toteutui\n"
        "   (toteutui = suunnitelman mukaan, ei toteutunut = poikkeama)\n"
        "\n"
        "3. TAVOITTEET\n"
        "   3.1  Kotikuntoutus alkaa viikon sisällä\n"
        "        -> saavutettu osittain\n"
        "   3.2  Etäfysioterapia kaikissa kunnissa\n"
        "        -> saavutettu\n"
        "   3.3  Yhteinen ajanvaraus terapeuteille\n"
        "        -> ei saavutettu\n"
        "\n"
        "4 TALOUS\n"
        "4.1 Raportointijakso 1.1.–30.6.2024\n"
    )
    assert goals(body) == [
        ("Kotikuntoutus alkaa viikon sisällä", "partly-achieved"),
        ("Etäfysioterapia kaikissa kunnissa", "achieved"),
        ("Yhteinen ajanvaraus terapeuteille", "not-achieved"),
    ]


def test_a_legend_of_status_words_is_no_goal() -> None:
    assert legend_line("(uppnåddes = målnivån nåddes, uppnåddes inte = under målnivån)")
    assert legend_line("toteutui = suunnitelman mukaan; ei toteutunut = poikkeama")
    assert not legend_line("Tavoite ei toteutunut, koska rekrytointi viivästyi.")
    assert not legend_line("Kustannukset = 120 000 euroa")  # one pair: no legend


def test_a_goal_table_without_a_header_under_a_goals_heading() -> None:
    body = (
        "Tavoitteet\n"
        "  A1\tKotihoidon etäkäynnit kaikkiin kuntiin\tToteutunut\n"
        "  A2\tSosiaalipäivystyksen chat iltoihin\tOsittain\n"
        "  A3\tYhteinen asiakaspalaute kaikissa yksiköissä\tEi toteutunut\n"
        "\n"
        "Osahankkeet\n"
        "  Osahanke 1: Kotihoito\tmyönnetty 300 000 €\n"
        "  Osahanke 2: Sosiaalipäivystys\tmyönnetty 200 000 €\n"
    )
    assert goals(body) == [
        ("Kotihoidon etäkäynnit kaikkiin kuntiin", "achieved"),
        ("Sosiaalipäivystyksen chat iltoihin", "partly-achieved"),
        ("Yhteinen asiakaspalaute kaikissa yksiköissä", "not-achieved"),  # "Osahankkeet" no tail of it
    ]


def test_a_table_of_two_words_a_row_or_without_statuses_is_no_goal_table() -> None:
    body = (
        "Tavoitteet\n"
        "  Aikataulu\tvihreä\n"
        "  Kustannukset\tkeltainen\n"
        "\n"
        "  Laurea-ammattikorkeakoulu\tarvioi asiakaskokemusta\n"
        "  Tampereen yliopisto\tkouluttaa henkilöstöä\n"
    )
    assert goals(body) == []


def test_goal_lines_with_a_status_after_a_colon_one_goal_of_two_words() -> None:
    body = (
        "Tavoitteet\n"
        "Kotisairaalan yökäynnit kaikissa kunnissa: toteutunut\n"
        "Etäkuntoutuksen laajentaminen: osittain saavutettu\n"
        "Omaishoidon sijaisrekisteri: ei aloitettu, siirtyy vuodelle 2025\n"
    )
    assert goals(body) == [
        ("Kotisairaalan yökäynnit kaikissa kunnissa", "achieved"),
        ("Etäkuntoutuksen laajentaminen", "partly-achieved"),
        ("Omaishoidon sijaisrekisteri", "moved-later"),
    ]


def test_not_started_and_moved_on_is_moved_later() -> None:
    assert line_status("ei aloitettu, siirtyy vuodelle 2024") == "moved-later"
    assert line_status("ei toteutunut, siirtyy jatkohankkeeseen") == "moved-later"
    assert line_status("ei aloitettu") == "not-achieved"
    assert line_status("ei toteutunut, koska rekrytointi viivästyi") == "not-achieved"


def test_a_goals_heading_with_an_aside_after_a_dash() -> None:
    assert match_heading("Mitä tavoittelemme – ja missä ollaan") == ("goals", "")
    assert match_heading("Talous - mitä on käytetty") == ("costs", "")
    assert match_heading("Tavoite 2 – Yhteistyö ja tiedonkulku") is None  # a labelled goal, not a heading
    assert match_heading("Investointi 1 – sähköinen asiointi") is None  # no section's label before the dash


def test_a_status_with_its_column_label_before_it() -> None:
    assert status_of("tilanne: osin valmis") == "partly-achieved"
    assert status_of("Läge: uppnått") == "achieved"
    assert (
        status_of("Toteutunut osittain: Hämeenlinna ja Riihimäki") == "partly-achieved"
    )  # the label is the status
    assert status_of("Hanke: valmis") is None  # no status column's label


def test_goal_items_under_a_heading_with_an_aside() -> None:
    body = (
        "Tavoitteet - missä mennään\n"
        "- Neuvolan ja perhetyön yhteinen ajanvaraus — tila: osittain valmis\n"
        "- Eroauttamisen verkkopalvelu — tila: kesken\n"
    )
    assert goals(body) == [
        ("Neuvolan ja perhetyön yhteinen ajanvaraus", "partly-achieved"),
        ("Eroauttamisen verkkopalvelu", "unfinished"),
    ]


def test_a_news_items_subheading_over_its_goals() -> None:
    assert match_heading("Tavoitteista") == ("goal-results", "")
    assert match_heading("Om målen") == ("goal-results", "")
    body = "Tavoitteista\n• Kotisairaalan ilta-ajat kaikkiin kuntiin – toteutui\n• Saattohoidon päivystys – ei toteutunut\n"
    assert goals(body) == [
        ("Kotisairaalan ilta-ajat kaikkiin kuntiin", "achieved"),
        ("Saattohoidon päivystys", "not-achieved"),
    ]


def test_goals_listed_in_a_sentence_after_their_label() -> None:
    body = (
        "Väliraportin mukaan hanke etenee. Tavoitteet: Kotikuntoutus alkaa viikossa – toteutunut osittain;\n"
        "Etäfysioterapia kaikissa kunnissa – toteutunut; Terapeuttien yhteinen tietokanta – siirtyy 2025.\n"
        "Raportti merkitään tiedoksi.\n"
    )
    assert goals(body) == [
        ("Kotikuntoutus alkaa viikossa", "partly-achieved"),
        ("Etäfysioterapia kaikissa kunnissa", "achieved"),
        ("Terapeuttien yhteinen tietokanta", "moved-later"),
    ]
    # One goal, or parts without a status each, is no such list.
    assert (
        goals("Tavoitteet: lisätä yhteistyötä – erityisesti kuntien kanssa; vahvistaa kumppanuuksia.\n") == []
    )


def test_a_list_of_goals_with_status_tails_under_a_heading_nobody_knows() -> None:
    body = (
        "Missä mennään syksyllä\n"
        "\n"
        "- Nuorten walk in -vastaanotto kahdessa toimipisteessä — valmis\n"
        "- Päihdetyön chat iltaisin ja viikonloppuisin — kesken\n"
    )
    assert sorted(goals(body)) == [
        ("Nuorten walk in -vastaanotto kahdessa toimipisteessä", "achieved"),
        ("Päihdetyön chat iltaisin ja viikonloppuisin", "unfinished"),
    ]
    # Lights in the same form are no goals; nor is a list one item of which has no status.
    assert goals("Tilanne\n\n- Aikataulu — toteutui\n- Kustannukset — toteutui\n") == []
    assert goals("Uutisia\n\n- Uusi chat avattiin — valmis\n- Kevään koulutukset jatkuvat Lahdessa\n") == []


def test_progress_then_the_answer_after_a_comma() -> None:
    assert status_of("edistyy, osittain") == "partly-achieved"
    assert status_of("etenee, toteutunut") == "achieved"
    assert status_of("etenee, rekrytoinnit auki") is None


def test_a_cell_not_reached_and_moved_on_reads_as_the_line_does() -> None:
    assert (
        status_of("Ei toteutunut, siirtyy 2025") == line_status("Ei toteutunut, siirtyy 2025") == "moved-later"
    )
    assert status_of("Ei toteutunut, koska rekrytointi viivästyi") == "not-achieved"
