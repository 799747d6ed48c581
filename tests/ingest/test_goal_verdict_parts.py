"""A goal's verdict said in words no label holds whole, read by its parts (G8, stop 51; goalcompose.py).

A head from the vocabulary (the finish line, half the way, on the way, the whole) with a filler, a negation, a share
or a later time around it, in fi, sv and en; the negative: deadlines and starts after a goal, and a negation before a
phrase that states no verdict. Invented texts; tuning documents u1840–u1843.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("phrase", "status"),
    [
        ("maalissa jo keväällä", "achieved"),
        ("över mållinjen", "achieved"),
        ("ei maalissa", "not-achieved"),
        ("inte i mål", "not-achieved"),
        ("not over the finish line", "not-achieved"),
        ("ei valmis", "not-achieved"),
        ("inte klart", "not-achieved"),
        ("ei toteuteta", "not-achieved"),
        ("byggs inte", "not-achieved"),
        ("will not be built", "not-achieved"),
        ("puolitiessä", "partly-achieved"),
        ("olemme puolivälissä", "partly-achieved"),
        ("vi är halvvägs", "partly-achieved"),
        ("only in part, two kiosks of five", "partly-achieved"),
        ("suurin osa kunnista", "partly-achieved"),
        ("half of the homes visited", "partly-achieved"),
        ("en del av skåpen installerade", "partly-achieved"),
        ("some of the units", "partly-achieved"),
        ("matkalla", "unfinished"),
        ("jää syksyyn 2026", "moved-later"),
        ("rullas över till 2026", "moved-later"),
        ("⤳ pushed into 2026", "moved-later"),
        ("Senare (2026)", "moved-later"),
    ],
)
def test_a_verdict_read_by_its_parts(phrase: str, status: str) -> None:
    assert status_of(phrase) == status


@pytest.mark.parametrize(
    "phrase",
    [
        "vuoteen 2025 mennessä",
        "käytössä vuodesta 2025",
        "alkaen syksyllä 2025",
        "by spring 2026",
        "från hösten 2025",
        "ei kaikille asiakkaille, vain halukkaille",
        "not for every client",
        "Osa-alue",
        "osa kustannuksista katetaan omalla rahoituksella",
    ],
)
def test_deadlines_starts_and_a_negation_of_no_verdict_state_no_new_verdict(phrase: str) -> None:
    assert status_of(phrase) is None


def test_not_yet_stays_unfinished() -> None:
    assert status_of("ei vielä valmis") == "unfinished"


def test_a_list_judged_in_new_words_is_read_whole() -> None:
    text = (
        "LÄGESRAPPORT\n\nProjekt:\tHemvård på distans i Österbotten\n\nMÅL\n"
        "  * Distansbesök i alla kommuner\ti mål\n"
        "  * Kvällsjour med sjukskötare\tvi är halvvägs\n"
        "  * Gemensam vårdplan med primärvården\tskjuts till 2026\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Distansbesök i alla kommuner", "achieved"),
        ("Kvällsjour med sjukskötare", "partly-achieved"),
        ("Gemensam vårdplan med primärvården", "moved-later"),
    ]
