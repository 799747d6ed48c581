"""A goal named in running text by its ordinal, in apposition (issue 13, stop 31, F9).

"Hankkeen ensimmäinen tavoite, X, saavutettiin. Toinen tavoite, Y, toteutui osittain, koska …": each
sentence judges the goal between its commas by the words after them (test10 a17 read the first as no
goal and the others with "toinen tavoite, " in front; tuning document u346). Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goals import led_goal
from hankegraafi.ingest.readers import read_bytes


def test_the_goal_in_apposition() -> None:
    assert led_goal("Hankkeen ensimmäinen tavoite, chat vastaa arkisin kello 8–20, saavutettiin.") == (
        "chat vastaa arkisin kello 8–20"
    )
    assert led_goal("Andra målet, videomottagning i alla kommuner, uppnåddes delvis.") == (
        "videomottagning i alla kommuner"
    )
    assert led_goal("Toinen tavoite, chat, toteutui.") is None  # no goal of a word or two
    assert (
        led_goal("Ensimmäinen tavoite, jota kukaan ei muista, oli hankkeen nimi") is None
    )  # no status after it


def test_ordinal_goals_of_a_news_item() -> None:
    page = (
        "<html><body><h1>Etäkuntoutus-hanke päättyi</h1>"
        "<p>Kainuun hyvinvointialueen Etäkuntoutus-hanke päättyi vuoden lopussa.</p>"
        "<p>Hankkeen ensimmäinen tavoite, <i>fysioterapia tarjotaan etänä kaikissa kunnissa</i>, toteutui. "
        "Toinen tavoite, <i>kuntoutusjaksot lyhenevät viikolla</i>, jäi kesken, koska mittaus viivästyi. "
        "Kolmas tavoite, <i>omaiset osallistuvat etäjaksoille</i>, ei toteutunut.</p></body></html>"
    )
    x = extract(read_bytes(page.encode(), file_name="uutinen.html", max_bytes=100_000))
    goals = [(g.description, g.status) for p in x.projects for g in p.goals]
    assert goals == [
        ("fysioterapia tarjotaan etänä kaikissa kunnissa", "achieved"),
        ("kuntoutusjaksot lyhenevät viikolla", "unfinished"),
        ("omaiset osallistuvat etäjaksoille", "not-achieved"),
    ]


def test_a_list_of_one_goal_that_states_its_status() -> None:
    """ "Mål för investering 1:" / "- X – uppnått" (test10 a15, tuning document u349): a list of one, not a
    sentence going on; a lead-in over one item without a status stays no goal."""
    text = (
        "Hankkeen nimi: Lapin etäkotihoito -hanke\nHallinnoija: Lapin hyvinvointialue\n\n"
        "Kotihoidon tavoite:\n- Iltakäynneistä kolmannes tehdään videolla – toteutui\n\n"
        "Päätös: merkittiin tiedoksi.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="poytakirja.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Iltakäynneistä kolmannes tehdään videolla", "achieved")
    ]
