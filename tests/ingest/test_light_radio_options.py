"""A form's radio buttons printed a cell each, the options in several words (issue 13, stop 31, F9).

"2.1 Aikataulu | (x) Suunnitelman mukainen | ( ) Poikkeama": the ticked option's words, not the last
cell's, give the light (test10 a14 read every row as a deviation; tuning document u345). Invented text.
"""

from __future__ import annotations

import hankegraafi.ingest.extract  # noqa: F401 - the ingest package's modules in their import order
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import marked_option
from hankegraafi.ingest.readers import read_bytes


def test_the_ticked_option_of_several_words() -> None:
    assert marked_option("(x) Suunnitelman mukainen\t( ) Poikkeama") == "on-plan"
    assert marked_option("( ) Etenee suunnitellusti\t(•) Vaatii toimenpiteitä") == "deviation"
    assert marked_option("☐ Vihreä ☒ Keltainen ☐ Punainen") == "deviation"
    assert marked_option("( ) Suunnitelman mukainen\t( ) Poikkeama") == ""  # none ticked


def test_a_form_of_radio_buttons_rates_each_row() -> None:
    text = (
        "SEURANTARAPORTTI\nHankkeen nimi\tLapin kotikuntoutus -hanke\nAvustuksen saaja\tLapin hyvinvointialue\n\n"
        "2.1 Aikataulu\t(x) Suunnitelman mukainen\t( ) Poikkeama\n"
        "2.2 Kustannukset\t( ) Suunnitelman mukainen\t(x) Poikkeama\n"
        "2.3 Henkilöstö\t(x) Suunnitelman mukainen\t( ) Poikkeama\n"
    )
    x = extract(read_bytes(text.encode(), file_name="lomake.txt", max_bytes=100_000))
    lights = {light.dimension: light.value for p in x.projects for light in p.lights}
    assert lights == {"schedule": "on-plan", "costs": "deviation", "staff": "on-plan"}
