"""Parts one sentence enumerates by word, key and colon (invented text; ingest/facts/partinline.py).

"Hankkeessa on kolme kehityspolkua: Kehityspolku A: X, Kehityspolku B: Y ja Kehityspolku C: Z." names
three parts in a word no vocabulary holds (named by their names alone at the end), "… two work packages:
Work package 1: X and Work package 2: Y." two in a word it holds (named with word and key); phases,
appendices and goals enumerated the same way name no part.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partinline import enumerated, in_sentence
from hankegraafi.ingest.facts.partlists import numbers_other
from hankegraafi.ingest.readers import read_bytes

_HEAD = "TILANNEKATSAUS\n\nHankkeen nimi: Arjen apu Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"


def _read(body: str) -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name="katsaus.txt", max_bytes=100_000))


def _parts(x: Extraction) -> dict[str, str]:
    return {p.name: p.parent.name if p.parent else "" for p in x.projects if p.level != "project"}


def test_an_own_word_with_letters_names_the_parts_by_their_names() -> None:
    x = _read(
        "Hanke etenee kolmena kehityspolkuna: Kehityspolku A: Etäkuntoutus kotiin, Kehityspolku B: Kylien "
        "neuvola (Kuhmo, Sotkamo) ja Kehityspolku C: Omaishoidon ilta.\n"
    )
    assert _parts(x) == {
        "Etäkuntoutus kotiin": "Arjen apu Kainuussa",
        "Kylien neuvola": "Arjen apu Kainuussa",
        "Omaishoidon ilta": "Arjen apu Kainuussa",
    }


def test_a_vocabulary_word_keeps_its_word_and_key() -> None:
    x = _read(
        "The project has two work packages: Work package 1: Night rounds and Work package 2: Video visits.\n"
    )
    assert set(_parts(x)) == {"Work package 1: Night rounds", "Work package 2: Video visits"}


def test_roman_keys_and_quoted_mail_marks() -> None:
    found = enumerated(
        "> Projektet har två delprojekt: Delprojekt I: Hemvård på natten och\n> Delprojekt II: Digital mottagning.",
        numbers_other,
    )
    assert [(p.word, p.key, p.name, p.own) for p in found] == [
        ("Delprojekt", "I", "Hemvård på natten", False),
        ("Delprojekt", "II", "Digital mottagning", False),
    ]


def test_phases_appendices_and_goals_are_no_parts() -> None:
    assert (
        in_sentence(
            "Hanke etenee kolmessa vaiheessa: Vaihe 1: Kartoitus, Vaihe 2: Pilotointi ja Vaihe 3: Juurrutus",
            numbers_other,
        )
        == []
    )
    assert (
        in_sentence(
            "Ohjausryhmä kävi läpi kaksi liitettä: Liite 1: Talousraportti ja Liite 2: Riskiloki", numbers_other
        )
        == []
    )
    assert (
        in_sentence(
            "Tavoitteet ovat Tavoite 1: Jonotus lyhenee ja Tavoite 2: Kotikäynnit lisääntyvät", numbers_other
        )
        == []
    )
    x = _read(
        "Hanke etenee kolmessa vaiheessa: Vaihe 1: Kartoitus, Vaihe 2: Pilotointi ja Vaihe 3: Juurrutus.\n"
    )
    assert _parts(x) == {}


def test_one_item_or_keys_not_from_the_first_are_no_enumeration() -> None:
    assert in_sentence("Kehityspolku A: Etäkuntoutus kotiin alkoi syksyllä", numbers_other) == []
    assert (
        in_sentence("Kehityspolku B: Kylien neuvola ja Kehityspolku C: Omaishoidon ilta", numbers_other) == []
    )


def test_a_matrix_naming_the_parts_by_word_and_key_rates_them() -> None:
    x = _read(
        "Hankkeella on kaksi kokeilua: Kokeilu A: Etäkuntoutus kotiin ja Kokeilu B: Kylien neuvola.\n\n"
        "Tilanne (vihreä = suunnitelman mukaan, punainen = poikkeama)\n"
        "Osa-alue\tKokeilu A\tKokeilu B\nAikataulu\tvihreä\tpunainen\nKustannukset\tvihreä\tvihreä\n"
    )
    rated = {p.name: sorted((light.dimension, light.value) for light in p.lights) for p in x.projects}
    assert rated["Etäkuntoutus kotiin"] == [("costs", "on-plan"), ("schedule", "on-plan")]
    assert rated["Kylien neuvola"] == [("costs", "on-plan"), ("schedule", "deviation")]
