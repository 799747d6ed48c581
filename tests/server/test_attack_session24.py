"""Hostile input to what session 24 added (the tile map, catalogue charts, the command line's hand-off),
against a real ``hankegraafi serve`` on the ingested samples: each case here was a 500, a hang or a
misleading answer before its fix (see the commits that added them); now a clear 4xx naming the
parameter or the path, or the page drawn without the value it cannot draw.

One server for the module; its one SPARQL Update plants impossible money (a budget of 10^-18
against actual costs of 10^20, a budget "1e400") and is the module's only write besides the
hand-off's own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import requests

from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries.catalogue import get
from hankegraafi.server import charts
from hankegraafi.server.handoff import (
    HandoffError,
    Serving,
    announce,
    find,
    ingest_files,
    is_loopback,
    serving_file,
)
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import TOKEN, LiveServer, free_port, start_server, stop_server

pytestmark = pytest.mark.server

HG = "https://w3id.org/hankegraafi/ontology#"
EXE = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    """The samples ingested (as ``ingest --samples`` does) and served with an update token."""
    store_dir = tmp_path_factory.mktemp("attack24") / "store"
    store = EmbeddedStore(store_dir)
    try:
        ingester = Ingester(store, Config.load({"store": str(store_dir)}, environ={}))
        ingester.ensure_reference_graphs()
        assert all(o.ok for o in ingester.ingest_all(sample_documents()))
    finally:
        store.close()
    server = start_server(str(store_dir), store_dir.parent / "serve.log", update_token=TOKEN)
    try:
        yield server, store_dir
    finally:
        stop_server(server)


def _get(server: LiveServer, path: str, **params: str) -> requests.Response:
    return requests.get(server.url + path, params=params, headers={"Accept": "text/plain"}, timeout=60)


def _rows(server: LiveServer, name: str) -> list[dict[str, dict[str, str]]]:
    answer = requests.get(f"{server.url}/queries/{name}", params={"format": "json"}, timeout=60)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"]["bindings"])


# -- /map ---------------------------------------------------------------------------------------


def test_the_map_names_an_unknown_figure_or_service_instead_of_drawing_another(
    served: tuple[LiveServer, Path],
) -> None:
    server, _ = served
    figure = _get(server, "/map", figure="<script>alert(1)</script>", hl="en")
    assert figure.status_code == 400 and "parameter 'figure'" in figure.text, figure.text
    assert "utilisation, deviations, service, projects" in figure.text
    service = _get(server, "/map", figure="service", service="no-such-service", hl="fi")
    assert service.status_code == 404 and "Parametrin 'service'" in service.text, service.text
    assert "omaolo" in service.text  # the services it knows
    twice = requests.get(f"{server.url}/map?figure=projects&figure=service&hl=sv", timeout=60)
    assert twice.status_code == 400 and "Parametern 'figure'" in twice.text
    # In HTML the value asked for is escaped, never markup.
    html = requests.get(
        server.url + "/map", params={"figure": "<b>x</b>"}, headers={"Accept": "text/html"}, timeout=60
    )
    assert html.status_code == 400 and "<b>x</b>" not in html.text and "&lt;b&gt;" in html.text
    # The service by its full IRI is the service by its slug; a missing parameter is the default.
    full = _get(server, "/map", figure="service", service="https://w3id.org/hankegraafi/vocab/service/omaolo")
    assert full.status_code == 200
    assert _get(server, "/map", figure="", service="").status_code == 200
    head = requests.head(server.url + "/map", timeout=60)
    assert head.status_code == 200 and head.headers["Content-Security-Policy"].startswith("default-src 'self'")


# -- charts -------------------------------------------------------------------------------------


def _history_row(date: str, value: str) -> dict[str, dict[str, str]]:
    return {
        "documentDate": {"type": "literal", "value": date},
        "property": {"type": "uri", "value": HG + "budget"},
        "detail": {"type": "literal", "value": "cumulative"},
        "value": {"type": "literal", "value": value},
    }


@pytest.mark.parametrize(
    "values", [["1e400"], ["1E+999999"], ["-1.7e308", "1.7e308"], ["1e300", "1e300"], ["9" * 400]]
)
def test_a_chart_leaves_out_values_it_cannot_draw(values: list[str]) -> None:
    """These values made the SVG code overflow (float infinity, a tick Decimal cannot round): a 500."""
    rows = [_history_row(f"202{i}-01-01", v) for i, v in enumerate(values)]
    rows.append(_history_row("2029-01-01", "12000"))
    (figure,) = charts.charts_for(get("project-history").charts[:1], {"results": {"bindings": rows}}, "en")
    assert figure.count('class="point"') == 1 and 'data-value="12000"' in figure
    assert "inf" not in figure.lower() and "nan" not in figure.lower()


def test_markup_in_chart_labels_and_dates_is_text() -> None:
    rows = [_history_row('2024"><script>x()</script>', "1"), _history_row("<svg onload=x()>", "2")]
    (figure,) = charts.charts_for(get("project-history").charts[:1], {"results": {"bindings": rows}}, "fi")
    assert "<script" not in figure and "<svg onload" not in figure and "&lt;script&gt;" in figure


def test_impossible_money_in_the_store_leaves_map_and_charts_answering(served: tuple[LiveServer, Path]) -> None:
    """A budget of 10^-18 against 10^20 of actual costs made the map's share unroundable, and a
    budget stored as "1e400" made the project history's chart overflow: both were 500s."""
    server, _ = served
    rows = _rows(server, "budget-by-region")
    first = rows[0]
    other = next(r for r in rows if r["document"]["value"] != first["document"]["value"])
    update = f"""PREFIX hg: <{HG}>
    DELETE {{ GRAPH ?g {{ ?l hg:budget ?b ; hg:actual ?a }} }}
    INSERT {{ GRAPH ?g {{ ?l hg:budget 0.000000000000000001 ; hg:actual 100000000000000000000 }} }}
    WHERE {{ GRAPH ?g {{ <{first["document"]["value"]}> ?p ?o . ?l hg:budget ?b ; hg:actual ?a }} }} ;
    DELETE {{ GRAPH ?g {{ ?l hg:budget ?b }} }} INSERT {{ GRAPH ?g {{ ?l hg:budget "1e400" }} }}
    WHERE {{ GRAPH ?g {{ <{other["document"]["value"]}> ?p ?o . ?l hg:budget ?b }} }} ;
    DELETE {{ GRAPH ?g {{ ?d hg:linesUsed ?n }} }} INSERT {{ GRAPH ?g {{ ?d hg:linesUsed "1e400" }} }}
    WHERE {{ GRAPH ?g {{ ?d hg:linesUsed ?n }} }}"""
    written = requests.post(
        server.url + "/update",
        data=update.encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
        timeout=300,
    )
    assert written.status_code == 204, written.text
    planted = [r for r in _rows(server, "budget-by-region") if r["document"] == first["document"]]
    assert planted and planted[0]["budget"]["value"] == "0.000000000000000001"
    for figure in ("utilisation", "deviations", "projects", "service"):
        assert _get(server, "/map", figure=figure).status_code == 200, figure
    page = requests.get(
        f"{server.url}/queries/project-history",
        params={"project": other["project"]["value"], "format": "html", "hl": "en"},
        timeout=60,
    )
    assert page.status_code == 200, page.text[:300]
    assert "1e400" in page.text  # the table has the value; the chart leaves it out
    assert _get(server, "/queries/budget-by-region", format="html").status_code == 200
    # a document's stored line count that is no count leaves its page answering (it was a 500)
    doc = requests.get(f"{server.url}/id/document/lappi-loppuraportti-txt.html", timeout=60)
    assert doc.status_code == 200, doc.text[:300]


