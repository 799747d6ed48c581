"""Derived data read back from a damaged store: what is not as the write step writes it is not used.

The stored catalogue answers (``queries/pieces.py``) and the stored page lists
(``queries/pagelists.py``) are written at write time and read back as they are, each used only
while its version is the data's. A dump loaded with ``load --no-derive`` (or a store damaged on
disk) can hold these graphs with the right version but another content: an answer's variables
that are no list of names, a negative row count, row ends past the answer's length, a page list
of another shape. Found by attack on a real server (stop 31): a stored answer whose variables
were ``5`` was served as ``{"head":{"vars":5},...}`` (HTTP 200, no SPARQL client reads it); a
county's or organisation's stored list of numbers made its page a 500 (TypeError in the page
type); forged row ends made the reader ask for up to 2^64 / 4 MB pieces in one query text.
Each is now read as no stored answer or list: the query or the page runs live, as it does
for a store without them.
"""

from __future__ import annotations

import json
import shutil
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from hankegraafi.ingest import derived
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries import answers, pagelists, pieces
from hankegraafi.server import create_app
from hankegraafi.server.engine import OxigraphEngine, QueryJob
from hankegraafi.server.pages.access import EXTENSION
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.queries.test_pagelists import county_page, live_groups

MEDIA = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
CALL = "projects-by-region"
B64 = "http://www.w3.org/2001/XMLSchema#base64Binary"


