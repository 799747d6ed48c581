"""Municipalities by their Swedish names, and words that only look like a municipality (stop 37, G6).

Invented text. Classes: a Finnish-language municipality named by its Swedish name in a Swedish text ("i Kajana",
"Kaustby och Vetil"; scripts/build_vocab.MUNICIPALITY_SV). Negative side: a common noun's case form at a line's
start is the noun's, not a municipality's inflected name ("Kemian laboratorio" is no Kemi; entities.candidates);
a municipality's name after a first name is a person's surname ("Kaisa Tervo", "Anna Sotkamo"; places._surname).
"""

from __future__ import annotations

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _found(text: str) -> list[str]:
    return [str(m.entry.iri).rsplit("/", 1)[-1] for m in Gazetteer.default().find(text)]


def _municipalities(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="tiedote.txt", max_bytes=100_000))
    return sorted(str(entry.iri).rsplit("/", 1)[-1] for entry, _ in x.municipalities)


def test_swedish_names_of_finnish_municipalities() -> None:
    assert _found("mottagningen i Kajana") == ["kajaani"]
    assert _found("i Kaustby och Vetil") == ["kaustinen", "veteli"]
    assert _found("Idensalmi och Ikalis") == ["iisalmi", "ikaalinen"]


def test_a_nouns_case_form_is_no_municipality() -> None:
    assert _found("Kemian laboratorio siirtyi.") == []
    assert _found("Kaavion värit") == []
    assert _found("Kemissä ja Kajaanissa") == ["kemi", "kajaani"]  # the places themselves


def test_a_surname_after_a_first_name_is_no_place() -> None:
    text = (
        "Hanke: Laboratorio lähelle\n\nPohjois-Savon hyvinvointialue\n\n"
        "Hanke toimii Kuopiossa ja Tervossa.\n\nLisätietoja antavat Kaisa Tervo ja Minna Salo.\n"
    )
    assert _municipalities(text) == ["kuopio", "tervo"]
    text = "Hanke: Laboratorio lähelle\n\nPohjois-Savon hyvinvointialue\n\nLisätietoja: Minna Salo.\n"
    assert "salo" not in _municipalities(text)
