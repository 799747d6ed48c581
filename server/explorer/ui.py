"""The explorer's interface texts in one language, for its page and script.

The texts are the one table's (:data:`hankegraafi.server.i18n.STRINGS`): the
explorer's own are ``explorer.<key>`` there (the script reads them as ``T.<key>``),
besides a few shared ones (:data:`SHARED`). The page receives the texts of its language as JSON
(``texts(lang)``) so that the script has no strings of its own; the names of
kinds, relations and dependency kinds come from :mod:`.vocab`.
"""

from __future__ import annotations

from hankegraafi.server.explorer.vocab import KINDS, RELATIONS, dependency_kinds, name
from hankegraafi.server.i18n import STRINGS, translate

#: Shared texts the explorer shows besides its own (``explorer.<key>`` in the table).
SHARED: tuple[str, ...] = ("language", "search_button", "programme", "all", "lines", "copied", "error")
OWN = "explorer."


def texts(lang: str) -> dict[str, str]:
    """Every interface text of the explorer in ``lang`` (else fi → en → sv), and the names the map shows.

    ``name:<kind>`` names node kinds and dependency kinds (the vocabulary's
    labels), ``name:rel:<relation>`` relations.
    """
    out = {key: translate(key, lang) for key in SHARED}
    for key in STRINGS:
        if key.startswith(OWN) and not key.startswith(f"{OWN}name:"):
            out[key.removeprefix(OWN)] = translate(key, lang)
    for key in (*KINDS, "other", *dependency_kinds(), "unspecified"):
        out[f"name:{key}"] = name(key, lang)
    for rel in RELATIONS:
        out[f"name:rel:{rel}"] = name(f"rel:{rel}", lang)
    return out
