"""Where each IRI the graph mints is answered on this server, and back.

``/id/<path>`` answers for ``<base_iri><path>``, ``/vocab/<path>`` for
``https://w3id.org/hankegraafi/vocab/<path>`` and ``/ontology`` for the
ontology (its terms are hash IRIs, ``/ontology#Project``). A document URL is
the resource path plus a format suffix (``/id/project/x.ttl``). Pages link to
these local URLs so that a crawler or a reader stays on this server, and show
the IRI itself as the identifier.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping as AnyMapping
from dataclasses import dataclass
from urllib.parse import quote, unquote

import pyoxigraph
from rdflib import URIRef

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI, VOCAB

#: Document suffixes and the format key (``negotiation.FORMATS``) each one stands for.
SUFFIXES: dict[str, str] = {
    "html": "html",
    "ttl": "ttl",
    "jsonld": "jsonld",
    "nt": "nt",
    "rdf": "rdfxml",
}
#: And back: format key → suffix.
SUFFIX_OF: dict[str, str] = {v: k for k, v in SUFFIXES.items()}


#: Characters the SPARQL and Turtle grammars never allow inside ``<…>``.
_NOT_IN_IRIREF = re.compile(r'[<>"{}|^`\\\x00-\x20]')


class NotAnIri(ValueError):
    """A path or term that cannot be an IRI: nothing can be known about it (404)."""


def is_iri(text: str) -> bool:
    """True for an absolute IRI that the query grammar and the engine both accept."""
    if _NOT_IN_IRIREF.search(text):
        return False
    try:
        pyoxigraph.NamedNode(text)
    except ValueError:
        return False
    return True


def check_terms(bindings: AnyMapping[str, object] | None) -> None:
    """Refuse IRI bindings that are not IRIs before they reach a query or a serialiser."""
    for value in (bindings or {}).values():
        if isinstance(value, URIRef) and not is_iri(str(value)):
            raise NotAnIri("not an IRI")


@dataclass(frozen=True)
class Mapping:
    """The local path prefixes and the IRI namespaces they stand for."""

    base_iri: str

    def prefixes(self) -> list[tuple[str, str]]:
        """(local prefix, IRI namespace), longest namespace first so that nested ones win."""
        pairs = [("/id/", self.base_iri), ("/vocab/", str(VOCAB))]
        return sorted(pairs, key=lambda p: -len(p[1]))

    def iri_for(self, prefix: str, path: str) -> URIRef:
        """The IRI a local path under ``prefix`` (``/id/`` or ``/vocab/``) answers for.

        Raises :class:`NotAnIri` when the decoded path makes no IRI (``>``,
        a space, NUL…): such a resource cannot exist, and the text must never
        reach a query.
        """
        namespace = self.base_iri if prefix == "/id/" else str(VOCAB)
        iri = namespace + path
        if not is_iri(iri):
            raise NotAnIri("not an IRI")
        return URIRef(iri)

    def local_path(self, iri: str) -> str | None:
        """The local path of an IRI this server answers for, or None for a foreign IRI."""
        if iri == ONTOLOGY_IRI or iri.startswith(ONTOLOGY_IRI + "#"):
            return "/ontology" + iri[len(ONTOLOGY_IRI) :]
        for local, namespace in self.prefixes():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                rest = iri[len(namespace) :]
                return local + quote(rest, safe="/-._~!$&'()*+,;=:@%#")
        return None

    def page_url(self, iri: str, suffix: str = "html") -> str | None:
        """The URL of a document about ``iri`` in the format of ``suffix``, or None if foreign."""
        path = self.local_path(iri)
        if path is None:
            return None
        if path.startswith("/ontology"):
            base, _, frag = path.partition("#")
            return f"{base}.{suffix}" + (f"#{frag}" if frag else "")
        return f"{path}.{suffix}"


def split_suffix(path: str) -> tuple[str, str | None]:
    """``project/x.ttl`` → (``project/x``, ``ttl``); a path without a known suffix keeps it."""
    stem, dot, ext = path.rpartition(".")
    if dot and "/" not in ext and ext in SUFFIXES:
        return stem, ext
    return path, None


def decode(path: str) -> str:
    """Percent-decoding of a request path segment, as IRIs are stored decoded."""
    return unquote(path)


#: Tokens of a query text that may hold a ``?`` or ``$`` that is no variable (strings, IRIs,
#: comments), and variables. The string and IRI patterns are the grammar's
#: (``store/sparqlparse.strip_comments`` reads the same tokens).
_TOKENS = re.compile(
    "|".join(
        (
            r"'''(?:[^'\\]|\\.|'(?!''))*'''",
            r'"""(?:[^"\\]|\\.|"(?!""))*"""',
            r"'(?:[^'\\\n\r]|\\.)*'",
            r'"(?:[^"\\\n\r]|\\.)*"',
            r'<[^<>"{}|^`\\\x00-\x20]*>',
            r"#[^\r\n]*",
            r"(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\U000EFFFF]+)",
        )
    )
)


def _iri_term(value: object) -> str:
    """``<iri>`` for an IRI the grammar and the engine accept; :class:`NotAnIri` for anything else."""
    if not isinstance(value, URIRef) or not is_iri(str(value)):
        raise NotAnIri("not an IRI")
    return f"<{value}>"


def write_in(sparql: str, bindings: AnyMapping[str, object]) -> str:
    """The query with each bound variable replaced by its IRI, written in place.

    Why not a VALUES block (``store.base.inject_values``): pyoxigraph 0.5 joins a VALUES block at
    the start of the WHERE group with the rest instead of starting from it, so a page query over
    every graph (the project's timeline) took 2-4 s at 10^5 triples where the IRI written in place
    takes 2-3 ms; and a VALUES block outside a subquery does not bind the subquery's variable of
    the same name. Only IRIs are written (checked as :func:`check_terms` does, and ``<…>`` holds
    nothing the grammar reads as syntax), so no input becomes SPARQL. The page queries bind
    variables that are never projected or assigned (``BIND(?this AS ?s)`` reads it).
    """
    terms = {name: _iri_term(value) for name, value in bindings.items()}
    return "".join(text + (terms.get(var[1:], var) if var else "") for text, var in _pieces(sparql))


@functools.lru_cache(maxsize=512)
def _pieces(sparql: str) -> tuple[tuple[str, str], ...]:
    """``sparql`` cut before and after each variable (its ``_TOKENS``): (the text before it, the
    variable as written) for each, then (the rest, ""). Read once per text: the page queries are
    a few dozen, each written in at every page and check, and tokenising the whole text at every
    call was 8 % of tests/queries/test_pagelists.py's walk (py-spy, stop 44)."""
    pieces = []
    start = 0
    for match in _TOKENS.finditer(sparql):
        if match.group("var"):
            pieces.append((sparql[start : match.start()], match.group("var")))
            start = match.end()
    pieces.append((sparql[start:], ""))
    return tuple(pieces)


def values_block(variable: str, iris: list[URIRef]) -> str:
    """``VALUES ?variable { <a> <b> … }`` of IRIs (each checked as :func:`write_in` does)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", variable):
        raise ValueError(f"not a SPARQL variable name: {variable!r}")
    return f"VALUES ?{variable} {{ {' '.join(_iri_term(i) for i in iris)} }}"
