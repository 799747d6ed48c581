"""A document graph of a chosen size, made by copying the complete-document case."""

from __future__ import annotations

from importlib import resources

from rdflib import Graph, URIRef

ID = "https://w3id.org/hankegraafi/id/"


def complete_document() -> Graph:
    source = resources.files("hankegraafi.shapes").joinpath("cases/complete-document/data.ttl")
    return Graph().parse(data=source.read_text(encoding="utf-8"), format="turtle")


def scaled_document(min_triples: int) -> Graph:
    """Copies of the complete document, each copy's data IRIs renamed, until ``min_triples``."""
    base = complete_document()
    out = Graph()
    copy = 0
    while len(out) < min_triples:

        def rename(term, copy=copy):
            if isinstance(term, URIRef) and str(term).startswith(ID):
                return URIRef(f"{term}-{copy}")
            return term

        for s, p, o in base:
            out.add((rename(s), p, rename(o)))
        copy += 1
    return out
