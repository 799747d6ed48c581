"""A grant said in the passive with its funder named ("Projektet finansieras av social- och hälsovårdsministeriet med
640 000 euro", "is funded by the Ministry … with a grant of €1.9 million": test23 s33, test27 i14, test29 ib19,
test37 oh10, test38 oi08) is the sum granted (``sumcues.GRANTED_SUM``, beside the active "finansierar … med").
Invented here in other areas and words (tune u1607, u1608); the negative (u1609) is a share financed by a grant
and the rest of the money paid by the county."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _granted(sentence: str) -> list[Decimal]:
    text = (
        "# Hemvård på distans\n\nProjekt: Hemvård på distans\nVälfärdsområde: Österbottens välfärdsområde\n\n"
        f"{sentence}\n\nProjektet utvecklar hemvården.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="sida.md", max_bytes=100_000))
    return [
        v
        for p in x.projects
        for s in p.costs
        if s.kind == "granted"
        for line in s.lines
        for v in line.values.values()
    ]


def test_a_grant_in_the_passive_is_the_sum_granted() -> None:
    assert _granted("Projektet finansieras av Ålands landskapsregering med 540 000 euro.") == [Decimal(540000)]
    assert _granted("Projektet finansierades av Svenska kulturfonden med 85 000 euro.") == [Decimal(85000)]
    assert _granted(
        "The project is funded by the Ministry of Social Affairs and Health with 1.2 million euros."
    ) == [Decimal(1200000)]


def test_a_share_financed_and_the_county_s_own_money_are_no_grant() -> None:
    assert (
        _granted(
            "Projektet finansieras till 80 procent av statsunderstöd; resten, 60 000 euro, står välfärdsområdet för."
        )
        == []
    )
    assert _granted("Projektet finansieras av välfärdsområdet med egna medel. Budget 200 000 euro.") == []
    # R13-5: the payer's own money or staff after "med" / "with" is no grant
    assert _granted("Projektet finansieras av välfärdsområdet med egna medel, totalt 200 000 euro.") == []
    assert _granted("The project is funded by the county with its own funds, EUR 200,000 in all.") == []
