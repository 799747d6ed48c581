"""A cost table laid out turned: cost categories across the header, years or money columns down the rows.

A sheet may put the categories in the columns and the years ("2024", "Vuosi 2025") or the money
columns ("Budjetti", "Toteuma") in the rows; it is the same table as the usual one turned, and
reads to the same statements (found by the variant generator, bench/variants: dimension
``orientation``; tuning document u307).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Väliraportti 1/2025\nHanke: Kotikuntoutus etänä\nHallinnoija: Etelä-Savon hyvinvointialue\n\n"


def _costs(text: str) -> set[tuple[str, str | None, str | None, str, Decimal]]:
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return {
        (s.kind, s.year, line.category, column, value)
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
        if s.kind not in ("granted", "applied")
    }


@pytest.mark.parametrize("year_label", ["2024", "Vuosi 2024"])
def test_years_as_rows_are_the_years_statements(year_label: str) -> None:
    later = year_label.replace("2024", "2025")
    text = _HEAD + (
        "Toteutuneet kustannukset vuosittain (euroa)\n"
        "Vuosi\tPalvelujen ostot\tMatkakulut\tYhteensä\n"
        f"{year_label}\t40 000\t3 500\t43 500\n"
        f"{later}\t52 000\t4 100\t56 100\n"
    )
    assert _costs(text) == {
        ("annual", "2024", "service-purchases", "actual", Decimal(40000)),
        ("annual", "2024", "travel", "actual", Decimal(3500)),
        ("annual", "2024", "total", "actual", Decimal(43500)),
        ("annual", "2025", "service-purchases", "actual", Decimal(52000)),
        ("annual", "2025", "travel", "actual", Decimal(4100)),
        ("annual", "2025", "total", "actual", Decimal(56100)),
    }


def test_money_columns_as_rows_are_read_as_columns() -> None:
    text = _HEAD + (
        "Kustannusten toteutuminen (€)\n"
        "\tPalvelujen ostot\tOhjelmistot\tYhteensä\n"
        "Budjetti\t90 000\t20 000\t110 000\n"
        "Toteuma\t61 000\t18 000\t79 000\n"
    )
    got = _costs(text)
    assert ("cumulative", None, "software", "budget", Decimal(20000)) in got
    assert ("cumulative", None, "total", "actual", Decimal(79000)) in got
    assert len(got) == 6
