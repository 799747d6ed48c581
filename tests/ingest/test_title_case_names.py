"""An English name in title case beside the report's kind is a name, its "on" no Finnish verb (stop 43, N14).

"Status report Q2/2025 – Memory Clinic on Wheels": the title's kind and period, then the name, whose
short particles between capitalised words ("on", "at", "of") are the name's. A Finnish clause after the
kind ("Kotihoito on Kajaanissa ajoissa") has a word in lower case beside its verb: no name. All texts
are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.facts.namesites import title_parts_name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Progress report 2/2025 – Physio on Demand", "Physio on Demand"),
        ("Half-year report 1/2024: Dentist on Tour", "Dentist on Tour"),
        ("Status report Q3/2025 – Pharmacist on Board Kemi", "Pharmacist on Board Kemi"),
    ],
)
def test_a_title_cased_name_beside_the_kind(title: str, name: str) -> None:
    assert title_parts_name(None, title, kind=True) == name


def test_a_finnish_clause_beside_the_kind_is_no_name() -> None:
    assert title_parts_name(None, "Väliraportti 2/2024 – Kotihoito on Kajaanissa ajoissa", kind=True) is None
