"""One suite, every backend: the embedded store and a real SPARQL server.

As in pyoxigraph's own tests, an abstract suite is subclassed once per backend.
"""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from hankegraafi.ontology.namespaces import catalogue_graph, graph_iri
from hankegraafi.store import DocumentMeta, QuerySyntaxError, SelectResult, Store, StoreError, StoreUnavailable
from hankegraafi.store.embedded import EmbeddedStore
from hankegraafi.store.remote import RemoteStore

EX = Namespace("http://example.org/")


def sample_graph(version: int, size: int = 5) -> Graph:
    g = Graph()
    for i in range(size):
        g.add((EX[f"s{i}"], EX.version, Literal(version)))
        g.add((EX[f"s{i}"], EX.label, Literal(f"nimi {i} ä", lang="fi")))
    return g


def meta(name: str, sha: str = "0" * 64) -> DocumentMeta:
    return DocumentMeta(
        file_name=name,
        sha256=sha,
        size=123,
        media_type="text/plain",
        kind="https://w3id.org/hankegraafi/vocab/document-kind/final-report",
        ingested_at=datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        tool_version="0.1.0",
    )


class StoreSuite:
    """Behaviour every backend must show."""

    @pytest.fixture
    def store(self) -> Store:  # pragma: no cover - overridden
        raise NotImplementedError

    @pytest.fixture
    def backend(self) -> str:
        """Which engine answers, for the few differences a test records as known."""
        return "embedded"

    @pytest.fixture
    def g1(self) -> URIRef:
        return graph_iri(f"doc-{uuid.uuid4().hex[:8]}.txt")

    def test_replace_then_query_select(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(1), meta("a.txt"))
        result = store.query(f"SELECT ?s ?v WHERE {{ GRAPH <{g1}> {{ ?s <{EX.version}> ?v }} }} ORDER BY ?s")
        assert isinstance(result, SelectResult)
        assert result.variables == ["s", "v"]
        assert [(str(s), int(v)) for s, v in result.rows] == [(str(EX[f"s{i}"]), 1) for i in range(5)]

    def test_default_graph_is_union(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(7), meta("a.txt"))
        result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX.version}> 7 }}")
        assert isinstance(result, SelectResult)
        assert int(result.rows[0][0]) >= 5  # type: ignore[arg-type]

    def test_ask_construct_describe(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(2), meta("a.txt"))
        assert store.query(f"ASK {{ GRAPH <{g1}> {{ <{EX.s0}> <{EX.version}> 2 }} }}") is True
        assert store.query(f"ASK {{ GRAPH <{g1}> {{ <{EX.s0}> <{EX.version}> 3 }} }}") is False
        built = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g1}> {{ ?s ?p ?o }} }}")
        assert isinstance(built, Graph)
        assert isomorphic(built, sample_graph(2))
        described = store.query(f"DESCRIBE <{EX.s1}>")
        assert isinstance(described, Graph)
        assert (EX.s1, EX.label, Literal("nimi 1 ä", lang="fi")) in described

    def test_bindings_are_terms_not_syntax(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(3), meta("a.txt"))
        q = f"SELECT ?v WHERE {{ GRAPH <{g1}> {{ ?s <{EX.version}> ?v }} }}"
        hit = store.query(q, bindings={"s": EX.s2})
        assert isinstance(hit, SelectResult)
        assert [int(r[0]) for r in hit.rows] == [3]  # type: ignore[arg-type]
        hostile = store.query(q, bindings={"s": Literal('x" } } ; DROP ALL ; #')})
        assert isinstance(hostile, SelectResult)
        assert hostile.rows == []
        assert store.count(g1) == 10

    @pytest.mark.parametrize(
        "value",
        [
            Literal('\n\\"'),  # a line break, a backslash, a quote at the end: rdflib's n3() broke it
            Literal('rivi\r\nja "lainaus""'),
            Literal("\\u0041 ei ole A"),
            Literal('x"""', lang="sv"),
            Literal('1"', datatype=URIRef("http://www.w3.org/2001/XMLSchema#token")),
        ],
    )
    def test_a_bound_literal_comes_back_as_it_was(self, store: Store, value: Literal) -> None:
        query = "SELECT ?x WHERE { BIND(1 AS ?one) }"
        if "\\u" in value and isinstance(store, RemoteStore):
            # Servers disagree on whether \u escapes apply inside an escaped backslash: refused.
            with pytest.raises(QuerySyntaxError, match="escapes"):
                store.query(query, bindings={"x": value})
            return
        result = store.query(query, bindings={"x": value})
        assert isinstance(result, SelectResult)
        assert result.rows == [(value,)]

    def test_replace_is_whole(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(1, size=5), meta("a.txt"))
        store.replace_graph(g1, sample_graph(2, size=3), meta("a.txt", sha="1" * 64))
        assert store.count(g1) == 6
        versions = store.query(f"SELECT DISTINCT ?v WHERE {{ GRAPH <{g1}> {{ ?s <{EX.version}> ?v }} }}")
        assert isinstance(versions, SelectResult)
        assert [int(r[0]) for r in versions.rows] == [2]  # type: ignore[arg-type]
        info = store.graph_metadata(g1)
        assert info is not None
        assert info.sha256 == "1" * 64
        assert info.triples == 6

    def test_replace_from_ntriples_is_the_same(self, store: Store, g1: URIRef) -> None:
        """Ingest hands documents over as N-Triples text: same graph, same catalogue entry."""
        store.replace_graph(g1, sample_graph(1, size=5), meta("a.txt"))
        data = sample_graph(2, size=3)
        store.replace_graph_ntriples(g1, data.serialize(format="nt"), len(data), meta("a.txt", sha="1" * 64))
        built = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g1}> {{ ?s ?p ?o }} }}")
        assert isinstance(built, Graph)
        assert isomorphic(built, data)
        info = store.graph_metadata(g1)
        assert info is not None
        assert (info.sha256, info.triples) == ("1" * 64, len(data))

    def test_graphs_lists_metadata(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(1), meta("raportti.txt"))
        infos = {i.iri: i for i in store.graphs()}
        info = infos[str(g1)]
        assert info.file_name == "raportti.txt"
        assert info.size == 123
        assert info.media_type == "text/plain"
        assert info.kind == "https://w3id.org/hankegraafi/vocab/document-kind/final-report"
        assert info.tool_version == "0.1.0"
        assert info.ingested_at is not None and info.ingested_at.startswith("2026-11-23T12:00:00")
        assert info.triples == 10
        assert not any(i.startswith("urn:hankegraafi:staging:") for i in infos)

    def test_drop_graph(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(1), meta("a.txt"))
        assert store.drop_graph(g1) is True
        assert store.count(g1) == 0
        assert store.graph_metadata(g1) is None
        assert store.drop_graph(g1) is False
        catalogue = catalogue_graph()
        left = store.query(f"ASK {{ GRAPH <{catalogue}> {{ <{g1}> ?p ?o }} }}")
        assert left is False

    def test_replace_with_empty_graph_empties_it(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(1), meta("a.txt"))
        store.replace_graph(g1, Graph(), meta("a.txt"))
        assert store.count(g1) == 0

    def test_syntax_error_is_typed(self, store: Store) -> None:
        with pytest.raises(QuerySyntaxError):
            store.query("SELECT ?x WHERE { ?x ")

    def test_update_runs(self, store: Store, g1: URIRef) -> None:
        store.update(f"INSERT DATA {{ GRAPH <{g1}> {{ <{EX.a}> <{EX.b}> 'c' }} }}")
        assert store.count(g1) == 1

    def test_serialized_results_csv(
        self, store: Store, g1: URIRef, backend: str, request: pytest.FixtureRequest
    ) -> None:
        if backend == "virtuoso":
            request.applymarker(
                pytest.mark.xfail(
                    raises=AssertionError,
                    strict=True,
                    reason="Virtuoso quotes CSV header names ('\"v\"'): the same CSV, other bytes; "
                    "query_serialized passes the server's bytes on unchanged",
                )
            )
        store.replace_graph(g1, sample_graph(4, size=1), meta("a.txt"))
        q = f"SELECT ?v WHERE {{ GRAPH <{g1}> {{ ?s <{EX.version}> ?v }} }}"
        csv = store.query_serialized(q, "text/csv")
        assert csv.decode().splitlines() == ["v", "4"]

    def test_serialized_results_turtle(self, store: Store, g1: URIRef) -> None:
        store.replace_graph(g1, sample_graph(4, size=1), meta("a.txt"))
        ttl = store.query_serialized(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g1}> {{ ?s ?p ?o }} }}", "text/turtle"
        )
        parsed = Graph().parse(data=ttl.decode(), format="turtle")
        assert isomorphic(parsed, sample_graph(4, size=1))

    def test_dump_and_load_roundtrip(self, store: Store, g1: URIRef, tmp_path: Path) -> None:
        store.replace_graph(g1, sample_graph(5), meta("a.txt"))
        for fmt in ("nq", "trig"):
            buf = io.BytesIO()
            store.dump(buf, fmt)  # type: ignore[arg-type]
            text = buf.getvalue().decode()
            assert str(g1) in text
            fresh = EmbeddedStore(None)
            loaded = fresh.load(io.BytesIO(buf.getvalue()), fmt)  # type: ignore[arg-type]
            assert loaded == store.count()
            assert isomorphic(fresh.get_graph(g1), sample_graph(5))

    def test_blank_nodes_stay_linked(self, store: Store, g1: URIRef, tmp_path: Path) -> None:
        """A list (blank nodes) arrives whole, by replace_graph and by load."""
        data = sample_graph(1, size=2)
        Collection(data, head := BNode(), [EX.a, EX.b, EX.c])
        data.add((EX.s0, EX.list, head))
        store.replace_graph(g1, data, meta("a.txt"))
        assert isomorphic(store.get_graph(g1), data)
        g = graph_iri(f"loaded-{uuid.uuid4().hex[:6]}")
        path = tmp_path / "in.nq"
        path.write_text(
            f'<{EX.x}> <{EX.y}> _:l1 <{g}> .\n_:l1 <{EX.first}> "1" <{g}> .\n'
            f'_:l1 <{EX.rest}> _:l2 <{g}> .\n_:l2 <{EX.first}> "2" <{g}> .\n'
        )
        assert store.load(path, "nq") == 4
        hit = store.query(
            f"SELECT ?a ?b WHERE {{ GRAPH <{g}> {{ <{EX.x}> <{EX.y}> [ <{EX.first}> ?a ; "
            f"<{EX.rest}> [ <{EX.first}> ?b ] ] }} }}"
        )
        assert isinstance(hit, SelectResult)
        assert [(str(a), str(b)) for a, b in hit.rows] == [("1", "2")]

    def test_load_adds_quads(self, store: Store, tmp_path: Path) -> None:
        g = graph_iri(f"loaded-{uuid.uuid4().hex[:6]}")
        path = tmp_path / "in.nq"
        path.write_text(f'<{EX.x}> <{EX.y}> "z" <{g}> .\n<{EX.x}> <{EX.y}> "w" <{g}> .\n')
        assert store.load(path, "nq") == 2
        assert store.count(g) == 2


