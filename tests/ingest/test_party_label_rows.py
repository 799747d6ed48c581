"""A parties' section given as one labelled row of a sheet or form (issue 13, stop 32; test9 q06, q09).

"Toteuttajat | Lahden kaupunki (liikuntaneuvonta), Heinolan kaupunki (koulut), LAB-ammattikorkeakoulu
(arviointi)" and "Kansalliset palvelut | Omaolo (hyvinvointikysely)": the label is a section's
(actors, dependencies: fields.ttl), the value its parties. An organisation with its share of the work in
brackets is a partner and a dependency; one listed with no share a co-implementer, an organisation
only; a national service a dependency. Before, such a row was read by no family. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Hanke: Liikkuva kuntoutus\nHallinnoija: Pohjois-Karjalan hyvinvointialue\n\n"


def _read(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    x = extract(read_bytes(text.encode(), file_name="lomake.txt", max_bytes=100_000))
    deps = sorted(d.target.label for p in x.projects for d in p.dependencies)
    orgs = sorted((pa.organisation.label, pa.role) for p in x.projects for pa in p.participations)
    return deps, orgs


def test_parties_with_their_shares_in_a_label_row() -> None:
    text = _HEAD + (
        "Toteuttajat\tJoensuun kaupunki (tilat), Karelia-ammattikorkeakoulu (arviointi), Lieksan kaupunki\n"
        "Kansalliset palvelut\tOmaolo (oirearvio)\n\nTyö jatkuu syksyllä.\n"
    )
    deps, orgs = _read(text)
    assert deps == ["Joensuu", "Karelia-ammattikorkeakoulu", "Omaolo"]
    assert ("Lieksa", "co-implementer") in orgs
    assert ("Joensuu", "partner") in orgs and ("Karelia-ammattikorkeakoulu", "partner") in orgs


def test_a_row_of_another_label_names_no_party() -> None:
    deps, _orgs = _read(_HEAD + "Huomioita\tJoensuun kaupunki (tilat)\n\nTyö jatkuu syksyllä.\n")
    assert "Joensuu" not in deps
