"""The kind and year of a cost table from its columns' headers (issue 13, stop 30; invented reports).

Each test is one class of form: an actual column headed by the date it runs to (no year of the
table), and a reporting period's columns beside a second pair that names no year (the project's).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.costkinds import beside_period, over_a_year, years_alone
from hankegraafi.ingest.facts.money import cost_category
from tests.ingest.costcells import cost_lines as _costs

_HEAD = "Tilannekatsaus\nHanke: Etäohjaus kotiin\nHallinnoija: Kainuun hyvinvointialue\n\nKustannukset\n"


def test_a_date_in_a_header_is_no_year_of_the_table() -> None:
    assert years_alone("Toteutunut 31.12.2023 (€)") == []
    assert years_alone("Toteuma 1–6/2024") == []
    assert years_alone("Budjetti 2024 (€)") == ["2024"]


def test_an_actual_up_to_a_date_beside_an_unyeared_budget_is_the_projects_so_far() -> None:
    text = (
        _HEAD + "Kululaji\tTalousarvio\tToteuma 30.6.2025\nMatkakulut\t6 000\t2 450\nYhteensä\t6 000\t2 450\n"
    )
    assert {(kind, year) for kind, year, _, _ in _costs(text)} == {("cumulative", None)}
    # The same actual beside the year's budget is that year's table.
    yearly = text.replace("Talousarvio", "Talousarvio 2025")
    assert {(kind, year) for kind, year, _, _ in _costs(yearly)} == {("annual", "2025")}


def test_a_pair_beside_the_periods_columns_is_the_years_only_when_it_says_so() -> None:
    columns: list[str | None] = [None, "period-budget", "period-actual", "budget", "actual"]
    header = ["Kululaji", "Kauden budjetti", "Kauden toteuma", "Budjetti yht.", "Toteuma yht."]
    assert beside_period(header, columns, "", None)[0] == "cumulative"
    assert beside_period([*header[:3], "Vuosi bud.", "Vuosi tot."], columns, "", None)[0] == "annual"
    assert beside_period([*header[:3], "Budjetti 2024", "Toteuma 2024"], columns, "", None)[0] == "annual"


def test_period_columns_beside_the_projects_columns_make_two_tables() -> None:
    text = (
        "Tilanneraportti 1.1.–30.6.2024\nHanke: Etäohjaus kotiin\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannukset\n"
        "Kululaji\tKauden budjetti\tKauden toteuma\tBudjetti koko hanke\tToteuma koko hanke\n"
        "Palkat\t140 000\t122 600\t560 000\t301 900\n"
    )
    got = {(kind, year): values for kind, year, _, values in _costs(text)}
    assert got == {
        ("period", "2024"): {"budget": Decimal(140000), "actual": Decimal(122600)},
        ("cumulative", None): {"budget": Decimal(560000), "actual": Decimal(301900)},
    }


def test_a_span_longer_than_a_year_is_the_projects_so_far() -> None:
    assert over_a_year("Kustannukset 1.1.2022–30.9.2023 (euroa)")
    assert not over_a_year("Kustannukset 1.1.–31.8.2024")
    assert not over_a_year("Raportointijakso 1.7.2024–30.6.2025")
    text = _HEAD.replace("Kustannukset\n", "Kulut ajalta 1.3.2023–31.5.2025 (€)\n") + (
        "Kululaji\tTalousarvio\tToteutunut\nPalkat\t310 000\t244 800\n"
    )
    assert {(kind, year) for kind, year, _, _ in _costs(text)} == {("cumulative", None)}
    # A half-year in the same words stays the period's.
    half = text.replace("1.3.2023–31.5.2025", "1.1.2025–30.6.2025")
    assert {(kind, year) for kind, year, _, _ in _costs(half)} == {("period", "2025")}


def test_a_header_printed_without_its_corner_cell_names_its_own_columns() -> None:
    rows = [["Budjetti", "Toteutunut", "Sidottu"], ["Palkat", "220 000", "131 500", "40 000"]]
    assert tables.with_corner(rows)[0] == ["", "Budjetti", "Toteutunut", "Sidottu"]
    # A header with its label column, or rows as wide as it, is left as it is.
    assert tables.with_corner([["Kululaji", "Budjetti"], ["Palkat", "220 000"]])[0] == ["Kululaji", "Budjetti"]
    assert tables.with_corner([["Budjetti", "Toteutunut"], ["Palkat", "220 000"]])[0] == [
        "Budjetti",
        "Toteutunut",
    ]
    # The label column's header, which names a money column only by likeness, over rows whose last
    # column lost its header (a trailing empty cell the reader dropped): no corner is missing.
    label_header = [
        ["Kustannuslaji", "Budjetti (1 000 €)", "Toteutunut (1 000 €)"],
        ["Summa", "1 970", "1 965", "5"],
    ]
    assert tables.with_corner(label_header)[0] == label_header[0]
    text = _HEAD + "Talousarvio\tToteutunut\tSidotut\nPalkat\t220 000\t131 500\t40 000\n"
    assert [values for _, _, _, values in _costs(text)] == [
        {"budget": Decimal(220000), "actual": Decimal(131500), "committed": Decimal(40000)}
    ]


def test_columns_naming_each_its_year_and_role_are_each_years_statement() -> None:
    header = ["Kululaji", "Hyväksytty budjetti", "Toteuma 2023", "Toteuma 2024", "Ennuste 2025"]
    assert tables.role_year_columns(header) == {1: None, 2: "2023", 3: "2024", 4: "2025"}
    # One year, a period's column or a column of no role is no table of years.
    assert tables.role_year_columns(["Kululaji", "Budjetti 2024", "Toteuma 2024"]) is None
    assert tables.role_year_columns(["Kululaji", "Jakson toteuma", "Toteuma 2023", "Toteuma 2024"]) is None
    text = _HEAD + (
        "Kululaji\tHyväksytty budjetti\tToteuma 2023\tToteuma 2024\tEnnuste 2025\n"
        "Palkat\t450 000\t120 300\t168 900\t150 000\n"
    )
    assert {(kind, year): values for kind, year, _, values in _costs(text)} == {
        ("cumulative", None): {"budget": Decimal(450000)},
        ("annual", "2023"): {"actual": Decimal(120300)},
        ("annual", "2024"): {"actual": Decimal(168900)},
        ("annual", "2025"): {"forecast": Decimal(150000)},
    }


def test_a_sheets_tables_parted_by_blank_rows_are_read_apart() -> None:
    sheet = (
        "Hanke;Kotikuntoutus etänä;;\r\nHallinnoija;Länsi-Uudenmaan hyvinvointialue;;\r\n;;;\r\n"
        "Kululaji;Budjetti;Toteutunut;\r\nPalkat;180 000;162 500;\r\nYhteensä;180 000;162 500;\r\n;;;\r\n"
        "Mittari;Tavoitetaso;Toteuma;\r\nEtäkuntoutuksen asiakkaat;+50 %;+38 %;\r\n"
    )
    # The measure's row under the blank row is a table of its own, no cost row.
    assert [label for _, _, label, _ in _costs(sheet, "seuranta.csv")] == ["staff-costs", "total"]


def test_a_box_of_labels_and_sums_is_no_cost_table() -> None:
    box = [
        ["HANKE", "Lasten terapiat etänä"],
        ["MYÖNNETTY AVUSTUS", "480 000 euroa"],
        ["OMARAHOITUSOSUUS", "20 %"],
        ["KOKONAISKUSTANNUKSET", "600 000 euroa"],
    ]
    assert tables.label_box(box, cost_category)
    # Two columns of cost categories, or a header naming the money column, are a cost table.
    assert not tables.label_box(
        [["Kululaji", "Budjetti"], ["Palkat", "520 000"], ["Yhteensä", "520 000"]], cost_category
    )
    assert not tables.label_box([["Palkat", "520 000"], ["Ostopalvelut", "80 000"]], cost_category)
    text = (
        "LOPPURAPORTTI\n\nHANKE                  Lasten terapiat etänä\n"
        "HALLINNOIJA            Kanta-Hämeen hyvinvointialue\nMYÖNNETTY AVUSTUS      480 000 euroa\n"
        "OMARAHOITUSOSUUS       20 %\nKOKONAISKUSTANNUKSET   600 000 euroa\n"
    )
    assert not any(kind == "cumulative" for kind, _, _, _ in _costs(text))


def test_a_total_cost_in_a_reports_head_is_the_projects_sum() -> None:
    text = (
        "LOPPURAPORTTI\n\nHANKE                  Lasten terapiat etänä\n"
        "HALLINNOIJA            Kanta-Hämeen hyvinvointialue\nOMARAHOITUSOSUUS       20 %\n"
        "KOKONAISKUSTANNUS      600 000 euroa\n"
    )
    assert ("estimate", None, "total", {"budget": Decimal(600000)}) in _costs(text)


def test_a_column_the_estimates_title_names_holds_the_estimate() -> None:
    header = ["Kustannuslaji", "Toteuttaja", "Arvio €"]
    assert tables.estimate_column(header, "Kustannusarvio") == [None, None, "budget"]
    assert tables.estimate_column(["Kustannuslaji", "Arvio (€)"], "Käyttöönoton kustannusarvio") == [
        None,
        "budget",
    ]
    # Under a title naming no estimate, "Arvio" names no money column.
    assert tables.estimate_column(header, "Tilannekatsaus") == [None, None, None]
    text = (
        "Hankesuunnitelma\nHankkeen nimi: Suun terveys kotihoidossa\nHallinnoija: Pirkanmaan hyvinvointialue\n\n"
        "Kustannusarvio\nKustannuslaji\tToteuttaja\tArvio €\nPalkat\tkotihoito\t160 000\nYhteensä\t\t160 000\n"
    )
    assert {(kind, label): values for kind, _, label, values in _costs(text)} == {
        ("estimate", "staff-costs"): {"budget": Decimal(160000)},
        ("estimate", "total"): {"budget": Decimal(160000)},
    }
