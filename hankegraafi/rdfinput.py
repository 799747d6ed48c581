"""Checks on RDF that comes from outside, made by the parser that will read it.

An RDF/XML or TriX body is read by rdflib through ``xml.sax`` and expat, which
expand internal entities ("billion laughs") and decide the encoding from the
bytes themselves (UTF-16 without a byte-order mark, a declared encoding). A
check that searches the bytes for ``<!DOCTYPE`` reads them differently from
the parser and can be walked around, so the check here *is* that parser: the
same rdflib input source and the same expat reader, in defusedxml's variant
that stops at the first DOCTYPE or entity declaration. Whatever the parser
would see as a DTD, the check sees too.

Which check applies is decided by the format that will be parsed (the rdflib
parser class the format name resolves to), never by looking at the first
byte: Turtle or N-Triples that happen to contain ``<!DOCTYPE html>`` in a
literal are not XML and are not refused.

JSON-LD is read with rdflib's own JSON reader and refused when it names a
context by reference, which rdflib would fetch.
"""

from __future__ import annotations

from typing import Any
from xml.sax import SAXException
from xml.sax.handler import ContentHandler, ErrorHandler, feature_namespaces

from defusedxml import DefusedXmlException
from defusedxml.expatreader import DefusedExpatParser
from rdflib import BNode, Graph, Literal, plugin
from rdflib.exceptions import ParserError
from rdflib.parser import Parser, create_input_source
from rdflib.plugins.parsers.jsonld import JsonLDParser
from rdflib.plugins.parsers.rdfxml import RDFXMLParser
from rdflib.plugins.parsers.trix import TriXParser
from rdflib.plugins.shared.jsonld.util import source_to_json

from hankegraafi import xmlchars

#: rdflib parsers that hand the input to expat.
XML_PARSERS: tuple[type[Parser], ...] = (RDFXMLParser, TriXParser)


class UnsafeRdf(ValueError):
    """The input is refused before any RDF parser reads it; the message says why."""


def parser_class(rdf_format: str | None) -> type[Parser]:
    """The rdflib parser ``Graph.parse(data=…, format=rdf_format)`` would use.

    For in-memory data without a format rdflib falls back to Turtle.
    """
    try:
        return plugin.get(rdf_format or "turtle", Parser)
    except plugin.PluginException as exc:
        raise UnsafeRdf(f"no RDF parser for format {rdf_format!r}") from exc


def is_xml_format(rdf_format: str | None) -> bool:
    """True when that format is parsed by expat (RDF/XML, TriX, or any subclass of theirs)."""
    return issubclass(parser_class(rdf_format), XML_PARSERS)


def check_rdf(data: bytes, rdf_format: str | None) -> None:
    """Raise :class:`UnsafeRdf` if parsing ``data`` as ``rdf_format`` could expand entities or fetch."""
    cls = parser_class(rdf_format)
    if issubclass(cls, XML_PARSERS):
        check_xml(data, rdf_format)
    elif issubclass(cls, JsonLDParser):
        check_json_ld(data, rdf_format)


def check_xml(data: bytes, rdf_format: str | None = "xml") -> None:
    """Read ``data`` exactly as rdflib's XML parsers will, refusing any DTD.

    The input source is built by the function ``Graph.parse`` uses, and the
    reader is expat with the namespace feature rdflib sets, so the encoding
    (byte-order mark or none, UTF-16, a declared encoding) is decided the same
    way. The reader stops at the DOCTYPE before any entity is declared, so a
    bomb costs microseconds.
    """
    source = create_input_source(data=data, format=rdf_format)
    reader = DefusedExpatParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    reader.setFeature(feature_namespaces, 1)
    reader.setContentHandler(ContentHandler())
    reader.setErrorHandler(ErrorHandler())
    try:
        reader.parse(source)
    except DefusedXmlException as exc:
        raise UnsafeRdf(f"XML with a DOCTYPE or entity declaration is refused ({type(exc).__name__})") from exc
    except SAXException as exc:
        raise UnsafeRdf(f"not well-formed XML: {exc}") from exc
    except (UnicodeError, ValueError, LookupError) as exc:
        raise UnsafeRdf(f"XML not readable in the encoding the parser uses: {exc}") from exc
    finally:
        source.close()


#: Deepest nesting of JSON-LD objects and arrays read (rdflib's JSON-LD processor recurses).
MAX_JSON_LD_DEPTH = 200


def check_json_ld(data: bytes, rdf_format: str | None = "json-ld") -> None:
    """Read ``data`` with rdflib's JSON-LD reader; refuse deep nesting and any context given by reference."""
    source = create_input_source(data=data, format=rdf_format)
    try:
        doc, _ = source_to_json(source)
    except RecursionError:
        raise UnsafeRdf("JSON-LD nested too deeply to read") from None
    except (ValueError, UnicodeError) as exc:
        raise UnsafeRdf(f"JSON-LD that is not JSON: {exc}") from exc
    finally:
        source.close()
    remote = remote_context(doc)
    if remote:
        raise UnsafeRdf(f"JSON-LD with a remote @context ({remote[:200]}) is refused: nothing is fetched")


