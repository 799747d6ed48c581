"""Traffic lights in forms the variant generator found missed (stop 32, helper V3; invented text).

Each test is one class: a card per dimension whose value stands on a labelled line under it
("Aikataulu" / "Tilanne: P"), lights rated by colour in prose in a document whose layout is not
recognised, and dimensions named in the template's own words and rated in words under a heading
the section vocabulary knows as the lights section.
"""

from __future__ import annotations

from hankegraafi.ingest import lightplaces
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightcards import labelled_value
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_a_labelled_line_under_a_card_gives_its_value_when_the_value_says_itself() -> None:
    assert labelled_value("Status: green") == "on-plan"
    assert labelled_value("Läge: röd") == "deviation"
    assert labelled_value("**Arvio:** 🟡") == "deviation"
    assert labelled_value("Vastuuhenkilö: Anna Korhonen") is None  # a comment line, no value
    assert labelled_value("Aikataulu: vihreä") is None  # a dimension's own line is a light, not a card's value
    assert labelled_value("Syy: kustannukset nousivat, koska laitteet kallistuivat") is None


CARDS = """TILANNERAPORTTI 2/2025

Hankkeen nimi: Yhteinen asiakasohjaus
Hallinnoija: Kainuun hyvinvointialue

Liikennevalot
Selite: V = vihreä, K = keltainen, P = punainen

Aikataulu
Tilanne: K
Hankinta viivästyi.

Kustannukset
Tilanne: V
Ei huomautettavaa.

Riskit
Tilanne: P
Avainhenkilö jää pois.
"""


def test_a_card_per_dimension_with_a_legends_letter_on_a_labelled_line() -> None:
    assert _lights(CARDS) == {"schedule": "deviation", "costs": "on-plan", "risks": "deviation"}


def test_a_card_whose_line_under_the_dimension_is_a_comment_gives_no_light() -> None:
    text = CARDS.replace("Tilanne: K", "Vastuu: hankepäällikkö").replace(
        "Tilanne: V", "Vastuu: talouspäällikkö"
    )
    assert _lights(text) == {"risks": "deviation"}


PAGE = """<html><body><main>
<h1>Etäkuntoutus kylille etenee</h1>
<p>Julkaistu 3.10.2025</p>
<p>Etäkuntoutus kylille -hankkeessa Pohjois-Savon hyvinvointialueen fysioterapeutti ohjaa asiakkaita verkossa.</p>
<p>Ohjausryhmä arvioi tilanteen syyskuussa. Aikataulun tilanne on keltainen. Kustannukset ovat vihreällä.</p>
</main></body></html>"""


def test_colours_given_to_two_dimensions_in_prose_are_lights_in_a_document_no_layout_names() -> None:
    assert _lights(PAGE, "uutinen.html") == {"schedule": "deviation", "costs": "on-plan"}


def test_prose_that_reports_without_a_colour_gives_no_light_in_such_a_document() -> None:
    page = PAGE.replace("Aikataulun tilanne on keltainen.", "Aikataulu on pitänyt.").replace(
        "Kustannukset ovat vihreällä.", "Kustannukset pysyivät budjetissa."
    )
    assert _lights(page, "uutinen.html") == {}


def test_a_heading_the_vocabulary_names_as_the_lights_section_opens_a_place_of_lights() -> None:
    assert lightplaces.place_heading("Tilannearvio osa-alueittain")
    assert not lightplaces.place_heading("Riskienhallinta")
    assert not lightplaces.place_heading("Tavoitteiden toteutuminen")


WORDS = """TILANNERAPORTTI 1/2025

Hankkeen nimi\tKotiapteekki verkossa
Hallinnoija\tSatakunnan hyvinvointialue

{heading}
Aikataulun pitävyys\tEi poikkeamia
Budjetissa pysyminen\tSelvästi jäljessä
Riskienhallinta\tHallinnassa

Seuraavan kauden tehtävät
Palvelu laajenee.
"""


def test_dimensions_in_the_templates_own_words_rated_in_words_under_a_heading_of_lights() -> None:
    lights = _lights(WORDS.format(heading="Tilannearvio osa-alueittain"))
    assert lights == {"schedule": "on-plan", "costs": "deviation", "risks": "on-plan"}


def test_the_same_rows_in_words_under_another_heading_are_no_lights() -> None:
    assert _lights(WORDS.format(heading="Kehittämisen painopisteet")) == {}


def test_a_cards_rating_line_repeated_under_every_dimension_is_no_page_header() -> None:
    """'Status: green' under four cards is repeated as a running header is, but it is each card's
    value: the page-header filter keeps it (before, the third and later cards lost their lights)."""
    text = """STATUS REPORT 1/2025

Project name: Shared client guidance
Administrator: Kainuun hyvinvointialue

Schedule
Status: green
No remarks.

Costs
Status: green
No remarks.

Staff
Status: green
No remarks.

Risks
Status: green
No remarks.
"""
    assert _lights(text) == {"schedule": "on-plan", "costs": "on-plan", "staff": "on-plan", "risks": "on-plan"}
