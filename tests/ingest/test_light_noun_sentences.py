"""A light in a sentence whose subject is the light itself, the dimension named after it (issue 13).

"Trafikljuset för tidsplanen är grönt", "The schedule light is amber": the sentence does not start
with the dimension, as "Aikataulun liikennevalo on vihreä" does, but names it right after the light's
noun (lightdims.dimension_in_sentence). Found by the variant generator (bench/variants,
``light_place`` = sentence with Swedish and English colour words); tuning document u310.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.lightdims import dimension_in_sentence
from hankegraafi.ingest.lightvalues import sentence_light


@pytest.mark.parametrize(
    ("sentence", "light"),
    [
        ("Trafikljuset för tidsplanen är grönt.", ("schedule", "on-plan")),
        ("Trafikljuset för kostnaderna är gult, eftersom bilarna blev dyrare.", ("costs", "deviation")),
        ("The staff light is red.", ("staff", "deviation")),
        ("Aikataulun liikennevalo on vihreä.", ("schedule", "on-plan")),
    ],
)
def test_the_light_noun_names_its_dimension(sentence: str, light: tuple[str, str]) -> None:
    assert sentence_light(sentence) == light


def test_a_light_noun_without_a_dimension_after_it_names_none() -> None:
    assert dimension_in_sentence("Trafikljuset för projektet är grönt.") is None
    assert dimension_in_sentence("The light is green.") is None
