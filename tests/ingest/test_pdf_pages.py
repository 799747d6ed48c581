"""A PDF's pages as one text (ingest/pdfpages.py, stop 56 M8; test47 or14's class): the running header once, the
page-number footer dropped, a table over the page break one table; a page opening with another table keeps the
furniture between them. The pages are given as the reader's lines (cells split by tabs); all text is invented."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.pdfpages import joined_pages

HEAD = "Kainuun hyvinvointialue\tLoppuraportti"


@pytest.mark.parametrize(
    "footer", ["Sivu {n}", "{n} / 2", "{n} (2)", "sivu {n}/2", "Sida {n} av 2", "Page {n} of 2"]
)
def test_a_table_over_the_page_break_is_one_table(footer: str) -> None:
    one = [
        HEAD,
        "",
        "Kustannukset (€)",
        "Kustannuslaji\t2024\t2025",
        "Henkilöstökulut\t120 000\t98 000",
        "",
        footer.format(n=1),
    ]
    two = [
        HEAD,
        "",
        "Matkakulut\t4 200\t3 100",
        "Yhteensä\t124 200\t101 100",
        "",
        "Raportti hyväksytty.",
        "",
        footer.format(n=2),
    ]
    assert [line for line in joined_pages([one, two]) if line] == [
        HEAD,
        "Kustannukset (€)",
        "Kustannuslaji\t2024\t2025",
        "Henkilöstökulut\t120 000\t98 000",
        "Matkakulut\t4 200\t3 100",
        "Yhteensä\t124 200\t101 100",
        "Raportti hyväksytty.",
    ]


@pytest.mark.parametrize(
    "opening", ["Kustannuslaji\tBudjetti 2025\tToteutunut 2025", "Kustannuslaji\t2024\t2025"]
)
def test_a_page_opening_with_another_table_keeps_what_stood_between(opening: str) -> None:
    one = [HEAD, "Talous", "Kustannuslaji\t2024\t2025", "Henkilöstökulut\t120 000\t98 000", "", "1 (2)"]
    two = [HEAD, opening, "Henkilöstökulut\t130 000\t60 000", "", "2 (2)"]
    lines = [line for line in joined_pages([one, two]) if line]
    assert lines[lines.index("Henkilöstökulut\t120 000\t98 000") + 1] == "1 (2)"


def test_one_page_and_pages_alike_are_as_read() -> None:
    page = [HEAD, "Henkilöstökulut\t120 000\t98 000", "Sivu 1"]
    assert joined_pages([page]) == [*page, ""]
    assert joined_pages([page, page]) == [*page, "", *page, ""]
