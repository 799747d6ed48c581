"""Every interface text in Finnish, Swedish and English, its one lookup, and the choice of language.

One table (``ontology/strings.toml``, read by :mod:`hankegraafi.ontology.texts`: :data:`STRINGS`) for the
endpoint's pages, the linked-data pages, the explorer, the charts and the tile
map, and one lookup (:func:`translate`) with the project's one fallback order
(the wanted language, then fi → en → sv: ``registry.FALLBACK``). Keys are
shared where the wording is; a part's own wording is prefixed with its name
(``explorer.<key>``, which its script reads without the prefix,
:func:`hankegraafi.server.explorer.ui.texts`; ``chart.<key>``, ``tilemap.<key>``). Names of data and of
the ontology's terms are not here: they are the vocabularies' and the
ontology's labels (``ontology/registry.py``).

The language comes from ``?hl=`` (remembered in a cookie), then the cookie,
then Accept-Language; Finnish by default. ``hl`` and not ``lang`` because
catalogue queries have a ``lang`` parameter of their own. An ``hl`` that is none
of :data:`LANGS`, or given twice, is a 400 naming it on every route
(``app.language_fault``), not a fallback.
"""

from __future__ import annotations

from flask import g, request

from hankegraafi.ontology import texts
from hankegraafi.ontology.texts import STRINGS, pick

__all__ = ["COOKIE", "DEFAULT", "LANGS", "STRINGS", "current_lang", "pick", "translate"]

LANGS = ("fi", "sv", "en")
DEFAULT = "fi"
COOKIE = "hl"


def current_lang() -> str:
    hl = request.args.get("hl")
    if hl in LANGS:
        return hl
    g.lang_negotiated = True  # the answer depends on the cookie or Accept-Language: Vary on them
    wanted = request.cookies.get(COOKIE)
    if wanted in LANGS:
        return wanted
    best = request.accept_languages.best_match(LANGS)
    return best or DEFAULT


def translate(key: str, lang: str | None = None, **values: object) -> str:
    """The interface text ``key`` in ``lang`` (the request's language when not given), else in
    fi → en → sv (the one fallback order); else the key."""
    return texts.translate(key, lang or current_lang(), **values)
