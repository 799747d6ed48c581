"""A returned sum written with its currency first (G5, stop 48; C1's note): "Käyttämättä jäänyt avustus, EUR 46 900,00,
palautetaan ministeriölle" (test39 oj11), "The unused grant of the first year, EUR 12,400, will be paid back"
(test21 p98). The sentence is read as the money cues read it (sumcues.plain_sums); a sum with the currency first that
returns nothing stays none. The texts are invented."""

from __future__ import annotations

from hankegraafi.ingest.facts.returned import returned_sum
from hankegraafi.ingest.facts.sums import sum_of


def test_a_returned_sum_with_its_currency_first() -> None:
    found = returned_sum("Oanvänt bidrag, EUR 18 300,00, återbetalas till ministeriet i januari 2026.")
    assert found is not None and sum_of(found[1]) == 18300
    found = returned_sum("The unused grant of the first year, EUR 7,250, will be paid back to the Ministry.")
    assert found is not None and sum_of(found[1]) == 7250
    found = returned_sum("Käyttämättä jäänyt avustus, € 3 100, palautetaan ministeriölle.")
    assert found is not None and sum_of(found[1]) == 3100


def test_a_sum_with_its_currency_first_that_returns_nothing() -> None:
    assert returned_sum("Resekostnaderna, EUR 9 400, var lägre än i budgeten.") is None
    assert returned_sum("The project was granted EUR 450,000.") is None


def test_a_returned_sum_of_zero_is_no_money_returned() -> None:
    """ "Unused grant returned to the ministry: EUR 0." (test36 og08's form): no statement of money returned."""
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import read_bytes

    text = (
        "# Final report: Home Care Link\n\nWellbeing services county of Lapland. The Ministry of Social Affairs and "
        "Health granted EUR 400,000.\n\nUnused grant returned to the ministry: EUR 0.\n"
    )
    extraction = extract(read_bytes(text.encode(), file_name="report.md", max_bytes=100_000))
    assert [c for p in extraction.projects for c in p.costs if c.kind == "returned"] == []
