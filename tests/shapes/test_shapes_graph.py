"""The shapes graph itself, the contact-detail patterns and how validation is isolated."""

from __future__ import annotations

import hashlib
import re
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SH

from hankegraafi.shapes import shapes_graph, validate
from hankegraafi.shapes.pii import CONTACT_PATTERN, has_contact_details, has_email, has_phone
from tests.shapes.casekit import HGSH, targeted_node_shapes
from tests.shapes.synthetic import complete_document


def test_every_property_shape_carries_its_node_shapes_severity():
    """pyshacl does not hand a node shape's sh:severity down to its property shapes."""
    g = shapes_graph()
    wrong = []
    for shape in targeted_node_shapes():
        severity = g.value(shape, SH.severity, default=SH.Violation)
        for prop in g.objects(shape, SH.property):
            own = g.value(prop, SH.severity, default=SH.Violation)
            if own != severity:
                wrong.append((str(shape), str(g.value(prop, SH.path)), str(own)))
    assert not wrong


def test_no_sparql_constraint_claims_a_severity_of_its_own():
    """A SPARQL constraint reports with its shape's severity, so one on the constraint misleads."""
    g = shapes_graph()
    constraints = set(g.objects(None, SH.sparql))
    assert constraints
    assert not [c for c in constraints if g.value(c, SH.severity) is not None]


def test_every_shape_has_a_finnish_and_an_english_message():
    g = shapes_graph()
    shapes = set(targeted_node_shapes())
    for shape in list(shapes):
        shapes.update(g.objects(shape, SH.property))
    shapes.update(g.objects(None, SH.sparql))
    shapes.update(s for s in g.subjects(RDF.type, SH.NodeShape))
    missing = [
        str(s)
        for s in shapes
        if {m.language for m in g.objects(s, SH.message) if isinstance(m, Literal)} < {"fi", "en"}
    ]
    assert not missing


def test_contact_pattern_in_the_shapes_is_the_python_one():
    g = shapes_graph()
    shape = HGSH.NoContactDetailsShape
    texts = [str(g.value(t, SH.select)) for t in g.objects(shape, SH.target)]
    texts += [str(g.value(c, SH.select)) for c in g.objects(shape, SH.sparql)]
    assert len(texts) == 2
    for text in texts:
        patterns = re.findall(r'REGEX\(\?\w+, "(.*)", "i"\)', text)
        assert patterns == [CONTACT_PATTERN]


@pytest.mark.parametrize(
    "text",
    [
        "maija.meikalainen@example.fi",
        "Palaute: palaute(at)example.fi",
        "palaute (at) example.fi",
        "p. 040 123 4567",
        "puh. 0401234567",
        "+358 40 7654321",
        "+358 (0)40 765 4321",
        "00358 9 1234 5678",
        "(06) 123 4567",
        "09-123 4567",
    ],
)
def test_contact_details_are_found(text: str):
    assert has_contact_details(text)


@pytest.mark.parametrize(
    "text",
    [
        "105 040 123 €",
        "Y-tunnus 0201256-6",
        "1.9.2021",
        "vuosina 2023-2025",
        "61 %",
        "KK-2023.4",
        "Q4/2025",
        "@hankegraafi",
        "info(at).",
        "40 123 käyntiä",
    ],
)
def test_near_misses_are_not_contact_details(text: str):
    assert not has_contact_details(text)


def test_email_and_phone_are_told_apart():
    assert has_email("a.b@example.fi") and not has_phone("a.b@example.fi")
    assert has_phone("040 123 4567") and not has_email("040 123 4567")


def test_checksums_are_not_scanned_for_phone_numbers():
    """About one checksum in 300 starts like a phone number to the shape's pattern ("0849029548…");
    hg:sha256 must not fail for it. (The Python check, shapes.pii, reads a digest as one since stop
    28; the shape's regular expression cannot, so the shape leaves checksums unscanned.)"""
    shape = re.compile(CONTACT_PATTERN, re.I)
    digests = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(3000)]
    looks_like_phone = [h for h in digests if shape.search(h)]
    assert len(looks_like_phone) >= 3
    assert not any(has_phone(h) for h in looks_like_phone)
    data = complete_document()
    doc = URIRef("https://w3id.org/hankegraafi/id/doc")
    data.remove((doc, URIRef("https://w3id.org/hankegraafi/ontology#sha256"), None))
    data.add((doc, URIRef("https://w3id.org/hankegraafi/ontology#sha256"), Literal(looks_like_phone[0])))
    assert validate(data).results == []


def test_validation_leaves_the_data_graph_alone():
    data = complete_document()
    before = set(data)
    validate(data)
    assert set(data) == before


class _Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = (
            b"@prefix sh: <http://www.w3.org/ns/shacl#> . "
            b"<urn:x:Evil> a sh:NodeShape ; sh:targetClass "
            b"<https://w3id.org/hankegraafi/ontology#Project> ; sh:class <urn:x:Nothing> ."
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_owl_imports_in_the_data_are_not_followed_nor_its_shapes_used():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/evil-shapes.ttl"
        data = complete_document()
        data.parse(
            data=f"""
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/evil> a owl:Ontology ; owl:imports <{url}> .
                <https://example.org/evil#Shape> a sh:NodeShape ;
                    sh:targetClass <https://w3id.org/hankegraafi/ontology#Project> ;
                    sh:class <https://example.org/evil#Nothing> .
            """,
            format="turtle",
        )
        report = validate(data)
        # The server does answer: the import would have been fetchable.
        with urllib.request.urlopen(url, timeout=5) as response:
            assert b"sh:NodeShape" in response.read()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert report.conforms and report.results == []
    assert _Recorder.requests == ["/evil-shapes.ttl"]  # only the check above, never validation


def test_contact_check_targets_what_the_sparql_target_finds() -> None:
    """Validation marks contact candidates in Python; the shapes file's SPARQL target must agree."""
    from importlib import resources

    import pyshacl
    from rdflib import Graph

    cases = resources.files("hankegraafi.shapes").joinpath("cases")
    for name in ("contact-details", "contact-details-near-misses"):
        data = Graph().parse(data=cases.joinpath(name, "data.ttl").read_text(encoding="utf-8"), format="turtle")
        ours = {
            (str(r.focus_node), str(r.value))
            for r in validate(data).results
            if "NoContact" in str(r.source_shape)
        }
        _c, report, _t = pyshacl.validate(
            data,
            shacl_graph=shapes_graph(),
            inference="none",
            advanced=True,
            allow_warnings=True,
            allow_infos=True,
        )
        sh = "http://www.w3.org/ns/shacl#"
        theirs = {
            (str(report.value(r, URIRef(sh + "focusNode"))), str(report.value(r, URIRef(sh + "value"))))
            for r in report.subjects(URIRef(sh + "sourceShape"), HGSH.NoContactDetailsShape)
        }
        assert ours == theirs, name
        if name == "contact-details":
            assert ours, "the case must hold contact details"
