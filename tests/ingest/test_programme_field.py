"""A programme field ("Ohjelma: X", a fact box's "Rahoitusohjelma") names the project's programme.

The project depends on the programme it belongs to (its money, schedule and reporting), as
when a sentence says so; a field says it in two words. Swedish names the programme of
future health and social services centres without its "-programmet". Texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes

PROGRAMME = "https://w3id.org/hankegraafi/vocab/programme/tulevaisuuden-sote-keskus"


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=1_000_000))


@pytest.mark.parametrize(
    "text",
    [
        "Kotikuntoutus kyliin -hanke\n\nRahoittaja: sosiaali- ja terveysministeriö\nOhjelma: Tulevaisuuden sote-keskus\n\n"
        "Etelä-Savon hyvinvointialueen hanke kehittää kotikuntoutusta Juvan ja Puumalan asiakkaille.\n",
        "Kotikuntoutus kyliin -hanke\n\nRahoitusohjelma\nTulevaisuuden sote-keskus -ohjelma\n\n"
        "Etelä-Savon hyvinvointialueen hanke kehittää kotikuntoutusta Juvan ja Puumalan asiakkaille.\n",
        "Hemrehabilitering i byarna\n\nProgram: Framtidens social- och hälsocentral\n\n"
        "Projektet utvecklar hemrehabilitering för klienter i Närpes; fysioterapeuten gör hembesök inom vården.\n",
    ],
)
def test_a_programme_field_is_the_projects_programme_and_a_dependency(text: str) -> None:
    project = read(text).projects[0]
    assert project.programme is not None and str(project.programme.iri) == PROGRAMME
    assert [str(d.target.iri) for d in project.dependencies if d.target.type == "programme"] == [PROGRAMME]


def test_a_field_naming_no_programme_adds_none() -> None:
    text = (
        "Kotikuntoutus kyliin -hanke\n\nOhjelma: kotikäynnit ja ryhmät\n\n"
        "Etelä-Savon hyvinvointialueen hanke kehittää kotikuntoutusta Juvan ja Puumalan asiakkaille.\n"
    )
    project = read(text).projects[0]
    assert project.programme is None
    assert not [d for d in project.dependencies if d.target.type == "programme"]
