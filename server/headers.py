"""The headers every response carries, decided in one place for every route.

- **Where we are** comes from the ``public_url`` setting, never from the
  request: :class:`PublicURL` rewrites the WSGI environ's host and scheme
  before Flask sees it, so ``url_for(..., _external=True)``,
  ``request.host_url`` and everything built from them (sitemap, robots.txt,
  VoID/DCAT, the Service Description, the catalogue's links) name the
  configured site whatever ``Host`` or ``X-Forwarded-*`` a client sends.
- **Security headers**: a Content-Security-Policy with no inline script or
  style and no ``'unsafe-inline'``, ``frame-ancestors 'none'`` (and
  ``X-Frame-Options``), ``X-Content-Type-Options: nosniff`` and a
  ``Referrer-Policy`` that keeps query strings (searches, SPARQL text) on
  this site.
- **Cache-Control** by kind of route (see :func:`cache_policy`); static
  files get a content hash in their URLs (``?v=``) so they can be immutable.
- **CORS** on every public read route (data, pages, dumps, descriptions,
  ``/sparql``, the catalogue); never on the token routes that write, nor on
  an answer no route matched.
- **Vary** on ``Accept-Language`` and ``Cookie`` whenever the answer's
  language came from them (:func:`hankegraafi.server.i18n.current_lang`
  records that), and on ``Origin`` when CORS names one origin.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, g, request

from hankegraafi.settings import Config, ConfigError

log = logging.getLogger(__name__)

#: Pages load scripts, styles, images and fonts from this server only, and run
#: no inline script or style attribute. ``img-src data: blob:`` is for the
#: explorer's PNG export and YASGUI's icons; ``style-src`` stays ``'self'``:
#: styles that YASGUI, CodeMirror and Cytoscape set from JavaScript go
#: through the CSSOM (``element.style``), which CSP does not govern.
PAGE_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
#: Data (RDF, JSON, CSV, dumps) is never a document that runs anything.
DATA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

#: Token routes: they write, so no other origin may call them from a browser.
WRITE_ENDPOINTS = frozenset({"sparql.update", "sparql.graph_store", "upload.ingest"})
#: Login routes (the review queue): never cached, never offered to other origins.
PRIVATE_PREFIXES = ("review.",)
#: Routes whose answer is a query result: computed per request and not cached.
RESULT_ENDPOINTS = frozenset({"sparql.endpoint", "catalogue.run"})
RESULT_PREFIXES = ("explorer.api_",)

STATIC_IMMUTABLE = "public, max-age=31536000, immutable"
STATIC_UNVERSIONED = "public, max-age=3600"
PAGE_CACHE = "public, max-age=300"
NO_STORE = "no-store"

EXPOSED = "X-Hankegraafi-Truncated, X-Hankegraafi-Rows, Retry-After, Link"


def public_url(config: Config) -> str:
    """The configured site root (``scheme://host[:port]``), checked; ``http://localhost`` when unset."""
    raw = str(config.public_url).strip() or "http://localhost"
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"setting public_url (HANKEGRAAFI_PUBLIC_URL): {raw!r} is not an http(s) site root")
    if parts.path not in ("", "/"):
        raise ConfigError(
            f"setting public_url (HANKEGRAAFI_PUBLIC_URL): {raw!r} has a path; serve the app at the root"
        )
    return f"{parts.scheme}://{parts.netloc}"


def serve_url(host: str, port: int) -> str:
    """The default ``public_url`` for ``serve --host H --port P`` (a wildcard address becomes localhost)."""
    name = "localhost" if host in ("", "0.0.0.0", "::") else host
    if ":" in name and not name.startswith("["):
        name = f"[{name}]"
    return f"http://{name}:{port}"


