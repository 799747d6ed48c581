"""Golden files: our invented fixtures, every kind in every format, against expected Turtle.

The fixtures are written by scripts/make_fixtures.py and committed; the
expected graphs beside them (``<fixture>.expected.ttl``) are rewritten only
with ``pytest tests/ingest --regen-golden``. Graphs are compared as graphs
(rdflib isomorphism), not as text.

Across formats the same content must give the same graph. Two things may
differ by format and are set aside in that comparison, on purpose:
the document's own identity (its IRI and every fact IRI minted under it come
from the file name, and ``hg:fileName`` is the file name), and the provenance
spans (a PDF or an HTML page puts the same text on other line numbers). The
spans are checked per format instead: each one's quote must be the text of the
lines it names in that format's reading of the file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF

from hankegraafi.ingest.readers import read_document
from hankegraafi.ontology.namespaces import HG, slugify
from hankegraafi.shapes import validate
from tests.ingest.conftest import FIXTURES, build, sparql

FORMATS = ("txt", "html", "pdf", "docx")
NAMES = ("loppuraportti", "tilanneraportti", "innokyla", "hankesuunnitelma")
KINDS = {
    "loppuraportti": "final-report",
    "tilanneraportti": "status-report",
    "innokyla": "innokyla-page",
    "hankesuunnitelma": "project-plan",
}
FILES = [f"{name}.{ext}" for name in NAMES for ext in FORMATS]


def _diff(expected: Graph, actual: Graph, limit: int = 15) -> str:
    _both, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {t}" for t in sorted(missing)[:limit]] + [f"+ {t}" for t in sorted(extra)[:limit]]
    return f"{len(missing)} triples missing, {len(extra)} unexpected:\n" + "\n".join(lines)


def test_every_fixture_is_present():
    missing = [f for f in FILES if not (FIXTURES / f).is_file()]
    assert not missing, f"run .venv/bin/python scripts/make_fixtures.py: missing {missing}"


@pytest.mark.parametrize("file_name", FILES)
def test_golden(file_name, request):
    path = FIXTURES / file_name
    actual = build(path)
    expected_path = path.with_name(path.name + ".expected.ttl")
    # The option exists only when pytest starts in or below tests/ingest (see conftest.py there).
    if request.config.getoption("--regen-golden", default=False):
        expected_path.write_text(actual.serialize(format="turtle"), encoding="utf-8")
    assert expected_path.is_file(), (
        f"no expected graph: run pytest tests/ingest --regen-golden ({expected_path})"
    )
    expected = Graph().parse(expected_path, format="turtle")
    assert isomorphic(expected, actual), _diff(expected, actual)
    kind = KINDS[path.stem]
    assert sparql(actual, "SELECT ?k { ?d a hg:SourceDocument ; hg:documentKind ?k }") == [
        (URIRef(f"https://w3id.org/hankegraafi/vocab/document-kind/{kind}"),)
    ]
    report = validate(actual)
    assert report.conforms, report.render("en")


def _format_free(graph: Graph, file_name: str) -> Graph:
    """``graph`` without what legitimately depends on the file's format (see the module docstring)."""
    key = slugify(file_name)
    spans = set(graph.subjects(RDF.type, HG.SourceSpan))
    out = Graph()

    def norm(term):
        if isinstance(term, URIRef):
            if term in spans:
                return URIRef("urn:span")
            return URIRef(re.sub(rf"(?<=/){re.escape(key)}(?=/|$)", "DOCUMENT", str(term)))
        return term

    # The coverage report's line figures count the lines of the format (a PDF breaks lines).
    by_line = {HG.fileName, HG.linesUsed, HG.linesUnused, HG.unusedLines}
    for s, p, o in graph:
        if s in spans or (p in by_line and (s, RDF.type, HG.SourceDocument) in graph):
            continue
        out.add((norm(s), p, norm(o)))
    return out


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("ext", ["html", "pdf", "docx"])
def test_same_content_same_graph_in_every_format(name, ext):
    reference = _format_free(build(FIXTURES / f"{name}.txt"), f"{name}.txt")
    other = _format_free(build(FIXTURES / f"{name}.{ext}"), f"{name}.{ext}")
    assert len(reference) > 50
    assert isomorphic(reference, other), _diff(reference, other)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s~|]+", "", text)


@pytest.mark.parametrize("file_name", FILES)
def test_spans_quote_the_lines_they_name(file_name):
    path = FIXTURES / file_name
    graph = build(path)
    lines = read_document(path, max_bytes=10_000_000).lines
    spans = list(graph.subjects(RDF.type, HG.SourceSpan))
    assert len(spans) >= 5
    for span in spans:
        first, last = int(graph.value(span, HG.firstLine)), int(graph.value(span, HG.lastLine))
        assert 1 <= first <= last <= len(lines), (span, first, last)
        quote = _squeeze(str(graph.value(span, PROV.value)))
        named = _squeeze(" ".join(lines[first - 1 : last]))
        # Extraction joins a field's label and value and may drop list markers: the start of
        # what the quote says must be on the lines it names.
        head = quote[:24].lstrip("-•–0123456789.")
        assert head and head[:16] in named, (
            f"{file_name} lines {first}-{last}: {quote[:60]!r} not in {named[:120]!r}"
        )


def test_regenerated_fixtures_match_the_committed_ones(tmp_path):
    """The script still writes the text formats we test (PDF and DOCX are checked through their graphs)."""
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_fixtures.py"
    module = runpy.run_path(str(script))
    for name, (kind, blocks) in module["DOCUMENTS"].items():
        assert (FIXTURES / f"{name}.txt").read_text(encoding="utf-8") == module["to_text"](kind, blocks)
        assert (FIXTURES / f"{name}.html").read_text(encoding="utf-8") == module["to_html"](kind, name, blocks)
