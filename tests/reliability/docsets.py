"""Invented documents in two versions each, with the graph each version must give.

Fault-injection tests ingest version A, then switch some documents to version
B and break the ingest; afterwards every document graph in the store must be
exactly A's graph or exactly B's (and the catalogue must name that version).
Versions are made from the bundled samples (invented text) by a textual
change that alters the extracted graph; both versions pass the shapes.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from bench.fuzzing import SAMPLES
from bench.live import cli as cli  # the reliability tests run the command line through docsets

# Tried in order until the graph changes: a year, a conjunction, a letter.
CHANGES = (("2022", "2021"), ("ja ", "sekä "), ("a", "ä"))


@dataclass(frozen=True)
class Version:
    data: bytes
    sha256: str
    triples: frozenset[tuple[object, object, object]]


@dataclass(frozen=True)
class Doc:
    name: str
    graph: str
    a: Version
    b: Version

    def which(self, triples: set[tuple[object, object, object]]) -> str | None:
        """ "a" or "b" when ``triples`` is that version's graph, else None.

        Compared up to the names of blank nodes: a store gives a graph back with
        blank nodes of its own (a SPARQL update mints them fresh), as a graph
        store does, so only isomorphism says two graphs are the same. The same
        triples are the same graph without it: a graph without blank nodes comes
        back as the very set (rdflib's isomorphism, 50 ms a document, was most of
        an audit, made after every kill).
        """
        from rdflib.compare import isomorphic

        got: Graph | None = None
        for name, version in (("a", self.a), ("b", self.b)):
            if len(version.triples) != len(triples):
                continue
            if triples == version.triples:
                return name
            got = got if got is not None else _graph(triples)
            if isomorphic(got, _graph(version.triples)):
                return name
        return None


def _graph(triples: Iterable[tuple[object, object, object]]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)  # type: ignore[arg-type]
    return g


def canonical(graph: Graph) -> frozenset[tuple[object, object, object]]:
    """The triples as the store gives them back (Oxigraph writes xsd:decimal 30.0 as 30)."""
    from hankegraafi.store.embedded import EmbeddedStore

    store = EmbeddedStore(None)
    target = URIRef("urn:hankegraafi:test:canonical")
    store.replace_graph(target, graph)
    return frozenset(store.get_graph(target))


@functools.cache
def usable_samples() -> tuple[Path, ...]:
    """The bundled samples the shapes accept as they are (extraction evolves), found once a process:
    each was extracted and validated again at every :func:`build` (a second of CPU each time)."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.settings import Config
    from hankegraafi.shapes import validate

    logging.disable(logging.WARNING)
    try:
        ingester = Ingester(None, Config.load({}, environ={}))
        usable = []
        for sample in sorted(SAMPLES.glob("*.txt")):
            graph, _, _ = ingester.build_graph(sample)
            if validate(graph).conforms:
                usable.append(sample)
    finally:
        logging.disable(logging.NOTSET)
    assert len(usable) >= 4, f"only {len(usable)} of the samples pass the shapes"
    return tuple(usable)


def write_documents(copies: int, folder: Path) -> list[Path]:
    """The files :func:`build` writes (version A of each), without the versions' graphs: for a test
    that only needs documents to ingest (kill_ingest's workers test built 12 documents' graphs, two
    versions each, and read none of them)."""
    folder.mkdir(parents=True, exist_ok=True)
    usable = usable_samples()
    paths = []
    for n in range(copies * len(usable)):
        sample = usable[n % len(usable)]
        path = folder / f"d{n:02d}-{sample.name}"
        path.write_bytes(sample.read_text(encoding="utf-8").encode("utf-8"))
        paths.append(path)
    return paths


def build(copies: int, folder: Path) -> list[Doc]:
    """``copies`` × the six samples as ``dNN-<sample>.txt``, with both versions' graphs."""
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.ontology.namespaces import graph_iri
    from hankegraafi.settings import Config
    from hankegraafi.shapes import validate

    logging.disable(logging.WARNING)
    try:
        cfg = Config.load({}, environ={})
        ingester = Ingester(None, cfg)
        folder.mkdir(parents=True, exist_ok=True)
        docs = []
        usable = usable_samples()
        for n in range(copies * len(usable)):
            sample = usable[n % len(usable)]
            name = f"d{n:02d}-{sample.name}"
            path = folder / name
            text = sample.read_text(encoding="utf-8")
            path.write_text(text, encoding="utf-8")
            graph_a, _, _ = ingester.build_graph(path)
            for old, new in CHANGES:
                path.write_text(text.replace(old, new), encoding="utf-8")
                graph_b, _, _ = ingester.build_graph(path)
                if set(graph_b) != set(graph_a) and validate(graph_b).conforms:
                    break
            else:  # pragma: no cover - the samples always change under one of them
                raise AssertionError(f"no change alters the graph of {sample.name}")
            assert validate(graph_a).conforms, name
            data_a, data_b = text.encode("utf-8"), path.read_bytes()
            docs.append(
                Doc(
                    name=name,
                    graph=str(graph_iri(name, base=str(cfg.base_iri))),
                    a=Version(data_a, hashlib.sha256(data_a).hexdigest(), canonical(graph_a)),
                    b=Version(data_b, hashlib.sha256(data_b).hexdigest(), canonical(graph_b)),
                )
            )
            path.write_bytes(data_a)
        return docs
    finally:
        logging.disable(logging.NOTSET)


