"""Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, U+FFFE, U+FFFF) never reach an answer.

A literal holding U+0001 is valid SPARQL and RDF, but every XML answer showing it (SPARQL XML
results, RDF/XML, the Atom feed) was an HTTP 200 that no XML parser reads. The class is closed
where such characters come in: a document's reader drops them, a query, an update or an RDF
body holding one is refused naming the place (hankegraafi/xmlchars.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode
from xml.dom.minidom import parseString

import pytest
from flask.testing import FlaskClient

from hankegraafi.ingest.readers import read_bytes
from hankegraafi.rdfinput import RdfSyntaxError, parse_untrusted
from hankegraafi.store import sparqlparse
from hankegraafi.xmlchars import FORBIDDEN
from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/hankegraafi-test/"
GRAPH = "urn:hankegraafi:test:controls"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

#: One of each kind XML 1.0 leaves out, and the form feed a PDF or text export puts between pages.
BAD = ["\x00", "\x01", "\x1b", "\x0c", "\ufffe", "\uffff"]


def _count(client: FlaskClient) -> int:
    r = client.get(
        "/sparql?" + urlencode({"query": COUNT}), headers={"Accept": "application/sparql-results+json"}
    )
    return int(json.loads(r.data)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("char", BAD, ids=[f"U+{ord(c):04X}" for c in BAD])
def test_a_query_holding_the_character_is_refused_with_its_place(client: FlaskClient, char: str) -> None:
    query = f'SELECT ?x WHERE {{ VALUES ?x {{ "a{char}b" }} }}'
    with pytest.raises(sparqlparse.Unreadable, match=rf"1:33: .*U\+{ord(char):04X}"):
        sparqlparse.read(query)
    for accept in ("application/sparql-results+xml", "application/sparql-results+json"):
        r = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
        assert r.status_code == 400, r.data
        assert f"U+{ord(char):04X}".encode() in r.data and b"1:33" in r.data


def test_an_update_holding_the_character_is_refused_and_changes_nothing(writable_client: FlaskClient) -> None:
    before = _count(writable_client)
    update = f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{EX}x> <{EX}p> "a\x01b" }} }}'
    r = writable_client.post("/update", data={"update": update}, headers=AUTH)
    assert r.status_code == 400 and b"U+0001" in r.data
    assert _count(writable_client) == before


@pytest.mark.parametrize(
    ("media", "body"),
    [
        ("application/n-triples", f'<{EX}x> <{EX}p> "a\x01b" .\n'),
        ("text/turtle", f'<{EX}x> <{EX}p> "a\\u0001b" .\n'),  # an escape the parser resolves
        ("text/turtle", f'<{EX}x> <{EX}p> "a\\uFFFEb" .\n'),
        ("text/turtle", f"<{EX}x> <{EX}p> <{EX}a\\u0001b> .\n"),
        pytest.param(
            "application/ld+json",
            json.dumps({"@id": f"{EX}x", f"{EX}p": "a\u000cb"}),
            marks=pytest.mark.filterwarnings("ignore::DeprecationWarning"),  # rdflib's JSON-LD reader
        ),
    ],
    ids=["nt-raw", "ttl-escape", "ttl-fffe", "ttl-iri", "jsonld"],
)
def test_an_rdf_body_holding_the_character_is_refused_naming_the_triple(
    writable_client: FlaskClient, media: str, body: str
) -> None:
    with pytest.raises(RdfSyntaxError, match=rf"<{EX}x> <{EX}p>.*U\+"):
        parse_untrusted(
            body.encode(), {"application/n-triples": "nt", "text/turtle": "turtle"}.get(media, "json-ld")
        )
    before = _count(writable_client)
    r = writable_client.put(
        f"/graph-store?graph={GRAPH}", data=body.encode(), headers={**AUTH, "Content-Type": media}
    )
    assert r.status_code == 400, r.data
    assert b"U+" in r.data and f"{EX}x".encode() in r.data
    assert _count(writable_client) == before


def test_a_clean_rdf_body_with_tab_and_line_feed_is_stored(writable_client: FlaskClient) -> None:
    body = f'<{EX}x> <{EX}p> "a\\tb\\nc\\rd €" .\n'.encode()
    r = writable_client.put(
        f"/graph-store?graph={GRAPH}", data=body, headers={**AUTH, "Content-Type": "application/n-triples"}
    )
    assert r.status_code == 200 and r.get_json()["triples"] == 1
    r = writable_client.get(
        "/sparql?" + urlencode({"query": f"SELECT ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"}),
        headers={"Accept": "application/sparql-results+xml"},
    )
    literal = parseString(r.data).getElementsByTagName("literal")[0].firstChild
    assert literal is not None and literal.nodeValue == "a\tb\nc\nd €"  # XML reads CR as LF


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "refs.html",
            b"<html><body><main><h1>Hanke &#1;Kotihoito&#x1b;[31m&#xFFFE;</h1>"
            b"<p>Pirkanmaan hyvinvointialue \x0bkehitt\xc3\xa4\xc3\xa4 kotihoitoa.\x0c</p></main></body></html>",
        ),
        (
            "page.txt",
            "Hanke Kotihoito\x0c seuraava sivu \ufffe\nPirkanmaan hyvinvointialue\x1b kehittää.\n".encode(),
        ),
    ],
)
def test_a_reader_drops_the_characters_and_keeps_the_text(name: str, data: bytes) -> None:
    document = read_bytes(data, file_name=name, max_bytes=1_000_000)
    assert not any(FORBIDDEN.search(line) for line in document.lines), document.lines
    text = " ".join(document.lines)
    assert "Kotihoito" in text and "Pirkanmaan hyvinvointialue" in text and "kehittää" in text


def test_a_document_read_so_gives_xml_answers_that_parse(tmp_path: Path) -> None:
    """End to end: ingest a page with character references to controls; every literal answers in XML."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    page = tmp_path / "kotihoito.html"
    page.write_text(
        "<html><body><main><h1>Kotihoidon &#1;etäpalvelut&#x1b; -hanke</h1>"
        "<p>Hankkeen toteuttaa Pirkanmaan hyvinvointialue.\x0c Hanke kehittää kotihoidon "
        "etäpalveluja ja käyttää Omaolo-palvelua.</p></main></body></html>",
        encoding="utf-8",
    )
    store = EmbeddedStore(tmp_path / "store")
    try:
        outcome = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={})).ingest(page)
        xml = store.query_serialized(
            "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o)) } }", "application/sparql-results+xml"
        )
    finally:
        store.close()
    assert outcome.status == "stored", outcome
    values = [n.firstChild.nodeValue for n in parseString(xml).getElementsByTagName("literal") if n.firstChild]
    assert any("etäpalvelut" in v for v in values)


