"""The resource pages' bounded queries run on the local lane, and pages follow writes.

A resource page reads its card, the names of what it shows and its own page queries on the
runner's local lane (``QueryService.bounded_select``: the web process's own read-only handle,
engine terms straight to rdflib's), and so do its corrections; only catalogue calls that may have
stored answers go through ``Services.execute``, whose stored answers are read on the local lane
too, and whose ``dependents-of`` runs there as a bounded job when none is stored. So a page sends
no job to a query worker, and a server that only serves pages starts none (``QueryPool`` starts
them on first need). These tests pin how many queries each kind of page runs on each path, and
check on a real worker pool that a page read after an ingest, and after a remove, shows what the
store holds then (the local handle is dropped for the write and opened again after it), and that
pages alone start no query worker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.server import create_app
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.server.pool import QueryPool
from hankegraafi.server.runtime import InlineRunner, Services
from hankegraafi.store.embedded import EmbeddedStore
from tests.queries.test_one_project import write
from tests.server.conftest import TOKEN, server_config

AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "https://w3id.org/hankegraafi/"
PROJECT = f"{BASE}id/project/canonical/10/investointi-2"
FINAL_REPORT = "kymenlaakso-loppuraportti.html"
MAPPING = Mapping(BASE_IRI_DEFAULT)


@pytest.fixture
def counted(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Queries of the app by path: ``local`` (the page's own reads on the local lane), ``execute``
    (the runner's jobs) and ``worker`` (jobs that would cross to a query worker: run by the runner,
    not of the bounded class), counted as they pass through to the real ones. The stored answers'
    reads on the local lane are not counted: how many depends on the result cache."""
    seen: Counter[str] = Counter()
    local, execute, run = InlineRunner.local, Services.execute, InlineRunner.run

    def count_local(self: InlineRunner, read: Any, deadline: float) -> Any:
        if not read.__qualname__.startswith("StoredAnswers."):
            seen["local"] += 1
        return local(self, read, deadline)

    def count_execute(self: Services, job: Any) -> Any:
        seen["execute"] += 1
        return execute(self, job)

    def count_run(self: InlineRunner, job: Any, deadline: float, client: str = "-") -> Any:
        seen["worker"] += 0 if job.bounded else 1
        return run(self, job, deadline, client)

    monkeypatch.setattr(InlineRunner, "local", count_local)
    monkeypatch.setattr(Services, "execute", count_execute)
    monkeypatch.setattr(InlineRunner, "run", count_run)
    return seen


def page_of(client: FlaskClient, iri: str) -> str:
    path = MAPPING.page_url(iri)
    assert path
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200, (iri, r.status_code)
    return r.get_data(as_text=True)


@pytest.mark.parametrize(
    ("iri", "local", "execute"),
    [
        # exists, card, its dependency nodes whole, the card's names, the canonical record, the
        # timeline (+ names), two catalogue calls about the project (dependencies-of,
        # conflicts) and the corrections on the local lane.
        (f"{BASE}id/project/lapin-pilari-4-investointi-1", 9, 0),
        # exists, card, the names of the dependency nodes pointing at it, names; its projects
        # (+ names), counties (+ names), the names of its dependents, the corrections; through the
        # runner dependents-of (a stored answer per node when it follows the data).
        (f"{BASE}vocab/organisation/digifinland", 10, 1),
        # a county is an organisation too: exists, card, the names of the dependency nodes,
        # names, region-counties, county-depends, the organisation's two queries and the names of
        # their rows, the corrections; through the runner projects-by-region, budget-by-region and
        # dependents-of (stored answers when they follow the data).
        (f"{BASE}vocab/county/21", 13, 3),
    ],
)
def test_a_page_runs_a_fixed_number_of_queries_on_each_path(
    client: FlaskClient, counted: Counter[str], iri: str, local: int, execute: int
) -> None:
    page_of(client, iri)
    assert counted == Counter({"local": local, "execute": execute})  # and no job for a worker


def test_the_local_lane_gives_the_rows_the_runner_gives(app: Flask) -> None:
    """Same rows, same terms, on both paths (the local one converts the engine's terms itself)."""
    from rdflib import URIRef

    from hankegraafi.server.pages.access import state
    from hankegraafi.server.pages.builder import card_query
    from hankegraafi.server.pages.iris import write_in

    with app.test_request_context("/"):
        data = state(app).access()
        assert data.local_lane
        for iri in (
            f"{BASE}id/project/lapin-pilari-4-investointi-1",
            f"{BASE}vocab/organisation/digifinland",
            f"{BASE}vocab/county/21",
        ):
            text = write_in(card_query(), {"this": URIRef(iri)})
            live = data.select(text)
            local = data.bounded_select(text)
            assert len(local) > 5
            key = lambda row: tuple(sorted((k, v.n3()) for k, v in row.items()))  # noqa: E731
            assert sorted(map(key, local)) == sorted(map(key, live))
            capped = data.bounded_select(text, max_rows=3)
            assert len(capped) == 3 and set(map(key, capped)) <= set(map(key, local))


