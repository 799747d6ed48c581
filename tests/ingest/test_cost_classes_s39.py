"""Cost tables by class (issue 13, stop 39, F18; invented texts, none a development document's).

Each test is one class of form with its negative side: a row named by the head word of what was bought
("Hoitotarvikkeet", "Night car lease") and counts of such things that stay no cost table; a span of costs
that starts on the project's first day, its year left out ("1.4.–30.9.2025"), against a reporting period
that starts later; year columns whose role the table's corner names ("Toteutuneet kustannukset | 2023 |
2024"), against visits counted under the same word; each category's sums after a dash, parted by middle dots
or bars ("Staff costs — bud. 148,000 · act. 96,300"), against counts in the same form.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.facts import costscales
from hankegraafi.ingest.facts.costcats import cost_category, named_by_tail
from tests.ingest.costcells import cost_cells


def test_a_row_is_named_by_the_head_word_of_what_was_bought() -> None:
    assert named_by_tail("Hoitotarvikkeet") == "materials"
    assert named_by_tail("Kuntoutusvälineet") == "materials"
    assert named_by_tail("Care supplies") == "materials"
    assert named_by_tail("Salivuokrat") == "premises"
    assert named_by_tail("Lokalhyra") == "premises"
    assert named_by_tail("Etäseurantalaitteet") == "phone-and-ict-equipment"
    assert named_by_tail("Telecare devices") == "phone-and-ict-equipment"
    assert named_by_tail("Memory test licences") == "software"
    assert named_by_tail("Night car lease") == "other-costs"
    assert named_by_tail("Auton leasing ja polttoaine") == "other-costs"  # the first name's head word
    assert named_by_tail("Bil och resor") == "travel"  # the first names nothing: the last's
    assert named_by_tail("Chat-palvelu (ostettu)") == "service-purchases"
    assert named_by_tail("Tolkning (köpt tjänst)") == "service-purchases"
    assert named_by_tail("Kotisairaalan autot (leasing)") == "other-costs"
    # Words that name no category, and the total, are none.
    assert named_by_tail("Kotikäynnit") is None
    assert named_by_tail("Yöpartion auto") is None
    assert named_by_tail("Kaikki yhteensä") is None


def test_staff_costs_in_english_are_the_staffs_costs_not_the_templates_group() -> None:
    assert cost_category("Staff costs") == "staff-costs"
    assert cost_category("Own staff costs") == "own-staff-costs"


_HEAD = "Tilanneraportti 2/2025\nHanke: Kylähoivan kokeilu\nHyvinvointialue: Kainuun hyvinvointialue\n"


def test_a_cost_table_of_rows_named_in_own_words_is_read_and_counts_of_such_things_are_not() -> None:
    text = _HEAD + (
        "Hankeaika: 1.1.2024–31.12.2025\n\n"
        "Kustannukset 2024 (euroa)\n"
        "Kululaji\tBudjetti\tToteuma\n"
        "Kotikäyntitarvikkeet\t4 000\t3 100\n"
        "Mittauslaitteet\t12 000\t11 500\n"
        "Yhteensä\t16 000\t14 600\n\n"
        "Asiakkaille lainatut välineet (kpl)\n"
        "Väline\t2024\t2025\n"
        "Mittauslaitteet\t40\t55\n"
        "Tabletit\t12\t20\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2024", "materials", "actual", Decimal(3100)) in cells
    assert ("annual", "2024", "phone-and-ict-equipment", "budget", Decimal(12000)) in cells
    assert not any(value in (Decimal(40), Decimal(12)) for *_, value in cells)  # the pieces lent
    assert costscales.counted("Asiakkaille lainatut välineet (kpl)")
    assert not costscales.counted("Kustannukset (€)")


def test_costs_from_the_projects_first_day_are_cumulative_even_without_the_start_year() -> None:
    text = _HEAD + (
        "Hankeaika: 1.4.2025–31.3.2027\n\n"
        "Kustannukset 1.4.–30.9.2025 (euroa)\n"
        "Kululaji\tBudjetti\tToteutunut\n"
        "Henkilöstökulut\t80 000\t61 240\n"
        "Yhteensä\t80 000\t61 240\n"
    )
    assert ("cumulative", None, "staff-costs", "actual", Decimal(61240)) in cost_cells(text)
    later = text.replace("1.4.–30.9.2025", "1.7.–30.9.2025")  # a period that starts after the project
    assert ("period", "2025", "staff-costs", "actual", Decimal(61240)) in cost_cells(later)


def test_the_project_period_in_a_sentence_makes_costs_from_its_start_cumulative() -> None:
    text = (
        "Ikäpiste Kainuussa\n\nIkäpiste Kainuussa -hanke (1.9.2024–31.8.2026) neuvoo ikäihmisiä Kajaanissa.\n\n"
        "Kustannukset 1.9.2024–30.6.2025 (euroa)\n"
        "Kululaji\tBudjetti\tToteutunut\n"
        "Henkilöstökulut\t90 000\t70 100\n"
        "Yhteensä\t90 000\t70 100\n"
    )
    assert ("cumulative", None, "staff-costs", "actual", Decimal(70100)) in cost_cells(text)


def test_year_columns_hold_what_the_tables_corner_names() -> None:
    text = _HEAD + (
        "\nToteutuneet kustannukset\t2023\t2024\nHenkilöstökulut\t86 400\t112 900\nYhteensä\t86 400\t112 900\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2023", "staff-costs", "actual", Decimal(86400)) in cells
    assert not any(column == "budget" for _, _, _, column, _ in cells)
    visits = _HEAD + "\nToteutuneet käynnit\t2023\t2024\nKotikäynnit\t1 840\t2 310\nYhteensä\t1 840\t2 310\n"
    assert cost_cells(visits) == set()


def test_sums_after_a_dash_parted_by_dots_or_bars_are_a_cost_table_and_counts_are_not() -> None:
    text = _HEAD + (
        "\nMoney (bud. = budget 2025, act. = actual January–August)\n"
        "• Staff costs — bud. 148,000 · act. 96,300\n"
        "• Memory test licences — bud. 12,000 · act. 12,000\n"
        "• Total — bud. 160,000 · act. 108,300\n\n"
        "Activity\n"
        "• Home visits — target 300 · actual 318\n"
        "• Memory tests — target 250 · actual 204\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2025", "software", "actual", Decimal(12000)) in cells
    assert ("annual", "2025", "total", "budget", Decimal(160000)) in cells
    assert not any(value in (Decimal(318), Decimal(204)) for *_, value in cells)


def test_a_span_in_month_names_from_the_projects_first_day_is_cumulative() -> None:
    text = (
        "Village Nurses\n\nThe project Village Nurses (1 May 2025 – 30 April 2027) of Lapin hyvinvointialue sends a nurse"
        " to the villages of Ranua.\n\n"
        "Costs 1 May – 30 September 2025 (EUR)\n"
        "Cost type\tBudget\tActual\n"
        "Staff costs\t70,000\t51,870\n"
        "Total\t70,000\t51,870\n"
    )
    assert ("cumulative", None, "staff-costs", "actual", Decimal(51870)) in cost_cells(text)
    later = text.replace("Costs 1 May", "Costs 1 July")  # a half year after the start: no cumulative statement
    assert not any(kind == "cumulative" for kind, *_ in cost_cells(later))


def test_costs_from_the_start_to_a_date_in_english_are_cumulative() -> None:
    text = _HEAD + (
        "Project period: 1.9.2024–31.8.2026\n\n"
        "Costs from the start to 31 May 2025 (EUR)\n"
        "Cost type\tBudget\tActual\n"
        "Staff costs\t188,000\t104,350\n"
        "Total\t188,000\t104,350\n"
    )
    assert ("cumulative", None, "staff-costs", "actual", Decimal(104350)) in cost_cells(text)


def test_tables_stacked_with_no_blank_row_are_read_apart() -> None:
    text = _HEAD + (
        "\nKulut vuosittain (euroa)\t2024\t2025 (1–6)\n"
        "Henkilöstökulut (budjetti)\t110 000\t115 000\n"
        "Henkilöstökulut (toteuma)\t104 300\t51 900\n"
        "Ohjelmistot (budjetti)\t12 000\t8 000\n"
        "Ohjelmistot (toteuma)\t11 650\t3 200\n"
        "Ryhmäkerrat vuosittain (lkm)\t2024\t2025 (1–6)\n"
        "Etäryhmät (tavoite)\t200\t220\n"
        "Etäryhmät (toteuma)\t186\t97\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2024", "staff-costs", "actual", Decimal(104300)) in cells
    assert ("annual", "2025", "software", "budget", Decimal(8000)) in cells
    assert not any(value in (Decimal(186), Decimal(200)) for *_, value in cells)  # the groups held, counted
