"""A page read whose rows the page sorts is recorded as a set: the same rows in another order carry the page.

After a write the engine may give a card's rows in another order (the order of its files): 109 of 122
project pages dropped at 10^6 after one document's ingest had the same card rows so. The page builder
sorts the card's triples (``builder._in_order``), so the page is a function of the rows as a set, and
``QueryService.bounded_select(order_free=True)`` records a digest of the rows sorted; a read the row
cap cut, and every other read, keep the digest of the rows in the engine's order.
"""

from __future__ import annotations

import random

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from hankegraafi.server import query
from hankegraafi.server.pages.builder import _in_order


def _store() -> ox.Store:
    store = ox.Store()
    g = ox.NamedNode("urn:x-test:g")
    for n in range(5):
        store.add(
            ox.Quad(ox.NamedNode(f"urn:x-test:s{n}"), ox.NamedNode("urn:x-test:p"), ox.Literal(f"v{n}"), g)
        )
    return store


def test_an_order_free_digest_is_the_rows_as_a_set() -> None:
    store = _store()
    ahead = "SELECT ?x WHERE { VALUES ?x { 1 2 3 'a' <urn:x-test:i> } }"
    behind = "SELECT ?x WHERE { VALUES ?x { <urn:x-test:i> 3 'a' 1 2 } }"  # the same rows, another order
    assert query._raw_digest(store, ahead, 100, True) == query._raw_digest(store, behind, 100, True)
    assert query._raw_digest(store, ahead, 100) != query._raw_digest(store, behind, 100)
    # the two kinds never meet, not even for rows already sorted
    one = "SELECT ?x WHERE { VALUES ?x { 1 } }"
    assert query._raw_digest(store, one, 100, True) != query._raw_digest(store, one, 100)
    # a read the row cap cut is digested in the engine's order (which rows it kept depends on it)
    assert query._raw_digest(store, ahead, 2, True) == query._raw_digest(store, ahead, 2)
    # the rows read and the digest made again without terms agree, either way
    text = "SELECT ?s ?o WHERE { ?s <urn:x-test:p> ?o }"
    for order_free in (False, True):
        raw: list[str] = []
        rows = query._local_rows(store, text, 100, raw, order_free)
        assert len(rows) == 5 and raw == [query._raw_digest(store, text, 100, order_free)]
    lines = [b"<a>\n", b"<b>\n", b'"c"\n']
    assert query._digest_of(lines, True) == query._digest_of(lines[::-1], True)
    assert query._digest_of(lines, True) != query._digest_of(lines[:2], True)


def test_the_card_is_in_one_order_whatever_the_engines() -> None:
    s, p = URIRef("urn:x-test:s"), URIRef("urn:x-test:p")
    triples = [
        (s, p, Literal("1")),
        (s, p, Literal("1", lang="fi")),
        (s, p, Literal("1", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))),
        (s, p, URIRef("1")),
        (s, p, BNode("b1")),
        (URIRef("urn:x-test:a"), p, s),
    ]
    ordered = _in_order(triples)
    for seed in range(20):
        shuffled = triples[:]
        random.Random(seed).shuffle(shuffled)
        got = _in_order(shuffled)
        assert got == ordered
        assert [tuple(type(t) for t in row) for row in got] == [tuple(type(t) for t in row) for row in ordered]
