"""A news headline names the project before what it says of it: "X hanke ehti puoliväliin".

With the word "hanke" written apart (no hyphen), the name runs from the headline's start to the
word; the lower-case words after it are the news. The documents are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.namecuts import headline_name
from hankegraafi.ingest.readers import read_bytes

BODY = """

Julkaistu 3.11.2025

Satakunnan hyvinvointialueella omaishoidon tuen hanke on kokeillut Porissa ja Raumalla iltaisia etäkäyntejä.
"""


def read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Omaishoidon tuen hanke puolivälissä", "Omaishoidon tuen hanke"),
        ("Omaishoidon tuen hanke on puolivälissä", "Omaishoidon tuen hanke"),
        ("Ikäihmisten kotona asumisen tuen hanke ehti puoliväliin", "Ikäihmisten kotona asumisen tuen hanke"),
        ("Satakunnan hyvinvointialueen omaishoidon tuen hanke päättyi", "Omaishoidon tuen hanke"),
    ],
)
def test_the_headline_gives_the_name_before_its_news(headline: str, name: str) -> None:
    assert headline_name(headline) == name
    assert [p.name for p in read(headline + BODY, "uutinen.txt").projects] == [name]


@pytest.mark.parametrize(
    "title",
    [
        "Omaishoidon tuen hanke",  # nothing after the word
        "Kestävän kasvun hanke Kainuu",  # a capitalised word after it: part of a name
        "Kestävän kasvun hanke 2022–2025",
        "Hanke etenee",  # no name before the word
    ],
)
def test_a_title_that_is_no_headline_gives_none(title: str) -> None:
    assert headline_name(title) is None
