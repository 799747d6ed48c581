"""A summary of costs per part in thousands of euros (invented text; ingest/facts/parts.py ``_cost_rows``).

"Työpaketti | Budjetti t€ | Toteuma (€) | Toteuma-%" over a row per part: the budget column's figures are
thousands, the spent column's euros, the utilisation a percentage (test34 oe05; tuning document u1246).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_TEXT = (
    "TILANNEKATSAUS\n\nHankkeen nimi: Arjen apu Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"
    "Hankkeessa on kaksi osahanketta:\n\nOsahanke 1: Kotikuntoutus\nOsahanke 2: Etävastaanotto\n\n"
    "Talous osahankkeittain, kertymä\n\nOsahanke\tBudjetti t€\tToteuma (€)\tToteuma-%\n"
    "Osahanke 1: Kotikuntoutus\t820\t512 000\t62 %\nOsahanke 2: Etävastaanotto\t640\t198 000\t31 %\n"
)


def test_a_column_in_thousands_is_read_in_euros_beside_one_in_euros() -> None:
    x = extract(read_bytes(_TEXT.encode(), file_name="katsaus.txt", max_bytes=100_000))
    values = {p.name: [line.values for c in p.costs for line in c.lines] for p in x.projects if p.costs}
    assert values["Osahanke 1: Kotikuntoutus"] == [
        {"budget": Decimal("820000"), "actual": Decimal("512000"), "utilisation-percent": Decimal("62")}
    ]
    assert values["Osahanke 2: Etävastaanotto"][0]["budget"] == Decimal("640000")
