"""A percentage legend that says "counts as" where others say "=" or "is": "80 % or more counts as on track,
anything below 80 % as a deviation" (test31 ic13), "85 % or more counts as on track" (test38 oi09), "80 % eller
mer räknas som enligt plan" (``lightthresholds._IS``). Invented here in other areas and words (tune u1463,
u1464); the negative says "counts as" of no light (tune u1465)."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightthresholds import threshold_pairs
from hankegraafi.ingest.readers import read_bytes


def test_counts_as_gives_the_threshold_and_below_as_the_other_side() -> None:
    line = "A score of 70 % or more counts as on plan; anything under 70 % as a deviation."
    assert threshold_pairs(line) == [(">=70", "on plan"), ("<70", "deviation")]
    assert threshold_pairs("Minst 60 % räknas som enligt plan.", least=1) == [(">=60", "enligt plan")]


def test_a_percentage_table_under_a_counts_as_legend_is_rated() -> None:
    text = """# Status note, spring 2025

**Project:** Evening Home Care in Satakunta
**Wellbeing services county:** Satakunta wellbeing services county

Each figure is the share of the planned work done; 70 % or more counts as on plan.

| Area | Done |
|---|---|
| Schedule | 75 % |
| Staffing | 55 % |
"""
    x = extract(read_bytes(text.encode(), file_name="note.md", max_bytes=100_000))
    lights = {(light.dimension, light.value) for p in x.projects for light in p.lights}
    assert lights == {("schedule", "on-plan"), ("staff", "deviation")}


def test_counts_as_of_no_light_rates_nothing() -> None:
    text = """# Finance note

**Project:** Evening Home Care in Satakunta
**Wellbeing services county:** Satakunta wellbeing services county

A use of 90 % or more counts as full use of the grant.

| Cost type | Budget | Actual | Used % |
|---|---:|---:|---:|
| Staff costs | 100 000 | 95 000 | 95 |
| Total | 100 000 | 95 000 | 95 |
"""
    x = extract(read_bytes(text.encode(), file_name="note.md", max_bytes=100_000))
    assert [light for p in x.projects for light in p.lights] == []
