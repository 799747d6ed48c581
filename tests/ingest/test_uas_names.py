"""Universities of applied sciences are in the organisation vocabulary, so a partner named by its
short brand alone ("Xamk arvioi …", "Arcada utvärderar …", "Oamk kouluttaa …") is linked, an
organisation and a dependency of the project (tuning document u219)."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

VOCAB = "https://w3id.org/hankegraafi/vocab/organisation/"


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Xamk arvioi investoinnin vaikutukset.", "xamk"),
        ("Oamk kouluttaa tiimien ohjaajat.", "oamk"),
        ("Arcada utvärderar modellen.", "arcada"),
        ("Kaakkois-Suomen ammattikorkeakoulu arvioi tiimimallin.", "xamk"),
    ],
)
def test_a_university_of_applied_sciences_by_its_short_name(sentence: str, key: str) -> None:
    text = f"Tilanneraportti\n\nHanke: Liikkuva kuntoutus\n\nEteneminen\n{sentence}\n"
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    targets = {str(d.target.iri) for p in x.projects for d in p.dependencies if d.target.linked}
    assert VOCAB + key in targets
