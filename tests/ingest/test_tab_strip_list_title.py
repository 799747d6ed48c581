"""A toimintamalli page whose tab strip was saved as a list names the page by the line above it (invented text).

"- Perustiedot" / "- Kuvaus" / "- Arviointi" / "- Juurruttaminen": "Kuvaus" is no tab word, so the strip is
found at "- Arviointi"; the items above it are its tabs, not the page's name (innokyla.tab_page_title).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def test_the_list_items_above_the_strip_are_tabs_not_the_name() -> None:
    text = (
        "Iltakuntoutus kotiin\n\nKotihoidon asiakas saa illalla kuntoutushoitajan kotiinsa.\n\n"
        "- Perustiedot\n- Kuvaus\n- Arviointi\n- Juurruttaminen\n\n"
        "Toimintamallin nimi\nIltakuntoutus kotiin\n\nToteutuspaikka\nKymenlaakson hyvinvointialue: Kotka\n"
    )
    x = extract(read_bytes(text.encode(), file_name="malli.txt", max_bytes=100_000))
    assert [p.name for p in x.projects] == ["Iltakuntoutus kotiin"]
