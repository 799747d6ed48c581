"""Real SPARQL clients against a real ``hankegraafi serve``, with their defaults and every format they offer.

Issue 19: SPARQLWrapper's CONSTRUCT and DESCRIBE failed with 406 in its
default return format (it sends ``format=xml`` and ``Accept:
application/rdf+xml``) and in N3 (``format=n3``, ``text/rdf+n3``). Each cell
of the matrix asks one query form in one return format (GET and POST), checks
the media type that came back and reads the answer with the client's own
``convert()``, or with a real parser of that media type.

One server on the small protocol graphs is started for the module (about 2 s).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.dom.minidom import Document

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDF, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import PROTOCOL_DATA, LiveServer, start_server, stop_server

EX = "http://example.org/hankegraafi-test/"
FOAF = "http://xmlns.com/foaf/0.1/"
ALICE = "Alice Aaltonen"

QUERIES = {
    "SELECT": f"SELECT ?name WHERE {{ <{EX}alice> <{FOAF}name> ?name }}",
    "ASK": f"ASK {{ <{EX}alice> <{FOAF}knows> <{EX}bob> }}",
    "CONSTRUCT": f"CONSTRUCT {{ <{EX}alice> <{FOAF}name> ?n }} WHERE {{ <{EX}alice> <{FOAF}name> ?n }}",
    "DESCRIBE": f"DESCRIBE <{EX}alice>",
}
#: What each form must answer: Alice's name, or true.
EXPECTED = {"SELECT": {ALICE}, "ASK": {"true"}, "CONSTRUCT": {ALICE}, "DESCRIBE": {ALICE}}

SRJ = "application/sparql-results+json"
SRX = "application/sparql-results+xml"
TTL = "text/turtle"
RDFXML_MEDIA = "application/rdf+xml"
JSONLD_MEDIA = "application/ld+json"
NT = "application/n-triples"

#: SPARQLWrapper's return formats (None: its default, XML) → the media type answered.
#: A format of the other kind (Turtle for a SELECT, CSV for a CONSTRUCT) is sent with
#: ``Accept: */*``, and the form's default answers.
RESULT_MEDIA: dict[str | None, str] = {
    None: SRX,
    XML: SRX,
    JSON: SRJ,
    CSV: "text/csv",
    TSV: "text/tab-separated-values",
    TURTLE: SRJ,
    N3: SRJ,
    RDFXML: SRJ,
    JSONLD: SRJ,
    RDF: SRJ,
}
GRAPH_MEDIA: dict[str | None, str] = {
    None: RDFXML_MEDIA,
    XML: RDFXML_MEDIA,
    RDFXML: RDFXML_MEDIA,
    RDF: RDFXML_MEDIA,
    TURTLE: TTL,
    N3: TTL,
    JSONLD: JSONLD_MEDIA,
    JSON: JSONLD_MEDIA,
    CSV: TTL,
    TSV: TTL,
}
RDFLIB_FORMAT = {TTL: "turtle", RDFXML_MEDIA: "xml", JSONLD_MEDIA: "json-ld", NT: "nt"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("clients") / "store"
    store = EmbeddedStore(path)
    store.load(PROTOCOL_DATA, "trig")
    store.close()
    live = start_server(
        str(path),
        tmp_path_factory.mktemp("clients-log") / "serve.log",
        query_workers=1,
        rate_limit="100000/minute",
    )
    yield live
    stop_server(live)


def media(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def read_body(content_type: str, body: bytes) -> set[str]:
    """Alice's names (or the boolean) in an answer, read with a real parser of its media type."""
    kind = media(content_type)
    if kind == SRJ:
        data = json.loads(body)
        if "boolean" in data:
            return {str(data["boolean"]).lower()}
        return {b["name"]["value"] for b in data["results"]["bindings"]}
    if kind == SRX:
        from defusedxml.minidom import parseString

        return read_xml_results(parseString(body))
    if kind in ("text/csv", "text/tab-separated-values"):
        delimiter = "," if kind == "text/csv" else "\t"
        rows = list(csv.reader(io.StringIO(body.decode("utf-8")), delimiter=delimiter))
        if rows[0] == ["name"] or rows[0] == ["?name"]:
            return {r[0].strip('"') for r in rows[1:]}
        return {rows[0][0]}  # an ASK: one line, true or false
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser, of itself
        return names_in_graph(Graph().parse(data=body, format=RDFLIB_FORMAT[kind]))


def read_xml_results(doc: Document) -> set[str]:
    booleans = doc.getElementsByTagName("boolean")
    if booleans:
        return {booleans[0].firstChild.data.strip()}  # type: ignore[union-attr]
    return {lit.firstChild.data for lit in doc.getElementsByTagName("literal")}  # type: ignore[union-attr]


