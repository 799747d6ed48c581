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

import re
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import create_app, guard
from hankegraafi.server.engine import RESULT_MEDIA, EngineError, QueryJob
from hankegraafi.server.lookups import BYPASS, LookupLane
from hankegraafi.server.pool import QueryPool, QueryTimeout, StoreSpec
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA, server_config

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
    # no pattern at all: one empty solution (a liveness probe)
    "ASK { }",
    "ask{}",
    "SELECT * WHERE {} LIMIT 1",
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
    'SELECT ?s { ?s ?p "a\\"b" }',
    "ask{?s?p?o}",
    "ASK { . }",
]


@pytest.mark.parametrize("text", BOUNDED)
def test_one_pattern_with_distinct_variables_is_bounded(text: str) -> None:
    assert guard.bounded(text)
    assert guard.scan_query(text) == (guard.BOUNDED_READING, True)


@pytest.mark.parametrize("text", NOT_BOUNDED)
def test_everything_else_is_not(text: str) -> None:
    assert not guard.bounded(text)


@pytest.mark.parametrize(
    "text",
    [
        f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}",
        f"SELECT * {{ SERVICE <{EX}> {{ ?s ?p ?o }} }}",
        f"ASK {{ <{EX}a> <{EX}b> <{EX}c> }} ; LOAD <{EX}>",
        "ASK { <a> <b> <c> } # } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",
        "ASK { <a> <b> 'c' } LIMIT 1 LOAD <http://127.0.0.1:9/>",
        "ASK FROM <http://127.0.0.1:9/> { <a> <b> <c> }",
        "ASK { GRAPH <http://127.0.0.1:9/> { <a> <b> <c> } }",
    ],
)
def test_no_update_service_load_or_dataset_is_read_as_bounded(text: str) -> None:
    """The small grammar has no place for them: such texts go to the full check."""
    assert not guard.bounded(text)


def test_a_prefixed_name_that_spells_a_keyword_is_a_name_to_both_grammars() -> None:
    text = "PREFIX service: <http://e/> SELECT * WHERE { service:a ?p ?o }"
    assert guard.bounded(text)
    reading = guard.scan(text)
    assert (reading.is_update, reading.has_dataset) == (False, False)


TERMS = {
    "s": [f"<{EX}alice>", "ex:alice", "?s", "$s", "<rel>", "<>", "<urn:x:y#z>", "ex:a-b_c9", ":x"],
    "p": ["?p", "a", f"<{FOAF}name>", "foaf:name", "$q"],
    "o": ["?o", "$o", '"x"', "'Björk'", '"x"@fi-FI', f'"1"^^<{EX}t>', "'1'^^ex:t", "ex:o", "<o>", '""'],
}


@pytest.mark.parametrize("subject", TERMS["s"])
@pytest.mark.parametrize("form", ["ASK", "SELECT *", "select ?s ?o ?z", "SELECT $p"])
def test_the_full_grammar_reads_every_bounded_text_the_same_way(subject: str, form: str) -> None:
    """Each bounded text the small grammar reads whole, the full grammar reads as a query with no
    SERVICE, no LOAD and no dataset: the reading the small grammar gives it without a parse."""
    prologue = f"PREFIX ex: <{EX}> PREFIX foaf: <{FOAF}> PREFIX : <{EX}> BASE <{EX}>\n"
    for predicate in TERMS["p"]:
        for obj in TERMS["o"]:
            for tail in ("", " .", " . "):
                text = f"{prologue}{form} WHERE {{ {subject} {predicate} {obj}{tail} }} LIMIT 7"
                names = [t[1:] for t in (subject, predicate, obj) if t[0] in "?$"]
                assert guard.bounded(text) == (len(names) == len(set(names))), text
                reading = guard.scan(text)
                assert not reading.is_update and not reading.has_dataset, text


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
        text=text,
        results_media=media,
        graph_media=None,
        max_rows=max_rows,
        max_bytes=max_bytes,
        bounded=bounded,
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


# -- the lookup lane: the plainest /sparql lookups answered before Flask --------------------------


def lane_app(path: Path, **settings: object) -> tuple[Flask, LookupLane]:
    """An app on the store at ``path`` with the lookup lane in front, as ``serve`` runs it."""
    store = EmbeddedStore(path, read_only=True)
    app = create_app(server_config(path, **settings), store=store)
    lane = LookupLane(app.wsgi_app, app)
    app.wsgi_app = lane  # type: ignore[method-assign]
    return app, lane


@pytest.fixture(scope="module")
def protocol_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tmp_path_factory.mktemp("lane") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    return path


def both(client: FlaskClient, lane: LookupLane, method: str, **kw: Any) -> tuple[Any, Any, bool]:
    """The lane's answer, Flask's answer to the same request, and whether the lane answered."""
    before = lane.served
    fast = client.open("/sparql", method=method, **kw)
    answered = lane.served == before + 1
    slow = client.open("/sparql", method=method, environ_overrides={BYPASS: True}, **kw)
    assert lane.served == before + answered
    return fast, slow, answered


#: A cookie's expiry date, written from the clock when the response is made.
_EXPIRES = re.compile(r"(?<=Expires=)[^;]+")


