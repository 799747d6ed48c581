"""The owner of a funding instrument is no funder (issue 13, stop 32; test12 c10, c11, c15).

"Rahoitus tulee EU:n elpymis- ja palautumistukivälineestä", "STM myönsi hankkeelle … euroa EU:n
elpymis- ja palautumistukivälineestä": the EU owns the instrument and grants nothing to a project (the
corpus convention); the funder is the authority granting the instrument's money, read from the
programme as where no funder is named. Before, the funding sentence's EU stayed the funder. A party
named as the funder in the same sentence ("… rahoittaa Euroopan unioni") still is. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_STM = "https://w3id.org/hankegraafi/vocab/organisation/stm"
_EU = "https://w3id.org/hankegraafi/vocab/organisation/eu"
_HEAD = "Tilannekatsaus 4/2024\n\nHanke: Etäneuvola Kainuuseen\nHallinnoija: Kainuun hyvinvointialue\n\n"


def _funders(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return [str(p.funder.iri) for p in x.projects if p.funder is not None]


def test_money_coming_from_the_eus_instrument() -> None:
    text = _HEAD + "Neuvola avautui Kajaanissa. Rahoitus tulee EU:n elpymis- ja palautumistukivälineestä.\n"
    assert _funders(text) == [_STM]


def test_a_ministry_granting_from_the_eus_instrument() -> None:
    text = _HEAD + (
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 900 000 euroa EU:n elpymis- ja "
        "palautumistukivälineestä. Neuvola avautui Kajaanissa.\n"
    )
    assert _funders(text) == [_STM]


def test_the_eu_named_as_the_party_that_funds_stays_the_funder() -> None:
    text = _HEAD + "Hanketta rahoittaa Euroopan unioni. Neuvola avautui Kajaanissa.\n"
    assert _funders(text) == [_EU]
