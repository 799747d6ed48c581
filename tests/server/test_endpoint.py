"""The /sparql endpoint in process: formats, statuses, limits, CORS, service description, write routes."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from tests.server.conftest import TOKEN

EX = "http://example.org/hankegraafi-test/"
FOAF = "http://xmlns.com/foaf/0.1/"
G1 = "urn:hankegraafi:test:data1"
G3 = "urn:hankegraafi:test:data3"
DAVE = f"SELECT ?name ?comment WHERE {{ <{EX}dave> <{FOAF}name> ?name ; <http://www.w3.org/2000/01/rdf-schema#comment> ?comment }}"
COMMENT = 'Ääkköset: äöå ÄÖÅ, "lainaus", pilkku, rivi\nvaihto'
PEOPLE = f"SELECT ?p WHERE {{ ?p a <{FOAF}Person> }} ORDER BY ?p"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def get(client: FlaskClient, query: str, **params: str) -> object:
    return client.get("/sparql?" + urlencode({"query": query, **params}))


# -- SELECT results in every format ----------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/html", "text/html"),
    ],
)
def test_select_format_by_accept(client: FlaskClient, accept: str, media: str) -> None:
    r = client.get("/sparql?" + urlencode({"query": DAVE}), headers={"Accept": accept})
    assert r.status_code == 200
    assert r.mimetype == media
    assert "Accept" in r.headers["Vary"]
    assert r.headers["X-Hankegraafi-Rows"] == "1"


@pytest.mark.parametrize(
    ("fmt", "media"),
    [
        ("json", "application/sparql-results+json"),
        ("xml", "application/sparql-results+xml"),
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("html", "text/html"),
    ],
)
def test_select_format_parameter_beats_accept(client: FlaskClient, fmt: str, media: str) -> None:
    r = client.get("/sparql?" + urlencode({"query": DAVE, "format": fmt}), headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    assert r.mimetype == media


def test_select_values_survive_every_format(client: FlaskClient) -> None:
    """Non-ASCII, quotes, commas and a newline come back intact in each format."""
    js = json.loads(get(client, DAVE, format="json").data)
    assert js["results"]["bindings"][0]["comment"] == {"type": "literal", "value": COMMENT}
    rows = list(csv.reader(io.StringIO(get(client, DAVE, format="csv").data.decode())))
    assert rows == [["name", "comment"], ["Dave Dahl", COMMENT]]
    tsv = get(client, DAVE, format="tsv").data.decode().split("\n")
    assert tsv[0] == "?name\t?comment"
    assert tsv[1] == '"Dave Dahl"\t"Ääkköset: äöå ÄÖÅ, \\"lainaus\\", pilkku, rivi\\nvaihto"'
    from rdflib.plugins.sparql.results.xmlresults import XMLResultParser

    xml = XMLResultParser().parse(io.BytesIO(get(client, DAVE, format="xml").data))
    assert [str(row[1]) for row in xml] == [COMMENT]
    html = get(client, DAVE, format="html").data.decode()
    assert "Dave Dahl" in html and "&#34;lainaus&#34;" in html


def test_language_tags_and_datatypes_in_json(client: FlaskClient) -> None:
    q = f"SELECT ?n ?x WHERE {{ <{EX}carol> <{FOAF}name> ?n BIND(42 AS ?x) }}"
    b = json.loads(get(client, q).data)["results"]["bindings"][0]
    assert b["n"] == {"type": "literal", "value": "Carol Cederqvist", "xml:lang": "sv"}
    assert b["x"] == {"type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("*/*", "text/turtle"),
    ],
)
def test_construct_and_describe_formats(client: FlaskClient, accept: str, media: str) -> None:
    for query in (
        f"CONSTRUCT {{ ?s <{FOAF}name> ?n }} WHERE {{ GRAPH <{G1}> {{ ?s <{FOAF}name> ?n }} }}",
        f"DESCRIBE <{EX}bob>",
    ):
        r = client.get("/sparql?" + urlencode({"query": query}), headers={"Accept": accept})
        assert r.status_code == 200, r.text
        assert r.mimetype == media
        # pyoxigraph reads all four (rdflib's JSON-LD parser warns of its own deprecations).
        triples = {
            (t.subject.value, t.predicate.value, t.object.value)
            for t in ox.parse(r.data, format=ox.RdfFormat.from_media_type(media))
        }
        assert (f"{EX}bob", f"{FOAF}name", "Bob Björk") in triples


def test_ask_formats(client: FlaskClient) -> None:
    q = f"ASK {{ <{EX}alice> <{FOAF}knows> <{EX}bob> }}"
    assert get(client, q, format="csv").data == b"true\n"
    assert b"<boolean>true</boolean>" in get(client, q, format="xml").data


# -- statuses --------------------------------------------------------------------------


def test_406_when_no_accepted_format_fits(client: FlaskClient) -> None:
    r = client.get("/sparql?" + urlencode({"query": DAVE}), headers={"Accept": "image/png"})
    assert r.status_code == 406
    g = client.get("/sparql?" + urlencode({"query": f"DESCRIBE <{EX}bob>"}), headers={"Accept": "text/csv"})
    assert g.status_code == 406
    bad_param = client.get("/sparql?" + urlencode({"query": DAVE, "format": "yaml"}))
    assert bad_param.status_code == 406
    assert "yaml" in bad_param.text


def test_400_carries_the_parser_message_as_json(client: FlaskClient) -> None:
    r = client.get(
        "/sparql?" + urlencode({"query": "SELECT ?x WHERE { ?x ?y }"}), headers={"Accept": "application/json"}
    )
    assert r.status_code == 400
    body = r.get_json()
    assert body["error"] == "query-syntax"
    assert body["message"].startswith("error at 1:")


def test_413_on_an_oversized_body_and_query(client: FlaskClient) -> None:
    big = "ASK { ?s ?p " + '"' + "x" * 5000 + '" }'
    posted = client.post("/sparql", data=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert posted.status_code == 413
    assert "4000 bytes" in posted.text
    in_url = client.get("/sparql?" + urlencode({"query": big}))
    assert in_url.status_code == 413


def test_415_on_unknown_content_type(client: FlaskClient) -> None:
    r = client.post("/sparql", data=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415


def test_empty_query_is_400(client: FlaskClient) -> None:
    assert client.get("/sparql?query=%20").status_code == 400


# -- the row cap ------------------------------------------------------------------------


def test_row_cap_with_visible_marker_in_every_format(client: FlaskClient) -> None:
    """Nine people, a cap of five: five rows, a header, and a marker in the body where the format allows."""
    r = get(client, PEOPLE, format="json")
    data = json.loads(r.data)
    assert len(data["results"]["bindings"]) == 5
    assert r.headers["X-Hankegraafi-Truncated"] == "true; max-rows=5"
    assert data["head"]["link"] == ["http://localhost/sparql/limits#max_rows"]
    xml = get(client, PEOPLE, format="xml").data.decode()
    assert xml.count("<result>") == 5 and '<link href="http://localhost/sparql/limits#max_rows"/>' in xml
    csv_r = get(client, PEOPLE, format="csv")
    assert csv_r.data.decode().count("\r\n") == 6 and csv_r.headers["X-Hankegraafi-Truncated"]
    html = get(client, PEOPLE, format="html").data.decode()
    assert 'class="hg-truncated"' in html and "5" in html
    ttl = client.get(
        "/sparql?" + urlencode({"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G3}> {{ ?s ?p ?o }} }}"})
    )
    assert ttl.headers["X-Hankegraafi-Truncated"] == "true; max-rows=5"
    assert ttl.data.decode().rstrip().endswith("# truncated: only the first 5 triples are given")
    assert len(Graph().parse(data=ttl.data, format="turtle")) == 5


def test_no_marker_below_the_cap(client: FlaskClient) -> None:
    r = get(client, f"SELECT ?p WHERE {{ GRAPH <{G1}> {{ ?p a <{FOAF}Person> }} }}", format="json")
    assert "X-Hankegraafi-Truncated" not in r.headers
    assert "link" not in json.loads(r.data)["head"]


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX r: <http://127.0.0.1:9/> SELECT * FROM r:data WHERE { ?s ?p ?o }",
    ],
)
def test_remote_data_refused_before_execution(client: FlaskClient, query: str) -> None:
    r = get(client, query)
    assert r.status_code == 400
    assert r.text.startswith("400 query-refused: ")


def test_remote_protocol_dataset_refused(client: FlaskClient) -> None:
    r = client.get("/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": "http://127.0.0.1:9/x"}))
    assert r.status_code == 400
    assert "never fetches" in r.text


@pytest.mark.parametrize(
    ("how", "kwargs"),
    [
        ("form", {"data": {"update": f"CLEAR GRAPH <{G1}>"}}),
        (
            "direct",
            {"data": f"CLEAR GRAPH <{G1}>".encode(), "headers": {"Content-Type": "application/sparql-update"}},
        ),
        ("as query", {"data": {"query": f"DELETE WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}"}}),
        ("load", {"data": {"query": "LOAD <http://127.0.0.1:9/x.ttl>"}}),
    ],
)
def test_update_refused_on_public_endpoint(client: FlaskClient, how: str, kwargs: dict[str, object]) -> None:
    r = client.post("/sparql", **kwargs)  # type: ignore[arg-type]
    assert r.status_code in (400, 403), how
    still = json.loads(get(client, f"ASK {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").data)
    assert still["boolean"] is True


# -- service description, CORS, limits ---------------------------------------------------


def test_service_description(client: FlaskClient) -> None:
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    me = URIRef("http://localhost/sparql")
    assert (me, RDF.type, URIRef(sd + "Service")) in g
    assert (me, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g
    assert (me, URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")) in g
    formats = set(g.objects(me, URIRef(sd + "resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats
    assert URIRef(sd + "SPARQL11Update") not in set(g.objects(me, URIRef(sd + "supportedLanguage")))
    browser = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert browser.status_code == 303 and browser.headers["Location"].endswith("/editor")


def test_cors(client: FlaskClient) -> None:
    r = get(client, "ASK {}")
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "X-Hankegraafi-Truncated" in r.headers["Access-Control-Expose-Headers"]
    pre = client.options(
        "/sparql",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert pre.status_code == 204
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/queries").headers["Access-Control-Allow-Origin"] == "*"


def test_limits_document(client: FlaskClient) -> None:
    body = client.get("/sparql/limits").get_json()
    assert body["max_rows"] == 5 and body["max_request_bytes"] == 4000 and body["query_timeout"] == 10.0


def test_rate_limit_answers_429_with_retry_after(tmp_path: object) -> None:
    from pathlib import Path

    from hankegraafi.server import create_app
    from hankegraafi.store.embedded import EmbeddedStore
    from tests.server.conftest import server_config

    folder = Path(str(tmp_path)) / "store"
    store = EmbeddedStore(folder)
    try:
        client = create_app(server_config(folder, rate_limit="3/minute"), store=store).test_client()
        codes = [get(client, "ASK {}").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        last = get(client, "ASK {}")
        assert int(last.headers["Retry-After"]) >= 1
        other = client.get("/sparql?query=ASK%7B%7D", environ_base={"REMOTE_ADDR": "10.0.0.2"})
        assert other.status_code == 200  # per client
    finally:
        store.close()


# -- the token-protected routes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/update", {"data": {"update": f"CLEAR GRAPH <{G1}>"}}),
        (
            "put",
            f"/graph-store?graph={G1}",
            {"data": b"<urn:a> <urn:b> <urn:c> .", "headers": {"Content-Type": "application/n-triples"}},
        ),
        ("delete", f"/graph-store?graph={G1}", {}),
        ("post", "/ingest?name=doc.txt", {"data": b"Hanke", "headers": {"Content-Type": "text/plain"}}),
    ],
)
@pytest.mark.parametrize("auth", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x"])
def test_write_routes_need_the_token(
    writable_client: FlaskClient, method: str, path: str, kwargs: dict[str, object], auth: str | None
) -> None:
    headers = dict(kwargs.pop("headers", {}))  # type: ignore[call-overload]
    if auth:
        headers["Authorization"] = auth
    r = getattr(writable_client, method)(path, headers=headers, **kwargs)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    still = json.loads(get(writable_client, f"ASK {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").data)
    assert still["boolean"] is True


def test_write_routes_closed_without_a_configured_token(tmp_path: object) -> None:
    from pathlib import Path

    from hankegraafi.server import create_app
    from hankegraafi.store.embedded import EmbeddedStore
    from tests.server.conftest import server_config

    folder = Path(str(tmp_path)) / "store"
    store = EmbeddedStore(folder)
    try:
        client = create_app(server_config(folder, update_token=""), store=store).test_client()
        r = client.post("/update", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403
    finally:
        store.close()


def test_graph_store_put_and_delete(writable_client: FlaskClient) -> None:
    iri = "urn:hankegraafi:test:uploaded"
    body = f'<{EX}x> <{FOAF}name> "Uusi" .\n<{EX}y> <{FOAF}name> "Toinen" .\n'.encode()
    r = writable_client.put(
        f"/graph-store?graph={iri}", data=body, headers={**AUTH, "Content-Type": "application/n-triples"}
    )
    assert r.status_code == 200 and r.get_json() == {"graph": iri, "triples": 2}
    n = json.loads(
        get(writable_client, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}").data
    )
    assert n["results"]["bindings"][0]["n"]["value"] == "2"
    assert writable_client.delete(f"/graph-store?graph={iri}", headers=AUTH).status_code == 204
    assert writable_client.delete(f"/graph-store?graph={iri}", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("media", "body"),
    [
        ("application/n-triples", b"<urn:a> a <urn:b> .\n"),
        ("text/turtle", b"<urn:a> <urn:b> ."),
        ("text/turtle", b"@prefix x: <urn:x#> .\nx:a x:b x:c ;\n x:d"),
    ],
)
def test_graph_store_put_of_broken_rdf_is_400_naming_the_place(
    writable_client: FlaskClient, media: str, body: bytes
) -> None:
    """A body that is not the RDF its media type says is the sender's error, not ours (was 500)."""
    r = writable_client.put("/graph-store?graph=urn:x", data=body, headers={**AUTH, "Content-Type": media})
    assert r.status_code == 400
    assert "not valid " + {"application/n-triples": "nt", "text/turtle": "turtle"}[media] in r.get_data(
        as_text=True
    )


