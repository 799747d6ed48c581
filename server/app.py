"""The application factory.

Settings come from :class:`hankegraafi.settings.Config` (declared once there);
the factory turns them into Flask settings, starts the query runner and
registers the blueprints. Nothing happens at import time.
"""

from __future__ import annotations

import atexit
import logging
import re
from typing import Any

from flask import Flask, Response, request

from hankegraafi.server import bodies, errors, headers, i18n, links, params
from hankegraafi.server.auth import holds_handoff_token
from hankegraafi.server.limits import Rate, RateLimiter
from hankegraafi.server.runtime import InlineRunner, ResultCache, Runner, Services, client_address
from hankegraafi.settings import Config
from hankegraafi.store.base import Store

log = logging.getLogger(__name__)


#: The most values of a content-negotiation header (Accept, Accept-Language, Accept-Charset,
#: Accept-Encoding) a request may list; browsers and SPARQL clients send fewer than ten. werkzeug
#: parses each and ``best_match`` compares every one with every offer: an Accept of 4 500 media
#: ranges cost 0.3-0.5 s of the web process's CPU per request (tests/server/test_negotiation_bounds.py).
MAX_NEGOTIATION_VALUES = 64
_NEGOTIATION_HEADERS = {
    "HTTP_ACCEPT": "Accept",
    "HTTP_ACCEPT_LANGUAGE": "Accept-Language",
    "HTTP_ACCEPT_CHARSET": "Accept-Charset",
    "HTTP_ACCEPT_ENCODING": "Accept-Encoding",
}
#: Where :class:`_BoundedNegotiation` leaves its reason for the request's refusal.
_HEADER_FAULT = "hankegraafi.header_fault"
#: A weight as RFC 9110 §12.4.2 writes it: 0 to 1, at most three decimals.
_QVALUE = re.compile(r"0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?")
#: One value of a negotiation header: text in quotes is one piece (a parameter may quote ',' or ';').
_QUOTED_OR_PLAIN = re.compile(r'"(?:[^"\\]|\\.)*"?|[^",;]+|[,;]')


def _bad_weight(value: str) -> str | None:
    """The first value of a negotiation header whose weight (``q``) is not RFC 9110's qvalue, or None.

    werkzeug skips such a value, so ``Accept: text/csv;q=1.5`` was answered as if the client had not
    asked for CSV (JSON), and ``text/csv;q=1.5, application/json;q=0.9`` by what was left: a weight
    outside the grammar is the client's mistake and is said (400), not guessed round. A value with two
    weights (``text/csv;q=0.5;q=1``) is one too: RFC 9110 gives a value one weight, and werkzeug took
    the last one unsaid (found by attack, stop 35).
    """
    fault = _weight_fault(value)
    return None if fault is None else fault[0]


def _weight_fault(value: str) -> tuple[str, str] | None:
    """The first value of a negotiation header with a weight RFC 9110 does not allow, and what is
    wrong with it (``"range"``: no qvalue; ``"twice"``: more than one weight), or None."""
    item: list[str] = []
    params: list[str] = [""]
    for token in [*_QUOTED_OR_PLAIN.findall(value), ","]:
        if token == ",":
            weights = 0
            for param in params[1:]:
                name, eq, weight = param.partition("=")
                if eq and name.strip().lower() == "q":
                    if not _QVALUE.fullmatch(weight.strip()):
                        return "".join(item).strip(), "range"
                    weights += 1
            if weights > 1:
                return "".join(item).strip(), "twice"
            item, params = [], [""]
            continue
        item.append(token)
        if token == ";":
            params.append("")
        else:
            params[-1] += token
    return None


