"""Every interface text in Finnish, Swedish and English: one table and its one lookup.

The table is ``strings.toml`` beside this module (:data:`STRINGS`), read by every
layer that talks to people: the server's pages, endpoint, explorer, charts and
tile map (through :mod:`hankegraafi.server.i18n`, which adds the choice of a
request's language) and the ingest's coverage report (``hankegraafi ingest
--explain``, and the notes a document's page shows). It sits here, with the
vocabularies, so that the ingest reads the same texts as the server instead of
keeping a copy (the two had drifted). Names of data and of the ontology's terms
are not here: they are the vocabularies' and the ontology's labels
(:mod:`hankegraafi.ontology.registry`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib.resources import files

from hankegraafi.ontology import registry


def _table() -> dict[str, dict[str, str]]:
    """The table of ``strings.toml`` (package data beside this module): key → language → text."""
    text = (files("hankegraafi.ontology") / "strings.toml").read_text(encoding="utf-8")
    return {key: dict(texts) for key, texts in tomllib.loads(text).items()}


#: Every interface text: key → {"fi": …, "sv": …, "en": …} (``strings.toml``).
STRINGS: dict[str, dict[str, str]] = _table()


def pick(texts: Mapping[str, str], lang: str) -> str:
    """A text of a language → text dict in ``lang``, else fi → en → sv, else any ("" if none).

    The one fallback order of the project (:data:`hankegraafi.ontology.registry.FALLBACK`), for
    interface texts, catalogue titles and labels of data alike.
    """
    found = registry.pick(texts, lang)
    return found.text if found else ""


def translate(key: str, lang: str, **values: object) -> str:
    """The interface text ``key`` in ``lang``, else in fi → en → sv (the one fallback order); else the key."""
    texts = STRINGS.get(key)
    if texts is None:
        return key
    text = pick(texts, lang) or key
    return text.format(**values) if values else text
