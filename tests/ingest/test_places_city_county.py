"""The City of Helsinki named as the organiser is also the municipality Helsinki (stop 47, D1).

Invented text. The county classification's code 90 is the City of Helsinki, the one county that is one
municipality (hg:inCounty in the vocabulary): "Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"
name the county and the municipality both (the corpus's golds: 55 of 56 documents of county/90 list
municipality/helsinki). A county of many municipalities named ("Keski-Uudenmaan hyvinvointialue") names none.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.places import sole_municipalities
from hankegraafi.ingest.readers import read_bytes


def _places(text: str) -> tuple[str | None, list[str]]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    county = str(x.region.iri).rsplit("/", 1)[-1] if x.region is not None else None
    return county, sorted(str(entry.iri).rsplit("/", 1)[-1] for entry, _ in x.municipalities)


@pytest.mark.parametrize(
    "organiser",
    ["Helsingfors stad, social-, hälsovårds- och räddningssektorn", "City of Helsinki, Social Services"],
)
def test_the_city_that_is_a_county_is_its_municipality(organiser: str) -> None:
    text = (
        f"Kotikuntoutus verkossa – tilannekatsaus 2025\n\n{organiser}\n\nHanke Kotikuntoutus verkossa jatkuu.\n"
    )
    assert _places(text) == ("90", ["helsinki"])


def test_a_county_of_many_municipalities_names_none() -> None:
    text = "Perhevalmennus verkossa – tilannekatsaus\n\nKeski-Uudenmaan hyvinvointialue\n\nHanke jatkuu syksyllä.\n"
    assert _places(text) == ("02", [])


def test_only_a_county_of_one_municipality_has_one() -> None:
    sole = {
        county.rsplit("/", 1)[-1]: str(e.iri).rsplit("/", 1)[-1]
        for county, e in sole_municipalities(Gazetteer.default()).items()
    }
    assert sole == {"90": "helsinki"}
