"""The query editor page: YASGUI built from the npm registry and served by the app.

``scripts/build_frontend.sh`` puts YASGUI's files in ``static/vendor/yasgui``;
the page loads them from here (no CDN), presets the endpoint and the project's
prefixes, and offers the query catalogue as examples. YASGUI's own
``?query=…`` links (its share button) and ours open a query in a fresh tab.
The page makes no request outside this server: the LOV class and property
autocompleters, which call a remote API, are switched off.
"""

from __future__ import annotations

import logging
from importlib import resources

from flask import Blueprint, Response, render_template, url_for

from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.queries.catalogue import load_catalogue
from hankegraafi.server import i18n
from hankegraafi.server.catalogue import describe

log = logging.getLogger(__name__)

bp = Blueprint("editor", __name__)

VENDOR = "vendor/yasgui"


def vendor_ready() -> bool:
    """Whether the YASGUI build is in place (``scripts/build_frontend.sh`` has run)."""
    folder = resources.files("hankegraafi.server") / "static" / VENDOR
    return (folder / "yasgui.min.js").is_file() and (folder / "yasgui.min.css").is_file()


def prefix_block() -> str:
    """The PREFIX lines every new editor tab starts with."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


@bp.get("/editor")
def editor() -> Response:
    lang = i18n.current_lang()
    ready = vendor_ready()
    if not ready:
        log.warning("the YASGUI files are missing under static/%s: run scripts/build_frontend.sh", VENDOR)
    examples = [describe(q) for q in load_catalogue().values()]
    default_query = (
        prefix_block()
        + "\nSELECT ?project ?label WHERE {\n  ?project a hg:Project ; rdfs:label ?label .\n"
        + '  FILTER (lang(?label) = "fi")\n} ORDER BY ?label\nLIMIT 50\n'
    )
    html = render_template(
        "endpoint/editor.html",
        ready=ready,
        endpoint=url_for("sparql.endpoint", _external=True),
        prefixes=PREFIXES,
        default_query=default_query,
        examples=examples,
        pick=lambda d: i18n.pick(d, lang),
    )
    response = Response(html, mimetype="text/html")
    # The page only talks to this server; say so to the browser as well.
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'"
    )
    return response


__all__ = ["bp", "prefix_block", "vendor_ready"]
