"""A cost table whose rows parts key files each row's figures under its part (invented text; facts/partcells):
a block per part headed by the part in the corner cell, the part's key before each row's label, the part's
key in a column of its own. A block headed by no part (the whole's shared costs), a column of phases that
numbers like the parts, and a table of parts with figures per part stay where they were."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_PARTS = (
    "Hankkeen nimi: Kotona turvallisesti Kainuussa\n"
    "Kainuun hyvinvointialue. Sosiaali- ja terveysministeriö myönsi hankkeelle 900 000 euroa.\n\n"
    "Hanke toteutetaan kahtena osahankkeena:\n\n"
    "  Osahanke 1: Yöhoito\n"
    "  Osahanke 2: Etäkäynnit\n\n"
)


def _costs(text: str) -> dict[str, list[tuple[str, Decimal]]]:
    """Each project's cost lines: (label, first value), in the order read."""
    projects = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000)).projects
    return {
        p.name: [
            (line.raw_label, next(iter(line.values.values())))
            for s in p.costs
            if s.kind != "granted"
            for line in s.lines
        ]
        for p in projects
        if any(s.kind != "granted" for s in p.costs)
    }


def test_a_block_per_part_headed_in_the_corner_cell() -> None:
    text = _PARTS + (
        "Kustannukset hankkeen alusta 30.9.2024 saakka (euroa):\n\n"
        "  Osahanke 1 Yöhoito\tBudjetti\tToteutunut\n"
        "  Henkilöstökulut\t300 000\t120 000\n"
        "  Yhteensä\t300 000\t120 000\n"
        "  Osahanke 2 Etäkäynnit\tBudjetti\tToteutunut\n"
        "  Ohjelmistot\t80 000\t41 000\n"
        "  Yhteensä\t80 000\t41 000\n\n"
        "Raportti hyväksyttiin.\n"
    )
    costs = _costs(text)
    assert costs["Osahanke 1: Yöhoito"] == [("Henkilöstökulut", Decimal(300000)), ("Yhteensä", Decimal(300000))]
    assert costs["Osahanke 2: Etäkäynnit"] == [("Ohjelmistot", Decimal(80000)), ("Yhteensä", Decimal(80000))]


def test_a_block_headed_by_no_part_is_the_wholes() -> None:
    text = _PARTS + (
        "Kustannukset hankkeen alusta 30.9.2024 saakka (euroa):\n\n"
        "  Osahanke 1 Yöhoito\tBudjetti\tToteutunut\n"
        "  Henkilöstökulut\t300 000\t120 000\n"
        "  Osahanke 2 Etäkäynnit\tBudjetti\tToteutunut\n"
        "  Ohjelmistot\t80 000\t41 000\n"
        "  Yhteiset kulut\tBudjetti\tToteutunut\n"
        "  Viestintäpalvelut\t20 000\t5 000\n"
        "  Kaikki yhteensä\t400 000\t166 000\n\n"
        "Raportti hyväksyttiin.\n"
    )
    costs = _costs(text)
    assert costs["Osahanke 1: Yöhoito"] == [("Henkilöstökulut", Decimal(300000))]
    assert costs["Osahanke 2: Etäkäynnit"] == [("Ohjelmistot", Decimal(80000))]
    whole = next(labels for name, labels in costs.items() if name.startswith("Kotona"))
    assert whole == [("Viestintäpalvelut", Decimal(20000)), ("Kaikki yhteensä", Decimal(400000))]


def test_the_parts_key_before_each_rows_label() -> None:
    text = _PARTS.replace("kahtena osahankkeena", "kahtena investointina").replace(
        "Osahanke", "Investointi"
    ) + (
        "Kustannukset 1.1.–30.9.2024 (euroa):\n\n"
        "  Kustannuslaji\tBudjetti 2024\tToteuma 1–9/2024\n"
        "  Inv. 1 Henkilöstökulut\t300 000\t120 000\n"
        "  Inv. 2 Ohjelmistot\t80 000\t41 000\n"
        "  Yhteensä\t380 000\t161 000\n\n"
        "Raportti hyväksyttiin.\n"
    )
    costs = _costs(text)
    assert costs["Investointi 1: Yöhoito"] == [("Inv. 1 Henkilöstökulut", Decimal(300000))]
    assert costs["Investointi 2: Etäkäynnit"] == [("Inv. 2 Ohjelmistot", Decimal(80000))]
    whole = next(labels for name, labels in costs.items() if name.startswith("Kotona"))
    assert whole == [("Yhteensä", Decimal(380000))]


def test_the_parts_key_in_a_column_of_its_own() -> None:
    text = (
        "# Remote Care North\n\nThe project has two workstreams:\n\n"
        "- Workstream A: Night visits\n- Workstream B: Video calls\n\n"
        "The Ministry of Social Affairs and Health granted EUR 400,000.\n\n## Costs to date (EUR)\n\n"
        "| Workstream | Cost type | Budget | Spent |\n|---|---|---:|---:|\n"
        "| A | Staff costs | 200,000 | 90,000 |\n| A | Total | 200,000 | 90,000 |\n"
        "| B | Software | 50,000 | 20,000 |\n| B | Total | 50,000 | 20,000 |\n"
    )
    projects = extract(read_bytes(text.encode(), file_name="report.md", max_bytes=100_000)).projects
    costs = {
        p.name: [line.raw_label for s in p.costs if s.kind != "granted" for line in s.lines] for p in projects
    }
    assert costs["Night visits"] == ["Staff costs", "Total"]
    assert costs["Video calls"] == ["Software", "Total"]


def test_a_column_of_phases_keys_no_part() -> None:
    text = _PARTS.replace("Osahanke 1:", "Osahanke I:").replace("Osahanke 2:", "Osahanke II:") + (
        "Kustannukset vaiheittain (euroa):\n\n"
        "  Toteutusvaihe\tOsahanke\tKustannuslaji\tBudjetti\tToteutunut\n"
        "  I\tKaikki\tHenkilöstökulut\t300 000\t120 000\n"
        "  II\tKaikki\tOhjelmistot\t80 000\t41 000\n\n"
        "Raportti hyväksyttiin.\n"
    )
    parts = [
        p for p in extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000)).projects if p.parent
    ]
    assert parts and all(not [s for s in p.costs if s.kind != "granted"] for p in parts)


def test_a_part_beside_a_dash_or_words_heads_no_block() -> None:
    """R13's early note: "Osahanke 3 | – | –" or "Osahanke 3 (ei alkanut) | – | –" among the rows is a row of
    that part, not a block's head: the rows after it and the whole's total stay where they were."""
    text = _PARTS.replace(
        "  Osahanke 2: Etäkäynnit\n", "  Osahanke 2: Etäkäynnit\n  Osahanke 3: Kotisairaala\n"
    ) + (
        "Kustannukset hankkeen alusta 30.9.2024 saakka (euroa):\n\n"
        "  Kustannuslaji\tBudjetti\tToteutunut\n"
        "  Henkilöstökulut\t300 000\t120 000\n"
        "  Osahanke 3 (ei alkanut)\t–\t–\n"
        "  Matkakulut\t20 000\t5 000\n"
        "  Yhteensä\t320 000\t125 000\n\n"
        "Raportti hyväksyttiin.\n"
    )
    costs = _costs(text)
    assert not any(name.startswith("Osahanke 3") for name in costs)
    whole = next(labels for name, labels in costs.items() if name.startswith("Kotona"))
    assert [label for label, _ in whole] == ["Henkilöstökulut", "Matkakulut", "Yhteensä"]
