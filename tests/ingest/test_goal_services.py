"""A goal that names a national service is work done in it: the service is a dependency.

Goals come as a table's cells, a list or prose; a goal "Asiakas saa ajan Omaolon oirearvion jälkeen"
relies on Omaolo whatever its form. An organisation named in a goal (a venue, a collaboration meant
to go on) is not made one. The texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

REPORT = """Arjen apu Savossa -hanke
Loppuraportti 2/2025

Hanke toimi Kuopiossa ja Siilinjärvellä, ja kotihoidon asiakkaat saivat etäkäyntejä.

Tavoite\tToteutuminen
Asiakkaat tekevät oirearvion Omaolossa ennen käyntiä\ttoteutui
Reseptit uusitaan Kanta-palvelujen kautta\tosittain
Yhteistyö Kuopion kaupungin liikuntapalvelujen kanssa jatkuu\ttoteutui
"""


def test_services_named_in_goals_are_dependencies() -> None:
    x = extract(read_bytes(REPORT.encode(), file_name="loppuraportti.txt", max_bytes=1_000_000))
    (project,) = x.projects
    assert len(project.goals) == 3
    assert sorted(d.target.label for d in project.dependencies) == ["Kanta-palvelut", "Omaolo"]
