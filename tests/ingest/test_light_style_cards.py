"""Cards whose markup gives their colour (stop 33, issue 13; invented pages): a card or tile titled by its
dimension, coloured by a class ("tila tila--keltainen", a class name spelt without the Nordic letters'
dots) or a style's background, with a comment or none. The colour is written under the title, as a card
prints its rating (lightwords._card_heading). Found by test14 e09; pinned by tune u426.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

HEAD = "<html><body><h1>Kotikuntoutuksen etäohjaus -hanke</h1><p>Hankkeen hallinnoija on Lapin hyvinvointialue.</p>"


def _lights(body: str) -> dict[str, object]:
    page = HEAD + body + "</body></html>"
    x = extract(read_bytes(page.encode(), file_name="sivu.html", max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


def test_a_card_coloured_by_its_class_rates_the_dimension_its_title_names() -> None:
    body = (
        "<h2>Tilannekuva</h2>"
        "<div class='tila tila--vihrea'><h3>Aikataulu</h3></div>"
        "<div class='tila tila--keltainen'><h3>Kustannukset</h3><p>ostot myöhässä</p></div>"
        "<div class='tila tila--rod'><h3>Riskit</h3><p>sopimus päättyy</p></div>"
    )
    assert _lights(body) == {"schedule": "on-plan", "costs": "deviation", "risks": "deviation"}


def test_a_card_coloured_by_its_style_rates_too() -> None:
    body = (
        "<div style='background-color: #2e7d32'><h4>Aikataulu</h4></div>"
        "<div style='background-color: #f9a825'><h4>Henkilöstö</h4><p>kaksi sijaista puuttuu</p></div>"
    )
    assert _lights(body) == {"schedule": "on-plan", "staff": "deviation"}


def test_a_coloured_box_titled_by_no_dimension_rates_nothing() -> None:
    body = "<div class='laatikko--vihrea'><h3>Ajankohtaista</h3><p>Uusi ajanvaraus avautui.</p></div>"
    assert _lights(body) == {}
