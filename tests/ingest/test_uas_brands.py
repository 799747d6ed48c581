"""A university of applied sciences named by its brand alone is the vocabulary's organisation.

"JAMK arvioi …", "Jamk haastattelee …": the brands are altLabels of organisation/jamk, as HAMK, KAMK,
Xamk and TAMK are of theirs (ambiguous brands such as LAB and Karelia are not labels).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.entities import Gazetteer


@pytest.mark.parametrize(
    ("brand", "key"),
    [
        ("JAMK", "jamk"),
        ("Jamk", "jamk"),
        ("HAMK", "hamk"),
        ("Xamk", "xamk"),
        ("TAMK", "tamk"),
        ("SeAMK", "seamk"),
    ],
)
def test_a_brand_names_its_university(brand: str, key: str) -> None:
    entry = Gazetteer.default().lookup(brand)
    assert entry is not None
    assert str(entry.iri).endswith(f"/organisation/{key}")


def test_the_brand_is_found_in_a_sentence() -> None:
    (mention,) = Gazetteer.default().find("Jamk haastattelee omaishoitajat helmikuussa.")
    assert (mention.surface, mention.entry.label) == ("Jamk", "Jyväskylän ammattikorkeakoulu")
