"""Stored page bodies (``server/pages/bodies.py``, ``prerender.py``) are the pages built live, after
every kind of write, and a write makes the bodies of before unreachable.

The walk's first writes are tests/writewalk.py's (done once a run, shared with tests/queries/test_pagelists.py
and others): ingest, a second document, re-ingest of a changed text, remove; then load, a curation decision and
an update, here. After each the pages of every project and
a sample of the other resources of ``prerender.KINDS`` are rendered into the stored bodies (fi; sv once), and each stored
body is compared byte for byte with the page a bare app builds live over the store as it is
(names per page, lists read live: another way to the same page). The store's stamp must change
with each write, so no body of before is read after it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hankegraafi.cli import app as cli_app
from hankegraafi.ingest import curation
from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.server import create_app
from hankegraafi.server.pages import bodies, prerender
from hankegraafi.server.pages.iris import Mapping
from hankegraafi.settings import Config
from hankegraafi.store import SelectResult
from hankegraafi.store.embedded import EmbeddedStore
from tests.writewalk import Walk

HG = "https://w3id.org/hankegraafi/ontology#"
#: The kinds rendered here: all of prerender's but the reference vocabularies' concepts and
#: municipalities (a thousand pages of data no document writes, which would make the walk a
#: quarter of an hour; their pages are built by the same code as the organisations' and schemes').
KINDS = tuple(k for k in prerender.KINDS if not k.endswith(("#Concept", "#Municipality")))


def config(path: Path) -> Config:
    return Config.load(
        {"store": str(path), "result_cache_seconds": 0, "rate_limit": "1000000/minute"}, environ={}
    )


#: How many pages of each write are rendered and compared besides every project's: a sample across the
#: kinds, in ``prerender.resources``' order (kinds, then IRI). Every page of every write took 700-800 s of the
#: suite at load 9 (about 300 pages a write, each built twice); the pages are built by one code per kind.
SAMPLE = 24


def _sample(every: list[str]) -> list[str]:
    """Every project's and part's page (what the writes change) and ``SAMPLE`` others spread over the kinds."""
    projects = [iri for iri in every if "/project/" in iri]
    rest = [iri for iri in every if "/project/" not in iri]
    step = max(1, len(rest) // SAMPLE)
    return projects + rest[::step][:SAMPLE]


def compare(path: Path, seen: set[str], langs: tuple[str, ...] = ("fi",)) -> tuple[int, dict[str, object]]:
    """Render a sample of the store's pages (:func:`_sample`) into its bodies, after carrying the bodies of
    the writes before whose reads answer the same now, then compare every stored body (carried or
    rendered) with the page built live; the number of pages there are times the languages, and what the
    render did. ``seen``: the stamps of the writes before (each write makes a new one)."""
    stamp = bodies.store_stamp(path)
    assert stamp is not None
    if langs == ("fi",):
        assert stamp not in seen, "a write left the store's stamp as it was"
    seen.add(stamp)
    listing = EmbeddedStore(path, read_only=True)
    try:
        every = prerender.resources(listing, KINDS)
    finally:
        listing.close()
    sample = _sample(every)
    done = prerender.render(path, langs=langs, config=config(path), kinds=KINDS, only=sample)
    assert done["stopped"] is None and done["failed"] == 0, done
    stored = bodies.PageBodies(bodies.bodies_path(path))
    keys = stored.keys(stamp)
    assert stored.older(stamp) == []  # every body of before was carried to this stamp or dropped
    mapping = Mapping(BASE_IRI_DEFAULT)
    store = EmbeddedStore(path, read_only=True)
    try:
        app = create_app(config(path), store=store)
        client = app.test_client()
        for iri in sample:
            url = mapping.page_url(iri, "html")
            assert url is not None
            for lang in langs:
                with app.test_request_context(url, headers={"Accept-Language": lang}):
                    assert bodies.request_key(iri) in keys, (iri, lang)
        compared = 0
        for key in sorted(keys):  # key: code|settings|lang|root|path|iri (bodies.page_key)
            _code, _settings, lang, _root, url, iri = key.split("|")
            live = client.get(url, headers={"Accept": "text/html", "Accept-Language": lang})
            assert live.status_code == 200, iri
            assert stored.get(stamp, key) == live.get_data(), (iri, lang, "carried" if done["carried"] else "")
            compared += 1
        assert compared == len(keys) >= len(sample) * len(langs)  # every stored body compared
        return len(every) * len(langs), done
    finally:
        store.close()


@pytest.mark.timeout(900)
def test_stored_bodies_equal_live_pages_after_every_kind_of_write(tmp_path: Path, write_walk: Walk) -> None:
    path = tmp_path / "store"
    seen: set[str] = set()

    def written(step: str) -> None:
        """The store as the walk's ``step`` left it, in place of the one before (the bodies stay beside it)."""
        if path.exists():
            shutil.rmtree(path)
        write_walk.store(step, path)

    # ingest, a second document, the second with a changed text, the second removed: tests/writewalk.py's
    # writes, done once a run (with every resource's card stored: the pages are the same)
    written("first")
    one, done = compare(path, seen)
    assert one > 10 and done["carried"] == 0
    kept_one = bodies.PageBodies(bodies.bodies_path(path)).keys(bodies.store_stamp(path) or "")
    two, done = compare(path, seen, ("fi", "sv"))
    assert two == 2 * one and done["rendered"] == len(kept_one)  # nothing written: the same stamp's sv too
    written("second")
    every, done = compare(path, seen)
    assert every > one
    # The first document's pages did not change with the second's ingest: most were carried (their reads
    # answered the same), the hubs both documents name were not (their lists grew).
    assert done["carried"] > len(kept_one) // 2 and done["dropped"] > 0, done
    written("changed")
    _every, done = compare(path, seen)
    assert done["carried"] > 0, done
    written("removed")
    assert write_walk.facts("removed")["removed"]
    assert compare(path, seen)[0] == one
    # load, a curation decision and an update: this test's own, on the store the walk left
    dump = tmp_path / "loaded.nq"
    loaded = f"<{BASE_IRI_DEFAULT}project/ladattu-testihanke>"
    dump.write_text(
        f"{loaded} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Project> <urn:x-test:g1> .\n"
        f'{loaded} <http://www.w3.org/2000/01/rdf-schema#label> "Ladattu hanke"@fi <urn:x-test:g1> .\n'
    )
    result = CliRunner().invoke(cli_app, ["load", str(dump), "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert compare(path, seen)[0] == one + 1  # the loaded project's page
    store = EmbeddedStore(path)
    try:
        dep = store.query(f"SELECT ?d WHERE {{ ?d a <{HG}Dependency> }} ORDER BY ?d LIMIT 1")
        assert isinstance(dep, SelectResult) and dep.rows
        base = str(store.base_iri)
        _iri, state = curation.decide(
            store, base, "reject", dep.rows[0][0], by=curation.default_agent(base), why="testi"
        )
        assert state == "applied"
    finally:
        store.close()
    compare(path, seen)
    # A SPARQL update that names one project: its page is rebuilt, the others' carried.
    store = EmbeddedStore(path)
    try:
        project = next(i for i in prerender.resources(store, KINDS) if "/project/" in i)
        store.update(f'INSERT DATA {{ GRAPH <urn:x-test:g2> {{ <{project}> <{HG}note> "päivitys" }} }}')
    finally:
        store.close()
    _every, done = compare(path, seen)
    assert done["carried"] > 0 and done["dropped"] > 0, done


def test_a_body_is_read_only_for_its_stamp_and_carried_only_with_its_reads(tmp_path: Path) -> None:
    stored = bodies.PageBodies(tmp_path / "b.sqlite")
    k, bare, other = (f"{bodies.code_stamp()}|k", f"{bodies.code_stamp()}|bare", "another code|k")
    reads = [["bounded_ask", ["ASK {}"], "d"]]
    assert stored.put("s1", k, b"<p>yksi</p>", reads)
    assert stored.put("s1", bare, b"<p>kaksi</p>")
    assert stored.put("s1", other, b"<p>kolme</p>", reads)
    assert stored.get("s1", k) == b"<p>yksi</p>"
    assert stored.get("s2", k) is None
    kept = stored.kept(k, "s2")
    assert kept is not None and kept.body == b"<p>yksi</p>" and kept.reads == reads
    assert stored.kept(bare, "s2") is None  # no reads recorded: never carried
    assert stored.prune("s2") == 2  # the bare one and another code's go
    assert stored.get("s1", bare) is None and stored.get("s1", other) is None
    assert [key for key, _reads in stored.older("s2")] == [k]
    assert stored.restamp("s2", [k]) == 1 and stored.get("s2", k) == b"<p>yksi</p>"
    assert stored.older("s2") == []
    assert not stored.put("s1", "big", b"x" * (bodies.MAX_BODY + 1))


def test_a_read_is_recorded_once_with_its_answer() -> None:
    """What a page read (server/reads.py): each outermost read and a digest of its answer, none inside a
    composite read, nothing outside a recording."""
    from flask import Flask

    from hankegraafi.server import reads

    app = Flask(__name__)
    with app.test_request_context("/"):
        assert reads.current() is None
        recorder = reads.start()
        recorder.add("ask", ["ASK {}"], True)
        with reads.inner() as inner:
            assert inner is recorder
            recorder.add("ask", ["ASK { ?s ?p ?o }"], False)  # inside a composite read: not again
        assert reads.stop() is recorder and reads.current() is None
    assert recorder.reads == [["ask", ["ASK {}"], reads.digest(True)]]
    assert reads.digest([{"a": 1}]) != reads.digest([{"a": 2}])


def test_the_stamp_follows_writes_not_reads(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.close()
    empty = bodies.store_stamp(path)
    store = EmbeddedStore(path)
    store.update('INSERT DATA { <urn:x-test:a> <urn:x-test:p> "1" }')
    store.close()
    one = bodies.store_stamp(path)
    assert one is not None and one != empty
    # read-only handles never write (a read-write open may: the engine's own files, flushed and
    # compacted, make a new stamp, which loses the bodies and never serves a wrong one)
    settled = bodies.store_stamp(path)
    for _ in range(3):
        EmbeddedStore(path, read_only=True).close()
    assert bodies.store_stamp(path) == settled
    store = EmbeddedStore(path)
    store.update('INSERT DATA { <urn:x-test:a> <urn:x-test:p> "2" }')
    assert bodies.store_stamp(path) != settled  # seen while the writer still has it open
    store.close()


@pytest.mark.parametrize("value", ["0", "off", "false"])
def test_switched_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(bodies.ENV, value)
    assert not bodies.enabled()


def test_serve_renders_ahead_unless_told_not_to(monkeypatch: pytest.MonkeyPatch) -> None:
    """serve's renderer (prerender.start) renders the default language by default; the tests' servers are
    started with HANKEGRAAFI_PRERENDER_LANGS=none (tests/conftest.py), which turns it off."""
    monkeypatch.delenv(prerender.LANGS_ENV, raising=False)
    assert prerender.ahead_langs() == ("fi",)
    monkeypatch.setenv(prerender.LANGS_ENV, "sv, en")
    assert prerender.ahead_langs() == ("sv", "en")
    monkeypatch.setenv(prerender.LANGS_ENV, "none")
    assert prerender.ahead_langs() == ()
