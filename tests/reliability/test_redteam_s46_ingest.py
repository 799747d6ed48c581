"""Red team of stop 46's ingest changes (R11): wrong reads the stop's new rules make. Each test is a strict xfail
until the owner fixes the class.

- R11-1 (5385826f, facts/partwords.without_gloss): a listed part's name was cut at its first spaced dash whatever
  stood around it: a range of years or numbers, a name that goes on past the dash ("Rovaniemi – Sodankylä
  -yhteys") (fixed, 8f02da34: plain tests), a bold name whose own dash stands before the bold's end (open).
- R11-3 (e6018112, facts/goalleads._OPEN_END): a line ending in the goal word's elative ("Lisätietoja
  tavoitteista") leads any numbered list as goals: contacts, meetings, reports.
- R11-4 (75a9a53c, facts/partkeys._code_table): an equipment register keyed by codes under "Investointi" made
  its rows the project's parts (fixed, 8f02da34: plain tests).
- R11-5 (75d7df01, queries/answerpool.Helper): once the forked process has ended, the next unit handed raises
  BrokenProcessPool out of the stored answers' step instead of being written here.
- R11-7 (e6018112, goaltails.judged_items): a lead with the goal word as a modifier cuts actions, indicators,
  trainings into goals. R11-8 (ebac5db8, goalleads._TITLE): a meeting's or contract's goals are the project's.
- R11-9 (e6018112, goaltails.verdict_of): a note's label that begins with a status word is the goal's verdict.
- R11-10 (2baf1d80, cost-categories.ttl "Staff"@en): a headcount table becomes annual staff costs.

The documents are invented (no real text).
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import wait
from decimal import Decimal
from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.startmethod import start_method
from hankegraafi.queries import answerpool

REPO = Path(__file__).resolve().parents[2]


def _projects(text: str, name: str) -> list[Project]:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000)).projects


def _parts(text: str, name: str) -> list[str]:
    return [p.name for p in _projects(text, name) if p.parent is not None]


# R11-1: a listed part's name whose dash is part of the name.
_HEAD = "Kotona pärjäämisen tuki Keski-Suomessa\nTilanneraportti 31.3.2025\nKeski-Suomen hyvinvointialue\n\n"
_COSTS = (
    "\n\nKustannukset hankkeen alusta (euroa)\n\nInvestointi\tBudjetti\tToteuma\n"
    "Investointi 1\t300 000\t90 000\nInvestointi 2\t120 000\t40 000\nYhteensä\t420 000\t130 000\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kehittämisohjelma 2024 – 2025", "Etähoiva 2024 – 2026"),
        ("Palveluseteli 1 - 3", "Kotihoito 2025–2026"),
    ],
)
def test_a_range_in_a_listed_parts_name_is_no_gloss(first: str, second: str) -> None:
    text = _HEAD + f"Investoinnit\n\n- Investointi 1: {first}\n- Investointi 2: {second}\n" + _COSTS
    assert _parts(text, "tilanneraportti.txt") == [f"Investointi 1: {first}", f"Investointi 2: {second}"]


def test_a_name_spanning_the_dash_stays_whole() -> None:
    text = (
        _HEAD + "Investoinnit\n\n- Investointi 1: Rovaniemi – Sodankylä -yhteys\n"
        "- Investointi 2: Kemi – Tornio -etäpalvelut\n" + _COSTS
    )
    assert _parts(text, "tilanneraportti.txt") == [
        "Investointi 1: Rovaniemi – Sodankylä -yhteys",
        "Investointi 2: Kemi – Tornio -etäpalvelut",
    ]


@pytest.mark.xfail(strict=True, reason="R11-1: without_gloss cuts inside the bold name, not at the bold's end")
def test_the_bold_end_marks_the_name_before_its_description() -> None:
    text = (
        "# Kotona pärjäämisen tuki\n\nKeski-Suomen hyvinvointialue\n\n## Investoinnit\n\n"
        "1. **Investointi 1: Kotona – turvallisesti** – kotikäynnit Jyväskylässä ja Laukaassa\n"
        "2. **Investointi 2: Etähoiva** – videopuhelut ikäihmisille\n\n"
        "## Kustannukset\n\n| Investointi | Budjetti |\n|---|---:|\n"
        "| Investointi 1 | 300 000 |\n| Investointi 2 | 120 000 |\n| Yhteensä | 420 000 |\n"
    )
    assert _parts(text, "raportti.md") == ["Investointi 1: Kotona – turvallisesti", "Investointi 2: Etähoiva"]


# R11-3: a line ending in the goal word's elative ("about the goals") over a list that is no goals.
_LAPPI = "Kotiutuksen tuki Lapissa -hanke\nVäliraportti 2024\nLapin hyvinvointialue\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _LAPPI
            + "Tilanne\n\nLisätietoja tavoitteista\n\n1) Maija Mäkinen, projektipäällikkö, p. 040 123 4567\n"
            "2) Pekka Virtanen, kehittäjä, p. 040 765 4321\n",
            "raportti.txt",
        ),
        (
            "Trygg hemgång i Österbotten\nLägesrapport 2024\nVälfärdsområdet Österbotten\n\nLäget\n\n"
            "Uppföljning av målen\n\n1) Styrgruppens möte 12.3.2024 (hållet),\n2) Styrgruppens möte 10.9.2024 (inställt).\n",
            "rapport.txt",
        ),
        (
            _LAPPI + "Raportointi tavoitteista\n\n1) Väliraportti 30.6.2024 (toimitettu),\n"
            "2) Loppuraportti 31.12.2025 (kesken).\n",
            "raportti.txt",
        ),
    ],
    ids=["contacts", "meetings-sv", "reports"],
)
def test_a_list_about_the_goals_is_no_goals(text: str, name: str) -> None:
    assert [g.description for p in _projects(text, name) for g in p.goals] == []


# R11-4: an equipment register keyed by codes under the word "Investointi"/"Investment" (a purchase) is no list of
# the project's parts.
_REGISTERS = {
    "fi-md": (
        "raportti.md",
        "# Kotiutuksen tuki Lapissa\n\n**Toteuttaja:** Lapin hyvinvointialue\n\n**Tilanne:** 30.9.2024\n\n"
        "## Hankitut laitteet\n\n| Tunnus | Investointi | Hankintahinta (€) |\n|---|---|---:|\n"
        "| L1 | Kannettavat tietokoneet | 12 000 |\n| L2 | Videoneuvottelulaitteet | 8 000 |\n"
        "| L3 | Etämittauslaitteet | 15 000 |\n",
    ),
    "fi-csv": (
        "laitteet.csv",
        "Hanke;Kotiutuksen tuki Lapissa;\nToteuttaja;Lapin hyvinvointialue;\n;;\nKoodi;Investointi;Hankintahinta\n"
        "L1;Kannettavat tietokoneet;12000\nL2;Videoneuvottelulaitteet;8000\nL3;Etämittauslaitteet;15000\n",
    ),
    "en-md": (
        "report.md",
        "# Home care support in Lapland\n\n**Organisation:** Lapland wellbeing services county\n\n"
        "## Equipment bought\n\n| Code | Investment | Price (EUR) |\n|---|---|---:|\n| E1 | Laptops | 12 000 |\n"
        "| E2 | Video conference kits | 8 000 |\n| E3 | Remote monitoring devices | 15 000 |\n",
    ),
}


@pytest.mark.parametrize("case", sorted(_REGISTERS))
def test_an_equipment_register_keyed_by_codes_is_no_parts(case: str) -> None:
    name, text = _REGISTERS[case]
    assert _parts(text, name) == []


# R11-5: the stored answers' second process ended (killed) before the step stopped handing it units.
def _doubled(n: int) -> int:
    return 2 * n


def _killed(_n: int) -> int:
    os._exit(9)  # as the kernel's OOM killer would end it


@pytest.mark.skipif(
    start_method() != "fork" or answerpool._cores() < 2, reason="forks only where safe, with two cores"
)
def test_a_unit_handed_after_the_process_ended_is_written_here() -> None:
    """In a fresh interpreter: a test worker may run threads other tests left, and the step then forks nothing."""
    code = "from tests.reliability import test_redteam_s46_ingest as t; t._handed_after_body()"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


def _handed_after_body() -> None:
    with answerpool.helper(answerpool.FROM_DOCUMENTS) as helper:
        assert helper.take() is True  # a fresh process runs no other thread: the step forks
        helper.hand(_killed, 0)
        # until the executor has seen its process end (the killed unit's future fails), however loaded the machine
        wait([future for future, _args in helper._handed], timeout=60)
        handed = [0]
        for n in (1, 2):
            if helper.take():  # the step asks before each unit, as answers.recompute does
                helper.hand(_doubled, n)
                handed.append(n)
        assert list(helper.results(_doubled)) == [2 * n for n in handed]


# R11-7: a lead that has the goal word as a modifier ("for reaching the goals", "the goals' indicators") over
# items judged by their verbs: actions, indicators, trainings are no goals.
@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "Toimenpiteet tavoitteiden saavuttamiseksi: kotikäyntien laajentaminen on toteutunut; etähoidon "
            "käyttöönotto on kesken.",
            {"kotikäyntien laajentaminen", "etähoidon käyttöönotto"},
        ),
        (
            "Tavoitteiden mittarit: kotiutusajan mittaus on toteutunut; asiakaskyselyn toteutus on kesken.",
            {"kotiutusajan mittaus", "asiakaskyselyn toteutus"},
        ),
        pytest.param(
            "Tavoitteen tueksi järjestettiin koulutuksia. (1) Kotikuntoutuksen koulutus on toteutunut; (2) etähoidon "
            "koulutus on siirtynyt vuodelle 2025.",
            {"Kotikuntoutuksen koulutus", "etähoidon koulutus"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="R11-7: a lead naming the goal in another role ('Tavoitteen tueksi …') still leads",
            ),
        ),
    ],
    ids=["actions", "indicators", "trainings"],
)
def test_items_of_a_lead_naming_no_goals_are_no_goals(sentence: str, items: set[str]) -> None:
    text = _LAPPI + "Tilanne\n\n" + sentence + "\n"
    assert not items & {g.description for p in _projects(text, "raportti.txt") for g in p.goals}


# R11-8: a goals title whose complement names another thing's goals (a meeting's, a contract's) leads no list of
# the project's goals.
_MINUTES_SV = "Trygg hemgång i Österbotten\nStyrgruppens protokoll 3/2024\nVälfärdsområdet Österbotten\n\n"
_MINUTES_EN = (
    "Home care support in Lapland\nSteering group minutes 3/2024\nLapland wellbeing services county\n\n"
)


@pytest.mark.xfail(strict=True, reason="R11-8: goalleads._TITLE takes any complement after a preposition")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _MINUTES_SV + "Mål för mötet\n\n- Godkänna budgetändringen\n- Välja ny ordförande\n"
            "- Besluta om nästa mötesdatum\n\nBeslut\n\nBudgetändringen godkändes.\n",
            "protokoll.txt",
        ),
        (
            _MINUTES_EN + "Goals of this meeting\n\n- Approve the budget change\n- Elect a new chair\n"
            "- Agree on the next meeting date\n\nDecisions\n\nThe budget change was approved.\n",
            "minutes.txt",
        ),
        (
            _MINUTES_SV
            + "Mål i avtalet med leverantören\n\n- Leverans senast 1.3.2024\n- Support vardagar 8–16\n",
            "protokoll.txt",
        ),
    ],
    ids=["sv-meeting", "en-meeting", "sv-contract"],
)
def test_a_meetings_or_contracts_goals_are_not_the_projects(text: str, name: str) -> None:
    assert [g.description for p in _projects(text, name) for g in p.goals] == []


# R11-9: an emphasised note after an open box whose label begins with a status word used as an adjective ("the
# ongoing study", "the ready-made material") is no verdict of the goal.
def test_a_note_whose_label_begins_with_a_status_word_is_no_verdict() -> None:
    text = (
        "# Kotiutuksen tuki Lapissa -hanke\n\nVäliraportti 2024. Lapin hyvinvointialue.\n\n## Tavoitteet\n\n"
        "- [ ] Omaishoitajat saavat tukea *(kesken oleva selvitys: ks. liite 3)*\n"
        "- [ ] Kotihoidon henkilöstö koulutetaan *(valmis koulutusmateriaali: Innokylä)*\n"
    )
    goals = [g for p in _projects(text, "raportti.md") for g in p.goals]
    assert len(goals) == 2
    assert [g.status for g in goals] == ["unknown", "unknown"]


# R11-10: a headcount table's row "Staff" (persons, not euros) is no cost row.
@pytest.mark.xfail(strict=True, reason="R11-10: 'Staff'@en as a cost category makes a headcount table costs")
def test_a_headcount_table_is_no_costs() -> None:
    text = (
        "# Home care support in Lapland project\n\nInterim report 2024. Lapland wellbeing services county. Funded "
        "by the Ministry of Social Affairs and Health.\n\n## Resources\n\n| Resource | 2024 | 2025 |\n|---|---:|---:|\n"
        "| Staff | 4 | 5 |\n| Volunteers | 12 | 15 |\n\n## Costs (EUR)\n\n| Cost type | Budget | Spent |\n"
        "|---|---:|---:|\n| Staff costs | 120 000 | 80 000 |\n| Travel | 5 000 | 2 000 |\n"
    )
    values = {
        v
        for p in _projects(text, "report.md")
        for s in p.costs
        for line in s.lines
        for v in line.values.values()
    }
    assert values == {Decimal(120000), Decimal(80000), Decimal(5000), Decimal(2000)}
