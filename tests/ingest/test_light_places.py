"""A label in other words names a light only where the document gives lights (issue 13, stop 29).

A label whose one word is a dimension's ("Riskitaso", "Tulosten laatu", "Henkilöstön saatavuus")
is read as a light when its value says itself AND it stands in a place of lights: under a heading
of lights, beside a light a vocabulary label names, or in a header of three dimensions or more.
The same labels elsewhere are a risk's level, a goal or an indicator rated in its own table, a
section heading: no light of the project (invented reports).
"""

from __future__ import annotations

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


_HEAD = "Tilanneraportti 3/2025\nHankkeen nimi: Paikkahanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_a_goal_table_rated_by_symbols_gives_no_light() -> None:
    text = _HEAD + (
        "Selite: 🟢 = toteutuu, 🟡 = osittain\n\n"
        "Tavoitteet\n"
        "Tavoite\tTila\n"
        "Hoidon laatu paranee asiakaskyselyssä\t🟢\n"
        "Palvelujen kattavuus laajenee kuntiin\t🟡\n"
    )
    assert _lights(text) == {}


def test_a_risk_level_under_a_risk_heading_is_no_light() -> None:
    text = _HEAD + (
        "Liikennevalot\n"
        "Aikataulu: vihreä\n"
        "Kustannukset: keltainen\n\n"
        "Riskienhallinta\n"
        "Kuvaus\tToimittajan järjestelmä valmistuu kesällä\n"
        "Riskitaso\tpunainen\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_heading_in_other_words_over_a_colour_word_sentence_is_no_light() -> None:
    text = _HEAD + (
        "Hankkeen tavoitteet etenivät.\n\n"
        "Henkilöstön saatavuus\n"
        "Punainen lanka on asukkaan polku palvelusta toiseen.\n"
    )
    assert _lights(text) == {}


def test_a_label_in_other_words_under_a_heading_of_lights_is_read() -> None:
    text = _HEAD + (
        "Liikennevalot hankkeen päättyessä\nRiskitaso: keltainen, toimittaja vaihtui\nTulosten laatu: vihreä\n"
    )
    assert _lights(text) == {"risks": "deviation", "output-quality": "on-plan"}


def test_a_label_in_other_words_beside_a_named_light_is_read() -> None:
    text = _HEAD + ("Osa-alue\tArvio\nAikataulu\tvihreä\nHenkilöstötilanne\tpunainen\nHyödyt\tvihreä\n")
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation", "benefits": "on-plan"}


def test_a_header_of_many_dimensions_is_a_place_by_itself() -> None:
    header = ["Toteutuksen aikataulu", "Kustannusten kehitys", "Riskitaso"]
    with lighttext.legend([]):
        assert lighttext.column_lights(header, ["vihreä", "keltainen", "punainen"]) == [
            ("schedule", "on-plan"),
            ("costs", "deviation"),
            ("risks", "deviation"),
        ]
        # Two labels in other words and nothing else: a goal table's header, no place of lights.
        assert lighttext.column_lights(["Hoidon laatu", "Palvelun kattavuus"], ["vihreä", "keltainen"]) == []


def test_colour_columns_whose_header_has_no_corner_cell() -> None:
    # Space-aligned text drops the empty corner: "Grön Gul Röd" stands over the columns after the labels.
    text = _HEAD + (
        "                     Grön    Gul    Röd\n"
        "   Tidsplan           ●       ○      ○\n"
        "   Personal           ○       ○      ●\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation"}


def test_a_line_that_gives_its_own_percentage_is_no_label_over_the_next() -> None:
    text = (
        _HEAD
        + "Liikennevalot\nValmiusaste arviolta 45 %.\nVihreä = etenee suunnitellusti, punainen = poikkeama.\n"
    )
    assert _lights(text) == {"progress": 45}


def test_lights_side_by_side_on_one_row_are_each_read() -> None:
    text = _HEAD + (
        "Liikennevalot\n"
        "  Aikataulu        VIHREÄ        Henkilöstö         PUNAINEN\n"
        "  Kustannukset     KELTAINEN     Riskit             VIHREÄ\n"
        "  Hyödyt           VIHREÄ        Tuotosten laatu    VIHREÄ\n"
    )
    assert _lights(text) == {
        "schedule": "on-plan",
        "staff": "deviation",
        "costs": "deviation",
        "risks": "on-plan",
        "benefits": "on-plan",
        "output-quality": "on-plan",
    }


def test_a_score_is_the_value_its_scales_legend_gives() -> None:
    text = _HEAD + (
        "Arvio asteikolla 1–5: 4–5 = etenee suunnitelman mukaan, 1–3 = poikkeama suunnitelmasta.\n\n"
        "Aikataulu\n\n4/5\n\nHenkilöstö\n\n2/5\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation"}
    # Without the legend a score says nothing; with it, a number that is no score says nothing either.
    assert _lights(_HEAD + "Aikataulu\n\n4/5\n") == {}
    with lighttext.legend(["4–5 = etenee suunnitelman mukaan, 1–3 = poikkeama suunnitelmasta"]):
        assert lighttext.value_of("4/5") == "on-plan"
        assert lighttext.value_of("2") == "deviation"
        assert lighttext.value_of("4 viikkoa") is None


def test_a_matrix_with_a_column_per_part_rates_each_part() -> None:
    text = (
        "Loppuraportti\nHanke: Sarakehanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "- Investointi 1: Etävastaanotto\n- Investointi 2: Kotikuntoutus\n\n"
        "Liikennevalot\n"
        "Osa-alue\tInvestointi 1\tInvestointi 2\n"
        "Aikataulu\tvihreä\tkeltainen\n"
        "Riskit\tpunainen\tvihreä\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    rated = {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}
    assert rated == {
        "Investointi 1: Etävastaanotto": {"schedule": "on-plan", "risks": "deviation"},
        "Investointi 2: Kotikuntoutus": {"schedule": "deviation", "risks": "on-plan"},
    }


def test_marks_under_colour_columns_whose_blank_cells_the_text_leaves_out() -> None:
    text = _HEAD + (
        "Liikennevalot\n\n"
        "                  Vihreä   Keltainen   Punainen\n"
        "Aikataulu           x\n"
        "Kustannukset                   x\n"
        "Riskit                                   x\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "risks": "deviation"}


def test_a_legend_of_the_documents_own_words_gives_their_values() -> None:
    text = _HEAD + (
        "Liikennevalot\n"
        "Arviointi: hyvä = etenee suunnitelman mukaan, tyydyttävä = pieniä poikkeamia, heikko = merkittävä poikkeama.\n\n"
        "Aikataulu\thyvä\nKustannukset\ttyydyttävä\nRiskit\theikko\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "risks": "deviation"}
    with lighttext.legend(["Selite: sujuu = etenee suunnitellusti, tarkkailtava = poikkeama suunnitelmasta"]):
        assert lighttext.value_of("Sujuu") == "on-plan"
        assert lighttext.value_of("tarkkailtava") == "deviation"
        # The word beginning a sentence of its own is no mark.
        assert lighttext.value_of("Tarkkailtava on, että kesällä tiimi oli pienempi.") is None
    # One "=" in prose ("Poikkeama = toteuma - budjetti") is no legend.
    with lighttext.legend(["Poikkeama = toteuma miinus budjetti."]) as found:
        assert found == {}


def test_a_legend_given_one_mark_a_line() -> None:
    text = _HEAD + (
        "Selite\n◆\tEtenee suunnitellusti\n◇\tPoikkeaa suunnitelmasta\n\n"
        "Aikataulu\t◆\nKustannukset\t◇\nRiskit\t◆\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "risks": "on-plan"}
    # A list whose lines start with one and the same bullet is no legend, whatever its words say.
    with lighttext.legend(["● Hoitotakuu toteutui", "● Etäkäynnit viivästyivät"]) as found:
        assert found == {}


def test_a_percentage_hedged_by_a_word_is_the_progress() -> None:
    for line, percent in (
        ("Valmiusaste n. 55 %", 55),
        ("Färdighetsgrad cirka 40 %", 40),
        ("Progress approx. 35 %", 35),
    ):
        text = _HEAD + f"Liikennevalot\nAikataulu: vihreä\n{line}\n"
        assert _lights(text) == {"schedule": "on-plan", "progress": percent}


def test_a_heading_of_how_the_project_advances_is_a_place_of_lights() -> None:
    text = _HEAD + "Etenemisen arvio\nHoidon laatu: 🟢\nRiskitaso: 🟡\n"
    assert _lights(text) == {"output-quality": "on-plan", "risks": "deviation"}
    assert _lights(_HEAD + "Tavoitteet\nHoidon laatu: 🟢\nRiskitaso: 🟡\n") == {}


def _pdf_with_ticks() -> bytes:
    """A report printed to PDF: colour columns, one "x" a row, the blank cells left out."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    y = 800
    for line in (
        "Tilanneraportti 3/2025",
        "Hankkeen nimi: Paikkahanke",
        "Hallinnoija: Kainuun hyvinvointialue",
    ):
        page.drawString(60, y, line)
        y -= 16
    page.drawString(60, y, "Liikennevalot")
    y -= 16
    for x, word in ((200, "Vihreä"), (270, "Keltainen"), (350, "Punainen")):
        page.drawString(x, y, word)
    for label, x in (("Aikataulu", 215), ("Kustannukset", 295), ("Riskit", 370)):
        y -= 16
        page.drawString(60, y, label)
        page.drawString(x, y, "x")
    page.save()
    return out.getvalue()


def test_marks_under_colour_columns_in_a_pdf_keep_their_columns() -> None:
    x = extract(read_bytes(_pdf_with_ticks(), file_name="raportti.pdf", max_bytes=1_000_000))
    rated = {light.dimension: light.value for p in x.projects for light in p.lights}
    assert rated == {"schedule": "on-plan", "costs": "deviation", "risks": "deviation"}
