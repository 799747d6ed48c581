"""The guard's reading through a query's shape (store/sparqlshape.py) is the text's own (issue 17).

``sparqlparse.read`` reads a text through its shape (absolute IRIs and plain strings put in one
form) and keeps that reading only when it holds none of the text's IRIs. Here every text's reading
that way is compared with the grammar's parse of the text itself, for the project's own queries,
for texts built to put IRIs, strings, comments and comparisons where the two could differ, and for
generated texts; and one parse serves a shape's many texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hankegraafi.store import sparqlparse, sparqlshape

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    sparqlparse.CACHE.clear()
    sparqlparse.SHAPES.clear()
    yield
    sparqlparse.CACHE.clear()
    sparqlparse.SHAPES.clear()


def _outcome(fn: object, text: str) -> object:
    try:
        return fn(text)  # type: ignore[operator]
    except sparqlparse.SparqlError as exc:
        return (type(exc).__name__, str(exc))


def _direct(text: str) -> sparqlparse.Reading:
    clean = sparqlparse.for_parser(text)
    tree, is_update = sparqlparse._parse(clean)
    return sparqlparse._walk(tree, is_update)


def _same(text: str) -> None:
    sparqlparse.CACHE.clear()
    through = _outcome(sparqlparse.read, text)
    assert through == _outcome(_direct, text), text
    try:
        form = _outcome(sparqlparse.query_form, text)
        head = _outcome(lambda t: sparqlparse._head(t)[0], text)
    except RecursionError:  # pragma: no cover
        return
    assert form == head, text


def _rq_texts() -> list[str]:
    files = sorted((ROOT / "queries").glob("*.rq")) + sorted((ROOT / "server").rglob("*.rq"))
    return [f.read_text(encoding="utf-8") for f in files]


def test_the_project_queries_read_the_same_through_their_shapes() -> None:
    texts = _rq_texts()
    shaped = [t for t in texts if sparqlshape.shape(sparqlparse.for_parser(t)) not in (None,)]
    assert len(shaped) >= len(texts) // 2  # most catalogue and page queries have a shape
    for text in texts:
        _same(text)


P = "<https://w3id.org/hankegraafi/id/project/synth-000001>"
#: Texts where a lexer and the grammar could part: each read through its shape as by itself.
CORNERS = [
    f"ASK {{ {P} ?p ?o FILTER(isLiteral(?o)) }}",
    f"SELECT ?o WHERE {{ {P} ?p ?o FILTER(?o = \"x\" || ?o = 'y') }} LIMIT 5",
    f'SELECT ?o WHERE {{ {P} ?p ?o FILTER(STR(?o) = "SERVICE <http://127.0.0.1:1/> {{ }}") }}',
    f"SELECT * WHERE {{ {P} ?p ?o }} # SERVICE <http://127.0.0.1:1/> {{ ?s ?p ?o }}\n",
    f'SELECT * WHERE {{ {P} ?p "a#b" . ?s ?p <http://x/#a> }}',
    f"SELECT * FROM <http://x/g> WHERE {{ {P} ?p ?o }}",
    f"SELECT * FROM NAMED <http://x/g> WHERE {{ GRAPH ?g {{ {P} ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:1/> {{ {P} ?p ?o }} }}",
    f"SELECT * WHERE {{ {P} ?p ?o SERVICE <http://127.0.0.1:1/> {{ ?o ?q ?r }} }}",
    "LOAD <http://127.0.0.1:1/data>",
    f"INSERT DATA {{ {P} <http://x/p> 'v' }}",
    f"CONSTRUCT {{ {P} ?p ?o }} WHERE {{ {P} ?p ?o }}",
    f"DESCRIBE {P}",
    f'SELECT ?o WHERE {{ {P} ?p ?o FILTER(?o = "1"^^<http://www.w3.org/2001/XMLSchema#integer>) }}',
    f'SELECT ?o WHERE {{ {P} ?p ?o FILTER(?o = "x"@fi) }}',
    # comparisons, relative and non-authority IRIs, escapes, long strings: no shape, read as they stand
    f"SELECT ?o WHERE {{ {P} ?p ?o FILTER(?o<<http://x/>) }}",
    "SELECT * WHERE { FILTER(?a<'x'>') SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } FILTER(?b>'') }",
    "SELECT * WHERE { FILTER(?a<urn:x>?b) }",
    "SELECT * WHERE { <urn:x> ?p ?o }",
    "SELECT * WHERE { <a> ?p ?o }",
    "PREFIX ex: <http://x/> SELECT * WHERE { ex:a\\#b ?p 'c' } # SERVICE <http://127.0.0.1:1/> {}",
    "SELECT * WHERE { ?s ?p '''a\n# SERVICE <http://127.0.0.1:1/> { }\n''' }",
    'SELECT * WHERE { ?s ?p "a""" }',
    "SELECT * WHERE { ?s ?p 'a\\'b' }",
    'SELECT * WHERE { ?s ?p "unterminated }',
    "SELECT * WHERE { ?s ?p <http://x/a b> }",
]
NO_SHAPE = CORNERS[15:]
CORNERS += [f"SELECT * WHERE {{ {P} ?p ?o }} extra", "SELECT * WHERE { ?s ?p \"\"'' }"]


