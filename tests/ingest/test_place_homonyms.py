"""A municipality whose name is a common Swedish word ("Sund": healthy) is that word where only its
place in the text capitalises it (stop 49, red team R13-3); the words are the vocabulary scheme
``place-homonym``, so a new one is one line there."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

_HEAD = "Hemvård på distans projekt\nLägesrapport 2024\n\n"


def _municipalities(text: str, name: str = "rapport.txt") -> list[str]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [entry.label for entry, _span in x.municipalities]


@pytest.mark.parametrize(
    "line",
    [
        "Projektet genomförs i Sund och Saltvik.",  # after a preposition
        "Sunds kommun deltar i projektet.",  # with the place's word
        "Sund, Saltvik och Jomala deltar.",  # the first of a list of municipalities
        "Sund och Vårdö deltar i piloten.",
        "Piloten startar i Saltvik och Sund.",
    ],
)
def test_the_place_where_the_text_makes_it_one(line: str) -> None:
    assert "Sund" in _municipalities(_HEAD + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Sund kost och motion för unga i Jakobstad.",  # opening a sentence
        "Projektet stöder familjer. Sund vardag är målet i Jakobstad.",  # opening the second sentence
        "- Sund livsstil: motion och kost i Jakobstad",  # opening a list item
    ],
)
def test_the_word_where_only_its_place_capitalises_it(line: str) -> None:
    assert _municipalities(_HEAD + line + "\n") == ["Pietarsaari"]


def test_a_heading_that_opens_with_the_word_names_no_place() -> None:
    assert (
        _municipalities(
            "# Sund vardag för familjer\n\nLägesrapport 2024\n\nProjektet stöder familjer.\n", "r.md"
        )
        == []
    )


def test_a_new_homonym_is_one_vocabulary_line() -> None:
    """ "Vasa" (a sheaf) before the harvest feast: the city until the vocabulary lists the word and its companion."""
    text = _HEAD + "Vasa och skördefesten är projektets symbol. Arbetet görs i Jakobstad.\n"
    assert "Vaasa" in _municipalities(text)
    line = (
        "<https://w3id.org/hankegraafi/vocab/place-homonym/vasa> "
        "<http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/hankegraafi/vocab/place-homonym> ; "
        '<http://www.w3.org/2004/02/skos/core#prefLabel> "vasa"@sv ; '
        '<https://w3id.org/hankegraafi/ontology#cue> "^och skördefest"@sv .'
    )
    with registry.extended(line):
        assert _municipalities(text) == ["Pietarsaari"]
    assert "Vaasa" in _municipalities(text)
