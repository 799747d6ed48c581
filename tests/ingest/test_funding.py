"""The funder of an RRF document without a funder field: the programme's granting authority, said so.

Invented documents (no seed text). The default comes from the vocabulary
(``hg:grantingAuthority`` in ontology/vocab/programmes.ttl), so a programme that
gets an authority there gets the default with no code change.
"""

from __future__ import annotations

from hankegraafi.ingest.coverage import coverage, guess_text
from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.funding import granting_authorities
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology.loader import vocabulary_graph
from hankegraafi.ontology.namespaces import HG, vocab

STM = str(vocab("organisation", "stm"))

STATUS = """Tilanneraportti 2024
Hanke: Kotihoidon etäpalvelut Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue
EU:n elpymis- ja palautumistukivälineestä rahoitettu hanke.

Tavoitteet
- Etäkäyntejä 400 kuukaudessa. Toteutunut.
"""

NO_PROGRAMME = """Tilanneraportti 2024
Hanke: Kotihoidon etäpalvelut Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue

Tavoitteet
- Etäkäyntejä 400 kuukaudessa. Toteutunut.
"""

FIELD = """Toimintamallin nimi
Perhekeskuksen chat Itä-Uudellamaalla
Toimintamallin rahoittaja
Itä-Uudenmaan hyvinvointialue; Kestävän kasvun hanke (EU, NextGenerationEU)
Toteutuspaikka
Porvoo
"""


def read(text: str, name: str = "raportti.txt") -> tuple[Extraction, object]:
    document = read_bytes(text.encode(), file_name=name, max_bytes=100_000)
    return extract(document), document


def test_the_vocabulary_names_stm_as_the_rrf_granting_authority() -> None:
    authorities = granting_authorities()
    assert authorities[str(vocab("programme", "kestavan-kasvun-ohjelma"))] == STM
    assert authorities[str(vocab("programme", "rrf"))] == STM
    assert (vocab("programme", "rrf"), HG.grantingAuthority, vocab("organisation", "stm")) in vocabulary_graph()


def test_an_rrf_report_without_funder_field_is_funded_by_stm_by_default() -> None:
    x, document = read(STATUS)
    funded = [p for p in x.projects if p.funder is not None]
    assert [str(p.funder.iri) for p in funded] == [STM]
    assert funded[0].funder_named is False
    assert funded[0].funder_span is not None and "elpymis" in funded[0].funder_span.quote
    notes = coverage(document, x).guesses
    assert any(n.startswith("default-funder:") for n in notes)
    note = next(n for n in notes if n.startswith("default-funder:"))
    assert guess_text(note, "fi").startswith("rahoittaja oletuksena")
    assert guess_text(note, "sv").startswith("finansiär antagen")


def test_no_programme_no_default_funder() -> None:
    x, _ = read(NO_PROGRAMME)
    assert all(p.funder is None for p in x.projects)
    assert x.notes == []


def test_a_funder_field_wins_and_a_county_beside_the_eu_is_not_the_funder() -> None:
    x, _ = read(FIELD, "toimintamalli.txt")
    funders = {str(p.funder.iri) for p in x.projects if p.funder is not None}
    assert funders == {str(vocab("organisation", "eu"))}
    assert all(p.funder_named for p in x.projects if p.funder is not None)
    assert not any(n.startswith("default-funder:") for n in x.notes)
