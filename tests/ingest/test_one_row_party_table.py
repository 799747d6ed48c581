"""A partners' table of one row is one party (issue 13, stop 32; test12 c08, tune u241).

Under a partners' heading ("KUMPPANIT", "Kumppanit"), a headless table whose rows are a party and
what it does ("Laurea-ammattikorkeakoulu | testaa chat-palvelun käytettävyyden") was read only with
two rows or more; a sheet or a form with one partner lost it, as a dependency and as an organisation.
One row is read when its name is known (the vocabulary or a name's form); a header alone is no party.
All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Hanke: Etäkuntoutus kotiin\nHallinnoija: Pohjois-Savon hyvinvointialue\n\n"


def _parties(text: str) -> tuple[list[str], list[str]]:
    x = extract(read_bytes(text.encode(), file_name="lomake.txt", max_bytes=100_000))
    deps = [d.target.label for p in x.projects for d in p.dependencies]
    orgs = [pa.organisation.label for p in x.projects for pa in p.participations if pa.role == "partner"]
    return deps, orgs


def test_one_partner_row_under_the_partners_heading() -> None:
    text = (
        _HEAD
        + "KUMPPANIT\nSavonia-ammattikorkeakoulu\tarvioi kuntoutuksen vaikutukset\n\nTyö jatkuu syksyllä.\n"
    )
    assert _parties(text) == (["Savonia-ammattikorkeakoulu"], ["Savonia-ammattikorkeakoulu"])


def test_a_row_naming_nothing_known_is_no_party() -> None:
    text = _HEAD + "Kumppanit\nSyksyn aikana\tsovitaan työnjaosta\n\nTyö jatkuu syksyllä.\n"
    assert _parties(text) == ([], [])
