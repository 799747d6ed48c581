"""Linked-data pages: dereferenceable IRIs, resource pages, search, VoID/DCAT, dumps.

The app factory calls :func:`register`; every route is in :mod:`.routes`.
Inside ``create_app`` the pages query through the app's runner (the same
deadline, row cap and result cache as ``/sparql``); a bare Flask app passes
an open store instead: ``register(app, store=store, config=config)``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref

from flask import Flask
from jinja2 import TemplateNotFound

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.server import links
from hankegraafi.settings import Config
from hankegraafi.store.base import Store

log = logging.getLogger(__name__)


def register(
    app: Flask, *, store: Store | None = None, config: Config | None = None, dump_dir: str | None = None
) -> None:
    """Add the pages' routes to ``app``; ``dump_dir`` is where the dumps are written."""
    from hankegraafi.server.pages.access import EXTENSION, PagesState
    from hankegraafi.server.pages.published import bp as published_bp
    from hankegraafi.server.pages.routes import bp

    services = app.extensions.get("hankegraafi")
    if config is None:
        config = services.config if services is not None else Config.load()
    if services is None and store is None:
        raise RuntimeError("the pages need the app's query services (create_app) or an open store")
    pages = PagesState(config=config, store=store, dump_dir=dump_dir)
    app.extensions[EXTENSION] = pages
    links.install(app)  # a bare app's templates need the link test too
    app.register_blueprint(bp)
    app.register_blueprint(published_bp)  # the ontology's version IRI, the OpenSearch description
    pages.warm = threading.Thread(
        target=_warm, args=(weakref.ref(app), pages.warmed), name="hg-pages-warm", daemon=True
    )
    pages.warm.start()


def wait_warm(app: Flask, timeout: float) -> bool:
    """Wait until the start-up thread has read what the first resource page needs (``serve``, before
    it answers: the first page after a start otherwise shared the interpreter with it, 0.8-1.1 s at
    10^6 triples at load 4-7 where the query workers' start had hidden it before they started on
    first need); whether it had."""
    from hankegraafi.server.pages.access import EXTENSION

    pages = app.extensions.get(EXTENSION)
    return pages is None or pages.warmed.wait(timeout)


#: The templates a resource page renders, compiled at start (0.4 s of the first page otherwise).
PAGE_TEMPLATES = ("pages/resource.html", "review/corrections.html")


def _warm(app_ref: weakref.ref[Flask], warmed: threading.Event) -> None:
    """What the first resource page would otherwise do itself, then the ontology's documentation,
    ahead of the first reader (all from package files: no query): the names of the ontology's and
    the reused vocabularies' terms (0.3 s) and the page templates (0.4 s) first, as the first page
    after a start needs them."""
    from hankegraafi.ontology import registry
    from hankegraafi.server.pages.ontologydoc import ontology_document_body

    try:
        registry.labels(ONTOLOGY_IRI)  # reads the registry's tables once
        # The vocabularies' schemes, which name a detail node without a name of its own
        # (labels.unnamed): 45-90 ms of the first page that shows one at 10^6 triples otherwise.
        registry.schemes()
        # The app only while its templates compile: an app closed by its owner (a test, a script
        # that passed its own store) must not keep the store open until the documentation is built.
        app = app_ref()
        if app is not None:
            for name in PAGE_TEMPLATES:
                with contextlib.suppress(TemplateNotFound):  # an app without the review templates
                    app.jinja_env.get_template(name)
        del app
        # The query catalogue's texts and parameters, parsed on a page's first catalogue call
        # (dependencies-of, conflicts, the stored per-county calls): 0.2 s of the first page after
        # a start at 10^6 triples (bench/results/2026-12-05-vm-pages-1e6-timeline.md).
        from hankegraafi.queries import load_catalogue

        load_catalogue()
        from hankegraafi.server.pages import bodies

        bodies.code_stamp()  # the stored bodies' key: the page code and texts hashed (12 ms) once
        _warm_reads(app_ref)
        warmed.set()
        ontology_document_body("html")
    except Exception:  # a broken ontology file is reported by the request that needs it
        log.exception("could not build the ontology documentation in the background")
    finally:
        warmed.set()


def _warm_reads(app_ref: weakref.ref[Flask]) -> None:
    """What the first resource page read itself after a start, read before it (issue 17: the
    first page after a start at 10^6 triples took 1.4 s, 2026-12-06): the WHERE brace of each
    catalogue query a page calls (:data:`~.builder.PAGE_CALLS`, found by the grammar on a text's
    first use), and the data's version the page lists stored at write time are checked against
    (``lists.ListVersions``: read once per write generation, where the runner follows every write,
    so never for a bare app over a store the caller opened). Any failure is the first page's to meet."""
    from hankegraafi import queries
    from hankegraafi.server.pages.access import state
    from hankegraafi.server.pages.builder import PAGE_CALLS
    from hankegraafi.server.pages.lists import versions_of
    from hankegraafi.store import sparqlparse

    try:
        for name in PAGE_CALLS:
            sparqlparse.where_brace(queries.get(name).text)
        app = app_ref()
        if app is None or app.extensions.get("hankegraafi") is None:
            return  # a bare app over a store its owner opened (and may close): nothing is read
        with app.app_context():
            st = state(app)
            versions_of(st).version(st.access(), str(st.config.base_iri))
    except Exception:  # read again by the page that needs it
        log.debug("the first page's reads were not made at start", exc_info=True)
