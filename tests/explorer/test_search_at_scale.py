"""The explorer's search at a size: the same answers, one index build, and work that does not grow.

At 10^6 triples the first ``/explorer/api/search`` passed the 30 s deadline: the label index's types
query tested ``FILTER EXISTS`` on every typed resource of the store (26 s), and every client that
searched meanwhile started the same build again. These tests pin the answers at the demo's size, the
new types query's rows against the old form's at a generated store, that concurrent searches share
one build, and that a search once the index is there makes the same number of queries at two sizes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server.app import create_app
from hankegraafi.server.pages import labels, search
from hankegraafi.server.pages.access import PagesState
from hankegraafi.server.query import QueryService
from hankegraafi.store.embedded import EmbeddedStore

from .conftest import ID, V, config

#: The types query as it was until stop 47 (``FILTER EXISTS`` per typed resource): the reference.
EXISTS_TYPES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT DISTINCT ?s ?type WHERE {
  ?s a ?type .
  FILTER(isIRI(?s) && isIRI(?type))
  FILTER EXISTS { ?s skos:prefLabel|rdfs:label|dct:title ?name }
}
"""

#: The load test's search words and what the demo answers (the same before and after stop 47).
DEMO_HITS = {
    "Kainuu": [V + "region/kainuu", V + "county/20"],
    "Lappi": [V + "region/lappi", V + "organisation/lapin-amk", V + "county/21"],
    "sote": [V + "programme/sote-rakenneuudistus", V + "programme/tulevaisuuden-sote-keskus"],
    "Omaolo": [V + "service/omaolo"],
    "perhekeskus": [V + "service/sahkoinen-perhekeskus", ID + "project/satakunta-perhekeskus"],
    "digi": [
        V + "organisation/dvv",
        V + "service/sahkoinen-perhekeskus",
        V + "organisation/digifinland",
        ID + "investment/pohjanmaa-rrp-1",
        ID + "investment/satakunta-rrp-4",
    ],
}


def generated(path: Path, triples: int) -> EmbeddedStore:
    """A memory store of ``bench.generate``'s data (its reference vocabularies included)."""
    from bench.generate import write_nquads

    with path.open("wb") as out:
        write_nquads(out, triples)
    store = EmbeddedStore(None)
    store.load(path, "nq")
    return store


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, EmbeddedStore]]:
    folder = tmp_path_factory.mktemp("generated")
    made = {n: generated(folder / f"{n}.nq", n) for n in (3_000, 30_000)}
    yield made
    for store in made.values():
        store.close()


def _types(store: EmbeddedStore, query: str) -> set[tuple[str, str]]:
    rows = QueryService.of_store(store).select(query, max_rows=10**7)
    return {(str(r["s"]), str(r["type"])) for r in rows}


def test_demo_answers(client: FlaskClient) -> None:
    for word, want in DEMO_HITS.items():
        hits = client.get("/explorer/api/search", query_string={"q": word, "hl": "fi"}).get_json()["hits"]
        assert [h["id"] for h in hits] == want, word


def test_types_rows_as_the_exists_form(
    demo_memory_store: EmbeddedStore, stores: dict[int, EmbeddedStore]
) -> None:
    for store in (demo_memory_store, *stores.values()):
        old = _types(store, EXISTS_TYPES_QUERY)
        assert old and _types(store, labels.TYPES_QUERY) == old


def _app(store: EmbeddedStore) -> Flask:
    return create_app(config("unused-store-dir"), store=store)


