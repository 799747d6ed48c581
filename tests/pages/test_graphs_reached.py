"""Which named graphs the public reads reach: ``/sparql`` without a dataset, ``GRAPH ?g``, the dumps, VoID.

The README's contract: the default graph of ``/sparql`` is the union of the named graphs (documents,
catalogue, ontology, vocabularies, the derived graphs: canonical projects, inferred, curation); the
dumps and the VoID description leave out the derived caches the server rebuilds on every write (the
stored catalogue answers, page lists, name index and the inferred graph's bookkeeping).

``/sparql`` still reaches those caches (stop 52, issue 17): the engine has no "union minus these
graphs", and naming the dataset's 1 446 other graphs at 10^6 triples made a one-IRI ASK 0.1 -> 68-114
ms and a two-step join 14-25 -> 1 221-2 272 ms (``named_graphs`` alone: the ASK 11-18 ms;
bench/results/2026-12-07-vm-dataset-caches-1e6.md). The strict xfails below
name that gap; they pass (and fail as strict xfails) when the caches leave the endpoint's dataset.
"""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient

from hankegraafi.ingest.inference import inferred_graph_iri, state_graph_iri
from hankegraafi.queries.answers import answers_graph_iri
from hankegraafi.queries.nameindex import graph_iri as name_index_iri
from hankegraafi.queries.pagelists import lists_graph_iri
from hankegraafi.store.embedded import EmbeddedStore

JSON = {"Accept": "application/sparql-results+json"}
#: The gap the strict xfails name, and its fix.
GAP = (
    "issue 17 (stop 52): /sparql's union default graph holds the caches; the fix keeps them in a store "
    "of their own beside the queried one (a named dataset cost a lookup 100x)"
)


def _caches(store: EmbeddedStore) -> set[str]:
    base = store.base_iri
    return {str(g(base)) for g in (answers_graph_iri, lists_graph_iri, name_index_iri, state_graph_iri)}


def _select(client: FlaskClient, query: str) -> list[dict[str, str]]:
    r = client.get("/sparql", query_string={"query": query}, headers=JSON)
    assert r.status_code == 200, r.data[:300]
    body = json.loads(r.data)
    assert not body.get("truncated"), "the test app's row cap cut the answer"
    return [{k: v["value"] for k, v in row.items()} for row in body["results"]["bindings"]]


def _graphs(client: FlaskClient) -> set[str]:
    """Every graph ``GRAPH ?g`` reaches, read a graph at a time past the app's row cap."""
    found: set[str] = set()
    while True:
        rows = _select(
            client,
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} ORDER BY ?g LIMIT 1 OFFSET {len(found)}",
        )
        if not rows:
            return found
        found.add(rows[0]["g"])


def _default_graph_reaches(client: FlaskClient, graph: str) -> bool:
    """Whether a query without a dataset reads a triple that only ``graph`` holds."""
    rows = _select(
        client,
        f"SELECT ?s ?p WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT 1",
    )
    assert rows, f"<{graph}> is empty in the demo store"
    s, p = rows[0]["s"], rows[0]["p"]
    r = client.get("/sparql", query_string={"query": f"ASK {{ <{s}> <{p}> ?o }}"}, headers=JSON)
    return bool(json.loads(r.data)["boolean"])


def test_graph_variable_and_the_default_graph_reach_the_published_graphs(
    client: FlaskClient, demo_store: EmbeddedStore
) -> None:
    base = demo_store.base_iri
    reached = _graphs(client)
    documents = {g for g in reached if g.startswith(f"{base}graph/")}
    assert documents, reached
    published = {f"{base}meta/catalogue", f"{base}meta/canonical", str(inferred_graph_iri(base))}
    assert published <= reached
    for graph in (*sorted(documents)[:2], *sorted(published)):
        assert _default_graph_reaches(client, graph), graph


@pytest.mark.xfail(strict=True, reason=GAP)
def test_graph_variable_reaches_no_cache_graph(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    assert not (_graphs(client) & _caches(demo_store))


@pytest.mark.xfail(strict=True, reason=GAP)
def test_a_query_without_a_dataset_reads_no_cache_graph(client: FlaskClient, demo_store: EmbeddedStore) -> None:
    assert not [g for g in sorted(_caches(demo_store)) if _default_graph_reaches(client, g)]


def test_the_dumps_and_the_description_hold_no_cache_graph(
    client: FlaskClient, demo_store: EmbeddedStore
) -> None:
    import gzip

    import pyoxigraph as ox

    r = client.get("/dumps/hankegraafi.nq.gz")
    try:
        quads = ox.parse(gzip.decompress(r.data), format=ox.RdfFormat.N_QUADS)
        dumped = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    finally:
        r.close()
    caches = _caches(demo_store)
    assert dumped and not dumped & caches
    void = client.get("/.well-known/void", headers={"Accept": "application/n-triples"}).data.decode()
    assert f"<{demo_store.base_iri}meta/inferred>" in void
    assert not [g for g in caches if f"<{g}>" in void]
