"""A triple export holds every triple the store answers with, the default graph's too.

``hankegraafi load FILE.ttl`` (or ``.nt``: the union dump's own format) puts its triples in the
default graph, where every query sees them; but the triple formats of ``export`` and of
``/dumps/hankegraafi.ttl.gz`` were built from ``GRAPH ?g`` alone. Found by attack: a Turtle export
of the samples (3.7 MB) loaded into a new store answered every catalogue query as before, and
its own ``export --format ttl`` wrote 0 bytes, reported as done: a backup that silently held nothing.
"""

from __future__ import annotations

import io
from pathlib import Path

from rdflib import Graph

from hankegraafi.store.embedded import EmbeddedStore

NAMED = b'<http://a.example/s> <http://a.example/p> "nimetty" <http://a.example/g> .\n'
DEFAULT = b'<http://a.example/s> <http://a.example/p> "oletus" .\n<http://a.example/s> <http://a.example/p> "nimetty" .\n'


def _triples(store: EmbeddedStore, fmt: str) -> set[str]:
    out = io.BytesIO()
    store.dump(out, fmt)  # type: ignore[arg-type]
    return {
        str(o) for o in Graph().parse(data=out.getvalue(), format="turtle" if fmt == "ttl" else "nt").objects()
    }


def test_the_union_export_holds_the_default_graph(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.load(io.BytesIO(NAMED), "nq")
        store.load(io.BytesIO(DEFAULT), "nt")
        answered = store.query("SELECT ?o WHERE { <http://a.example/s> <http://a.example/p> ?o }")
        assert {str(row[0]) for row in answered.rows} == {"nimetty", "oletus"}  # type: ignore[union-attr]
        for fmt in ("ttl", "nt"):
            assert _triples(store, fmt) == {"nimetty", "oletus"}
    finally:
        store.close()


def test_a_turtle_export_loaded_again_exports_the_same(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path / "first")
    try:
        first.load(
            io.BytesIO(NAMED + b'<http://a.example/t> <http://a.example/p> "toinen" <http://a.example/h> .\n'),
            "nq",
        )
        dump = io.BytesIO()
        first.dump(dump, "ttl")
    finally:
        first.close()
    second = EmbeddedStore(tmp_path / "second")
    try:
        second.load(io.BytesIO(dump.getvalue()), "ttl")
        again = io.BytesIO()
        second.dump(again, "ttl")
    finally:
        second.close()
    assert len(again.getvalue()) > 0
    assert (
        Graph()
        .parse(data=again.getvalue(), format="turtle")
        .isomorphic(Graph().parse(data=dump.getvalue(), format="turtle"))
    )
