"""Client queries whose cost is bounded run on the pool's local lane, with a worker's answer and limits.

Issue 17: a cheap lookup through ``/sparql`` (ASK or SELECT on one subject) paid a worker's
hand-over (a pipe both ways, two process switches) that cost more than the query. The class the
web process may run itself is one triple pattern with distinct variables, ASK or SELECT of
variables, at most a LIMIT (``guard.bounded``): the engine reads it lazily from one index prefix,
at most ``max_rows`` + 1 matches. These tests hold the class to its edges, and check on a real
pool that such a job is answered without any worker, byte for byte as a worker answers it, with
the same row cap and size limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.server import guard
from hankegraafi.server.engine import RESULT_MEDIA, EngineError, QueryJob
from hankegraafi.server.pool import QueryPool, QueryTimeout, StoreSpec
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA

EX = "http://example.org/hankegraafi-test/"
FOAF = "http://xmlns.com/foaf/0.1/"

BOUNDED = [
    f"ASK {{ <{EX}alice> ?p ?o }}",
    f"ask where {{<{EX}alice> ?p ?o .}}",
    f"SELECT ?p ?o WHERE {{ <{EX}alice> ?p ?o }}",
    f"SELECT * {{ <{EX}alice> ?p ?o }} LIMIT 2",
    f"PREFIX ex: <{EX}> PREFIX foaf: <{FOAF}> SELECT ?name {{ ex:dave foaf:name ?name }}",
    f"PREFIX foaf: <{FOAF}> SELECT ?who {{ ?who a foaf:Person }}",
    f'SELECT ?who {{ ?who <{FOAF}name> "Carol Cederqvist"@sv }}',
    f"SELECT ?s ?o {{ ?s <{FOAF}knows> ?o }}",
    "SELECT ?s ?p ?o { ?s ?p ?o }",
    f"BASE <{EX}> SELECT ?o {{ <alice> ?p ?o }}",
]

NOT_BOUNDED = [
    # a repeated variable is a filter over a whole scan ($x and ?x are one variable)
    "ASK { ?x ?p ?x }",
    "ASK { ?x ?p $x }",
    "SELECT ?x { ?x ?x ?o }",
    # a join of two patterns is the product of two scans
    f"ASK {{ <{EX}alice> ?p ?o . ?o ?q ?r }}",
    f"SELECT * {{ <{EX}alice> ?p ?o ; ?q ?r }}",
    f"SELECT * {{ <{EX}alice> ?p ?o , ?r }}",
    # modifiers that read everything first, or what they skip
    "SELECT ?s { ?s ?p ?o } OFFSET 5",
    "SELECT DISTINCT ?s { ?s ?p ?o }",
    "SELECT REDUCED ?s { ?s ?p ?o }",
    "SELECT ?s { ?s ?p ?o } ORDER BY ?s",
    "SELECT ?s { ?s ?p ?o } GROUP BY ?s",
    "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
    # anything but one plain triple pattern
    f"ASK {{ <{EX}alice> ?p ?o FILTER(?o != 1) }}",
    f"ASK {{ <{EX}alice> <{FOAF}knows>+ ?o }}",
    f"ASK {{ <{EX}alice> ?p ?o OPTIONAL {{ ?o ?q ?r }} }}",
    "ASK { GRAPH ?g { ?s ?p ?o } }",
    "ASK { { SELECT ?s { ?s ?p ?o } } }",
    "ASK { ?s ?p ?o } VALUES ?s { <http://a> }",
    "ASK FROM <urn:hankegraafi:test:data1> { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    f"DESCRIBE <{EX}alice>",
    # texts the small grammar does not read: a comment, escapes, no space between terms
    f"ASK {{ <{EX}alice> ?p ?o }} # why",
    f'SELECT ?s {{ ?s ?p "a\\"b" }}',
    "ask{?s?p?o}",
]


@pytest.mark.parametrize("text", BOUNDED)
def test_one_pattern_with_distinct_variables_is_bounded(text: str) -> None:
    assert guard.bounded(text, guard.scan(text))


@pytest.mark.parametrize("text", NOT_BOUNDED)
def test_everything_else_is_not(text: str) -> None:
    assert not guard.bounded(text, guard.scan(text))


def test_an_update_is_never_bounded() -> None:
    text = f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}"
    assert not guard.bounded(text, guard.scan(text))


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryPool]:
    path: Path = tmp_path_factory.mktemp("bounded") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    spec = StoreSpec(location=str(path), remote=False, base_iri="https://w3id.org/hankegraafi/id/")
    pool = QueryPool(spec, 1)
    pool.start()
    yield pool
    pool.close()


def job(text: str, media: str, *, bounded: bool, max_rows: int = 100, max_bytes: int = 0) -> QueryJob:
    return QueryJob(
        text=text, results_media=media, graph_media=None, max_rows=max_rows, max_bytes=max_bytes, bounded=bounded
    )


@pytest.mark.parametrize("media", RESULT_MEDIA)
@pytest.mark.parametrize("text", BOUNDED)
def test_the_local_lane_answers_as_a_worker_does(pool: QueryPool, text: str, media: str) -> None:
    worker = pool.run(job(text, media, bounded=False), 10)
    local = pool.run(job(text, media, bounded=True), 10)
    assert local == worker
    assert local.rows >= 1


def test_a_bounded_job_needs_no_worker(pool: QueryPool) -> None:
    """With every worker of the fast lane taken, a bounded job is answered at once; another waits
    for a worker until its deadline."""
    media = RESULT_MEDIA[0]
    taken = [pool._idle.get(timeout=10) for _ in range(pool.size)]
    try:
        outcome = pool.run(job(f"ASK {{ <{EX}alice> ?p ?o }}", media, bounded=True), 0.5)
        assert outcome.body == b'{"head": {}, "boolean": true}'
        with pytest.raises(QueryTimeout):
            pool.run(job(f"ASK {{ <{EX}alice> ?p ?o }}", media, bounded=False), 0.5)
    finally:
        for worker in taken:
            pool._idle.put(worker)


def test_the_row_cap_and_the_size_limit_hold_on_the_local_lane(pool: QueryPool) -> None:
    media = RESULT_MEDIA[0]
    capped = pool.run(job("SELECT ?s ?p ?o { ?s ?p ?o }", media, bounded=True, max_rows=3), 10)
    assert (capped.rows, capped.truncated) == (3, True)
    with pytest.raises(EngineError, match="more than the 40 this endpoint gives") as refused:
        pool.run(job("SELECT ?s ?p ?o { ?s ?p ?o }", media, bounded=True, max_bytes=40), 10)
    assert refused.value.kind == "too-large"