@pytest.mark.parametrize("text", CORNERS)
def test_corners_read_the_same_through_their_shapes(text: str) -> None:
    _same(text)


def test_no_shape_where_a_token_could_read_otherwise() -> None:
    for text in NO_SHAPE:
        assert sparqlshape.shape(sparqlparse.for_parser(text)) is None, text


def test_a_shape_is_parsed_once_for_its_texts_and_its_refusals_are_the_texts_own() -> None:
    template = (
        "SELECT ?o WHERE {{ <https://w3id.org/hankegraafi/id/project/synth-{:06d}> ?p ?o FILTER(isIRI(?o)) }}"
    )
    misses = sparqlparse.SHAPES.misses
    readings = {sparqlparse.read(template.format(n)) for n in range(20)}
    assert len(readings) == 1 and sparqlparse.SHAPES.misses == misses + 1
    # the same shape with a SERVICE of the text's own: the shape's reading has it, the text is parsed
    evil = "SELECT * WHERE {{ SERVICE <http://{}/> {{ ?s ?p ?o }} }}"
    assert [sparqlparse.read(evil.format(h)).services for h in ("127.0.0.1:1", "example.org")] == [
        ("http://127.0.0.1:1/",),
        ("http://example.org/",),
    ]
    graphs = "SELECT * FROM <http://x/{}> WHERE {{ ?s ?p ?o }}"
    assert [sparqlparse.read(graphs.format(g)).from_graphs for g in "ab"] == [("http://x/a",), ("http://x/b",)]


#: Terms of generated texts: IRIs, strings and literals of every kind, variables, names.
_TERM = st.sampled_from(
    [
        "?s",
        "?o",
        "ex:a",
        "1",
        "<http://a/>",
        "<http://a/#x>",
        "<https://b/c?d=1&e='f'>",
        "<urn:x>",
        "<x>",
        '"s"',
        "'s'",
        '"a#b"',
        "'a\"b'",
        '"it\'s"',
        '"} SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } #"',
        "'<http://a/> > ?x'",
        '""',
        "''",
        '"""l"""',
        '"x"@fi',
        '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"1"^^ex:t',
        "ex:a\\#b",
    ]
)
_FILLER = st.sampled_from(
    ["", " ", "\n", " # c 'x' <http://a/> \"\n", "#\n", "<", ">", "'", '"', "\\", "{", "}"]
)
_CLAUSE = st.one_of(
    st.tuples(_TERM, _TERM, _TERM).map(lambda t: f"{t[0]} <http://p/> {t[2]} . {t[1]} ?p ?o ."),
    st.tuples(_TERM, _TERM).map(lambda t: f"FILTER({t[0]} = {t[1]})"),
    st.tuples(_TERM, _TERM).map(lambda t: f"FILTER({t[0]}<{t[1]})"),
    st.tuples(_TERM, _TERM).map(lambda t: f"FILTER({t[0]} > {t[1]} || isIRI({t[0]}))"),
    _TERM.map(lambda t: f"OPTIONAL {{ ?s ?p {t} }}"),
    _TERM.map(lambda t: f"BIND(STR({t}) AS ?b)"),
    _TERM.map(lambda t: f"SERVICE <http://127.0.0.1:1/> {{ ?s ?p {t} }}"),
    _TERM.map(lambda t: f"GRAPH <http://g/> {{ ?s ?p {t} }}"),
    _FILLER,
)
_BODY = st.lists(st.tuples(_CLAUSE, st.sampled_from([" ", "\n", ""])).map("".join), max_size=6).map("".join)
_HEADS = [
    "PREFIX ex: <http://x/> SELECT * WHERE { ",
    "PREFIX ex: <http://x/> ASK { ",
    "PREFIX ex: <http://x/>\n# a comment <http://c/> 'q'\nSELECT ?o WHERE { <http://q/> ?p ?o . ",
    "PREFIX ex: <http://x/>\nSELECT * FROM <http://g/> WHERE { ",
    "PREFIX ex: <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { ",
]
USED = {"shape": 0, "all": 0}


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(head=st.sampled_from(_HEADS), body=_BODY, tail=st.sampled_from(["}", "} LIMIT 3", "", "}}"]))
def test_generated_texts_read_the_same_through_their_shapes(head: str, body: str, tail: str) -> None:
    text = head + body + tail
    _same(text)
    USED["all"] += 1
    try:
        shaped = sparqlshape.shape(sparqlparse.for_parser(text)) is not None
        USED["shape"] += shaped and isinstance(_direct(text), sparqlparse.Reading)
    except sparqlparse.SparqlError:
        pass


def test_the_generated_texts_went_through_shapes() -> None:
    if USED["all"]:  # the generated test ran in this process before this one
        assert USED["shape"] >= USED["all"] // 5, USED
