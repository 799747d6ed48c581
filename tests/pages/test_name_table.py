"""Every name of the store read once per write generation (``labels.NameTable``) names a page as
its own name queries do (``labels.PageLabels``), and the card's plain index (``rdfout.CardGraph``)
answers as the rdflib graph it replaced.

Both are how a resource page at 10^6 triples got cheaper (bench/results/2026-12-04-vm-pages-1e6-c.md):
the pages must read the same with them, so these tests build the sample store's pages both ways.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.server.pages import labels, pagetypes, rdfout
from hankegraafi.server.pages.builder import PageBuilder, card_query
from hankegraafi.server.pages.iris import Mapping, write_in
from hankegraafi.server.query import QueryService
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.test_page_queries import subjects

COUNTY = "https://w3id.org/hankegraafi/vocab/county/21"


@pytest.fixture(scope="module")
def data(demo_store: EmbeddedStore) -> QueryService:
    """The sample store's query service; its runner sees every write to it (nothing else writes
    the store while these tests run), as a serving pool's does."""
    service = QueryService.of_store(demo_store)
    service.generation_exact = True
    return service


@pytest.fixture(scope="module")
def table(data: QueryService) -> labels.NameTable:
    found = labels.NameTable()
    generation = data.generation
    assert generation is not None
    found.load(data, generation, person_names=False)
    assert found.get(generation)
    return found


def _page(data: QueryService, iri: URIRef, lang: str, table: labels.NameTable | None) -> tuple[object, int]:
    index = labels.PageLabels(data, person_names=False, table=table)
    builder = PageBuilder(data, index, Mapping(BASE_IRI_DEFAULT), lang, person_names=False)
    return builder.build(iri, [], pagetypes.classify), index.queries


def test_a_page_named_from_the_table_is_the_page_named_by_its_queries(
    demo_store: EmbeddedStore, data: QueryService, table: labels.NameTable
) -> None:
    pages = subjects(demo_store, 3)
    assert len(pages) > 25
    for iri in pages:
        for lang in ("fi", "en"):
            queried, asked = _page(data, iri, lang, None)
            named, none = _page(data, iri, lang, table)
            assert named == queried, (iri, lang)
            assert none == 0 and asked > 0, iri  # the table's page reads no names of its own


def test_the_table_is_used_only_for_its_generation(data: QueryService, table: labels.NameTable) -> None:
    generation = data.generation
    assert generation is not None
    assert table.get(generation + 1) is None
    stale = labels.NameTable()
    stale.load(data, generation - 1, person_names=False)  # read while a write was made
    assert stale.get(generation - 1) is None and stale.get(generation) is None
    # A page of another generation than the table's reads its names itself.
    index = labels.PageLabels(data, person_names=False, table=stale)
    index.want([URIRef(COUNTY)])
    assert index.queries == 1 and index.stored(COUNTY)


def test_a_store_with_more_names_than_the_limit_is_named_per_page(data: QueryService) -> None:
    generation = data.generation
    assert generation is not None
    small = labels.NameTable(limit=10)
    small.load(data, generation, person_names=False)
    assert small.get(generation) is None and small.too_large_at == generation
    small.refresh(data, person_names=False)  # not read again for that generation
    assert small.get(generation) is None


def test_the_card_graph_answers_as_an_rdflib_graph(demo_store: EmbeddedStore, data: QueryService) -> None:
    checked = 0
    for iri in subjects(demo_store, 3):
        rows = data.bounded_select(write_in(card_query(), {"this": iri}))
        triples = rdfout.publishable_triples([(r["s"], r["p"], r["o"]) for r in rows], person_names=False)
        card, graph = rdfout.CardGraph(triples), Graph()
        for triple in triples:
            graph.add(triple)
        assert set(card) == set(graph) and len(card) == len(graph)
        for s, p, o in graph:
            assert (s, p, o) in card
            assert set(card.objects(s, p)) == set(graph.objects(s, p))
            assert set(card.subjects(p, o)) == set(graph.subjects(p, o))
            assert card.value(s, p) in set(graph.objects(s, p))
            assert set(card.predicate_objects(s)) == set(graph.predicate_objects(s))
            assert set(card.subject_predicates(o)) == set(graph.subject_predicates(o))
            checked += 1
        assert card.value(iri, URIRef("urn:x-none")) is None
        assert (iri, URIRef("urn:x-none"), iri) not in card
    assert checked > 1000