def _headers(response: Any) -> tuple[list[tuple[str, str]], list[datetime]]:
    """The headers, sorted, each cookie's expiry date aside (its place kept), and those dates."""
    cookies = [value for name, value in response.headers.items() if name == "Set-Cookie"]
    dates = sorted(parsedate_to_datetime(m.group()) for value in cookies for m in _EXPIRES.finditer(value))
    headers = [(n, _EXPIRES.sub("…", v) if n == "Set-Cookie" else v) for n, v in response.headers.items()]
    return sorted(headers), dates


def same(fast: Any, slow: Any) -> None:
    """The same status, body and headers; a cookie's expiry date (a year after the response was made,
    to the second) may be a few seconds apart: the two were not made in the same second (failed at
    load 10: 08:01:38 and 08:01:39)."""
    assert (fast.status_code, fast.data) == (slow.status_code, slow.data)
    (fast_headers, fast_dates), (slow_headers, slow_dates) = _headers(fast), _headers(slow)
    assert fast_headers == slow_headers
    assert len(fast_dates) == len(slow_dates)
    assert all(abs((a - b).total_seconds()) <= 60 for a, b in zip(fast_dates, slow_dates, strict=True)), (
        fast_dates,
        slow_dates,
    )


LOOKUP = f"ASK {{ <{EX}alice> ?p ?o }}"
TRUNCATED = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # more than the test config's 5 rows


@pytest.mark.parametrize("accept", LookupLane.ACCEPTS)
@pytest.mark.parametrize("text", [LOOKUP, TRUNCATED, f"SELECT ?who {{ ?who <{FOAF}name> 'Björk' }}"])
def test_the_lane_answers_lookups_as_the_route_does(protocol_path: Path, accept: str, text: str) -> None:
    app, lane = lane_app(protocol_path)
    client = app.test_client()
    headers = {"Accept": accept} if accept else {}
    fast, slow, answered = both(client, lane, "GET", query_string={"query": text}, headers=headers)
    assert answered
    same(fast, slow)
    assert fast.status_code == 200
    if text == TRUNCATED:
        assert fast.headers["X-Hankegraafi-Truncated"] == "true; max-rows=5"
    fast, slow, answered = both(client, lane, "POST", data={"query": text}, headers=headers)
    assert answered
    same(fast, slow)


def test_a_cors_origin_of_its_own_varies_on_origin_in_both(protocol_path: Path) -> None:
    app, lane = lane_app(protocol_path, cors_origin="https://example.org")
    fast, slow, answered = both(app.test_client(), lane, "GET", query_string={"query": LOOKUP})
    assert answered
    same(fast, slow)
    assert "Origin" in fast.headers["Vary"]


@pytest.mark.parametrize(
    ("kw"),
    [
        {"query_string": {"query": LOOKUP}, "headers": {"Accept": "text/html"}},
        {"query_string": {"query": LOOKUP}, "headers": {"Accept": "application/json"}},
        {"query_string": {"query": LOOKUP, "format": "xml"}},
        {"query_string": {"query": LOOKUP, "hl": "sv"}},
        {"query_string": {"query": f"ASK {{ <{EX}alice> ?p ?o . ?o ?q ?r }}"}},
        {"query_string": {"query": "SELECT ?o { ex:alice ?p ?o }"}},  # undeclared prefix: an error
        {"query_string": {"query": "  "}},
        {"query_string": {"query": LOOKUP, "default-graph-uri": "urn:hankegraafi:test:data1"}},
        {"query_string": "query=ASK%20%7B%20%3Ca%3E%20%3Fp%20%3Fo%20%7D%FF"},  # not UTF-8
        {"method": "POST", "data": LOOKUP, "content_type": "application/sparql-query"},
        {"method": "POST", "data": {"query": LOOKUP}, "query_string": {"default-graph-uri": "urn:x"}},
        {"method": "HEAD", "query_string": {"query": LOOKUP}},
        # a character no XML answer can hold: the route refuses it with its place (400)
        {"query_string": {"query": "SELECT ?s { ?s ?p 'a\uffffb' }"}},
        {"query_string": {"query": f"ASK {{ <{EX}alice> ?p 'a\x01' }}"}},
    ],
)
def test_everything_else_goes_to_the_route(protocol_path: Path, kw: dict[str, Any]) -> None:
    app, lane = lane_app(protocol_path)
    method = kw.pop("method", "GET")
    fast, slow, answered = both(app.test_client(), lane, method, **kw)
    assert not answered
    same(fast, slow)


def test_the_lane_and_the_route_share_one_rate_limit(protocol_path: Path) -> None:
    """Two tokens: an error the route answers takes one, a lookup the lane answers the other; the
    next lookup is the route's 429, and takes none."""
    app, lane = lane_app(protocol_path, rate_limit="2/minute")
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "SELECT ?o { ex:alice ?p ?o }"}).status_code == 400
    assert lane.served == 0
    assert client.get("/sparql", query_string={"query": LOOKUP}).status_code == 200
    assert lane.served == 1
    refused = client.get("/sparql", query_string={"query": LOOKUP})
    assert refused.status_code == 429 and "Retry-After" in refused.headers
    assert lane.served == 1


def test_a_remote_store_s_lookups_all_go_to_the_route(protocol_path: Path) -> None:
    """A remote store's queries go to its workers (each counted against its client's share of the
    slow lane), so the lane answers none of them."""
    app, lane = lane_app(protocol_path, store="http://127.0.0.1:9/sparql")
    assert not lane.embedded
    before = lane.served
    app.test_client().get("/sparql", query_string={"query": LOOKUP})
    assert lane.served == before