class Counted:
    """Counts the queries the app makes (and the label and search index builds) while in use."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries = 0
        self.builds: dict[str, int] = {"labels": 0, "search": 0}
        self._lock = threading.Lock()
        select, build_labels, build_search = QueryService.select, labels.build, search.build

        def counted_select(service: QueryService, *args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self.queries += 1
            return select(service, *args, **kwargs)

        def counted(name: str, build: Any) -> Any:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                with self._lock:
                    self.builds[name] += 1
                return build(*args, **kwargs)

            return wrapper

        monkeypatch.setattr(QueryService, "select", counted_select)
        monkeypatch.setattr(labels, "build", counted("labels", build_labels))
        monkeypatch.setattr(search, "build", counted("search", build_search))


def test_concurrent_searches_share_one_build(
    stores: dict[int, EmbeddedStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = Counted(monkeypatch)
    app = _app(stores[30_000])
    start = threading.Barrier(8)
    answers: list[int] = []

    def one(word: str) -> None:
        client = app.test_client()
        start.wait()
        answers.append(client.get("/explorer/api/search", query_string={"q": word}).status_code)

    threads = [threading.Thread(target=one, args=(w,)) for w in ["Kainuu", "Lappi", "sote", "digi"] * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [200] * 8
    assert counted.builds == {"labels": 1, "search": 1}


def test_a_search_does_the_same_work_at_ten_times_the_size(
    stores: dict[int, EmbeddedStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the index is built, a search is its index lookup and one description query of at most
    400 hits, whatever the store's size; building the index is the same two queries."""
    counted = Counted(monkeypatch)
    work: dict[int, tuple[int, int]] = {}
    for size, store in stores.items():
        client = _app(store).test_client()
        before = counted.queries
        assert client.get("/explorer/api/search", query_string={"q": "Kainuu"}).status_code == 200
        first = counted.queries - before
        before = counted.queries
        for word in DEMO_HITS:
            assert client.get("/explorer/api/search", query_string={"q": word}).status_code == 200
        work[size] = (first, counted.queries - before)
    assert work[3_000] == work[30_000]
    assert work[3_000][1] <= 2 * len(DEMO_HITS)  # the data's version and one description each
    assert counted.builds == {"labels": 2, "search": 2}


def test_a_failed_build_is_shared() -> None:
    """Who waited for a build that failed gets its error, and nobody builds it again meanwhile."""
    state = PagesState(config=config("unused-store-dir"))
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def build() -> str:
        calls.append(1)
        started.set()
        release.wait(5)
        raise RuntimeError("deadline passed")

    errors: list[str] = []

    def ask() -> None:
        try:
            state.cached("search", "v1", build)
        except RuntimeError as error:
            errors.append(str(error))

    first = threading.Thread(target=ask)
    first.start()
    started.wait(5)
    waiters = [threading.Thread(target=ask) for _ in range(3)]
    for t in waiters:
        t.start()
    while state._building[("search", "v1")].waiting < 3:
        release.wait(0.01)
    release.set()
    for t in (first, *waiters):
        t.join(5)
    assert calls == [1]
    assert errors == ["deadline passed"] * 4
    assert state.cached("search", "v1", lambda: "built") == "built"  # the next one builds again


def test_equal_names_come_in_iri_order() -> None:
    """Names equal in rank and text (a project and its source document) come in the order of their
    IRIs, so which of them a limit keeps does not depend on how the index was built."""
    index = labels.LabelIndex()
    for iri in (ID + "project/b", ID + "document/b-pdf", ID + "project/a"):
        index.labels[iri] = {"fi": "Kainuun liikkuvat palvelut"}
        index.types[iri] = {"https://w3id.org/hankegraafi/ontology#Project"}
    built = search.build(index)
    assert [h.iri for h in built.search("liikkuvat")] == sorted(index.labels)
    assert [h.iri for h in built.search("liikkuvat", limit=1)] == [ID + "document/b-pdf"]
    assert all(isinstance(ids, tuple) for ids in built.by_form.values())


def test_a_search_describes_only_what_can_be_shown(
    stores: dict[int, EmbeddedStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hits described are those whose (rank, kind) can be among the shown: the answer is the first
    of all hits described and ordered, and fewer are described for a common word."""
    from dataclasses import replace

    from hankegraafi.server.explorer.graph import Explorer

    app = _app(stores[30_000])
    explorer: Explorer = app.extensions["hankegraafi.explorer"]
    described: list[int] = []
    describe = Explorer.describe

    def counted(self: Explorer, iris: Any, lang: str) -> Any:
        iris = list(iris)
        described.append(len(iris))
        return describe(self, iris, lang)

    monkeypatch.setattr(Explorer, "describe", counted)
    shown = explorer.limits.search_hits
    with app.test_request_context("/explorer/api/search"):
        for word in ("hanke", "Kainuu", "investointi", "palvelu"):
            for lang in ("fi", "en"):
                got = explorer.search(word, lang)
                monkeypatch.setattr(explorer, "limits", replace(explorer.limits, search_hits=10**6))
                every = explorer.search(word, lang)
                monkeypatch.setattr(explorer, "limits", replace(explorer.limits, search_hits=shown))
                assert got["hits"] == every["hits"][:shown], (word, lang)
                assert described[-2] <= described[-1]
    assert sum(described[0::2]) < sum(described[1::2])
