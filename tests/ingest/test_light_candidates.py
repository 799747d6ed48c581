"""A rating of any scale wherever a rating stands becomes a light (stop 34, issue 13; invented reports).

``ingest/lightsweep.candidates`` finds every value of a scale the document defines (a legend of codes or
marks, scores, thresholds) or the vocabulary knows (colour and rating words fi/sv/en) in a table cell or
after a label, with the dimension its row, column or label names; ``facts/lights`` makes a light of each
that no reader took. Legends, cost columns and a risk's likelihood rate nothing.
"""

from __future__ import annotations

from hankegraafi.ingest import lightsweep, lightvalues
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightthresholds import threshold_pairs
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_a_legend_of_dotted_codes_explains_its_cells() -> None:
    meant = lightvalues.document_legend(["Lyhenteet: k.o. = kunnossa, h.m. = hieman myöhässä"])
    assert meant == {"k.o": "on-plan", "h.m": "deviation"}


def test_grades_joined_by_or_share_their_meaning() -> None:
    pairs = lightvalues.legend_pairs("0 tai 1 = poikkeama suunnitelmasta, 2 = suunnitelman mukaan")
    assert [mark for mark, _ in pairs] == ["0", "1", "2"]
    assert lightvalues.document_legend(["4 eller 5 = enligt plan, 1–3 = avvikelse"])["4"] == "on-plan"


def test_a_threshold_may_put_its_comparison_after_the_number() -> None:
    assert threshold_pairs("75 % tai enemmän = vihreä, alle 75 % = keltainen") == [
        (">=75", "vihreä"),
        ("<75", "keltainen"),
    ]
    assert threshold_pairs("85 procent eller mer = enligt plan, under 85 procent = avvikelse") == [
        (">=85", "enligt plan"),
        ("<85", "avvikelse"),
    ]


def test_a_legends_unknown_best_grade_is_on_plan_by_its_place() -> None:
    assert lightvalues.document_legend(["Merkit: (+) rullaa, (!) jäljessä"]) == {
        "(+)": "on-plan",
        "(!)": "deviation",
    }
    assert lightvalues.document_legend(["(+) flyter på, (-) försenat"])["(-)"] == "deviation"


def test_candidates_take_their_dimension_from_the_column_and_their_unit_from_the_row() -> None:
    lines = [
        "Lyhenteet: k.o. = kunnossa, h.m. = hieman myöhässä",
        "",
        "Osahanke\tAikataulu\tHenkilöstö",
        "Osahanke 1: Perhekeskus\tk.o.\th.m.",
    ]
    found = {(c.cell, c.value, c.dimension, c.row) for c in lightsweep.candidates(lines)}
    assert found == {
        (1, "on-plan", "schedule", "Osahanke 1: Perhekeskus"),
        (2, "deviation", "staff", "Osahanke 1: Perhekeskus"),
    }


def test_risk_weights_cost_columns_and_legends_are_no_candidates() -> None:
    lines = [
        "Riski\tTodennäköisyys\tVaikutus",
        "Henkilöstö\tkriittinen\tkriittinen",
        "",
        "Kustannukset\tBudjetti\tToteuma\tPoikkeama",
        "Henkilöstö\t100 000\t90 000\t10 000",
        "",
        "Vihreä = suunnitelman mukaan, punainen = poikkeama",
    ]
    assert lightsweep.candidates(lines) == []


def test_a_label_and_a_rating_phrase_is_a_candidate() -> None:
    found = lightsweep.candidates(["Tidsplan — som avtalat", "Personal — otillräcklig under hösten"])
    assert [(c.dimension, c.value) for c in found] == [("schedule", "on-plan"), ("staff", "deviation")]


MATRIX = """Tilanneraportti 3/2024
Hanke: Saariston etähoiva
Hyvinvointialue: Varsinais-Suomen hyvinvointialue

Osahankkeet
Osahanke 1: Etäkotihoito
Osahanke 2: Lauttaliikenteen terveyspiste

Tilannearvio osahankkeittain
Lyhenteet: k.o. = kunnossa, h.m. = hieman myöhässä

Osahanke\tAikataulu\tHenkilöstö
Osahanke 1: Etäkotihoito\tk.o.\th.m.
Osahanke 2: Lauttaliikenteen terveyspiste\th.m.\tk.o.
"""


