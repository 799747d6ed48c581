"""Which IRIs a page may turn into links: http(s) and relative references only.

Any IRI can reach a page — through ``hankegraafi load``, a remote store or a
query's own results on ``/sparql?format=html`` — and ``javascript:``,
``data:`` or ``vbscript:`` in an ``href`` runs when clicked. Every template
asks :func:`linkable` (the Jinja test ``linkable``, the filter ``href``)
before it writes an ``<a href>`` for a value that came from data; anything
else is shown as text.
"""

from __future__ import annotations

import re

from flask import Flask

#: What a browser ignores when it parses a URL: C0 controls and spaces at the
#: ends, tab and newlines anywhere (so "java\tscript:" is "javascript:").
_TRIM = "".join(chr(c) for c in range(0x21))
_INSIDE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
SAFE_SCHEMES = frozenset({"http", "https"})


def linkable(value: object) -> bool:
    """True for an http(s) IRI or a relative reference (``/id/x``, ``#L3``, ``?q=``)."""
    if not isinstance(value, str) or not value:
        return False
    text = _INSIDE.sub("", value.strip(_TRIM))
    if not text:
        return False
    scheme = _SCHEME.match(text)
    if scheme is None:
        return True  # no scheme: relative to this site
    return scheme.group(1).lower() in SAFE_SCHEMES


def href(value: object) -> str | None:
    """``value`` when it may be an ``href``, else None (the template then shows text)."""
    return value if linkable(value) else None  # type: ignore[return-value]


def install(app: Flask) -> None:
    """Register the test and the filter on the app's Jinja environment (every blueprint's templates)."""
    app.jinja_env.tests["linkable"] = linkable
    app.jinja_env.filters["href"] = href


__all__ = ["SAFE_SCHEMES", "href", "install", "linkable"]
