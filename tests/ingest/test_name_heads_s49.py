"""A report's name in more forms of its head (invented text; stop 49, N21).

A running head of one row at the top ("Owner<TAB>LOPPURAPORTTI") is part of the title block, whose next
line is the name (``identity._running_head``); a page header's owner, unit and date is not (no cell
is a report's kind). A name with a participle before its plural noun ("Lapin liikkuvat
sosiaalipalvelut") or an E-infinitive ("Kotona kuntoutuen X:ssä") is no headline (``namecuts.attributive``,
``finite_verb``), while a clause with its subject ("Asukkaat saavat palvelut kotiin") stays one. A form's
hint in square brackets after a label ("Hankkeen nimi [kuten avustuspäätöksessä]") is no word of it.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.projectname import headline
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _name(x: Extraction) -> str:
    return next(p.name for p in x.projects if p.level == "project")


def test_a_running_head_above_the_name() -> None:
    x = _read(
        "Kainuun hyvinvointialue\tLOPPURAPORTTI\n\nKainuun liikkuvat kotipalvelut\nKainuun hyvinvointialue\n"
        "Raportointipäivä: 28.2.2025\n\nPerustiedot\n-----------\nHankeaika\t1.3.2023-31.12.2024\n"
        "Toteutuskunnat\tKajaani, Sotkamo\n\nAikataulu\tvihreä\n"
    )
    assert _name(x) == "Kainuun liikkuvat kotipalvelut"


def test_participles_and_infinitives_in_names_and_a_clause() -> None:
    assert not headline("Lapin liikkuvat sosiaalipalvelut")
    assert not headline("Kotona kuntoutuen Varsinais-Suomessa")
    assert headline("Asukkaat saavat palvelut kotiin")
    assert headline("Etävastaanotot tulevat tunturikyliin")


def test_square_bracket_hints_after_labels() -> None:
    assert match_field("Hankkeen nimi [kuten avustuspäätöksessä]", marked=True) == "name"
    assert match_field("Hankeaika [pp.kk.vvvv–pp.kk.vvvv]", marked=True) == "period"
    x = _read(
        "VALTIONAVUSTUKSEN SEURANTALOMAKE 2025\n\n"
        "Hankkeen nimi [kuten avustuspäätöksessä]:\tTurvallisesti kotona Forssan seudulla\n"
        "Hankeaika [pp.kk.vvvv–pp.kk.vvvv]:\t1.3.2024–28.2.2026\n"
        "Hyvinvointialue [valitse listasta]:\tKanta-Hämeen hyvinvointialue\n"
    )
    assert _name(x) == "Turvallisesti kotona Forssan seudulla"
