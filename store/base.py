"""The one store interface, and what both backends share.

Every layer above talks to a :class:`Store`; the embedded Oxigraph store and a
remote SPARQL 1.1 server implement it and are proven by the same test suite
(``tests/store``). Terms crossing the interface are rdflib terms so that the
callers never see which engine answered.
"""

from __future__ import annotations

import abc
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, Union

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, VOID, XSD
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG
from hankegraafi.store import sparqlparse

if TYPE_CHECKING:
    import pyoxigraph

#: Staging graphs live under this prefix; one left behind by a crash is dropped on open.
STAGING_PREFIX = "urn:hankegraafi:staging:"

DumpFormat = Literal["nq", "trig", "ttl", "nt"]
Bindings = Mapping[str, Identifier]


class StoreError(Exception):
    """A store operation failed; the message says which store and why."""


class StoreLocked(StoreError):
    """The embedded store directory is open in another process."""


class StoreUnavailable(StoreError):
    """A remote SPARQL server did not answer (down, slow, or answered garbage)."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse; the message is the parser's."""


class UpdateFailed(StoreError, ValueError):
    """An update that fails as SPARQL 1.1 Update defines it (CLEAR, DROP or MOVE of a graph that does
    not exist, CREATE of one that does, without SILENT): the sender's error (a 400), nothing changed."""


class UnsupportedFormat(StoreError):
    """A dump or load format the store does not handle."""


