"""How the explorer reaches the data: the app's query runner, or an open store.

Inside the app made by ``create_app`` every query goes through
``Services.execute`` (the worker pool with its deadline, row cap and result
cache), like the endpoint's own. A bare Flask app (tools, the benchmark)
registers the explorer with an open :class:`~hankegraafi.store.base.Store`
instead. Both answer with :class:`Term` rows, so the graph code never sees
which one ran. Parameters are bound with the store's ``inject_values``
(terms escaped by rdflib), never formatted into the text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from rdflib import BNode, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Identifier

from hankegraafi.store.base import SelectResult, Store, inject_values

log = logging.getLogger(__name__)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term of a result row, as plain strings (cheap to make and to put in JSON)."""

    value: str
    kind: str  # "uri" | "literal" | "bnode"
    lang: str | None = None
    datatype: str | None = None

    @property
    def is_iri(self) -> bool:
        return self.kind == "uri"


Row = dict[str, Term]


class Backend(Protocol):
    def select(
        self, text: str, bindings: Mapping[str, Identifier] | None = None, *, max_rows: int
    ) -> list[Row]:
        """Rows of a SELECT query, at most ``max_rows`` of them."""


def _from_json(term: dict[str, Any]) -> Term:
    kind = term["type"]
    if kind == "uri":
        return Term(term["value"], "uri")
    if kind == "bnode":
        return Term(term["value"], "bnode")
    datatype = term.get("datatype")
    return Term(term["value"], "literal", term.get("xml:lang"), None if datatype == XSD_STRING else datatype)


def _from_rdflib(term: Identifier) -> Term:
    if isinstance(term, URIRef):
        return Term(str(term), "uri")
    if isinstance(term, BNode):
        return Term(str(term), "bnode")
    if isinstance(term, RdfLiteral):
        datatype = str(term.datatype) if term.datatype is not None else None
        return Term(str(term), "literal", term.language, None if datatype == XSD_STRING else datatype)
    raise TypeError(f"unexpected term {term!r}")


class ServicesBackend:
    """Queries through the app's runner (``app.extensions["hankegraafi"]``)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def select(
        self, text: str, bindings: Mapping[str, Identifier] | None = None, *, max_rows: int
    ) -> list[Row]:
        from hankegraafi.server.engine import QueryJob

        job = QueryJob(
            text=inject_values(text, bindings) if bindings else text,
            results_media="application/sparql-results+json",
            graph_media=None,
            max_rows=max_rows,
        )
        outcome = self.services.execute(job)
        data = json.loads(outcome.body)
        return [{k: _from_json(v) for k, v in row.items()} for row in data["results"]["bindings"]]


class StoreBackend:
    """Queries an open store directly (a bare Flask app, the benchmark)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def select(
        self, text: str, bindings: Mapping[str, Identifier] | None = None, *, max_rows: int
    ) -> list[Row]:
        result = self.store.query(text, bindings=dict(bindings) if bindings else None)
        if not isinstance(result, SelectResult):
            raise TypeError("explorer queries are SELECT queries")
        out: list[Row] = []
        for row in result.rows[:max_rows]:
            out.append(
                {v: _from_rdflib(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            )
        return out
