"""Traffic lights wherever a report puts them (invented reports).

The dimension and its value are read from a table row with the value in any short
cell, a header of dimensions over a row of values, a colon line, a symbol before the
dimension, a list on one line, and a paragraph that rates several dimensions in prose.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("🟢 Vihreä", "on-plan"),
        ("🔴", "deviation"),
        ("keltainen – hankinta viivästyi", "deviation"),
        ("toteutui suunnitellusti", "on-plan"),
        ("Röd", "deviation"),
        ("etenee suunnitellusti", "on-plan"),
        ("45 %", "45%"),
        ("Hankinnan kilpailutus valmistui maaliskuussa.", None),
    ],
)
def test_a_value_as_a_cell_or_a_tail_prints_it(text: str, value: str | None) -> None:
    assert lighttext.value_of(text) == value


def test_a_row_takes_its_value_from_any_short_cell() -> None:
    assert lighttext.row_lights(["Tuotosten laatu", "Palaute oli hyvää.", "Vihreä"]) == [
        ("output-quality", "on-plan")
    ]
    assert lighttext.row_lights(["🟡 Henkilöstö", "Yksi tehtävä auki"]) == [("staff", "deviation")]
    assert lighttext.row_lights(["Palvelujen osto", "100 000", "90 000"]) == []


def test_a_header_of_dimensions_over_a_row_of_values() -> None:
    header = ["Aikataulu", "Kustannukset", "Laajuus", "Riskit"]
    assert lighttext.column_lights(header, ["vihreä", "keltainen", "vihreä", "punainen"]) == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("output-scope", "on-plan"),
        ("risks", "deviation"),
    ]
    assert lighttext.column_lights(["Kustannuslaji", "Budjetti", "Toteuma"], ["Ostot", "100", "90"]) == []


@pytest.mark.parametrize(
    ("line", "lights"),
    [
        ("Aikataulu: keltainen – järjestelmän käyttöönotto siirtyi.", [("schedule", "deviation")]),
        ("🟢 Riskit – ei uusia riskejä", [("risks", "on-plan")]),
        ("Hankkeen edistyminen: 45 %", [("progress", "45%")]),
        (
            "Liikennevalot: aikataulu vihreä, kustannukset keltainen, riskit punainen.",
            [("schedule", "on-plan"), ("costs", "deviation"), ("risks", "deviation")],
        ),
        ("Tidsplan: grön", [("schedule", "on-plan")]),
        ("Hanke: Kotona Kainuussa", []),
        ("Aikataulu: kevät 2024", []),
    ],
)
def test_a_line_ties_a_dimension_to_a_value(line: str, lights: list[tuple[str, str]]) -> None:
    assert lighttext.line_lights(line) == lights


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_lights_in_a_report_laid_out_in_colon_lines_and_a_table() -> None:
    report = (
        "Tilanneraportti 2/2024\nHankkeen nimi: Valohanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Aikataulu: keltainen – muutto uusiin tiloihin siirtyi.\nKustannukset: vihreä\n\n"
        "| Osa-alue | Tila | Perustelu |\n|---|---|---|\n| Henkilöstö | 🟢 Vihreä | Tehtävät täytetty. |\n"
        "| Riskit | 🔴 Punainen | Toimittaja vaihtuu. |\n\nEdistyminen: 60 %\n"
    )
    assert _lights(report) == {
        "schedule": "deviation",
        "costs": "on-plan",
        "staff": "on-plan",
        "risks": "deviation",
        "progress": Decimal(60),
    }


def test_lights_rated_in_prose_are_read_only_when_a_paragraph_rates_several() -> None:
    prose = (
        "Loppuraportti 2025\nHanke: Proosahanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Aikataulun osalta hanke eteni suunnitellusti. Kustannukset pysyivät budjetissa. "
        "Henkilöstötilanne oli keltainen, koska rekrytointi viivästyi.\n"
    )
    assert _lights(prose) == {"schedule": "on-plan", "costs": "on-plan", "staff": "deviation"}
    alone = "Loppuraportti 2025\nHanke: Proosahanke\nHallinnoija: Kainuun hyvinvointialue\n\nKustannukset pysyivät budjetissa.\n"
    assert _lights(alone) == {}


def test_a_form_with_one_option_ticked() -> None:
    assert lighttext.value_of("☐ Vihreä ☒ Keltainen ☐ Punainen") == "deviation"
    assert lighttext.value_of("[x] grön [ ] gul [ ] röd") == "on-plan"
    assert lighttext.value_of("☐ Vihreä ☐ Keltainen ☐ Punainen") is None


def test_a_symbol_before_the_dimension_and_a_dimension_over_its_value() -> None:
    assert lighttext.row_lights(["●", "Aikataulu", "keltainen"]) == [("schedule", "deviation")]
    assert lighttext.heading_light("Riskit", "🟢 Riskit ovat hallinnassa.") == ("risks", "on-plan")
    assert (
        lighttext.heading_light(
            "Riskit", "Kolme riskiä tunnistettiin keväällä ja niille nimettiin vastuuhenkilöt."
        )
        is None
    )


def test_a_risk_table_row_is_no_light() -> None:
    assert lighttext.row_lights(["Henkilöstö", "Rekrytoinnit voivat viivästyä syksyllä", "Suuri"]) == []
    assert (
        lighttext.heading_light(
            "Riskit", "Keskeisin riski on, että järjestelmätoimittajan aikataulu viivästyy."
        )
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "light"),
    [
        ("Kustannusten osalta hanke pysyi budjetissa.", ("costs", "on-plan")),
        ("Riskien hallinta onnistui suunnitellusti.", ("risks", "on-plan")),
        ("Hyötyjen toteutuminen viivästyi.", ("benefits", "deviation")),
        ("Aikataulu ei viivästynyt, mutta kustannukset ylittyivät suunnitellusti.", None),
        ("Hanke eteni suunnitellusti.", None),
    ],
)
def test_a_sentence_rates_the_dimension_it_starts_with(sentence: str, light: tuple[str, str] | None) -> None:
    assert lighttext.sentence_light(sentence) == light


def test_a_legend_says_what_a_symbol_means() -> None:
    body = "Aikataulu\t●\nKustannukset\t▲\nRiskit\t■\n\nSeuraava raportti syksyllä.\n"
    head = "Tilanneraportti 2024\nHankkeen nimi: Merkkihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
    legend = "Selite: ● vihreä, ▲ keltainen, ■ punainen\n\n"
    assert _lights(head + legend + body) == {"schedule": "on-plan", "costs": "deviation", "risks": "deviation"}
    assert _lights(head + body) == {}  # no legend: a dot is no value
