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
