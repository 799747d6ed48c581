"""Cost tables by class (issue 13, stop 41, F20; invented texts, none a development document's).

One class of form, each sum after its column's word, in three shapes the pairs reader missed, each with its
negative (counts in the same shape): the word parted from its sum by the spacing of a plain-text row
("käytetty      12 000 €" read as two cells); each category on a line of its own over the line of its sums
("Personalkostnader" over "budget 212 000 · utfall 205 400 · oförbrukat 6 600"); and one sentence of a
unit's costs, the categories parted by semicolons under a caption ("Costs in 2024 (EUR, …): staff costs budget
96,000, actual 61,450; …"). A sum under a word no column has ("jäi käyttämättä 8 100") is left out of a category's
line over its sums, as a column the schema has no key for is (test3's convention), and the others are read.
"""

from __future__ import annotations

from decimal import Decimal

from tests.ingest.costcells import cost_cells

_HEAD = "Tilannekatsaus\nHanke: Muistikuntoutus kotona\nHyvinvointialue: Keski-Suomen hyvinvointialue\n"


def test_a_role_word_parted_from_its_sum_by_the_spacing_of_a_row() -> None:
    text = _HEAD + (
        "Hankeaika: 1.1.2025–31.12.2026\n\n"
        "Talous 2025, käytetty 30.6. mennessä:\n"
        "  Palkat ja sivukulut     talousarvio 150 000 €     käytetty  71 400 €\n"
        "  Matkakulut              talousarvio 8 000 €       käytetty      2 950 €\n"
        "  Yhteensä                talousarvio 158 000 €     käytetty 74 350 €\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2025", "staff-costs", "actual", Decimal(71400)) in cells
    assert ("annual", "2025", "travel", "actual", Decimal(2950)) in cells  # the word's sum in the next cell
    assert ("annual", "2025", "total", "budget", Decimal(158000)) in cells


def test_each_category_on_its_own_line_over_its_sums() -> None:
    text = _HEAD + (
        "Hankeaika: 1.3.2023–28.2.2025\n\n"
        "Kustannukset koko hankeajalta (euroa)\n"
        "Henkilöstökulut\n"
        "budjetti 310 000 · toteutunut 296 500 · jäi käyttämättä 13 500\n"
        "Matkakulut\n"
        "budjetti 12 000 · toteutunut 9 400 · jäi käyttämättä 2 600\n"
        "Yhteensä\n"
        "budjetti 322 000 · toteutunut 305 900 · jäi käyttämättä 16 100\n"
    )
    cells = cost_cells(text)
    assert ("cumulative", None, "staff-costs", "actual", Decimal(296500)) in cells
    assert ("cumulative", None, "travel", "budget", Decimal(12000)) in cells
    assert not any(col == "deviation" for *_, col, _ in cells)  # "jäi käyttämättä": no column
    assert ("cumulative", None, "total", "budget", Decimal(322000)) in cells


def test_costs_in_one_sentence_parted_by_semicolons() -> None:
    text = _HEAD + (
        "Hankeaika: 1.1.2025–31.12.2026\n\n"
        "Kustannukset 2025 (euroa, toteuma 1–6/2025): henkilöstökulut budjetti 140 000, toteuma 66 100;\n"
        "ostopalvelut budjetti 20 000, toteuma 7 450; yhteensä budjetti 160 000, toteuma 73 550.\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2025", "staff-costs", "budget", Decimal(140000)) in cells
    assert ("annual", "2025", "service-purchases", "actual", Decimal(7450)) in cells
    assert ("annual", "2025", "total", "actual", Decimal(73550)) in cells


def test_counts_in_the_same_shapes_are_no_cost_table() -> None:
    text = _HEAD + (
        "Hankeaika: 1.1.2025–31.12.2026\n\n"
        "Määrät 2025 (kpl): asiakkaat tavoite 300, toteuma 244; ryhmäkerrat tavoite 80, toteuma 61.\n\n"
        "Ohjaajat\n"
        "tavoite 6 · toteuma 5\n"
        "Lähetteet\n"
        "tavoite 200 · toteuma 170\n"
    )
    assert cost_cells(text) == set()
