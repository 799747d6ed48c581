"""A legend of bars that spells the full bar by its marks (issue 13, stop 44).

"★★★ = suunnitelman mukaan, ★★☆ = lievä poikkeama", "●●● = etenee suunnitellusti, ●●○ = …", "▰▰▰▰▰ = …":
``lightscales.spelt`` prints a bar with empty marks as its score ("★★☆" is "2/3") but left the full bar as
marks, so the legend explained only deviations and nothing was read (test24 r03, test32 od04, test33 id08;
tuning documents u1280, u1282, u1283). A full bar beside bars of its length is now their top score ("3/3").

The negative side: a legend of a goal's dots that explains no light value ("●●●●● = målet nåddes helt,
○○○○○ = inte alls") gives no legend.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.md") -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_a_legend_of_bars_keeps_its_full_bar() -> None:
    stars = document_legend(
        ["Tähdet: ★★★ = suunnitelman mukaan, ★★☆ = lievä poikkeama, ★☆☆ = vakava poikkeama."]
    )
    assert stars == {"3": "on-plan", "2": "deviation", "1": "deviation", "★★★": "on-plan"}
    squares = document_legend(["Palkki: ■■■■ = kaikki kunnossa, ■■■□ = pientä viivettä, ■■□□ = selvä ongelma."])
    assert squares == {"4": "on-plan", "3": "deviation", "2": "deviation", "■■■■": "on-plan"}


def test_dots_of_a_goal_are_no_legend_of_lights() -> None:
    assert (
        document_legend(["Bedömningen gjordes med prickar: ●●●●● = målet nåddes helt, ○○○○○ = inte alls."])
        == {}
    )


def test_a_bar_rated_row_by_row() -> None:
    text = (
        "TILANNERAPORTTI 1/2025\n\nHanke\tOmaishoidon tuki Savossa\nHyvinvointialue\tEtelä-Savon hyvinvointialue\n\n"
        "TILANNEARVIO\n\nArvio: ■■■■ = kaikki kunnossa, ■■■□ = pientä viivettä, ■■□□ = selvä ongelma.\n\n"
        "Aikataulu\t■■■□\nKustannukset\t■■■■\nHenkilöstö\t■■□□\n"
    )
    assert _lights(text, "raportti.txt") == {
        "Omaishoidon tuki Savossa": {"schedule": "deviation", "costs": "on-plan", "staff": "deviation"}
    }


def test_stars_in_columns_keyed_by_part() -> None:
    text = (
        "# Status report: Kymenlaakso Mobile Dental Care\n\nWellbeing services county of Kymenlaakso.\n\n"
        "- Stream 1: School visits (ST1)\n- Stream 2: Care home visits (ST2)\n\n## Ratings\n\n"
        "Stars: ★★★ = on track, ★★☆ = minor deviation, ★☆☆ = off track.\n\n"
        "| Area | ST1 | ST2 |\n|---|---|---|\n| Schedule | ★★★ | ★☆☆ |\n| Budget | ★★★ | ★★★ |\n"
        "| Risks | ★★☆ | ★★★ |\n"
    )
    lights = _lights(text)
    assert {name.rpartition(": ")[2]: value for name, value in lights.items()} == {
        "School visits": {"schedule": "on-plan", "costs": "on-plan", "risks": "deviation"},
        "Care home visits": {"schedule": "deviation", "costs": "on-plan", "risks": "on-plan"},
    }
