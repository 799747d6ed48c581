"""``Ingester.remove`` finds the graphs to remove with one catalogue query (ingest/pipeline.py
``_removal_targets``) where it counted every graph of the store twice (``store.graphs()`` for the
candidates, ``graph_metadata`` for the change log): the same candidates in the same order, with
the same file name and document, as the two counts gave."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from hankegraafi.ingest.pipeline import Ingester, _removal_targets, document_key
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore


def _as_before(store: EmbeddedStore, base: str, key_or_name: str) -> list[tuple[str, str | None, str | None]]:
    """The candidates and their metadata as ``remove`` read them from ``store.graphs()``."""
    name = Path(key_or_name).name
    candidates = [graph_iri(document_key(Path(name)), base=base)]
    for info in store.graphs():
        if info.file_name == name or info.iri == key_or_name:
            candidates.insert(0, URIRef(info.iri))
    documents = (f"{base}graph/", f"{base}quarantine/")
    out = []
    for target in candidates:
        if str(target).startswith(documents):
            meta = store.graph_metadata(target)
            out.append((str(target), meta and meta.file_name, meta and meta.document))
    return out


def _now(store: EmbeddedStore, base: str, key_or_name: str) -> list[tuple[str, str | None, str | None]]:
    name = Path(key_or_name).name
    documents = (f"{base}graph/", f"{base}quarantine/")
    fallback = graph_iri(document_key(Path(name)), base=base)
    found = _removal_targets(store, name, key_or_name, fallback, documents)
    candidates = [URIRef(g) for g in reversed(found) if g != str(fallback) or found[g][2]] + [fallback]
    out = []
    for target in candidates:
        if str(target).startswith(documents):
            meta = found.get(str(target))
            out.append((str(target), meta and meta[0], meta and meta[1]))
    return out


def test_the_same_candidates_as_the_graph_counts(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "a").mkdir(parents=True)
    (docs / "b").mkdir()
    text = "Hankkeen nimi: Kotihoidon etäpalvelut\nHyvinvointialue: Lapin hyvinvointialue\n"
    (docs / "a" / "raportti.txt").write_text(text, encoding="utf-8")
    (docs / "b" / "raportti.txt").write_text(text.replace("Kotihoidon", "Kuntoutuksen"), encoding="utf-8")
    (docs / "toinen 'x\".txt").write_text(text.replace("Kotihoidon", "Omaishoidon"), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingester = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={}))
        outcomes = ingester.ingest_all(sorted(p for p in docs.rglob("*.txt")))
        assert [o.status for o in outcomes] == ["stored"] * 3
        base = store.base_iri
        stored = [i.iri for i in store.graphs() if i.file_name]
        asked = [
            "raportti.txt",
            "a/raportti.txt",
            "toinen 'x\".txt",
            "puuttuu.txt",
            *stored,
            f"{base}graph/ei-ole",
            f"{base}graph/ei ole",
            "https://example.org/muu",
        ]
        for key_or_name in asked:
            assert _now(store, base, key_or_name) == _as_before(store, base, key_or_name), key_or_name
        # The graph catalogued under the name is the first candidate, with its catalogue entry.
        first = _now(store, base, "raportti.txt")[0]
        assert first[0] == f"{base}graph/raportti-txt" and first[1] == "raportti.txt" and first[2]
        assert _now(store, base, "puuttuu.txt") == [(f"{base}graph/puuttuu-txt", None, None)]
        assert ingester.remove("raportti.txt") is not None
    finally:
        store.close()
