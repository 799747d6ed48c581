"""One error hierarchy, rendered by one handler in the negotiated format.

Routes raise :class:`HttpError` subclasses (or the store's, catalogue's and
pool's typed errors, which :func:`to_http_error` maps); nothing builds an
error response by hand. An error nobody expected is logged with its
traceback and answered 500, never 400.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from hankegraafi.server import i18n

log = logging.getLogger(__name__)


class HttpError(Exception):
    """An error with a status and a message meant for the client."""

    status = 500
    code = "internal-error"

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class BadRequest(HttpError):
    status, code = 400, "bad-request"


class QuerySyntax(BadRequest):
    code = "query-syntax"


class QueryRefused(BadRequest):
    """The query asks for something this endpoint never does (SERVICE, LOAD, a remote graph)."""

    code = "query-refused"


class Unauthorized(HttpError):
    status, code = 401, "unauthorized"


class Forbidden(HttpError):
    status, code = 403, "forbidden"


class NotFound(HttpError):
    status, code = 404, "not-found"


class MethodNotAllowed(HttpError):
    status, code = 405, "method-not-allowed"


class NotAcceptable(HttpError):
    status, code = 406, "not-acceptable"


class PayloadTooLarge(HttpError):
    status, code = 413, "payload-too-large"


class UnsupportedMediaType(HttpError):
    status, code = 415, "unsupported-media-type"


class TooManyRequests(HttpError):
    status, code = 429, "too-many-requests"


class BadGateway(HttpError):
    status, code = 502, "bad-gateway"


class ServiceUnavailable(HttpError):
    status, code = 503, "unavailable"


class QueryTimeoutError(ServiceUnavailable):
    code = "query-timeout"


class QueryResourcesError(ServiceUnavailable):
    """The query needed more memory than a query worker may use; it failed alone."""

    code = "query-resources"


class ResultTooLarge(ServiceUnavailable):
    """The serialised answer is over ``max_result_bytes`` (or the HTML table's share of it)."""

    code = "result-too-large"


class CheckerBusyError(ServiceUnavailable):
    """The query check's parser is busy (this client's other query, or the queue past its wait)."""

    code = "checker-busy"


class SlowLaneFullError(ServiceUnavailable):
    """Too many expensive queries at once; the cheap ones go on being answered."""

    code = "slow-lane-full"


def to_http_error(exc: BaseException) -> HttpError | None:
    """The HttpError for a typed error of a lower layer, or None if it is unexpected."""
    from hankegraafi.queries import ParameterError, UnknownQuery
    from hankegraafi.server.engine import EngineError
    from hankegraafi.server.guard import CheckerBusy, Refused
    from hankegraafi.server.pool import QueryResources, QueryTimeout, SlowLaneFull, WorkerCrashed, WriteFailed
    from hankegraafi.store.base import QuerySyntaxError, StoreUnavailable, UnsupportedFormat

    if isinstance(exc, HttpError):
        return exc
    if isinstance(exc, Refused):
        return QueryRefused(str(exc))
    if isinstance(exc, CheckerBusy):
        return CheckerBusyError(str(exc), headers={"Retry-After": "5"})
    if isinstance(exc, UnknownQuery):
        return NotFound(str(exc))
    if isinstance(exc, ParameterError):
        return BadRequest(str(exc))
    if isinstance(exc, QuerySyntaxError):
        return QuerySyntax(str(exc))
    if isinstance(exc, UnsupportedFormat):
        return NotAcceptable(str(exc))
    if isinstance(exc, StoreUnavailable):
        return BadGateway(str(exc))
    if isinstance(exc, QueryTimeout):
        return QueryTimeoutError(str(exc), headers={"Retry-After": "5"})
    if isinstance(exc, QueryResources):
        return QueryResourcesError(str(exc))
    if isinstance(exc, SlowLaneFull):
        return SlowLaneFullError(str(exc), headers={"Retry-After": "10"})
    if isinstance(exc, EngineError):
        by_kind: dict[str, type[HttpError]] = {
            "too-large": ResultTooLarge,
            "syntax": QuerySyntax,
            "dataset": QueryRefused,
            "not-acceptable": NotAcceptable,
            "unavailable": BadGateway,
        }
        cls = by_kind.get(exc.kind)
        return cls(str(exc)) if cls else None
    if isinstance(exc, WriteFailed):
        by_write: dict[str, type[HttpError]] = {
            "syntax": QuerySyntax,
            "bad-data": BadRequest,
            "locked": ServiceUnavailable,
            "timeout": ServiceUnavailable,
            "resources": QueryResourcesError,
            "store": BadGateway,
        }
        cls = by_write.get(exc.kind)
        return cls(str(exc)) if cls else None
    if isinstance(exc, WorkerCrashed):
        return None
    return None


#: Paths whose clients are scripts reading JSON: errors there are JSON unless Accept prefers another type.
JSON_FIRST = ("/explorer/api/",)

_WERKZEUG: dict[int, type[HttpError]] = {
    400: BadRequest,
    404: NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    429: TooManyRequests,
}


def render_error(err: HttpError) -> Response:
    """The error as JSON, HTML or plain text, whichever the client prefers (text by default)."""
    accept = request.accept_mimetypes
    api = request.path.startswith(JSON_FIRST)
    offered = (
        ["application/json", "text/plain", "text/html"]
        if api
        else ["text/plain", "application/json", "text/html"]
    )
    best = accept.best_match(offered, offered[0]) if accept else None
    lang, summary = _summary(err)
    payload: dict[str, Any] = {
        "error": err.code,
        "status": err.status,
        "message": err.message,
        "summary": summary,
        "lang": lang,
    }
    if best == "application/json" or (
        best is None and (api or (request.path.startswith("/queries") and not request.args.get("format")))
    ):
        response = Response(_json(payload), status=err.status, mimetype="application/json")
    elif best == "text/html":
        html = render_template("endpoint/error.html", error=payload)
        response = Response(html, status=err.status, mimetype="text/html")
    else:
        response = Response(
            f"{err.status} {err.code}: {err.message}\n{summary}\n", status=err.status, mimetype="text/plain"
        )
    for name, value in err.headers.items():
        response.headers[name] = value
    response.vary.add("Accept")
    return response


def _summary(err: HttpError) -> tuple[str, str]:
    """What the error means for the reader, in the request's language (fi, sv or en).

    The ``message`` stays the technical English detail that clients and logs match on; the summary is the
    interface text of the error's code (``error.<code>`` in ontology/strings.toml), so every error a route
    raises is explained in all three languages without each raise site translating its own words.
    """
    try:
        lang = i18n.current_lang()
    except Exception:  # the language's own parameter may be what failed: answer in the default
        lang = i18n.DEFAULT
    key = (
        f"error.{err.code}"
        if f"error.{err.code}" in i18n.STRINGS
        else f"error.{_FAMILY.get(err.status, 'http-error')}"
    )
    return lang, i18n.translate(key, lang)


#: The general code of a status, for a code that has no text of its own.
_FAMILY = {400: "bad-request", 404: "not-found", 503: "unavailable", 500: "internal-error"}


def _json(payload: dict[str, Any]) -> str:
    import json

    return json.dumps(payload, ensure_ascii=False)


def register(app: Flask) -> None:
    """Install the one handler for every exception."""

    @app.errorhandler(Exception)
    def handle(exc: Exception) -> Response:
        if isinstance(exc, HTTPException) and exc.code is not None:
            cls = _WERKZEUG.get(exc.code)
            if cls is None:
                if exc.code < 500:
                    return render_error(_generic(exc.code, exc.description or exc.name))
                log.error("HTTP %s: %s", exc.code, exc)
                return render_error(_generic(exc.code, exc.name))
            message = exc.description or exc.name
            if exc.code == 413:
                limit = request.max_content_length
                message = f"request body larger than the limit of {limit} bytes"
            # A 405 must say which methods the resource has (RFC 9110 §15.5.6).
            allowed = getattr(exc, "valid_methods", None)
            headers = {"Allow": ", ".join(allowed)} if exc.code == 405 and allowed else None
            return render_error(cls(message, headers=headers))
        err = to_http_error(exc)
        if err is None:
            log.exception("unexpected error on %s %s", request.method, request.path)
            return render_error(HttpError("internal error; it has been logged"))
        if err.status >= 500:
            log.warning("%s %s: %s", request.method, request.path, err.message)
        return render_error(err)


def _generic(status: int, message: str) -> HttpError:
    err = HttpError(message)
    err.status = status
    err.code = "http-error"
    return err
