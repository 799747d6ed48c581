"""Ordinal symbol scales (issue 13, stop 36, L8; test20 n02 n06 n12 n16 n18; tune u650-u654).

Harvey balls, weather symbols, faces and thumbs are families of grades in the ``light-scale`` vocabulary,
best grade first. The document's legend says what a mark means; a grade in words no vocabulary knows takes
its family's order; without a legend a family is read by its order only when the document rates with two
of its grades. Emoji variation selectors and ASCII faces are spelt as the family's symbol. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightscales import grade, ranked, scale_legend, spelt
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


_HEAD = "Tilanneraportti 2/2025\nHankkeen nimi: Kotihoidon etäkäynnit -hanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_grades_and_their_order_come_from_the_vocabulary() -> None:
    assert grade("◕") == ("harvey", 2)
    assert grade("☀️") == ("weather", 1)  # the variation selector is no part of the symbol
    assert grade(":-(") == ("face", 3)
    assert (ranked("●"), ranked("◔"), ranked("👍"), ranked("👎")) == (
        "on-plan",
        "deviation",
        "on-plan",
        "deviation",
    )
    assert ranked("x") is None


def test_spelling_drops_selectors_and_spells_ascii_faces() -> None:
    assert spelt("Aikataulu: ☀️") == "Aikataulu: ☀"
    assert spelt("Tidplan :-)") == spelt("Tidplan :)") == f"Tidplan {spelt(':)')}"
    assert spelt("klo 10:30 (ks. kohta 2:)") == "klo 10:30 (ks. kohta 2:)"  # a time, a numbered reference


def test_a_legend_with_selectors_explains_the_symbols() -> None:
    legend = document_legend(["Sää: ☀️ suunnitelman mukaan · ⛅ pieniä poikkeamia · 🌧️ merkittävä poikkeama"])
    assert legend["☀"] == "on-plan" and legend["⛅"] == legend["🌧"] == "deviation"


def test_a_legends_grades_in_unknown_words_take_the_familys_order() -> None:
    legend = document_legend(["Arvio (● täysin kunnossa; ◕ lähes;", "◑ puolittain; ○ ei lainkaan)"])
    assert [legend[m] for m in "●◕◑○"] == ["on-plan", "deviation", "deviation", "deviation"]
    assert legend["◐"] == "deviation"  # another symbol of the half grade means what the legend's does


def test_a_family_without_legend_is_read_when_two_grades_rate() -> None:
    assert _lights(_HEAD + "Aikataulu: ☀️\nKustannukset: 🌧️\nHenkilöstö: ⛅\n") == {
        "schedule": "on-plan",
        "costs": "deviation",
        "staff": "deviation",
    }
    text = _HEAD + "Tidplan :-)\nKostnader :-(\nPersonal :-|\n"
    assert _lights(text, "rapport.md") == {"schedule": "on-plan", "costs": "deviation", "staff": "deviation"}


def test_a_lone_symbol_is_a_bullet_or_decoration() -> None:
    # One grade of a family, as a bullet or in a greeting: no scale is recognised, nothing is rated.
    assert scale_legend(["● Aikataulu kevään paneelille sovittiin.", "Hyvää kesää ☀️"], {}) == {}
    assert scale_legend(["● Henkilöstön koulutus alkoi.", "○ Paneeliin kutsutaan perheitä."], {}) == {}


def test_marks_before_dimensions_in_a_spaced_row() -> None:
    text = (
        _HEAD + "Poikkeamat (■ = poikkeama, □ = ei poikkeamaa)\n  □ aikataulu   ■ kustannukset   □ henkilöstö\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "staff": "on-plan"}


def test_a_thumb_before_a_dimension_and_a_short_comment() -> None:
    text = _HEAD + "Tilannekatsaus\n👍 Aikataulu pitää\n👎 Riskit kasvaneet\n👍 Henkilöstö on rekrytoitu\n"
    assert _lights(text, "uutinen.md") == {"schedule": "on-plan", "risks": "deviation", "staff": "on-plan"}


def test_a_colour_code_is_the_colour_of_its_hue() -> None:
    assert spelt("Solun väri | #00A651") == "Solun väri | green"
    assert spelt("Personal: rgb(46, 125, 50)") == "Personal: green"
    assert spelt("Tunnusväri #0072CE") == "Tunnusväri #0072CE"  # blue is no light
    # In brackets a code is the colour a chart draws with, not a rating.
    assert spelt("Kostnader (diagramfärg #C62828)") == "Kostnader (diagramfärg #C62828)"
    text = _HEAD + "Aikataulu: #2E7D32\nKustannukset: #F9A825\nHenkilöstö (kaavion väri #C62828)\n"
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_dots_that_tick_a_column_under_a_header_of_colours_grade_nothing() -> None:
    lines = ["            Grön    Gul    Röd", "Tidsplan     ●       ○      ○", "Personal     ○       ●      ○"]
    assert scale_legend(lines, {}) == {}
