"""A cost table with a group of columns per part ("Osa 1 myönnetty | Osa 1 toteutunut | Osa 2 myönnetty | …",
"Pathway 1 budget | Pathway 1 actual | Pathway 2 budget | …"), issue 13, stop 44.

Each group was read as a statement of its own and filed under the whole project (test31 ic51, test30 oc04;
tuning documents u1285, u1286). ``facts.costgroups`` files each group's statement under the part its heads
name; groups of years or periods ("2024 budjetti | 2024 toteuma | 2025 …") stay the whole's.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_REPORT = """\
# Lägesrapport 1/2025: Trygg vård hemma i Österbotten

**Välfärdsområde:** Välfärdsområdet Österbotten

Projektet har två delområden:

- Delområde 1: Hemsjukvård på kvällar
- Delområde 2: Stöd till närståendevårdare

## Kostnader år 2025 (euro)

| Kostnadsslag | {a} budget | {a} utfall | {b} budget | {b} utfall |
|---|---:|---:|---:|---:|
| Personalkostnader | 210 000 | 98 400 | 120 000 | 61 300 |
| Totalt | 222 000 | 105 550 | 124 000 | 63 200 |
"""


def _totals(text: str) -> dict[str, list[tuple[str, str | None, dict[str, Decimal]]]]:
    x = extract(read_bytes(text.encode(), file_name="rapport.md", max_bytes=100_000))
    return {
        p.name.rpartition(": ")[2]: [
            (s.kind, s.year, dict(line.values)) for s in p.costs for line in s.lines if line.category == "total"
        ]
        for p in x.projects
        if p.costs
    }


def test_each_group_of_columns_is_its_parts() -> None:
    assert _totals(_REPORT.format(a="Delområde 1", b="Delområde 2")) == {
        "Hemsjukvård på kvällar": [("annual", "2025", {"budget": Decimal(222000), "actual": Decimal(105550)})],
        "Stöd till närståendevårdare": [
            ("annual", "2025", {"budget": Decimal(124000), "actual": Decimal(63200)})
        ],
    }


def test_groups_of_years_stay_the_whole_projects() -> None:
    totals = _totals(_REPORT.format(a="2024", b="2025").replace("Kostnader år 2025", "Kostnader"))
    assert list(totals) == ["Trygg vård hemma i Österbotten"]
    assert len(totals["Trygg vård hemma i Österbotten"]) == 2