def test_a_matrix_of_parts_rated_in_codes_gives_each_part_its_lights() -> None:
    lights = _lights(MATRIX)
    assert lights["Osahanke 1: Etäkotihoito"] == {"schedule": "on-plan", "staff": "deviation"}
    assert lights["Osahanke 2: Lauttaliikenteen terveyspiste"] == {"schedule": "deviation", "staff": "on-plan"}


HEADED = """# Tilanneraportti 2/2024

**Hanke:** Järvialueen kotikuntoutus
**Hyvinvointialue:** Etelä-Savon hyvinvointialue

## Investoinnit

- Investointi 1: Kuntoutus kotiin
- Investointi 2: Etäfysioterapia

## Investoinnin 2 tilanne

| Osa-alue | Arvio |
|---|---|
| Aikataulu | myöhässä |
| Kustannukset | kunnossa |
"""


def test_a_heading_that_names_a_part_in_any_case_gives_the_lights_under_it_to_that_part() -> None:
    lights = _lights(HEADED, "raportti.md")
    assert lights == {"Investointi 2: Etäfysioterapia": {"schedule": "deviation", "costs": "on-plan"}}


CARDS = """<html><body><h1>Tilanneraportti 1/2025</h1><p>Hanke: Kotisairaalan yöpäivystys</p>
<p>Hyvinvointialue: Kainuun hyvinvointialue</p>
<h2>Tilanne</h2>
<dl><div style="background-color:#2e7d32"><dt>Aikataulu</dt><dd>Yövuorot alkoivat.</dd></div>
<div class="tila tila--punainen"><dt>Kustannukset</dt><dd>Autojen vuokrat nousivat.</dd></div></dl>
</body></html>"""


def test_a_card_of_a_term_and_its_description_takes_its_colour_as_the_value() -> None:
    lights = _lights(CARDS, "sivu.html")
    assert list(lights.values()) == [{"schedule": "on-plan", "costs": "deviation"}]


def test_a_cells_own_label_word_and_a_forms_brackets_are_not_the_value() -> None:
    assert lightsweep.rating_value("tilanne: tyydyttävä") == "deviation"
    assert lightsweep.rating_value("[valinta: suunnitelman mukainen]") == "on-plan"
    assert lightsweep.rating_value("Rekrytointi voi viivästyä") is None  # an event, not a rating


def test_a_descending_range_and_a_threshold_beside_grades_make_one_scale() -> None:
    meant = lightvalues.document_legend(["Asteikko: 10–8 = suunnitelman mukaan, 7 tai vähemmän = poikkeama"])
    assert meant["8"] == meant["10"] == "on-plan"
    token = lightvalues.LEGEND.set(meant)
    try:
        assert lightvalues.value_of("6") == "deviation"
    finally:
        lightvalues.LEGEND.reset(token)


def test_a_line_listing_dimensions_and_their_values_gives_each() -> None:
    lines = ["Merkit: V = vihreä, Ke = keltainen, P = punainen", "Aikataulu V · Kustannukset Ke · Riskit P"]
    found = [(c.dimension, c.value) for c in lightsweep.candidates(lines)]
    assert found == [("schedule", "on-plan"), ("costs", "deviation"), ("risks", "deviation")]


def test_a_risk_row_names_the_dimension_its_state_rates_and_a_question_its_answer_rates() -> None:
    lines = [
        "Riski\tKoskee\tTodennäköisyys\tTila",
        "Sijaisia ei saada\tHenkilöstö\tsuuri\tPunainen",
        "",
        "Kysymys\tVastaus",
        "Ylittyvätkö kustannukset?\tKyllä",
        "Räcker personalen till?\tNej",
    ]
    found = {(c.line, c.dimension, c.value) for c in lightsweep.candidates(lines)}
    assert found == {(2, "staff", "deviation"), (5, "costs", "deviation"), (6, "staff", "deviation")}


def test_tabs_and_runs_of_spaces_part_the_cells_of_one_row() -> None:
    lines = [
        "Osahanke\tAlue  Aikataulu  Kustannukset",
        "Osahanke 1: Chat\tTampere  ajallaan  ylittyy",
    ]
    found = {(c.dimension, c.value, c.row) for c in lightsweep.candidates(lines)}
    assert found == {("schedule", "on-plan", "Osahanke 1: Chat"), ("costs", "deviation", "Osahanke 1: Chat")}