def names_in_graph(g: Graph) -> set[str]:
    return {str(o) for o in g.objects(URIRef(f"{EX}alice"), URIRef(f"{FOAF}name"))}


def read_converted(converted: Any, content_type: str) -> set[str]:
    """What SPARQLWrapper's ``convert()`` gave, read as its user would."""
    if isinstance(converted, dict):
        return read_body(content_type, json.dumps(converted).encode())
    if isinstance(converted, Document):
        return read_xml_results(converted)
    if isinstance(converted, Graph):
        return names_in_graph(converted)
    assert isinstance(converted, (bytes, str)), type(converted)
    return read_body(content_type, converted.encode() if isinstance(converted, str) else converted)


# -- SPARQLWrapper ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize("return_format", list(RESULT_MEDIA))
@pytest.mark.parametrize("form", list(QUERIES))
def test_sparqlwrapper(server: LiveServer, form: str, return_format: str | None, method: str) -> None:
    sw = SPARQLWrapper(server.sparql)
    if return_format is not None:
        sw.setReturnFormat(return_format)
    sw.setMethod(method)
    sw.setQuery(QUERIES[form])
    with warnings.catch_warnings():
        # SPARQLWrapper warns when it sends Accept */* for a format that does not fit the form.
        warnings.simplefilter("ignore", RuntimeWarning)
        # rdflib's JSON-LD parser warns of its own deprecations (ConjunctiveGraph).
        warnings.simplefilter("ignore", DeprecationWarning)
        result = sw.query()
        content_type = result.info()["content-type"]
        converted = result.convert()
    table = RESULT_MEDIA if form in ("SELECT", "ASK") else GRAPH_MEDIA
    assert media(content_type) == table[return_format]
    assert read_converted(converted, content_type) == EXPECTED[form]


