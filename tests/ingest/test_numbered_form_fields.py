"""A printed web form's numbered fields ("1. Hankkeen nimi => X") are fields like "Hankkeen nimi: X".

A form filled in on a web page and printed numbers its questions and marks each answer with an
arrow or a colon; its title is the report's kind with an aside in brackets ("Tilannekatsaus
(verkkolomakkeen tuloste 14.11.2025)"), no name. The documents are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.projectname import kind_line
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import segment

FORM = """VÄLIKATSAUS (verkkolomakkeen tuloste 2.6.2025)

1. Hankkeen nimi => Kotikuntoutus Kymenlaaksossa
2. Raportointijakso => 1.1.2025 - 31.5.2025
3. Mitä jaksolla tehtiin => Kotikuntoutus laajeni Kouvolaan, ja kuntoutujat saivat ohjauksen kuvayhteydellä.
"""


def read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


@pytest.mark.parametrize(
    "line", ["1. Hankkeen nimi => Kotikuntoutus Kymenlaaksossa", "1. Hankkeen nimi: X-hanke"]
)
def test_a_numbered_field_is_a_field(line: str) -> None:
    fields = [e for e in segment([line]).elements if e.type == "field"]
    assert [e.key for e in fields] == ["name"]


def test_the_numbered_name_field_names_the_project_and_the_kind_line_none() -> None:
    x = read(FORM, "lomake.txt")
    assert [p.name for p in x.projects] == ["Kotikuntoutus Kymenlaaksossa"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("TILANNEKATSAUS (verkkolomakkeen tuloste 14.11.2025)", True),
        ("Väliraportti 2/2024 (luonnos)", True),
        ("Tilannekatsaus", True),
        ("Kotikuntoutus Kymenlaaksossa (Kouvola)", False),
    ],
)
def test_a_kind_line_may_have_an_aside_in_brackets(line: str, kind: bool) -> None:
    assert kind_line(line) is kind
