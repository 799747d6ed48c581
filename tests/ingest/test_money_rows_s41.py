"""Sums a basic-data row states (issue 13, stop 41, F20; invented texts, none a development document's).

A sheet's row of a grant or an application prints its sum without a unit ("Myönnetty avustus;820 000",
"Beviljat statsunderstöd;520 000"), a card's sum has a note after it ("EUR 300,000 (Ministry of …)", "[ 440 000
euroa, STM, … ]"), and English says "Grant"; against rows of a year, a count or words under the same labels.
"""

from __future__ import annotations

from decimal import Decimal

from tests.ingest.costcells import extract_text


def _sums(text: str, name: str) -> set[tuple[str, Decimal]]:
    """The sums granted and applied for that the extraction holds, as (kind, amount)."""
    return {
        (s.kind, value)
        for p in extract_text(text, name).projects
        for s in p.costs
        if s.kind in ("granted", "applied")
        for line in s.lines
        for value in line.values.values()
    }


def test_a_sheets_grant_row_without_its_unit_and_a_sum_with_a_note() -> None:
    sheet = (
        "Hanke;Kotihoidon iltapartio;;\r\nHallinnoija;Kymenlaakson hyvinvointialue;;\r\n"
        "Hankeaika;1.4.2024–31.3.2026;;\r\nMyönnetty valtionavustus;1 240 000;;\r\nHaettu lisärahoitus;35000;;\r\n"
    )
    assert _sums(sheet, "seuranta.csv") == {("granted", Decimal(1240000)), ("applied", Decimal(35000))}
    card = (
        "PROJECT CARD\n\nProject          Home rehabilitation coaching\n"
        "County           Pirkanmaa wellbeing services county\nProject period   1.1.2025–31.12.2026\n"
        "Grant            EUR 510,000 (Ministry of Social Affairs and Health)\n"
    )
    assert ("granted", Decimal(510000)) in _sums(card, "card.txt")


def test_a_grant_row_of_a_year_a_count_or_words_states_no_sum() -> None:
    sheet = (
        "Hanke;Lapuan liikuntaneuvonta;;\r\nHallinnoija;Etelä-Pohjanmaan hyvinvointialue;;\r\n"
        "Hankeaika;1.9.2024–31.8.2026;;\r\nMyönnetty avustus;ks. päätös 14.3.2024;;\r\nHaettu;12;;\r\n"
        "Myönnetty;2024;;\r\n"
    )
    assert _sums(sheet, "seuranta.csv") == set()
