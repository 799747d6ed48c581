"""A page query's bound variable is written in as its IRI (``iris.write_in``), only where the
grammar reads a variable: not inside a string, an IRI or a comment, not a longer name, and each
call with its own IRIs although the text's cut is read once (``iris._pieces``)."""

from __future__ import annotations

from importlib.resources import files

import pytest
from rdflib import Literal, URIRef

from hankegraafi.server.pages import iris
from hankegraafi.server.pages.builder import card_query, sparql
from hankegraafi.server.pages.iris import NotAnIri, write_in

A = URIRef("https://w3id.org/hankegraafi/id/project/a")
B = URIRef("https://w3id.org/hankegraafi/vocab/county/08")

TEXT = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# ?this in a comment stays
SELECT ?label ?thisOne WHERE {
  ?this rdfs:label ?label . $this <urn:x:?this> "?this" .
  BIND(?this AS ?s) FILTER(?label != '''?this
 spans''' && ?other != "a \\" ?this")
}"""

WRITTEN = f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# ?this in a comment stays
SELECT ?label ?thisOne WHERE {{
  <{A}> rdfs:label ?label . <{A}> <urn:x:?this> "?this" .
  BIND(<{A}> AS ?s) FILTER(?label != '''?this
 spans''' && ?other != "a \\" ?this")
}}"""


def substituted(text: str, bindings: dict[str, URIRef]) -> str:
    """Each variable token replaced by the grammar's scan of the whole text, as write_in did before
    it kept the cut of each text: the reference the kept cut must equal."""
    terms = {name: f"<{value}>" for name, value in bindings.items()}
    return iris._TOKENS.sub(
        lambda m: terms.get(m.group("var")[1:], m.group()) if m.group("var") else m.group(), text
    )


def test_only_the_variables_the_grammar_reads_are_written_in() -> None:
    assert write_in(TEXT, {"this": A}) == WRITTEN
    assert write_in(TEXT, {"this": A, "other": B}) == WRITTEN.replace('?other != "a', f'<{B}> != "a')
    assert write_in(TEXT, {}) == TEXT


def test_each_call_writes_its_own_iris_into_a_text_cut_once() -> None:
    first, second, first_again = (
        write_in(TEXT, {"this": A}),
        write_in(TEXT, {"this": B}),
        write_in(TEXT, {"this": A}),
    )
    assert first == first_again == WRITTEN
    assert second == WRITTEN.replace(str(A), str(B))
    assert iris._pieces(TEXT) is iris._pieces(TEXT)


def test_every_page_query_is_written_in_as_the_whole_texts_scan_writes_it() -> None:
    names = sorted(
        p.name[:-3] for p in (files("hankegraafi.server.pages") / "sparql").iterdir() if p.name.endswith(".rq")
    )
    assert len(names) >= 10
    texts = [sparql(name) for name in names] + [card_query()]
    for text in texts:
        for bindings in ({"this": A}, {"this": B, "region": A}, {}):
            assert write_in(text, bindings) == substituted(text, bindings)


@pytest.mark.parametrize(
    "value", [Literal("https://example.org/x"), URIRef("urn:x:a b"), URIRef("https://e/x>y")]
)
def test_anything_but_an_iri_is_refused(value: object) -> None:
    with pytest.raises(NotAnIri):
        write_in(TEXT, {"this": value})