def test_the_explorer_export_names_a_body_it_cannot_read(served: tuple[LiveServer, Path]) -> None:
    """No 'edges' key was a KeyError and JSON nested past the parser's depth a RecursionError: 500s
    on a public route."""
    server, _ = served
    url = f"{server.url}/explorer/api/export.ttl"
    empty = requests.post(url, json={"nodes": []}, timeout=30)
    assert empty.status_code == 200 and empty.headers["Content-Type"].startswith("text/turtle")
    deep = requests.post(
        url, data="[" * 50_000 + "]" * 50_000, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert deep.status_code == 400 and "body" in deep.text


# -- the hand-off -------------------------------------------------------------------------------


def _handoff(server: LiveServer, store: Path, method: str, body: object) -> requests.Response:
    token = json.loads(serving_file(store).read_text())["token"]
    return requests.request(
        method,
        f"{server.url}/ingest/files",
        data=json.dumps(body),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=300,
    )


def test_the_handoff_refuses_folders_and_nul_bytes_by_item(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    """A folder was walked whole by the writer ("/" is the whole disk); the command line sends files."""
    server, store = served
    (tmp_path / "a.txt").write_text("Hanke: kansio\n")
    folder = _handoff(server, store, "POST", {"paths": [str(tmp_path / "a.txt"), "/"]})
    assert folder.status_code == 400 and "'paths' item 2 ('/') is a folder" in folder.text, folder.text
    nul = _handoff(server, store, "POST", {"paths": [str(tmp_path / "a\x00.txt")]})
    assert nul.status_code == 400 and "'paths' item 1" in nul.text and "NUL" in nul.text
    deep = '{"paths": ' + "[" * 50_000 + "]" * 50_000 + "}"
    nested = requests.post(
        f"{server.url}/ingest/files",
        data=deep,
        headers={
            "Authorization": f"Bearer {json.loads(serving_file(store).read_text())['token']}",
            "Content-Type": "application/json",
        },
        timeout=60,
    )
    assert nested.status_code == 400 and "nested too deeply" in nested.text  # was a 500 (RecursionError)
    # bool("false") is True: a string flag forced a re-ingest of everything named.
    forced = _handoff(server, store, "POST", {"paths": [str(tmp_path / "a.txt")], "force": "false"})
    assert forced.status_code == 400 and "'force' must be true or false" in forced.text


def test_a_file_name_that_is_not_utf8_is_named_not_a_500(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    """Such a name reaches the server as lone surrogates (JSON's \\u escapes of Python's reading of
    its bytes). The writer stopped mid-batch on it with a codec error naming no file, and when the
    outcome named it, encoding the answer as UTF-8 failed: a 500. Now the path is refused by item,
    and a name echoed back (``remove``) is escaped."""
    server, store = served
    name = os.fsdecode(b"hanke-\xff\xfe.txt")
    path = tmp_path / name
    shutil.copy(sample_documents()[0], path)
    answer = _handoff(server, store, "POST", {"paths": [str(tmp_path / "other.txt"), str(path)]})
    assert answer.status_code == 400, answer.text[:300]
    assert "'paths' item 2" in answer.text and "not UTF-8" in answer.text and "\\udcff" in answer.text
    gone = _handoff(server, store, "DELETE", {"names": [name]})
    assert gone.status_code == 200, gone.text[:300]
    assert gone.json()["outcomes"] == [{"file": name, "status": "not-found", "graph": None}]


# -- the serving file ---------------------------------------------------------------------------


def _plant(store: Path, **fields: object) -> None:
    data = {"pid": os.getpid(), "url": "http://127.0.0.1:9", "token": "t0k", **fields}
    path = serving_file(store)
    path.unlink(missing_ok=True)
    path.write_text(json.dumps(data))
    path.chmod(0o600)


def _find_quickly(store: Path) -> Serving | None:
    """``find`` in a thread: a serving file that hangs it fails the test instead of the suite."""
    found: list[Serving | None] = []
    worker = threading.Thread(target=lambda: found.append(find(store)), daemon=True)
    worker.start()
    worker.join(10)
    assert found, "find() hung on the serving file"
    return found[0]


def test_the_command_line_believes_only_its_own_loopback_serving_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _plant(store)
    assert _find_quickly(store) == Serving(os.getpid(), "http://127.0.0.1:9", "t0k")
    for url in ("http://[::1]:8080", "http://localhost:80/", "http://127.5.6.7:1"):
        _plant(store, url=url)
        assert _find_quickly(store) is not None, url
    for url in (
        "http://192.0.2.1:8080",  # another machine: the paths and the token would leave it
        "https://127.0.0.1:8080",
        "http://127.0.0.1.example.org:80",
        "http://user@127.0.0.1:80",
        "http://127.0.0.1:80/elsewhere",
        "http://127.0.0.1",
        "file:///etc/passwd",
    ):
        _plant(store, url=url)
        assert _find_quickly(store) is None, url
    for pid in (0, -1, "1", None):  # os.kill(0 or -1, 0) succeeds: any such file was "alive"
        _plant(store, pid=pid)
        assert _find_quickly(store) is None, pid
    _plant(store, token="a\r\nX-Injected: 1")
    assert _find_quickly(store) is None
    _plant(store)
    serving_file(store).chmod(0o622)  # others may write it: anyone could have pointed it elsewhere
    assert _find_quickly(store) is None
    if os.getuid() == 0:
        _plant(store)
        os.chown(serving_file(store), 4242, -1)  # another user's file
        assert _find_quickly(store) is None


def test_a_planted_fifo_link_or_huge_serving_file_neither_hangs_nor_floods(tmp_path: Path) -> None:
    store = tmp_path / "store"
    path = serving_file(store)
    os.mkfifo(path, 0o600)  # reading it blocked the command line for ever
    started = time.monotonic()
    assert _find_quickly(store) is None and time.monotonic() - started < 5
    path.unlink()
    path.symlink_to("/dev/zero")  # read_text() read without end
    assert _find_quickly(store) is None
    path.unlink()
    path.write_text(json.dumps({"pid": os.getpid(), "url": "http://127.0.0.1:9", "token": "x" * 100_000}))
    assert _find_quickly(store) is None
    path.unlink()
    path.mkdir()
    assert _find_quickly(store) is None


def test_a_serving_file_naming_another_machine_is_not_used_by_ingest(
    served: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    """With the store held by the server, a serving file pointing elsewhere made ``ingest`` send the
    document paths (and the token) there and wait up to 15 minutes; now it says the store is busy."""
    server, store = served
    path = serving_file(store)
    original = path.read_bytes()
    try:
        path.write_text(json.dumps({"pid": server.process.pid, "url": "http://192.0.2.1:9", "token": "t"}))
        env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
        started = time.monotonic()
        result = subprocess.run(
            [EXE, "ingest", str(sample_documents()[0]), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert "not a loopback" in result.stderr and "192.0.2.1" in result.stderr
        assert "handed to it" not in result.stderr
        assert time.monotonic() - started < 60
    finally:
        path.write_bytes(original)
        path.chmod(0o600)
    assert is_loopback(json.loads(original)["url"])


class _Odd(BaseHTTPRequestHandler):
    """A listener on the serving file's port that is not our server (a stale file, a reused pid):
    it answers what the test puts in ``answers``, in order."""

    answers: ClassVar[list[tuple[int, dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        status, headers, body = self.answers.pop(0) if self.answers else (500, {}, b"")
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_the_command_line_says_what_an_odd_answer_was(tmp_path: Path) -> None:
    """time.sleep(-5) and [1, 2].get(...) were tracebacks of 'hankegraafi ingest'."""
    _Odd.answers[:] = [(503, {"Retry-After": "-5"}, b"busy"), (400, {}, b"[1, 2]")]
    listener = ThreadingHTTPServer(("127.0.0.1", 0), _Odd)
    thread = threading.Thread(target=listener.serve_forever, daemon=True)
    thread.start()
    try:
        serving = Serving(os.getpid(), f"http://127.0.0.1:{listener.server_address[1]}", "t")
        document = tmp_path / "a.txt"
        document.write_text("Hanke: x\n")
        started = time.monotonic()
        with pytest.raises(HandoffError, match=r"refused the documents \(400\): \[1, 2\]"):
            list(ingest_files(serving, [document]))
        assert time.monotonic() - started < 5  # one wait of 1 s, not 30
    finally:
        listener.shutdown()
        listener.server_close()


def test_a_folder_under_the_serving_files_name_stops_announce_without_leaving_the_token(tmp_path: Path) -> None:
    """serve stops with the error naming the file; the temporary file with the token was left behind."""
    store = tmp_path / "store"
    serving_file(store).mkdir()
    with pytest.raises(IsADirectoryError):
        announce(store, "http://127.0.0.1:9")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.serving.json"]


def test_the_handoff_never_goes_through_a_proxy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With http_proxy set (and no no_proxy), requests sent the token and the paths to the proxy."""
    _Odd.answers[:] = [(200, {}, b'{"outcomes": []}')]
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Odd)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, f"http://127.0.0.1:{proxy.server_address[1]}")
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        closed = free_port()  # nothing listens: the hand-off must fail there, not succeed at the proxy
        with pytest.raises(HandoffError, match="did not answer"):
            list(ingest_files(Serving(os.getpid(), f"http://127.0.0.1:{closed}", "t"), [tmp_path / "a.txt"]))
        assert _Odd.answers == [(200, {}, b'{"outcomes": []}')]  # the proxy was never asked
    finally:
        _Odd.answers.clear()
        proxy.shutdown()
        proxy.server_close()


def test_the_handoff_follows_no_redirect(tmp_path: Path) -> None:
    """A 307 from whatever listens on the serving file's port sent the paths on to where it pointed."""
    elsewhere = ThreadingHTTPServer(("127.0.0.1", 0), _Odd)
    _Odd.answers[:] = [(307, {"Location": f"http://127.0.0.1:{elsewhere.server_address[1]}/x"}, b"")]
    thread = threading.Thread(target=elsewhere.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{elsewhere.server_address[1]}"
        with pytest.raises(HandoffError, match=r"\(307\)"):
            list(ingest_files(Serving(os.getpid(), url, "t"), [tmp_path / "a.txt"]))
        assert _Odd.answers == []  # one request, to the serving file's address only
    finally:
        elsewhere.shutdown()
        elsewhere.server_close()
