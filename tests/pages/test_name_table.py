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
from hankegraafi.server.pages.builder import PageBuilder, card_query, sparql
from hankegraafi.server.pages.iris import Mapping, write_in
from hankegraafi.server.query import MAX_ROWS, Bindings, QueryService, Row
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


class _Recording(QueryService):
    """The sample store's query service, keeping the text of every bounded query a page runs."""

    def __init__(self, inner: QueryService) -> None:
        self.__dict__.update(inner.__dict__)
        self.texts: list[str] = []

    def bounded_select(
        self, sparql: str, bindings: Bindings | None = None, *, max_rows: int = MAX_ROWS
    ) -> list[Row]:
        self.texts.append(sparql)
        return super().bounded_select(sparql, bindings, max_rows=max_rows)


def _dependency_targets(store: EmbeddedStore) -> list[URIRef]:
    text = (
        "PREFIX hg: <https://w3id.org/hankegraafi/ontology#> SELECT DISTINCT ?t WHERE { "
        "?d hg:dependsOn|hg:dependent ?t FILTER(isIRI(?t)) FILTER NOT EXISTS { ?t a hg:Project } "
        "FILTER NOT EXISTS { ?t a hg:CanonicalProject } } ORDER BY ?t"
    )
    return [URIRef(str(r["t"])) for r in store.query(text).dicts()]


def test_the_tables_dependency_names_are_the_page_querys(
    demo_store: EmbeddedStore, data: QueryService, table: labels.NameTable
) -> None:
    """Each resource dependency nodes point at: the triples naming them from the table are the
    rows of its page's ``dependency-names`` query (the live read), so its page needs no such query."""
    index = labels.PageLabels(data, person_names=False, table=table)
    targets = _dependency_targets(demo_store)
    assert len(targets) >= 5
    named = 0
    for iri in targets:
        live = {
            (r["s"], r["p"], r["o"])
            for r in data.bounded_select(write_in(sparql("dependency-names"), {"this": iri}))
        }
        nodes = [
            r["s"]
            for r in data.bounded_select(
                write_in(
                    "PREFIX hg: <https://w3id.org/hankegraafi/ontology#> SELECT ?s WHERE { ?s hg:dependsOn|hg:dependent ?this }",
                    {"this": iri},
                )
            )
        ]
        from_table = index.dependency_names(nodes)
        assert from_table is not None and set(from_table) == live, iri
        named += len(live)
    assert named > 20  # real names compared
    # Without the table (not read, or of another generation) nothing is known without the engine.
    assert labels.PageLabels(data, person_names=False).dependency_names(nodes) is None


def test_a_service_page_with_the_table_runs_no_dependency_names_query(
    demo_store: EmbeddedStore, data: QueryService, table: labels.NameTable
) -> None:
    services = [iri for iri in _dependency_targets(demo_store) if "/service/" in str(iri)]
    assert services
    for iri in services[:3]:
        for with_table in (None, table):
            recording = _Recording(data)
            index = labels.PageLabels(recording, person_names=False, table=with_table)
            PageBuilder(recording, index, Mapping(BASE_IRI_DEFAULT), "fi", person_names=False).build(
                iri, [], pagetypes.classify
            )
            asked = [t for t in recording.texts if "hg:dependent|hg:dependsOn" in t]
            assert len(asked) == (0 if with_table else 1), (iri, with_table)
