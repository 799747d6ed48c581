"""A programme's heading above a report's form names the programme, not the project.

"TULEVAISUUDEN SOTE-KESKUS -OHJELMA – HANKKEIDEN RAPORTOINTI" over "Hankkeen nimi: X": the project is
X, of the programme; a line that begins with a programme's name and goes on with a place or a project
word in the singular is a project's name. The documents are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.identity import programme_line
from hankegraafi.ingest.readers import read_bytes

FORM = """TULEVAISUUDEN SOTE-KESKUS -OHJELMA – HANKKEIDEN LOPPURAPORTOINTI

Hankkeen nimi: Kotona Keski-Pohjanmaalla
Hallinnoija: Keski-Pohjanmaan hyvinvointialue
Toteutusaika: 1.1.2021–31.10.2023

Hanke kehitti kotihoidon iltapalveluja Kokkolassa ja Kannuksessa.
"""


def test_the_form_names_the_project_below_the_programmes_heading() -> None:
    x = extract(read_bytes(FORM.encode(), file_name="loppuraportti.txt", max_bytes=1_000_000))
    assert [(p.name, p.level) for p in x.projects] == [("Kotona Keski-Pohjanmaalla", "project")]
    assert x.projects[0].programme is not None
    assert x.projects[0].programme.label == "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"


@pytest.mark.parametrize(
    ("line", "programme"),
    [
        ("KESTÄVÄN KASVUN OHJELMA – SOTE-RRF", "Suomen kestävän kasvun ohjelma"),
        (
            "Tulevaisuuden sote-keskus -ohjelman hankkeet 2020-2023",
            "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
        ),
        ("Kestävän kasvun ohjelma – sote-hankkeiden väliraportointi", "Suomen kestävän kasvun ohjelma"),
        # a place, a capitalised word or one project in the singular: a project's name
        ("Kestävän kasvun ohjelma – Kainuu", None),
        ("KESTÄVÄN KASVUN OHJELMA – KAINUUN HANKE", None),
        ("Tulevaisuuden sote-keskus -ohjelman hanke Arjen tuki", None),
        ("Etelä-Savon Kestävän kasvun hanke", None),
    ],
)
def test_programme_line(line: str, programme: str | None) -> None:
    mentions = Gazetteer.default().find(line.capitalize() if line.isupper() else line)
    found = programme_line(line.capitalize() if line.isupper() else line, mentions)
    assert (found.label if found is not None else None) == programme
