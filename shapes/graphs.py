"""The graphs pyshacl validates: SPARQL texts parsed once, triple patterns answered from dicts."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from rdflib import Graph, Node
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor, Result
from rdflib.term import Identifier


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


#: The initNs handed to rdflib with an already parsed query: never read, only not empty.
_PARSED: Mapping[str, Any] = MappingProxyType({"_parsed": ""})


class ValidationGraph(Graph):
    """The copy that pyshacl validates, parsing each SPARQL text only once.

    pyshacl sends the same query text for every focus node of a SPARQL
    constraint ($this goes in as a binding) and rdflib would parse it every
    time, about 30 ms each. Our queries declare their own prefixes
    (sh:prefixes), so a text parsed without the graph's namespaces means the same.
    """

    def query(
        self,
        query_object: str | Query,
        processor: str | Processor = "sparql",
        result: str | type[Result] = "sparql",
        initNs: Mapping[str, Any] | None = None,
        initBindings: Mapping[str, Identifier] | None = None,
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Result:
        if isinstance(query_object, str) and not initNs:
            query_object = _prepared(query_object)
        if isinstance(query_object, Query) and not initNs:
            # rdflib would copy the graph's ~30 namespace bindings into initNs on every
            # query, to resolve prefixes while parsing; a parsed query has none left.
            initNs = _PARSED
        return super().query(
            query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
        )


class IndexedValidationGraph(ValidationGraph):
    """The copy as :func:`validate` runs it: pattern lookups answered from plain dicts.

    pyshacl asks for some 15 000 triple patterns a document, and rdflib's
    memory store spends most of each on its bookkeeping of contexts, which one
    graph does not need. The indexes are built on the first lookup after a
    change (or given whole by :meth:`seed_index`); an added triple goes into
    them too, unless a lookup is being iterated (then, as any other change, it
    drops them), so they never answer for other data.
    """

    _index: tuple[dict[Node, dict[Node, set[Node]]], dict[Node, dict[Node, set[Node]]]] | None = None
    #: Lookups being iterated: while one is, a change builds new dicts instead of touching these.
    _readers = 0
    #: The number of triples, counted on the indexes it was counted on.
    _size: tuple[object, int] | None = None
    #: Triples given to :meth:`load` and not yet written to rdflib's store.
    _pending: list[tuple[Node, Node, Node]] | None = None

    def load(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Take ``triples`` as the content of this empty graph: into the indexes at once, into
        rdflib's store only when something asks the store (a pattern with neither subject nor
        predicate, ``len``, a removal). Validation mostly never does, and writing a document's
        copy into the context-aware memory store was about 8 ms of its 50."""
        if len(self):
            raise ValueError("load() fills an empty graph")
        self._pending = list(triples)
        self.seed_index(self._pending)

    def _flush(self) -> None:
        """Write what :meth:`load` kept back into rdflib's store (the indexes hold it already)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            Graph.addN(self, ((s, p, o, self) for s, p, o in pending))

    def __len__(self) -> int:
        # pyshacl asks whether the graph is empty for every result it words: the indexes,
        # which hold exactly the graph's triples, answer without writing it out.
        if self._index is not None:
            if self._size is None or self._size[0] is not self._index:
                self._size = (
                    self._index,
                    sum(len(o) for by_p in self._index[0].values() for o in by_p.values()),
                )
            return self._size[1]
        self._flush()
        return super().__len__()

    def add(self, triple: tuple[Node, Node, Node]) -> IndexedValidationGraph:
        # pyshacl adds its system triples to the shapes graph on every run: no change, no rebuild.
        if self._index is not None and triple in self:
            return self
        index, self._index = self._index, None
        super().add(triple)
        if index is not None and not self._readers:
            s, p, o = triple
            index[0].setdefault(s, {}).setdefault(p, set()).add(o)
            index[1].setdefault(p, {}).setdefault(o, set()).add(s)
            self._index = index
            if self._size is not None and self._size[0] is index:
                self._size = (index, self._size[1] + 1)  # the triple was not there (checked above)
        return self

    def seed_index(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Build the indexes from ``triples``, which must be exactly what the graph holds."""
        spo: dict[Node, dict[Node, set[Node]]] = {}
        pos: dict[Node, dict[Node, set[Node]]] = {}
        for s, p, o in triples:
            spo.setdefault(s, {}).setdefault(p, set()).add(o)
            pos.setdefault(p, {}).setdefault(o, set()).add(s)
        self._index = (spo, pos)

    def addN(self, quads: Iterable[Any]) -> IndexedValidationGraph:
        self._flush()
        self._index = None
        super().addN(quads)
        return self

    def remove(self, triple: Any) -> IndexedValidationGraph:
        self._flush()
        self._index = None
        super().remove(triple)
        return self

    def _indexes(self) -> tuple[dict[Node, dict[Node, set[Node]]], dict[Node, dict[Node, set[Node]]]]:
        if self._index is None:
            self._flush()
            spo: dict[Node, dict[Node, set[Node]]] = {}
            pos: dict[Node, dict[Node, set[Node]]] = {}
            for s, p, o in super().triples((None, None, None)):
                spo.setdefault(s, {}).setdefault(p, set()).add(o)
                pos.setdefault(p, {}).setdefault(o, set()).add(s)
            self._index = (spo, pos)
        return self._index

    def triples(self, triple: Any) -> Any:
        s, p, o = triple
        if isinstance(p, Path):  # evaluated step by step through this method
            return super().triples(triple)
        if s is None and p is None:
            self._flush()
            return super().triples(triple)
        return self._lookup(s, p, o)

    def _lookup(self, s: Node | None, p: Node | None, o: Node | None) -> Iterator[tuple[Node, Node, Node]]:
        # While this runs, a change builds new dicts and never touches these, so iterating
        # them while the caller adds or removes triples is safe (it sees the graph as it was).
        self._readers += 1
        try:
            spo, pos = self._indexes()
            if s is not None:
                by_p = spo.get(s)
                if not by_p:
                    return
                if p is not None:
                    objects = by_p.get(p, ())
                    if o is None:
                        for obj in objects:
                            yield s, p, obj
                    elif o in objects:
                        yield s, p, o
                    return
                for pred, objects in by_p.items():
                    if o is None:
                        for obj in objects:
                            yield s, pred, obj
                    elif o in objects:
                        yield s, pred, o
                return
            assert p is not None
            by_o = pos.get(p)
            if not by_o:
                return
            if o is not None:
                for subj in by_o.get(o, ()):
                    yield subj, p, o
                return
            for obj, subjects in by_o.items():
                for subj in subjects:
                    yield subj, p, obj
        finally:
            self._readers -= 1
