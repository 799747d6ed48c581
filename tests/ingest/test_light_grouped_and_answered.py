"""Lights grouped by value, lists of deviations, answers on scales (issue 13, stop 36, L8; test20 n01 n05 n08
n09 n10 n13 n14 n15 n17; tune u655-u664). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightlines import line_lights
from hankegraafi.ingest.lightscales import agreement, spelt
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


def _units(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


_HEAD = "Tilanneraportti 2/2025\nHankkeen nimi: Kotihoidon etäkäynnit -hanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_a_value_then_the_dimensions_that_have_it() -> None:
    assert line_lights("Grönt (enligt plan): kostnader, risker, nytta") == [
        ("costs", "on-plan"),
        ("risks", "on-plan"),
        ("benefits", "on-plan"),
    ]
    assert line_lights("Gult: tidtabell – rekryteringen drog ut") == [("schedule", "deviation")]
    assert line_lights("Muut osa-alueet (kustannukset, laatu): ei poikkeamia.") == [
        ("costs", "on-plan"),
        ("output-quality", "on-plan"),
    ]
    assert line_lights("Other areas (schedule and staffing): no deviations.") == [
        ("schedule", "on-plan"),
        ("staff", "on-plan"),
    ]


def test_a_theme_or_a_name_before_a_colon_is_no_group_of_lights() -> None:
    assert line_lights("Vihreä siirtymä: kiertotalous, energia") == []
    assert line_lights("Punainen Risti: henkilöstö") == []
    assert line_lights("Red Cross volunteers: staffing, transport") == []


def test_a_header_of_values_over_cells_of_dimensions() -> None:
    text = (
        _HEAD
        + "Toteutui suunnitellusti\tPoikkesi suunnitelmasta\nAikataulu, Kustannukset\tHenkilöstö (vaihtuvuus)\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "on-plan", "staff": "deviation"}


def test_a_list_of_deviations_rates_its_rows() -> None:
    text = (
        _HEAD + "Poikkeamat suunnitelmasta\nOsa-alue\tPoikkeama\tKorjaava toimenpide\n"
        "Aikataulu\taloitus myöhästyi kaksi kuukautta\tlisäkoulutus\nLaatu\tei poikkeamaa\t–\n"
    )
    assert _lights(text) == {"schedule": "deviation", "output-quality": "on-plan"}
    # A cost table's "Poikkeama" column is no list of deviations: its rows are sums.
    costs = _HEAD + "Kustannuslaji\tBudjetti\tToteuma\tPoikkeama\nHenkilöstö\t400 000\t380 000\t-20 000\n"
    assert _lights(costs) == {}


def test_a_question_on_a_scale_and_its_answer_below() -> None:
    text = (
        _HEAD + "Asteikko 0–10. Arvot 0–3 ovat suunnitelman\nmukaisia, 4 tai enemmän on poikkeama.\n"
        "Aikataulun poikkeama asteikolla 0–10\n   Vastaus: 4\n\nHenkilöstön poikkeama asteikolla 0–10\n   Vastaus: 2\n"
    )
    assert _lights(text) == {"schedule": "deviation", "staff": "on-plan"}


def test_a_bar_of_filled_marks_is_its_score() -> None:
    assert spelt("Aikataulu [■■■■□] 4/5") == "Aikataulu 4/5"
    assert spelt("Tidsplan ★★★☆☆") == "Tidsplan 3/5"
    assert spelt("Valmius ▰▰▰▱▱ 60 %") == "Valmius 60 %"
    assert spelt("◆◆◆ = hyvä") == "◆◆◆ = hyvä"  # a run of one mark is a legend's mark of its own
    text = (
        _HEAD + "Arvio (4–5 = suunnitelman mukaan, 1–3 = poikkeama)\n- Aikataulu ★★★★★\n- Kustannukset ★★☆☆☆\n"
    )
    assert _lights(text, "raportti.md") == {"schedule": "on-plan", "costs": "deviation"}


def test_agreement_with_a_statement_that_rates_a_dimension() -> None:
    assert (agreement("täysin samaa mieltä"), agreement("Somewhat agree"), agreement("ok")) == (
        "on-plan",
        "deviation",
        None,
    )
    text = (
        _HEAD + "Kustannukset pysyivät budjetissa ........ jokseenkin eri mieltä\n"
        "Kehittämistyö eteni aikataulussa ........ täysin samaa mieltä\n"
        "Asiakkaat kokivat palvelun hyväksi ........ täysin samaa mieltä\n"
    )
    assert _lights(text) == {"costs": "deviation", "schedule": "on-plan"}


def test_one_answer_of_a_yes_or_no_column_explains_the_other() -> None:
    assert document_legend(["(kyllä = osa-alue on ylittänyt hälytysrajan eli poikkeaa suunnitelmasta)"]) == {
        "kyllä": "deviation",
        "ei": "on-plan",
    }
    assert document_legend(["Svaret ja betyder att området har överskridit sin larmgräns."]) == {
        "ja": "deviation",
        "nej": "on-plan",
    }
    text = (
        _HEAD
        + "(kyllä = hälytysraja ylittyi eli poikkeama)\nOsa-alue\tHälytysraja ylittynyt\nAikataulu\tkyllä\nRiskit\tei\n"
    )
    assert _lights(text) == {"schedule": "deviation", "risks": "on-plan"}


def test_rows_of_a_matrix_under_a_corner_of_models_are_units() -> None:
    text = (
        "# Arjen tuki etänä\n\nLapin hyvinvointialue\n\n"
        "Merkinnät: – = ei huomautettavaa · ! = poikkeama\n\n"
        "| Toimintamalli | Aikataulu | Kustannukset |\n|---|:-:|:-:|\n"
        "| [Etäfysioterapia](/fi/toimintamalli/x) | – | ! |\n| Omaishoitajan valmennus | ! | – |\n"
    )
    units = _units(text, "kokonaisuus.md")
    assert units["Etäfysioterapia"] == {"schedule": "on-plan", "costs": "deviation"}
    assert units["Omaishoitajan valmennus"] == {"schedule": "deviation", "costs": "on-plan"}
    assert "---" not in units  # the rule "|---|:-:|" holds no values


def test_a_deviation_measured_against_its_tolerance() -> None:
    from hankegraafi.ingest.lighttolerance import within

    assert within("1 kk myöhässä", "2 kk") == "on-plan"
    assert within("+14 %", "±10 %") == "deviation"
    assert within("2,4 htv (suunniteltu 3,0)", "−10 %") == "deviation"
    assert within("late", "2 kk") is None  # nothing to compare
    text = (
        _HEAD + "Osa-alue\tToteuma suunnitelmaan nähden\tSallittu poikkeama\n"
        "Aikataulu\t1 kk myöhässä\t2 kk\nKustannukset\t+14 %\t±10 %\n"
        "Odotusaika\t12 päivää\t14 päivää\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_dimensions_written_as_codes_of_the_documents_own() -> None:
    from hankegraafi.ingest.lightcodes import dimension_codes

    assert dimension_codes(["Koodit: AT = aikataulu, KU = kustannukset, HE = henkilöstö."]) == {
        "AT": "schedule",
        "KU": "costs",
        "HE": "staff",
    }
    assert dimension_codes(["SCH schedule, CST costs, STF staffing; G = on plan"])["CST"] == "costs"
    text = (
        _HEAD + "Koodit: AT = aikataulu, KU = kustannukset, HE = henkilöstö.\n"
        "Arvot: V = vihreä, K = keltainen, P = punainen.\nJakso 2/2025:\tAT-V\tKU-K\tHE-P\n"
        "Huoneet: SA-3 · SB-2\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "staff": "deviation"}


def test_a_colour_given_by_old_markup_or_an_images_file_name() -> None:
    page = (
        "<html><body><h1>Kotihoidon etäkäynnit</h1><p>Kainuun hyvinvointialue</p>"
        "<p>Hanke: Kotihoidon etäkäynnit</p><table>"
        '<tr><td>Tidtabell / Aikataulu</td><td bgcolor="green">&nbsp;</td></tr>'
        '<tr><td>Kostnader / Kustannukset</td><td><img src="/ikoner/trafikljus-gul.svg"></td></tr>'
        "</table></body></html>"
    )
    assert _lights(page, "sivu.html") == {"schedule": "on-plan", "costs": "deviation"}


def test_a_count_of_deviations_whose_zero_is_explained() -> None:
    assert document_legend(["Nolla tarkoittaa, että osa-alue etenee suunnitelman mukaan."]) == {
        "0": "on-plan",
        ">0": "deviation",
    }
    text = _HEAD + "0 betyder att området följer planen.\nOsa-alue\tAikataulu\tKustannukset\nAvoimet\t0\t2\n"
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_one_threshold_gives_the_other_side_too() -> None:
    assert document_legend(["Each area is scored from 0 to 100. Scores below 70 are deviations."]) == {
        "<70": "deviation",
        ">=70": "on-plan",
    }
    text = _HEAD + "Scores below 70 are deviations.\nSchedule progress index\t82\nStaffing level index\t64\n"
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation"}


def test_all_in_one_colour_but_some() -> None:
    from hankegraafi.ingest.lightclauses import all_but

    assert all_but(
        "Of the areas – schedule, costs, staffing and risks – all are green except staffing, which is amber."
    ) == {
        "schedule": "on-plan",
        "costs": "on-plan",
        "risks": "on-plan",
        "staff": "deviation",
    }
    assert all_but("Ryhmä arvioi aikataulun, kustannukset ja riskit: kaikki ovat vihreällä paitsi riskit.") == {
        "schedule": "on-plan",
        "costs": "on-plan",
        "risks": "deviation",
    }
    assert all_but("Kaikki kunnat ovat mukana paitsi yksi, joka liittyy keväällä.") == {}
    assert all_but("All our partners are green-minded except the ferry company.") == {}


def test_a_scale_of_a_hundred_in_bands_and_a_sign_before_scores() -> None:
    legend = document_legend(
        ["Pisteet: 75–100 = suunnitelman mukaan, 50–74 = lievä poikkeama, alle 50 = vakava"]
    )
    assert legend == {"75..100": "on-plan", "50..74": "deviation", "<50": "deviation"}
    from hankegraafi.ingest.lightthresholds import by_threshold

    assert [by_threshold(legend, n) for n in ("81", "62", "47")] == ["on-plan", "deviation", "deviation"]
    signs = document_legend(["(– = ingen avvikelse, 1 = lindrig avvikelse, 2 = allvarlig avvikelse)"])
    assert (signs["–"], signs["1"], signs["2"]) == ("on-plan", "deviation", "deviation")


def test_word_marks_joined_by_and_share_a_meaning() -> None:
    legend = document_legend(["Nivå: låg = planen håller; medel och hög = risk för avvikelse."])
    assert legend == {"låg": "on-plan", "medel": "deviation", "hög": "deviation"}


def test_a_value_that_opens_with_partly_is_a_deviation() -> None:
    from hankegraafi.ingest.lightvalues import value_of

    assert [value_of(v) for v in ("Osittain hallinnassa", "Hallinnassa", "Delvis enligt plan")] == [
        "deviation",
        "on-plan",
        "deviation",
    ]
