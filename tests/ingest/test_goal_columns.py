"""Goals of stop 30 (issue 13, test9's classes): a goal table's status column told by its cells,
and the status phrases that say "in part" or that the work goes on.

Invented report texts (the tuning documents u270–u274 show the same forms in whole documents).
Each form fails without its rule.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "TILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen neuvolahanke\nRaportointijakso: 1.1.2025–30.6.2025\n\n"


def goals(body: str, name: str = "r.txt", head: str = HEAD) -> list[tuple[str, str]]:
    x = extract(read_bytes((head + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_status_column_is_known_by_its_cells_whatever_its_header() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tLopputulos\n"
        "Neuvolan chat vastaa arkisin kahdeksasta neljään\tSaavutettu\n"
        "Isien ryhmä kokoontuu joka kuukausi\tSaavutettu osin (Tammelassa)\n"
        "Perhevalmennus verkossa\tSiirtyy vuodelle 2026\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin kahdeksasta neljään", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "partly-achieved"),
        ("Perhevalmennus verkossa", "moved-later"),
    ]


def test_a_column_beside_goals_that_states_no_status_in_every_row_is_no_status_column() -> None:
    # A plan's goals with a note each: one note happens to read as a status, the others do not.
    body = (
        "Tavoitteet\n\nTavoite\tHuomio\n"
        "Neuvolan chat vastaa arkisin kahdeksasta neljään\tToteutunut muualla\n"
        "Isien ryhmä kokoontuu joka kuukausi\tVaatii tilat\n"
    )
    assert all(status == "unknown" for _, status in goals(body))


def test_in_part_and_work_going_on_are_statuses_of_their_own() -> None:
    assert status_of("Edennyt osittain") == "partly-achieved"
    assert status_of("Käytössä osin") == "partly-achieved"
    assert status_of("Delvis klart") == "partly-achieved"
    assert status_of("Edistynyt osittain (40 %)") == "partly-achieved"
    assert status_of("Työ jatkuu") == "unfinished"
    assert status_of("31 %, työ jatkuu") == "unfinished"
    assert status_of("Arbetet fortsätter") == "unfinished"
    assert status_of("Jatkuu hyvinvointialueen toimintana") is None  # made permanent: no "unfinished"
    assert status_of("Ei osittainkaan") != "partly-achieved"


def test_a_goal_code_before_a_listed_goal_is_the_reports() -> None:
    body = (
        "Tavoitteet\n\n"
        "* **T1** Neuvolan chat vastaa arkisin. Tila: *saavutettu*\n"
        "* **T2** Isien ryhmä kokoontuu joka kuukausi. Tila: *kesken*\n"
        "* B2 tason kielitaito kaikilla perhetyöntekijöillä. Tila: *kesken*\n"
    )
    assert goals(body, name="r.md") == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "unfinished"),
        ("B2 tason kielitaito kaikilla perhetyöntekijöillä", "unfinished"),  # a level in lower case: no code
    ]


def test_a_headerless_goal_table_under_a_caption_that_names_goals() -> None:
    body = (
        "Pohjois-Savon hyvinvointialueen Perhetyön kehittämishanke kokoaa perhepalvelut yhteen.\n\n"
        "Osatavoitteiden eteneminen 30.9.2025\n"
        "    - Neuvolan chat avataan kaikille perheille ......... toteutunut\n"
        "    - Isien ryhmä kokoontuu joka kuukausi ............... kesken\n"
        "    - Perhevalmennus verkossa ........................... siirtyy vuodelle 2026\n"
    )
    assert goals(body, head="Perhetyön kehittämishanke, Kuopio\n\n") == [
        ("Neuvolan chat avataan kaikille perheille", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "unfinished"),
        ("Perhevalmennus verkossa", "moved-later"),
    ]


def test_a_table_far_below_a_goal_heading_or_of_amounts_is_no_headerless_goal_table() -> None:
    # The goals heading is the cost table's title too (no caption between), and its rows are amounts
    # with a percentage that reads as a status: no goals.
    body = (
        "3 Tavoitteiden tila\n\nTavoite\tTila\nNeuvolan chat vastaa arkisin\tsaavutettu\n\n"
        "Investointi 1: Neuvolat\n"
        "Palvelujen ostot\t640 000 €\t512 300 €\t80 %\nOmat henkilöstökustannukset\t910 000 €\t801 450 €\t88 %\n"
    )
    assert goals(body) == [("Neuvolan chat vastaa arkisin", "achieved")]


def test_a_sheets_goal_table_joined_to_the_table_above_and_of_target_levels() -> None:
    sheet = (
        "Hanke;Perhetyön kehittämishanke;;\r\nHallinnoija;Pohjois-Savon hyvinvointialue;;\r\nKunnat;Kuopio, Iisalmi;;\r\n;;;\r\n"
        "Kustannuslaji;Budjetti;Toteutunut;\r\nPalkat;100 000,00;40 000,00;\r\nYhteensä;100 000,00;40 000,00;\r\n;;;\r\n"
        "Mittari;Tavoite;Tila;\r\nNeuvolan chat kaikissa kunnissa;käytössä;Valmis;\r\n"
        "Isien ryhmien osallistujamäärä kaksinkertaistuu;+100 %;Osittain (+40 %);\r\n"
    )
    assert goals(sheet, name="seuranta.csv", head="") == [
        ("Neuvolan chat kaikissa kunnissa", "achieved"),
        ("Isien ryhmien osallistujamäärä kaksinkertaistuu", "partly-achieved"),
    ]


def test_goals_of_two_words_beside_a_longer_note_stay_the_goals() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tHuomio\tTila\n"
        "Perhevalmennus verkossa\tValmennus siirrettiin Teamsiin keväällä\tToteutunut\n"
        "Isien ryhmä\tRyhmä kokoontuu kirjastossa kerran kuussa\tKesken\n"
    )
    assert goals(body) == [("Perhevalmennus verkossa", "achieved"), ("Isien ryhmä", "unfinished")]


def test_a_goals_section_ends_at_a_table_of_amounts_under_a_heading_the_vocabulary_does_not_know() -> None:
    body = (
        "Tavoitteet\n\n1. Neuvolan chat vastaa arkisin. Tilanne: valmis\n2. Isien ryhmä joka kuukausi. Tilanne: kesken\n\n"
        "Kulut vuosittain (€)\n\n\t2024 budjetti\t2024 toteuma\nPalkat\t140 000\t131 220\nOhjelmistot\t210 000\t198 400\n\n"
        "Muita hankkeita\n\n- Perhekeskus verkossa\n- Kotihoidon etäkäynnit\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä joka kuukausi", "unfinished"),
    ]


def test_a_goal_tables_marks_read_by_the_documents_legend() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tArvio\nNeuvolan chat vastaa arkisin\tT\nIsien ryhmä kokoontuu joka kuukausi\tO\n"
        "Perhevalmennus verkossa\tE\n\nArvio: T = toteutunut, O = osittain, E = ei toteutunut\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "partly-achieved"),
        ("Perhevalmennus verkossa", "not-achieved"),
    ]


def test_a_score_on_the_legends_scale() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tArvio (1–3)\nNeuvolan chat vastaa arkisin\t3/3\nIsien ryhmä kokoontuu joka kuukausi\t2/3\n\n"
        "Asteikko: 3 = toteutunut, 2 = osittain toteutunut, 1 = ei toteutunut.\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "partly-achieved"),
    ]


def test_without_a_legend_a_mark_states_nothing() -> None:
    body = "Tavoitteet\n\nTavoite\tArvio\nNeuvolan chat vastaa arkisin\tT\nIsien ryhmä kokoontuu joka kuukausi\tO\n"
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "unknown"),
        ("Isien ryhmä kokoontuu joka kuukausi", "unknown"),
    ]


def test_a_plans_target_levels_in_per_cent_are_no_achievement() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tTaso 2025\n"
        "Neuvolan chat vastaa arkisin\t100 %\nIsien ryhmä kokoontuu joka kuukausi\t80 %\n"
    )
    assert goals(body) == []  # no status column: not read as a table of achievements (nor as one of goals)


def test_a_goal_after_a_budget_table_in_its_goals_section_stays_a_goal() -> None:
    body = (
        "Tavoitteet\n\n1. Neuvolan chat vastaa arkisin. Tilanne: valmis\n\n"
        "\tBudjetti\tToteutunut\nPalkat\t140 000\t131 220\nOhjelmistot\t210 000\t198 400\n\n"
        "2. Isien ryhmä joka kuukausi. Tilanne: kesken\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä joka kuukausi", "unfinished"),
    ]


def test_not_begun_is_not_achieved_in_its_intransitive_form_too() -> None:
    assert status_of("Ei alkanut") == "not-achieved"  # as "Ei aloitettu", "Ei käynnistynyt"
    assert status_of("Ei alkanut, siirtyy vuodelle 2026") == "moved-later"
