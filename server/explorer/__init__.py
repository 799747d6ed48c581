"""The dependency explorer: its page and the bounded JSON it reads.

The app factory calls :func:`register`; inside it every query goes through
the app's runner (deadline, row cap, result cache). A bare Flask app (tools,
the benchmark) passes an open store instead: ``register(app, store=store)``.

Routes, all under ``/explorer``:

- ``/explorer`` the map; ``?node=<IRI>`` starts it from a node ("explore from
  here"), the rest of the view's state follows in the same query string;
- ``/explorer/views`` the cross-region charts;
- ``/explorer/api/…`` the JSON the pages read (see :mod:`.routes`).
"""

from __future__ import annotations

from flask import Flask

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.store.base import Store

#: Where a resource page can link to open the explorer on a node: ``EXPLORE_LINK.format(iri=quote(iri))``.
EXPLORE_LINK = "/explorer?node={iri}"


def register(app: Flask, *, store: Store | None = None, base_iri: str | None = None) -> None:
    """Add the explorer's routes to ``app``, querying through the app's runner or ``store``."""
    from hankegraafi.server.explorer.graph import Explorer
    from hankegraafi.server.explorer.routes import bp
    from hankegraafi.server.query import QueryService

    services = app.extensions.get("hankegraafi")
    if store is not None:
        backend = QueryService.of_store(store)
        base = base_iri or getattr(store, "base_iri", None) or BASE_IRI_DEFAULT
    elif services is not None:
        backend = QueryService.of_services(services)
        base = base_iri or str(services.config.base_iri)
    else:
        raise RuntimeError("the explorer needs the app's services (create_app) or an open store")
    if services is None:
        from hankegraafi.server import errors

        errors.register(app)  # a bare app answers errors as the server does
    app.extensions["hankegraafi.explorer"] = Explorer(backend, base_iri=base)
    app.register_blueprint(bp)
