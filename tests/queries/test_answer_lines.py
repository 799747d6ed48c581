"""The stored answers written as N-Triples lines (queries/answers.WrittenLines) are the engine's lines.

The answers step writes its triples as the lines the engine writes (issue 17: no rdflib graph in
between); each must be exactly the line the engine's own writer gives (store/graphdiff.lines_of),
or the difference written after each write would delete and insert what did not change, or miss it.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import ClassVar

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from hankegraafi.queries import answers
from hankegraafi.queries.pieces import term_of
from hankegraafi.store import graphdiff
from hankegraafi.store.embedded import EmbeddedStore

S, P = URIRef("urn:x-test:s"), URIRef("urn:x-test:p")

LITERALS = [
    Literal("projects-by-region region=https://w3id.org/hankegraafi/vocab/county/08"),
    Literal('["region", "regionLabel", "project"]'),
    Literal('back\\slash and "quotes" \\" together'),
    Literal("äöå ÄÖÅ – € 𝄞 \ufeff"),
    Literal(""),
    Literal("tab\there"),
    Literal("line\nfeed\rreturn"),
    Literal("separator\u2028and\u2029"),
    Literal("bell\x07 del\x7f c1\x85"),
    Literal(0),
    Literal(1234567),
    Literal(-5),
    Literal("007", datatype=XSD.integer),
    Literal("eJzLSM3JyVcozy/KSQEAGgQEXQ==", datatype=XSD.base64Binary),
    Literal("", datatype=XSD.base64Binary),
    Literal("not base64!", datatype=XSD.base64Binary),
    Literal("1500.50", datatype=XSD.decimal),
    Literal("nimi", lang="fi"),
    URIRef("https://w3id.org/hankegraafi/meta/answers#abc/json/0"),
]


@pytest.mark.parametrize("term", LITERALS, ids=repr)
def test_each_kind_of_term_is_written_as_the_engine_writes_it(term: Node) -> None:
    lines = answers.WrittenLines()
    lines.add((S, P, term))
    assert lines.lines() == graphdiff.lines_of({(S, P, term)})


TEXTS = [
    ("plain", 'x "y" \\ z'),
    ("plain", "rivi\nrivi"),
    ("plain", ""),
    ("integer", 0),
    ("integer", 1500),
    ("base64", "eJzLSM3JyVcozy/KSQEAGgQEXQ=="),
    ("base64", ""),
    ("base64", "not base64!"),
    ("iri", "https://w3id.org/hankegraafi/meta/answers#abc/json/0"),
]


@pytest.mark.parametrize(("kind", "value"), TEXTS, ids=repr)
def test_a_value_given_as_text_is_written_as_its_term(kind: str, value: str | int) -> None:
    """``pieces.write`` gives ``WrittenLines`` text (no rdflib terms): the line of the term it names."""
    lines = answers.WrittenLines()
    lines.add_text(str(S), str(P), value, kind)
    assert lines.lines() == graphdiff.lines_of({(S, P, term_of(value, kind))})


class _Both(answers.WrittenLines):
    """Keeps the rdflib triples too, to write them the engine's way afterwards."""

    made: ClassVar[list[_Both]] = []

    def __init__(self) -> None:
        super().__init__()
        self.triples: set[tuple[Node, Node, Node]] = set()
        _Both.made.append(self)

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.triples.add(triple)
        super().add(triple)

    def add_text(self, s: str, p: str, value: str | int, kind: str) -> None:
        self.triples.add((URIRef(s), URIRef(p), term_of(value, kind)))
        super().add_text(s, p, value, kind)


def test_a_recompute_stores_the_lines_the_engine_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_samples_store: Path
) -> None:
    path = tmp_path / "store"
    shutil.copytree(two_samples_store, path)  # the first two samples, ingested once a run (tests/conftest.py)
    store = EmbeddedStore(path)
    try:
        base = str(store.base_iri)
        monkeypatch.setattr(answers, "WrittenLines", _Both)
        store.drop_graph(answers.answers_graph_iri(base))
        answers.recompute(store, base)
        (made,) = _Both.made
        assert len(made.triples) > 500
        assert made.lines() == graphdiff.lines_of(made.triples)
        oxi = store.engine_source().oxigraph
        assert oxi is not None
        stored = set(graphdiff._stored(oxi, answers.answers_graph_iri(base)).split("\n")) - {""}
        assert stored == made.lines()
        # a second recompute with nothing changed writes nothing
        assert graphdiff.write_lines(store, answers.answers_graph_iri(base), made.lines()) == (0, 0)
    finally:
        store.close()
