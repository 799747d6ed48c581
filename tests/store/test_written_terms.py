"""The inferred graph closed over strings as the engine writes them equals the one through rdflib.

ingest/inference.py reads the facts as N-Triples lines the engine writes (CONSTRUCT), closes them
as strings and writes the difference as lines (store/graphdiff.write_lines): no term crosses into
rdflib (issue 17: a third of the step's time at 10^6). The lines must be exactly those the old
path (rdflib's terms, store/graphdiff.write_graph) writes, for every kind of literal the data may
hold (a decimal the store keeps in its canonical form, escapes, U+2028, language tags, typed
values); a blank node of the data goes the old path, which keeps its label.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.ingest import inference
from hankegraafi.store import graphdiff
from hankegraafi.store.embedded import EmbeddedStore

HG = "https://w3id.org/hankegraafi/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
EX = "urn:x-test:"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    st = EmbeddedStore(tmp_path / "store")
    try:
        yield st
    finally:
        st.close()


def _data(base: str, extra: str = "") -> str:
    g = f"<{base}graph/test>"
    return f"""INSERT DATA {{ GRAPH {g} {{
      <{EX}part> a <{HG}SubProject> ; <{HG}partOf> <{EX}whole> .
      <{EX}whole> a <{HG}Project> ; <{HG}partOf> <{EX}programme> ; <{HG}region> <{EX}county> .
      <{EX}line> <{HG}budget> "1500.50"^^<{XSD}decimal> , "0012"^^<{XSD}integer> , "1e3"^^<{XSD}double> .
      <{EX}whole> <https://schema.org/url> "a \\"quoted\\" \\\\ back\\nslash\u2028line" , "nimi"@FI-fi ,
        "2024-01-01"^^<{XSD}date> , "tyyppi"^^<{EX}datatype> , <{EX}page> .
      <{EX}narrow> <{SKOS}broader> <{EX}broad> .
      <{EX}whole> <{HG}funder> <{EX}funder> .
      {extra}
    }} }}"""


def _old_lines(store: EmbeddedStore, base: str) -> set[str]:
    rules = inference.rules()
    return graphdiff._lines(inference.entailed_triples(inference.read_facts(store, base, rules), rules))


def _stored(store: EmbeddedStore, base: str) -> set[str]:
    oxi = store.engine_source().oxigraph
    assert oxi is not None
    return set(graphdiff._stored(oxi, inference.inferred_graph_iri(base)).split("\n")) - {""}


def test_the_string_closure_writes_the_lines_rdflib_terms_write(store: EmbeddedStore) -> None:
    base = str(store.base_iri)
    store.update(_data(base))
    size = inference.recompute(store, base)
    stored = _stored(store, base)
    assert stored == _old_lines(store, base)
    assert size == len(stored) > 10
    # what the sample facts entail, spelled out: the chain, the superproperties with literals kept
    # in the store's form, the inverse
    assert f"<{EX}part> <{HG}county> <{EX}county> ." in stored
    assert f'<{EX}line> <http://data.europa.eu/s66#value> "1500.5"^^<{XSD}decimal> .' in stored
    assert f'<{EX}line> <http://data.europa.eu/s66#value> "12"^^<{XSD}integer> .' in stored
    assert f"<{EX}broad> <{SKOS}narrower> <{EX}narrow> ." in stored
    assert any("\u2028" in line and "http://schema.org/url" in line for line in stored)
    # a second run changes nothing; a removed fact removes what rested on it alone
    assert inference.recompute(store, base) == size
    store.update(f"DELETE DATA {{ GRAPH <{base}graph/test> {{ <{EX}narrow> <{SKOS}broader> <{EX}broad> }} }}")
    inference.recompute(store, base)
    assert (
        _stored(store, base)
        == _old_lines(store, base)
        == stored - {f"<{EX}broad> <{SKOS}narrower> <{EX}narrow> ."}
    )


def test_a_blank_node_in_the_facts_goes_through_rdflib_terms(store: EmbeddedStore) -> None:
    base = str(store.base_iri)
    store.update(_data(base, f"_:b <{SKOS}broader> <{EX}broad> ."))
    oxi = store.engine_source().oxigraph
    assert any(s.startswith("_:") for s, _p, _o in inference.read_written_facts(oxi, base))
    size = inference.recompute(store, base)
    rules = inference.rules()
    assert size == len(inference.entailed_triples(inference.read_facts(store, base, rules), rules))
    found = store.query(
        f"ASK {{ GRAPH <{inference.inferred_graph_iri(base)}> {{ <{EX}broad> <{SKOS}narrower> ?b FILTER(isBlank(?b)) }} }}"
    )
    assert found is True


def test_a_first_build_is_loaded_in_one_piece_and_later_ones_are_differences(store: EmbeddedStore) -> None:
    """An empty graph is written by the engine's N-Quads loader (one transaction, no SPARQL parser),
    every later write as its difference; a blank node never goes through the loader."""
    graph = graphdiff.URIRef(f"{EX}g")
    lines = {f'<{EX}s> <{EX}p> "v{n} \\"q\\""@fi .' for n in range(50)} | {f"<{EX}s> <{EX}p> <{EX}o> ."}
    assert graphdiff.write_lines(store, graph, lines) == (0, 51)
    assert _lines_of(store, graph) == lines
    assert graphdiff.write_lines(store, graph, lines) == (0, 0)
    fewer = set(sorted(lines)[:40]) | {f"<{EX}s> <{EX}p> <{EX}o2> ."}
    assert graphdiff.write_lines(store, graph, fewer) == (11, 1)
    assert _lines_of(store, graph) == fewer
    blank = graphdiff.URIRef(f"{EX}b")
    assert graphdiff.write_lines(store, blank, {f"_:x <{EX}p> <{EX}o> ."}) == (-1, -1)
    assert store.query(f"ASK {{ GRAPH <{blank}> {{ ?b <{EX}p> <{EX}o> FILTER(isBlank(?b)) }} }}") is True


def _lines_of(store: EmbeddedStore, graph: graphdiff.URIRef) -> set[str]:
    oxi = store.engine_source().oxigraph
    assert oxi is not None
    return set(graphdiff._stored(oxi, graph).split("\n")) - {""}
