"""Cost tables by class (issue 13, stop 38, F17; invented texts, none a development document's).

Each test is one class of form with its negative side: two sums a cell whose roles only a caption or a note
names ("Kussakin solussa toteuma / budjetti", "(utfall / budget, euro)"), a goal table whose verdict column
names a date ("Toteutuma 31.12.2024") joined to a cost table over a blank line, and a utilisation written as
fractions of one ("0,66").
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts import gluedsums
from hankegraafi.ingest.facts.money import cost_category
from tests.ingest.costcells import cost_cells, extract_text

_extract = extract_text


_cells = cost_cells


_role = tables.column_role
_HEAD = "Tilanneraportti 2/2024\nHanke: Solmuhanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_two_sums_a_cell_whose_roles_a_note_above_names() -> None:
    text = _HEAD + (
        "Kustannukset (€)\n"
        "Kussakin solussa toteuma / budjetti.\n"
        "Kululaji\t2023\t2024\tYhteensä\n"
        "Henkilöstökulut\t82 000 / 90 000\t70 500 / 95 000\t152 500 / 185 000\n"
        "Yhteensä\t82 000 / 90 000\t70 500 / 95 000\t152 500 / 185 000\n"
    )
    cells = _cells(text)
    assert ("annual", "2023", "staff-costs", "actual", Decimal(82000)) in cells
    assert ("annual", "2023", "staff-costs", "budget", Decimal(90000)) in cells
    assert ("annual", "2024", "staff-costs", "budget", Decimal(95000)) in cells
    assert ("cumulative", None, "total", "actual", Decimal(152500)) in cells


def test_a_table_without_header_takes_its_roles_from_the_caption() -> None:
    rows = [["Personalkostnader", "84 200 / 90 000"], ["Totalt", "98 650 / 109 000"]]
    split = gluedsums.caption_pairs(rows, ["Kostnader 2024 (utfall / budget, euro)"], _role)
    assert split == [
        ["", "utfall", "budget"],
        ["Personalkostnader", "84 200", "90 000"],
        ["Totalt", "98 650", "109 000"],
    ]


def test_a_caption_pair_of_no_two_roles_or_cells_of_no_pairs_split_nothing() -> None:
    rows = [["Alue", "Käynnit"], ["Pori", "412 / 450"], ["Ulvila", "96 / 120"]]
    # "toteutunut / tavoite": a count against its target, the second word no money role.
    assert gluedsums.caption_pairs(rows, ["Käynnit alueittain (toteutunut / tavoite)"], _role) == rows
    # A head that names its two roles itself is split_slashed's; cells that are no pairs stay.
    plain = [["Kululaji", "2024"], ["Matkakulut", "4 000"], ["Yhteensä", "4 000"]]
    assert gluedsums.caption_pairs(plain, ["toteuma / budjetti"], _role) == plain


def test_a_goal_table_with_a_dated_verdict_column_joined_to_a_cost_table() -> None:
    text = _HEAD + (
        "Tavoitteet\tToteutuma 31.12.2024\n"
        "Asiakkaita on 150\tSaavutettu (162)\n"
        "Yökäynnit vähenevät\tOsittain\n"
        "\n"
        "Kustannukset\tBudjetti 2024\tToteuma 2024\n"
        "Omat henkilöstökustannukset\t360 000\t344 100\n"
        "Yhteensä\t365 000\t349 100\n"
    )
    cells = _cells(text)
    assert ("annual", "2024", "own-staff-costs", "budget", Decimal(360000)) in cells
    assert ("annual", "2024", "total", "actual", Decimal(349100)) in cells
    # The negative side: a table of counts after the goals stays no cost table.
    counts = _HEAD + (
        "Tavoite\tToteuma 31.12.2024\n"
        "Luotsi tavoittaa 300 nuorta\tToteutui\n"
        "\n"
        "Mittari\tTavoite 2024\tToteuma 2024\n"
        "Tavoitetut nuoret\t300\t318\n"
        "Yhteensä\t300\t318\n"
    )
    assert _cells(counts) == set()


def test_a_utilisation_as_fractions_of_one_is_read_in_per_cent() -> None:
    rows = [["Kululaji", "Budjetti", "Toteuma", "Käyttöaste"], ["Henkilöstö", "310,0", "204,5", "0,66"]]
    assert gluedsums.fractions_as_percent(rows, _role)[1][3] == "66"
    # In per cent already, or a head that says per cent: left as printed.
    percent = [["Kululaji", "Budjetti", "Toteuma", "Käyttöaste %"], ["Henkilöstö", "310 000", "2 480", "0,8"]]
    assert gluedsums.fractions_as_percent(percent, _role) == percent
    whole = [["Kululaji", "Budjetti", "Toteuma", "Käyttöaste"], ["Henkilöstö", "310 000", "204 600", "66 %"]]
    assert gluedsums.fractions_as_percent(whole, _role) == whole


def test_a_head_of_a_kind_word_and_a_role_word_is_the_role() -> None:
    assert tables.column_role("Kertymä budjetti") == "budget"
    assert tables.column_role("Vuoden budjetti") == "budget"
    assert tables.column_role("Ackumulerad budget") == "budget"
    assert tables.column_role("Cumulative actual") == "actual"
    # The negative side: a kind's word alone, or the period's own budget, stay what they were.
    assert tables.column_role("Kertymä") == "actual"
    assert tables.column_role("Jakson budjetti") == "period-budget"


def test_a_year_budget_beside_the_actual_so_far_is_the_years_table() -> None:
    text = _HEAD + (
        "Talous 2025 (€)\n"
        "Kululaji\tVuoden budjetti\tToteuma 1–8/2025\tEnnuste 2025\n"
        "Henkilöstökulut\t240 000\t151 300\t236 000\n"
        "Yhteensä\t252 000\t158 250\t247 000\n"
    )
    cells = _cells(text)
    assert ("annual", "2025", "staff-costs", "budget", Decimal(240000)) in cells
    assert ("annual", "2025", "total", "forecast", Decimal(247000)) in cells
    assert not any(kind == "period" for kind, *_ in cells)


def test_the_period_columns_name_their_own_year() -> None:
    text = (
        "Tilannekatsaus heinä–joulukuu 2022\nHanke: Solmuhanke\nHallinnoija: Kainuun hyvinvointialue\n"
        "Hankeaika 1.3.2022–31.12.2023\n\n"
        "Talous (EUR)\n"
        "Kululaji\tJakso 7–12/2022 budjetti\tJakso 7–12/2022 toteuma\tKertymä budjetti\tKertymä toteuma\n"
        "Ohjelmistot\t40 000\t12 800\t60 000\t31 450\n"
        "Yhteensä\t40 000\t12 800\t60 000\t31 450\n"
    )
    cells = _cells(text)
    assert ("period", "2022", "software", "budget", Decimal(40000)) in cells
    assert ("cumulative", None, "software", "budget", Decimal(60000)) in cells
    assert ("cumulative", None, "software", "actual", Decimal(31450)) in cells


def test_each_categorys_sums_after_their_columns_words_are_a_table() -> None:
    text = _HEAD + (
        "3. Talous 2023 (budj. = vuoden budjetti, tot. = toteuma 1-4/2023, enn. = ennuste koko vuodelle)\n"
        "- Henkilöstökulut: budj. 410 000, tot. 118 600, enn. 402 000\n"
        "- Matkakulut: budj. 18 000, tot. 4 100, enn. 17 000\n"
        "- Yhteensä: budj. 428 000, tot. 122 700, enn. 419 000\n"
    )
    cells = _cells(text)
    assert ("annual", "2023", "staff-costs", "budget", Decimal(410000)) in cells
    assert ("annual", "2023", "travel", "actual", Decimal(4100)) in cells
    assert ("annual", "2023", "total", "forecast", Decimal(419000)) in cells


def test_counts_after_words_and_words_of_no_money_column_are_no_cost_table() -> None:
    text = _HEAD + (
        "Luvut 1–6/2024\n"
        "- Kotikäynnit: tavoite 300, toteuma 318\n"
        "- Henkilöstö: vakituiset 4, määräaikaiset 2\n"
        "- Koulutukset: suunniteltu 12, pidetty 9\n"
    )
    assert _cells(text) == set()


def test_cost_records_whose_total_block_names_no_category_label() -> None:
    text = _HEAD + (
        "Kustannukset koko hankkeen ajalta\n"
        "Kustannusrivi 1\n  Kustannuslaji: Palkat\n  Budjetoitu: 500 000,00\n  Toteutunut: 480 000,00\n"
        "  Poikkeama: -20 000,00\n"
        "Kustannusrivi 2\n  Kustannuslaji: Matkakulut\n  Budjetoitu: 10 000,00\n  Toteutunut: 9 000,00\n"
        "  Poikkeama: -1 000,00\n"
        "Yhteensä\n  Budjetoitu: 510 000,00\n  Toteutunut: 489 000,00\n  Poikkeama: -21 000,00\n"
    )
    cells = _cells(text)
    assert ("cumulative", None, "travel", "deviation", Decimal(-1000)) in cells
    assert ("cumulative", None, "total", "actual", Decimal(489000)) in cells
    # The negative side: indicator records with a total block stay no cost table.
    indicators = _HEAD + (
        "Indikaattori 1\n  Nimi: Kotikäynnit\n  Lähtötaso: 40\n  Tavoite: 80\n"
        "Indikaattori 2\n  Nimi: Etäohjatut\n  Lähtötaso: 0\n  Tavoite: 120\n"
        "Yhteensä\n  Lähtötaso: 40\n  Tavoite: 200\n"
    )
    assert _cells(indicators) == set()


def test_a_ledger_of_months_is_read_by_its_total_and_budget_rows() -> None:
    rows = [
        ["Kuukausi", "Henkilöstökulut", "Matkakulut", "Yhteensä"],
        ["1/2022", "38 410,20", "1 120,40", "39 530,60"],
        ["2/2022", "38 410,20", "980,10", "39 390,30"],
        ["Yhteensä 1–2/2022", "76 820,40", "2 100,50", "78 920,90"],
        ["Budjetti 2022", "480 000,00", "20 000,00", "500 000,00"],
    ]
    assert gluedsums.month_ledger(rows, cost_category, _role) == [
        rows[0],
        ["Toteuma 1–2/2022", "76 820,40", "2 100,50", "78 920,90"],
        rows[4],
    ]
    # The negative side: visits per month under a target row, and a ledger with no row a money role names.
    visits = [
        ["Kuukausi", "Kotikäynnit", "Etäkäynnit"],
        *rows[1:3],
        ["Yhteensä 1–2/2022", "8", "3"],
        ["Tavoite", "9", "4"],
    ]
    assert gluedsums.month_ledger(visits, cost_category, _role) == visits
    assert gluedsums.month_ledger(rows[:4], cost_category, _role) == rows[:4]
