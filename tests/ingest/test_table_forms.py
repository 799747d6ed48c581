"""Cost tables in the forms of stop 27 (invented tables): one column per year, and a sheet saved as CSV
with a year's and the cumulative table side by side.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import columnshapes, tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import delimited
from hankegraafi.ingest.readers import read_bytes
from tests.ingest.costcells import cost_lines as _costs


def test_year_columns_are_told_by_the_header_and_their_role_by_the_title() -> None:
    header = ["Kustannuslaji", "2024", "2025 (€)", "Yhteensä"]
    assert tables.year_columns(header) == {1: "2024", 2: "2025", 3: None}
    assert tables.year_columns(["Kustannuslaji", "Budjetti 2024", "Toteuma 2024"]) is None
    assert tables.year_role("Toteutuneet kustannukset vuosittain") == "actual"
    assert tables.year_role("Kulut") == "budget"
    assert tables.names_estimate("4 Kustannusarvio vuosittain (euroa)")
    assert not tables.names_estimate("Kustannukset vuosittain")


def test_a_plans_estimate_per_year_is_an_estimate_per_year_and_one_for_the_total() -> None:
    plan = (
        "HANKESUUNNITELMA\n\nHankkeen nimi\tVuosihanke\nHakija\tKainuun hyvinvointialue\n\n"
        "Kustannusarvio vuosittain\n"
        "Kustannuslaji\t2025\t2026\tYhteensä\n"
        "Matkakulut\t1 000\t2 000\t3 000\n"
        "Yhteensä\t1 000\t2 000\t3 000\n"
    )
    got = _costs(plan, "vuodet.txt")
    assert ("estimate", "2025", "travel", {"budget": Decimal(1000)}) in got
    assert ("estimate", "2026", "travel", {"budget": Decimal(2000)}) in got
    assert ("estimate", None, "total", {"budget": Decimal(3000)}) in got
    assert len(got) == 6


def test_a_report_per_year_gives_annual_statements_and_a_cumulative_total() -> None:
    report = (
        "Tilanneraportti 2/2025\nHankkeen nimi: Vuosiraportti\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Toteutuneet kustannukset vuosittain\n"
        "Kustannuslaji\t2024\t2025\tYhteensä\n"
        "Palvelujen ostot\t500\t700\t1 200\n"
    )
    assert _costs(report, "vuodet.txt") == [
        ("annual", "2024", "service-purchases", {"actual": Decimal(500)}),
        ("annual", "2025", "service-purchases", {"actual": Decimal(700)}),
        ("cumulative", None, "service-purchases", {"actual": Decimal(1200)}),
    ]


def test_a_sheet_is_told_by_its_delimiter() -> None:
    assert delimited.delimiter_of(["a;b;c", "d;e;f", "g;h;i"]) == ";"
    assert delimited.delimiter_of(["a,b,c", "d,e,f", "g,h;i"]) is None
    assert delimited.delimiter_of(["Hanke eteni, kuten sovittiin, ja hyvin.", "Toinen rivi."]) is None
    assert delimited.tabbed('Ostot;"60 000";"41 250";;;', ";") == "Ostot\t60 000\t41 250"


def test_a_csv_sheet_with_two_tables_side_by_side() -> None:
    sheet = "\r\n".join(
        [
            "Tilanneraportti 1/2025;;;;;",
            "Hanke;Taulukkohanke;;;;",
            "Hallinnoija;Kainuun hyvinvointialue;;;;",
            "Aikataulu;keltainen;;;;",
            ";;;;;",
            "Kustannukset;Vuosi 2025;;;Kumulatiivinen;",
            "Kustannuslaji;Budjetti;Toteuma;;Budjetti;Toteuma",
            'Matkakulut;"1 500";"1 200";;"4 000";"3 100"',
            'Yhteensä;"1 500";"1 200";;"4 000";"3 100"',
        ]
    )
    x = extract(read_bytes(("\ufeff" + sheet).encode(), file_name="seuranta.csv", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Taulukkohanke"]
    assert [(light.dimension, light.value) for light in x.projects[0].lights] == [("schedule", "deviation")]
    got = {(s.kind, s.year): {line.category: line.values for line in s.lines} for s in x.projects[0].costs}
    assert got == {
        ("annual", "2025"): {
            "travel": {"budget": Decimal(1500), "actual": Decimal(1200)},
            "total": {"budget": Decimal(1500), "actual": Decimal(1200)},
        },
        ("cumulative", None): {
            "travel": {"budget": Decimal(4000), "actual": Decimal(3100)},
            "total": {"budget": Decimal(4000), "actual": Decimal(3100)},
        },
    }


def test_a_pdf_pages_running_header_above_a_table_is_no_header_of_it() -> None:
    report = (
        "Tilanneraportti 3/2024\nHankkeen nimi: Sivuhanke\nHallinnoija: Lapin hyvinvointialue\n\nTilanne on hyvä.\n\n"
        "Lapin hyvinvointialue\tTilanneraportti 3/2024\t2/2\n\n"
        "Kustannuslaji\tBudjetti\tToteuma\nMatkakulut\t1 000\t900\n"
    )
    # Not an annual table of 2024 (the header's year), but the cumulative one the table itself is.
    assert _costs(report, "sivu.txt") == [
        ("cumulative", None, "travel", {"budget": Decimal(1000), "actual": Decimal(900)})
    ]
    rows = [
        ["Vuosi 2024", "", "Kumulatiivinen"],
        ["Kustannuslaji", "Budjetti", "Budjetti"],
        ["Ostot", "1", "2"],
    ]
    assert tables.without_running_header(rows, [4, 5, 6]) == (rows, [4, 5, 6])  # a group header stays


def test_two_tables_side_by_side_each_with_its_own_label_column() -> None:
    report = (
        "Tilanneraportti 2/2024\nHankkeen nimi: Rinnakkaishanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannuslaji\tVuosibudjetti 2024\tToteuma 2024\t\tKustannuslaji\tBudjetti 2023-2025\tToteuma yhteensä\n"
        "Palvelujen ostot\t100\t90\t\tMatkakulut\t300\t250\n"
    )
    assert _costs(report, "rinnakkain.txt") == [
        ("annual", "2024", "service-purchases", {"budget": Decimal(100), "actual": Decimal(90)}),
        ("cumulative", None, "travel", {"budget": Decimal(300), "actual": Decimal(250)}),
    ]


def test_a_column_of_what_is_left_is_no_deviation() -> None:
    rows = [["Ostot", "1 000", "600", "400"], ["Matkat", "500", "100", "400"]]
    assert columnshapes.shape_roles([None, "granted", "actual", None], rows) == [
        None,
        "granted",
        "actual",
        "deviation",
    ]
    headers = ["Kustannuslaji", "Myönnetty", "Toteutunut", "Jäljellä"]
    assert columnshapes.shape_roles([None, "granted", "actual", None], rows, headers) == [
        None,
        "granted",
        "actual",
        None,
    ]
    assert (
        columnshapes.shape_roles([None, "granted", "actual", None], rows, [*headers[:3], "(€)"])[3]
        == "deviation"
    )


def test_years_under_a_merged_group_header() -> None:
    plan = (
        "HANKESUUNNITELMA\n\nHankkeen nimi\tVuosihanke\nHakija\tKainuun hyvinvointialue\n\nKustannukset\n"
        "Kustannuslaji\tKustannusarvio vuosittain (€)\t\t\tYhteensä\n\t2023\t2024\t2025\t\n"
        "Matkakulut\t1 000\t2 000\t3 000\t6 000\n"
    )
    assert _costs(plan, "ryhma.txt") == [
        ("estimate", "2023", "travel", {"budget": Decimal(1000)}),
        ("estimate", "2024", "travel", {"budget": Decimal(2000)}),
        ("estimate", "2025", "travel", {"budget": Decimal(3000)}),
        ("estimate", None, "travel", {"budget": Decimal(6000)}),
    ]
    # A year standing twice is a group of columns per year, not a column per year.
    twice = ["K", "Vuosi 2024 Budjetti", "Vuosi 2024 Toteuma", "Vuosi 2025 Budjetti", "Vuosi 2025 Toteuma"]
    assert tables.year_columns(twice) is None
    assert tables.year_columns(["K", "Budjetti 2024", "Budjetti 2025", "Budjetti yhteensä"]) == {
        1: "2024",
        2: "2025",
        3: None,
    }


def test_a_table_cut_by_a_page_break_goes_on_under_its_header() -> None:
    report = (
        "Tilanneraportti 3/2024\nHankkeen nimi: Sivuhanke\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kustannukset hankkeen alusta\nKustannuslaji\tBudjetti\tToteuma\n"
        "Palvelujen ostot\t1 000\t900\nMuut kustannukset\t500\t450\n\nSivu 1 (2)\n\n"
        "Lapin hyvinvointialue\tTilanneraportti 3/2024\n\nToimitilakulut\t300\t300\nYhteensä\t1 800\t1 650\n\n"
        "Seuraava jakso\nJatketaan.\n"
    )
    x = extract(read_bytes(report.encode(), file_name="sivut.txt", max_bytes=100_000))
    [statement] = x.projects[0].costs
    assert (statement.kind, statement.year) == ("cumulative", None)
    assert [(line.category, line.parent, line.values["actual"]) for line in statement.lines] == [
        ("service-purchases", None, Decimal(900)),
        ("other-costs", None, Decimal(450)),
        ("premises", 1, Decimal(300)),  # its group row was on the page before
        ("total", None, Decimal(1650)),
    ]
    # Far from any cost table, rows of categories without a header are no table.
    alone = "Tilanneraportti 3/2024\nHankkeen nimi: Sivuhanke\nHallinnoija: Lapin hyvinvointialue\n\nToimitilakulut\t300\t300\n"
    assert _costs(alone, "yksin.txt") == []


def test_rows_without_a_header_that_continue_no_statement_are_no_table() -> None:
    """Person-days whose header row the segmenter took for a field, five lines under a table of euros.

    Read under the euro table's header they made a person-day statement of their own whose total
    line was not theirs (620 against the 400 of the one row left): no continuation, no table.
    """
    report = (
        "Loppuraportti\nHankkeen nimi: Sivuhanke\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kustannukset (eur)\nKustannuslaji\tBudjetti\tToteuma\n"
        "Palvelujen ostot\t1 000 €\t900 €\nYhteensä\t1 000 €\t900 €\n\n"
        "Kustannukset (htp)\nNimi\tBudjetti\tToteuma\nProjektipäällikkö\t220 htp\t214 htp\n"
        "Suunnittelijat\t400 htp\t360 htp\nYhteensä\t620 htp\t574 htp\n\nSeuraavaksi\nJatketaan.\n"
    )
    for kind, _year, _category, values in _costs(report, "htp.txt"):
        assert values.get("budget") != Decimal(620), (kind, values)
    euros = [
        (c, v["actual"]) for k, _y, c, v in _costs(report, "htp.txt") if "actual" in v and v["actual"] >= 900
    ]
    assert euros == [("service-purchases", Decimal(900)), ("total", Decimal(900))]


def test_the_label_columns_unit_holds_for_the_table() -> None:
    report = (
        "Tilanneraportti 3/2024\nHankkeen nimi: Yksikköhanke\nHallinnoija: Lapin hyvinvointialue\n\nTilanne hyvä.\n\n"
        "Kustannuslaji (1 000 €)\tBudjetti\tToteuma\nMatkakulut\t1,5\t0,9\n"
    )
    assert _costs(report, "yksikko.txt") == [
        ("cumulative", None, "travel", {"budget": Decimal(1500), "actual": Decimal(900)})
    ]


def test_header_periods_and_per_cent_deviations() -> None:
    assert tables.column_role("Toteuma 1-6/2024") == "actual"  # not "Toteuma %"
    assert tables.column_role("Budjetti Q2/2025") == "budget"
    assert tables.column_role("Poikkeama %") is None  # the model's deviation is in euros
    assert tables.column_role("Ylitys/alitus") == "deviation"


def test_the_months_a_column_covers_without_a_year_are_no_per_cent() -> None:
    """ "Toteuma 1-6" is the actual of months 1 to 6; the fuzzy match had taken it for "Toteuma-%"."""
    assert tables.column_role("Toteuma 1-6") == "actual"
    assert tables.column_role("Toteuma (7–12)") == "actual"
    assert tables.column_role("Toteuma 1.-8.") == "actual"
    assert tables.column_role("Toteuma-%") == "utilisation-percent"
    assert tables.column_role("Budjetti 2022-2025") == "budget"


def test_prose_with_commas_in_a_text_file_is_no_sheet() -> None:
    prose = (
        "Tilanneraportti 1/2025\nHankkeen nimi: Pilkkuhanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kotihoito, asiakasohjaus ja etäpalvelut etenivät, kuten sovittiin, ja tilat valmistuivat.\n"
        "Kajaanissa, Sotkamossa ja Kuhmossa, kuten myös Suomussalmella, aloitettiin ryhmät.\n"
    )
    x = extract(read_bytes(prose.encode(), file_name="pilkut.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Pilkkuhanke"]


def test_a_sheet_in_long_form_has_its_first_column_as_headings() -> None:
    rows = [
        "Avsnitt\tFält\tVärde",
        "Grunduppgifter\tProjekt\tX",
        "Grunduppgifter\tHuvudman\tY",
        "Mål\tA\tuppnåddes",
        "Mål\tB\tuppnåddes inte",
        "Partner\tNovia\tutvärderar",
        "",
        "Kostnadsslag\tBudget 2024\tUtfall 2024",
    ]
    # Every section of one first cell, the one-row section too; the first row of its own is the header.
    assert delimited.long_form(rows) == ([(1, 2), (3, 4), (5, 5)], {0})
    # Rows of two amounts or more grouped by their part, or one section alone, are no long form.
    grouped = [
        "Investointi 1\tPalkat\t100\t90",
        "Investointi 1\tOstot\t50\t40",
        "Investointi 2\tPalkat\t70\t60",
    ]
    assert delimited.long_form(grouped) == ([], set())
    # Nor rows of one sum each under their part and category, a cost sheet grouped by its parts.
    sums = [
        "Investointi 1\tPalkat\t100 000",
        "Investointi 1\tOstot\t50 000",
        "Investointi 2\tPalkat\t70 000",
        "Investointi 2\tOstot\t9 000,00",
    ]
    assert delimited.long_form(sums) == ([], set())
    assert delimited.long_form(rows[:3]) == ([], set())


def test_a_long_form_sheet_is_read_as_headed_sections() -> None:
    sheet = "\r\n".join(
        [
            "AVSNITT;FÄLT;VÄRDE;;",
            "Grunduppgifter;Projektets namn;Hemrehab i Österbotten;;",
            "Grunduppgifter;Huvudman;Österbottens välfärdsområde;;",
            "Lägesbedömning;Tidtabell;grön;;",
            "Lägesbedömning;Kostnader;röd;;",
            "Mål;Hemrehabilitering i alla kommuner;uppnåddes;;",
            "Mål;Digital uppföljning av klienterna;uppnåddes inte;;",
            ";;;;",
            "Kostnadsslag;Budget 2024;Utfall 2024;;",
            "Personalkostnader;120 000;98 500;;",
            "Totalt;120 000;98 500;;",
        ]
    )
    x = extract(read_bytes(sheet.encode(), file_name="lagesrapport.csv", max_bytes=100_000))
    (project,) = x.projects
    assert project.name == "Hemrehab i Österbotten"
    assert {light.dimension: light.value for light in project.lights} == {
        "schedule": "on-plan",
        "costs": "deviation",
    }
    assert [(g.description, g.status) for g in project.goals] == [
        ("Hemrehabilitering i alla kommuner", "achieved"),
        ("Digital uppföljning av klienterna", "not-achieved"),
    ]
    (statement,) = project.costs
    assert (statement.kind, statement.year, statement.lines[-1].values) == (
        "annual",
        "2024",
        {"budget": Decimal(120000), "actual": Decimal(98500)},
    )
