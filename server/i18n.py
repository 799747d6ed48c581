"""Every interface text in Finnish, Swedish and English, its one lookup, and the choice of language.

One table (``strings.toml`` beside this module, :data:`STRINGS`) for the
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
catalogue queries have a ``lang`` parameter of their own.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib.resources import files

from flask import g, request

from hankegraafi.ontology import registry

LANGS = ("fi", "sv", "en")
DEFAULT = "fi"
COOKIE = "hl"


def _table() -> dict[str, dict[str, str]]:
    """The table of ``strings.toml`` (package data beside this module): key → language → text."""
    text = (files("hankegraafi.server") / "strings.toml").read_text(encoding="utf-8")
    return {key: dict(texts) for key, texts in tomllib.loads(text).items()}


#: Every interface text: key → {"fi": …, "sv": …, "en": …} (``strings.toml``).
STRINGS: dict[str, dict[str, str]] = _table()


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
    """The interface text ``key`` in ``lang``, else in fi → en → sv (the one fallback order); else the key."""
    lang = lang or current_lang()
    texts = STRINGS.get(key)
    if texts is None:
        return key
    text = pick(texts, lang) or key
    return text.format(**values) if values else text


def pick(texts: Mapping[str, str], lang: str) -> str:
    """A text of a language → text dict in ``lang``, else fi → en → sv, else any ("" if none).

    The one fallback order of the project (:data:`hankegraafi.ontology.registry.FALLBACK`), for
    interface texts, catalogue titles and labels of data alike.
    """
    found = registry.pick(texts, lang)
    return found.text if found else ""
