"""Cost tables and sums in the forms of stop 28 (invented texts): a rule line under a plain-text
table's header, a year's table whose actual is the year so far, a document cut inside a table, a
unit in brackets that is no sum.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import delimited
from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.readers import read_bytes
from tests.ingest.costcells import cost_lines as _costs


def test_rule_rows_are_no_rows_of_a_table() -> None:
    rows = [["Laji", "Budjetti"], ["-----", "--------"], ["Matkakulut", "1 000"], ["|:---|", ""]]
    assert tables.without_rule_rows(rows, [1, 2, 3, 4]) == (
        [["Laji", "Budjetti"], ["Matkakulut", "1 000"]],
        [1, 3],
    )
    same = [["Laji", "Budjetti"], ["Matkakulut", "-"]]
    assert tables.without_rule_rows(same, [1, 2]) == (same, [1, 2])


def test_a_header_underlined_with_a_rule_line_heads_the_rows_below_the_rule() -> None:
    report = (
        "Väliraportti 1.1.–30.6.2025\n\nHanke: Rantapolku\nHankeaika: 1.1.2025–31.12.2026\n\n"
        "3 KULUT KAUDELLA\n\n"
        "Kustannuslaji          Budjetti       Toteuma\n"
        "---------------------  -------------  -------------\n"
        "Matkakulut                 4 000,00       1 250,50\n"
        "Yhteensä                   4 000,00       1 250,50\n"
    )
    got = _costs(report)
    assert [(line, values) for _kind, _year, line, values in got] == [
        ("travel", {"budget": Decimal("4000.00"), "actual": Decimal("1250.50")}),
        ("total", {"budget": Decimal("4000.00"), "actual": Decimal("1250.50")}),
    ]


def test_a_years_budget_beside_the_actual_so_far_is_an_annual_statement() -> None:
    report = (
        "Tilanneraportti 3/2025: Kylätuki\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kustannuslaji\tBudjetti 2025\tToteuma 1–9/2025\tEnnuste 2025\n"
        "Matkakulut\t9 000\t6 100\t8 800\n"
    )
    assert _costs(report) == [
        (
            "annual",
            "2025",
            "travel",
            {"budget": Decimal(9000), "actual": Decimal(6100), "forecast": Decimal(8800)},
        )
    ]


def test_a_budget_of_the_period_itself_keeps_the_table_the_periods() -> None:
    report = (
        "Tilanneraportti 2/2025: Kylätuki\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kustannuslaji\tBudjetti Q2/2025\tToteuma Q2/2025\n"
        "Matkakulut\t2 000\t1 500\n"
    )
    assert _costs(report) == [("period", "2025", "travel", {"budget": Decimal(2000), "actual": Decimal(1500)})]


def test_the_row_a_documents_cut_broke_is_left_out() -> None:
    report = (
        "Loppuraportti\nHankkeen nimi: Kylätuki\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kustannukset koko hankeajalta\n"
        "Kustannuslaji\tBudjetti\tToteuma\tSidotut\n"
        "Palvelujen ostot\t5 000\t4 000\t0\n"
        "Matkakulut\t3 000\t2 9"
    )
    assert _costs(report) == [
        (
            "cumulative",
            None,
            "service-purchases",
            {"budget": Decimal(5000), "actual": Decimal(4000), "committed": 0},
        )
    ]
    whole = report.replace("\t2 9", "\t2 900\t0\n")
    assert [line for _k, _y, line, _v in _costs(whole)] == ["service-purchases", "travel"]


def _sums(text: str, name: str = "sivu.txt") -> set[tuple[str, Decimal]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {(s.kind, line.values["budget"]) for p in x.projects for s in p.costs for line in s.lines}


def test_sums_in_prose_with_the_cues_of_funders_applications_budgets_and_returns() -> None:
    page = (
        "Lapin hyvinvointialue\n\nKylätuki-hanke\n\n"
        "Kylätuki-hanke vie palveluja kyliin Sodankylässä. Ministeriö rahoitti hanketta 310 000 eurolla.\n\n"
        "Haettu määrä oli 350 000 euroa.\n\n"
        "Avustuksesta jäi käyttämättä 12 t€, joka palautetaan.\n\n"
        "Projektets totala budget är 387 500 euro.\n"
    )
    assert _sums(page) == {
        ("granted", Decimal(310000)),
        ("applied", Decimal(350000)),
        ("returned", Decimal(12000)),
        ("estimate", Decimal(387500)),
    }


def test_a_row_of_basic_data_states_the_sum_returned() -> None:
    page = (
        "<html><body><h1>Loppuraportti: Kylätuki</h1><table>"
        "<tr><th>Hankkeen nimi</th><td>Kylätuki</td></tr>"
        "<tr><th>Hallinnoija</th><td>Lapin hyvinvointialue</td></tr></table>"
        "<h2>Talous</h2><table>"
        "<tr><th>Myönnetty valtionavustus</th><td>400 000 €</td></tr>"
        "<tr><th>Palautettava avustus</th><td>7 500 €</td></tr>"
        "</table></body></html>"
    )
    assert ("returned", Decimal(7500)) in _sums(page, "raportti.html")
    assert ("granted", Decimal(400000)) in _sums(page, "raportti.html")


def test_the_whole_projects_sums_inside_the_last_investments_section_are_the_wholes() -> None:
    plan = (
        "# Projektplan\n\n**Projektets namn:** Kustnära vård\n**Sökande:** Pohjanmaan hyvinvointialue\n\n"
        "## Investeringar\n\n### Investering 1: Mobil mottagning\n\nKostnadsförslag: 300 000 euro\n\n"
        "Hela projektets totala kostnader uppgår till 300 000 euro. För projektet söks statsunderstöd på 270 000 euro.\n"
    )
    x = extract(read_bytes(plan.encode(), file_name="plan.md", max_bytes=100_000))
    sums = {(p.name, s.kind, s.lines[-1].values["budget"]) for p in x.projects for s in p.costs}
    assert sums == {
        ("Investering 1: Mobil mottagning", "estimate", Decimal(300000)),
        ("Kustnära vård", "estimate", Decimal(300000)),
        ("Kustnära vård", "applied", Decimal(270000)),
    }


def test_a_caption_right_above_a_table_gives_its_unit_and_is_no_sum() -> None:
    page = (
        "<html><body><h1>Hankesuunnitelma: Kylätuki</h1><table>"
        "<tr><th>Hankkeen nimi</th><td>Kylätuki</td></tr>"
        "<tr><th>Hakija</th><td>Lapin hyvinvointialue</td></tr></table>"
        "<p>Kustannusarvio kustannuslajeittain (1 000 €):</p><table>"
        "<tr><th>Kustannuslaji</th><th>Kustannusarvio</th></tr>"
        "<tr><td>Matkakulut</td><td>12,5</td></tr></table></body></html>"
    )
    assert _costs(page, "plan.html") == [("estimate", None, "travel", {"budget": Decimal(12500)})]


def test_a_caption_names_the_kind_of_a_table_under_a_heading_farther_up() -> None:
    report = (
        "Tilanneraportti 1.5.–31.8.2024\nHanke: Kylätuki\nHallinnoija: Lapin hyvinvointialue\n\n"
        "TALOUS\nTaulukko 1. Palvelut, kertymä 31.8.2024\n"
        "Kustannuslaji\tMyönnetty\tToteutunut\nMatkakulut\t1 000\t400\nYhteensä\t1 000\t400\n\n"
        "Taulukko 2. Koko hanke, kertymä 31.8.2024\n"
        "Kustannuslaji\tMyönnetty\tToteutunut\nMatkakulut\t2 000\t900\n"
    )
    assert {kind for kind, _year, _line, _values in _costs(report)} == {"cumulative"}


def test_the_budget_after_a_change_is_a_budget_column() -> None:
    assert tables.column_role("Muutospäätöksen jälkeen (€)") == "budget"
    assert tables.column_role("Efter ändringen (euro)") == "budget"
    assert tables.column_role("Myönnetty alun perin (€)") == "granted"


def test_a_percentage_with_its_number_is_a_value_and_no_header() -> None:
    assert tables.column_role("Kertakorvaus 20 % henkilöstökuluista") is None
    assert tables.column_role("Käyttöaste %") == "utilisation-percent"
    assert tables.column_role("Toteuma 1-6/2024 %") == "utilisation-percent"


def test_a_financing_table_after_a_cost_table_is_no_part_of_it() -> None:
    plan = (
        "Hankesuunnitelma\nHankkeen nimi: Kylätuki\nHakija: Lapin hyvinvointialue\n\n"
        "Kustannusarvio\nKustannuslaji\tKustannusarvio\nMatkakulut\t9 000\nYhteensä\t9 000\n\n"
        "Rahoitussuunnitelma\nKustannusmalli\tKertakorvaus 20 % henkilöstökuluista\n"
        "Valtionavustuksen osuus (90 %)\t8 100 €\nHankkeen kokonaiskustannukset\t9 000 €\n"
    )
    assert _costs(plan) == [
        ("estimate", None, "travel", {"budget": Decimal(9000)}),
        ("estimate", None, "total", {"budget": Decimal(9000)}),
    ]


def test_person_days_said_in_words_above_a_table_are_its_unit() -> None:
    report = (
        "Tilanneraportti 2/2025: Kylätuki\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Työpanos henkilötyöpäivinä:\nNimi\tBudjetti\tToteuma\nYhteensä\t300\t120\n"
    )
    x = extract(read_bytes(report.encode(), file_name="raportti.txt", max_bytes=100_000))
    assert [(s.unit, dict(s.lines[0].values)) for p in x.projects for s in p.costs] == [
        ("person-day", {"budget": Decimal(300), "actual": Decimal(120)})
    ]


def test_a_plans_one_column_headed_by_its_year_is_that_years_estimate() -> None:
    assert tables.single_year_column(["Kustannuslaji", "2023 (€)"]) == {1: "2023"}
    assert tables.single_year_column(["Kustannuslaji", "Budjetti 2023"]) is None
    plan = (
        "Hankesuunnitelma\nHankkeen nimi: Kylätuki\nHakija: Lapin hyvinvointialue\n\n"
        "Kustannusarvio kustannuslajeittain\nKustannuslaji\t2024 (€)\nMatkakulut\t9 000\nYhteensä\t9 000\n\n"
        "Hankkeen kokonaiskustannusarvio on 20 000 euroa.\n"
    )
    got = _costs(plan)
    assert ("estimate", "2024", "travel", {"budget": Decimal(9000)}) in got
    assert ("estimate", None, "total", {"budget": Decimal(20000)}) in got


def test_rows_of_a_sheet_pasted_into_a_text_are_a_table() -> None:
    lines = ["Teksti; jossa puolipiste", "", "A;B;C;;", "1;2;3;;", "4;5;6;;", "Loppu; ja; vielä"]
    assert delimited.pasted_rows(lines) == [2, 3, 4]
    report = (
        "Väliraportti 1.1.–30.6.2025\nHanke: Rantapolku\nHallinnoija: Lapin hyvinvointialue\n\n"
        "3 TALOUS RAPORTOINTIJAKSOLLA\nTeksti kaudesta.\n\n"
        "Liite 1. Kertymä hankkeen alusta\n"
        'Kululaji;Myönnetty;Toteutunut;;\nMatkakulut;"4 000,00";"1 250,50";;\nYhteensä;"4 000,00";"1 250,50";;\n'
    )
    assert _costs(report) == [
        ("cumulative", None, "travel", {"granted": Decimal("4000.00"), "actual": Decimal("1250.50")}),
        ("cumulative", None, "total", {"granted": Decimal("4000.00"), "actual": Decimal("1250.50")}),
    ]


def test_expenditure_and_used_are_labels_of_the_cost_vocabularies() -> None:
    # "Henkilöstömenot" (staff expenditure) is a row of staff costs; "Använt" (used) the column of the actual.
    assert cost_category("Henkilöstömenot") == "staff-costs"
    assert tables.column_role("Använt") == "actual"
    assert tables.column_role("Använt (€)") == "actual"


def test_a_table_row_whose_label_reads_like_a_field_stays_a_row() -> None:
    # "Laitteet" (equipment) is one letter from the field "Liitteet" (attachments); inside a table of
    # amounts as wide as its header it is a row of the table.
    text = (
        "Tilanneraportti 1/2025\nHankkeen nimi: Rivihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannukset 2025\nKululaji\tBudjetti\tToteutunut\n"
        "Laitteet\t12.000,00\t8.000,00\nYhteensä\t12.000,00\t8.000,00\n"
    )
    x = extract(read_bytes(text.encode(), file_name="rivi.txt", max_bytes=100_000))
    lines = {line.category: line.values for p in x.projects for s in p.costs for line in s.lines}
    assert lines["phone-and-ict-equipment"] == {"budget": Decimal("12000.00"), "actual": Decimal("8000.00")}


def test_a_year_in_the_label_columns_header_or_a_whole_calendar_year_makes_the_years_table() -> None:
    corner = (
        "Hanke: Kotikuntoutus\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannukset 2024\tTalousarvio\tToteutunut\nPalvelujen ostot\t100 000\t90 000\n"
    )
    assert _costs(corner) == [
        ("annual", "2024", "service-purchases", {"budget": Decimal(100000), "actual": Decimal(90000)})
    ]
    # A reporting period that is one whole calendar year is that year; a shorter one stays the period's.
    for period, kind in (("1.1.2023–31.12.2023", "annual"), ("1.1.2023–30.6.2023", "period")):
        said = (
            "Hanke: Kotikuntoutus\nHallinnoija: Kainuun hyvinvointialue\n\n"
            f"Liite 1. Kustannukset {period} (€)\nKululaji\tBudjetti\tToteutunut\nPalvelujen ostot\t100 000\t90 000\n"
        )
        assert [(k, y) for k, y, _, _ in _costs(said)] == [(kind, "2023")], period


def test_a_cost_table_a_blank_line_after_a_goal_table_is_a_table_of_its_own() -> None:
    goals = (
        "Hanke: Liikkuva neuvola\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "TAVOITE\tTILANNE\nNeuvolabussi kiertää kaikissa kunnissa\ttoteutunut\nIltavastaanotot\tsiirtyy 2026\n\n"
    )
    costs = "KULUT 1.1.–30.6.2025\tSuunn.\tTot.\nHenkilöstökulut\t90 000\t84 000\nYhteensä\t90 000\t84 000\n"
    x = extract(read_bytes((goals + costs).encode(), file_name="katsaus.txt", max_bytes=100_000))
    (project,) = x.projects
    assert [g.description for g in project.goals] == [
        "Neuvolabussi kiertää kaikissa kunnissa",
        "Iltavastaanotot",
    ]
    (statement,) = project.costs
    # Its own kind and year: the goal rows above ("siirtyy 2026") are no lead-in of the cost table.
    assert (statement.kind, statement.year, statement.lines[0].category) == ("period", "2025", "staff-costs")
    assert statement.lines[0].values == {"budget": Decimal(90000), "actual": Decimal(84000)}
    # Trainings planned and held under the same words name no cost category: no cost table.
    trainings = "KOULUTUKSET 1–5/2025\tSuunn.\tTot.\nEnsiapukoulutus\t4\t3\nYhteensä\t4\t3\n"
    assert _costs(goals + trainings, "katsaus.txt") == []


def test_a_span_of_months_in_a_caption_is_a_period_and_the_whole_year_is_not() -> None:
    from hankegraafi.ingest.facts.costkinds import kind_cue

    for caption in (
        "Kustannukset touko–elokuu 2025",
        "Investoinnin kulut 2024 (tammi–huhtikuu)",
        "Kostnader januari–juni 2025",
    ):
        found = kind_cue([caption])
        assert found is not None and found[0] == "period", caption
    for caption in ("Kulut tammi–joulukuu 2024", "Kostnader januari–december 2024", "Kesäkuun kulut"):
        assert kind_cue([caption]) is None, caption
    report = (
        "Hanke: Kotikuntoutus\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannukset touko–elokuu 2025\nKululaji\tBudjetti\tToteutunut\nPalvelujen ostot\t100 000\t90 000\n"
    )
    assert [(k, y) for k, y, _, _ in _costs(report)] == [("period", "2025")]


def test_a_row_named_in_fewer_words_than_the_vocabularys_is_its_kind() -> None:
    """The stem of a kind's compound ("Toimitila" for "Toimitilakulut") and two names joined, the first
    a kind ("Viestintä ja markkinointi"), name the kind; words of no kind name none."""
    from hankegraafi.ingest.facts.money import cost_category

    assert cost_category("Toimitila") == "premises"
    assert cost_category("Viestintä") == "communication-services"
    assert cost_category("Viestintä ja markkinointi") == "communication-services"
    assert cost_category("Tulkkaus ja matkat") is None  # the first names no kind
    assert cost_category("Resor och logi") == "travel"
    assert cost_category("Tavoite ja mittari") is None
    assert cost_category("Yhteensä ja keskiarvo") is None


def test_a_column_named_as_two_columns_with_a_minus_is_their_difference() -> None:
    """A column "Actual - budget" over "-126,000" is the deviation, not a second actual column (test33 id23): two sums'
    columns with a spaced minus between them; one column's name in two languages ("Toteuma – Utfall") is that
    column, and a word that names no sum before the minus leaves the header as it was."""
    assert tables.column_role("Actual - budget") == "deviation"
    assert tables.column_role("Utfall − budget (euro)") == "deviation"
    assert tables.column_role("Toteutunut – myönnetty") == "deviation"
    assert tables.column_role("Toteuma – Utfall") == "actual"
    assert tables.column_role("Kotihoito - budjetti") == "budget"
