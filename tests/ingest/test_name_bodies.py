"""The project a title names by its own body, and a passive verb before a name (invented text).

"X -hankkeen ohjausryhmä" over a memo names project X (the group is the project's); a body of the county
("Hyvinvointialueen ohjausryhmä") names none. "Käsiteltiin X -hankkeen tilannetta." names X, not
"Käsiteltiin X".
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.namecuts import project_of_body
from hankegraafi.ingest.readers import read_bytes


def _read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="muistio.txt", max_bytes=100_000))


def _root(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project")


def test_a_title_naming_the_projects_group_names_the_project() -> None:
    x = _read(
        "MUISTIO 2/2025\n\nTunturin kotiapu -hankkeen työryhmä\nLapin hyvinvointialue\n\n"
        "Aika        3.3.2025\n\n1  Avaus\n   Puheenjohtaja avasi kokouksen.\n"
    )
    assert _root(x) == "Tunturin kotiapu -hanke"


def test_the_group_of_the_project_and_of_someone_else() -> None:
    assert project_of_body("Saariston kotiapu -hankkeen projektiryhmä") == "Saariston kotiapu -hanke"
    assert project_of_body("Omaishoidon tuen hankkeen ohjausryhmän muistio") == "Omaishoidon tuen hanke"
    assert project_of_body("Hyvinvointialueen ohjausryhmä") is None
    assert project_of_body("Kotihoidon hankkeen loppuraportti") is None  # a report's matter: read elsewhere


def test_a_passive_verb_before_the_name_is_no_part_of_it() -> None:
    x = _read(
        "Kanta-Hämeen hyvinvointialue\nKotihoidon kehittämisryhmän muistio 11.11.2024\n\n"
        "Käsiteltiin Yöpartio kotiin -hankkeen tilannetta. Yöpartio on aloittanut Forssassa.\n"
    )
    assert _root(x) == "Yöpartio kotiin -hanke"
