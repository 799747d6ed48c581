"""A message's subject names the project after its label and the report's kind and period.

"Subject: Tilannekatsaus Q3/2023 - X -hanke": the label and "Tilannekatsaus Q3/2023 - " are no
part of the name; the sender, recipients, date, greeting and closing are no title at all. The
documents are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.namecuts import message_line, subject_name, without_kind_before
from hankegraafi.ingest.readers import read_bytes

MESSAGE = """From: Projektisihteeri <sihteeri@example.invalid>
To: Ohjausryhmä
Sent: 2.10.2025 8.30
Subject: Osavuosikatsaus Q3/2025 - Arjen apu Kainuussa -hanke

Hei kaikki,

alla jakson tilanne. Arjen apu Kainuussa -hankkeessa kotihoidon asiakkaat Kajaanissa saivat iltakäynnit kuvayhteydellä.

Terveisin
Projektisihteeri
"""


def read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


def test_the_subjects_name_without_its_label_and_kind() -> None:
    x = read(MESSAGE, "viesti.txt")
    assert [p.name for p in x.projects] == ["Arjen apu Kainuussa -hanke"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Subject: Tilannekatsaus Q3/2023 - Kotona Kainuussa -hanke", "Kotona Kainuussa -hanke"),
        ("Ämne: VS: Lägesrapport 2/2025 – Hemma i Vasa", "Hemma i Vasa"),
        ("Subject: Kotona Kainuussa -hanke", "Kotona Kainuussa -hanke"),
        ("Aihe: Etälääkäri kotiin -hanke, elokuun tilanne", "Etälääkäri kotiin -hanke"),
        ("Aihe: Kotona Kainuussa hanke – ohjausryhmän kokous", "Kotona Kainuussa hanke"),
        ("Kotona Kainuussa – Osahanke 2", "Kotona Kainuussa – Osahanke 2"),  # no subject line: as it is
    ],
)
def test_subject_name(line: str, name: str) -> None:
    assert subject_name(line) == name


def test_a_name_that_opens_with_the_kind_and_period_loses_them() -> None:
    assert (
        without_kind_before("Neljännesvuosikatsaus Q2/2025 - Kotiin kuntoutus -hanke")
        == "Kotiin kuntoutus -hanke"
    )
    assert without_kind_before("Arjen apu - Kainuu -hanke") == "Arjen apu - Kainuu -hanke"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("From: Projektisihteeri <sihteeri@example.invalid>", True),
        ("Hei kaikki,", True),
        ("Ystävällisin terveisin", True),
        ("Subject: Arjen apu Kainuussa -hanke", False),
        ("Arjen apu Kainuussa -hanke", False),
        ("Pohjanmaa: tulevaisuuden sote-keskus", False),  # a name with a colon, no header
    ],
)
def test_message_line(line: str, message: bool) -> None:
    assert message_line(line) is message


def test_a_finnish_subject_that_names_the_project_then_the_news() -> None:
    text = MESSAGE.replace(
        "Subject: Osavuosikatsaus Q3/2025 - Arjen apu Kainuussa -hanke",
        "Aihe: Arjen apu Kainuussa -hanke, syyskuun tilanne",
    )
    text = text.replace("Arjen apu Kainuussa -hankkeessa", "Hankkeessa")
    assert [p.name for p in read(text, "viesti.txt").projects] == ["Arjen apu Kainuussa -hanke"]