def remote_context(node: Any) -> str | None:
    """The first context given by reference (a string, or ``@import``) anywhere in the document.

    Walks with a stack of its own (no recursion), and refuses a document nested
    deeper than ``MAX_JSON_LD_DEPTH``, which rdflib's processor would recurse into.
    """
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_LD_DEPTH:
            raise UnsafeRdf(f"JSON-LD nested deeper than {MAX_JSON_LD_DEPTH} levels is refused")
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        for key, value in item.items():
            if key == "@context":
                for ctx in value if isinstance(value, list) else [value]:
                    if isinstance(ctx, str):
                        return ctx
                    if isinstance(ctx, dict) and "@import" in ctx:
                        return str(ctx["@import"])
            stack.append((value, depth + 1))
    return None


class RdfSyntaxError(ValueError):
    """RDF input that its parser cannot read (a 400 for the sender, naming the place)."""


def parse_untrusted(data: bytes, rdf_format: str, graph: Graph | None = None) -> Graph:
    """Check ``data`` and then parse it into ``graph`` (a new one by default).

    For code that parses outside input itself (the writer process may call
    this instead of ``Graph.parse`` for defence in depth).
    """
    check_rdf(data, rdf_format)
    target = graph if graph is not None else Graph()
    try:
        target.parse(data=data, format=rdf_format)
    except UnsafeRdf:
        raise
    except ParserError as exc:  # N-Triples, N-Quads: with the line
        raise RdfSyntaxError(f"not valid {rdf_format}: {exc}") from exc
    except SyntaxError as exc:  # Turtle, TriG (BadSyntax): with the line and the place
        raise RdfSyntaxError(f"not valid {rdf_format}: {exc}") from exc
    except Exception as exc:
        # rdflib's parsers also fail on cut-short input with whatever the code met (an IndexError
        # at the end of a Turtle text): outside input they cannot read is the sender's error.
        raise RdfSyntaxError(
            f"not valid {rdf_format} (the parser stopped: {type(exc).__name__}: {exc})"
        ) from exc
    check_characters(target)
    return target


def check_characters(graph: Graph) -> None:
    """Raise :class:`RdfSyntaxError` naming the triple when a term holds a character XML 1.0 cannot hold.

    Checked on the parsed terms, after every escape (``\\u0001`` in Turtle, ``\\f`` in
    JSON) is resolved: the same values the store would keep and every XML answer show.
    """
    for triple in graph:
        for role, term in zip(("subject", "predicate", "object"), triple, strict=True):
            if isinstance(term, BNode):
                continue
            datatype = str(term.datatype or "") if isinstance(term, Literal) else ""
            for value in (str(term), datatype):
                if xmlchars.first_forbidden(value) is None:
                    continue
                try:
                    xmlchars.check_term(
                        value, f"the triple <{triple[0]}> <{triple[1]}>"[:400] + f": its {role}"
                    )
                except ValueError as exc:
                    raise RdfSyntaxError(str(exc)) from None


#: The dataset files ``hankegraafi load`` reads, by suffix, as Oxigraph's parser names them.
_FILE_FORMATS = {"nq": "N_QUADS", "trig": "TRIG", "ttl": "TURTLE", "nt": "N_TRIPLES"}


def check_file_characters(path: str, suffix: str) -> None:
    """Raise :class:`RdfSyntaxError` naming the quad when a term of the dataset file holds a character
    XML 1.0 cannot hold; read before the bulk load, so a refused file loads nothing.

    Read with Oxigraph's own parser (the loader's), streaming: 2.5-5 s per 10^6 quads. A file
    the parser cannot read is left to the load, which says where."""
    import pyoxigraph as ox

    try:
        for quad in ox.parse(path=path, format=getattr(ox.RdfFormat, _FILE_FORMATS[suffix])):
            term = quad.object  # Oxigraph refuses an IRI with such a character (RFC 3987) itself
            if isinstance(term, ox.Literal) and xmlchars.first_forbidden(term.value) is not None:
                try:
                    xmlchars.check_term(
                        term.value, f"the quad {quad.subject} {quad.predicate}"[:400] + ": its object"
                    )
                except ValueError as exc:
                    raise RdfSyntaxError(f"{exc}; nothing was loaded") from None
    except SyntaxError:
        return
    except MemoryError as exc:  # Oxigraph's parser: one token past its buffer (16 MiB), a long literal
        raise RdfSyntaxError(f"{too_long(exc)}; nothing was loaded") from None


def too_long(exc: MemoryError) -> str:
    """What a parser's MemoryError on a dataset file means, for the operator: the parser keeps one
    term in a buffer of at most 16 MiB (a literal holding a whole document's text passes it), and
    it ended ``load`` and ``validate`` in a traceback (tests/reliability/test_rdf_files.py)."""
    return f"a term of the file is longer than the RDF parser reads (16 MiB): {exc or 'out of memory'}"


__all__ = [
    "XML_PARSERS",
    "RdfSyntaxError",
    "UnsafeRdf",
    "check_characters",
    "check_file_characters",
    "check_json_ld",
    "check_rdf",
    "check_xml",
    "is_xml_format",
    "parse_untrusted",
    "remote_context",
    "too_long",
]
