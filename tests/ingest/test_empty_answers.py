"""A field that names who funds, runs or contacts and says nothing names nobody (stop 49).

The empty answers are the labels of the vocabulary scheme ``empty-answer``: a new way of
saying nothing is one label there, shown by a test that adds one.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.emptyanswers import empty_answer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry


def _extraction(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


@pytest.mark.parametrize(
    "text",
    [
        "–",
        "...",
        "- -",
        "Ei tiedossa.",
        "ei vielä päätetty",
        "Avgörs senare",
        "uppgift saknas",
        "TBD",
        "N/A",
        "None",
    ],
)
def test_what_says_nothing(text: str) -> None:
    assert empty_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "STM",
        "Sosiaali- ja terveysministeriö",
        "Ei erillistä rahoitusta saatu vielä",
        "Tampere",
        "Avoin työpaja",
    ],
)
def test_what_says_something(text: str) -> None:
    assert not empty_answer(text)


def _funders(value: str, lang: str = "fi") -> list[str]:
    heads = {
        "fi": (
            "Kotihoidon etäpalvelut -hanke\nTilanneraportti 2024\nPohjanmaan hyvinvointialue\n\n",
            "Rahoittaja",
        ),
        "sv": ("Distanshemvård projekt\nLägesrapport 2024\nVälfärdsområdet Österbotten\n\n", "Finansiär"),
    }
    head, label = heads[lang]
    text = f"{head}{label}: {value}\nHankepäällikkö: Anna Berg\n\nHanke kehittää kotihoitoa Vaasassa.\n"
    return [
        str(getattr(pa.organisation, "iri", pa.organisation)).rsplit("/", 1)[-1]
        for p in _extraction(text).projects
        for pa in p.participations
        if pa.role == "funder"
    ]


@pytest.mark.parametrize(
    ("value", "lang"), [("ei vielä päätetty", "fi"), ("Tarkentuu myöhemmin", "fi"), ("avgörs senare", "sv")]
)
def test_a_funder_field_that_says_nothing_names_no_funder(value: str, lang: str) -> None:
    assert _funders(value, lang) == []


def test_a_funder_field_that_names_one_still_does() -> None:
    assert _funders("Sosiaali- ja terveysministeriö") == ["stm"]


def test_a_manager_not_yet_known_is_nobody() -> None:
    text = "Kotihoidon etäpalvelut -hanke\nTilanneraportti 2024\nPohjanmaan hyvinvointialue\n\nHankepäällikkö: ei tiedossa\n"
    people = [p.name for project in _extraction(text).projects for p in project.persons]
    assert people == []


def test_a_new_empty_answer_is_one_vocabulary_line() -> None:
    """A value the vocabulary does not know as empty ("Selvitetään", being looked into) names a funder; one
    label in the scheme ``empty-answer`` makes it nobody."""
    text = "Kotihoidon etäpalvelut -hanke\nTilanneraportti 2024\nPohjanmaan hyvinvointialue\n\nRahoittaja: Selvitetään\n"
    assert not empty_answer("Selvitetään")
    line = (
        "<https://w3id.org/hankegraafi/vocab/empty-answer/none> "
        '<http://www.w3.org/2004/02/skos/core#hiddenLabel> "selvitetään"@fi .'
    )
    with registry.extended(line):
        assert empty_answer("Selvitetään")
        assert [pa for p in _extraction(text).projects for pa in p.participations if pa.role == "funder"] == []
    assert not empty_answer("Selvitetään")
