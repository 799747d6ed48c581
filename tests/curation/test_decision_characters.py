"""A decision's words (a corrected value, a label, a reason) hold no character an XML answer cannot hold.

A value typed in /review or on the command line with U+0001 or ESC in it was recorded and
applied, and every XML answer showing the corrected value was ill-formed; a decisions file
imported with one is left out as a decision with an unsafe IRI is.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from hankegraafi.ingest import curation
from hankegraafi.ontology.namespaces import HG
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import PROJECT

BASE = "https://w3id.org/hankegraafi/id/"
BY = curation.default_agent(BASE)


@pytest.mark.parametrize(
    "fields",
    [
        {"prop": RDFS.label, "corrected": Literal("Uusi\x01nimi")},
        {"prop": RDFS.label, "corrected": Literal("Uusi nimi"), "why": "tarkistettu\x1b[2J"},
        {"prop": RDFS.label, "corrected": Literal("Uusi\ufffe")},
    ],
)
def test_a_decision_with_the_character_is_refused_and_nothing_recorded(
    curated_store: EmbeddedStore, fields: dict[str, object]
) -> None:
    before = len(curation.read_decisions(curated_store, BASE))
    with pytest.raises(curation.CurationError, match=r"U\+(0001|001B|FFFE)"):
        curation.decide(curated_store, BASE, "set", URIRef(PROJECT), by=BY, **fields)
    assert len(curation.read_decisions(curated_store, BASE)) == before


def test_an_imported_decision_with_the_character_is_left_out(curated_store: EmbeddedStore) -> None:
    good = curation.make(
        curated_store, BASE, "set", URIRef(PROJECT), by=BY, prop=RDFS.label, corrected=Literal("A")
    )
    data = good.triples()
    bad = URIRef(f"{BASE}decision/set-bad")
    for _s, p, o in list(data):
        data.add((bad, p, o))
    data.set((bad, HG.correctedValue, Literal("B\x01")))
    assert [d.iri for d in curation.decisions_from(data)] == [good.iri]
