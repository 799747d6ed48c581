"""``serve``'s renderer renders in a thread of the web process (``prerender.Loop``, stop 54, issue 17's
memory): each page is asked for as a client would, through the serving app's own query service, and
stored as a live request stores it. Every body it stores is the page a bare app builds live over the
store; a finished pass marks the stamp rendered (no second pass), and a pass stops at its next page
when the store is written, and while requests come the thread waits after each page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hankegraafi.server import create_app
from hankegraafi.server.pages import bodies, prerender
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.writewalk import Walk

HG = "https://w3id.org/hankegraafi/ontology#"
#: A few kinds: a hub and the projects (the whole list's reference vocabularies are a thousand pages).
KINDS = (f"{HG}Programme", f"{HG}Project")


def _config(path: Path) -> Config:
    return Config.load(
        {"store": str(path), "result_cache_seconds": 0, "query_workers": 1, "rate_limit": "1000000/minute"},
        environ={},
    )


@pytest.fixture
def serving(tmp_path: Path, write_walk: Walk) -> Iterator[tuple[Path, Any]]:
    path = tmp_path / "store"
    write_walk.store("first", path)
    app = create_app(_config(path))  # a serving pool, as serve builds it
    try:
        yield path, app
    finally:
        app.extensions["hankegraafi"].runner.close()


def _loop(app: Any, quiet: Any = None) -> prerender.Loop:
    served = bodies.for_app(app.extensions["hankegraafi"])
    assert served is not None
    config = app.extensions["hankegraafi"].config
    settings = bodies.variant(str(config.base_iri), bool(config.publish_person_names), app.view_functions)
    return prerender.Loop(app, served, config, settings, ("fi",), quiet, kinds=KINDS)


def test_a_pass_stores_the_live_pages_and_marks_the_stamp(serving: tuple[Path, Any]) -> None:
    path, app = serving
    loop = _loop(app)
    assert loop.due()
    done = loop.render_pass()
    assert done["stopped"] is None and done["failed"] == 0 and done["rendered"] > 5, done
    assert not loop.due()
    stamp = bodies.store_stamp(path)
    assert stamp is not None
    stored = bodies.PageBodies(bodies.bodies_path(path))
    keys = stored.keys(stamp)
    assert len(keys) == done["rendered"]
    store = EmbeddedStore(path, read_only=True)
    try:
        client = create_app(_config(path), store=store).test_client()
        for key in keys:  # key: code|settings|lang|root|path|iri (bodies.page_key)
            _code, _settings, lang, _root, url, iri = key.split("|")
            live = client.get(url, headers={"Accept": "text/html", "Accept-Language": lang})
            assert live.status_code == 200, iri
            assert stored.get(stamp, key) == live.get_data(), iri
    finally:
        store.close()
    again = loop.render_pass()  # forced: the stamp's language is marked done, no page is asked for
    assert again["rendered"] == again["skipped"] == 0, again


def test_a_write_stops_the_pass(serving: tuple[Path, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    _path, app = serving
    loop = _loop(app)
    stamps = iter(["a", "a", "a"])  # the pass's, its first page's and its second's look; then a write
    monkeypatch.setattr(loop, "_stamp", lambda: next(stamps, "b"))
    done = loop.render_pass()
    assert done["stopped"] == "the store was written meanwhile", done
    assert done["rendered"] + done["skipped"] + done["failed"] == 2, done


def test_the_thread_waits_after_a_page_while_requests_come(
    serving: tuple[Path, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _path, app = serving
    waits: list[float] = []
    busy, idle = _loop(app, lambda: 0.0), _loop(app, lambda: 60.0)
    for loop in (busy, idle):
        monkeypatch.setattr(loop._stop, "wait", lambda seconds: waits.append(seconds) or False)
        loop._yield(0.02)
    assert waits == [pytest.approx(0.02 * (1 / prerender.SHARE - 1))]
