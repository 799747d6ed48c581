"""Projects listed together ("A-, B- ja C-hankkeiden") are split; one-word genitive names lemmatised.

Invented sentences; each list shape that documents use has a case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hankegraafi.ingest.extract import project_base as _project_base
from hankegraafi.ingest.extract import project_list_refs
from tests.ingest.conftest import FIXTURES, build, sparql


def listed(sentence: str) -> list[str]:
    return [name for name, _, _ in project_list_refs(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Yhteistyötä on tehty Hämeen Hyvä Arki-, Ikäkoti Plus- ja Vesiviisas -hankkeiden kanssa.",
            ["Hämeen Hyvä Arki", "Ikäkoti Plus", "Vesiviisas"],
        ),
        (
            "Yhteistyötä tehtiin muiden hankkeiden, esimerkiksi Kotona 2.0 sote-keskus-, Pohjoisen "
            "OT-keskuksen jatko- ja Lumo-hankkeiden kanssa.",
            ["Kotona 2.0 sote-keskus", "Pohjoisen OT-keskuksen jatko", "Lumo"],
        ),
        (
            "Työ linkittyi hyvinvointialueen toimeenpanoon sekä mm. Tulevaisuuden sote-keskus- ja "
            "Kulttuurikaaren -hankkeisiin.",
            ["Tulevaisuuden sote-keskus", "Kulttuurikaari"],
        ),
        ("Alfa-, Beeta- ja Gamma-hankkeet tekivät yhteistyötä.", ["Alfa", "Beeta", "Gamma"]),
        (
            "Yhteistyötä tehdään myös muiden hankkeiden kanssa, esimerkiksi Robotti-Sote, Koulu III ja "
            "KASVU Smart Village.",
            ["Robotti-Sote", "Koulu III", "KASVU Smart Village"],
        ),
        ("Alueella on muita hankkeita (Rantaraitti ja sairaalan uuden siiven rakentaminen).", ["Rantaraitti"]),
        ("Hankkeiden yhteistyö oli tiivistä ja tehtävät jaettiin hankkeiden kesken.", []),
        ("Hanke toteutetaan yhdessä Kotona-hankkeen kanssa.", []),  # one project: the singular rule
    ],
)
def test_project_lists(sentence: str, names: list[str]) -> None:
    assert listed(sentence) == names


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Kulttuurikaaren", "Kulttuurikaari"),
        ("Satakulttuurin", "Satakulttuuri"),  # a name Voikko does not know
        ("Kotona", "Kotona"),  # no genitive: left as written
        ("Hämeen Hyvä Arki", "Hämeen Hyvä Arki"),  # longer names are names as written
        ("Vesiviisas", "Vesiviisas"),
    ],
)
def test_project_base(name: str, base: str) -> None:
    assert _project_base(name) == base


def test_listed_projects_are_dependencies_in_the_graph() -> None:
    graph = build(Path(FIXTURES / "loppuraportti.txt"))
    rows = sparql(
        graph,
        "SELECT ?label ?kind WHERE { ?d a hg:Dependency ; hg:dependsOn ?p ; hg:dependencyKind ?kind . "
        "?p a hg:Project ; rdfs:label ?label ; hg:needsReview true }",
    )
    found = {(str(label), str(kind).rsplit("/", 1)[1]) for label, kind in rows}
    assert {
        ("Hämeen Hyvä Arki", "shared-work"),
        ("Ikäkoti Plus", "shared-work"),
        ("Vesiviisas", "shared-work"),
    } <= found
