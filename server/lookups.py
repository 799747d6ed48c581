"""The lookup lane: the plainest ``/sparql`` lookups answered before Flask (issue 17).

See :class:`LookupLane`; ``wsgi.serve`` puts it in front of the app, inside the access log.
"""

from __future__ import annotations

from typing import Any

from flask import url_for

from hankegraafi import xmlchars
from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.server import guard
from hankegraafi.server.engine import RESULT_MEDIA, QueryJob
from hankegraafi.server.headers import DATA_CSP, EXPOSED, NO_STORE, public_url
from hankegraafi.server.negotiation import Format
from hankegraafi.server.sparql import (
    _FORM,
    ROWS_HEADER,
    TRUNCATED_HEADER,
    formats_for_query,
    service_base,
)


class LookupLane:
    """A WSGI layer that answers the cheapest ``/sparql`` requests without Flask (issue 17).

    A lookup (``guard.bounded``: one triple pattern, ASK or SELECT of variables) costs the engine
    0.05–0.2 ms; Flask's request, routing, form parsing, negotiation and response objects cost
    about 1 ms more, which held ``/sparql`` to 0.05x the native server's lookups. This layer
    answers a request only when it is of the plainest shape: ``GET /sparql?query=…`` or a form
    POST whose body is ``query=…`` alone, an Accept of none, ``*/*`` or exactly one of the four
    results media types, and a bounded query. It builds the same job as :func:`build_job` (same
    link and base), runs it through ``Services.execute`` (result cache, runner, local lane) and
    gives the same status, headers and body as the route (``tests/server/test_bounded_lane.py``
    compares them). Anything else, and any request whose answer would be an error, goes on to
    Flask untouched (its body put back), which answers it as ever. The rate limit is the same
    bucket: a request is answered here only while its client has a token, which it takes.
    """

    #: The Accept values answered here (and Accept absent): the negotiation's choice for each is
    #: read once from :func:`formats_for_query` itself.
    ACCEPTS = ("", "*/*", *RESULT_MEDIA)

    def __init__(self, app: Any, flask_app: Any) -> None:
        self.app = app
        self.served = 0  # requests answered here (tests read it)
        svc = flask_app.extensions["hankegraafi"]
        self.services = svc
        cfg = svc.config
        #: A remote store's queries go to its workers anyway, each counted against its client's
        #: share of the slow lane: the lane is for an embedded store (its local lane) only.
        self.embedded = not cfg.store_is_remote
        self.max_rows = int(cfg.max_rows)
        self.max_bytes = int(cfg.max_request_bytes)
        self.formats: dict[str, Format] = {}
        root = public_url(cfg)
        with flask_app.test_request_context(base_url=root):
            self.link = url_for("sparql.limits", _external=True) + "#max_rows"
            self.base = service_base("sparql.endpoint")
        for accept in self.ACCEPTS:
            with flask_app.test_request_context(base_url=root, headers={"Accept": accept} if accept else {}):
                results, _ = formats_for_query("ASK {}", [])
                assert results is not None
                self.formats[accept] = results
        cors = str(cfg.cors_origin)
        self.headers = [
            ("Vary", "Accept" + (", Origin" if cors and cors != "*" else "")),
            ("Content-Security-Policy", DATA_CSP),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            ("Cache-Control", NO_STORE),
        ]
        if cors:
            self.headers += [("Access-Control-Allow-Origin", cors), ("Access-Control-Expose-Headers", EXPOSED)]

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if self.embedded and environ.get("PATH_INFO") == "/sparql" and not environ.get(BYPASS):
            answer = self._answer(environ)
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
        return self.app(environ, start_response)

    def _answer(
        self, environ: dict[str, Any], *, wait: bool = True
    ) -> tuple[str, list[tuple[str, str]], bytes] | None:
        """The lookup's status, headers and body, or None (Flask answers the request). ``wait=False``
        (waitress's loop, ``wsgi.create_server``): a write running is a None at once, not a wait."""
        fmt = self.formats.get(environ.get("HTTP_ACCEPT", ""))
        if fmt is None:
            return None
        method = environ.get("REQUEST_METHOD")
        if method == "GET":
            text = _only_query(environ.get("QUERY_STRING", ""))
        elif method == "POST" and environ.get("CONTENT_TYPE") == _FORM and not environ.get("QUERY_STRING"):
            body = _whole_body(environ, self.max_bytes)
            text = None if body is None else _only_query(body)
        else:
            return None
        if (
            text is None
            or not text.strip()
            or len(text.encode("utf-8")) > self.max_bytes
            or not guard.bounded(text)
            or xmlchars.first_forbidden(text) is not None  # the route refuses it with its place
        ):
            return None
        client = environ.get("REMOTE_ADDR") or "unknown"
        limiter = self.services.limiter
        if not limiter.allows(client):
            return None  # Flask answers 429 in its own words
        job = QueryJob(
            text=text,
            results_media=fmt.media_type,
            graph_media=None,
            max_rows=self.max_rows,
            query_dataset=False,
            prefixes=dict(PREFIXES),
            link=self.link,
            base_iri=self.base,
            bounded=True,
        )
        try:
            # No stored answer is looked for: one triple pattern is no catalogue call.
            outcome = self.services.execute(job, deadline=None if wait else 0.0, stored=False)
            limiter.hit(client)
        except Exception:  # an error is Flask's to answer, in the negotiated format
            return None
        headers = [
            ("Content-Type", f"{outcome.media_type}; charset=utf-8"),
            ("Content-Length", str(len(outcome.body))),
            (ROWS_HEADER, str(outcome.rows)),
        ]
        if outcome.truncated:
            headers.append((TRUNCATED_HEADER, f"true; max-rows={self.max_rows}"))
        self.served += 1
        return "200 OK", headers + self.headers, outcome.body


#: An environ key that sends a request past the lookup lane (tests compare both paths with it).
BYPASS = "hankegraafi.lookup_lane.bypass"


def _only_query(encoded: str | bytes) -> str | None:
    """The one ``query`` of a form-encoded string that holds nothing else, or None."""
    from urllib.parse import unquote_plus

    if isinstance(encoded, bytes):
        try:
            encoded = encoded.decode("ascii")
        except UnicodeDecodeError:
            return None
    if not encoded.isascii() or not encoded.startswith("query=") or "&" in encoded or ";" in encoded:
        return None
    try:
        text = unquote_plus(encoded[len("query=") :], errors="strict")
    except UnicodeDecodeError:
        return None
    return None if "\ufffd" in text else text


def _whole_body(environ: dict[str, Any], limit: int) -> bytes | None:
    """A form body of a known length within ``limit``, read whole and put back for Flask; else None."""
    import io

    if environ.get("HTTP_TRANSFER_ENCODING"):
        return None
    try:
        length = int(environ.get("CONTENT_LENGTH") or -1)
    except ValueError:
        return None
    if not 0 < length <= limit:
        return None
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)
    return body if len(body) == length else None