class _BoundedNegotiation:
    """A negotiation header over :data:`MAX_NEGOTIATION_VALUES` values, or with a weight outside RFC
    9110's grammar (:func:`_bad_weight`), is taken out of the request before anything parses it (the
    error's own answer is negotiated without it) and the request is refused by the header's name
    (``refuse_long_negotiation``)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        for key, name in _NEGOTIATION_HEADERS.items():
            value = environ.get(key)
            if value and value.count(",") >= MAX_NEGOTIATION_VALUES:
                environ[key] = ""
                environ.setdefault(
                    _HEADER_FAULT,
                    f"header '{name}' lists {value.count(',') + 1} values; at most {MAX_NEGOTIATION_VALUES} are read",
                )
            elif value and (fault := _weight_fault(value)) is not None:
                bad, what = fault
                environ[key] = ""
                environ.setdefault(
                    _HEADER_FAULT,
                    f"header '{name}': the value {bad!r} "
                    + (
                        "gives the weight q more than once; a value has one weight"
                        if what == "twice"
                        else "has a weight q that is no number from 0 to 1 with at most three decimals"
                    )
                    + " (RFC 9110, section 12.4.2)",
                )
        query = environ.get("QUERY_STRING")
        if query and "hl=" in query:
            environ["QUERY_STRING"] = _HL_VALUE.sub(_lower_language, query)
        return self.app(environ, start_response)


#: ``hl`` and its value in a query string.
_HL_VALUE = re.compile(r"(^|&)hl=([^&]*)")


def _lower_language(found: re.Match[str]) -> str:
    """``hl=FI`` as ``hl=fi``: language tags are case-insensitive (RFC 5646 §2.1.1), so ``FI``, ``Sv``
    and ``EN`` are the site's languages (refused until stop 37); any other value is left as given,
    for ``one_known_language`` to refuse by its own text."""
    from urllib.parse import unquote_plus

    code = unquote_plus(found.group(2)).lower()
    return f"{found.group(1)}hl={code}" if code in i18n.LANGS else found.group(0)


def create_app(config: Config | None = None, *, store: Store | None = None) -> Flask:
    """Build the app on ``config`` (loaded from the environment if None).

    Without ``store`` the app starts its pool of query worker processes on
    ``config.store`` (a directory or a SPARQL server URL): that is how
    ``serve`` runs it. With ``store`` it queries that open store in the
    request thread (for tests and for embedding in another program).
    """
    cfg = config or Config.load()
    rate = Rate.parse(str(cfg.rate_limit))
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=int(cfg.max_request_bytes) or None,
        MAX_FORM_MEMORY_SIZE=int(cfg.max_request_bytes) or None,
        JSON_AS_ASCII=False,
        DEBUG=False,
        PROPAGATE_EXCEPTIONS=False,
        TRAP_HTTP_EXCEPTIONS=False,
    )
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    runner = _runner(cfg, store)
    app.extensions["hankegraafi"] = Services(
        config=cfg,
        runner=runner,
        limiter=RateLimiter(rate),
        cache=ResultCache(ttl=float(cfg.result_cache_seconds)),
    )
    errors.register(app)
    params.install(app)  # a parameter given twice and read as one value: 400 naming it, on every route
    bodies.install(app, int(cfg.max_request_bytes) or None)  # chunked bodies meet the limit too
    headers.install(app, cfg)  # public URL, security, cache, CORS and Vary headers on every answer
    links.install(app)  # templates link only http(s) IRIs
    app.wsgi_app = _BoundedNegotiation(app.wsgi_app)  # type: ignore[method-assign]

    @app.before_request
    def rate_limit() -> None:
        """Every route counts against the client's one bucket: pages, dumps and static files too.

        But for the command line's hand-off (``hankegraafi ingest``/``remove`` beside ``serve``, with
        the token only this machine's serving file holds): lookups from the same loopback address had
        emptied the bucket it shares and its writes were refused 429 (found by attack, stop 36). A
        request with a wrong token is counted as any other."""
        if request.method != "OPTIONS" and not holds_handoff_token():
            app.extensions["hankegraafi"].limiter.hit(client_address())

    @app.before_request
    def refuse_long_negotiation() -> None:
        fault = request.environ.get(_HEADER_FAULT)
        if fault:
            raise errors.BadRequest(fault)

    @app.before_request
    def one_known_language() -> None:
        """``hl`` (the answer's language, read on every route) is one of fi, sv, en, given once.

        ``?hl=xx`` and ``?hl=fi&hl=sv`` were answered 200 in the cookie's or Accept-Language's
        language (or the first of the two) unsaid (found by attack, stop 35): a 400 naming the
        parameter, as the explorer's API answers a parameter given twice."""
        if (fault := language_fault(request.args.getlist("hl"))) is not None:
            raise errors.BadRequest(fault)

    _register_blueprints(app)

    @app.context_processor
    def ui() -> dict[str, Any]:
        lang = i18n.current_lang()
        return {"lang": lang, "langs": i18n.LANGS, "t": lambda key, **kw: i18n.translate(key, lang, **kw)}

    @app.after_request
    def remember_language(response: Response) -> Response:
        hl = request.args.get("hl")
        if hl in i18n.LANGS and language_fault(request.args.getlist("hl")) is None:
            response.set_cookie(i18n.COOKIE, hl, max_age=365 * 86400, samesite="Lax")
        return response

    return app


def language_fault(values: list[str]) -> str | None:
    """Why the ``hl`` values of a request are refused (given twice, or no language of the site), or
    None (none given, or one of :data:`~.i18n.LANGS`)."""
    langs = ", ".join(i18n.LANGS)
    if len(values) > 1:
        return f"parameter 'hl' given {len(values)} times; give it once ({langs})"
    if values and values[0] not in i18n.LANGS:
        return f"parameter 'hl': {values[0][:80]!r} is no language of this site ({langs})"
    return None


def _runner(cfg: Config, store: Store | None) -> Runner:
    if store is not None:
        return InlineRunner(store)
    from hankegraafi.server.pool import QueryPool, StoreSpec

    location = str(cfg.store) if cfg.store_is_remote else str(cfg.store_path.resolve())
    spec = StoreSpec(
        location=location,
        remote=cfg.store_is_remote,
        base_iri=str(cfg.base_iri),
        remote_timeout=min(float(cfg.remote_timeout), float(cfg.query_timeout)),
        remote_retries=int(cfg.remote_retries),
        query_memory_mb=int(cfg.query_memory_mb),
        max_result_bytes=int(cfg.max_result_bytes),
    )
    pool = QueryPool(
        spec,
        int(cfg.query_workers),
        slow_after=float(cfg.slow_query_seconds),
        slow_lane=int(cfg.slow_lane),
        slow_per_client=int(cfg.slow_lane_per_client),
    )
    pool.start()
    atexit.register(pool.close)
    return pool


def _register_blueprints(app: Flask) -> None:
    from hankegraafi.server import catalogue, changes, editor, explorer, pages, sparql, upload

    app.register_blueprint(sparql.bp)
    app.register_blueprint(catalogue.bp)
    app.register_blueprint(changes.bp)
    app.add_url_rule("/favicon.ico", "favicon", _favicon)
    app.register_blueprint(editor.bp)
    app.register_blueprint(upload.bp)
    pages.register(app)
    explorer.register(app)
    from hankegraafi.server import reconcile, review

    app.register_blueprint(reconcile.bp)
    review.register(app)


def _favicon() -> Response:
    """The icon browsers ask for at /favicon.ico on every page (editor, explorer, ontology too)."""
    from pathlib import Path

    from flask import current_app

    assert current_app.static_folder is not None
    icon = (Path(current_app.static_folder) / "favicon.ico").read_bytes()  # 227 bytes
    return Response(
        icon, mimetype="image/vnd.microsoft.icon", headers={"Cache-Control": "public, max-age=86400"}
    )
