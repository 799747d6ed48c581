"""Hostile uploads to the authenticated write routes of the real server.

``PUT /graph-store``, ``POST /update`` and ``POST /ingest`` with: wrong or
missing tokens, XML entity expansion and external entities (RDF/XML and inside
a DOCX), JSON-LD with remote contexts (pointing at a loopback listener that
must receive nothing), oversized bodies (with and without Content-Length),
path traversal in file names
. After each, the store must be as before
unless the upload was a legitimate one.
"""

from __future__ import annotations

import io
import json
import shutil
import time
import uuid
import zipfile
from pathlib import Path

import pytest
import requests

from bench.fuzzing import to_docx
from bench.live import TOKEN, Live, graphs, start
from hankegraafi.server.wsgi import MAX_HEADER_BYTES
from tests.reliability.fakes import fake_server
from tests.reliability.figures import record

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
GRAPH = "https://w3id.org/hankegraafi/id/graph/upload-test"
UPDATE_TIMEOUT = 20.0
BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
    b'<rdf:Description rdf:about="http://example.org/s"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>\n'
)
XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
    b'<rdf:Description rdf:about="http://example.org/s"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>\n'
)
OUTCOMES: dict[str, object] = {}


@pytest.fixture(scope="module")
def server(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Live:
    where = tmp_path_factory.mktemp("uploads")
    shutil.copytree(built_store, where / "store")
    live = start(
        where / "store",
        where / "server.log",
        query_timeout="5",
        update_timeout=str(UPDATE_TIMEOUT),
        max_document_bytes="2000000",
        rate_limit="100000/minute",
        result_cache_seconds="0",
    )
    yield live  # type: ignore[misc]
    live.stop()
    record("hostile uploads", **OUTCOMES)


def unchanged(server: Live, before: dict[str, int], what: str) -> None:
    after = graphs(server)
    assert after == before, f"{what} changed the store: {set(after.items()) ^ set(before.items())}"


def timed(call, *args, **kw):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    response = call(*args, **kw)
    return response, time.monotonic() - started


ROUTES = [
    (
        "put",
        "/graph-store",
        {
            "params": {"graph": GRAPH},
            "data": b"<urn:a> <urn:b> <urn:c> .",
            "headers": {"Content-Type": "application/n-triples"},
        },
    ),
    (
        "post",
        "/update",
        {
            "data": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "headers": {"Content-Type": "application/sparql-update"},
        },
    ),
    (
        "post",
        "/ingest",
        {
            "params": {"name": "x.txt"},
            "data": b"Tavoitteet\n1. Jotain",
            "headers": {"Content-Type": "text/plain"},
        },
    ),
    ("delete", "/graph-store", {"params": {"graph": GRAPH}}),
]
BAD_TOKENS = [
    None,
    "Bearer",
    "Bearer wrong",
    f"Basic {TOKEN}",
    f"Bearer {TOKEN}x",
    f"Bearer {TOKEN[:-1]}",
    f"bearer  {TOKEN[::-1]}",
    "Bearer " + "A" * 10_000,
    "Bearer " + "A" * 70_000,
]


def test_wrong_tokens_are_refused_and_change_nothing(server: Live) -> None:
    before = graphs(server)
    seen = set()
    for method, path, kw in ROUTES:
        for token in BAD_TOKENS:
            headers = dict(kw.get("headers", {}))  # type: ignore[call-overload]
            if token is not None:
                headers["Authorization"] = token
            r = requests.request(method, server.url + path, timeout=30, **{**kw, "headers": headers})
            if token and len(token) > MAX_HEADER_BYTES:  # the server's header limit answers first
                assert r.status_code == 431, r.status_code
                continue
            assert r.status_code == 401, (method, path, token and token[:30], r.status_code, r.text[:200])
            assert "Bearer" in r.headers.get("WWW-Authenticate", "")
            seen.add(r.status_code)
    unchanged(server, before, "requests with wrong tokens")
    OUTCOMES["wrong_token_requests"] = len(ROUTES) * len(BAD_TOKENS)


@pytest.mark.timing
def test_xml_entity_bomb_is_refused_quickly(server: Live) -> None:
    before = graphs(server)
    assert len(BOMB) < 1000
    for body, name in ((BOMB, "bomb"), (XXE, "xxe"), (BOMB.replace(b"DOCTYPE", b"doctype"), "lower")):
        r, seconds = timed(
            server.put,
            "/graph-store",
            params={"graph": GRAPH},
            data=body,
            headers={**AUTH, "Content-Type": "application/rdf+xml"},
        )
        assert r.status_code == 400, (name, r.status_code, r.text[:300])
        assert seconds < 2.0, (name, seconds)
        assert "root:" not in r.text
        OUTCOMES[f"xml_{name}"] = f"{r.status_code} in {seconds:.2f}s"
    # The same bomb under another media type is parsed as that type and fails as syntax, not expanded.
    r, seconds = timed(
        server.put,
        "/graph-store",
        params={"graph": GRAPH},
        data=BOMB,
        headers={**AUTH, "Content-Type": "text/turtle"},
    )
    assert r.status_code == 400 and seconds < 5.0, (r.status_code, r.text[:300])
    unchanged(server, before, "entity bombs")


def _docx_with(document_xml: bytes) -> bytes:
    base = to_docx("Tavoitteet\n1. Tavoite")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = document_xml
            dst.writestr(info.filename, data)
    return out.getvalue()


@pytest.mark.timing
def test_entity_bomb_inside_a_docx_or_html_upload_is_bounded(server: Live) -> None:
    before = graphs(server)
    decls = BOMB.split(b"<rdf:RDF")[0].replace(b"lolz", b"w:document")
    document = decls + (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    html = (
        b"<!DOCTYPE html ["
        + BOMB.split(b"[", 1)[1].split(b"]>")[0]
        + b"]><html><body><p>&lol9;</p></body></html>"
    )
    for name, data in (("bomb.docx", _docx_with(document)), ("bomb.html", html)):
        r, seconds = timed(
            server.post,
            "/ingest",
            params={"name": name},
            data=data,
            headers={**AUTH, "Content-Type": "application/octet-stream"},
            timeout=120,
        )
        assert r.status_code in (201, 400, 422), (name, r.status_code, r.text[:300])
        assert seconds < UPDATE_TIMEOUT + 10
        if r.status_code == 201:
            assert "lollollol" not in json.dumps(r.json())
        OUTCOMES[f"ingest_{name}"] = f"{r.status_code} in {seconds:.2f}s"
    after = graphs(server)
    assert {g: n for g, n in after.items() if "bomb" not in g and "catalogue" not in g} == {
        g: n for g, n in before.items() if "catalogue" not in g
    }
    for g, n in after.items():
        if "bomb" in g:
            assert n < 5000, f"{g} grew to {n} triples: entities were expanded"


def test_json_ld_with_remote_context_is_refused_and_fetches_nothing(server: Live) -> None:
    before = graphs(server)
    with fake_server("listen") as listener:
        url = f"http://127.0.0.1:{listener.port}/context.jsonld"
        docs = [
            {"@context": url, "@id": "http://example.org/s", "name": "x"},
            {"@context": [{"ex": "http://example.org/"}, url], "@id": "http://example.org/s", "ex:p": "x"},
            {"@context": {"@import": url}, "@id": "http://example.org/s"},
            {"@graph": [{"@context": url, "@id": "http://example.org/s", "name": "x"}]},
            {"@id": "http://example.org/s", "http://example.org/p": {"@context": url, "@value": "x"}},
        ]
        for doc in docs:
            r = server.put(
                "/graph-store",
                params={"graph": GRAPH},
                data=json.dumps(doc).encode(),
                headers={**AUTH, "Content-Type": "application/ld+json"},
            )
            assert r.status_code == 400, (doc, r.status_code, r.text[:300])
        # SPARQL Update that would fetch: LOAD, SERVICE.
        for text in (
            f"LOAD <{url}>",
            f"LOAD <{url}> INTO GRAPH <{GRAPH}>",
            f"INSERT {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        ):
            r = server.post(
                "/update", data=text.encode(), headers={**AUTH, "Content-Type": "application/sparql-update"}
            )
            assert r.status_code == 400, (text, r.status_code, r.text[:300])
        reached = listener.count()
    assert reached == 0
    OUTCOMES["jsonld_remote_contexts_refused"] = len(docs)
    OUTCOMES["listener_requests"] = reached
    unchanged(server, before, "remote contexts")


def test_oversized_bodies_are_refused_with_413(server: Live) -> None:
    before = graphs(server)
    big_rdf = b'<urn:a> <urn:b> "' + b"x" * 1_100_000 + b'" .\n'
    r = server.put(
        "/graph-store",
        params={"graph": GRAPH},
        data=big_rdf,
        headers={**AUTH, "Content-Type": "application/n-triples"},
    )
    assert r.status_code == 413, r.text[:200]
    big_doc = b"Tavoitteet\n" + b"1. Tavoite\n" * 300_000
    r = server.post(
        "/ingest", params={"name": "big.txt"}, data=big_doc, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert r.status_code == 413, r.text[:200]

    OUTCOMES["oversized"] = "413 (graph-store 1.1 MB), 413 (ingest 3.3 MB)"
    unchanged(server, before, "oversized bodies")


def test_oversized_chunked_body_is_a_413(server: Live) -> None:
    before = graphs(server)

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b'<urn:a> <urn:b> "' + b"y" * 100_000 + b'" .\n'

    try:
        status: object = server.put(
            "/graph-store",
            params={"graph": GRAPH},
            data=chunks(),
            headers={**AUTH, "Content-Type": "application/n-triples"},
        ).status_code
    except requests.ConnectionError:
        status = "connection closed"
    OUTCOMES["oversized_chunked"] = status
    unchanged(server, before, "a chunked oversized body")
    assert status in (413, "connection closed"), status


@pytest.mark.parametrize(
    "name",
    [
        "../../../../tmp/hg-traversal-{id}.txt",
        "..\\..\\..\\tmp\\hg-traversal-{id}.txt",
        "/tmp/hg-traversal-{id}.txt",
        "%2e%2e%2f%2e%2e%2ftmp%2fhg-traversal-{id}.txt",
        "hg-traversal-{id}.txt\x00.pdf",
    ],
)
def test_path_traversal_in_file_names_stays_a_base_name(server: Live, name: str) -> None:
    token = uuid.uuid4().hex[:8]
    raw = name.format(id=token)
    r = server.post(
        "/ingest",
        params={"name": raw},
        data=b"Tavoitteet\n\n1. Kuvitteellinen tavoite\n",
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert r.status_code in (200, 201, 400, 415, 422), r.text[:300]
    assert not Path(f"/tmp/hg-traversal-{token}.txt").exists()
    assert not list(Path("/tmp").glob(f"*{token}*"))
    if r.status_code in (200, 201, 422):
        body = r.json()
        assert "/" not in body["file"] and "\\" not in body["file"] and ".." not in body["file"], body
        assert body["graph"] is None or ("/graph/" in body["graph"] and ".." not in body["graph"])


def test_same_via_content_disposition(server: Live) -> None:
    token = uuid.uuid4().hex[:8]
    r = server.post(
        "/ingest",
        data=b"Tavoitteet\n\n1. Kuvitteellinen tavoite\n",
        headers={
            **AUTH,
            "Content-Type": "text/plain",
            "Content-Disposition": f"attachment; filename*=UTF-8''..%2F..%2F..%2Ftmp%2Fhg-cd-{token}.txt",
        },
    )
    assert r.status_code in (200, 201, 422), r.text[:300]
    assert not list(Path("/tmp").glob(f"*{token}*"))
    assert r.json()["file"] == f"hg-cd-{token}.txt"