def uncaught_traceback(stderr: str) -> bool:
    """True when the command died of an exception (a traceback not written by a logger)."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Traceback (most recent call last)"):
            logged = i > 0 and lines[i - 1].startswith(("ERROR ", "WARNING ", "CRITICAL "))
            if not logged:
                return True
    return False


@dataclass
class Audit:
    """What a store holds after a fault, checked against the documents' two versions."""

    versions: dict[str, str]
    staging_before_open: int
    problems: list[str]


def audit(store_path: Path, docs: list[Doc], reference_triples: Mapping[str, int]) -> Audit:
    """Reopen the store and check every graph is one whole version, with a matching catalogue entry."""
    import pyoxigraph as ox

    from hankegraafi.ingest.canonical import canonical_graph_iri
    from hankegraafi.ontology.namespaces import catalogue_graph
    from hankegraafi.store.base import STAGING_PREFIX
    from hankegraafi.store.embedded import EmbeddedStore

    problems: list[str] = []
    # First look without writing: staging graphs a killed writer left behind.
    raw = ox.Store.read_only(str(store_path))
    staging = sum(
        1 for g in raw.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING_PREFIX)
    )
    del raw
    store = EmbeddedStore(store_path)  # a read-write open drops leftover staging graphs
    versions: dict[str, str] = {}
    try:
        names = {g.value for g in store._store.named_graphs() if isinstance(g, ox.NamedNode)}
        left = [g for g in names if g.startswith(STAGING_PREFIX)]
        if left:
            problems.append(f"staging graphs still there after reopening: {left}")
        infos = {i.iri: i for i in store.graphs()}
        catalogue = str(catalogue_graph(store.base_iri))
        for doc in docs:
            info = infos.get(doc.graph)
            if info is None:
                continue  # never stored (the first ingest was killed before it)
            triples = set(store.get_graph(URIRef(doc.graph)))
            version = doc.which(triples)
            if version is None:
                problems.append(f"{doc.name}: graph is neither version ({len(triples)} triples)")
                continue
            expected = doc.a if version == "a" else doc.b
            if info.sha256 != expected.sha256:
                problems.append(f"{doc.name}: catalogue sha256 is not that of version {version}")
            if info.triples != len(expected.triples):
                problems.append(f"{doc.name}: {info.triples} triples counted, {len(expected.triples)} expected")
            versions[doc.name] = version
        for iri, want in reference_triples.items():
            got = infos[iri].triples if iri in infos else 0
            if got and got != want:
                problems.append(f"reference graph {iri}: {got} triples, {want} expected")
        # The catalogue: one entry per graph, and no graph without an entry.
        rows = store.query(
            f"SELECT ?g (COUNT(DISTINCT ?sha) AS ?n) (COUNT(DISTINCT ?f) AS ?m) WHERE {{ GRAPH <{catalogue}> "
            "{ ?g <https://w3id.org/hankegraafi/ontology#sha256> ?sha ; "
            "<https://w3id.org/hankegraafi/ontology#fileName> ?f } } GROUP BY ?g"
        )
        entries = {str(g): (int(n), int(m)) for g, n, m in rows.rows}  # type: ignore[union-attr,arg-type]
        for g, (n, m) in entries.items():
            if n != 1 or m != 1:
                problems.append(f"catalogue entry of {g} is duplicated ({n} sha256, {m} file names)")
            if g not in names:
                problems.append(f"catalogue entry without a graph: {g}")
        from hankegraafi.ingest.changelog import changes_graph
        from hankegraafi.ingest.derived import stamp_graph_iri, steps
        from hankegraafi.ingest.inference import state_graph_iri

        # rebuilt from the documents, not one of them (canonical projects, inferred triples, …)
        derived = (
            {str(step.graph(store.base_iri)) for step in steps()}
            | {str(canonical_graph_iri(store.base_iri))}
            | {str(changes_graph(store.base_iri)), str(stamp_graph_iri(store.base_iri))}
            | {str(state_graph_iri(store.base_iri))}  # what the inferred graph followed (ingest/inferdelta.py)
        )
        for g in names - {catalogue} - derived - set(left):
            if g not in entries:
                problems.append(f"graph without a catalogue entry: {g}")
    finally:
        store.close()
    return Audit(versions=versions, staging_before_open=staging, problems=problems)
