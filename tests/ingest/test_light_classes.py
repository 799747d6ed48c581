"""Traffic lights by class of form, whatever the template (issue 13, stop 28; invented reports).

Each test is one class of how a document states a light that an earlier reader missed:
the value only in a page's markup, a dimension label variant, a percentage of progress
in a sentence, a rating quoted from an earlier message.
"""

from __future__ import annotations

import time
from decimal import Decimal

from hankegraafi.ingest import lightdims, lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def _lines(html: str) -> list[str]:
    return read_bytes(html.encode(), file_name="sivu.html", max_bytes=100_000).lines


def test_a_colour_given_only_by_markup_is_read_into_the_cell() -> None:
    lines = _lines(
        "<html><body><table>"
        '<tr><td>Schedule</td><td><img src="g.png" alt="Green"></td></tr>'
        '<tr><td>Staff</td><td><span class="rag rag-amber"></span></td></tr>'
        '<tr><td>Risks</td><td><i title="Röd">&#9632;</i></td></tr>'
        '<tr><td>Budget</td><td><span role="img" aria-label="gul"></span></td></tr>'
        "</table></body></html>"
    )
    assert lines == ["Schedule\tGreen", "Staff\tamber", "Risks\t■ Röd", "Budget\tgul"]


def test_markup_with_words_of_its_own_or_no_colour_is_left_as_it_is() -> None:
    lines = _lines(
        '<html><body><p>Logo: <span class="green">vihreä lehti</span> <img src="x.png" alt="Vihreä lehti">'
        ' <i class="icon-calendar"></i></p></body></html>'
    )
    assert lines == ["Logo: vihreä lehti"]


def test_a_report_whose_lights_are_images_and_class_words() -> None:
    page = (
        "<html><body><h1>Tilanneraportti 1/2025</h1><p>Hankkeen nimi: Kuvavalohanke</p>"
        "<p>Hallinnoija: Kainuun hyvinvointialue</p><table>"
        "<tr><th>Osa-alue</th><th>Tila</th><th>Huomio</th></tr>"
        '<tr><td>Aikataulu</td><td><img src="v.png" alt="Vihreä"></td><td></td></tr>'
        '<tr><td>Kustannukset</td><td><span class="light light--punainen"></span></td><td>Ylitys</td></tr>'
        "</table><p>Kevään tapahtumassa jaettiin vihreitä ja punaisia ilmapalloja.</p></body></html>"
    )
    assert _lights(page, "raportti.html") == {"schedule": "on-plan", "costs": "deviation"}


def test_progress_keeps_its_percentage() -> None:
    assert _lights("Tilanneraportti 1/2025\nHankkeen nimi: Prosenttihanke\nEdistyminen: 40 %\n") == {
        "progress": Decimal(40)
    }


def test_a_label_in_other_words_names_the_dimension_its_known_word_names() -> None:
    assert lightdims.loose_dimension("Tulosten kattavuus") == "output-scope"
    assert lightdims.loose_dimension("Resultatens kvalitet") == "output-quality"
    assert lightdims.loose_dimension("Riskitaso") == "risks"
    assert lightdims.loose_dimension("Kokonaisvalmiusaste") == "progress"
    assert lightdims.loose_dimension("Valmiusaste hankkeen päättyessä") == "progress"
    assert lightdims.loose_dimension("Aikataulun ja kustannusten seuranta") is None  # two dimensions
    assert lightdims.loose_dimension("Hankkeen viestintä") is None


def test_a_label_in_other_words_needs_a_value_that_says_itself() -> None:
    with lighttext.legend([]):
        lighttext.find(
            "Liikennevalot", None, None, None
        )  # a place of lights (tests/ingest/test_light_places.py)
        assert lighttext.line_lights("Riskitaso: keltainen, toimittaja vaihtuu") == [("risks", "deviation")]
        assert lighttext.line_lights("Valmiusaste raportointikauden lopussa: 72 %") == [("progress", "72%")]
        # A heading in other words over a sentence is a section, not a light.
        assert (
            lighttext.heading_light("Henkilöstön rekrytointi", "Rekrytointi viivästyi kesälomien takia.")
            is None
        )
        assert lighttext.heading_light("Riskitaso", "Punainen") == ("risks", "deviation")
    assert lighttext.row_lights(["Henkilöstötilanne", "Kaksi tehtävää auki, haku viivästyi"]) == []


