"""Ingest and remove into a running server, seen by readers (issue 17).

``tests/server/test_handoff.py`` checks the hand-off itself (the same graph IRIs, the token,
the page within 2 s). Here: readers querying ``/sparql`` in a loop while ``hankegraafi
ingest`` and ``hankegraafi remove`` run beside the server see each document whole or not at
all, and a server stopped by SIGKILL leaves nothing that stops the next command or the next
``serve``; a serving file naming a port nobody listens on is a clear error.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import RDF, Graph, URIRef

from hankegraafi.ingest.pipeline import document_key, sample_documents
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.server.handoff import find, serving_file
from tests.server.conftest import LiveServer, free_port, start_server, stop_server

pytestmark = pytest.mark.server

BASE = "https://w3id.org/hankegraafi/id/"
ONTOLOGY = "https://w3id.org/hankegraafi/ontology#"
EXE = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=300, env=env)


class Reader(threading.Thread):
    """Counts the triples of each watched graph through ``/sparql`` as fast as the server answers."""

    def __init__(self, server: LiveServer, graphs: list[str]) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.graphs = graphs
        self.seen: list[tuple[float, dict[str, int]]] = []
        self.failures: list[str] = []
        self.halt = threading.Event()
        values = " ".join(f"<{g}>" for g in graphs)
        self.query = (
            f"SELECT ?g (COUNT(?s) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
            "OPTIONAL { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g"
        )

    def run(self) -> None:
        with requests.Session() as session:
            while not self.halt.is_set():
                try:
                    answer = session.get(
                        self.server.sparql,
                        params={"query": self.query},
                        headers={"Accept": "application/sparql-results+json"},
                        timeout=60,
                    )
                except requests.RequestException as exc:
                    self.failures.append(repr(exc))
                    continue
                if answer.status_code != 200:
                    self.failures.append(f"{answer.status_code} {answer.text[:200]}")
                    continue
                rows = answer.json()["results"]["bindings"]
                self.seen.append((time.monotonic(), {r["g"]["value"]: int(r["n"]["value"]) for r in rows}))


@pytest.fixture
def served(tmp_path: Path, cli_first_sample_store: Path) -> Iterator[tuple[LiveServer, Path]]:
    store = tmp_path / "store"
    shutil.copytree(cli_first_sample_store, store)  # `ingest SAMPLE-0 --store` by the command line, once a run
    # the reader asks as often as it is answered: no client bucket of 120 a minute here
    server = start_server(str(store), tmp_path / "serve.log", rate_limit="1000000/minute")
    try:
        yield server, store
    finally:
        stop_server(server)


def test_a_reader_in_a_loop_sees_each_document_whole_or_not_at_all(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    server, store = served
    folder = tmp_path / "docs"
    folder.mkdir()
    for sample in sample_documents()[1:]:
        shutil.copy(sample, folder / sample.name)
    docs = sorted(folder.iterdir())
    graphs = [str(graph_iri(document_key(p), base=BASE)) for p in docs]
    reader = Reader(server, graphs)
    reader.start()
    try:
        time.sleep(0.5)
        began = time.monotonic()
        ingested = cli("ingest", str(folder), "--store", str(store))
        ingest_ended = time.monotonic()
        assert ingested.returncode == 0 and "handed to it" in ingested.stderr, ingested.stdout + ingested.stderr
        time.sleep(0.5)
        whole = dict(reader.seen[-1][1])
        removed = cli("remove", *(p.name for p in docs), "--store", str(store))
        remove_ended = time.monotonic()
        assert removed.returncode == 0, removed.stdout + removed.stderr
        time.sleep(0.5)
    finally:
        reader.halt.set()
        reader.join(70)
    assert not reader.failures, reader.failures[:5]
    assert all(whole[g] > 0 for g in graphs), whole  # every document was stored, and read back
    during = [counts for at, counts in reader.seen if began <= at <= remove_ended]
    assert len([at for at, _ in reader.seen if began <= at <= ingest_ended]) >= 3, "the reader was not reading"
    for counts in during:
        for g in graphs:
            assert counts[g] in (0, whole[g]), f"{g}: {counts[g]} of {whole[g]} triples seen"
    assert reader.seen[0][1] == dict.fromkeys(graphs, 0)
    assert reader.seen[-1][1] == dict.fromkeys(graphs, 0)


def test_after_a_sigkill_the_command_writes_itself_and_the_next_serve_takes_over(
    tmp_path: Path, cli_first_sample_store: Path
) -> None:
    store = tmp_path / "store"
    second = sample_documents()[1]
    shutil.copytree(cli_first_sample_store, store)  # the first sample, by `hankegraafi ingest`
    server = start_server(str(store), tmp_path / "serve.log")
    stale = json.loads(serving_file(store).read_text())
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(10)
    assert serving_file(store).exists()  # left behind: nothing ran to remove it
    assert find(store) is None  # its process is gone

    direct = cli("ingest", str(second), "--store", str(store))
    assert direct.returncode == 0, direct.stdout + direct.stderr
    assert "handed" not in direct.stderr  # the LOCK went with the killed server: written directly

    again = start_server(str(store), tmp_path / "serve2.log")
    try:
        fresh = json.loads(serving_file(store).read_text())
        assert fresh["pid"] == again.process.pid != stale["pid"] and fresh["token"] != stale["token"]
        gone = cli("remove", second.name, "--store", str(store))
        assert gone.returncode == 0 and f"removed: {second.name}" in gone.stdout, gone.stdout + gone.stderr
    finally:
        stop_server(again)


def test_a_serving_file_where_nobody_listens_is_a_clear_error(
    tmp_path: Path, cli_first_sample_store: Path
) -> None:
    """The store is held (here by a plain process) and the file names it, but its port is closed:
    the command says the server does not answer, in one line, and writes nothing."""
    store = tmp_path / "store"
    shutil.copytree(cli_first_sample_store, store)  # the first sample, by `hankegraafi ingest`
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import pyoxigraph, time; s = pyoxigraph.Store({str(store)!r}); print(1, flush=True); time.sleep(120)",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"1"
        port = free_port()
        serving_file(store).write_text(
            json.dumps({"pid": holder.pid, "url": f"http://127.0.0.1:{port}", "token": "t"})
        )
        serving_file(store).chmod(0o600)
        result = cli("ingest", str(sample_documents()[1]), "--store", str(store))
        assert result.returncode == 1, result.stdout + result.stderr
        flat = " ".join(result.stderr.split())
        assert f"the server at http://127.0.0.1:{port} (pid {holder.pid}) did not answer" in flat, flat
        assert "Connection refused" in flat and "palvelin ei vastaa" in flat and "servern svarar inte" in flat
        assert "Traceback" not in result.stderr and "Max retries" not in flat
        removed = cli("remove", sample_documents()[0].name, "--store", str(store))
        assert removed.returncode == 1 and "did not answer" in " ".join(removed.stderr.split())
    finally:
        holder.kill()
        holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()
    # nothing was written while it was held: the first document is still there, the second is not
    listed = cli("remove", sample_documents()[1].name, "--store", str(store))
    assert listed.returncode == 1 and "not found" in listed.stderr


def test_ingested_then_removed_beside_the_server_both_seen_within_2_s(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    """Issue 17's Done-when, both ways: the project through /sparql and its page within 2 s of the
    command's end, and after ``hankegraafi remove`` gone from both within 2 s."""
    server, store = served
    sample = sample_documents()[2]
    doc = tmp_path / sample.name
    shutil.copy(sample, doc)
    graph = graph_iri(document_key(doc), base=BASE)
    query = (
        f"PREFIX hg: <{ONTOLOGY}> "
        f"SELECT ?p WHERE {{ GRAPH <{graph}> {{ ?p a hg:Project }} }} ORDER BY ?p LIMIT 1"
    )

    def projects() -> list[str]:
        answer = requests.get(
            server.sparql,
            params={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        return [row["p"]["value"] for row in answer.json()["results"]["bindings"]]

    def is_project(page_url: str, project: str) -> bool:
        """Whether the resource's page, as Turtle, says it is a project."""
        answer = requests.get(page_url, headers={"Accept": "text/turtle"}, timeout=30)
        assert answer.status_code == 200, answer.status_code
        data = Graph().parse(data=answer.text, format="turtle")
        return (URIRef(project), RDF.type, URIRef(f"{ONTOLOGY}Project")) in data

    assert projects() == []
    ingested = cli("ingest", str(doc), "--store", str(store))
    returned = time.monotonic()
    assert ingested.returncode == 0 and "handed to it" in ingested.stderr, ingested.stdout + ingested.stderr
    (project,) = projects()
    page_url = f"{server.url}/id/{project.removeprefix(BASE)}"
    page = requests.get(page_url, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and "text/html" in page.headers["Content-Type"], page.status_code
    assert is_project(page_url, project)
    assert time.monotonic() - returned <= 2.0

    removed = cli("remove", doc.name, "--store", str(store))
    returned = time.monotonic()
    assert removed.returncode == 0 and f"removed: {doc.name}" in removed.stdout, removed.stdout + removed.stderr
    assert projects() == []
    # The change log keeps the project's name and its "removed" entry (a page of that is right);
    # what the document said of it is gone, the page's own data included.
    assert not is_project(page_url, project)
    assert time.monotonic() - returned <= 2.0
