"""A cost estimate with a column per part takes the one year its caption names (invented text; parts.py).

"Kostnadsförslag 2023 (euro)" over "Kostnadsslag | Investering 1 | Investering 2": each part's estimate is
2023's; a caption naming a range ("2023–2025") names no one year.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_TEXT = (
    "Projektet Trygg vård i Lojo finansieras av social- och hälsovårdsministeriet.\n"
    "Projektet har två investeringar:\n\n"
    "  Investering 1: Hemvård på kvällar\n  Investering 2: Digitala besök\n\n"
    "{caption}\n\n"
    "  Kostnadsslag             Investering 1       Investering 2\n"
    "  Personalkostnader        620 000      310 000\n"
    "  Totalt                   620 000      310 000\n"
)


def _years(caption: str) -> set[str | None]:
    x = extract(
        read_bytes(_TEXT.format(caption=caption).encode(), file_name="protokoll.txt", max_bytes=100_000)
    )
    return {s.year for p in x.projects if p.parent is not None for s in p.costs if s.kind == "estimate"}


def test_a_caption_of_one_year_gives_the_estimate_its_year() -> None:
    assert _years("Kostnadsförslag 2023 (euro)") == {"2023"}


def test_a_range_gives_none() -> None:
    assert _years("Kostnadsförslag 2023–2025 (euro)") == {None}
