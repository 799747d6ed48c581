"""Lights in a matrix of parts (issue 13, stop 44; test_light_full_bars.py has the bar legends).

A matrix whose columns name the parts by name alone, by a key or by their word and number
  ("Osa-alue | Vauvaperheiden kotikäynnit | Eroperheiden tuki", "Osa-alue | TP1 | TP2"), the parts often
  listed in a field the parts family reads only at the end (test33 id08 id34, test32 od04; tuning
documents u1281, u1282). ``facts.lightmatrix`` files each column under its part, after the parts family.

The negative side: columns that are reporting periods ("3/2024 | 6/2024") give the whole project the latest
period's lights (u1283).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.md") -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


_MATRIX = """\
# Väliraportti 2/2024: Ikäihmisten liikkumisen tuki

**Hyvinvointialue:** Pohjois-Pohjanmaan hyvinvointialue
**Palvelupolut:** Palvelupolku 1: Kotikuntoutus; Palvelupolku 2: Liikuntaneuvonta

## Arvio

Värit: vihreä = suunnitelman mukaan, keltainen = poikkeama.

| Arvioitava asia | {first} | {second} |
|---|---|---|
| Aikataulu | vihreä | keltainen |
| Kustannukset | keltainen | vihreä |
"""


def test_columns_that_name_the_parts_listed_in_a_field() -> None:
    lights = _lights(_MATRIX.format(first="Kotikuntoutus", second="Liikuntaneuvonta"))
    assert {name.rpartition(": ")[2]: value for name, value in lights.items()} == {
        "Kotikuntoutus": {"schedule": "on-plan", "costs": "deviation"},
        "Liikuntaneuvonta": {"schedule": "deviation", "costs": "on-plan"},
    }


def test_columns_of_periods_rate_the_whole_project() -> None:
    lights = _lights(_MATRIX.format(first="3/2024", second="6/2024"))
    assert list(lights.values()) == [{"schedule": "deviation", "costs": "on-plan"}]
    assert "Ikäihmisten liikkumisen tuki" in lights


def test_columns_by_a_key_the_text_gives_each_part() -> None:
    text = (
        "# Status report: Kymenlaakso Mobile Dental Care\n\nWellbeing services county of Kymenlaakso.\n\n"
        "- Stream 1: School visits (ST1)\n- Stream 2: Care home visits (ST2)\n\n## Ratings\n\n"
        "Colours: green = on track, amber = minor deviation, red = off track.\n\n"
        "| Area | ST1 | ST2 |\n|---|---|---|\n| Schedule | green | red |\n| Budget | green | green |\n"
        "| Risks | amber | green |\n"
    )
    lights = _lights(text)
    assert {name.rpartition(": ")[2]: value for name, value in lights.items()} == {
        "School visits": {"schedule": "on-plan", "costs": "on-plan", "risks": "deviation"},
        "Care home visits": {"schedule": "deviation", "costs": "on-plan", "risks": "on-plan"},
    }