class PublicURL:
    """WSGI middleware: the host and scheme of every request are the configured ones.

    Flask builds absolute URLs from ``HTTP_HOST`` and ``wsgi.url_scheme``; a
    client controls the first (and a proxy's ``X-Forwarded-*`` would steer
    the second if anything trusted it). Both are replaced before routing.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], root: str) -> None:
        self.app = app
        parts = urlsplit(root)
        self.scheme = parts.scheme
        self.host = parts.netloc
        self.server_name = parts.hostname or "localhost"
        self.server_port = str(parts.port or (443 if parts.scheme == "https" else 80))

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        environ["HTTP_HOST"] = self.host
        environ["wsgi.url_scheme"] = self.scheme
        environ["SERVER_NAME"] = self.server_name
        environ["SERVER_PORT"] = self.server_port
        for name in ("HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PROTO", "HTTP_FORWARDED"):
            environ.pop(name, None)
        return self.app(environ, start_response)


def cache_policy(endpoint: str | None, method: str, status: int, sets_cookie: bool) -> str:
    """``Cache-Control`` for one answer.

    Static files: a year and immutable when the URL carries the content hash
    (``?v=``), an hour otherwise. Query results (``/sparql`` with a query,
    ``/queries/NAME``, the explorer's API) and errors: ``no-store`` — they
    are computed per request and the store can change under them. Writes:
    ``no-store``. Everything else (pages, RDF documents, dumps, descriptions,
    the catalogue's list and texts): five minutes, private when the answer
    sets the language cookie.
    """
    if status >= 400 or method not in ("GET", "HEAD") or endpoint is None or endpoint in WRITE_ENDPOINTS:
        return NO_STORE
    if endpoint.startswith(PRIVATE_PREFIXES):
        return NO_STORE
    if endpoint == "static" or endpoint.endswith(".static"):
        return STATIC_IMMUTABLE if request.args.get("v") else STATIC_UNVERSIONED
    if endpoint == "sparql.endpoint" and not request.args.get("query"):
        return PAGE_CACHE  # the Service Description
    if endpoint in RESULT_ENDPOINTS or endpoint.startswith(RESULT_PREFIXES):
        return NO_STORE
    return "private, max-age=300" if sets_cookie else PAGE_CACHE


def _is_html(response: Response) -> bool:
    return response.mimetype in ("text/html", "application/xhtml+xml")


#: Display formats whose text a reader sees laid out: a stored label is shown there, not exchanged.
DISPLAY_TYPES = ("text/html", "application/xhtml+xml", "application/atom+xml")
#: UTF-8 of the nine explicit directional formatting characters (LRE, RLE, PDF, LRO, RLO: U+202A-E;
#: LRI, RLI, FSI, PDI: U+2066-9). UTF-8 is self-synchronising, so these bytes are those characters.
_BIDI_CONTROLS = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def shown_directions(response: Response) -> None:
    """A directional override in a page's or feed's text is shown as U+FFFD, not obeyed.

    The templates hold none; one comes from stored data (a label written through the token's
    routes, a loaded file, a curator's words) and would turn round the rest of its block: the
    names after it in a list, a row, a feed's title (found by attack: a label "…<U+202E>gnp.exe …"
    shown reversed in every page that names it). The CLI's consoles do the same (cliutil.shown).
    Data formats (Turtle, JSON, CSV, the SPARQL results) keep the stored text as it is."""
    if response.mimetype not in DISPLAY_TYPES or response.direct_passthrough or response.is_streamed:
        return
    body = response.get_data()
    if _BIDI_CONTROLS.search(body):
        response.set_data(_BIDI_CONTROLS.sub("\ufffd".encode(), body))


def apply(response: Response, cors_origin: str) -> Response:
    """Set the security, cache, CORS and Vary headers of one response (after the route ran)."""
    shown_directions(response)
    endpoint = request.endpoint
    headers = response.headers
    policy = PAGE_CSP if _is_html(response) else DATA_CSP
    hashes = g.get("csp_style_hashes")
    if hashes and _is_html(response):  # exact inline styles a route vouches for (the editor's YASR)
        policy = policy.replace("style-src 'self'", "style-src 'self' " + " ".join(hashes))
    headers["Content-Security-Policy"] = policy
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "same-origin"
    if request.method != "OPTIONS":
        sets_cookie = "Set-Cookie" in headers
        headers["Cache-Control"] = cache_policy(endpoint, request.method, response.status_code, sets_cookie)
    if (
        cors_origin
        and endpoint is not None
        and endpoint not in WRITE_ENDPOINTS
        and not endpoint.startswith(PRIVATE_PREFIXES)
    ):
        headers["Access-Control-Allow-Origin"] = cors_origin
        headers["Access-Control-Expose-Headers"] = EXPOSED
        if cors_origin != "*":
            response.vary.add("Origin")
        if request.method == "OPTIONS":
            headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Accept-Language"
            headers["Access-Control-Max-Age"] = "86400"
    else:
        for name in {k for k, _ in headers.items() if k.lower().startswith("access-control-")}:
            del headers[name]
    if g.get("lang_negotiated"):
        response.vary.add("Accept-Language")
        response.vary.add("Cookie")
    return response


class StaticVersions:
    """Content hashes of static files, for ``?v=`` in their URLs (recomputed when a file changes)."""

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[float, str]] = {}

    def version(self, folder: str | None, filename: str) -> str | None:
        if not folder:
            return None
        path = Path(folder) / filename
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return None
        cached = self._seen.get(path)
        if cached is None or cached[0] != mtime:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            cached = (mtime, digest)
            self._seen[path] = cached
        return cached[1]


def install(app: Flask, config: Config) -> None:
    """Wire the public URL, the headers and the static-file versions into ``app``."""
    root = public_url(config)
    app.wsgi_app = PublicURL(app.wsgi_app, root)  # type: ignore[method-assign]
    app.config["PREFERRED_URL_SCHEME"] = urlsplit(root).scheme
    cors_origin = str(config.cors_origin)
    versions = StaticVersions()

    @app.url_defaults
    def static_version(endpoint: str, values: dict[str, Any]) -> None:
        """``url_for`` of a static file adds the file's hash, so its answer can be immutable."""
        if not (endpoint == "static" or endpoint.endswith(".static")) or "v" in values:
            return
        filename = values.get("filename")
        if not filename:
            return
        blueprint = endpoint.rpartition(".")[0]
        folder = app.blueprints[blueprint].static_folder if blueprint else app.static_folder
        version = versions.version(folder, str(filename))
        if version:
            values["v"] = version

    @app.after_request
    def web_headers(response: Response) -> Response:
        return apply(response, cors_origin)


__all__ = ["DATA_CSP", "PAGE_CSP", "PublicURL", "apply", "cache_policy", "install", "public_url", "serve_url"]
