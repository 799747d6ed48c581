"""The query editor page: YASGUI built from the npm registry and served by the app.

``scripts/build_frontend.sh`` puts YASGUI's files in ``static/vendor/yasgui``;
the page loads them from here (no CDN), presets the endpoint and the project's
prefixes, and offers the query catalogue as examples. YASGUI's own
``?query=…`` links (its share button) and ours open a query in a fresh tab.
The page makes no request outside this server: the LOV class and property
autocompleters, which call a remote API, are switched off.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import re
from importlib import resources

from flask import Blueprint, Response, g, render_template, url_for

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


#: The column resizer of YASR's table adds ``<style>`` elements with fixed text
#: (its grip rules, and a cursor while dragging). The page's policy allows
#: exactly those texts by their SHA-256, no other inline style: CSP Level 3
#: hash sources, not ``'unsafe-inline'``.
_RESIZER_STYLE = re.compile(r"createStyle\((?:a|document\.querySelector\(`head`\)),`([^`$]{20,})`")
_DRAG_CURSOR = "*{cursor:col-resize!important}"


@functools.lru_cache(maxsize=1)
def resizer_style_hashes() -> tuple[str, ...]:
    """CSP hash sources of the inline styles the vendored YASGUI adds (none if it is missing or changed)."""
    script = resources.files("hankegraafi.server") / "static" / VENDOR / "yasgui.min.js"
    try:
        text = script.read_text(encoding="utf-8")
    except OSError:
        return ()
    styles = [m.group(1) for m in _RESIZER_STYLE.finditer(text)]
    if not styles:
        return ()
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii") + "'"
        for css in [*styles, _DRAG_CURSOR]
    )


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
    # Its Content-Security-Policy is every page's (server/headers.py), with YASR's resizer styles by hash.
    g.csp_style_hashes = resizer_style_hashes()
    return Response(html, mimetype="text/html")


__all__ = ["bp", "prefix_block", "vendor_ready"]
