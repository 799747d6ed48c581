"""A decision's field that names a concept names one of its scheme, and a merge or split two projects.

Found by attack (stop 33, /review on a real server): a ``depend`` decision with the kind
``javascript://alert(1)`` or the made-up ``dependency-kind/a-b``, a ``confirm`` with the county
``99``, and a ``merge`` of a project into itself were recorded and applied. Each is refused by the
field's name with what it may be, on the command line's path (``curation.decide``) and by /review
before anything is written.
"""

from __future__ import annotations

import pytest
from flask import Flask
from rdflib import URIRef

from hankegraafi.ingest import curation
from hankegraafi.ontology.namespaces import HG, vocab
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import PROJECT, UNKNOWN
from tests.curation.test_review_http import log_in

BASE = "https://w3id.org/hankegraafi/id/"
BY = curation.default_agent(BASE)
OTHER = URIRef(f"{BASE}project/toinen-hanke")


@pytest.mark.parametrize(
    ("action", "target", "fields", "words"),
    [
        ("depend", PROJECT, {"linked": OTHER, "kind": URIRef("javascript://alert(1)")}, "kind: "),
        (
            "depend",
            PROJECT,
            {"linked": OTHER, "kind": vocab("dependency-kind", "a-b")},
            "no concept of dependency-kind",
        ),
        ("confirm", UNKNOWN, {"region": vocab("county", "99")}, "region: "),
        ("merge", PROJECT, {"linked": URIRef(PROJECT)}, "is one project"),
        ("split", PROJECT, {"linked": URIRef(PROJECT)}, "is one project"),
        # A link to a concept with a typo ('thll') or to anything no graph describes was applied and
        # left the name's facts pointing nowhere; a dependency on a concept the vocabularies lack too.
        ("link", UNKNOWN, {"linked": vocab("organisation", "thll")}, "nothing the store knows"),
        ("link", UNKNOWN, {"linked": URIRef("https://example.org/nothing")}, "nothing the store knows"),
        ("depend", PROJECT, {"linked": vocab("service", "kantaa")}, "nothing the store knows"),
    ],
)
def test_a_decision_naming_nothing_it_may_is_refused_and_nothing_recorded(
    curated_store: EmbeddedStore, action: str, target: str, fields: dict[str, object], words: str
) -> None:
    before = len(curation.read_decisions(curated_store, BASE))
    with pytest.raises(curation.CurationError, match=words):
        curation.decide(curated_store, BASE, action, URIRef(target), by=BY, **fields)
    assert len(curation.read_decisions(curated_store, BASE)) == before


def test_a_concept_of_the_scheme_is_a_decision(curated_store: EmbeddedStore) -> None:
    kind = vocab("dependency-kind", "shared-work")
    _iri, state = curation.decide(
        curated_store, BASE, "depend", URIRef(PROJECT), by=BY, linked=OTHER, kind=kind
    )
    assert state == "applied"


@pytest.mark.parametrize(
    "form",
    [
        {"action": "depend", "target": PROJECT, "linked": str(OTHER), "kind": "javascript://alert(1)"},
        {"action": "depend", "target": PROJECT, "linked": str(OTHER), "kind": "a b"},
        {"action": "confirm", "target": UNKNOWN, "county": "99", "label_fi": "Kuvitelmalan yliopisto"},
        {"action": "merge", "target": PROJECT, "linked": PROJECT},
    ],
)
def test_review_refuses_it_by_the_field_before_writing(review_app: Flask, form: dict[str, str]) -> None:
    client = review_app.test_client()
    token = log_in(client)
    answer = client.post("/review/decide", data={"csrf": token, **form})
    assert answer.status_code == 400, answer.headers.get("Location")
    assert "concept of" in answer.text or "is one project" in answer.text, answer.text


def test_an_imported_decision_naming_nothing_it_may_is_left_out(curated_store: EmbeddedStore) -> None:
    """A decisions file (``review import``) is read by the same rule: its decision of kind
    <javascript://alert(1)> is left out, as one with an unsafe IRI is; the good one is imported."""
    made = curation.make(
        curated_store,
        BASE,
        "depend",
        URIRef(PROJECT),
        by=BY,
        linked=OTHER,
        kind=vocab("dependency-kind", "shared-work"),
    )
    data = made.triples()
    bad = URIRef(f"{BASE}decision/depend-vieras")
    for p, o in list(data.predicate_objects(made.iri)):
        data.add((bad, p, URIRef("javascript://alert(1)") if p == HG.linkKind else o))
    assert curation.import_graph(curated_store, BASE, data) == 1
    kinds = {str(d.kind) for d in curation.read_decisions(curated_store, BASE)}
    assert kinds == {str(vocab("dependency-kind", "shared-work"))}


def test_a_link_to_a_concept_the_store_knows_is_applied(curated_store: EmbeddedStore) -> None:
    """The refusal above is by what the store holds, not by the IRI's form: the concept spelt right
    is linked, and a dependency may still name a project no document has published yet."""
    _iri, state = curation.decide(
        curated_store, BASE, "link", URIRef(UNKNOWN), by=BY, linked=vocab("organisation", "thl")
    )
    assert state == "applied"
    _iri, state = curation.decide(curated_store, BASE, "depend", URIRef(PROJECT), by=BY, linked=OTHER)
    assert state == "applied"
