"""A goal and its status joined by a form's dot leaders (issue 13, stop 32; test10 a09's form).

A report typed as a form ("X .......... tehty", "Y ...... puolivälissä (110/kk)") joins each goal to
its status with dots, as another joins them with a dash or an arrow (goalforms._TAIL): the goal is
the words before the leaders, its status the words after. "Lykätty syksyyn" is moved later (status.ttl).
All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalforms import status_of
from hankegraafi.ingest.readers import read_bytes


def test_goals_joined_to_their_status_by_dot_leaders() -> None:
    text = (
        "Hanke: Kotisairaala Lapinlahdelle\nHallinnoija: Pohjois-Savon hyvinvointialue\n\n"
        "Tavoitteet:\n"
        "  1) Kotisairaala toimii ympäri vuorokauden ............ tehty\n"
        "  2) Suonensisäiset hoidot annetaan kotona .... puolivälissä (14/30)\n"
        "  3) Yhteinen ajanvaraus Iisalmen kanssa .............. lykätty syksyyn 2025\n"
    )
    x = extract(read_bytes(text.encode(), file_name="lomake.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Kotisairaala toimii ympäri vuorokauden", "achieved"),
        ("Suonensisäiset hoidot annetaan kotona", "partly-achieved"),
        ("Yhteinen ajanvaraus Iisalmen kanssa", "moved-later"),
    ]


def test_deferred_is_moved_later() -> None:
    assert status_of("lykätty syksyyn 2025") == "moved-later"
    assert status_of("Lykkääntyi vuodelle 2025") == "moved-later"
