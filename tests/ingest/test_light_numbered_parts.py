"""A light matrix of parts whose rows give only the part's number and name (issue 13, stop 31, F9).

"Investointi | Aikataulu | Kustannukset" over "1 Hoitoon pääsyn nopeuttaminen | kunnossa | …": the
part's word stands once, in the header's corner; each row rates "Investointi 1: …" (test10 a04,
tuning document u343). Without a part's word in the corner a numbered row names no part. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


_HEAD = "Hankkeen nimi: Lapin etäpalvelut -hanke\nHallinnoija: Lapin hyvinvointialue\n\nTilanne:\n\n"


def test_numbered_rows_under_a_part_word_rate_each_part() -> None:
    text = _HEAD + (
        "Osahanke\tAikataulu\tRiskit\n"
        "1. Etälääkäri\tvihreä\tkeltainen\n"
        "2 Kotihoidon kamerat\tpunainen\tvihreä\n"
    )
    assert _lights(text) == {
        "Osahanke 1: Etälääkäri": {"schedule": "on-plan", "risks": "deviation"},
        "Osahanke 2: Kotihoidon kamerat": {"schedule": "deviation", "risks": "on-plan"},
    }


def test_numbered_rows_under_another_corner_name_no_part() -> None:
    text = _HEAD + "Jakso\tAikataulu\tRiskit\n1 Alkuvuosi\tvihreä\tkeltainen\n"
    lights = _lights(text)
    assert not any(name.startswith(("Osahanke", "Investointi", "Jakso")) for name in lights)
