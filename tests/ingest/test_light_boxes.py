"""Check boxes that rate dimensions by a key (ingest/lightboxes.py; stop 54, L11; test45 op11; tune u2140–u2142).
Invented text."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.lightboxes import box_lists

_ON, _DEV = "on-plan", "deviation"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # fi: the key in the heading's brackets, a word for each side; the box before the dimension
        (
            ["TILANNE (rasti = suunnitelman mukaan, tyhjä = poikkeama)", "[x] Aikataulu", "[ ] Henkilöstö"],
            [("schedule", _ON), ("staff", _DEV)],
        ),
        # sv: the key names the tick a deviation, one side only; the box after the dimension
        (
            ["Förklaring: kryss = avvikelse från planen.", "", "Tidtabell   [ ]", "Kostnader   [X]"],
            [("schedule", _ON), ("costs", _DEV)],
        ),
        # en: a Markdown task list, the key below, in the boxes' own symbols
        (
            ["- ☑ Schedule", "- ☐ Costs", "", "☑ = on track, ☐ = off track"],
            [("schedule", _ON), ("costs", _DEV)],
        ),
    ],
)
def test_boxes_rate_their_dimensions_by_the_key(lines: list[str], expected: list[tuple[str, str]]) -> None:
    assert [pairs for _, _, pairs in box_lists(lines)] == [expected]


@pytest.mark.parametrize(
    "lines",
    [
        # a to-do list: no key, or a key that rates nothing, or tasks that are no dimensions
        ["[x] Aikataulu", "[ ] Kustannukset"],
        ["Rasti = käsitelty kokouksessa.", "[x] Aikataulu", "[ ] Kustannukset"],
        [
            "rasti = tehty, tyhjä = kesken",
            "[x] Aikataulu esitelty valtuustolle",
            "[ ] Kustannusarvio päivitetty",
        ],
        # one dimension only, or one twice
        ["rasti = suunnitelman mukaan", "[x] Aikataulu"],
        ["rasti = suunnitelman mukaan", "[x] Aikataulu", "[ ] Aikataulu"],
    ],
)
def test_no_boxes_rate_without_a_key_or_dimensions(lines: list[str]) -> None:
    assert box_lists(lines) == []
