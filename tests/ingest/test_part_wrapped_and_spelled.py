"""Parts read in more of the forms documents give them (invented text; stop 49, N21).

A sentence enumerating the parts that the text's hard line breaks carry on to the next line
(``partinline.paragraph_at``); a count in the past tense ("Hankkeessa oli kaksi …", ``partlists._COUNTED``);
a key spelled out, after the word ("Work stream Two: X") or as an ordinal before it ("Toinen osahanke: X",
"Andra delprojektet: X", ``partwords._digit_key``). Negatives: phases enumerated the same way, and an
ordinal before a word that names no part ("Första steget: X"), stay no parts.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _parts(x: Extraction) -> list[str]:
    return sorted(p.name for p in x.projects if p.level != "project")


def test_a_sentence_enumerating_parts_over_two_lines() -> None:
    x = _read(
        "Lapin hyvinvointialue · Tiedote 2.4.2025\n\nTunturin kotihoito\n\n"
        "Tunturin kotihoito -hanke tukee kotona asumista Sallassa ja Kemijärvellä.\n"
        "Hankkeessa on kaksi kehittämisuraa: Kehittämisura 1: Etäkäynnit kyliin ja\n"
        "Kehittämisura 2: Omaisten iltaryhmät. Molemmat alkoivat maaliskuussa.\n"
    )
    assert _parts(x) == ["Etäkäynnit kyliin", "Omaisten iltaryhmät"]


def test_phases_enumerated_over_two_lines_are_no_parts() -> None:
    x = _read(
        "Lapin hyvinvointialue · Tiedote 2.4.2025\n\nTunturin kotihoito\n\n"
        "Tunturin kotihoito -hanke tukee kotona asumista Sallassa ja Kemijärvellä.\n"
        "Laitteet otetaan käyttöön kahdessa vaiheessa: Vaihe 1: Kartoitus ja\n"
        "Vaihe 2: Käyttöönotto. Kartoitus tehdään keväällä.\n"
    )
    assert _parts(x) == []


def test_a_count_in_the_past_and_subprojects_under_the_project() -> None:
    x = _read(
        "# Loppuraportti 2024\n\n**Hanke:** Nuorten mieli Savossa\n**Hallinnoija:** Pohjois-Savon hyvinvointialue\n\n"
        "Hankkeessa oli kaksi alaprojektia, jotka toimivat eri kunnissa.\n\n"
        "## Alaprojekti A: Koulujen chat\n\nChat avattiin Varkaudessa.\n\n"
        "## Alaprojekti B: Perheiden ryhmät\n\nRyhmät kokoontuivat Leppävirralla.\n",
        "raportti.md",
    )
    assert _parts(x) == ["Alaprojekti A: Koulujen chat", "Alaprojekti B: Perheiden ryhmät"]


def test_keys_spelled_out_after_the_word_and_as_ordinals() -> None:
    assert match_part_line("Work stream Two: Remote advice") == (
        "sub-project",
        "Work stream",
        "2",
        "Remote advice",
    )
    assert match_part_line("Toinen osahanke: Nuorten iltapäivystys") == (
        "sub-project",
        "Osahanke",
        "2",
        "Nuorten iltapäivystys",
    )
    assert match_part_line("Andra delprojektet: Digitalt kamratstöd") == (
        "sub-project",
        "Delprojekt",
        "2",
        "Digitalt kamratstöd",
    )
    assert match_part_line("Första steget: Kartläggning") is None  # a step, no part
    assert match_part_line("Phase One: Planning") is None


def test_spelled_work_streams_in_a_page() -> None:
    x = _read(
        "Kidney Care Together\n\n"
        "Kidney Care Together is a project of the Wellbeing Services County of Central Finland in Jämsä.\n"
        "The work is organised in two work streams.\n\n"
        "Work stream One: Home dialysis support\n\nNurses visit new patients weekly.\n\n"
        "Work stream Two: Remote nutrition advice\n\nA dietitian meets the patients by video.\n\n"
        "Phase One: Planning\nThe routines were agreed in January.\n"
    )
    assert _parts(x) == ["Work stream 1: Home dialysis support", "Work stream 2: Remote nutrition advice"]