@pytest.fixture
def pooled(tmp_path: Path) -> Iterator[FlaskClient]:
    """An app as ``serve`` runs it: query worker processes, a writer process, the local lane."""
    store = tmp_path / "store"
    EmbeddedStore(store).close()
    app = create_app(server_config(store, max_rows=100_000, max_request_bytes=2_000_000))
    try:
        yield app.test_client()
    finally:
        app.extensions["hankegraafi"].runner.close()


def test_pages_on_the_pool_follow_ingest_and_remove(pooled: FlaskClient, tmp_path: Path) -> None:
    runner = pooled.application.extensions["hankegraafi"].runner
    assert isinstance(runner, QueryPool)
    assert pooled.get(MAPPING.page_url(PROJECT) or "", headers={"Accept": "text/html"}).status_code == 404
    folder = tmp_path / "docs"
    folder.mkdir()
    docs = {p.name: p for p in write(folder)}
    for name in ("kymenlaakso-tilanneraportti-2022.txt", FINAL_REPORT):
        r = pooled.post(f"/ingest?name={name}", data=docs[name].read_bytes(), headers=AUTH)
        assert r.status_code == 201, r.text
    # The end date the final report gives (31.3.2024) beside the status report's (31.12.2023).
    both = page_of(pooled, PROJECT)
    assert "2024-03-31" in both and "2023-12-31" in both
    assert runner._local is not None  # the page read on the web process's own handle
    r = pooled.delete(f"/ingest?name={FINAL_REPORT}", headers=AUTH)
    assert r.status_code == 200, r.text
    after = page_of(pooled, PROJECT)
    assert "2023-12-31" in after and "2024-03-31" not in after
    assert FINAL_REPORT.replace(".", "-") not in after