class TestEmbeddedStore(StoreSuite):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Store:
        s = EmbeddedStore(tmp_path / "store")
        yield s  # type: ignore[misc]
        s.close()

    def test_reopen_keeps_data(self, tmp_path: Path) -> None:
        g = graph_iri("pysyva.txt")
        s = EmbeddedStore(tmp_path / "st")
        s.replace_graph(g, sample_graph(9), meta("pysyva.txt"))
        s.close()
        again = EmbeddedStore(tmp_path / "st")
        assert again.count(g) == 10
        assert again.graph_metadata(g).file_name == "pysyva.txt"  # type: ignore[union-attr]
        again.close()

    def test_second_writer_gets_clear_error(self, tmp_path: Path) -> None:
        import subprocess
        import sys

        s = EmbeddedStore(tmp_path / "st")
        code = (
            "from pathlib import Path\nfrom hankegraafi.store.embedded import EmbeddedStore\n"
            f"EmbeddedStore(Path({str(tmp_path / 'st')!r}))\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        s.close()
        assert proc.returncode != 0
        assert "in use by another process" in proc.stderr


#: Catalogue queries Virtuoso 7.2.5's SPARQL compiler cannot run (see the test that uses it).
VIRTUOSO_UNSUPPORTED = {"quality"}


class TestRemoteStore(StoreSuite):
    @pytest.fixture(params=["oxigraph", "virtuoso"])
    def backend(self, request: pytest.FixtureRequest) -> str:
        """Each real server the remote backend is proven on."""
        return str(request.param)

    @pytest.fixture
    def server_url(self, backend: str, request: pytest.FixtureRequest) -> str:
        return str(request.getfixturevalue(f"{backend}_server"))

    @pytest.fixture
    def store(self, server_url: str) -> Store:
        s = RemoteStore(server_url, timeout=10, retries=1)
        yield s  # type: ignore[misc]
        s.close()

    def test_down_server_is_a_clear_bounded_error(self) -> None:
        from tests.store.conftest import free_port

        s = RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout=2, retries=1)
        with pytest.raises(StoreUnavailable, match="did not answer"):
            s.query("ASK {}")

    def test_falls_back_to_insert_data_without_graph_store(self, server_url: str, tmp_path: Path) -> None:
        s = RemoteStore(server_url, gsp_url="", timeout=10, retries=0)
        assert s.gsp_url == ""
        g = graph_iri("ilman-gsp.txt")
        data = sample_graph(8)
        Collection(data, head := BNode(), [EX.a, EX.b])
        data.add((EX.s0, EX.list, head))
        s.replace_graph(g, data, meta("ilman-gsp.txt"))
        assert s.count(g) == 15
        assert isomorphic(s.get_graph(g), data)
        many = graph_iri(f"ilman-gsp-{uuid.uuid4().hex[:6]}")  # more than one update's worth anywhere
        path = tmp_path / "many.nq"
        path.write_text("".join(f'<{EX[f"m{i}"]}> <{EX.n}> "{i}" <{many}> .\n' for i in range(6_000)))
        assert s.load(path, "nq") == 6_000
        assert s.count(many) == 6_000

    def test_server_graphs_are_left_out(self, store: Store, g1: URIRef) -> None:
        """Virtuoso's own graphs are not the user's: not listed, not counted (nor dumped)."""
        from hankegraafi.store.remote import VIRTUOSO_SYSTEM_GRAPHS

        store.replace_graph(g1, sample_graph(1), meta("a.txt"))
        infos = store.graphs()
        assert not {i.iri for i in infos} & set(VIRTUOSO_SYSTEM_GRAPHS)
        assert store.count() == sum(i.triples for i in infos)

    def test_catalogue_answers_as_on_the_embedded_store(
        self, store: Store, tmp_path: Path, request: pytest.FixtureRequest
    ) -> None:
        """Every catalogue query gives the embedded store's rows on synthetic data (Virtuoso's dialect included).

        Except, on Virtuoso 7.2.5, quality (issue 15): its nested subqueries stop the optimiser
        (SQ156 "subq ot was supposed to be found"); it is checked to still fail there when run
        live (``stored=False``: through ``run`` a county's quality may come from an answer stored
        when the data was written), so a rewrite that works is noticed. project-history failed
        there too (SQ142 on UNIONs inside ``GRAPH ?g``) until its rewrite of stop 28, which this
        test noticed; its rows are now compared like the others.
        """
        on_virtuoso = getattr(request.node, "callspec", None) and request.node.callspec.params.get(
            "backend"
        ) == ("virtuoso")
        from bench.generate import write_nquads
        from bench.workload import WORKLOAD, label
        from hankegraafi.queries import run

        data = tmp_path / "synthetic.nq"
        with data.open("wb") as fh:
            write_nquads(fh, 2_000)
        reference = EmbeddedStore(None)
        reference.load(data, "nq")
        store.load(data, "nq")
        for name, params in WORKLOAD:
            want = sorted(tuple(map(str, row)) for row in run(reference, name, params).rows)
            if on_virtuoso and name in VIRTUOSO_UNSUPPORTED:
                with pytest.raises(StoreError):
                    run(store, name, params, stored=False)
                continue
            try:
                got = sorted(tuple(map(str, row)) for row in run(store, name, params).rows)
            except StoreError as exc:
                raise AssertionError(label(name, params)) from exc
            assert got == want, label(name, params)
