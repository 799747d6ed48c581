"""Request bodies held to their size limit however they are sent.

Flask checks ``max_content_length`` against the Content-Length header. A
chunked body has none: Werkzeug then reads it through a stream that stops
quietly at the limit, so a body over the limit was cut at exactly the limit
and the cut query ran. HTTP servers differ too (gunicorn passes chunked
bodies through, waitress buffers them and sets a length, the test client
does neither).

:class:`BodyLimit` is a small WSGI middleware, so it holds under any server:
it puts :class:`CappedInput` in place of ``wsgi.input``, which counts every
byte handed out and, once the reader has had exactly the limit, looks one
byte ahead; if there is more, or a read goes past the limit, it raises
:class:`~hankegraafi.server.errors.PayloadTooLarge`, which the one error
handler answers as 413 in the negotiated format. Nothing past the limit is
ever given to a route, so a body over it is refused, never truncated.

The limit is the request's ``max_content_length`` (the app's
``max_request_bytes``, or what a route such as ``/ingest`` set for itself
before reading), read when the body is read, so a route's own limit and
this one are one number. Outside a request context the fallback given to
the middleware applies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from flask import Flask, has_request_context, request

from hankegraafi.server.errors import PayloadTooLarge, UnsupportedMediaType

_CHUNK = 64 * 1024

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class CappedInput:
    """A ``wsgi.input`` that never yields more than ``limit()`` bytes and raises past it."""

    def __init__(self, stream: IO[bytes], limit: Callable[[], int | None], *, look_ahead: bool = True) -> None:
        self._stream = stream
        self._limit = limit
        # On a raw socket (a server that leaves the length to the app) a
        # look-ahead could wait for the next request; there Werkzeug reads only
        # Content-Length bytes, and refuses a declared length over the limit.
        self._look_ahead = look_ahead
        self._seen = 0
        self._done = False

    def _count(self, data: bytes) -> bytes:
        """Count ``data``; refuse the body if it went past the limit or more follows at the limit."""
        if not data:
            self._done = True
            return data
        self._seen += len(data)
        limit = self._limit()
        if not limit:
            return data
        if self._seen > limit:
            self._refuse(limit)
        if self._seen == limit and self._look_ahead and self._stream.read(1):
            self._refuse(limit)
        if self._seen == limit:
            self._done = True  # the look-ahead found the end
        return data

    def _refuse(self, limit: int) -> None:
        self._done = True
        raise PayloadTooLarge(f"request body larger than the limit of {limit} bytes")

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (all of the body when negative), read in bounded pieces."""
        if self._done:
            return b""
        if size is None or size < 0:
            parts = bytearray()
            while not self._done:
                parts += self.read(_CHUNK)
            return bytes(parts)
        if size == 0:
            return b""
        limit = self._limit()
        if limit:
            # Never ask the server for more than one byte past the limit.
            size = min(size, limit - self._seen + 1)
        return self._count(self._stream.read(size))

    def readline(self, size: int | None = -1) -> bytes:
        """One line, bounded like :meth:`read`."""
        if self._done:
            return b""
        limit = self._limit()
        want = _CHUNK if size is None or size < 0 else size
        if limit:
            want = min(want, limit - self._seen + 1)
        return self._count(self._stream.readline(want))

    def readlines(self, hint: int = -1) -> list[bytes]:
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class BodyLimit:
    """WSGI middleware: every request's ``wsgi.input`` becomes a :class:`CappedInput`."""

    def __init__(self, app: WsgiApp, fallback: int | None) -> None:
        self.app = app
        self.fallback = fallback or None

    def limit(self) -> int | None:
        """The limit of the request being served: its ``max_content_length``, else the fallback."""
        if has_request_context():
            return request.max_content_length
        return self.fallback

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        stream = environ.get("wsgi.input")
        if stream is not None and not isinstance(stream, CappedInput):
            # A server that ends the stream itself says so (``wsgi.input_terminated``):
            # only then is a read past the body's end sure to return at once.
            ended = bool(environ.get("wsgi.input_terminated"))
            environ["wsgi.input"] = CappedInput(stream, self.limit, look_ahead=ended)
        return self.app(environ, start_response)


def coding_fault() -> str | None:
    """Why the request's body cannot be read as it is sent: a content coding other than ``identity``.

    No route decodes a body (a gzip body would also open the way to a small upload unpacking past
    every limit), and each read it as plain bytes: a gzipped document was stored as what it was sent
    as, a binary file. RFC 9110 §8.4: a coding the server does not take is a 415.
    """
    codings = [c.strip() for c in request.headers.get("Content-Encoding", "").split(",") if c.strip()]
    coded = [c for c in codings if c.lower() != "identity"]
    if not coded:
        return None
    if request.method not in ("POST", "PUT", "PATCH") and not request.content_length:
        return None  # no body to read
    return (
        f"header 'Content-Encoding': the body is sent as {', '.join(coded)[:80]!r}, which is not read here; "
        "send it uncoded (RFC 9110, section 8.4)"
    )


def install(app: Flask, fallback: int | None) -> None:
    """Wrap ``app``'s WSGI callable so that no body passes its limit (see the module docstring), and
    refuse a body sent in a content coding (:func:`coding_fault`) before any route reads it."""
    app.wsgi_app = BodyLimit(app.wsgi_app, fallback)  # type: ignore[method-assign]

    @app.before_request
    def refuse_coded_body() -> None:
        fault = coding_fault()
        if fault:
            raise UnsupportedMediaType(fault, headers={"Accept-Encoding": "identity"})


__all__ = ["BodyLimit", "CappedInput", "coding_fault", "install"]
