"""Goals with their status in the forms test12 read wrong (issue 13, stop 32; tuning documents u395-u399).

Each test is a class of form, in wording of its own: another word labelling a goal ("Päämäärä 1:",
"Delmål 2:"), read from the vocabulary (status.ttl ``goal-label``); a mark before a goal whose words
state its status ("⏳ X – kesken"); a legend of marks or colours read as a goal; a list completing a
sentence that ends in the goal word's verb ("…, jonka tavoitteet ovat" over "1) … 2) …") and the
paragraph after it; status words of follow-up sheets ("Työn alla", "osin, …", "puolivälissä").
All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalforms import explains_marks, status_of
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

_HEAD = "Tilannekatsaus\nHanke: Etähoiva saaristoon\nHallinnoija: Varsinais-Suomen hyvinvointialue\n\n"


def _goals(text: str, name: str = "katsaus.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_another_word_labelling_numbered_goals() -> None:
    text = _HEAD + (
        "Tavoitteet ja toteutuminen (arvio 12/2024)\n"
        "Päämäärä 1: Kotihoidon yökäynnit korvataan etäkäynneillä – toteutui\n"
        "Päämäärä 2: Omaishoitajat saavat lomituksen sähköisesti – jäi kesken\n"
    )
    assert _goals(text) == [
        ("Kotihoidon yökäynnit korvataan etäkäynneillä", "achieved"),
        ("Omaishoitajat saavat lomituksen sähköisesti", "unfinished"),
    ]


def test_a_new_word_for_a_goal_is_one_vocabulary_line() -> None:
    text = _HEAD + (
        "Tavoitteet ja toteutuminen\n"
        "Kehityskohde 1: Kotihoidon yökäynnit korvataan etäkäynneillä – toteutui\n"
        "Kehityskohde 2: Omaishoitajat saavat lomituksen sähköisesti – jäi kesken\n"
    )
    line = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/hankegraafi/vocab/goal-label/goal> skos:hiddenLabel "Kehityskohde"@fi .'
    )
    assert ("Kotihoidon yökäynnit korvataan etäkäynneillä", "achieved") not in _goals(text)
    with registry.extended(line):
        assert _goals(text) == [
            ("Kotihoidon yökäynnit korvataan etäkäynneillä", "achieved"),
            ("Omaishoitajat saavat lomituksen sähköisesti", "unfinished"),
        ]


def test_a_mark_before_a_goal_whose_words_state_its_status() -> None:
    text = (
        "# Tilannekatsaus\n\n**Hanke:** Etähoiva saaristoon\n**Hallinnoija:** Varsinais-Suomen hyvinvointialue\n\n"
        "## Tavoitteet\n\n"
        "- ✔️ Etähoiva alkoi Paraisilla — saavutettu\n"
        "- ⌛ Etähoiva kaikille kotihoidon asiakkaille — kesken\n"
        "- ❌ Yöpartio yhteiseksi Kemiönsaaren kanssa — ei saavutettu\n"
    )
    assert _goals(text, "katsaus.md") == [
        ("Etähoiva alkoi Paraisilla", "achieved"),
        ("Etähoiva kaikille kotihoidon asiakkaille", "unfinished"),
        ("Yöpartio yhteiseksi Kemiönsaaren kanssa", "not-achieved"),
    ]


def test_a_legend_of_marks_or_colours_is_no_goal() -> None:
    assert explains_marks("Tilanne: Aikataulu ✔ (✔ = suunnitelman mukaan,")
    assert explains_marks("4 Aloitusvalmius Sininen = valmis, harmaa = kesken, musta = ei aloitettu.")
    assert not explains_marks("Hoitotakuu toteutuu seitsemässä päivässä")
    text = _HEAD + (
        "2 Tavoitteet\n- Etähoiva alkaa kaikissa saariston kunnissa\n- Yöpartio kattaa Paraisten saaret\n\n"
        "4 Valmius\nSininen = valmis, harmaa = kesken, musta = ei aloitettu.\nTilat ovat valmiina.\n"
    )
    assert _goals(text) == [
        ("Etähoiva alkaa kaikissa saariston kunnissa", "unknown"),
        ("Yöpartio kattaa Paraisten saaret", "unknown"),
    ]


def test_a_list_completing_a_sentence_and_the_paragraph_after_it() -> None:
    text = (
        "Hanke: Etähoiva saaristoon\nHallinnoija: Varsinais-Suomen hyvinvointialue\n\nPerustelut\n"
        "Hyvinvointialue hakee avustusta hankkeelle, jonka tavoitteet ovat\n"
        "   1) kotihoidon yökäyntien siirtäminen etäyhteyksiin Paraisilla\n"
        "   2) lomituksen varaaminen sähköisesti Kemiönsaarella.\n"
        "Hakemuksen valmistelee hankejohtaja.\n"
    )
    assert _goals(text) == [
        ("kotihoidon yökäyntien siirtäminen etäyhteyksiin Paraisilla", "unknown"),
        ("lomituksen varaaminen sähköisesti Kemiönsaarella.", "unknown"),
    ]


def test_status_words_of_follow_up_sheets() -> None:
    assert status_of("Työn alla") == "unfinished"
    assert status_of("osin, Parainen ja Kemiönsaari valmiita") == "partly-achieved"
    assert status_of("puolivälissä") == "partly-achieved"
