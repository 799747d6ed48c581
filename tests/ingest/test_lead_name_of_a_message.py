"""A message whose subject names no project names it in its lead, before a bracket (ingest/facts/leadname.py).

Invented text. "Subject: Figures for Thursday" names nothing, so the project would be named by the file; the
lead's "the figures for Harbour Memory Visits (1 January 2025 – 31 December 2026; Kotka and Hamina," names it:
the words from the first capital after a word in lower case to a bracket holding a year or a place. A bracket
after a town alone, a subject that names the project and a bracket holding neither a year nor a place rename
nothing.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.leadname import _named_before
from hankegraafi.ingest.readers import read_bytes


def _root(text: str, name: str = "viesti_2025.txt") -> str:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return next(p.name for p in x.projects if p.parent is None)


_HEAD = "From: Outi Laine\nTo: Steering group\nDate: 11 September 2025\nSubject: {subject}\n\nDear all,\n\n"
_TAIL = "\nThe project's nurses in Kymenlaakso wellbeing services county visited 120 homes.\n\nBest,\nOuti\n"


def test_the_name_runs_from_the_first_capital_after_a_small_word_to_the_bracket() -> None:
    assert _named_before("ahead of Thursday, the figures for Harbour Memory Visits") == "Harbour Memory Visits"
    assert (
        _named_before("här kommer läget för Lojo tvåspråkiga barnrådgivning")
        == "Lojo tvåspråkiga barnrådgivning"
    )
    assert _named_before("Ikäkuntoutus etänä Kuhmossa") == "Ikäkuntoutus etänä Kuhmossa"
    assert _named_before("the project was carried out in Kemi, Tornio and Keminmaa") == ""  # one word
    assert _named_before("the costs of 2024") == ""


def test_a_message_named_by_nothing_takes_the_leads_name() -> None:
    text = _HEAD.format(subject="Figures for Thursday") + (
        "ahead of Thursday, the figures for Harbour Memory Visits (1 January 2025 – 31 December 2026; Kotka and\n"
        "Hamina; EUR 400,000 from the Ministry of Social Affairs and Health).\n"
    )
    assert _root(text + _TAIL) == "Harbour Memory Visits"


def test_a_subject_naming_the_project_or_a_bracket_of_no_year_or_place_renames_nothing() -> None:
    named = (
        "Lähettäjä: Projektipäällikkö\nAihe: Satamakotien muistihoitaja -hanke: lokakuun luvut\n\nHei,\n\n"
        "ohessa luvut, jotka Kotkan Kotihoidon Yksikkö (1.10.2025–31.10.2025) kokosi.\n\n"
        "Hanke toimii Kymenlaakson hyvinvointialueella.\n"
    )
    assert _root(named) == "Satamakotien muistihoitaja -hanke"
    plain = _HEAD.format(subject="Figures for Thursday") + (
        "the figures for Harbour Memory Visits (see the attachment) are below; the project runs in Kotka.\n"
    )
    assert _root(plain + _TAIL) == "viesti_2025"
