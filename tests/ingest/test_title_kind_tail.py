"""A title "X · tiimin tilannesivu" / "X — quarterly note Q2/2025" names X when the text names X alone (invented
text; projectname._tail_off). A title whose head the text never gives alone keeps its subtitle."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _root(text: str, name: str) -> str:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000)).projects[0].name


def test_a_lower_case_kind_after_a_middle_dot_is_no_part_of_the_name() -> None:
    text = (
        "# Trygg hemvård i Jakobstad · teamets statussida\n\n> Uppdaterat 12.5.2025 · Österbottens "
        "välfärdsområde\n\nTrygg hemvård i Jakobstad ger äldre klienter nattbesök i Jakobstad och Pedersöre. Projektet pågår till 2025.\n"
    )
    assert _root(text, "lagesblad.md") == "Trygg hemvård i Jakobstad"


def test_a_quarterly_note_after_a_dash_is_no_part_of_the_name() -> None:
    text = (
        "Imatra Night Care — quarterly memo Q3/2024\nWellbeing services county of South Karelia · 10 October 2024"
        "\n\nImatra Night Care brings night visits to older people living at home in Imatra and Rautjärvi.\n"
        "The project runs until the end of 2025.\n"
    )
    assert _root(text, "memo.txt") == "Imatra Night Care"


def test_a_subtitle_whose_head_the_text_never_gives_alone_stays() -> None:
    text = (
        "Trygg vardag – hemvård i skärgården\nLägesrapport 30.9.2024\nEgentliga Finlands välfärdsområde\n\n"
        "Projektet verkar i Pargas och Kimitoön.\n"
    )
    assert _root(text, "lagesrapport.txt") == "Trygg vardag – hemvård i skärgården"