def test_pages_alone_start_no_query_worker(
    pooled: FlaskClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes and every page of a project start no query worker (86 MB PSS for two at 10^6
    triples); the first query that needs one starts the fast lane, and a write after that
    starts it again for the new data."""
    runner = pooled.application.extensions["hankegraafi"].runner
    assert isinstance(runner, QueryPool)
    assert runner._workers == set()
    folder = tmp_path / "docs"
    folder.mkdir()
    docs = {p.name: p for p in write(folder)}
    name = "kymenlaakso-tilanneraportti-2022.txt"
    r = pooled.post(f"/ingest?name={name}", data=docs[name].read_bytes(), headers=AUTH)
    assert r.status_code == 201, r.text
    assert runner._workers == set()
    page = page_of(pooled, PROJECT)
    for link in sorted(set(re.findall(r'href="(/(?:id|vocab)/[^"#?]+)"', page)))[:40]:
        assert pooled.get(link, headers={"Accept": "text/html"}).status_code in (200, 404)
    assert runner._workers == set() and runner._local is not None
    r = pooled.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert r.status_code == 200, r.text
    first = set(runner._workers)
    assert len(first) == runner.size
    r = pooled.delete(f"/ingest?name={name}", headers=AUTH)
    assert r.status_code == 200, r.text
    assert len(runner._workers) == runner.size and not first & runner._workers  # fresh ones
    # The page of what the remove took is a 404 with no job for a worker either: it had read every
    # quad of the store on one (the dataset's description, to ask whether the IRI is a graph), and
    # under load that passed the 10 s deadline (503).
    jobs: list[str] = []
    run = runner._run
    monkeypatch.setattr(runner, "_run", lambda job, *rest: jobs.append(job.text) or run(job, *rest))
    assert pooled.get(MAPPING.page_url(PROJECT) or "", headers={"Accept": "text/html"}).status_code == 404
    assert jobs == []


def test_pages_on_the_pool_follow_a_graph_upload_and_drop(pooled: FlaskClient, tmp_path: Path) -> None:
    """A page of a resource written through /graph-store appears at once and goes with the graph."""
    graph = f"{BASE}id/graph/lane-test"
    thing = f"{BASE}id/project/lane-test"
    body = (
        f"<{thing}> a <https://w3id.org/hankegraafi/ontology#Project> ; "
        f'<http://www.w3.org/2000/01/rdf-schema#label> "Kaistakoe"@fi .'
    )
    path = MAPPING.page_url(thing) or ""
    assert pooled.get(path, headers={"Accept": "text/html"}).status_code == 404
    r = pooled.put(f"/graph-store?graph={graph}", data=body, headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code in (200, 201, 204), r.text
    assert "Kaistakoe" in page_of(pooled, thing)
    r = pooled.delete(f"/graph-store?graph={graph}", headers=AUTH)
    assert r.status_code in (200, 204), r.text
    assert pooled.get(path, headers={"Accept": "text/html"}).status_code == 404


def test_names_kept_between_pages_follow_a_write(pooled: FlaskClient) -> None:
    """A page shows the name of what it links to as the store has it now: the names kept for the
    next pages (labels.SharedNames) are dropped by a write through the pool."""
    graph = f"{BASE}id/graph/lane-names"
    linking, linked = f"{BASE}id/project/lane-a", f"{BASE}id/project/lane-b"

    def upload(name: str) -> None:
        body = (
            f"<{linking}> a <https://w3id.org/hankegraafi/ontology#Project> ; "
            f'<http://www.w3.org/2000/01/rdf-schema#label> "Linkittävä hanke"@fi ; '
            f"<https://w3id.org/hankegraafi/ontology#partOf> <{linked}> . "
            f'<{linked}> <http://www.w3.org/2000/01/rdf-schema#label> "{name}"@fi .'
        )
        r = pooled.put(
            f"/graph-store?graph={graph}", data=body, headers={**AUTH, "Content-Type": "text/turtle"}
        )
        assert r.status_code in (200, 201, 204), r.text

    upload("Vanha nimi")
    first = page_of(pooled, linking)
    assert "Vanha nimi" in first
    runner = pooled.application.extensions["hankegraafi"].runner
    kept = pooled.application.extensions["hankegraafi.pages"].names
    assert kept.get(runner.generation, [linked]) == {linked: ({"fi": "Vanha nimi"}, [])}
    assert "Vanha nimi" in page_of(pooled, linking)  # read again: the kept name
    upload("Uusi nimi")
    again = page_of(pooled, linking)
    assert "Uusi nimi" in again and "Vanha nimi" not in again


def test_the_name_table_follows_a_write(pooled: FlaskClient) -> None:
    """Once the store's every name is read (labels.NameTable, in a thread after a page), pages name
    from it with no query; a write makes a new generation, whose pages never get the old table's
    names, and the table is read again for it."""
    import time

    from hankegraafi.server.pages import labels
    from hankegraafi.server.query import QueryService

    graph = f"{BASE}id/graph/lane-table"
    linking, linked = f"{BASE}id/project/lane-c", f"{BASE}id/project/lane-d"
    app = pooled.application
    runner, st = app.extensions["hankegraafi"].runner, app.extensions["hankegraafi.pages"]

    def upload(name: str) -> None:
        body = (
            f"<{linking}> a <https://w3id.org/hankegraafi/ontology#Project> ; "
            f'<http://www.w3.org/2000/01/rdf-schema#label> "Taulukkohanke"@fi ; '
            f"<https://w3id.org/hankegraafi/ontology#partOf> <{linked}> . "
            f'<{linked}> <http://www.w3.org/2000/01/rdf-schema#label> "{name}"@fi .'
        )
        r = pooled.put(
            f"/graph-store?graph={graph}", data=body, headers={**AUTH, "Content-Type": "text/turtle"}
        )
        assert r.status_code in (200, 201, 204), r.text

    def table_read() -> dict[str, labels.Names]:
        deadline = time.monotonic() + 30
        while (found := st.table.get(runner.generation)) is None:
            assert time.monotonic() < deadline, "the name table was not read"
            page_of(pooled, linking)  # a page starts the reading if none is under way
            time.sleep(0.2)
        return found

    upload("Vanha nimi")
    assert "Vanha nimi" in page_of(pooled, linking)
    assert table_read()[linked] == ({"fi": "Vanha nimi"}, [])
    with app.test_request_context("/"):
        page = labels.for_page(st, QueryService.of_services(app.extensions["hankegraafi"]), person_names=False)
        assert page.stored(linked) == {"fi": "Vanha nimi"} and page.queries == 0
    upload("Uusi nimi")
    again = page_of(pooled, linking)
    assert "Uusi nimi" in again and "Vanha nimi" not in again
    assert table_read()[linked] == ({"fi": "Uusi nimi"}, [])
    assert "Uusi nimi" in page_of(pooled, linking)
