"""RDF terms between their forms: the one converter of the project (issue 18).

A term comes in three forms here: pyoxigraph's (what the embedded store and
the query workers hold), a SPARQL 1.1 JSON results term (what crosses from a
worker or a remote server: ``{"type": "uri", "value": …}``) and rdflib's (the
term type of the store interface and of the server's query service). Every
crossing between them, and every wire text of one term (N-Triples, the XML
and CSV results cells), is written once, here:

- the query workers (``server/engine.py``) write pyoxigraph answers and a
  remote server's JSON in the four results formats;
- the stores (``embedded.py``, ``remote.py``) and the query service
  (``server/query.py``) hand out rdflib terms.

This module imports pyoxigraph and nothing of rdflib: a query worker, which
only serialises, never loads rdflib; the rdflib classes are bound on first use.
A plain literal's ``xsd:string`` is left out in every form (RDF 1.1: the
same term), as pyoxigraph and the SPARQL results formats do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, overload
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from hankegraafi.xmlchars import marked

if TYPE_CHECKING:
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.term import Identifier

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: A SPARQL 1.1 JSON results term.
JsonTerm = dict[str, Any]
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class TermError(ValueError):
    """A term this converter has no form for (the query workers answer it as an internal error)."""


# -- pyoxigraph -> SPARQL JSON ----------------------------------------------------------


def ox_to_json(term: object) -> JsonTerm:
    """A pyoxigraph term as a SPARQL 1.1 JSON results term (RDF-star triples included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: JsonTerm = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": ox_to_json(term.subject),
                "predicate": ox_to_json(term.predicate),
                "object": ox_to_json(term.object),
            },
        }
    raise TermError(f"unexpected term in results: {term!r}")


# -- SPARQL JSON -> the wire text of one term ----------------------------------------------