def test_graph_store_writes_rebuild_the_inferred_graph(writable_client: FlaskClient) -> None:
    """Issue 20: a document graph put or deleted through the graph store is a write like an ingest."""
    base = "https://w3id.org/hankegraafi/id/"
    graph, project = f"{base}graph/put-by-hand-txt", f"{base}project/put-by-hand"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    body = f"<{project}> <{rdf_type}> <https://w3id.org/hankegraafi/ontology#Investment> .\n".encode()
    entailed = f"ASK {{ GRAPH <{base}meta/inferred> {{ <{project}> a <http://data.europa.eu/s66#Project> }} }}"
    r = writable_client.put(
        f"/graph-store?graph={graph}", data=body, headers={**AUTH, "Content-Type": "application/n-triples"}
    )
    assert r.status_code == 200
    assert json.loads(get(writable_client, entailed).data)["boolean"] is True
    assert writable_client.delete(f"/graph-store?graph={graph}", headers=AUTH).status_code == 204
    assert json.loads(get(writable_client, entailed).data)["boolean"] is False


@pytest.mark.parametrize(
    ("media", "body", "needle"),
    [
        (
            "application/rdf+xml",
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
            "DOCTYPE",
        ),
        (
            "application/rdf+xml",
            # Lower case is no DOCTYPE to expat: the parser's own reader refuses it as not XML.
            b'<?xml version="1.0"?><!doctype r><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
            "not well-formed",
        ),
        (
            "application/rdf+xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'.encode("utf-16-le"),
            "DOCTYPE",
        ),
        ("application/ld+json", b'{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "urn:a"}', "remote"),
        (
            "application/ld+json",
            b'{"@context": [{"@import": "http://127.0.0.1:9/c"}], "@id": "urn:a"}',
            "remote",
        ),
        (
            "application/ld+json",
            b'{"@context": {"p": {"@id": "urn:p", "@context": "http://127.0.0.1:9/scoped"}}, "@id": "urn:a"}',
            "remote",
        ),
    ],
)
def test_graph_store_refuses_entities_and_remote_contexts(
    writable_client: FlaskClient, media: str, body: bytes, needle: str
) -> None:
    r = writable_client.put(
        "/graph-store?graph=urn:hankegraafi:test:evil", data=body, headers={**AUTH, "Content-Type": media}
    )
    assert r.status_code == 400
    assert needle in r.text