# -- rdflib's SPARQLStore ------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("return_format", ["xml", "json", "csv", "tsv"])
def test_rdflib_sparqlstore(server: LiveServer, return_format: str, method: str) -> None:
    store = SPARQLStore(server.sparql, returnFormat=return_format, method=method)
    g = Graph(store=store)
    try:
        assert sorted(str(o) for o in g.objects(URIRef(f"{EX}alice"), URIRef(f"{FOAF}name"))) == [ALICE]
        rows = [tuple(r) for r in g.query(QUERIES["SELECT"])]  # type: ignore[arg-type]
        assert rows == [(Literal(ALICE),)]
        if return_format in ("csv", "tsv"):
            # SPARQL's CSV and TSV formats have no boolean and no graph: rdflib reads only
            # SELECT answers in them, and a CONSTRUCT asked with Accept text/csv is a 406.
            return
        assert (URIRef(f"{EX}alice"), URIRef(f"{FOAF}knows"), URIRef(f"{EX}bob")) in g
        assert g.query(QUERIES["ASK"]).askAnswer is True
        # rdflib asks a CONSTRUCT with its results' media types only (JSON: sparql-results+json):
        # it gets the graph in JSON-LD or RDF/XML, and reads it by the answer's media type.
        for form in ("CONSTRUCT", "DESCRIBE"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser, of itself
                answer = g.query(QUERIES[form]).graph
            assert answer is not None and names_in_graph(answer) == {ALICE}
    finally:
        store.close()


# -- curl with the Accept headers of Fuseki's and Virtuoso's documentation -------------------------

CURL_CASES: list[tuple[str, str, str]] = [
    # (query form, Accept, media type answered)
    ("SELECT", "*/*", SRJ),
    ("SELECT", SRJ, SRJ),
    ("SELECT", SRX, SRX),
    ("SELECT", "application/json", SRJ),
    ("SELECT", "application/xml", SRX),
    ("SELECT", "text/csv", "text/csv"),
    ("SELECT", "text/tab-separated-values", "text/tab-separated-values"),
    ("SELECT", "application/javascript", SRJ),
    ("SELECT", f"{SRJ},{SRX};q=0.9,*/*;q=0.1", SRJ),
    ("ASK", SRX, SRX),
    ("ASK", "application/json", SRJ),
    ("CONSTRUCT", "*/*", TTL),
    ("CONSTRUCT", TTL, TTL),
    ("CONSTRUCT", NT, NT),
    ("CONSTRUCT", JSONLD_MEDIA, JSONLD_MEDIA),
    ("CONSTRUCT", RDFXML_MEDIA, RDFXML_MEDIA),
    ("CONSTRUCT", "text/rdf+n3", TTL),
    ("CONSTRUCT", "text/n3", TTL),
    ("CONSTRUCT", "application/x-turtle", TTL),
    ("CONSTRUCT", "application/xml", RDFXML_MEDIA),
    ("CONSTRUCT", f"{TTL},{NT};q=0.9,{RDFXML_MEDIA};q=0.8", TTL),
    ("DESCRIBE", "text/n3", TTL),
    ("DESCRIBE", RDFXML_MEDIA, RDFXML_MEDIA),
    ("DESCRIBE", "application/json", JSONLD_MEDIA),
    # YASGUI's (the /editor's) defaults for results and for graphs.
    ("SELECT", f"{SRJ},*/*;q=0.9", SRJ),
    ("ASK", f"{SRJ},*/*;q=0.9", SRJ),
    ("CONSTRUCT", f"{TTL},*/*;q=0.9", TTL),
    ("DESCRIBE", f"{TTL},*/*;q=0.9", TTL),
]


def curl(url: str, *args: str) -> tuple[int, str, bytes]:
    exe = shutil.which("curl")
    if exe is None:
        pytest.fail("curl is expected on the machine (Debian package curl)")
    done = subprocess.run(
        [exe, "-sS", "-o", "-", "-D", "/dev/stderr", "--max-time", "20", *args, url],
        capture_output=True,
        check=True,
    )
    head = done.stderr.decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    ctype = next(
        (line.split(":", 1)[1].strip() for line in head if line.lower().startswith("content-type:")), ""
    )
    return status, ctype, done.stdout


@pytest.mark.parametrize(("form", "accept", "answered"), CURL_CASES)
def test_curl_accept(server: LiveServer, form: str, accept: str, answered: str) -> None:
    for args in (
        ["-G", "--data-urlencode", f"query={QUERIES[form]}"],
        ["--data-urlencode", f"query={QUERIES[form]}"],
        ["-H", "Content-Type: application/sparql-query", "--data-binary", QUERIES[form]],
    ):
        status, ctype, body = curl(server.sparql, "-H", f"Accept: {accept}", *args)
        assert status == 200, body
        assert media(ctype) == answered
        assert read_body(ctype, body) == EXPECTED[form]


@pytest.mark.parametrize(
    ("form", "fmt", "answered"),
    [
        ("CONSTRUCT", "xml", RDFXML_MEDIA),
        ("DESCRIBE", "rdf+xml", RDFXML_MEDIA),
        ("CONSTRUCT", "n3", TTL),
        ("CONSTRUCT", "json", JSONLD_MEDIA),
        ("SELECT", "xml", SRX),
        ("SELECT", "text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_format_parameter_names_of_virtuoso_and_sparqlwrapper(
    server: LiveServer, form: str, fmt: str, answered: str
) -> None:
    status, ctype, body = curl(
        server.sparql, "-G", "--data-urlencode", f"query={QUERIES[form]}", "--data-urlencode", f"format={fmt}"
    )
    assert status == 200, body
    assert media(ctype) == answered
    assert read_body(ctype, body) == EXPECTED[form]


def test_a_plus_typed_into_a_url_is_read_as_a_plus(server: LiveServer) -> None:
    # "format=application/rdf+xml" typed into a browser's address bar arrives as "rdf xml".
    status, ctype, body = curl(
        server.sparql + "?format=application/rdf+xml", "-G", "--data-urlencode", f"query={QUERIES['DESCRIBE']}"
    )
    assert status == 200, body
    assert media(ctype) == RDFXML_MEDIA


@pytest.mark.parametrize(
    ("form", "accept", "answered"),
    [
        ("CONSTRUCT", SRJ, JSONLD_MEDIA),
        ("DESCRIBE", f"{SRX}, {RDFXML_MEDIA}", RDFXML_MEDIA),
        ("CONSTRUCT", f"{SRJ}, {TTL};q=0.5", TTL),
    ],
)
def test_a_graph_asked_with_results_media_types(
    server: LiveServer, form: str, accept: str, answered: str
) -> None:
    status, ctype, body = curl(
        server.sparql, "-G", "--data-urlencode", f"query={QUERIES[form]}", "-H", f"Accept: {accept}"
    )
    assert status == 200, body
    assert media(ctype) == answered
    assert read_body(ctype, body) == EXPECTED[form]


def test_refusals_still_name_what_was_asked(server: LiveServer) -> None:
    status, _, body = curl(
        server.sparql, "-G", "--data-urlencode", f"query={QUERIES['SELECT']}", "-d", "format=yaml"
    )
    assert status == 406 and b"yaml" in body
    status, _, _ = curl(
        server.sparql, "-G", "--data-urlencode", f"query={QUERIES['DESCRIBE']}", "-H", "Accept: text/csv"
    )
    assert status == 406


def test_a_busy_port_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """Issue 19: not waitress's retry messages after the workers started, one line at once."""
    exe = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [exe, "serve", "--store", str(tmp_path / "store"), "--host", "127.0.0.1", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert f"127.0.0.1:{port} is already in use" in lines[0] and "--port" in lines[0]
