"""Light forms of stop 57 (L14), from test48's and test50's misses and red team R21-21/22/23: a key whose pairs a
wide gap parts (ingest/lightvalues.py; test48 os17; tune u2405–u2406), a dimension named as an aspect of the
outputs (ingest/lightdims.py: "Quality of outputs"; test48 os18; u2407–u2408), a padded Markdown matrix of parts
(ingest/lightrows.row_cells; test48 os10; u2409), ticks "[√]" / "[+]" (ingest/lightboxes.py; u2410), a page's key
outside its <main> (ingest/htmlchrome.keys_beside; u2411), a state's noun before its dimension in other words
(lightdims._STATE_BEFORE; u2412), a goal grid after a grid of lights (ingest/lightstate.goal_grid; test50 ou10;
u2413), a question answered on its line and everyday "behind" (lightsweep._ASKED, status.ttl; u2414), and a mark's
state in its markup's framework class or its title's words (ingest/lightwords.py; u2415). Invented text."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightdims import dimension_of, loose_dimension
from hankegraafi.ingest.lightvalues import legend_meanings, legend_pairs
from hankegraafi.ingest.readers import read_bytes

_ON, _DEV = "on-plan", "deviation"


def _lights(text: str, name: str) -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Hyvä = suunnitelman mukaan     Varo = poikkeama     Seis = vakava poikkeama",
            ("hyvä", "varo", "seis"),
        ),
        ("OK = i takt   Obs = avvikelse   Stopp = allvarlig avvikelse", ("ok", "obs", "stopp")),
        ("Good = as planned\tCaution = minor deviation\tStop = major deviation", ("good", "caution", "stop")),
    ],
)
def test_a_keys_pairs_parted_by_a_wide_gap_are_each_read(line: str, expected: tuple[str, str, str]) -> None:
    meant = legend_meanings(legend_pairs(line))
    assert {mark.casefold(): value for mark, value in meant.items()} == dict(
        zip(expected, (_ON, _DEV, _DEV), strict=True)
    )


def test_a_glossary_parted_by_wide_gaps_explains_no_mark() -> None:
    line = "Käynti = yksi asiakaskontakti      Reitti = auton päivä      Osuus = käynnit / reitit"
    assert len(legend_pairs(line)) == 3
    assert legend_meanings(legend_pairs(line)) == {}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Quality of outputs", "output-quality"),
        ("Quality of the deliverables", "output-quality"),
        ("Kvaliteten på leveranserna", "output-quality"),
        ("Scope of the outputs", "output-scope"),
        ("Share of remote sessions", None),
    ],
)
def test_an_aspect_of_the_outputs_names_the_aspects_dimension(label: str, expected: str | None) -> None:
    assert (dimension_of(label) or loose_dimension(label)) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Arvio aikataulusta", "schedule"),
        ("Tilanne henkilöstön osalta", "staff"),
        ("Assessment of staffing", "staff"),
        ("Status regarding costs", "costs"),
        ("Bedömning av personalen", "staff"),
        ("Läget i fråga om kostnaderna", "costs"),
        ("Arvio kokonaisuudesta", None),
        ("Tilanne kunnassa", None),
    ],
)
def test_a_states_noun_before_its_dimension_in_other_words(label: str, expected: str | None) -> None:
    assert dimension_of(label) == expected


_PADDED = """# Kotihoito etänä Keski-Suomessa – väliraportti

Keski-Suomen hyvinvointialue. Hankkeen osat: Osahanke 1: Etäkäynnit ja Osahanke 2: Lääkeautomaatit.

Merkinnät: V = suunnitelman mukaan, P = poikkeama.

