"""Refusing a text that speaks of no development: what a text is about, not a list of its topics.

A county's notice of a lease, a contract or a rent names the county, its towns, Kela and
sums as a project's text does, in words of no genre the vocabulary lists. When no project,
programme or traffic light was read from it and it has no word of a development project
at all, it is refused; one word of developing is enough to be read. All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.domain import MIN_PROJECT_WEIGHT, development_weight, other_genre
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import IngestError, read_bytes


def read(text: str, name: str = "ilmoitus.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


LAUNDRY = """Pirkanmaan hyvinvointialue, tukipalvelut
Päätös 22/2026 – Pyykkihuollon sopimuksen jatko

Sairaaloiden pyykkihuollon sopimus jatkuu 1.3.2026–28.2.2027.
Kohde\tKunta\tHinta vuodessa €
Sairaalan vuodeosastot\tTampere\t410 000
Terveyskeskussairaala\tValkeakoski\t95 000
Yhteensä\t\t505 000
Kelan toimipisteen liinavaatteet kuuluvat sopimukseen Valkeakoskella.
"""


def test_a_notice_naming_a_county_kela_and_sums_but_no_development_is_refused() -> None:
    assert other_genre(LAUNDRY) is None  # no genre of the vocabulary: the refusal is by what it is about
    assert development_weight(LAUNDRY) < MIN_PROJECT_WEIGHT
    with pytest.raises(IngestError) as refused:
        read(LAUNDRY)
    message = str(refused.value)
    assert message.startswith("ilmoitus.txt: unrecognised document, not about a sote project: looked for")
    assert "Pirkanmaan hyvinvointialue" in message and "Kansaneläkelaitos" in message  # what it did name
    assert "no project, programme or word of developing one" in message
    assert "ei hanketta eikä kehittämisen sanoja" in message and "inga ord om utveckling" in message


def test_the_same_notice_saying_what_is_developed_is_read() -> None:
    text = LAUNDRY.replace(
        "Sairaaloiden pyykkihuollon",
        "Hyvinvointialue kehittää samalla tekstiilien kierrätystä. Sairaaloiden pyykkihuollon",
    )
    assert development_weight(text) >= MIN_PROJECT_WEIGHT
    x = read(text)
    assert x.region is not None and x.region.label == "Pirkanmaan hyvinvointialue"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Kotihoidon kehittäminen Mikkelissä", 1),  # the noun, not only "kehittämis-" and "kehittää"
        ("Ohjausryhmän kokous 14.11.", 2),  # a steering group governs a project
        ("Styrgruppens möte 3.4.", 2),
        ("Terveysaseman piha aurataan. Lasku 9 200 euroa.", 0),
        # Inflected forms count as the base forms do: a minute about a project may use no other.
        ("Työ toteutetaan valtionavustuksella, jota myönnettiin 1,2 miljoonaa euroa.", 3),
        ("Hankkeille ja hankkeista", 3),
        ("Hankeaika: 1.1.2024–31.12.2025", 3),  # a compound of "hanke" is a project's word too
        ("Kehitysjohtaja esittelee", 1),
        ("Hankintayksikkö hankkii siivouksen", 0),  # procuring is no project
    ],
)
def test_words_of_developing_weigh(text: str, weight: int) -> None:
    assert development_weight(text) == weight


def test_a_project_told_in_inflected_care_words_is_read() -> None:
    """ "asiakkaille", "hoidon", "kotiutuneille": words of care in their inflected forms count, so a
    short news item naming its project and towns is read (it had been refused as no sote text)."""
    text = (
        "Kotiutuksen puhelinseuranta -hanke\n\nPuhelinseurantaa kokeiltiin Hämeenlinnassa. Hoitajat soittivat "
        "kotiutuneille asiakkaille, ja hoidon jatkosta sovittiin puhelimessa.\n"
    )
    assert [p.name for p in read(text).projects] == ["Kotiutuksen puhelinseuranta -hanke"]


SHEET = """Hanke;Kotisairaalan laajennus;;
Hyvinvointialue;Kainuun hyvinvointialue;;
Kustannuslaji;Budjetti;Toteuma;Ennuste
Henkilöstökulut;120000;80000;110000
Palvelujen ostot;50000;20000;45000
Yhteensä;170000;100000;155000
"""


def test_a_cost_sheet_of_a_project_in_a_county_named_as_such_is_read() -> None:
    """Never refuse a project: the county named as such in a row no field knows is evidence even where
    one mention settles no county (found at stop 32: this sheet was refused, "found none")."""
    x = read(SHEET, "seuranta.csv")
    assert [p.name for p in x.projects] == ["Kotisairaalan laajennus"]
    assert any("layout not recognised" in w for w in x.warnings)
    with pytest.raises(IngestError):  # the same sheet naming no county, organisation or sote word
        read(SHEET.replace("Hyvinvointialue;Kainuun hyvinvointialue;;\n", "").replace("Kotisairaalan", "Pihan"))


_SHEET = "{name}\nHankenumero\tPK-2023-14\nMyönnetty valtionavustus\t640 000 €\nKunnat\tJoensuu, Kitee, Lieksa\n\nKuukausi\tKulut\n1/2023\t21 000\n2/2023\t22 500\n"


def test_a_project_sheet_named_by_a_word_of_care_is_read() -> None:
    """A cost sheet of a project speaks few words of care: its title names one ("Kotikuntoutus …") and
    its fields a project's (a project number, a state grant). test23 s39's class; invented text."""
    x = read(_SHEET.format(name="Kotikuntoutus Pohjois-Karjalassa"), name="seuranta.txt")
    assert [p.name for p in x.projects] == ["Kotikuntoutus Pohjois-Karjalassa"]


@pytest.mark.parametrize("name", ["Katujen talvihoito", "Liikuntapaikkojen kunnostus"])
def test_the_same_sheet_of_a_road_or_a_sports_ground_is_refused(name: str) -> None:
    """ "Hoito" is a road's word too (talvihoito): a care word as common as that names no sote project."""
    with pytest.raises(IngestError, match="not about a sote project"):
        read(_SHEET.format(name=name), name="seuranta.txt")
