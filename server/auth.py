"""The bearer token of the write routes (``/update``, ``/graph-store``, ``/ingest``).

Its own module so that the SPARQL routes and the upload routes both use it
without importing each other (they formed an import cycle through a deferred
import; tests/test_architecture.py checks there is none).
"""

from __future__ import annotations

import hmac

from flask import request

from hankegraafi.server.errors import Forbidden, Unauthorized
from hankegraafi.server.runtime import services


def require_token() -> None:
    """The bearer token of the ``update_token`` setting, or 401/403."""
    token = services().config.update_token
    if not token:
        raise Forbidden("updates over HTTP are disabled (no update_token is configured)")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized(
            "this route needs 'Authorization: Bearer <update_token>'",
            headers={"WWW-Authenticate": 'Bearer realm="hankegraafi"'},
        )


#: Where ``hankegraafi serve`` keeps the token of the command line's hand-off (server/handoff.py).
HANDOFF_TOKEN = "HANKEGRAAFI_HANDOFF_TOKEN"


def require_handoff_token() -> None:
    """The token ``serve`` wrote beside the store, or 401/403: only the command line on this machine
    may name files on the server's disk (the update token does not admit it)."""
    from flask import current_app

    token = current_app.config.get(HANDOFF_TOKEN)
    if not token:
        raise Forbidden("this route is for 'hankegraafi ingest' beside a running 'hankegraafi serve' only")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), str(token).encode()):
        raise Unauthorized(
            "this route needs the token of the server's hand-off file (<store>.serving.json)",
            headers={"WWW-Authenticate": 'Bearer realm="hankegraafi-handoff"'},
        )


def holds_handoff_token() -> bool:
    """Whether the request is one of the command line's hand-off routes with the hand-off token (the
    rate limit does not count them: ``app.rate_limit``)."""
    from flask import current_app

    if request.path != HANDOFF_PATH:
        return False
    token = current_app.config.get(HANDOFF_TOKEN)
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return (
        bool(token)
        and scheme.lower() == "bearer"
        and hmac.compare_digest(given.strip().encode(), str(token).encode())
    )


#: The route of the hand-off (``POST`` and ``DELETE``: server/upload.py).
HANDOFF_PATH = "/ingest/files"