def json_to_nt(term: JsonTerm) -> str:
    """A JSON results term in N-Triples syntax (the cells of TSV results)."""
    kind = term["type"]
    if kind == "uri":
        return f"<{term['value']}>"
    if kind == "bnode":
        return f"_:{term['value']}"
    if kind == "triple":
        v = term["value"]
        return f"<< {json_to_nt(v['subject'])} {json_to_nt(v['predicate'])} {json_to_nt(v['object'])} >>"
    value = (
        term["value"]
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if "xml:lang" in term:
        return f'"{value}"@{term["xml:lang"]}'
    if "datatype" in term and term["datatype"] not in (XSD_STRING, RDF_LANG_STRING):
        return f'"{value}"^^<{term["datatype"]}>'
    return f'"{value}"'


def json_to_csv(term: JsonTerm | None) -> str:
    """A JSON results term as a cell of CSV results (unbound: empty; quoted where CSV needs it)."""
    if term is None:
        return ""
    if term["type"] == "bnode":
        text = f"_:{term['value']}"
    elif term["type"] == "triple":
        text = json_to_nt(term)
    else:
        text = str(term["value"])
    if any(c in text for c in ',"\r\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def xml_escape(value: str) -> str:
    """``value`` as XML text; a character XML 1.0 cannot hold becomes U+FFFD. None enters the store
    now (hankegraafi/xmlchars.py), but a store written before may hold one, and an answer showing
    it raw would be an HTTP 200 no XML parser reads."""
    return escape(marked(value))


def json_to_xml(term: JsonTerm) -> str:
    """A JSON results term as the element of a binding in XML results."""
    kind = term["type"]
    if kind == "uri":
        return f"<uri>{xml_escape(term['value'])}</uri>"
    if kind == "bnode":
        return f"<bnode>{xml_escape(term['value'])}</bnode>"
    if kind == "triple":
        v = term["value"]
        return (
            f"<triple><subject>{json_to_xml(v['subject'])}</subject>"
            f"<predicate>{json_to_xml(v['predicate'])}</predicate>"
            f"<object>{json_to_xml(v['object'])}</object></triple>"
        )
    attrs = ""
    if "xml:lang" in term:
        attrs = f" xml:lang={quoteattr(term['xml:lang'])}"
    elif "datatype" in term:
        attrs = f" datatype={quoteattr(term['datatype'])}"
    return f"<literal{attrs}>{xml_escape(term['value'])}</literal>"


# -- to rdflib ------------------------------------------------------------------------------


class _Rdflib(NamedTuple):
    URIRef: type[URIRef]
    BNode: type[BNode]
    Literal: type[Literal]
    Graph: type[Graph]


@functools.cache
def _rdflib() -> _Rdflib:
    """rdflib's term classes, imported on first use (a query worker never asks)."""
    import rdflib

    return _Rdflib(rdflib.URIRef, rdflib.BNode, rdflib.Literal, rdflib.Graph)


def _unsupported(term: object) -> Exception:
    """The store's error for a term rdflib has no form for (an RDF-star triple)."""
    from hankegraafi.store.base import StoreError

    return StoreError(f"unsupported term in result: {term!r}")


def json_to_rdflib(term: JsonTerm) -> Identifier:
    """A JSON results term as an rdflib term (a query worker's answer, a remote server's)."""
    rdf = _rdflib()
    kind = term["type"]
    value = term["value"]
    if kind == "uri":
        return rdf.URIRef(value)
    if kind == "bnode":
        return rdf.BNode(value)
    if kind == "triple":
        raise _unsupported(term)
    if "xml:lang" in term:
        return rdf.Literal(value, lang=term["xml:lang"])
    datatype = term.get("datatype")
    if datatype is not None and datatype != XSD_STRING:
        return rdf.Literal(value, datatype=rdf.URIRef(datatype))
    return rdf.Literal(value)


#: The escapes :func:`json_to_nt` writes in a literal, and what each stands for.
_NT_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}
_NT_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unescape(match: re.Match[str]) -> str:
    found = _NT_ESCAPES.get(match.group(1))
    if found is None:
        raise ValueError(f"an escape json_to_nt does not write: {match.group(0)!r}")
    return found


def nt_to_rdflib(cell: str) -> Identifier:
    """A term as :func:`json_to_nt` writes it (a cell of our TSV results) as the rdflib term
    :func:`json_to_rdflib` makes of the JSON term it was written from (its inverse, by plain string
    work: a stored answer's thousands of distinct cells are read back without a parser); ValueError
    for text it does not write that way (a quoted triple, an unknown escape, a bad suffix)."""
    rdf = _rdflib()
    if cell.startswith("<") and cell.endswith(">") and not cell.startswith("<<"):
        return rdf.URIRef(cell[1:-1])
    if cell.startswith("_:") and len(cell) > 2:
        return rdf.BNode(cell[2:])
    end = cell.rfind('"')
    if not cell.startswith('"') or end < 1:
        raise ValueError(f"no term as json_to_nt writes one: {cell[:80]!r}")
    raw, suffix = cell[1:end], cell[end + 1 :]
    value = _NT_ESCAPE.sub(_unescape, raw) if "\\" in raw else raw
    if not suffix:
        return rdf.Literal(value)
    if suffix.startswith("@") and len(suffix) > 1:
        return rdf.Literal(value, lang=suffix[1:])
    if suffix.startswith("^^<") and suffix.endswith(">") and suffix[3:-1] not in (XSD_STRING, RDF_LANG_STRING):
        return rdf.Literal(value, datatype=rdf.URIRef(suffix[3:-1]))
    raise ValueError(f"no literal as json_to_nt writes one: {cell[:80]!r}")


def json_to_rows(data: Mapping[str, Any]) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
    """The variables and rows of SPARQL JSON SELECT results (None where a variable is unbound)."""
    variables = list(data.get("head", {}).get("vars", []))
    rows = [
        tuple(None if (cell := binding.get(var)) is None else json_to_rdflib(cell) for var in variables)
        for binding in data.get("results", {}).get("bindings", [])
    ]
    return variables, rows


@overload
def ox_to_rdflib(term: None) -> None: ...
@overload
def ox_to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Identifier: ...
@overload
def ox_to_rdflib(term: object) -> Identifier | None: ...
def ox_to_rdflib(term: object) -> Identifier | None:
    """A pyoxigraph term as an rdflib term (None stays None; an RDF-star triple is refused)."""
    if term is None:
        return None
    rdf = _rdflib()
    if isinstance(term, ox.NamedNode):
        return rdf.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdf.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdf.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return rdf.Literal(term.value)
        return rdf.Literal(term.value, datatype=rdf.URIRef(datatype))
    raise _unsupported(term)


def ox_to_graph(triples: Iterable[ox.Triple | ox.Quad]) -> Graph:
    """pyoxigraph triples (or the triples of quads, graph names dropped) as an rdflib graph."""
    graph = _rdflib().Graph()
    for t in triples:
        graph.add((ox_to_rdflib(t.subject), ox_to_rdflib(t.predicate), ox_to_rdflib(t.object)))
    return graph


__all__ = [
    "RDF_LANG_STRING",
    "XSD_STRING",
    "JsonTerm",
    "TermError",
    "json_to_csv",
    "json_to_nt",
    "json_to_rdflib",
    "json_to_rows",
    "json_to_xml",
    "ox_to_graph",
    "ox_to_json",
    "ox_to_rdflib",
]
