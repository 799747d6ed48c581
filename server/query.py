"""The one way the server reads data: SELECT, CONSTRUCT and ASK with rdflib terms.

The pages and the explorer read through :class:`QueryService`. Inside
``create_app`` every query is a job of the app's runner
(``runtime.Services.execute``): the worker pool with the deadline, row cap
and result cache of ``/sparql``. A bare Flask app (tools, the benchmark)
gives an open :class:`~hankegraafi.store.base.Store`; its queries run the
same jobs through :class:`~hankegraafi.server.runtime.InlineRunner`, so both
paths meet one serialisation and one converter back to terms
(``store/terms.json_to_rdflib``). The term type
is rdflib's, the type of the store interface. Parameters are bound by the
store layer (``inject_values``: an escaped VALUES block), never formatted
into the text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any

from rdflib import Graph
from rdflib.term import Identifier

from hankegraafi.server import reads
from hankegraafi.server.engine import Outcome, QueryJob
from hankegraafi.store.base import Store, inject_values
from hankegraafi.store.terms import json_to_rdflib, ox_to_rdflib

#: Rows a page query may return: a page needs all of a resource, the label index all labels.
MAX_ROWS = 2_000_000
#: Quads read per query for a dump.
NQUADS_PAGE = 500_000
_JSON = "application/sparql-results+json"

Row = dict[str, Identifier]
Bindings = Mapping[str, Identifier]


class QueryService:
    """SELECT, CONSTRUCT and ASK over one executor of :class:`QueryJob` s.

    ``execute`` is ``Services.execute`` (or an inline runner's); ``generation``
    tells the caller's caches when the data changed (None: unknown).
    """

    def __init__(
        self,
        execute: Callable[[QueryJob], Outcome],
        *,
        generation: Callable[[], int | None] = lambda: None,
        check: Callable[[Bindings | None], None] | None = None,
        local: Callable[[Callable[[Any], Any]], Any] | None = None,
        exact: bool = False,
    ) -> None:
        self._execute = execute
        self._generation = generation
        self._check = check
        self._local = local
        #: Whether :attr:`generation` changes with every change of the data (a serving pool's).
        self.generation_exact = exact

    @classmethod
    def of_services(cls, services: Any, **kw: Any) -> QueryService:
        """Through the app's runner: the deadline, row cap and result cache of ``/sparql``."""
        runner = services.runner
        lane = getattr(runner, "local", None)
        local = None
        if lane is not None:
            timeout = float(services.config.query_timeout)

            def local(read: Callable[[Any], Any]) -> Any:
                return lane(read, timeout)

        exact = bool(getattr(runner, "sees_every_write", False))
        return cls(services.execute, generation=lambda: int(runner.generation), local=local, exact=exact, **kw)

    @classmethod
    def of_store(cls, store: Store, **kw: Any) -> QueryService:
        """On an open store in the calling thread (a bare Flask app, tools)."""
        from hankegraafi.server.runtime import InlineRunner

        runner = InlineRunner(store)
        return cls(
            lambda job: runner.run(job, 0.0),
            generation=lambda: runner.generation,
            local=lambda read: runner.local(read, 0.0),
            **kw,
        )

    def _job(
        self, sparql: str, bindings: Bindings | None, *, graph: bool, max_rows: int, bounded: bool = False
    ) -> QueryJob:
        if self._check is not None:
            self._check(bindings)
        text = inject_values(sparql, bindings) if bindings else sparql
        return QueryJob(
            text=text,
            results_media=None if graph else _JSON,
            graph_media="application/n-triples" if graph else None,
            max_rows=max_rows,
            bounded=bounded,
        )

    def select(
        self, sparql: str, bindings: Bindings | None = None, *, max_rows: int = MAX_ROWS, bounded: bool = False
    ) -> list[Row]:
        """The rows of a SELECT query (unbound variables left out), at most ``max_rows``.

        ``bounded``: one of the server's own queries whose cost is bounded (as
        :meth:`bounded_select`) that may have an answer stored at write time: the runner serves
        the stored answer, and otherwise runs it on its local lane (``QueryPool.run``), not on a
        query worker."""
        job = self._job(sparql, bindings, graph=False, max_rows=max_rows, bounded=bounded)
        with reads.inner() as recorder:
            outcome = self._execute(job)
        data = json.loads(outcome.body)
        # Each distinct term made once and shared (as _local_rows): a service's dependents repeat
        # their counties, kinds and labels on every row.
        made: dict[tuple[str | None, ...], Identifier] = {}
        rows: list[Row] = []
        for binding in data["results"]["bindings"]:
            row: Row = {}
            for name, cell in binding.items():
                key = (cell["type"], cell["value"], cell.get("xml:lang"), cell.get("datatype"))
                term = made.get(key)
                if term is None:
                    term = made[key] = json_to_rdflib(cell)
                row[name] = term
            rows.append(row)
        if recorder is not None:  # the bytes the engine or the stored answer gave: no terms to hash
            recorder.add_digest("select", [job.text, max_rows, bounded], reads.digest_bytes(outcome.body))
        return rows

    def answer_digest(
        self, sparql: str, *, max_rows: int = MAX_ROWS, bounded: bool = False, graph: bool = False
    ) -> str:
        """The digest :meth:`select` (or :meth:`construct`, ``graph``) records of its answer's bytes,
        without reading them (a stored page's read made again: ``server/pages/bodies.replay``)."""
        job = self._job(sparql, None, graph=graph, max_rows=max_rows, bounded=bounded)
        return reads.digest_bytes(self._execute(job).body)

    def construct(self, sparql: str, bindings: Bindings | None = None, *, max_rows: int = MAX_ROWS) -> Graph:
        """The triples of a CONSTRUCT or DESCRIBE query."""
        job = self._job(sparql, bindings, graph=True, max_rows=max_rows)
        with reads.inner() as recorder:
            outcome = self._execute(job)
        graph = Graph()
        graph.parse(data=outcome.body, format="nt")
        if recorder is not None:
            recorder.add_digest("construct", [job.text, max_rows], reads.digest_bytes(outcome.body))
        return graph

    def ask(self, sparql: str, bindings: Bindings | None = None) -> bool:
        job = self._job(sparql, bindings, graph=False, max_rows=1)
        with reads.inner() as recorder:
            outcome = self._execute(job)
        answer = bool(json.loads(outcome.body)["boolean"])
        if recorder is not None:
            recorder.add("ask", [job.text], answer)
        return answer

    def bounded_select(
        self,
        sparql: str,
        bindings: Bindings | None = None,
        *,
        max_rows: int = MAX_ROWS,
        order_free: bool = False,
    ) -> list[Row]:
        """The rows of one of the server's own SELECT queries whose cost is bounded (a resource
        page's card, names and page queries: a fixed text with a checked IRI written in; a
        catalogue call about one resource), on the runner's local lane: the engine's terms
        straight to rdflib's, no worker round trip, no JSON, no result cache and no stored answer.
        Never for a text a client sent (nothing stops it at a deadline). Elsewhere (a remote
        store) as :meth:`select`. ``order_free``: the caller's use of the rows does not depend on
        their order (it sorts them), so the read's recorded digest is of its rows as a set: a
        write that only changes the engine's order carries the page (:func:`_digest_of`)."""
        raw: list[str] | None = [] if reads.current() is not None else None
        with reads.inner() as recorder:
            rows = self._bounded_rows(sparql, bindings, max_rows, raw, order_free)
        if recorder is not None:
            text = inject_values(sparql, bindings) if bindings else sparql
            if raw:  # the engine's terms as it gave them, read on the local lane (_local_rows)
                recorder.add_digest(
                    "bounded_select_raw", [text, max_rows, *([True] if order_free else [])], raw[0]
                )
            else:
                recorder.add("bounded_select", [text, max_rows], rows)
        return rows

    def bounded_digest(self, sparql: str, *, max_rows: int = MAX_ROWS, order_free: bool = False) -> str | None:
        """The digest :meth:`bounded_select` records of the engine's answer on the local lane, with
        no rdflib term made (a stored page's read made again); None where there is no local lane."""
        if self._local is None:
            return None
        found = self._local(lambda store: _raw_digest(store, sparql, max_rows, order_free))
        return None if found is None else str(found)

    def _bounded_rows(
        self,
        sparql: str,
        bindings: Bindings | None,
        max_rows: int,
        raw: list[str] | None = None,
        order_free: bool = False,
    ) -> list[Row]:
        if self._local is not None:
            if self._check is not None:
                self._check(bindings)
            text = inject_values(sparql, bindings) if bindings else sparql
            found = self._local(lambda store: _local_rows(store, text, max_rows, raw, order_free))
            if found is not None:
                return found
        if raw is not None:
            raw.clear()
        return self.select(sparql, bindings, max_rows=max_rows)

    def bounded_ask(self, sparql: str) -> bool:
        """An ASK of the server's own with a bounded cost, on the local lane (:meth:`bounded_select`)."""
        with reads.inner() as recorder:
            answer = self._bounded_ask(sparql)
        if recorder is not None:
            recorder.add("bounded_ask", [sparql], answer)
        return answer

    def _bounded_ask(self, sparql: str) -> bool:
        if self._local is not None:
            found = self._local(lambda store: bool(store.query(sparql, use_default_graph_as_union=True)))
            if found is not None:
                return bool(found)
        return self.ask(sparql)

    def nquads(self) -> bytes:
        """Every quad of every named graph as N-Quads (for the dumps).

        Read in pages as TSV results, whose terms are already in N-Triples
        syntax, so no term object is made for a quad.
        """
        out: list[bytes] = []
        offset = 0
        while True:
            text = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {NQUADS_PAGE} OFFSET {offset}"
            job = QueryJob(
                text=text, results_media="text/tab-separated-values", graph_media=None, max_rows=NQUADS_PAGE
            )
            lines = self._execute(job).body.decode("utf-8").split("\n")[1:]
            rows = [line for line in lines if line]
            out.extend(line.replace("\t", " ").encode("utf-8") + b" .\n" for line in rows)
            if len(rows) < NQUADS_PAGE:
                return b"".join(out)
            offset += NQUADS_PAGE

    @property
    def local_lane(self) -> bool:
        """Whether :meth:`bounded_select` may run in this process (tests read it)."""
        return self._local is not None

    @property
    def generation(self) -> int | None:
        """A counter the runner bumps on every write it makes (None if unknown)."""
        return self._generation()


def _local_rows(
    store: Any, sparql: str, max_rows: int, raw: list[str] | None = None, order_free: bool = False
) -> list[Row]:
    """The rows of ``sparql`` on a pyoxigraph store as rdflib terms (at most ``max_rows``), the
    default graph the union of the named graphs as everywhere else. Each distinct term is made
    once per query and shared by its rows: a county's card repeats the county and three
    predicates on its 1 000-1 500 incoming rows, and making rdflib terms (an IRI checked, a
    literal parsed) was most of this function's Python time. ``raw``: filled with the answer's
    digest (:func:`_digest_of`)."""
    result = store.query(sparql, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    out: list[Row] = []
    made: dict[object, Identifier] = {}
    lines: list[bytes] | None = [] if raw is not None else None
    cut = False
    for solution in result:
        if len(out) >= max_rows:
            cut = True
            break
        row: Row = {}
        for i, name in enumerate(names):
            term = solution[i]
            if term is not None:
                known = made.get(term)
                if known is None:
                    known = made[term] = ox_to_rdflib(term)
                row[name] = known
        if lines is not None:
            lines.append(_raw_row(solution, len(names)))
        out.append(row)
    if raw is not None and lines is not None:
        raw[:] = [_digest_of(lines, order_free and not cut)]
    return out


def _raw_row(solution: Any, width: int) -> bytes:
    """One solution as the engine's terms in N-Triples form (unbound: empty), for a read's digest."""
    return ("\t".join("" if (t := solution[i]) is None else str(t) for i in range(width)) + "\n").encode(
        "utf-8", "surrogatepass"
    )


def _digest_of(lines: list[bytes], as_set: bool) -> str:
    """The digest of an answer's rows (:func:`_raw_row`) in the engine's order, or (``as_set``:
    an order-free read the engine did not cut at its row cap) of the rows sorted, marked so that
    the two kinds never meet: the same rows in another order then give the same digest."""
    hashed = hashlib.sha256(b"rows as a set\n" if as_set else b"")
    for line in sorted(lines) if as_set else lines:
        hashed.update(line)
    return hashed.hexdigest()[:32]


def _raw_digest(store: Any, sparql: str, max_rows: int, order_free: bool = False) -> str:
    """The digest :func:`_local_rows` makes of the same query's answer, with no rdflib term made."""
    result = store.query(sparql, use_default_graph_as_union=True)
    width = len(result.variables)
    lines: list[bytes] = []
    cut = False
    for n, solution in enumerate(result):
        if n >= max_rows:
            cut = True
            break
        lines.append(_raw_row(solution, width))
    return _digest_of(lines, order_free and not cut)
