"""Downloadable dumps of the whole dataset, regenerated when the data changes.

A dump is written on the first request after a change of the data version
(:func:`hankegraafi.server.pages.access.data_version`), under a name that
carries the version, and served from disk until the data changes again;
older files are removed. The quads are read through the same query runner
as every page (in pages of :data:`PAGE_SIZE` rows), personal data is removed
graph by graph with the filter the pages use, and pyoxigraph writes
N-Quads (named graphs kept) or Turtle (their union).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import tempfile
import threading
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.rdfout import clean
from hankegraafi.store.base import STAGING_PREFIX

log = logging.getLogger(__name__)

#: Rows read per query while dumping.
PAGE_SIZE = 200_000

QUADS_QUERY = """
SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }
"""

FORMATS = {"hankegraafi.nq.gz": "nq", "hankegraafi.ttl.gz": "ttl"}

_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)


class DumpError(Exception):
    """A dump could not be written (the message names the folder)."""


def default_folder(store_location: str) -> Path:
    """Next to an embedded store (``<store>.dumps``) if writable, else in the temporary folder."""
    digest = hashlib.sha256(store_location.encode()).hexdigest()[:12]
    if not store_location.startswith(("http://", "https://")):
        beside = Path(store_location).expanduser().resolve()
        candidate = beside.parent / f"{beside.name}.dumps"
        if os.access(beside.parent, os.W_OK):
            return candidate
    return Path(tempfile.gettempdir()) / f"hankegraafi-dumps-{digest}"


def _tag(version: str) -> str:
    return hashlib.sha256(version.encode()).hexdigest()[:16]


def ensure(folder: Path, name: str, version: str, data: DataAccess, *, person_names: bool) -> Path:
    """The dump ``name`` for data ``version``, written now if it is not on disk yet."""
    if name not in FORMATS:
        raise KeyError(name)
    target = folder / f"{_tag(version)}-{name}"
    if target.exists():
        return target
    with _locks[str(target)]:
        if target.exists():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DumpError(f"cannot create the dump folder {folder}: {exc}") from exc
        quads = read_quads(data, person_names=person_names)
        fd, tmp = tempfile.mkstemp(prefix=".partial-", dir=folder)
        os.close(fd)
        try:
            write(Path(tmp), FORMATS[name], quads)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in folder.glob(f"*-{name}"):
            if old != target:
                old.unlink(missing_ok=True)
        log.info("wrote dump %s (%d quads)", target, len(quads))
    return target


def read_quads(
    data: DataAccess, *, person_names: bool
) -> list[tuple[Identifier, Identifier, Identifier, URIRef]]:
    """Every quad of every named graph (staging graphs left out), cleaned of personal data."""
    by_graph: dict[URIRef, Graph] = defaultdict(Graph)
    offset = 0
    while True:
        rows = data.select(f"{QUADS_QUERY} LIMIT {PAGE_SIZE} OFFSET {offset}")
        for row in rows:
            graph = row["g"]
            if str(graph).startswith(STAGING_PREFIX):
                continue
            by_graph[graph].add((row["s"], row["p"], row["o"]))  # type: ignore[index]
        if len(rows) < PAGE_SIZE:
            break
        offset += PAGE_SIZE
    out = []
    for graph in sorted(by_graph, key=str):
        for s, p, o in clean(by_graph[graph], person_names=person_names):
            out.append((s, p, o, graph))
    return out


def _ox(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unexpected term {term!r}")


def write(path: Path, fmt: str, quads: list[tuple[Identifier, Identifier, Identifier, URIRef]]) -> None:
    """Write ``quads`` gzipped as N-Quads (``nq``) or as the Turtle of their union (``ttl``)."""
    if fmt == "nq":
        items: list[ox.Quad] | list[ox.Triple] = [
            ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g))
            for s, p, o, g in quads  # type: ignore[arg-type]
        ]
        body = ox.serialize(items, format=ox.RdfFormat.N_QUADS)
    else:
        unique = {(s, p, o) for s, p, o, _ in quads}
        triples = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in sorted(unique, key=str)]  # type: ignore[arg-type]
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert body is not None
    with gzip.open(path, "wb", compresslevel=6) as out:
        out.write(body)
