"""The canonical projects rewritten after a write of a few document graphs (ingest/canondelta.py) equal a
whole rebuild, and the partial path is the one taken.

Invented document graphs are written straight into an in-memory store with their catalogue entries (what an
ingest writes that the step reads), so that the cases come cheap: records with no county whose names mint one
IRI (the later gets a suffix: the number of clusters before it, so a document written before them renames it),
two records of one county matched by name, a part and its whole in one graph, and a re-ingest that changes a
plan code. The sample documents' writes are compared in test_derived_incremental.py (tests/writewalk.py).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest import canondelta, derived
from hankegraafi.ingest.canonical import build_triples, canonical_graph_iri, read_records
from hankegraafi.ingest.curation.decisions import merge_pairs, split_pairs
from hankegraafi.ontology.namespaces import catalogue_graph
from hankegraafi.store import graphdiff
from hankegraafi.store.embedded import EmbeddedStore

HG = "https://w3id.org/hankegraafi/ontology#"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/"


def write_document(
    store: EmbeddedStore, base: str, name: str, projects: list[tuple[str, str, dict[str, str]]]
) -> str:
    """Replace the document graph ``name`` with these projects (local name, label, other facts: region, code,
    part of a local name) and its catalogue entry; returns the graph's IRI."""
    graph = f"{base}graph/{name}"
    doc = f"{base}document/{name}"
    lines = [
        f'<{doc}> a <{HG}SourceDocument> ; <{HG}documentDate> "2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date> .'
    ]
    for local, label, facts in projects:
        p = f"<{base}project/{local}>"
        lines.append(
            f'{p} a <{HG}Project> ; <{HG}describedBy> <{doc}> ; <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@fi .'
        )
        if "region" in facts:
            lines.append(f"{p} <{HG}region> <{COUNTY}{facts['region']}> .")
        if "code" in facts:
            lines.append(f'{p} <http://purl.org/dc/terms/identifier> "{facts["code"]}" .')
        if "partOf" in facts:
            lines.append(f"{p} <{HG}partOf> <{base}project/{facts['partOf']}> .")
    store.update(
        f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ {' '.join(lines)} }} }} ;"
        f" DELETE WHERE {{ GRAPH <{catalogue_graph(base)}> {{ <{graph}> <{HG}sha256> ?old }} }} ;"
        f' INSERT DATA {{ GRAPH <{catalogue_graph(base)}> {{ <{graph}> <{HG}sha256> "{abs(hash(str(projects)))}" }} }}'
    )
    return graph


def remove_document(store: EmbeddedStore, base: str, name: str) -> str:
    graph = f"{base}graph/{name}"
    store.update(
        f"DROP SILENT GRAPH <{graph}> ; DELETE WHERE {{ GRAPH <{catalogue_graph(base)}> {{ <{graph}> ?p ?o }} }}"
    )
    return graph


def stored_lines(store: EmbeddedStore, base: str) -> set[str]:
    engine = graphdiff.engine_of(store)
    assert engine is not None
    text = graphdiff.stored_text(engine, canonical_graph_iri(base))
    return {line for line in text.split("\n") if line}


def whole_lines(store: EmbeddedStore, base: str) -> set[str]:
    records = read_records(store)
    return graphdiff.lines_of(build_triples(records, base, split_pairs(store, base), merge_pairs(store, base)))


@pytest.fixture
def results(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """What each partial rewrite returned (None: it made the rebuild whole)."""
    seen: list[int | None] = []
    original = canondelta.partial

    def spy(*args: object, **kwargs: object) -> int | None:
        seen.append(original(*args, **kwargs))  # type: ignore[arg-type]
        return seen[-1]

    monkeypatch.setattr(canondelta, "partial", spy)
    return seen


def test_partial_rewrites_equal_a_whole_rebuild(results: list[int | None]) -> None:
    store = EmbeddedStore(None)
    base = str(store.base_iri)
    # two projects of no county with one name (one IRI minted: the later one gets a suffix), a county's
    # project named in two documents, a part and its whole in one graph of another county
    write_document(store, base, "d2", [("loose-a", "Yhteinen hanke", {})])
    write_document(store, base, "d3", [("loose-b", "Yhteinen hanke", {})])
    write_document(store, base, "d4", [("x1", "Toinen hanke", {"region": "08", "code": "ABC-1"})])
    write_document(store, base, "d5", [("x2", "Toinen hanke", {"region": "08"})])
    write_document(
        store,
        base,
        "d6",
        [("w", "Kokonaisuus", {"region": "19"}), ("w-osa", "Osahanke", {"partOf": "w"})],
    )
    assert derived.recompute_all(store, base) == []
    assert stored_lines(store, base) == whole_lines(store, base)
    assert any("no-county/yhteinen-" in line for line in stored_lines(store, base))  # the suffix this is about
    writes = [
        # a document before the others: the suffixed name moves on (the kept cluster's island comes along)
        lambda: write_document(store, base, "d1", [("loose-c", "Yhteinen hanke", {})]),
        # a re-ingest that changes a plan code, and one that adds a part to a whole
        lambda: write_document(store, base, "d4", [("x1", "Toinen hanke", {"region": "08", "code": "XYZ-9"})]),
        lambda: write_document(
            store,
            base,
            "d6",
            [
                ("w", "Kokonaisuus", {"region": "19"}),
                ("w-osa", "Osahanke", {"partOf": "w"}),
                ("w-osa2", "Toinen osa", {"partOf": "w"}),
            ],
        ),
        lambda: remove_document(store, base, "d2"),
        lambda: remove_document(store, base, "d1"),
        lambda: remove_document(store, base, "d5"),
    ]
    for write in writes:
        touched = write()
        assert derived.recompute_all(store, base, touched={touched}) == []
        assert results[-1] is not None, touched  # partial, not whole
        assert stored_lines(store, base) == whole_lines(store, base), touched
    assert len(results) == len(writes)


def test_a_write_the_stored_graph_did_not_follow_rebuilds_whole(results: list[int | None]) -> None:
    store = EmbeddedStore(None)
    base = str(store.base_iri)
    write_document(store, base, "d1", [("a", "Eka hanke", {"region": "08"})])
    assert derived.recompute_all(store, base) == []
    write_document(store, base, "d2", [("b", "Eka hanke", {"region": "08"})])  # written with no rebuild after
    touched = write_document(store, base, "d3", [("c", "Kolmas hanke", {"region": "08"})])
    assert derived.recompute_all(store, base, touched={touched}) == []
    assert results == [None]
    assert stored_lines(store, base) == whole_lines(store, base)
