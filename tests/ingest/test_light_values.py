"""Traffic lights as the templates of 2022–2025 print them (invented reports).

A symbol and words, a colour word (fi/sv/en), a percentage in words, and a value
a PDF broke over two lines are all read; "Ei poikkeamaa" is on plan.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import light_value
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("● Suunniteltu", "on-plan"),
        ("⚠ Poikkeama, vaatii seurantaa", "deviation"),
        ("Ei poikkeamaa", "on-plan"),
        ("Vihreä", "on-plan"),
        ("Keltainen", "deviation"),
        ("Grön", "on-plan"),
        ("Myöhässä", "deviation"),
        ("70 prosenttia", "70%"),
        ("55 %", "55%"),
        ("Henkilöstön saatavuus on heikko ja rekrytoinnit ovat viivästyneet koko kevään ajan Kainuussa.", None),
    ],
)
def test_light_value_forms(text: str, value: str | None) -> None:
    assert light_value(text) == value


REPORT = """Tilanneraportti 2024
Hanke: Testihanke Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue

Liikennevalot
Edistyminen\t40 %
Aikataulu\t● Poik-
keama, vaatii seurantaa
Kustannukset\t● Suunnitel-
tu
Henkilöstö\t● Poikkeama, vaatii
seurantaa
Riskit\tVihreä
Hyödyt\tKeltainen
"""


def test_values_broken_over_two_lines() -> None:
    x = extract(read_bytes(REPORT.encode(), file_name="tilanneraportti.txt", max_bytes=10_000))
    (project,) = x.projects
    got = {light.dimension: light.value or light.percent for light in project.lights}
    assert got == {
        "progress": Decimal(40),
        "schedule": "deviation",
        "costs": "on-plan",
        "staff": "deviation",
        "risks": "on-plan",
        "benefits": "deviation",
    }
