"""A breadcrumb whose items a slash parts (a Markdown export of a page's links) ends in the page's name.

"[Sivusto](…) / [Hankkeet](…) / X -hanke" above the page's heading: the trail is no part of the
name; a title in two languages parted by a slash is no trail. The documents are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

PAGE = """[Hyvinvointia Saimaalta](https://example.invalid/) / [Kehittäminen](https://example.invalid/k) / \
[Hankkeet](https://example.invalid/k/h) / Kotikuntoutus etänä -hanke

# Kotikuntoutus etänä -hanke

Hanke kokeilee Etelä-Karjalan hyvinvointialueella kotikuntoutusta kuvayhteydellä Lappeenrannassa.
"""


def read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


def test_a_slashed_trail_of_links_gives_the_pages_own_name() -> None:
    x = read(PAGE, "sivu.md")
    assert [p.name for p in x.projects] == ["Kotikuntoutus etänä -hanke"]


def test_the_trail_alone_still_ends_in_the_name() -> None:
    x = read(PAGE.replace("# Kotikuntoutus etänä -hanke\n", ""), "sivu.md")
    assert [p.name for p in x.projects] == ["Kotikuntoutus etänä -hanke"]


def test_a_title_in_two_languages_is_no_trail() -> None:
    text = "Kotona Kainuussa -hanke / Hemma i Kajanaland -projektet\n\nHanke kehittää kotihoitoa Kajaanissa.\n"
    x = read(text, "sivu.txt")
    assert [p.name for p in x.projects] == ["Kotona Kainuussa -hanke"]
