"""English-grouped sums with their currency glued on, and a cost row "Staff" (issue 13, stop 46).

A cost table whose cells print "€580,000", "€ 742,000", "EUR 412,000" or "412,000 €" (test33 id07, test37
oh10) is in English notation as the bare "580,000" is: the comma groups thousands, so the table is read in
euros, not as 580 with three decimals. A table of Nordic sums with euro signs ("€ 214 000,00") keeps its
decimal comma. "Staff" alone as a cost row is the staff's costs (test25 l58, test27 i15 i21, test37 oh10);
a light row "Staff | At risk" stays the staff light. Invented text (tune u1400-u1402).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.facts import gluedsums
from tests.ingest.costcells import category_cells, extract_text


def test_a_currency_before_or_after_an_english_sum_keeps_it_english() -> None:
    for cells in (["€580,000", "€365,400"], ["€ 742,000", "€ 238,400"], ["EUR 412,000", "EUR 198,350"]):
        rows = [["Cost item", "Budget", "Actual"], ["Staff costs", *cells]]
        assert [cell.replace(" ", "") for cell in gluedsums.english_sums(rows)[1][1:]] == [
            cell.replace(",", "").replace(" ", "") for cell in cells
        ]
    rows = [["Item", "Budget", "Actual"], ["Travel", "18,500 €", "7,920 €"]]
    assert gluedsums.english_sums(rows)[1] == ["Travel", "18500 €", "7920 €"]


def test_nordic_sums_with_euro_signs_keep_their_decimal_comma() -> None:
    rows = [["Kostnadsslag", "Budget", "Utfall"], ["Material", "€ 3 200,00", "€ 480,75"]]
    assert gluedsums.english_sums(rows) == rows


def test_a_table_of_euro_prefixed_english_sums_and_a_staff_row() -> None:
    text = "\n".join(
        [
            "Kanta-Häme wellbeing services county",
            "Status report, autumn 2024",
            "",
            "Project\tSafe Medication at Home in Kanta-Häme",
            "",
            "Cumulative costs to 30 September 2024",
            "Item\tBudget\tActual",
            "Staff\t€310,000\t€221,480",
            "Software\t€42,000\t€39,900",
            "Total\t€352,000\t€261,380",
            "",
            "Area\tStatus\tComment",
            "Schedule\tOn track\t",
            "Staff\tAt risk\tone pharmacist post is still open",
        ]
    )
    result = extract_text(text, "status.tsv")
    cells = category_cells(result)
    assert ("staff-costs", "budget", Decimal("310000")) in cells, cells
    assert ("total", "actual", Decimal("261380")) in cells, cells
    lights = {(light.dimension, light.value) for project in result.projects for light in project.lights}
    assert ("staff", "deviation") in lights, lights
