"""The pages in a bare Flask app built around an open store (embedding, tools): no create_app."""

from __future__ import annotations

from flask import Flask

from hankegraafi.server import pages
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import page_config


def test_pages_on_an_open_store(demo_store: EmbeddedStore, tmp_path) -> None:
    assert demo_store.path is not None
    app = Flask("embedding")
    pages.register(app, store=demo_store, config=page_config(demo_store.path), dump_dir=str(tmp_path))
    client = app.test_client()
    page = client.get("/id/project/lapin-pilari-4-investointi-1.html?hl=fi")
    assert page.status_code == 200
    assert "Lapin Pilari 4, Investointi 1" in page.get_data(as_text=True)
    css = client.get("/static/pages/pages.css")
    assert css.status_code == 200 and b"--accent" in css.data
    css.close()
    assert (
        client.get("/id/project/lapin-pilari-4-investointi-1", headers={"Accept": "text/turtle"}).status_code
        == 303
    )
    assert client.get("/search?q=Omaolon").status_code == 200
    dump = client.get("/dumps/hankegraafi.nq.gz")
    assert dump.status_code == 200
    dump.close()
    assert client.get("/id/ei-ole.html").status_code == 404


def test_what_the_first_page_needs_is_read_before_serve_answers(demo_store: EmbeddedStore, tmp_path) -> None:
    """``serve`` waits for it (``pages.wait_warm``): the vocabularies' names and the page templates,
    which the first resource page after a start otherwise read itself (0.8-1.1 s at 10^6 triples)."""
    from hankegraafi.ontology import registry

    assert demo_store.path is not None
    app = Flask("warm")
    pages.register(app, store=demo_store, config=page_config(demo_store.path), dump_dir=str(tmp_path))
    assert pages.wait_warm(app, 60)
    assert registry._labels.cache_info().currsize == 1
    compiled = {key[1] for key, _ in app.jinja_env.cache.items()} if app.jinja_env.cache is not None else set()
    assert set(pages.PAGE_TEMPLATES) <= compiled
    assert pages.wait_warm(Flask("no pages"), 0)
    app.extensions["hankegraafi.pages"].warm.join(60)
