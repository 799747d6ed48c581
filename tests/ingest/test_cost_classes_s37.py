"""Cost tables by class (issue 13, stop 37, F16; invented texts, none a development document's).

Each test is one class of form with its negative side: money roles over years (a two-row header whose role
cells span the years below: a statement a year), sums in English notation with a thousands' caption in
English ("EUR '000", "EUR thousand", "€'000"), and tables of years whose rows are no cost category but a total.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts import gluedsums
from tests.ingest.costcells import cost_cells, extract_text

_extract = extract_text


_cells = cost_cells


_HEAD = "Tilanneraportti 2/2024\nHanke: Ruudukkohanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_a_role_header_spanning_its_years_is_a_statement_a_year() -> None:
    text = _HEAD + (
        "Kustannukset (euroa)\n"
        "Kululaji\tBudjetti\t\tToteuma\t\n"
        "\t2023\t2024\t2023\t2024 (1–6)\n"
        "Henkilöstökulut\t120 000\t130 000\t118 500\t61 200\n"
        "Yhteensä\t120 000\t130 000\t118 500\t61 200\n"
    )
    cells = _cells(text)
    assert ("annual", "2023", "staff-costs", "budget", Decimal(120000)) in cells
    assert ("annual", "2023", "staff-costs", "actual", Decimal(118500)) in cells
    assert ("annual", "2024", "staff-costs", "budget", Decimal(130000)) in cells
    assert ("annual", "2024", "staff-costs", "actual", Decimal(61200)) in cells
    assert not any(kind == "cumulative" for kind, *_ in cells)


def test_the_grid_of_roles_by_years_and_what_is_no_grid() -> None:
    header = ["Kululaji", "Budjetti 2023", "Budjetti 2024", "Toteuma 2023", "Toteuma 2024 (1–6)"]
    assert tables.role_year_grid(header) == {"2023": [1, 3], "2024": [2, 4]}
    # A row of years of one role, or roles each of their own year: no grid.
    assert tables.role_year_grid(["Kululaji", "2023", "2024", "Yhteensä"]) is None
    assert tables.role_year_grid(["Kululaji", "Budjetti", "Toteuma 2023", "Toteuma 2024"]) is None
    assert tables.role_year_grid(["Kululaji", "Budjetti 2024", "Toteuma 2024"]) is None
    # The second header row of years with months is joined under the roles that span it.
    rows = [
        ["Kululaji", "Budjetti", "", "Toteuma"],
        ["", "2023", "2024", "2023", "2024 (1–6)"],
        ["Vuokrat", "1", "2", "3", "4"],
    ]
    assert tables.join_header(rows)[0] == [
        *header[:1],
        "Budjetti 2023",
        "Budjetti 2024",
        "Toteuma 2023",
        "Toteuma 2024 (1–6)",
    ]


def test_a_grid_of_counts_or_of_a_countys_service_areas_is_no_cost_table() -> None:
    text = _HEAD + (
        "Käynnit vuosittain\n"
        "Käyntityyppi\tSuunniteltu\t\tToteutunut\t\n"
        "\t2023\t2024\t2023\t2024\n"
        "Kotikäynnit\t1 200\t2 400\t1 146\t1 310\n"
        "Etävastaanotot\t300\t900\t288\t512\n"
        "\n"
        "Hyvinvointialueen palvelualueet (milj. euroa)\n"
        "Palvelualue\tTalousarvio 2024\tToteuma 2023\n"
        "Ikääntyneiden palvelut\t212,4\t215,1\n"
        "Yhteensä\t360,4\t365,3\n"
    )
    assert _cells(text) == set()


def test_english_sums_under_a_thousands_caption_in_english() -> None:
    head = "Progress report 1/2025\nProject: Grid Project\nOrganiser: Wellbeing services county of Kainuu\n\n"
    for caption in (
        "Costs (EUR '000, cumulative)",
        "Costs (EUR thousand, cumulative)",
        "Costs (€'000, cumulative)",
    ):
        text = (
            head + caption + "\nCost type\tBudget\tActual\nStaff costs\t1,310.5\t742.8\nTotal\t1,310.5\t742.8\n"
        )
        cells = _cells(text)
        assert ("cumulative", None, "staff-costs", "budget", Decimal(1310500)) in cells, caption
        assert ("cumulative", None, "staff-costs", "actual", Decimal(742800)) in cells, caption


def test_english_notation_is_decided_for_the_whole_table() -> None:
    english = [["Cost", "Budget", "Actual"], ["Staff costs", "412,000", "398,250.50"]]
    assert gluedsums.english_sums(english)[1] == ["Staff costs", "412000", "398250.50"]
    # A table of Finnish sums keeps its commas: "1 420,5" and "148,50" are decimals.
    finnish = [
        ["Kululaji", "Budjetti", "Toteuma"],
        ["Henkilöstökulut", "1 420,5", "148,50"],
        ["Muut", "1,234.5", "0"],
    ]
    assert gluedsums.english_sums(finnish) == finnish
    # Nothing only English can be: a lone "1,420" is left to the Finnish reading.
    alone = [["Cost", "Budget"], ["Staff costs", "1,420"]]
    assert gluedsums.english_sums(alone) == alone


def test_a_label_in_two_languages_parted_by_a_slash_is_its_category() -> None:
    from hankegraafi.ingest.facts.money import cost_category

    assert cost_category("Personalkostnader / Henkilöstökulut") == "staff-costs"
    assert cost_category("Purchased services / Ostopalvelut") == "service-purchases"
    assert cost_category("Yhteensä / Totalt") == "total"
    # Two halves naming two categories, or none: no category of the label in two languages.
    assert cost_category("Laitteet / ohjelmistot") is None
    assert cost_category("Hembesök / Kotikäynnit") is None
    text = _HEAD + (
        "Kustannukset / Kostnader (€)\n"
        "Kululaji / Kostnadsslag\tBudjetti / Budget\tToteuma / Utfall\n"
        "Henkilöstökulut / Personalkostnader\t420 000\t236 800\n"
        "Yhteensä / Totalt\t420 000\t236 800\n"
    )
    assert ("cumulative", None, "staff-costs", "actual", Decimal(236800)) in _cells(text)
    visits = _HEAD + (
        "Käynnit / Besök\nKäyntityyppi / Besökstyp\tSuunniteltu / Planerat\tToteutunut / Genomfört\n"
        "Kotikäynnit / Hembesök\t1 200\t1 085\nYhteensä / Totalt\t1 200\t1 085\n"
    )
    assert _cells(visits) == set()


def test_two_roles_in_one_column_parted_by_a_slash_are_two_columns() -> None:
    from hankegraafi.ingest.tables import column_role

    rows = [["Kululaji", "Budjetoitu / toteutunut 31.8.2025 (€)"], ["Henkilöstökulut", "112 000 / 97 650"]]
    assert gluedsums.split_slashed(rows, column_role) == [
        ["Kululaji", "Budjetoitu", "toteutunut 31.8.2025 (€)"],
        ["Henkilöstökulut", "112 000", "97 650"],
    ]
    text = (
        _HEAD
        + "Resurssit\nKululaji\tBudjetti / toteutunut (€)\nMatkakulut\t12 000 / 7 340\nYhteensä\t12 000 / 7 340\n"
    )
    cells = _cells(text)
    assert ("cumulative", None, "travel", "budget", Decimal(12000)) in cells
    assert ("cumulative", None, "travel", "actual", Decimal(7340)) in cells
    # A head in two languages is one role; counts done of planned under a head of one role stay whole.
    bilingual = [["Kululaji", "Toteuma / Utfall"], ["Matkakulut", "4 150"]]
    assert gluedsums.split_slashed(bilingual, column_role) == bilingual
    counts = [["Koulutus", "Toteutunut / suunniteltu"], ["Ensitieto", "6 / 12"], ["Vertaisryhmä", "ei alkanut"]]
    assert gluedsums.split_slashed(counts, column_role) == counts


def test_a_plans_year_columns_that_name_no_role_are_its_estimates() -> None:
    table = (
        "Kostnader per kostnadsslag (euro)\nKostnadsslag\t2025\t2026\tTotalt\nHyror\t36 000\t36 000\t72 000\n"
    )
    plan = "Projektplan\n\nFamiljecentret i Jakobstad\nSökande: Pohjanmaan hyvinvointialue\n\n" + table
    cells = _cells(plan, "plan.txt")
    assert ("estimate", "2025", "premises", "budget", Decimal(36000)) in cells
    assert ("estimate", None, "premises", "budget", Decimal(72000)) in cells
    # The same table in a status report holds the years' budgets.
    report = _HEAD + table
    cells = _cells(report)
    assert ("annual", "2025", "premises", "budget", Decimal(36000)) in cells
    assert not any(kind == "estimate" for kind, *_ in cells)


def test_the_role_in_the_row_label_is_a_column() -> None:
    text = _HEAD + (
        "Kustannukset vuosittain (euroa)\nRivi\t2024\t2025\n"
        "Henkilöstökulut, budjetti\t240 000\t250 000\nHenkilöstökulut, toteuma\t231 700\t118 400\n"
        "Yhteensä, budjetti\t240 000\t250 000\nYhteensä, toteuma\t231 700\t118 400\n"
    )
    cells = _cells(text)
    assert ("annual", "2024", "staff-costs", "budget", Decimal(240000)) in cells
    assert ("annual", "2025", "staff-costs", "actual", Decimal(118400)) in cells
    one_column = _HEAD + (
        "Ekonomi (euro)\nPost\tBelopp\nHyror (budget)\t18 000\nHyror (utfall)\t13 500\n"
        "Totalt (budget)\t18 000\nTotalt (utfall)\t13 500\n"
    )
    assert ("cumulative", None, "premises", "actual", Decimal(13500)) in _cells(one_column)
    # Counts with a target and an outcome in the row label are no cost table.
    counts = _HEAD + (
        "Asiakasmäärät\nRivi\t2024\t2025\nOmaishoitajat – tavoite\t120\t160\nOmaishoitajat – toteuma\t104\t131\n"
        "Tukipuhelut – tavoite\t2 400\t3 200\nTukipuhelut – toteuma\t2 180\t2 950\n"
    )
    assert _cells(counts) == set()


def test_two_sums_of_thousands_with_a_comma_make_a_table_english() -> None:
    rows = [["Line", "2024"], ["Staff costs", "310,000"], ["Total", "400,000"]]
    assert gluedsums.english_sums(rows)[1:] == [["Staff costs", "310000"], ["Total", "400000"]]
    # One alone, or beside a Finnish sum, is left to the Finnish reading.
    assert gluedsums.english_sums(rows[:2]) == rows[:2]
    finnish = [["Kululaji", "t€"], ["Palkat", "1,250"], ["Muut", "0,750"], ["Yhteensä", "2 000,5"]]
    assert gluedsums.english_sums(finnish) == finnish


def test_each_money_column_in_its_own_scale() -> None:
    from hankegraafi.ingest.facts.costscales import column_scales

    assert column_scales(["Kululaji", "Budjetti (t€)", "Toteuma (€)"]) == [None, Decimal(1000), Decimal(1)]
    # A column with no unit of its own beside columns in thousands is left to the table's rule; columns that
    # all print euros have no scale of their own (a caption in thousands is the table's).
    assert column_scales(["Kululaji", "Budjetti (t€)", "Ero"]) == [None, Decimal(1000), None]
    assert column_scales(["Kululaji", "Budjetti (€)", "Toteuma (€)"]) == [None, None, None]
    text = _HEAD + (
        "Kustannukset\nKululaji\tBudjetti (t€)\tToteuma (€)\nHenkilöstökulut\t318\t241 560\nYhteensä\t318\t241 560\n"
    )
    cells = _cells(text)
    assert ("cumulative", None, "staff-costs", "budget", Decimal(318000)) in cells
    assert ("cumulative", None, "staff-costs", "actual", Decimal(241560)) in cells


def test_a_revised_budget_is_the_budget() -> None:
    text = _HEAD + (
        "Kustannukset\nKululaji\tAlkuperäinen budjetti\tMuutos 3/2024\tMuutettu budjetti\tToteuma\n"
        "Henkilöstökulut\t470 000\t+20 000\t490 000\t241 070\nYhteensä\t470 000\t+20 000\t490 000\t241 070\n"
    )
    cells = _cells(text)
    assert ("cumulative", None, "staff-costs", "budget", Decimal(490000)) in cells
    assert ("cumulative", None, "staff-costs", "actual", Decimal(241070)) in cells
    assert not any(value == Decimal(470000) for *_, value in cells)  # the original budget is no cell
    english = _HEAD + (
        "Costs\nCost type\tOriginal budget\tRevised budget (10/2024)\tSpent\nStaff costs\t980 000\t1 010 000\t506 300\n"
        "Total\t980 000\t1 010 000\t506 300\n"
    )
    assert ("cumulative", None, "staff-costs", "budget", Decimal(1010000)) in _cells(english)
    # Two budgets neither of which says it was changed are left to the other rules.
    from hankegraafi.ingest.facts import costgrids
    from hankegraafi.ingest.segment import Element

    plain = Element(
        "table",
        1,
        3,
        "",
        rows=[["Kululaji", "Budjetti", "Hyväksytty budjetti", "Toteuma"], ["Palkat", "1", "2", "3"]],
    )
    assert costgrids.revised(plain, [None, "budget", "budget", "actual"]) is None


def test_a_sentence_above_a_table_names_no_year_of_it() -> None:
    from hankegraafi.ingest.facts.costkinds import year_alone

    assert year_alone(["Ohjausryhmä hyväksyi toukokuussa 2025 siirron kululajien välillä."]) is None
    assert year_alone(["Talous 2024 (t€)"]) == "2024"
    text = _HEAD + (
        "Ohjausryhmä hyväksyi toukokuussa 2025 siirron kululajien välillä.\n"
        "Kululaji\tBudjetti\tToteuma\nMatkakulut\t16 000\t15 470\nYhteensä\t16 000\t15 470\n"
    )
    assert ("cumulative", None, "travel", "actual", Decimal(15470)) in _cells(text)