def config(path: Path) -> Config:
    values: dict[str, object] = {"store": str(path), "rate_limit": "1000000/minute", "result_cache_seconds": 0}
    return Config.load(values, environ={})


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store of two sample documents with its derived graphs; copy it before damaging it."""
    where = tmp_path_factory.mktemp("damaged")
    docs = where / "docs"
    docs.mkdir()
    for document in sorted(sample_documents())[:2]:
        shutil.copy(document, docs / document.name)
    store = EmbeddedStore(where / "store")
    try:
        ingester = Ingester(store, config(where / "store"))
        ingester.ensure_reference_graphs()
        ingester.ingest_all([docs])
        assert not derived.missing(store, str(store.base_iri))
    finally:
        store.close()
    return where / "store"


@pytest.fixture
def store(ingested: Path, tmp_path: Path) -> Iterator[EmbeddedStore]:
    shutil.copytree(ingested, tmp_path / "store")
    opened = EmbeddedStore(tmp_path / "store")
    try:
        yield opened
    finally:
        opened.close()


def _answer_node(store: EmbeddedStore) -> tuple[str, str]:
    """The answers graph and the node of the stored answer of :data:`CALL`."""
    graph = str(pieces.answers_graph_iri(str(store.base_iri)))
    return graph, f"{graph}#{pieces.text_digest(answers.call_text(CALL, {}))}"


def _replace(store: EmbeddedStore, subject: str, predicate: str, value: str) -> None:
    """Every value of ``predicate`` of ``subject`` (a stored answer's part) replaced by ``value``."""
    graph, _node = _answer_node(store)
    where = (
        f"GRAPH <{graph}> {{ ?s <{graph}#{predicate}> ?o FILTER(STRSTARTS(STR(?s), {json.dumps(subject)})) }}"
    )
    store.update(
        f"DELETE {{ GRAPH <{graph}> {{ ?s <{graph}#{predicate}> ?o }} }} "
        f"INSERT {{ GRAPH <{graph}> {{ ?s <{graph}#{predicate}> {value} }} }} WHERE {{ {where} }}"
    )


def _served(store: EmbeddedStore, max_rows: int) -> list[tuple[str, bytes, bytes | None]]:
    """Each format's live body and the stored one the server would give (None: it runs live)."""
    app = create_app(config(Path(str(store.path))), store=store)
    try:
        services = app.extensions["hankegraafi"]
        engine = OxigraphEngine(store.engine_source().oxigraph)
        text = answers.call_text(CALL, {})
        out = []
        for media in MEDIA:
            job = QueryJob(
                text=text, results_media=media, graph_media=None, max_rows=max_rows, link="http://x/l"
            )
            stored = services._stored_answer(job)
            out.append((media, engine.execute(job).body, None if stored is None else stored.body))
        return out
    finally:
        app.extensions[EXTENSION].warm.join()


def _rows(store: EmbeddedStore) -> int:
    return len(answers.run(store, CALL, {}, stored=False))


def test_an_undamaged_answer_is_served_whole_and_cut(store: EmbeddedStore) -> None:
    """The control: the stored answer is what the server gives, equal to the live one."""
    rows = _rows(store)
    assert rows >= 3
    for cap in (rows, 1):
        for media, live, stored in _served(store, cap):
            assert stored == live, (media, cap)


@pytest.mark.parametrize(
    "variables",
    ["5", "[1,2]", "{}", '"region"', '["region","region"]', '["re\\tgion"]', '["?region"]'],
)
def test_stored_variables_that_are_no_list_of_names_are_not_served(
    store: EmbeddedStore, variables: str
) -> None:
    _graph, node = _answer_node(store)
    _replace(store, node, "vars", json.dumps(variables))
    for cap in (_rows(store), 1):
        for media, _live, stored in _served(store, cap):
            assert stored is None, (variables, media, cap, (stored or b"")[:120])


@pytest.mark.parametrize("rows", ["-3", '"x"', "0"])
def test_a_stored_row_count_not_as_written_is_not_served(store: EmbeddedStore, rows: str) -> None:
    """A negative or wrong count (0 where rows are stored: the pieces hold more than the count)."""
    _graph, node = _answer_node(store)
    _replace(store, node, "rows", rows)
    for cap in (_rows(store), 1):
        for media, _live, stored in _served(store, cap):
            assert stored is None, (rows, media, cap)


@pytest.mark.parametrize("length", ["-10", "900000000000000", "1"])
def test_a_stored_length_not_as_written_is_not_served(store: EmbeddedStore, length: str) -> None:
    _graph, node = _answer_node(store)
    _replace(store, node + "/", "length", length)
    for cap in (_rows(store), 1):
        for media, _live, stored in _served(store, cap):
            assert stored is None, (length, media, cap)


def test_forged_row_ends_ask_for_no_more_pieces_than_the_answer_has(store: EmbeddedStore) -> None:
    """Row ends past the answer's length (a forged #ends and #length) are refused before a piece
    is asked for: they made the reader write a query naming length / 4 MB pieces (here 2.5 10^5;
    with 2^63 it was no query any memory holds)."""
    rows = _rows(store)
    huge = 10**12
    ends = array("Q", [huge] * rows)
    _graph, node = _answer_node(store)
    _replace(store, node + "/", "ends", f'"{pieces.encode_body(ends.tobytes())}"^^<{B64}>')
    _replace(store, node + "/", "length", str(huge))
    asked: list[int] = []
    select = answers.engine_select(store)

    def recorded(sparql: str) -> list[tuple[str, ...]]:
        asked.append(len(sparql))
        return select(sparql)

    base = str(store.base_iri)
    digest = pieces.text_digest(answers.call_text(CALL, {}))
    for media in MEDIA:
        with pytest.raises(ValueError, match="stored answer"):
            pieces.stored_bytes(recorded, base, digest, media, max_rows=1, link="http://x/l")
    assert max(asked) < 10_000, asked
    for media, _live, stored in _served(store, 1):
        assert stored is None, media


def test_row_ends_out_of_order_are_not_served(store: EmbeddedStore) -> None:
    """Ends that do not rise to the stored length cut the rows' bytes anywhere: not served."""
    rows = _rows(store)
    _graph, node = _answer_node(store)
    ends = array("Q", [5] * rows)
    _replace(store, node + "/", "ends", f'"{pieces.encode_body(ends.tobytes())}"^^<{B64}>')
    for media, _live, stored in _served(store, 1):
        assert stored is None, media


# -- page lists --------------------------------------------------------------------------


def _plant(store: EmbeddedStore, name: str, resource: str, body: object) -> None:
    base = str(store.base_iri)
    graph = pagelists.lists_graph_iri(base)
    node = pagelists.node(base, name, resource)
    encoded = pieces.encode_body(json.dumps(body).encode("utf-8"))
    store.update(
        f"DELETE {{ GRAPH <{graph}> {{ <{node}> ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ <{node}> ?p ?o }} }} ; "
        f'INSERT DATA {{ GRAPH <{graph}> {{ <{node}> <{graph}#json> "{encoded}"^^<{B64}> }} }}'
    )


URI = {"type": "uri", "value": "https://w3id.org/hankegraafi/vocab/service/omaolo"}
#: Lists no write step writes, for both lists: each made a county's or an organisation's page a
#: 500 or showed what the data does not say.
BAD_LISTS: list[object] = [
    [1, 2, 3],
    ["a"],
    [{"a": 1}],
    {"a": 1},
    [{"type": "uri"}],
    [{"type": "uri", "value": 5}],
    [{"type": "triple", "value": "x"}],
    [{"type": "literal", "value": "a", "xml:lang": 5}],
    [{"type": "uri", "value": "a\u0001b"}],
]
#: Lists of the other list's shape, or a county's group of another shape.
CASES = [
    *((pagelists.COUNTY_DEPENDS, body) for body in BAD_LISTS),
    *((pagelists.ORGANISATION_REGIONS, body) for body in BAD_LISTS),
    (pagelists.COUNTY_DEPENDS, [URI]),  # a county's group is (target, kinds, projects)
    (pagelists.ORGANISATION_REGIONS, [[URI, [], []]]),  # an organisation's list is of terms
    (pagelists.COUNTY_DEPENDS, [[URI, [5], [URI]]]),
    (pagelists.COUNTY_DEPENDS, [[URI, [], "projects"]]),
    (pagelists.COUNTY_DEPENDS, [[URI, [], [URI], []]]),
]


@pytest.mark.parametrize(("name", "body"), CASES, ids=[f"{n}-{i}" for i, (n, _b) in enumerate(CASES)])
def test_a_page_list_of_another_shape_is_read_live(store: EmbeddedStore, name: str, body: object) -> None:
    if name == pagelists.COUNTY_DEPENDS:
        resource = next(c for c in answers.known_counties(store) if live_groups(store, c))
    else:
        resource = "https://w3id.org/hankegraafi/vocab/organisation/digifinland"
    live = county_page(store, resource, stored=False, name=name)[0]
    _plant(store, name, resource, body)
    page, used = county_page(store, resource, stored=True, name=name)
    assert not used and page == live


def test_page_lists_as_written_are_used(store: EmbeddedStore) -> None:
    """The control: the lists the write step stored are used and give the live page."""
    county = next(c for c in answers.known_counties(store) if live_groups(store, c))
    page, used = county_page(store, county, stored=True)
    assert used and page == county_page(store, county, stored=False)[0]


# -- data loaded without a rebuild ---------------------------------------------------------


def test_a_load_without_rebuild_leaves_no_stored_answer_older_than_the_data(
    ingested: Path, tmp_path: Path
) -> None:
    """``load --no-derive`` into a store that held data changes what the catalogue and the pages
    read without changing the version their stored copies follow (the documents and decisions):
    the stored answer and the county's stored list were served without the loaded project while
    the live query (the same text with one more space) had it."""
    from typer.testing import CliRunner

    from hankegraafi.cli import app as cli_app
    from tests.writewalk import COUNTY, dependency_dump

    loaded = "urn:x-test:loaded"
    quads = dependency_dump(loaded, "urn:x-test:target") + (
        f"<{loaded}> <https://w3id.org/hankegraafi/ontology#region> <{COUNTY}> <urn:x-test:g1> .\n"
    )
    dump = tmp_path / "lisays.nq"
    dump.write_text(quads)
    path = tmp_path / "store"
    shutil.copytree(ingested, path)
    result = CliRunner().invoke(cli_app, ["load", str(dump), "--no-derive", "--store", str(path)])
    assert result.exit_code == 0, result.output
    reopened = EmbeddedStore(path)
    try:
        live = answers.run(reopened, CALL, {}, stored=False)
        assert any(loaded in str(row) for row in live.rows)
        assert answers.run(reopened, CALL, {}).rows == live.rows
        for media, now, stored in _served(reopened, 100_000):
            assert stored is None or stored == now, media
        page, _used = county_page(reopened, COUNTY, stored=True)
        assert page == county_page(reopened, COUNTY, stored=False)[0]
        assert any(g[0]["value"] == "urn:x-test:target" for g in live_groups(reopened, COUNTY))
    finally:
        reopened.close()
