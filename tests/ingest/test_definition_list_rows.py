"""A web page's definition list is pairs of a label and its value: each pair one row (ingest/htmllists.py).

Read as blocks, "<dt>Pilottihanke</dt><dd>X</dd>" gave the term alone on a line, where a label the
vocabulary knows only by its form reads as a title ("Pilottihanke" named the page "Pilotti"). As a row
the term is a label by its place. Found by the variant generator (format=html, labels=other). All texts
are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

PAGE = (
    "<html><body><main><h1>Puolivuotiskatsaus</h1><h2>Perustiedot</h2>"
    "<dl><dt>Pilottihanke</dt><dd>Etäkuntoutus Kainuun kyliin</dd>"
    "<dt>Hallinnoija</dt><dd>Kainuun hyvinvointialue</dd>"
    "<dt>Kuvaus</dt><dd><p>Fysioterapeutti ohjaa harjoitteet videolla.</p><p>Kokeilu alkaa Kuhmossa.</p></dd></dl>"
    "<h2>Liikennevalot</h2><table><tr><td>Aikataulu</td><td>vihreä</td></tr>"
    "<tr><td>Kustannukset</td><td>punainen</td></tr></table></main></body></html>"
)


def test_a_term_and_its_one_line_value_are_one_row_and_a_long_value_stays_blocks() -> None:
    lines = read_bytes(PAGE.encode(), file_name="sivu.html", max_bytes=100_000).lines
    assert "Pilottihanke\tEtäkuntoutus Kainuun kyliin" in lines
    assert "Hallinnoija\tKainuun hyvinvointialue" in lines
    assert "Kuvaus" in lines and "Fysioterapeutti ohjaa harjoitteet videolla." in lines


def test_a_page_whose_name_term_is_a_kind_of_project_is_named_by_its_value() -> None:
    extraction = extract(read_bytes(PAGE.encode(), file_name="sivu.html", max_bytes=100_000))
    assert [p.name for p in extraction.projects] == ["Etäkuntoutus Kainuun kyliin"]
    lights = extraction.project("Etäkuntoutus Kainuun kyliin").lights
    assert {(light.dimension, light.value) for light in lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }


def test_a_row_of_a_label_and_its_value_counts_for_the_layout() -> None:
    from hankegraafi.ingest.segment import detect_kind

    # An Innokylä entity page's <dl>: the labels the layout's cues look for alone on a line stand in rows.
    rows = [
        "Kokonaisuuden nimi\tKotona asumisen kokonaisuus",
        "Aihealueet\tIkääntyneet",
        "Viimeksi muokattu\t1.2.2024",
    ]
    assert detect_kind(rows) == "innokyla-page"
