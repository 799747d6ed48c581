"""The safety check decides from a parse with the SPARQL 1.1 grammar (issue 16, faults 1 and 11).

The old check was a hand lexer: ``ex:a·b\\#c`` made it skip the rest of the
line as a comment, and a SERVICE there ran. These tests hold the parse-based
check to every place a SERVICE or LOAD can stand, to the lexical corners
where two parsers could read one text differently, and to the nesting and
size bounds that keep a deep query from killing a query worker.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from hankegraafi.server import guard
from hankegraafi.store import sparqlparse
from hankegraafi.store.base import QuerySyntaxError, inject_values, query_form

REPO = Path(__file__).resolve().parents[2]
U = "http://127.0.0.1:9/x"
P = "PREFIX ex: <http://e/> "


def refused(text: str) -> bool:
    """True when the check stops the text (refused, or unreadable to it): nothing runs."""
    try:
        guard.scan(text)
    except (guard.Refused, guard.Unreadable):
        return True
    return False


FAULT_1 = [
    P + f"ASK {{ BIND(ex:a·b\\#c AS ?v) SERVICE <{U}> {{ ?s ?p ?o }} }}",
    P + f"SELECT * {{ BIND(ex:a·b\\#c AS ?v) SERVICE <{U}> {{ ?s ?p ?o }} }}",
    P + f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(ex:a·b\\#c AS ?v) SERVICE <{U}> {{ ?s ?p ?o }} }}",
    P + f"ASK {{ BIND(ex:a‿b\\#c AS ?v) SERVICE <{U}> {{ ?s ?p ?o }} }}",
    P + f"INSERT DATA {{ ex:a·b\\#c ex:p ex:o }} ; LOAD <{U}>",
    P + f"INSERT {{ ?s ?p ?o }} WHERE {{ BIND(ex:a·b\\#c AS ?v) SERVICE <{U}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("text", FAULT_1)
def test_fault_1_queries_are_refused(text: str) -> None:
    assert refused(text)


PLACES = [
    f"SELECT * {{ SERVICE <{U}> {{ ?s ?p ?o }} }}",
    f"select * {{ service silent <{U}> {{ ?s ?p ?o }} }}",
    "SELECT * { SERVICE ?where { ?s ?p ?o } }",
    f"SELECT * {{ {{ SELECT ?s {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }} }}",
    f"ASK {{ FILTER EXISTS {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ ?a ?b ?c FILTER NOT EXISTS {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ ?a ?b ?c MINUS {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ ?a ?b ?c OPTIONAL {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ GRAPH ?g {{ {{ {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }} }} }}",
    f"SELECT (EXISTS {{ SERVICE <{U}> {{ ?s ?p ?o }} }} AS ?x) {{}}",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{U}> {{ ?s ?p ?o }} }}",
    f"DESCRIBE ?s WHERE {{ SERVICE <{U}> {{ ?s ?p ?o }} }}",
    "PREFIX r: <http://127.0.0.1:9/> SELECT * { SERVICE r:x { ?s ?p ?o } }",
    "BASE <http://127.0.0.1:9/> SELECT * { SERVICE <x> { ?s ?p ?o } }",
    f"ASK {{ ?s ?p ?o # comment\r SERVICE <{U}> {{ ?a ?b ?c }} \n}}",
    f"LOAD <{U}>",
    f"LOAD SILENT <{U}> INTO GRAPH <urn:x:g>",
    f"CLEAR SILENT GRAPH <urn:x:g> ; LOAD <{U}>",
    f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{U}> {{ ?s ?p ?o }} }}",
    f"DELETE {{ ?s ?p ?o }} WHERE {{ OPTIONAL {{ SERVICE <{U}> {{ ?s ?p ?o }} }} }}",
    f"WITH <urn:x:g> DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 1 }} WHERE {{ SERVICE <{U}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("text", PLACES)
def test_service_and_load_are_refused_wherever_they_stand(text: str) -> None:
    with pytest.raises(guard.Refused, match=r"SERVICE|LOAD"):
        guard.scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "ASK { BIND('\\u0027' AS ?x) SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } BIND(''' AS ?y) }",
        'ASK { BIND("\\u0022" AS ?x) }',
        'ASK { ?s ?p "\\U0001F600" }',
    ],
)
def test_codepoint_escapes_are_refused_because_the_parsers_apply_them_differently(text: str) -> None:
    with pytest.raises(guard.Refused, match="escapes"):
        guard.scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # Names, strings and comments that hold the words or their look-alikes, all harmless.
        P + "SELECT ?service WHERE { ?service ex:load ex:SERVICE }",
        P + 'ASK { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }" }',
        P + "ASK { ?s ?p '''LOAD <http://127.0.0.1:9/>''' }",
        P + "ASK { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> { }",
        P + "ASK { ?s ex:a·b\\#c ?o . ?s ex:x%41‿y ?z }",
        P + "ASK { ?s <http://e/SERVICE#LOAD> ?o }",
        P + "ASK { ?s a ex:T ; ex:p ?o }",
    ],
)
def test_names_strings_and_comments_are_not_keywords(text: str) -> None:
    assert not refused(text)


def test_dataset_clauses_are_reported_resolved() -> None:
    scan = guard.scan(
        "BASE <http://b/> PREFIX r: <http://r/> SELECT * FROM <g1> FROM r:g2 FROM NAMED <http://n/> { ?s ?p ?o }"
    )
    assert scan.from_graphs == ["http://b/g1", "http://r/g2"]
    assert scan.from_named == ["http://n/"]
    assert scan.has_dataset and not scan.is_update
    update = guard.scan("WITH <urn:w> DELETE { ?s ?p ?o } USING <urn:u> USING NAMED <urn:n> WHERE { ?s ?p ?o }")
    assert update.is_update
    assert update.from_graphs == ["urn:w", "urn:u"] and update.from_named == ["urn:n"]
    # The project's prefixes are defaults, as in the engine.
    assert guard.scan("SELECT * FROM hg:x { ?s ?p ?o }").from_graphs == [
        "https://w3id.org/hankegraafi/ontology#x"
    ]


def test_an_update_is_told_apart_from_a_query() -> None:
    assert guard.scan("CLEAR SILENT GRAPH <urn:x:g>").is_update
    assert guard.scan("PREFIX a: <urn:a:> INSERT DATA { a:x a:y a:z }").is_update
    assert not guard.scan("PREFIX a: <urn:a:> ASK { a:x a:y a:z }").is_update


def test_text_the_check_cannot_read_is_a_syntax_error_with_its_position() -> None:
    with pytest.raises(QuerySyntaxError, match=r"^error at 1:6: .*could not read"):
        guard.scan("ASK {")
    with pytest.raises(QuerySyntaxError, match=r"^error at 2:1"):
        guard.scan("CLEAR SILENT GRAPH <urn:x:none> ;\nCLEAR XYZ")


DEEP = {
    "not": "ASK { FILTER(" + "!" * 100_000 + "true) }",
    "plus": "ASK { FILTER(" + "+".join(["1"] * 50_000) + " > 0) }",
    "or": "ASK { FILTER(" + "||".join(["true"] * 20_000) + ") }",
    "and": "ASK { FILTER(" + "&&".join(["true"] * 5_000) + ") }",
    "path": "PREFIX e: <http://e/> ASK { ?s " + "/".join(["e:p"] * 20_000) + " ?o }",
    "alternative": "PREFIX e: <http://e/> ASK { ?s " + "|".join(["e:p"] * 300) + " ?o }",
    "union": "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * 300) + " }",
    "brackets": "ASK { FILTER(" + "(" * 20_000 + "1" + ")" * 20_000 + ") }",
    "groups": "ASK " + "{" * 20_000 + "}" * 20_000,
    "minus": "ASK { FILTER(" + "-(" * 5_000 + "1" + ")" * 5_000 + ") }",
    "chain_300": "ASK { FILTER(" + "+".join(["1"] * 300) + " > 0) }",
    "brackets_300": "ASK { FILTER(" + "(" * 300 + "1" + ")" * 300 + ") }",
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_or_long_text_is_refused_quickly(name: str) -> None:
    started = time.monotonic()
    with pytest.raises((guard.Refused, guard.Unreadable)):
        guard.scan(DEEP[name])
    assert time.monotonic() - started < 10


def test_nesting_within_the_limit_is_read() -> None:
    ok = guard.MAX_NESTING - 20
    assert guard.scan("ASK { FILTER(" + "(" * ok + "1" + ")" * ok + ") }").depth <= guard.MAX_NESTING
    assert guard.scan("ASK { FILTER(" + "+".join(["1"] * ok) + " > 0) }").depth <= guard.MAX_NESTING
    assert guard.scan("ASK " + "{" * ok + "}" * ok).depth <= guard.MAX_NESTING


def test_a_recursion_error_in_the_parser_is_a_clean_refusal() -> None:
    # Deep enough that pyparsing runs out of frames before the tree could be counted.
    with pytest.raises(guard.Refused, match="nests deeper"):
        guard.scan("ASK " + "{" * 3_000 + "}" * 3_000)


def test_a_long_flat_run_of_patterns_is_refused_naming_the_run_and_read_when_split() -> None:
    """The grammar reads each pattern of a block one level deeper: 1 500 flat patterns had been refused as
    "nests deeper" alone, a cause the query does not have (R6, stop 44). The message names the run and the way
    out, which reads."""
    patterns = [f"?s <urn:p{i}> ?o{i}" for i in range(1_500)]
    with pytest.raises(guard.Refused, match=r"very long run of triple patterns .* split the run into groups"):
        guard.scan("SELECT * WHERE { " + " . ".join(patterns) + " }")
    split = " ".join("{ " + " . ".join(patterns[i : i + 500]) + " }" for i in range(0, 1_500, 500))
    assert guard.scan("SELECT * WHERE { " + split + " }").depth <= guard.MAX_NESTING


def test_a_megabyte_is_refused_by_the_budget_before_parsing() -> None:
    text = "SELECT * { VALUES ?x { " + " ".join(f"<urn:x:{i}>" for i in range(80_000)) + " } }"
    assert len(text) > 1_000_000
    started = time.monotonic()
    with pytest.raises(guard.Refused, match="too large"):
        guard.scan(text)
    assert time.monotonic() - started < 2


def catalogue_queries() -> list[Path]:
    return sorted((REPO / "queries").glob("*.rq"))


@pytest.mark.parametrize("path", catalogue_queries(), ids=lambda p: p.stem)
def test_every_catalogue_query_passes_and_is_cached(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    scan = guard.scan(text)
    assert not scan.is_update and not scan.has_dataset
    hits = sparqlparse.CACHE.hits
    guard.scan(text)
    assert sparqlparse.CACHE.hits == hits + 1  # parsed once: the second scan is the cache's


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("# SELECT\nPREFIX a: <urn:a#> # ASK {\nconstruct { ?s ?p ?o } where { ?s ?p ?o }", "CONSTRUCT"),
        ("BASE <urn:b> ASK {}", "ASK"),
        ("DESCRIBE <urn:x>", "DESCRIBE"),
        ("PREFIX : <urn:x#>\tSELECT * {}", "SELECT"),
    ],
)
def test_query_form_is_read_by_the_grammar(text: str, form: str) -> None:
    assert query_form(text) == form


def test_query_form_refuses_an_update() -> None:
    with pytest.raises(QuerySyntaxError, match="expected SELECT"):
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_inject_values_finds_the_where_brace_past_braces_in_strings_comments_and_templates() -> None:
    text = (
        "PREFIX a: <urn:a#> # a comment with { a brace\n"
        'CONSTRUCT { ?s a:p "{" } WHERE # {\n'
        '{ ?s ?p ?o FILTER(?o != "}{") }'
    )
    out = inject_values(text, {"s": URIRef("urn:x"), "o": Literal("v#{")})
    assert 'WHERE \n{ VALUES (?s ?o) { (<urn:x> "v#{") }' in out
    assert "comment" not in out
    assert guard.scan(out).is_update is False
