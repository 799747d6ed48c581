"""HTML tags in a document's text are removed whatever their length (a real HTML parse).

Text copied from a web page into a report keeps tags such as a 200-character
``<span style=…>``; on 3bf40d1 the pattern ``<[^>]{1,80}>`` left every tag
longer than 80 characters in the text, and so in labels and quotes.
"""

from __future__ import annotations

import time

import pytest

from hankegraafi.ingest.segment import segment

LONG = '<span style="' + "font-family: Calibri, sans-serif; color: rgb(33, 33, 33); " * 4 + '">'


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (f"Hankkeen nimi: {LONG}Sähköinen perhekeskus</span>", "Hankkeen nimi: Sähköinen perhekeskus"),
        (
            '<a href="https://example.fi/' + "x" * 300 + '">Omaolo</a> otettiin käyttöön',
            "Omaolo otettiin käyttöön",
        ),
        ("<!-- " + "kommentti " * 20 + "-->Tavoite 1", "Tavoite 1"),
        ("\tKustannukset\t<b>1 200 €</b>", "\tKustannukset\t1 200 €"),  # leading tab kept: a table row
        ("Budjetti < 5000 € ja toteuma > 4000 €", "Budjetti < 5000 € ja toteuma > 4000 €"),  # not tags
        ("Ei merkintöjä", "Ei merkintöjä"),
    ],
)
def test_strip_tags(raw: str, text: str) -> None:
    from hankegraafi.ingest.segment import strip_tags

    assert len(LONG) > 80
    assert strip_tags(raw) == text


def test_segmented_lines_hold_no_long_tags() -> None:
    lines = ["Loppuraportti", f"{LONG}Hankkeen tavoitteet</span>", "Tavoite toteutui."]
    cleaned = segment(lines).lines
    assert [line.no for line in cleaned] == [1, 2, 3]  # line numbers unchanged
    assert cleaned[1].text == "Hankkeen tavoitteet"
    assert all("<" not in line.text for line in cleaned)


def test_hostile_markup_stays_linear() -> None:
    """Half a megabyte of unclosed tags and comments (the stdlib's HTMLParser takes minutes) in well under a second."""
    from hankegraafi.ingest.segment import strip_tags

    for hostile in ("<a" * 100_000, "<!--" * 100_000, "</a" * 100_000, "<a b='" * 50_000):
        started = time.process_time()
        strip_tags(hostile)
        assert time.process_time() - started < 1.0
