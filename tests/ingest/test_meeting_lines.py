"""A meeting's own lines at the top of minutes and memos (ingest/facts/meetinglines.py): the body that
meets, the meeting and its date, an agenda's procedural item and a minute's label name no project; a
part beside them does. Labels are the vocabulary's (kinds.ttl, meeting-line). All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.meetinglines import meeting_line, meeting_title_name
from hankegraafi.ingest.facts.projectname import no_name
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "muistio.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def whole(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project" and p.parent is None)


def test_a_line_naming_only_the_meeting_names_no_project() -> None:
    assert meeting_line("Hyvinvointilautakunta")
    assert meeting_line("Vanhusten palvelujen lautakunta")  # genitives before a governing body
    assert meeting_line("Nämnden för social- och hälsovård")
    assert meeting_line("MUISTIO – JOHTORYHMÄ")
    assert meeting_line("Working group")
    assert meeting_line("Työryhmän kokous 4.2.2025 – litterointi (Teams)")
    assert meeting_line("2. Esityslistan hyväksyminen")
    assert meeting_line("Tidigare behandling")
    assert meeting_line("Valm. palvelujohtaja")
    assert meeting_line("Project board · 3 March 2025 · North Ostrobothnia wellbeing services county")
    assert no_name("Styrgruppens möte 2/2025")


def test_a_name_beside_the_meeting_or_a_capitalised_word_after_it_is_no_meeting_line() -> None:
    assert not meeting_line("Nuorten työryhmä Kajaanissa")  # a project named with a body's word
    assert not meeting_line("Kotona Kainuussa")
    assert not meeting_line("Työryhmä Kotihoito")
    assert meeting_title_name("Nuorten työryhmä Kajaanissa – tilanneraportti 1/2025") is None


def test_the_part_beside_the_meeting_is_the_name() -> None:
    assert meeting_title_name("Etäkuntoutus Kainuussa – ohjausryhmän kokous 2/2025") == "Etäkuntoutus Kainuussa"
    assert meeting_title_name("Coastal Care Vaasa – project board meeting 1/2024") == "Coastal Care Vaasa"
    assert (
        meeting_title_name("Ledningsgruppen för projektet Trygg hemma i Jakobstad") == "Trygg hemma i Jakobstad"
    )
    assert meeting_title_name("Styrgruppen för projektet Hemma i Pargas – minnesanteckningar 2.5.2025") == (
        "Hemma i Pargas"
    )
    assert meeting_title_name("Hyvinvointilautakunta") is None


def test_minutes_are_named_by_the_line_beside_the_meeting_not_by_the_body() -> None:
    x = read(
        "MUISTIO\n"
        "Etäkuntoutus Kainuussa – ohjausryhmän kokous 2/2025\n"
        "Aika: 4.3.2025 klo 9–10.30, Teams\n\n"
        "1. Kokouksen avaus\n"
        "Puheenjohtaja avasi kokouksen. Hanke tuo etäkuntoutuksen Kajaaniin ja Kuhmoon, ja sitä hallinnoi "
        "Kainuun hyvinvointialue.\n\n"
        "2. Seuraava kokous\n"
        "Seuraava kokous pidetään toukokuussa.\n"
    )
    assert whole(x) == "Etäkuntoutus Kainuussa"


def test_a_body_line_under_the_letterhead_is_passed_over() -> None:
    x = read(
        "KAINUUN HYVINVOINTIALUE\n"
        "Hyvinvointilautakunta\n"
        "PÖYTÄKIRJA 4/2025\n"
        "Aika 8.4.2025 klo 14.00–15.30\n\n"
        "§ 40  Kotona Kuhmossa: väliraportti\n\n"
        "Valmistelija: palvelujohtaja. Lautakunnalle esitellään väliraportti.\n\n"
        "LIITE 1\n\n"
        "Hankkeen nimi: Kotona Kuhmossa\n"
        "Hyvinvointialue: Kainuun hyvinvointialue\n"
    )
    assert whole(x) == "Kotona Kuhmossa"
