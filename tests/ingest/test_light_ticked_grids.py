"""A grid of dimensions against the verdicts of the scale, a mark in the cell that applies (issue 13, stop 40,
L12; test28 ob02; tune u1000-u1002). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightticks import caption, ticked_rows
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_the_column_a_row_marks_is_its_value() -> None:
    lines = [
        "| Alue | Hyvässä jamassa | Poikkeama |",
        "|---|:---:|:---:|",
        "| Aikataulu | ✓ | |",
        "| Henkilöstö | | ✓ |",
        "| Hyödyt | ✓ | |",
    ]
    assert ticked_rows(lines) == [
        (3, "schedule", "on-plan"),
        (4, "staff", "deviation"),
        (5, "benefits", "on-plan"),
    ]


def test_a_verdict_the_vocabulary_lacks_is_given_by_its_place_on_the_scale() -> None:
    # "I ordning" is no word of the vocabulary: first over a deviation, it is the scale's on-plan end.
    lines = ["Område\tI ordning\tAvvikelse", "Tidtabell\tX", "Kostnader\t\tX"]
    assert ticked_rows(lines) == [(2, "schedule", "on-plan"), (3, "costs", "deviation")]


def test_the_grid_transposed_verdicts_as_rows() -> None:
    lines = [
        "Status\tSchedule\tCosts\tStaffing",
        "On track\t✓\t✓\t",
        "Needs attention\t\t\t✓",
    ]
    assert ticked_rows(lines) == [
        (2, "schedule", "on-plan"),
        (2, "costs", "on-plan"),
        (3, "staff", "deviation"),
    ]


def test_grids_of_marks_that_rate_nothing() -> None:
    # Heads that are no verdicts: places a service is given, a risk's likelihood.
    assert ticked_rows(["Tjänst\tKarleby\tKannus", "Tidtabell\tX\tX", "Personal\tX\t"]) == []
    assert (
        ticked_rows(["Osa-alue\tPieni\tKohtalainen\tSuuri", "Henkilöstö\t\tx\t", "Kustannukset\tx\t\t"]) == []
    )
    # A survey's agreement grid: its rows are statements, no dimensions.
    assert (
        ticked_rows(["Väittämä\tSamaa mieltä\tEri mieltä", "Henkilökunta oli ystävällistä\tx\t", "X\tx\t"])
        == []
    )
    # A dimension marked twice or not at all rates nothing; one dimension alone is no grid of ratings.
    assert (
        ticked_rows(["Alue\tKunnossa\tVaatii työtä", "Aikataulu\tx\t", "Kustannukset\tx\tx", "Riskit\t\t"])
        == []
    )


def test_a_page_rates_by_its_grid_under_its_project() -> None:
    page = "\n".join(
        [
            "# Kotikuntoutus Kainuussa",
            "",
            "Kainuun hyvinvointialueen Kotikuntoutus Kainuussa -hanke (1.1.2024–31.12.2025) tuo fysioterapeutin"
            " kotiin Kajaanissa ja Sotkamossa.",
            "",
            "## Itsearvio 3/2025",
            "",
            "| Osa-alue | Kunnossa | Vaatii työtä |",
            "|---|:---:|:---:|",
            "| Aikataulu | ● | |",
            "| Kustannukset | | ● |",
            "| Henkilöstö | ● | |",
        ]
    )
    lights = _lights(page, "kotikuntoutus.md")  # the project's name is the names family's ("… -hanke" or not)
    assert list(lights.values()) == [{"schedule": "on-plan", "costs": "deviation", "staff": "on-plan"}]


def test_a_key_that_names_the_one_verdict_on_plan_makes_the_others_deviations() -> None:
    lines = [
        "Styrgruppen bedömer på skalan Utmärkt – Bra – Godtagbart. Endast »Utmärkt« betyder att området följer planen.",
        "Område\tUtmärkt\tBra\tGodtagbart",
        "Tidtabell\t▪",
        "Kostnader\t\t▪",
    ]
    assert ticked_rows(lines) == [(3, "schedule", "on-plan"), (4, "costs", "deviation")]


def test_a_header_with_no_corner_over_verdict_rows() -> None:
    lines = [
        "(one x per column; only Fine means as planned)",
        "          Schedule\tCosts\tStaff",
        "Fine\tx\t\tx",
        "Some worries\t\tx",
        "",
        "          Schedule\tCosts\tStaff",
        "Anna K.\tx\t\tx",
        "Mikko P.\t\tx",
    ]
    assert ticked_rows(lines) == [
        (3, "schedule", "on-plan"),
        (4, "costs", "deviation"),
        (3, "staff", "on-plan"),
    ]


def test_the_caption_over_a_grid() -> None:
    lines = ["Osahanke 2: Iltaryhmät", "Osa-alue\tKunnossa\tVaatii työtä", "Aikataulu\tx", "Riskit\t\tx"]
    assert caption(lines, 4) == "Osahanke 2: Iltaryhmät"
    assert caption(["Otsikko", "", "A\tB", "C\tD"], 4) == "Otsikko"
