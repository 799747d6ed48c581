"""Light forms of stop 55 (L12): the place of a cross among a row of boxes (ingest/lightboxrows.py; test46 oq14;
tune u2220–u2222), a scale's grades listed with one explained (ingest/lightonly.py; test46 oq11; tune u2223–u2224)
and '<dimension> status' labels (ingest/lightdims.py; R19-2). Invented text."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.lightboxrows import place_rows
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightonly import only_legend
from hankegraafi.ingest.lightvalues import value_of

_ON, _DEV = "on-plan", "deviation"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # fi: tab rows, the key by ordinals at the end over two lines
        (
            [
                "Aikataulu\t[ ][x][ ]",
                "Hyödyt\t[x][ ][ ]",
                "",
                "Merkintä: rasti ensimmäisessä ruudussa = suunnitelman mukaan,",
                "toisessa ruudussa = lievä poikkeama, kolmannessa ruudussa = merkittävä poikkeama.",
            ],
            [("schedule", _DEV), ("benefits", _ON)],
        ),
        # en: radio buttons in a Markdown table's cell, the key by the row itself
        (
            ["| Costs | (x) ( ) ( ) |", "| Staffing | ( ) ( ) (x) |", "", "(x) ( ) ( ) = on track"],
            [("costs", _ON), ("staff", _DEV)],
        ),
        # sv: squares after a colon, only the first place explained (the others deviate); a PDF's row alone
        (
            ["Tidtabell: ☐☒☐", "Risker", "☒☐☐", "Kryss i första rutan betyder att området går enligt planen."],
            [("schedule", _DEV), ("risks", _ON)],
        ),
    ],
)
def test_the_place_of_the_cross_is_the_value(lines: list[str], expected: list[tuple[str, str]]) -> None:
    assert [pairs for _, _, pairs in place_rows(lines)] == [expected]


@pytest.mark.parametrize(
    "lines",
    [
        # no key of places; a key whose meanings rate nothing; two crosses in a row; things that are no dimensions
        ["Aikataulu\t[x][ ][ ]", "Kustannukset\t[ ][x][ ]"],
        ["Aikataulu\t[x][ ][ ]", "Kustannukset\t[ ][x][ ]", "ensimmäinen ruutu = kevät, toinen ruutu = syksy"],
        ["Aikataulu\t[x][x][ ]", "Kustannukset\t[x][ ][x]", "first box = on track, second box = delayed"],
        ["Kevät\t[x][ ][ ]", "Syksy\t[ ][x][ ]", "first box = on track, second box = delayed"],
    ],
)
def test_no_places_without_a_key_or_dimensions(lines: list[str]) -> None:
    assert place_rows(lines) == []


@pytest.mark.parametrize(
    "key",
    [
        ['Läget (skalan är lugnt / viss oro / stor oro; "lugnt" betyder att vi följer planen):'],
        ["Läget (skalan är lugnt, viss oro, stor oro; »lugnt« betyder att vi följer planen):"],  # commas (R20)
        ["Skala: lugnt / viss oro / stor oro", '"Lugnt" betyder att vi följer planen.'],  # the next line (R20)
    ],
)
def test_a_listed_grade_explained_is_the_only_one_on_plan(key: list[str]) -> None:
    lines = [*key, "  Tidtabell: lugnt", "  Kostnader: viss oro", "  Nytta: stor oro"]
    assert only_legend(lines, value_of) == {"lugnt": _ON, "viss oro": _DEV, "stor oro": _DEV}


@pytest.mark.parametrize(
    "lines",
    [
        # the explained grade means no plan; no scale listed with slashes; the grade in no row
        [
            'Palaute (asteikkona tyytyväinen / tyytymätön; "tyytyväinen" tarkoittaa, että vastaaja suosittelisi)',
            "- Aikataulu: tyytyväinen",
            "- Kustannukset: tyytymätön",
        ],
        ['"Lugnt" betyder att vi följer planen.', "Tidtabell: lugnt", "Kostnader: viss oro"],
        [
            "Skalan: grön / gul / röd; »grön« betyder att vi följer planen.",
            "Tidtabell: lugnt",
            "Kostnader: oro",
        ],
    ],
)
def test_no_listed_grade_key_without_its_scale_and_rows(lines: list[str]) -> None:
    assert only_legend(lines, value_of) == {}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Aikataulun tila", "schedule"),
        ("Henkilöstön tilanne", "staff"),
        ("Kostnadernas status", "costs"),
        ("Budget rating", "costs"),
        ("Hankkeen tila", None),
        ("Projektin tilanne", None),
        ("Overall status", None),
    ],
)
def test_a_dimension_before_a_noun_of_its_state(label: str, expected: str | None) -> None:
    assert dimension_of(label) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # other crosses: "[×]", "[v]", "[*]" (R20)
        (
            ["Aikataulu\t[ ][×][ ]", "Kustannukset\t[v][ ][ ]", "first box = on track"],
            [("schedule", _DEV), ("costs", _ON)],
        ),
        # the key of places as a legend table's rows (R20)
        (
            [
                "| Aikataulu | [*][ ][ ] |",
                "| Riskit | [ ][ ][*] |",
                "",
                "| Merkintä | Selite |",
                "|---|---|",
                "| [x][ ][ ] | suunnitelman mukaan |",
                "| [ ][x][ ] | lievä poikkeama |",
            ],
            [("schedule", _ON), ("risks", _DEV)],
        ),
    ],
)
def test_other_crosses_and_a_legend_table_of_places(lines: list[str], expected: list[tuple[str, str]]) -> None:
    assert [pairs for _, _, pairs in place_rows(lines)] == [expected]


def test_ordinals_that_name_no_box_are_no_key() -> None:
    lines = [
        "Aikataulu\t[x][ ][ ]",
        "Kustannukset\t[ ][x][ ]",
        "Ensimmäinen vaihe: viivästyy. Toinen vaihe: suunnitelman mukaan.",
    ]
    assert place_rows(lines) == []
