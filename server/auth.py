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
