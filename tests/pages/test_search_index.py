"""The one search (server/pages/search.py) on invented names: inflected forms, ranks, types.

The pages' /search, the explorer's /explorer/api/search and /reconcile all call
:meth:`SearchIndex.search`; these tests hold its rules without a store.
"""

from __future__ import annotations

import pytest

from hankegraafi.server.pages.labels import LabelIndex
from hankegraafi.server.pages.search import MIN_INSIDE, SearchIndex, build, query_forms

HG = "https://w3id.org/hankegraafi/ontology#"
V = "https://w3id.org/hankegraafi/vocab/"
ID = "https://w3id.org/hankegraafi/id/"

KELA = V + "organisation/kela"
DIGI = V + "organisation/digifinland"
SATAKUNTA = V + "county/04"
SATA_INV = ID + "investment/satakunta-1"
TARJOTIN = ID + "investment/tarjotin"
PERHEKESKUS = ID + "project/perhekeskus"
CONCEPT = V + "cost-category/staff"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    labels = LabelIndex()
    names = {
        KELA: ({"fi": "Kela", "sv": "FPA", "en": "Social Insurance Institution"}, HG + "NationalActor"),
        DIGI: ({"fi": "DigiFinland Oy"}, HG + "NationalActor"),
        SATAKUNTA: ({"fi": "Satakunnan hyvinvointialue", "en": "Satakunta"}, HG + "WellbeingServicesCounty"),
        SATA_INV: ({"fi": "Satakunnan investointi hoitoon pääsyyn"}, HG + "Investment"),
        TARJOTIN: ({"fi": "Hyvinvointipalvelujen sähköinen palvelutarjotin"}, HG + "Investment"),
        PERHEKESKUS: ({"fi": "Sähköinen perhekeskus"}, HG + "Project"),
        CONCEPT: ({"fi": "Henkilöstökulut"}, "http://www.w3.org/2004/02/skos/core#Concept"),
    }
    for iri, (by_lang, cls) in names.items():
        labels.labels[iri] = by_lang
        labels.types[iri] = {cls}
    labels.alt[KELA] = [("fi", "Kansaneläkelaitos")]
    labels.alt[CONCEPT] = [("fi", "Henkilöstökustannukset")]  # another name (skos:altLabel)
    return build(labels)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Kelan", KELA),  # genitive of a name
        ("Kelalle", KELA),
        ("DigiFinlandin", DIGI),  # a name no dictionary knows
        ("Satakunnan", SATAKUNTA),  # the county before its investment: the shorter name of equal rank
        ("Kansaneläkelaitoksen", KELA),  # by the other name
        ("henkilöstökustannuksista", CONCEPT),  # by another name, inflected
    ],
)
def test_inflected_names(index: SearchIndex, query: str, first: str) -> None:
    hits = index.search(query)
    assert hits, query
    assert hits[0].iri == first
    assert hits[0].score <= 1


def test_one_word_that_is_a_name_in_base_form_ranks_first(index: SearchIndex) -> None:
    # The explorer's rule, kept: "Satakunnan" is the name "Satakunta" (its English label) inflected.
    hit = index.search("Satakunnan")[0]
    assert (hit.iri, hit.label, hit.score) == (SATAKUNTA, "Satakunta", 0)
    assert index.search("Kelan")[0].score == 0


def test_every_word_must_match(index: SearchIndex) -> None:
    assert [h.iri for h in index.search("Satakunnan investointi")] == [SATA_INV]
    assert index.search("Satakunnan perhekeskus") == []


def test_whole_name_ranks_first(index: SearchIndex) -> None:
    (hit,) = index.search("Sähköinen perhekeskus")
    assert (hit.iri, hit.score, hit.label) == (PERHEKESKUS, 0, "Sähköinen perhekeskus")


def test_beginning_of_a_word(index: SearchIndex) -> None:
    (hit,) = index.search("perhekesk")
    assert (hit.iri, hit.score) == (PERHEKESKUS, 2)


def test_inside_a_compound(index: SearchIndex) -> None:
    # The explorer's rule, kept: the last part of a compound, inflected ("tarjottimen").
    (hit,) = index.search("tarjottimen")
    assert (hit.iri, hit.score) == (TARJOTIN, 3)
    # Forms shorter than MIN_INSIDE letters are not looked for inside words.
    assert len("kulu") < MIN_INSIDE
    assert index.search("kulu") == []


def test_types_filter(index: SearchIndex) -> None:
    assert [h.iri for h in index.search("Satakunnan", types={HG + "Investment"})] == [SATA_INV]
    assert index.search("Kelan", types={HG + "Investment"}) == []
    assert index.search("Kelan")[0].types == frozenset({HG + "NationalActor"})


def test_limit_and_nothing(index: SearchIndex) -> None:
    assert len(index.search("sähköinen", limit=1)) == 1
    assert index.search("") == []
    assert index.search("zyxwvu") == []


def test_query_forms_longest_first() -> None:
    forms = query_forms("palvelutarjottimen")
    assert forms[0][:2] == ["palvelutarjottimen", "palvelutarjotin"]


def test_a_word_repeated_inside_a_long_name_costs_one_step_per_name() -> None:
    """Found by attack: a stored name of 10^5 letters 'a' made every query word 'aaaa…' scan once per
    offset (a reconcile batch held a thread for minutes). The scan moves to the next form after a hit."""
    labels = LabelIndex()
    long_name = ID + "project/long"
    labels.labels[long_name] = {"fi": "x" + "a" * 100_000}
    labels.labels[KELA] = {"fi": "Kela"}
    labels.types[long_name] = {HG + "Project"}
    labels.types[KELA] = {HG + "NationalActor"}
    index = build(labels)
    calls = 0
    real_find = index._joined.find

    class Counting(str):
        def find(self, *args: object) -> int:  # type: ignore[override]
            nonlocal calls
            calls += 1
            return real_find(*args)  # type: ignore[arg-type]

    index._joined = Counting(index._joined)
    query = "a" * 2_000
    assert [h.iri for h in index.search(query)] == [long_name]
    inside = [f for f in query_forms(query)[0] if len(f) >= MIN_INSIDE]
    assert calls <= 3 * len(inside)  # before: one call per offset, ~98 000 per form
    assert index.search("a" * 200_000) == []  # longer than every name: nothing inside