@dataclass(frozen=True)
class SelectResult:
    """Rows of a SELECT query, in the engine's order."""

    variables: list[str]
    rows: list[tuple[Identifier | None, ...]]

    def dicts(self) -> list[dict[str, Identifier | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


QueryResult = Union[SelectResult, bool, Graph]  # noqa: UP007 - a runtime alias


@dataclass(frozen=True)
class EngineSource:
    """Where queries can be run directly: one of an open pyoxigraph store or a SPARQL URL."""

    oxigraph: pyoxigraph.Store | None = None
    query_url: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class DocumentMeta:
    """What the store keeps about the source document behind a named graph."""

    file_name: str
    sha256: str
    size: int
    media_type: str
    kind: str | None = None
    document: URIRef | None = None
    ingested_at: datetime | None = None
    tool_version: str | None = None
    #: The digest of the texts a reference graph was parsed from (ingest/reference.py); None for documents.
    source_sha256: str | None = None


@dataclass(frozen=True)
class GraphInfo:
    """One named graph with its metadata and size (``hankegraafi graphs``)."""

    iri: str
    triples: int
    file_name: str | None = None
    sha256: str | None = None
    size: int | None = None
    media_type: str | None = None
    kind: str | None = None
    document: str | None = None
    ingested_at: str | None = None
    tool_version: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def metadata_triples(graph: URIRef, meta: DocumentMeta, triples: int) -> Graph:
    """The catalogue description of one document graph."""
    g = Graph()
    g.add((graph, RDF.type, HG.DocumentGraph))
    g.add((graph, HG.fileName, RdfLiteral(meta.file_name)))
    g.add((graph, HG.sha256, RdfLiteral(meta.sha256)))
    g.add((graph, DCAT.byteSize, RdfLiteral(meta.size, datatype=XSD.nonNegativeInteger)))
    g.add((graph, DCTERMS.format, RdfLiteral(meta.media_type)))
    g.add((graph, VOID.triples, RdfLiteral(triples, datatype=XSD.nonNegativeInteger)))
    if meta.kind:
        g.add((graph, HG.documentKind, URIRef(meta.kind)))
    if meta.document is not None:
        g.add((graph, DCTERMS.source, meta.document))
    if meta.ingested_at is not None:
        g.add((graph, PROV.generatedAtTime, RdfLiteral(meta.ingested_at, datatype=XSD.dateTime)))
    if meta.tool_version:
        g.add((graph, HG.toolVersion, RdfLiteral(meta.tool_version)))
    if meta.source_sha256:
        g.add((graph, HG.sourceSha256, RdfLiteral(meta.source_sha256)))
    return g


GRAPHS_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?n ?file ?sha ?size ?type ?kind ?doc ?at ?version WHERE {
  { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?cat { ?g a hg:DocumentGraph ; hg:fileName ?file ; hg:sha256 ?sha .
    OPTIONAL { ?g dcat:byteSize ?size } OPTIONAL { ?g dct:format ?type }
    OPTIONAL { ?g hg:documentKind ?kind } OPTIONAL { ?g dct:source ?doc }
    OPTIONAL { ?g prov:generatedAtTime ?at } OPTIONAL { ?g hg:toolVersion ?version } } }
} ORDER BY ?g
"""


def graph_infos(result: SelectResult) -> list[GraphInfo]:
    """Turn the rows of :data:`GRAPHS_QUERY` into :class:`GraphInfo` values."""

    def text(v: Identifier | None) -> str | None:
        return None if v is None else str(v)

    out = []
    for r in result.dicts():
        if str(r["g"]).startswith(STAGING_PREFIX):
            continue
        size = r.get("size")
        out.append(
            GraphInfo(
                iri=str(r["g"]),
                triples=int(str(r["n"])),
                file_name=text(r.get("file")),
                sha256=text(r.get("sha")),
                size=None if size is None else int(size),
                media_type=text(r.get("type")),
                kind=text(r.get("kind")),
                document=text(r.get("doc")),
                ingested_at=text(r.get("at")),
                tool_version=text(r.get("version")),
            )
        )
    return out


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, read past the prologue by the grammar; raises on anything else."""
    try:
        return sparqlparse.query_form(sparql)
    except sparqlparse.SparqlError as exc:
        raise QuerySyntaxError(str(exc)) from None


def inject_values(sparql: str, bindings: Bindings) -> str:
    """Bind variables by a VALUES block at the start of the outermost WHERE group.

    Used where the engine cannot substitute (a remote server): the terms are
    written by :func:`sparql_term`, which escapes them, so user input never
    becomes SPARQL syntax. The brace is found by the grammar
    (:func:`sparqlparse.where_brace`), not by a scanner of its own.
    """
    if not bindings:
        return sparql
    try:
        brace = sparqlparse.where_brace(sparql)
    except sparqlparse.SparqlError as exc:
        raise QuerySyntaxError(str(exc)) from None
    if brace < 0:
        raise QuerySyntaxError("query has no WHERE group to bind parameters in")
    names = " ".join(f"?{_check_var(k)}" for k in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    # Without comments, as before: remote clients guess the form from the text. The query's
    # halves are stripped once a text (the block's terms are whole strings and IRIs, and space
    # ends it on both sides): the same text as the whole stripped, not a scan of it a call.
    halves = _stripped_halves(sparql, brace + 1)
    if halves is None:
        return sparqlparse.strip_comments(sparql[: brace + 1] + block + sparql[brace + 1 :])
    return halves[0] + sparqlparse.strip_comments(block) + halves[1]


def _stripped_halves(text: str, at: int) -> tuple[str, str] | None:
    """``(strip_comments(text[:at]), strip_comments(text[at:]))`` when no token of that scan (a
    string, an IRI, a comment) runs across ``at``; None when one does. Then the text stripped
    whole is the two halves joined, and so is the text with something put in at ``at`` that the
    scan reads as whole tokens of its own. Kept for the last texts of up to 32 KiB: a write's
    stored answers make thousands of calls of a score of catalogue queries, and a scan of the
    query's text at each was a third of their first build in a process (stop 56)."""
    if len(text) > _HALVES_KEPT_UP_TO:
        return _halves(text, at)
    return _halves_kept(text, at)


_HALVES_KEPT_UP_TO = 32 * 1024


def _halves(text: str, at: int) -> tuple[str, str] | None:
    if any(m.start() < at < m.end() for m in sparqlparse._comments().finditer(text)):
        return None
    return sparqlparse.strip_comments(text[:at]), sparqlparse.strip_comments(text[at:])


_halves_kept = functools.lru_cache(maxsize=64)(_halves)


#: What a short string literal may not hold as itself (SPARQL 1.1, STRING_LITERAL2 and ECHAR).
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def sparql_term(term: Identifier) -> str:
    """A term as SPARQL text; a literal always as a short, escaped string.

    Not rdflib's ``n3()``: for a string with a line break it writes a long string (three quotes
    on each side), whose text may not end in a quote, so a value such as a line break, a
    backslash and a quote broke the query (found by hypothesis). IRIs and blank nodes keep
    ``n3()``, which refuses an IRI with characters no IRI may hold.
    """
    if isinstance(term, RdfLiteral):
        body = '"' + "".join(_ECHAR.get(c, c) for c in str(term)) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{body}^^{URIRef(term.datatype).n3()}"
        return body
    return term.n3()


def _check_var(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    return name


class Store(abc.ABC):
    """A dataset of named graphs, one per source document, queried with SPARQL.

    The default graph seen by :meth:`query` is the union of all named graphs.
    """

    #: Short description for messages ("embedded store at …").
    description: str = "store"

    @abc.abstractmethod
    def query(self, sparql: str, *, bindings: Bindings | None = None) -> QueryResult:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query."""

    @abc.abstractmethod
    def query_serialized(self, sparql: str, media_type: str, *, bindings: Bindings | None = None) -> bytes:
        """Run a query and return its results already serialised as ``media_type``.

        Results are never turned into Python objects on this path, which is
        what keeps the endpoint fast.
        """

    @abc.abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update as one transaction."""

    @abc.abstractmethod
    def replace_graph(self, graph: URIRef, data: Graph, meta: DocumentMeta | None = None) -> None:
        """Replace one named graph and its catalogue entry in one step.

        A failure half-way leaves the old graph whole: the new triples go to a
        staging graph first, then one update moves them into place.
        """

    def replace_graph_ntriples(
        self, graph: URIRef, ntriples: str, count: int, meta: DocumentMeta | None = None
    ) -> None:
        """:meth:`replace_graph` from N-Triples text of ``count`` distinct triples.

        Ingest's worker processes hand a document over as text, so that the
        process which writes the store builds no rdflib terms for it (unpickling
        and re-adding them cost more than the write). This default parses the
        text; a backend that takes N-Triples as they are overrides it.
        """
        data = Graph()
        data.parse(data=ntriples, format="nt")
        self.replace_graph(graph, data, meta)

    @abc.abstractmethod
    def drop_graph(self, graph: URIRef) -> bool:
        """Remove a graph and its catalogue entry; False if there was none."""

    @abc.abstractmethod
    def graphs(self) -> list[GraphInfo]:
        """Every named graph with its size and source metadata."""

    @abc.abstractmethod
    def count(self, graph: URIRef | None = None) -> int:
        """Triples in one graph, or quads in the whole dataset."""

    @abc.abstractmethod
    def load(self, source: Path | IO[bytes], fmt: DumpFormat) -> int:
        """Add a whole dataset (N-Quads, TriG) or a default-graph file; returns quads read."""

    @abc.abstractmethod
    def dump(self, out: IO[bytes], fmt: DumpFormat) -> None:
        """Write the whole dataset (``nq``, ``trig``) or the union as ``ttl``/``nt``."""

    def graph_metadata(self, graph: URIRef) -> GraphInfo | None:
        for info in self.graphs():
            if info.iri == str(graph):
                return info
        return None

    def get_graph(self, graph: URIRef) -> Graph:
        """The triples of one named graph."""
        result = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph.n3()} {{ ?s ?p ?o }} }}")
        assert isinstance(result, Graph)
        return result

    def engine_source(self) -> EngineSource:
        """What a query engine outside the store reads from (the server's in-process runner):
        the open pyoxigraph store of an embedded store, or a remote store's query URL and timeout.
        So that a reader needs neither a class check nor a private attribute."""
        raise NotImplementedError(f"{type(self).__name__} cannot hand its queries to an engine")

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files and connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