def test_a_header_in_other_words_over_a_markdown_rule_and_a_row_of_legend_marks() -> None:
    report = (
        "Seurantaraportti 1/2025\n\n**Hanke:** Merkkihanke\n**Toteuttaja:** Kainuun hyvinvointialue\n\n"
        "Merkit: ◇ = etenee suunnitelman mukaan, ◈ = poikkeaa suunnitelmasta\n\n"
        "| Aikataulun pitävyys | Kustannustaso | Resurssitilanne |\n|:---|:---:|---|\n| ◇ | ◈ | ◇ |\n"
    )
    assert _lights(report, "raportti.md") == {"schedule": "on-plan", "costs": "deviation", "staff": "on-plan"}


def test_a_legend_phrase_of_the_value_vocabulary_in_another_form() -> None:
    assert lighttext.value_of("kulkee suunnitelman mukaan") == "on-plan"
    with lighttext.legend(["Selite: ◇ suunnitelman mukaan ◈ poikkeama"]) as meant:
        assert meant == {"◇": "on-plan", "◈": "deviation"}


def test_a_sentence_that_says_how_far_the_project_is_gives_its_progress() -> None:
    assert lightdims.progress_in_sentence("Hankkeen kokonaisvalmiusaste on 64 %.") == "64%"
    assert lightdims.progress_in_sentence("Projektet är nu till 35 procent färdigt.") == "35%"
    assert lightdims.progress_in_sentence("The project is about 90 % complete.") == "90%"
    # Percentages of money, of staff, of goals, or two in one sentence, are no progress.
    assert lightdims.progress_in_sentence("Budjetista on käytetty 45 %.") is None
    assert lightdims.progress_in_sentence("Henkilöstöstä 80 % on valmiina aloittamaan.") is None
    assert lightdims.progress_in_sentence("60 % of the nurses have completed the course.") is None
    assert lightdims.progress_in_sentence("Hanke on 60 % valmis ja kuluista on maksettu 40 %.") is None
    assert lightdims.progress_in_sentence("Hankkeelle myönnettiin 80 % rahoitus, 120 000 €.") is None


def test_progress_in_a_sentence_counts_in_a_document_that_rates_and_nowhere_else() -> None:
    rated = (
        "Seurantakatsaus\n\nHanke: Lausehanke\nToteuttaja: Kainuun hyvinvointialue\n\n"
        "Hanke on nyt noin 45 % valmis. Työ jatkuu syksyllä.\n\nAikataulu: vihreä\nRiskit: keltainen\n"
    )
    assert _lights(rated) == {"progress": Decimal(45), "schedule": "on-plan", "risks": "deviation"}
    news = (
        "Uutinen\n\nHanke: Lausehanke\nToteuttaja: Kainuun hyvinvointialue\n\nHanke on nyt noin 45 % valmis.\n"
    )
    assert _lights(news) == {}
    told = rated.replace("Riskit: keltainen\n", "Edistyminen: 50 %\n")
    assert _lights(told)["progress"] == Decimal(50)  # an explicit light wins over the sentence


def test_lights_quoted_from_an_earlier_message_are_not_the_documents() -> None:
    mail = (
        "Aihe: Tilanne toukokuussa\n\nHanke: Viestihanke\nToteuttaja: Kainuun hyvinvointialue\n\n"
        "Aikataulu: vihreä\nKustannukset: keltainen\n\nTerveisin Liisa\n\n"
        "> Aikataulu: punainen\n> Riskit: punainen\n> Hanke on 20 % valmis.\n"
    )
    assert _lights(mail) == {"schedule": "on-plan", "costs": "deviation"}
    forwarded = "Aihe: VL: raportti\n\nHanke: Viestihanke\n\n> Aikataulu: punainen\n> Riskit: vihreä\n"
    assert _lights(forwarded) == {"schedule": "deviation", "risks": "on-plan"}  # nothing else rates


def test_a_matrix_with_a_row_per_investment_rates_each_investment() -> None:
    report = (
        "Tilanneraportti 2/2024\n\nHankkeen nimi: Matriisihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Osa\tAikataulu\tRiskit\tValmiusaste %\n"
        "Investointi 1: Jonot\tvihreä\tkeltainen\t45\n"
        "Investointi 3: Etäpalvelut\tpunainen\tvihreä\t20\n\n"
        "Investointi 3: Etäpalvelut\n\nEtäpalvelut laajenivat Kajaaniin.\n"
    )
    x = extract(read_bytes(report.encode(), file_name="raportti.txt", max_bytes=100_000))
    by_unit = {
        p.name: {light.dimension: light.value or light.percent for light in p.lights} for p in x.projects
    }
    assert by_unit["Investointi 1: Jonot"] == {
        "schedule": "on-plan",
        "risks": "deviation",
        "progress": Decimal(45),
    }
    assert by_unit["Investointi 3: Etäpalvelut"] == {
        "schedule": "deviation",
        "risks": "on-plan",
        "progress": Decimal(20),
    }
    assert by_unit["Matriisihanke"] == {}
    assert sum(1 for p in x.projects if p.name == "Investointi 3: Etäpalvelut") == 1  # the section is that unit


