"""``inject_values`` strips a query's comments once a text (its two halves around the WHERE brace,
kept) and not at each call: the text it gives is the text stripped whole with the VALUES block put
in, byte for byte (the stored answers are keyed by its digest), also where a token of the comment
scan runs across the brace (a prefixed name's escaped ``\\#``: then the whole is stripped)."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from hankegraafi.queries import answers
from hankegraafi.store import sparqlparse
from hankegraafi.store.base import inject_values, sparql_term

P = "PREFIX ex: <http://e/> "
TEXTS = [
    "PREFIX a: <urn:a#> # a comment with { a brace\n"
    'CONSTRUCT { ?s a:p "{" } WHERE # {\n'
    '{ ?s ?p ?o FILTER(?o != "}{") }',
    P + "SELECT ?s (ex:a\\#b AS ?x) WHERE { ?s ?p ?o } # the comment scan runs from the name across the brace",
    P + 'SELECT * WHERE { # it\'s a note\n ?s ?p \'x\' . ?s ?p """a # b""" }',
    P + "SELECT * WHERE {# a comment at once\n?s ?p <urn:x#y> }\n# the end",
    "ASK{?s ?p ?o}",
]
BINDINGS: list[dict[str, Identifier]] = [
    {"s": URIRef("urn:x#frag")},
    {"s": URIRef("urn:x"), "o": Literal("v#{ \"\n\\ '", lang="fi")},
    {"p": BNode("b0"), "o": Literal("1", datatype=XSD.integer)},
]


def _whole(sparql: str, bindings: dict[str, Identifier]) -> str:
    """What inject_values gave before stop 56: the whole text stripped at each call."""
    brace = sparqlparse.where_brace(sparql)
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return sparqlparse.strip_comments(sparql[: brace + 1] + block + sparql[brace + 1 :])


@pytest.mark.parametrize("text", TEXTS)
def test_the_text_is_the_whole_stripped_with_the_block_in(text: str) -> None:
    for bindings in BINDINGS:
        assert inject_values(text, bindings) == _whole(text, bindings)
        assert inject_values(text, bindings) == _whole(text, bindings)  # and again, from what is kept


def test_every_stored_answers_call_is_the_text_it_was() -> None:
    for name, params in answers.calls():
        text, bindings = answers.get(name).bind(params)
        assert answers.call_text(name, params) == (_whole(text, bindings) if bindings else text), name