def test_ingest_route_stores_a_document(writable_client: FlaskClient) -> None:
    text = (
        "Hankesuunnitelma\n\nHankkeen nimi: Testikylän etäpalvelut\nHyvinvointialue: Kainuun hyvinvointialue\n"
        "Hankkeen tavoitteena on kehittää etäpalveluja.\n"
    ).encode()
    r = writable_client.post(
        "/ingest",
        data=text,
        headers={
            **AUTH,
            "Content-Type": "text/plain",
            "Content-Disposition": 'attachment; filename="../../tmp/Etä suunnitelma.txt"',
        },
    )
    assert r.status_code == 201, r.text
    body = r.get_json()
    assert body["file"] == "Etä_suunnitelma.txt"
    assert body["status"] == "stored" and body["triples"] > 0
    graph = body["graph"]
    ask = json.loads(get(writable_client, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").data)
    assert ask["boolean"] is True
    again = writable_client.post(
        "/ingest?name=Etä suunnitelma.txt", data=text, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"


@pytest.mark.parametrize(
    ("name", "status"),
    [("evil.exe", 415), ("noext", 415), ("..", 400), ("", 400), ("a.txt.sh", 415)],
)
def test_ingest_refuses_bad_names(writable_client: FlaskClient, name: str, status: int) -> None:
    r = writable_client.post(
        f"/ingest?{urlencode({'name': name})}" if name else "/ingest",
        data=b"x",
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert r.status_code == status, r.text


def test_ingest_size_limit_is_the_document_limit(tmp_path: object) -> None:
    from pathlib import Path

    from hankegraafi.server import create_app
    from hankegraafi.store.embedded import EmbeddedStore
    from tests.server.conftest import server_config

    folder = Path(str(tmp_path)) / "store"
    store = EmbeddedStore(folder)
    try:
        client = create_app(server_config(folder, max_document_bytes=10_000), store=store).test_client()
        r = client.post(
            "/ingest?name=big.txt", data=b"a" * 10_001, headers={**AUTH, "Content-Type": "text/plain"}
        )
        assert r.status_code == 413
        assert "10000 bytes" in r.text
    finally:
        store.close()