def test_a_value_in_brackets_or_after_an_arrow_of_change() -> None:
    assert lighttext.line_lights("Aikataulu (keltainen) – muutto viivästyi") == [("schedule", "deviation")]
    assert lighttext.line_lights("Kustannukset: punainen → vihreä") == [("costs", "on-plan")]
    assert lighttext.line_lights("Risker: grön -> röd, leverantören byts") == [("risks", "deviation")]
    assert lighttext.value_of("etenee suunnitellusti ↗") == "on-plan"  # a trend arrow alone changes nothing


def test_one_sentence_rating_a_dimension_by_colour_counts_beside_other_lights() -> None:
    rated = (
        "Katsaus\n\nHanke: Värihanke\nToteuttaja: Kainuun hyvinvointialue\n\nAikataulu: vihreä\n\n"
        "Henkilöstö on punaisella, koska kaksi sairaanhoitajan tehtävää on ollut auki koko kesän. "
        "Vihreä siirtymä näkyy hankinnoissa.\n"
    )
    assert _lights(rated) == {"schedule": "on-plan", "staff": "deviation"}
    # A phrase without a colour ("viivästyi") is a report of events, not a rating; no other light, no light.
    reported = rated.replace(
        "Henkilöstö on punaisella, koska kaksi sairaanhoitajan tehtävää on ollut auki koko kesän.",
        "Henkilöstön rekrytointi viivästyi kesälomien vuoksi, ja kaksi tehtävää on yhä auki Kajaanissa.",
    )
    assert _lights(reported) == {"schedule": "on-plan"}
    assert _lights(rated.replace("Aikataulu: vihreä\n\n", "")) == {}


def test_a_colour_given_only_by_a_style_or_an_svg_title() -> None:
    lines = _lines(
        "<html><body><table>"
        '<tr><td>Schedule</td><td><span style="background-color:#2e7d32"></span></td></tr>'
        '<tr><td>Costs</td><td style="background: rgb(255, 193, 7)"></td></tr>'
        '<tr><td>Staff</td><td><span style="color:#c62828">&#9679;</span></td></tr>'
        '<tr><td>Risks</td><td><svg><title>Gul</title><circle r="4"/></svg></td></tr>'
        '<tr><td>Notes</td><td><span style="background:#1565c0"></span><span style="color:#9e9e9e">●</span></td></tr>'
        "</table></body></html>"
    )
    assert lines == ["Schedule\tgreen", "Costs\tyellow", "Staff\t● red", "Risks\tGul", "Notes\t●"]


def test_a_coloured_dot_in_running_text_is_decoration() -> None:
    lines = _lines(
        '<html><body><p>Tukipisteet avattiin keväällä kolmessa kunnassa. <span style="background:green"></span> '
        "Niiden tunnusväri on sama kuin kaupungin kirjastoissa.</p></body></html>"
    )
    assert lines == [
        "Tukipisteet avattiin keväällä kolmessa kunnassa. Niiden tunnusväri on sama kuin kaupungin kirjastoissa."
    ]


def test_spelling_marks_costs_the_size_of_a_deeply_nested_page() -> None:
    page = "<html><body>" + "<div style='color:#c62828'>" * 3000 + "x" + "</div>" * 3000 + "</body></html>"
    started = time.process_time()
    assert _lines(page) == ["x"]
    assert time.process_time() - started < 5  # 8 s when every coloured element read its whole text


def test_a_row_of_reasons_under_a_header_of_dimensions_rates_nothing() -> None:
    with lighttext.legend([]):
        first = lighttext.find(
            "Tila\tAikataulu\tKustannukset",
            ["Tila", "Aikataulu", "Kustannukset"],
            "Nyt\tvihreä\tkeltainen",
            ["Nyt", "vihreä", "keltainen"],
        )
        assert first == (True, [("schedule", "on-plan"), ("costs", "deviation")])
        reasons = ["Perustelu", "Etenee suunnitellusti", "Kulut ylittyivät arviosta"]
        assert lighttext.find("\t".join(reasons), reasons, None, None) is None