def test_a_file_name_with_control_characters_is_stored_marked(tmp_path: Path) -> None:
    """A file name is text of the OS's choosing: 'raportti\\x01\\x1b.txt' was stored as hg:fileName."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.store.embedded import EmbeddedStore

    page = tmp_path / "kotihoito\x01\x1b[0m.html"
    page.write_text(
        "<html><body><main><h1>Kotihoidon etäpalvelut -hanke</h1>"
        "<p>Hankkeen toteuttaa Pirkanmaan hyvinvointialue. Hanke kehittää kotihoidon "
        "etäpalveluja ja käyttää Omaolo-palvelua.</p></main></body></html>",
        encoding="utf-8",
    )
    store = EmbeddedStore(tmp_path / "store")
    try:
        outcome = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={})).ingest(page)
        xml = store.query_serialized(
            "SELECT ?o WHERE { GRAPH ?g { ?s <https://w3id.org/hankegraafi/ontology#fileName> ?o } }",
            "application/sparql-results+xml",
        )
    finally:
        store.close()
    assert outcome.status == "stored", outcome
    names = {n.firstChild.nodeValue for n in parseString(xml).getElementsByTagName("literal") if n.firstChild}
    assert names == {"kotihoito\ufffd\ufffd[0m.html"}


@pytest.mark.parametrize(
    ("suffix", "body"),
    [
        ("nq", f'<{EX}x> <{EX}p> "a\\u0001b" <{GRAPH}> .\n'),
        ("ttl", f'<{EX}x> <{EX}p> "ok" .\n<{EX}y> <{EX}p> "b\x1bc" .\n'),
    ],
)
def test_load_refuses_a_file_holding_the_character_and_loads_nothing(
    tmp_path: Path, suffix: str, body: str
) -> None:
    from typer.testing import CliRunner

    from hankegraafi.cli import app
    from hankegraafi.store.embedded import EmbeddedStore

    EmbeddedStore(tmp_path / "store").close()
    data = tmp_path / f"data.{suffix}"
    data.write_text(body, encoding="utf-8")
    result = CliRunner().invoke(app, ["load", str(data), "--store", str(tmp_path / "store"), "--no-derive"])
    assert result.exit_code == 1, result.output
    assert "U+00" in result.output and "nothing was loaded" in result.output
    store = EmbeddedStore(tmp_path / "store")
    try:
        assert store.count() == 0
    finally:
        store.close()


@pytest.mark.parametrize(
    ("kind", "raw", "char"),
    [
        ("string", "Omaolo\x01", "U+0001"),
        ("string", "a\x1bb", "U+001B"),
        ("iri", "http://x.example/a\ufffe", ""),
    ],
)
def test_a_catalogue_parameter_holding_the_character_is_refused_by_its_name(
    kind: str, raw: str, char: str
) -> None:
    """Said of the parameter, not of the place in the query text it was written into ('error at 8:32')."""
    from hankegraafi.queries.catalogue import Param, ParameterError, convert

    with pytest.raises(ParameterError, match=rf"parameter 'p'.*{re.escape(char)}"):
        convert("q", Param(name="p", type=kind, required=True), raw)
