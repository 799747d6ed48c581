"""A party that trains the project's staff does a share of its work, in the active voice too.

"Henkilöstö koulutetaan X:ssä" was read as work done; "X kouluttaa etähoitajat", "X utbildade
personalen" said the same in the active voice, and a party named so in a report's goals or
costs (a stakeholder by its place) was only an organisation. Texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=1_000_000))


REPORT = (
    "Loppuraportti 2024\nHanke: Kotona Kainuussa\nToteuttaja: Kainuun hyvinvointialue\n\n"
    "Etäkotihoito laajeni Kuhmoon ja Sotkamoon.\n\nTavoitteet\nEtäkotihoito kaikissa kunnissa: saavutettu\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Kajaanin ammattikorkeakoulu kouluttaa kotihoidon etäohjaajat.", "Kajaanin ammattikorkeakoulu"),
        ("Kajaanin ammattikorkeakoulu koulutti ohjaajat keväällä.", "Kajaanin ammattikorkeakoulu"),
        ("Yrkeshögskolan Novia utbildade personalen.", "Yrkeshögskolan Novia"),
    ],
)
def test_a_party_training_the_staff_is_relied_on(sentence: str, party: str) -> None:
    project = read(REPORT.format(sentence=sentence)).projects[0]
    assert party in {d.target.label for d in project.dependencies}


def test_a_party_only_named_in_the_goals_is_not() -> None:
    project = read(REPORT.format(sentence="Kajaanin ammattikorkeakoulu sai raportin tiedoksi.")).projects[0]
    assert "Kajaanin ammattikorkeakoulu" not in {d.target.label for d in project.dependencies}
