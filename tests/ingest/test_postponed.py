"""Moved later or handed over (facts/postponed.py): "siirtyi" with a later time or phase is a
goal moved later; with another owner as its target it is a handover, no goal's status."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goals import goal_status
from hankegraafi.ingest.readers import read_bytes


def test_a_later_time_or_phase_is_moved_later() -> None:
    for text in (
        "Chatin avaaminen siirtyi vuodelle 2025.",
        "Ajanvarauksen käyttöönotto siirtyy syksyyn, koska toimitus viivästyi.",
        "Etäkuntoutus kaikissa kunnissa – siirtyi myöhemmäksi",
        "Kotisairaalan laajennus siirtyi v.2023 vähäisen kysynnän vuoksi.",
        "Ryhmätoiminta siirtyi jatkohankkeeseen",
        "Testaus siirtyi DigiFinlandin version vuoksi lokakuulle.",
        "Siirtyi.",
        "Käyttöönotto siirtyy vuoden 2025 alkuun.",
        "Koulutus siirtyi hankkeen loppuun.",
    ):
        assert goal_status(text) == "moved-later", text


def test_another_owner_as_the_target_is_a_handover() -> None:
    for text in (
        "Ohjelmisto siirtyi hyvinvointialueen ICT-palvelujen ylläpitoon lokakuussa 2024.",
        "Vastuu toimintamallista siirtyy kuntoutuspalvelujen tulosyksikölle.",
        "Toiminnanohjausjärjestelmän ylläpito siirtyy hyvinvointialueen tietohallinnolle.",
        "Vastuu siirtyy hyvinvointialueelle 1.1.2023 alkaen.",
        "Vastuu siirtyi yhtymälle vuonna 2023.",
    ):
        assert goal_status(text) is None, text


def test_a_handover_in_a_reports_summary_is_no_goal() -> None:
    text = (
        "TILANNERAPORTTI 2/2024\n\nHanke: Kuvitteellinen kotihoidon hanke\n\n"
        "Yleistilanne\n\nEtäkäyntien ohjelmisto siirtyi tietohallinnon ylläpitoon 1.4.2024. "
        "Ryhmäkuntoutuksen aloitus siirtyi syksyyn.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Ryhmäkuntoutuksen aloitus siirtyi syksyyn.", "moved-later")
    ]
