"""Red team of stop 44's ingest changes (R7): wrong reads the stop's new rules made that the start code (e2949c9)
did not, each fixed by class by the lead (R7-1 a sum for spreading a model taken for a moved sum, R7-2 a minute's
label leading a goals section ending it, R7-3 a person before her role and term named as the project, R7-7 a part
described in prose after the goals read as its goal, R7-8 an event before its place and day named as the project).

The documents are invented (no real text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.readers import read_bytes


def _root(text: str, name: str) -> Project:
    projects = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000)).projects
    return next(p for p in projects if p.parent is None)


# A sum whose clause says what it is for, spreading a model ("siirtämiseen", "siirtoon"): no sum moved between parts.
_SPREAD = [
    (
        "granted",
        "Haemme STM:ltä 180 000 euron lisäavustusta toimintamallin siirtämiseen muihin kuntiin.",
        180_000,
    ),
    (
        "estimate",
        "Vuodelle 2025 arvioidaan tarvittavan 410 000 euroa mallin siirtoon muille alueille.",
        410_000,
    ),
]


@pytest.mark.parametrize(("kind", "sentence", "amount"), _SPREAD)
def test_a_sum_for_spreading_a_model_is_no_moved_sum(kind: str, sentence: str, amount: int) -> None:
    text = f"Kotiutuksen tuki Lapissa -hanke\n\n{sentence}\n\nHanke etenee suunnitellusti.\n"
    root = _root(text, "tilanne.txt")
    sums = {(s.kind, line.values.get("budget")) for s in root.costs for line in s.lines}
    assert (kind, Decimal(amount)) in sums


_LEAD_LABEL = {
    "fi": (
        "suunnitelma.txt",
        "Kotiutuksen tuki Lapissa -hanke\n\nTavoitteet\n\n"
        "Perustelut: hankkeen tavoitteet perustuvat alueen palvelutarveselvitykseen.\n\n"
        "1. Kotiutuksen viiveet lyhenevät kahteen vuorokauteen – toteutunut\n"
        "2. Omaishoitajat saavat tuen kotiutuspäivänä – kesken\n"
        "3. Kotihoidon ja sairaalan yhteinen kirjaus otetaan käyttöön – ei käynnistynyt\n",
    ),
    "en": (
        "plan.txt",
        "Home discharge support project in Lapland\n\nObjectives\n\n"
        "Proposal: the objectives below were agreed by the steering group in March.\n\n"
        "1. Discharge delays fall to two days – achieved\n"
        "2. Family carers get support on the day of discharge – in progress\n"
        "3. A shared record of home care and hospital is taken into use – not started\n",
    ),
}


@pytest.mark.parametrize("language", sorted(_LEAD_LABEL))
def test_a_label_leading_the_goals_keeps_them(language: str) -> None:
    name, text = _LEAD_LABEL[language]
    goals = _root(text, name).goals
    assert len(goals) == 3
    assert [g.status for g in goals] == ["achieved", "unfinished", "not-achieved"]


_PERSON_LEAD = {
    "en": (
        "message.txt",
        "From: Anna Smith\nTo: Matt Brown\nSubject: Figures for Thursday\n\n"
        "Hi, below are the comments from Sarah Jones (project manager 2023–2025) on the project.\n\n"
        "Status\n\nSchedule: on track\nCosts: delayed\n",
        "Sarah Jones",
    ),
    "sv": (
        "viesti.txt",
        "From: Anna Virtanen\nTo: Matti Korhonen\nSubject: Läget i oktober\n\n"
        "Hej, här kommer kommentarer från Maria Lindqvist (projektledare 2023–2025) om projektet.\n\n"
        "Tilannekatsaus\n\nAikataulu: etenee suunnitellusti\nKustannukset: viivästyy\n",
        "Maria Lindqvist",
    ),
}


@pytest.mark.parametrize("language", sorted(_PERSON_LEAD))
def test_a_person_before_her_role_and_period_names_no_project(language: str) -> None:
    name, text, person = _PERSON_LEAD[language]
    assert _root(text, name).name != person


_PART_PROSE = """Kaatumisten ehkäisy kotona -hanke, tilannekatsaus 2/2025

Pirkanmaan hyvinvointialue. Hanketta rahoittaa sosiaali- ja terveysministeriö.

Tavoitteiden tilanne

- Kaatumisriskin arviointi tehdään kaikille kotihoidon asiakkaille – toteutunut
- Liikuntaryhmät käynnistyvät kaikissa kunnissa – kesken

Investointi 1

Investoinnilla hankitaan liikkeentunnistimet kotihoidon asiakkaille. Hankinta on valmis ja laitteet asennetaan syksyllä.

Investointi 2

Investoinnilla hankitaan etäkuntoutuksen laitteet. Kilpailutus on kesken.
"""


def test_a_part_described_after_the_goals_gives_no_goal() -> None:
    projects = extract(read_bytes(_PART_PROSE.encode(), file_name="tila.txt", max_bytes=100_000)).projects
    goals = [g.description for p in projects for g in p.goals]
    assert len(goals) == 2
    assert not any(g.startswith("Investoinnilla") for g in goals)


_EVENT_LEAD = (
    "From: Anna Smith\nTo: Matt Brown\nSubject: Figures for Thursday\n\n"
    "Hi, these are the notes from the Regional Care Forum (Tampere, 12 March 2025) about the project.\n\n"
    "Status\n\nAikataulu: etenee suunnitellusti\nKustannukset: viivästyy\n"
)


def test_an_event_before_its_place_and_day_names_no_project() -> None:
    assert _root(_EVENT_LEAD, "message.txt").name != "Regional Care Forum"
