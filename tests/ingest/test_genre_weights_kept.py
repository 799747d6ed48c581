"""The last text weighed by the genres' cues is kept (issue 17): a document's evidence weighs its text twice.

``domain_evidence`` asks ``other_genre`` and ``development_weight`` of the same text, each weighing every genre's
cues over its first 50 000 characters; the second answer is the first one's, as a copy (``other_genre`` takes
the project's weight out of the dict it gets), and another text or another reading of the vocabularies is
weighed anew. The texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.domain import genre_weights, other_genre
from hankegraafi.ontology import registry

ADVERT = """Sairaanhoitaja, päivystys, Kokkola

Keski-Pohjanmaan hyvinvointialue hakee sairaanhoitajaa.
Työsuhde: vakituinen. Hakuaika päättyy 30.4.2026.
Palkkaus: hoitohenkilöstön virka- ja työehtosopimuksen mukaan. Hae työpaikkaa Kuntarekryssä.
"""
PROJECT = "Hankkeen tavoitteena on kehittää kotihoitoa. Hanke on valtionavustuksella rahoitettu pilotti."


def test_the_same_text_weighed_twice_gives_equal_and_separate_weights() -> None:
    first = genre_weights(ADVERT)
    assert other_genre(ADVERT) is not None  # takes the project's weight out of its own copy
    second = genre_weights(ADVERT)
    assert second == first and second is not first
    first.clear()
    assert genre_weights(ADVERT) == second


def test_another_text_or_reading_is_weighed_anew() -> None:
    advert, project = genre_weights(ADVERT), genre_weights(PROJECT)
    assert advert != project
    assert genre_weights(ADVERT) == advert
    with registry.extended(""):  # a new reading of the same vocabularies: weighed again, the same weights
        assert genre_weights(ADVERT) == advert
