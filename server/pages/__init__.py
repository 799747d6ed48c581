"""Linked-data pages: dereferenceable IRIs, resource pages, search, VoID/DCAT, dumps.

The app factory calls :func:`register`; every route is in :mod:`.routes`.
Inside ``create_app`` the pages query through the app's runner (the same
deadline, row cap and result cache as ``/sparql``); a bare Flask app passes
an open store instead: ``register(app, store=store, config=config)``.
"""

from __future__ import annotations

from flask import Flask

from hankegraafi.config import Config
from hankegraafi.store.base import Store


def register(
    app: Flask, *, store: Store | None = None, config: Config | None = None, dump_dir: str | None = None
) -> None:
    """Add the pages' routes to ``app``; ``dump_dir`` is where the dumps are written."""
    from hankegraafi.server.pages.access import EXTENSION, PagesState
    from hankegraafi.server.pages.routes import bp

    services = app.extensions.get("hankegraafi")
    if config is None:
        config = services.config if services is not None else Config.load()
    if services is None and store is None:
        raise RuntimeError("the pages need the app's query services (create_app) or an open store")
    app.extensions[EXTENSION] = PagesState(config=config, store=store, dump_dir=dump_dir)
    app.register_blueprint(bp)
