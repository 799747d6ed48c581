"""``hankegraafi ingest`` and ``remove`` while ``hankegraafi serve`` holds the store (issue 17).

A real server on loopback, a real store on disk: the command line finds the
store locked, hands the documents to the server through ``<store>.serving.json``,
and the documents are stored under the same graph IRIs a direct ingest gives
them, readable through the server at once. The hand-off token admits the
hand-off routes only, and nobody without it may name files on the server's disk.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from hankegraafi.ingest.pipeline import document_key, sample_documents
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.server.handoff import find, serving_file
from tests.server.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.server

BASE = "https://w3id.org/hankegraafi/id/"
EXE = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, cli_first_sample_store: Path
) -> Iterator[tuple[LiveServer, Path]]:
    store = tmp_path_factory.mktemp("handoff") / "store"
    shutil.copytree(cli_first_sample_store, store)  # `ingest SAMPLE-0 --store` by the command line, once a run
    server = start_server(str(store), store.parent / "serve.log", update_token="remote-secret")
    try:
        yield server, store
    finally:
        stop_server(server)


def graphs(server: LiveServer) -> set[str]:
    answer = requests.get(
        server.sparql,
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    ).json()
    return {b["g"]["value"] for b in answer["results"]["bindings"]}


def test_the_serving_file_is_the_owners_alone(served: tuple[LiveServer, Path]) -> None:
    server, store = served
    path = serving_file(store)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    found = find(store)
    assert found is not None and found.url == server.url and found.pid == server.process.pid


def test_ingest_and_remove_beside_a_running_server(served: tuple[LiveServer, Path], tmp_path: Path) -> None:
    server, store = served
    folder = tmp_path / "docs"
    folder.mkdir()
    for sample in sample_documents()[1:3]:
        shutil.copy(sample, folder / sample.name.replace("-", " ", 1))  # a space: the name is kept as given
    (folder / "notes.xyz").write_text("not a document")
    before = graphs(server)

    result = cli("ingest", str(folder), "--store", str(store))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "handed to it" in result.stderr
    assert "stored 2" in result.stdout and "skipped 1" in result.stdout
    added = graphs(server) - before
    names = sorted(p.name for p in folder.glob("*.txt"))
    # the graph IRIs a direct ingest mints from the file name (spaces and all) as the identity
    assert {str(graph_iri(document_key(folder / n), base=BASE)) for n in names} <= added, added

    again = cli("ingest", str(folder / names[0]), "--store", str(store))
    assert again.returncode == 0 and "unchanged 1" in again.stdout, again.stdout + again.stderr

    removed = cli("remove", names[0], "nowhere.txt", "--store", str(store))
    assert removed.returncode == 1  # one was not found
    assert f"removed: {names[0]}" in removed.stdout and "nowhere.txt" in removed.stderr
    assert len([g for g in graphs(server) - before if "/graph/" in g]) == 1


def test_a_document_ingested_beside_the_server_is_read_through_sparql_and_its_page_within_2_s(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    """Issue 17's Done-when: from the moment the command line returns, 2 s for both reads."""
    server, store = served
    sample = sample_documents()[4]
    doc = tmp_path / sample.name
    shutil.copy(sample, doc)
    result = cli("ingest", str(doc), "--store", str(store))
    returned = time.monotonic()
    assert result.returncode == 0 and "handed to it" in result.stderr, result.stdout + result.stderr
    graph = graph_iri(document_key(doc), base=BASE)
    query = (
        "PREFIX hg: <https://w3id.org/hankegraafi/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        f"SELECT ?p ?name WHERE {{ GRAPH <{graph}> {{ ?p a hg:Project ; rdfs:label ?name }} }} ORDER BY ?p LIMIT 1"
    )
    rows = requests.get(
        server.sparql,
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    ).json()["results"]["bindings"]
    assert rows, f"no project in {graph}"
    project, name = rows[0]["p"]["value"], rows[0]["name"]["value"]
    assert project.startswith(BASE)
    page = requests.get(
        f"{server.url}/id/{project.removeprefix(BASE)}", headers={"Accept": "text/html"}, timeout=30
    )
    seconds = time.monotonic() - returned
    assert page.status_code == 200 and "text/html" in page.headers["Content-Type"]
    assert html.escape(name, quote=False) in page.text
    assert seconds <= 2.0, f"read back {seconds:.2f} s after the ingest returned"


def test_only_the_handoff_token_names_files_on_the_server(served: tuple[LiveServer, Path]) -> None:
    server, store = served
    body = {"paths": ["/etc/passwd"]}
    nobody = requests.post(f"{server.url}/ingest/files", json=body, timeout=30)
    assert nobody.status_code == 401
    remote = requests.post(
        f"{server.url}/ingest/files", json=body, headers={"Authorization": "Bearer remote-secret"}, timeout=30
    )
    assert remote.status_code == 401  # the update token writes, but names no server-side file
    token = json.loads(serving_file(store).read_text())["token"]
    upd = requests.post(
        f"{server.url}/update",
        data={"update": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert upd.status_code == 401  # and the hand-off token admits no other write
    relative = requests.post(
        f"{server.url}/ingest/files",
        json={"paths": ["docs/a.txt"]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert relative.status_code == 400 and "absolute" in relative.text


def test_a_file_left_by_a_killed_server_is_ignored(tmp_path: Path) -> None:
    store = tmp_path / "store"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    serving_file(store).write_text(json.dumps({"pid": gone.pid, "url": "http://127.0.0.1:9", "token": "t"}))
    assert find(store) is None
    serving_file(store).write_text("{not json")
    assert find(store) is None


def test_the_file_goes_with_the_server(served: tuple[LiveServer, Path]) -> None:
    """Last in the module: stops the module's server."""
    server, store = served
    stop_server(server)
    assert not serving_file(store).exists()
    # with the server gone the command line writes the store itself
    direct = cli("ingest", str(sample_documents()[4]), "--store", str(store))
    assert direct.returncode == 0 and "handed" not in direct.stderr, direct.stderr