| Osa-alue            | {a} | {b} |
|---------------------|------------|------------|
| Aikataulu           | V          | P          |
| Henkilöstöresurssit | P          | V          |
| Riskit              | V          | V          |
"""


def test_a_padded_markdown_matrix_rates_each_part_in_its_column() -> None:
    found = _lights(_PADDED.format(a="Osahanke 1", b="Osahanke 2"), "raportti.md")
    assert found["Osahanke 1: Etäkäynnit"] == {"schedule": _ON, "staff": _DEV, "risks": _ON}
    assert found["Osahanke 2: Lääkeautomaatit"] == {"schedule": _DEV, "staff": _ON, "risks": _ON}


def test_a_padded_markdown_matrix_of_periods_gives_the_latest() -> None:
    found = _lights(_PADDED.format(a="1/2024    ", b="2/2024    "), "raportti.md")
    assert found["Kotihoito etänä Keski-Suomessa"] == {"schedule": _DEV, "staff": _ON, "risks": _ON}


def test_a_required_fields_star_after_its_label_is_no_tick() -> None:
    text = (
        "Kotona kuntoon -hanke: tilanneraportti 2/2025\nHyvinvointialue: Etelä-Savon hyvinvointialue\n\n"
        "Selite: rasti = suunnitelman mukaan, tyhjä = poikkeama\n\nAikataulu [*]\nKustannukset [*]\n"
    )
    assert not _lights(text, "r.txt")


_MAIN = (
    '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Seuranta</title></head><body><main>'
    "<h1>Seuranta 1/2025: Kotisairaala kylille</h1><p>Pohjois-Pohjanmaan hyvinvointialueen hanke tuo käynnit"
    " Kuusamoon.</p><table><tr><th>Osa-alue</th><th>Arvio</th></tr><tr><td>Aikataulu</td><td>E</td></tr>"
    "<tr><td>Kustannukset</td><td>H</td></tr><tr><td>Riskit</td><td>E</td></tr></table></main>{outside}"
    "</body></html>"
)


def test_a_key_beside_the_pages_main_is_read_its_address_is_not() -> None:
    outside = (
        "<aside><p>E = etenee suunnitellusti, H = poikkeama. <a href='/ohje'>Lue lisää</a></p></aside>"
        "<footer><p>Hyvinvointialue · Oulu · <a href='/yhteys'>Yhteystiedot</a></p></footer>"
    )
    document = read_bytes(_MAIN.format(outside=outside).encode(), file_name="sivu.html", max_bytes=100_000)
    assert extract(document).projects[0].lights
    assert {light.dimension: light.value for light in extract(document).projects[0].lights} == {
        "schedule": _ON,
        "costs": _DEV,
        "risks": _ON,
    }
    assert "Oulu" not in "\n".join(document.lines) and "Lue lisää" not in "\n".join(document.lines)


def test_an_aside_of_other_pages_beside_main_stays_out() -> None:
    outside = "<aside><h2>Muita hankkeita</h2><ul><li><a href='/a'>Etäkuntoutus</a></li></ul></aside>"
    document = read_bytes(_MAIN.format(outside=outside).encode(), file_name="sivu.html", max_bytes=100_000)
    assert "Muita hankkeita" not in "\n".join(document.lines)
    assert not extract(document).projects[0].lights


_GRIDS = (
    "Satakunnan hyvinvointialue\nVäliraportti 1/2025\n\nHanke: Lähitukea omaishoitajille Satakunnassa\n\n"
    "Hankkeen tila\nRastita: vihreä = suunnitelman mukaan, keltainen = poikkeama, punainen = vakava poikkeama.\n"
    "Osa-alue\tVihreä\tKeltainen\tPunainen\nAikataulu\tX\t\t\nRiskit\t\t\tX\nTavoitteet\n"
    "{corner}\tSaavutettu\tOsittain\tEi saavutettu\nVertaisryhmä kokoontuu joka kunnassa\t\tX\t\n"
    "Koettu hyöty valmennuksesta kasvaa\t\t\tX\nTalous\nKustannukset raportoidaan loppuraportissa.\n"
)


@pytest.mark.parametrize("corner", ["Tavoite", "Mål", "Objective"])
def test_a_goal_grid_after_a_grid_of_lights_rates_no_dimension(corner: str) -> None:
    found = _lights(_GRIDS.format(corner=corner), "r.txt")
    assert found["Lähitukea omaishoitajille Satakunnassa"] == {"schedule": _ON, "risks": _DEV}


_QUESTIONS = (
    "Steering group minutes, 3 March 2025\nProject: Home rehabilitation in Kainuu\nKainuu wellbeing services county\n\n"
    "Is the project on schedule? {a}\nAre the costs within the budget? No, the tablets cost more.\n"
    "Are the risks under control? We will know in May.\nBenefits: {b}\n"
)


@pytest.mark.parametrize(("a", "b"), [("Yes.", "slightly behind"), ("Yes", "running late")])
def test_a_question_answered_on_its_line_and_behind_as_a_value(a: str, b: str) -> None:
    found = _lights(_QUESTIONS.format(a=a, b=b), "minutes.txt")
    assert found["Home rehabilitation in Kainuu"] == {"schedule": _ON, "costs": _DEV, "benefits": _DEV}


_MARKUP = (
    '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Seuranta</title></head><body>'
    "<h1>Kotisairaala kylille</h1><p>Pohjois-Pohjanmaan hyvinvointialueen hanke.</p><ul>"
    '<li>Aikataulu <span class="badge text-bg-success">●</span></li>'
    '<li>Kustannukset <span class="badge text-bg-danger">●</span></li></ul><table><tr><th>Osa-alue</th>'
    '<th>Arvio</th></tr><tr><td>Riskit</td><td title="Poikkeama">!</td></tr></table>'
    '<p><button class="btn btn-success">Tilaa uutiskirje</button></p></body></html>'
)


def test_a_marks_state_in_its_frameworks_class_or_its_title() -> None:
    assert _lights(_MARKUP, "sivu.html")["Kotisairaala kylille"] == {
        "schedule": _ON,
        "costs": _DEV,
        "risks": _DEV,
    }


@pytest.mark.parametrize(
    "line",
    [
        "Arvio\t0 = ei huolta\t1 = lievä huoli\t2 = vakava huoli",
        "Bedömning: 0 = ingen oro, 1 = viss oro, 2 = allvarlig oro",
        "Rating   0 = no concern   1 = minor concern   2 = serious concern",
    ],
)
def test_a_scale_of_concern_keys_its_best_grade_on_plan(line: str) -> None:
    assert legend_meanings(legend_pairs(line)) == {"0": _ON, "1": _DEV, "2": _DEV}


_MEMO = "Kotona kuntoon -hanke: ohjausryhmän muistio 3/2025\nHyvinvointialue: Etelä-Savon hyvinvointialue\n\n"


@pytest.mark.parametrize(
    "lines",
    [
        "Voiko aikataulusta kysyä projektipäälliköltä? Kyllä.\nSaako kustannuksista lisätietoa? Kyllä, talousosastolta.\n",
        "Esiteltiinkö aikataulu ohjausryhmälle? Kyllä.\nKäsiteltiinkö kustannukset kokouksessa? Kyllä.\n",
        "Kan man fråga projektledaren om tidtabellen? Ja.\nFinns det mer om kostnaderna? Ja, hos ekonomin.\n",
        "Can the schedule be discussed with the manager? Yes.\nIs more information on costs available? Yes.\n",
    ],
)
def test_a_question_that_only_mentions_a_dimension_rates_nothing(lines: str) -> None:
    """Red team R22-17: the one-line reader asks what a rating's question asks, whether the plan is kept."""
    assert not _lights(_MEMO + lines, "muistio.txt")


def test_a_question_of_the_plan_answered_on_its_line_in_finnish() -> None:
    found = _lights(
        _MEMO
        + "Onko hanke aikataulussa? Kyllä.\nPysyvätkö kustannukset budjetissa? Eivät.\nRiittääkö henkilöstö? Kyllä\n",
        "muistio.txt",
    )
    assert found["Kotona kuntoon -hanke"] == {"schedule": _ON, "costs": _DEV, "staff": _ON}
