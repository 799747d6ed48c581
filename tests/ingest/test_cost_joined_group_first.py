"""A cost row naming two things joined whose first is only a group and whose later name is a kind of its own
("Koulutus ja asiantuntijapalvelut", "Utbildning och experttjänster", "Training and consultancy", "Koulutus ja
matkat": test39 oj09, oj13, oj16, test7 y01) is the later kind (``costkinds.kind_by_words``): training is filed
under other costs only when nothing finer is named. Invented here in other areas and words (tune u1600, u1601);
the negatives (u1602) join training to a name that is no kind, or to a group again."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.facts.money import cost_category
from tests.ingest.costcells import cost_cells


def test_a_group_joined_to_a_finer_kind_is_the_finer_kind() -> None:
    assert cost_category("Koulutus ja viestintäpalvelut") == "communication-services"
    assert cost_category("Koulutus sekä matkat") == "travel"
    assert cost_category("Utbildning och resor") == "travel"
    assert cost_category("Utbildning samt IT-utrustning") == "phone-and-ict-equipment"
    assert cost_category("Training and consultancy") == "expert-services"


def test_training_joined_to_no_kind_or_a_group_stays_other_costs() -> None:
    for label in ("Training and workshops", "Training, seminars and events", "Koulutus ja tilaisuudet"):
        assert cost_category(label) == "other-costs", label
    assert cost_category("Koulutus ja muut kulut") == "other-costs"
    assert cost_category("Tulkkaus ja matkat") is None  # a first name that is no kind: none, as before
    assert cost_category("Viestintä ja markkinointi") == "communication-services"  # a kind first: the first


def test_a_first_name_worded_like_its_group_is_the_group() -> None:
    """R13-1: the group's own name first is a combined row, filed under the group (the start code's reading)."""
    assert cost_category("Henkilöstö ja matkat") == "own-staff-costs"
    assert cost_category("Muut kulut ja välilliset kustannukset") == "other-costs"
    assert cost_category("Övriga kostnader och resor") == "other-costs"
    assert cost_category("Ostopalvelut, ei asiantuntijapalveluita") == "service-purchases"
    assert cost_category("Koulutuskulut ja matkat") == "travel"  # training's own word: a thing filed under it


_MD = """# Lägesrapport 2/2024

Projekt: Mobil rådgivning i Österbotten
Välfärdsområde: Österbottens välfärdsområde

## Ekonomi, kumulativt (euro)

| Kostnadsslag | Budget | Utfall |
|---|--:|--:|
| Personalkostnader | 90 000 | 41 000 |
| Utbildning och experttjänster | 30 000 | 12 500 |
| Utbildning och konferenser | 5 000 | 1 900 |
| Totalt | 125 000 | 55 400 |
"""


def test_a_table_files_the_joined_row_under_the_finer_kind() -> None:
    cells = cost_cells(_MD, "rapport.md")
    assert ("cumulative", None, "expert-services", "actual", Decimal(12500)) in cells
    assert ("cumulative", None, "other-costs", "budget", Decimal(5000)) in cells
    assert not {c for c in cells if c[2] == "other-costs" and c[4] in (Decimal(30000), Decimal(12500))}
