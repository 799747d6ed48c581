"""Alteration works to the premises as a cost row ("Tilojen muutostyöt": test20 n11, test27 i22) are premises, a label
of the cost-category vocabulary (ontology/vocab/cost-categories.ttl). Invented here in other words (tune u1606)."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.facts.money import cost_category
from tests.ingest.costcells import cost_cells

_TXT = (
    "Tilanneraportti 1/2025\nHanke: Kotiin vietävät palvelut Keski-Suomessa\n"
    "Hyvinvointialue: Keski-Suomen hyvinvointialue\n\nKustannukset 31.3.2025 mennessä (euroa)\n\n"
    "Kululaji\tBudjetti\tToteutunut\nHenkilöstökulut\t120 000\t40 100\n"
    "Tilojen muutostyöt\t30 000\t28 400\nYhteensä\t150 000\t68 500\n"
)


def test_alterations_to_the_premises_are_premises() -> None:
    assert cost_category("Tilojen muutostyöt") == "premises"
    assert cost_category("Toimitilojen muutostyöt") == "premises"
    cells = cost_cells(_TXT, "raportti.txt")
    assert ("cumulative", None, "premises", "budget", Decimal(30000)) in cells
    assert ("cumulative", None, "staff-costs", "actual", Decimal(40100)) in cells
