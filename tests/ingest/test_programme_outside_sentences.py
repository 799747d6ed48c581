"""A project's programme named where no sentence says it is the project's (issue 13, stop 32).

Two classes of form found in test12's misses (c12, c13, c15, c16, c18) and pinned by tuning documents
u391-u394: the recovery facility's money named anywhere in the document (a running footer, a sum
"… EU:n elpymis- ja palautumistukivälineestä", "X on … RRP-hanke", the Swedish "EU:s facilitet för
återhämtning och resiliens") makes the project one of the Sustainable Growth programme; a programme
alone in the margin (a running header with the page's number) is the project's programme. A
programme named in passing in the body (a predecessor) is not. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.programmes import recovery_family
from hankegraafi.ingest.readers import read_bytes

_KKO = "https://w3id.org/hankegraafi/vocab/programme/kestavan-kasvun-ohjelma"
_TSK = "https://w3id.org/hankegraafi/vocab/programme/tulevaisuuden-sote-keskus"


def _programmes(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return sorted(str(d.target.iri) for p in x.projects for d in p.dependencies if d.target.type == "programme")


def test_the_recovery_facility_in_a_running_footer() -> None:
    text = (
        "TILANNEKATSAUS 3/2024\n\nHanke: Liikkuva suun terveydenhuolto\n\n"
        "Hammashoitolan auto kiertää Posion ja Sallan kylissä kahdesti kuussa.\n\n"
        "Lapin hyvinvointialue · Elpymis- ja palautumistukiväline (RRF)\n"
    )
    assert _programmes(text) == [_KKO]


def test_a_sum_granted_from_the_facility_names_no_cue_word() -> None:
    text = (
        "Hanke: Etäkuntoutus Saimaalle\n\n"
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 2 300 000 euroa EU:n elpymis- ja "
        "palautumistukivälineestä. Fysioterapeutit ohjaavat harjoituksia videolla Savonlinnassa.\n"
    )
    assert _programmes(text) == [_KKO]


def test_swedish_inflected_names_of_the_programme_and_the_facility() -> None:
    text = (
        "Projekt: Mobil fysioterapi i skärgården\n\n"
        "Projektet är en del av programmet för hållbar tillväxt och får medel från EU:s facilitet för "
        "återhämtning och resiliens. Fysioterapeuten besöker klienter i Pargas.\n"
    )
    assert _programmes(text) == [_KKO]


def test_one_dependency_on_the_recovery_chain_the_programme_kept() -> None:
    text = (
        "Hanke: Kotisairaala kylille\nRahoitus: Sosiaali- ja terveysministeriö, NextGenerationEU\n\n"
        "Hanke on osa Suomen kestävän kasvun ohjelmaa. Kotisairaala toimii Kemijärvellä.\n"
    )
    assert _programmes(text) == [_KKO]
    assert _KKO in recovery_family() and len(recovery_family()) == 3


def test_a_programme_alone_in_a_running_header_with_page_numbers() -> None:
    text = (
        "Tulevaisuuden sote-keskus -ohjelma\tSivu 1 (2)\n\nVÄLIRAPORTTI 2022\n\n"
        "Hankkeen nimi: Lähipalvelut Koillismaalle\n\nAjanvaraus yhdistettiin Kuusamossa ja Taivalkoskella.\n\n"
        "Tulevaisuuden sote-keskus -ohjelma\tSivu 2 (2)\n\nTyö jatkuu syksyllä.\n"
    )
    assert _programmes(text) == [_TSK]


def test_a_predecessors_programme_named_in_the_body_is_not_the_projects() -> None:
    text = (
        "Hanke: Lähipalvelut Koillismaalle\n\nAjanvaraus yhdistettiin Kuusamossa ja Taivalkoskella.\n\n"
        "Työ perustuu aiemmin toteutettuun malliin.\n\nTulevaisuuden sote-keskus\n\nTyö jatkuu syksyllä.\n"
    )
    assert _programmes(text) == []
