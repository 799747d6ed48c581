"""The web application: SPARQL endpoint, query catalogue API, query editor.

Nothing is loaded at import time; :func:`create_app` builds the application and
:func:`serve` runs it under waitress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

    from hankegraafi.settings import Config
    from hankegraafi.store.base import Store


def create_app(config: Config | None = None, *, store: Store | None = None) -> Flask:
    """Build the Flask application (see :mod:`hankegraafi.server.app`)."""
    from hankegraafi.server.app import create_app as _create_app

    return _create_app(config, store=store)


def serve(config: Config, host: str, port: int) -> None:
    """Run the application under waitress in the foreground (never Flask's debug server)."""
    from hankegraafi.server.wsgi import serve as _serve

    _serve(config, host, port)


__all__ = ["create_app", "serve"]
