"""The ontology and the vocabularies in their own graphs of the store, written only when they changed.

Whether they changed was decided by the canonical digest of the parsed graphs: every ``ingest``
process parsed the vocabularies and canonicalised both graphs (about 1.2 s of CPU) to find that
nothing had changed. The store now keeps, beside that canonical digest (``hg:sha256``), a digest of
the SOURCE texts the graphs are parsed from (``hg:sourceSha256``): a process whose sources are
those stored parses and canonicalises nothing here. When the sources differ, the canonical
digest still decides whether the graph is written (a changed comment or a reordered file only
updates the source digest, so the derived graphs, which follow ``hg:sha256``, are not rebuilt).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import SKOS

from hankegraafi import __version__
from hankegraafi.ontology.namespaces import HG, ONTOLOGY_GRAPH, VOCAB, VOCAB_GRAPH, catalogue_graph
from hankegraafi.store import DocumentMeta, SelectResult, Store, StoreError

log = logging.getLogger(__name__)

#: What the digest of the sources is taken with: a change of how the texts are read into the graphs
#: (a new step of the loader) must change it too, or an old graph would be kept.
_SOURCES_FORMAT = "hankegraafi reference sources 1"

#: (size of the N-Triples text, canonical digest) of each reference graph the loader built, by the
#: graph object's id with a weak reference to it: the loader reads the ontology and the vocabularies
#: once a process (``loader.clear_caches`` builds new objects), and writing and canonicalising both
#: again at every :func:`ensure` was 0.5 s of CPU a call (stop 44).
#: Its N-Triples text is kept too (1.9 MB for both): a new store is given the same text again by
#: :func:`ensure`, which serialised both graphs once more at every new store (0.08 s of 0.3, stop 56).
_REFERENCE_DIGESTS: dict[int, tuple[weakref.ref[Graph], int, str, str]] = {}


def reference_digest(data: Graph) -> tuple[int, str]:
    """(size of its N-Triples text, sha256 of its canonical N-Triples lines sorted) of ``data``."""
    kept = _kept(data)
    return kept[1], kept[2]


def reference_text(data: Graph) -> str:
    """The N-Triples text of ``data`` as ``replace_graph`` writes it (kept with its digest)."""
    return _kept(data)[3]


def _kept(data: Graph) -> tuple[weakref.ref[Graph], int, str, str]:
    kept = _REFERENCE_DIGESTS.get(id(data))
    if kept is not None and kept[0]() is data:
        return kept
    text = data.serialize(format="nt", encoding="utf-8")
    # Hashed in canonical form: the parser names blank nodes afresh in every process, so a
    # hash of the text as parsed differed on every run, and each `ingest` rewrote both
    # graphs and rebuilt every derived graph although nothing had changed.
    canonical = to_canonical_graph(data).serialize(format="nt", encoding="utf-8")
    sha = hashlib.sha256(b"".join(sorted(canonical.splitlines()))).hexdigest()
    kept = (weakref.ref(data), len(text), sha, text.decode("utf-8"))
    _REFERENCE_DIGESTS[id(data)] = kept
    return kept


def _sources_digest(texts: list[tuple[str, str]]) -> str:
    """sha256 of (name, text) pairs in the order the loader parses them."""
    digest = hashlib.sha256(_SOURCES_FORMAT.encode())
    for name, text in texts:
        for part in (name, text):
            data = part.encode("utf-8", "surrogatepass")
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
    return digest.hexdigest()


def ontology_sources() -> str:
    """The digest of the text :func:`loader.ontology_graph` parses (read, not parsed: milliseconds)."""
    from hankegraafi.ontology import loader

    name = loader.ONTOLOGY_FILE
    return _sources_digest([(name, (loader._package_root() / name).read_text(encoding="utf-8"))])


def vocabulary_sources() -> str:
    """The digest of the texts :func:`loader.vocabulary_graph` parses: the shipped files in their
    order, then the extra sources (``registry.extended``)."""
    from hankegraafi.ontology import loader

    texts = [(f.name, f.read_text(encoding="utf-8")) for f in loader.vocabulary_files()]
    texts += [("extra", text) for text in loader._EXTRA_SOURCES]
    return _sources_digest(texts)


@dataclass(frozen=True)
class _Reference:
    graph: URIRef
    name: str
    build: Callable[[], Graph]
    sources: Callable[[], str]


def _references() -> tuple[_Reference, ...]:
    from hankegraafi.ontology import loader

    return (
        _Reference(ONTOLOGY_GRAPH, "ontology", loader.ontology_graph, ontology_sources),
        _Reference(VOCAB_GRAPH, "vocabularies", loader.vocabulary_graph, vocabulary_sources),
    )


def _stored(store: Store, base: str) -> dict[str, tuple[str, str | None]]:
    """Each reference graph's (canonical digest, source digest) in the catalogue, by its IRI: one
    query of two catalogue entries (``graph_metadata`` counted every graph of the store twice)."""
    result = store.query(
        f"""SELECT ?g ?sha ?src WHERE {{ GRAPH <{catalogue_graph(base)}> {{
          VALUES ?g {{ <{ONTOLOGY_GRAPH}> <{VOCAB_GRAPH}> }}
          ?g <{HG.sha256}> ?sha . OPTIONAL {{ ?g <{HG.sourceSha256}> ?src }} }} }}"""
    )
    assert isinstance(result, SelectResult)
    out: dict[str, tuple[str, str | None]] = {}
    for g, sha, src in result.rows:
        out[str(g)] = (str(sha), None if src is None else str(src))
    return out


def ensure(store: Store, base: str) -> list[str]:
    """Put the ontology and the vocabularies in their own graphs when they changed; the names of
    those written. Sources unchanged: nothing is parsed; changed to the same graph: only the source
    digest is written."""
    from hankegraafi.ontology import loader

    stored = _stored(store, base)
    updated = []
    for ref in _references():
        sources = ref.sources()
        sha, known_sources = stored.get(str(ref.graph), (None, None))
        if sha is not None and known_sources == sources:
            continue
        data = ref.build()
        sources = _sources_digest(loader.PARSED[ref.name])  # of the texts ``data`` was parsed from (R8-4)
        if sha is not None and known_sources == sources:
            continue  # this process's parse is older than the files: what it would store is stored
        size, canonical = reference_digest(data)
        if sha == canonical:  # the same graph from other texts (or a store from before the source digest)
            _note_sources(store, base, ref.graph, sources)
            continue
        meta = DocumentMeta(
            file_name=f"{ref.name}.ttl",
            sha256=canonical,
            size=size,
            media_type="text/turtle",
            ingested_at=datetime.now(UTC),
            tool_version=__version__,
            source_sha256=sources,
        )
        if type(store).replace_graph_ntriples is Store.replace_graph_ntriples:
            store.replace_graph(ref.graph, data, meta)  # a store that would parse the text again
        else:
            store.replace_graph_ntriples(ref.graph, reference_text(data) if len(data) else "", len(data), meta)
        updated.append(ref.name)
        log.info("stored %s (%d triples)", ref.name, len(data))
    return updated


def _note_sources(store: Store, base: str, graph: URIRef, sources: str) -> None:
    """Write the source digest of a reference graph whose stored triples are already these."""
    catalogue = catalogue_graph(base)
    value = Literal(sources).n3()
    store.update(
        f"DELETE WHERE {{ GRAPH <{catalogue}> {{ <{graph}> <{HG.sourceSha256}> ?old }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{catalogue}> {{ <{graph}> <{HG.sourceSha256}> {value} }} }}"
    )


def _vocabulary_current(store: Store, base: str) -> bool:
    """Whether the store's vocabulary graph was written from this process's sources."""
    stored = _stored(store, base).get(str(VOCAB_GRAPH))
    return stored is not None and stored[1] == vocabulary_sources()


def stored_place_labels(store: Store, base: str) -> list[str]:
    """The Finnish preferred labels of counties (``" hyvinvointialue"``) in the store's vocabulary
    graph (what :mod:`matching` reads of the vocabularies)."""
    result = store.query(
        f"""SELECT ?label WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ ?s <{SKOS.prefLabel}> ?label
          FILTER(LANG(?label) = "fi" && STRENDS(STR(?label), " hyvinvointialue")) }} }}"""
    )
    if not isinstance(result, SelectResult):
        raise StoreError("the store answered a SELECT with something else")
    return [str(label) for (label,) in result.rows]


def stored_concepts(store: Store, schemes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The concept IRIs of each of these schemes (by name) in the store's vocabulary graph, sorted."""
    values = " ".join(f"<{VOCAB}{name}>" for name in schemes)
    result = store.query(
        f"""SELECT ?scheme ?c WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ VALUES ?scheme {{ {values} }}
          ?c <{SKOS.inScheme}> ?scheme FILTER(isIRI(?c)) }} }}"""
    )
    if not isinstance(result, SelectResult):
        raise StoreError("the store answered a SELECT with something else")
    found: dict[str, list[str]] = {name: [] for name in schemes}
    for scheme, concept in result.rows:
        found[str(scheme)[len(str(VOCAB)) :]].append(str(concept))
    return {name: tuple(sorted(set(iris))) for name, iris in found.items()}


@contextlib.contextmanager
def vocabulary_from_store(store: Store, base: str) -> Iterator[None]:
    """While the derived step runs: what it reads of the vocabularies (the county labels of
    :mod:`matching`, the concepts the stored answers are cut by) from the store's vocabulary graph,
    when that graph was written from this process's sources and this process has not parsed them.
    A ``remove`` (or a server write) in a fresh process parsed every vocabulary for these (1.9 s of
    CPU); now three small queries. Else (a graph of other sources, a store error) they are parsed."""
    from hankegraafi.ingest import matching
    from hankegraafi.ontology import loader
    from hankegraafi.queries import answerkeys

    given = None
    if not loader.vocabulary_graph.cache_info().currsize:
        try:
            if _vocabulary_current(store, base):
                given = stored_place_labels(store, base), stored_concepts(store, answerkeys.STEP_SCHEMES)
        except StoreError as exc:
            log.debug("the vocabularies' labels not read from the store: %s", exc)
    if given is None:
        yield
        return
    with matching.given_place_labels(given[0]), answerkeys.given_schemes(given[1]):
        yield
