"""tests/reliability/docsets.py: ``write_documents`` writes the files ``build`` writes (version A of each
usable sample, named ``dNN-<sample>``) without their graphs, and the samples' shape check is made once a
process (stop 57: the kill test's workers case built and discarded 12 documents' graphs)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability import docsets


def test_write_documents_writes_each_usable_sample_as_build_names_it(tmp_path: Path) -> None:
    usable = docsets.usable_samples()
    paths = docsets.write_documents(2, tmp_path / "docs")
    assert len(paths) == 2 * len(usable) >= 8  # enough for an ingest with worker processes
    for n, path in enumerate(paths):
        sample = usable[n % len(usable)]
        assert path == tmp_path / "docs" / f"d{n:02d}-{sample.name}"
        assert path.read_bytes() == sample.read_text(encoding="utf-8").encode("utf-8")
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == sorted(p.name for p in paths)


def test_the_samples_are_checked_once_a_process() -> None:
    docsets.usable_samples()
    hits = docsets.usable_samples.cache_info().hits
    assert docsets.usable_samples() == docsets.usable_samples()
    assert docsets.usable_samples.cache_info().hits == hits + 2
    assert docsets.usable_samples.cache_info().misses == 1


def _doc(a: set[tuple[object, object, object]], b: set[tuple[object, object, object]]) -> docsets.Doc:
    return docsets.Doc(
        name="d00.txt",
        graph="urn:x:graph",
        a=docsets.Version(b"a", "sha-a", frozenset(a)),
        b=docsets.Version(b"b", "sha-b", frozenset(b)),
    )


def test_which_version_a_graph_is_by_its_triples_or_up_to_blank_node_names() -> None:
    from rdflib import BNode, Literal, URIRef

    s, p, q = URIRef("urn:x:s"), URIRef("urn:x:p"), URIRef("urn:x:q")
    a = {(s, p, Literal("2022")), (s, q, Literal("yksi"))}
    b = {(s, p, Literal("2021")), (s, q, Literal("yksi"))}
    doc = _doc(a, b)
    assert doc.which(set(a)) == "a" and doc.which(set(b)) == "b"
    assert doc.which({(s, p, Literal("2022"))}) is None  # a triple short: neither
    assert doc.which({(s, p, Literal("2020")), (s, q, Literal("yksi"))}) is None  # as many, other triples
    # a blank node named afresh, as a store gives it back: the same graph only up to its name
    node = BNode("stored")
    with_node = _doc({(s, p, BNode("built")), (BNode("built"), q, Literal("yksi"))}, b)
    assert with_node.which({(s, p, node), (node, q, Literal("yksi"))}) == "a"
    assert with_node.which({(s, p, node), (BNode("other"), q, Literal("yksi"))}) is None
